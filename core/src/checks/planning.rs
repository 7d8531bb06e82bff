//! 第十六条至第十八条 (and 第十一条): the planning / development dossier.

use super::{any_given, given, CheckReport, Collector, FindingCode as C, Ptr};
use crate::model::{NetworkRelation, PlanningDossier, RelatedApplication, SearchDimension};
use crate::prelude::*;

/// Checks a planning or development dossier (应用谋划/开发方案) against the nine
/// elements of 第十六条, the reuse search of 第十七条, the reuse modes of
/// 第十八条 and the self-procurement rule of 第十一条.
///
/// # Properties
/// - Collects every finding (see [`crate::checks`]); the paths point into the dossier.
/// - For a secret-related dossier (`secret_related`, 第二条) the platform-only elements
///   are not required: 16(3) (release channel), the 16(5) resource list, similar
///   configurations and platform funding, and 第十一条. The technical architecture
///   (16(5)) and every other element still are.
/// - 第十七条: each candidate the search found reusable must be named by a reuse plan
///   (`reuse[].application` equal to the candidate's `name`, trimmed).
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{FunctionRequirement, PlanningDossier};
/// let mut d = PlanningDossier::default();
/// d.requirements.push(FunctionRequirement { function: "河长巡河".into(), scenario: "".into(), problems: vec![] });
/// let r = check_planning_dossier(&d);
/// let paths: Vec<_> = r.with_code(FindingCode::Art16ScenarioMissing).map(|f| f.path.as_str()).collect();
/// assert_eq!(paths, ["/requirements/0/scenario"]);
/// ```
pub fn check_planning_dossier(d: &PlanningDossier) -> CheckReport {
    let mut c = Collector::default();
    collect_planning(d, d.secret_related, &Ptr::root(), &mut c);
    c.report()
}

/// Collects the planning findings under `root` (also used by the joint review for
/// its embedded development plan).
pub(crate) fn collect_planning(d: &PlanningDossier, secret: bool, root: &Ptr, c: &mut Collector) {
    // 16(1)
    let p = root.key("requirements");
    if d.requirements.is_empty() {
        c.push(C::Art16RequirementsMissing, &p);
    }
    for (i, r) in d.requirements.iter().enumerate() {
        let p = p.index(i);
        c.require_at(given(&r.function), C::Art16FunctionUnnamed, &p, "function");
        c.require_at(given(&r.scenario), C::Art16ScenarioMissing, &p, "scenario");
        c.require_at(any_given(&r.problems), C::Art16ProblemMissing, &p, "problems");
    }

    // 16(2)
    let p = root.key("relations");
    let groups: [(&str, &Option<Vec<RelatedApplication>>); 4] = [
        ("own_department", &d.relations.own_department),
        ("superior", &d.relations.superior),
        ("peer", &d.relations.peer),
        ("subordinate", &d.relations.subordinate),
    ];
    for (key, list) in groups {
        let p = p.key(key);
        match list {
            None => c.push(C::Art16RelationMissing, &p),
            Some(list) => {
                for (i, a) in list.iter().enumerate() {
                    let p = p.index(i);
                    c.require_at(given(&a.name), C::Art16RelationUnclear, &p, "name");
                    c.require_at(given(&a.relation), C::Art16RelationUnclear, &p, "relation");
                }
            }
        }
    }

    // 16(3), platform-only
    if !secret {
        c.require_at(
            d.release_channel.is_some(),
            C::Art16ReleaseChannelMissing,
            root,
            "release_channel",
        );
    }

    // 16(4)
    let p = root.key("v_model");
    let v = &d.v_model;
    c.require_at(
        any_given(&v.business_processes),
        C::Art16VModelIncomplete,
        &p,
        "business_processes",
    );
    c.require_at(
        any_given(&v.business_units),
        C::Art16VModelIncomplete,
        &p,
        "business_units",
    );
    c.require_at(
        any_given(&v.collaboration_paths),
        C::Art16VModelIncomplete,
        &p,
        "collaboration_paths",
    );
    c.require_at(given(&v.data_model), C::Art16VModelIncomplete, &p, "data_model");

    // 16(5); the resource rules are platform-only, and so is 第十一条
    let p = root.key("platform");
    c.require_at(
        given(&d.platform.architecture),
        C::Art16ArchitectureMissing,
        &p,
        "architecture",
    );
    if !secret {
        let rp = p.key("resources");
        match &d.platform.resources {
            None => c.push(C::Art16ResourceListMissing, &rp),
            Some(list) => {
                for (i, r) in list.iter().enumerate() {
                    let rp = rp.index(i);
                    if r.from_platform && r.in_funding_plan {
                        c.push(C::Art16PlatformResourceFunded, &rp.key("in_funding_plan"));
                    }
                    if !r.from_platform && !given(&r.catalog_gap_reason) {
                        c.push(C::Art11SelfProcurementUnjustified, &rp.key("catalog_gap_reason"));
                    }
                }
            }
        }
        c.require_at(
            given(&d.platform.similar_configuration),
            C::Art16SimilarResourcesMissing,
            &p,
            "similar_configuration",
        );
    }

    // 16(6)
    let p = root.key("data");
    let data = &d.data;
    c.require_at(
        data.existing.is_some(),
        C::Art16DataCollaborationIncomplete,
        &p,
        "existing",
    );
    c.require_at(
        data.planned.is_some(),
        C::Art16DataCollaborationIncomplete,
        &p,
        "planned",
    );
    for (key, text) in [
        ("sharing_conditions", &data.sharing_conditions),
        ("opening_conditions", &data.opening_conditions),
        ("cleaning_rules", &data.cleaning_rules),
        ("algorithm_rules", &data.algorithm_rules),
    ] {
        c.require_at(given(text), C::Art16DataCollaborationIncomplete, &p, key);
    }

    // 16(7)
    let p = root.key("network");
    let nets: [(&str, &Option<NetworkRelation>); 3] = [
        ("government_intranet", &d.network.government_intranet),
        ("government_extranet", &d.network.government_extranet),
        ("internet", &d.network.internet),
    ];
    for (key, rel) in nets {
        let p = p.key(key);
        match rel {
            None => c.push(C::Art16NetworkRelationMissing, &p),
            Some(r) if r.connected => {
                c.require_at(given(&r.boundary), C::Art16SecurityBoundaryMissing, &p, "boundary");
                c.require_at(given(&r.measures), C::Art16SecurityBoundaryMissing, &p, "measures");
            }
            Some(_) => {}
        }
    }

    // 16(8)
    let p = root.key("interfaces");
    match &d.interfaces {
        None => c.push(C::Art16InterfacesMissing, &p),
        Some(list) => {
            for (i, f) in list.iter().enumerate() {
                let p = p.index(i);
                for (key, text) in [
                    ("name", &f.name),
                    ("purpose", &f.purpose),
                    ("function", &f.function),
                    ("interop_flow", &f.interop_flow),
                    ("mechanism", &f.mechanism),
                ] {
                    c.require_at(given(text), C::Art16InterfaceIncomplete, &p, key);
                }
                c.require_at(f.direction.is_some(), C::Art16InterfaceIncomplete, &p, "direction");
            }
        }
    }

    // 16(9)
    let p = root.key("performance");
    let perf = &d.performance;
    for (key, list) in [
        ("resource_efficiency", &perf.resource_efficiency),
        ("data_quality", &perf.data_quality),
        ("continuity", &perf.continuity),
        ("users", &perf.users),
        ("business", &perf.business),
    ] {
        c.require_at(any_given(list), C::Art16PerformanceIncomplete, &p, key);
    }
    c.require_at(
        given(&perf.early_warning),
        C::Art16EarlyWarningMissing,
        &p,
        "early_warning",
    );
    c.require_at(given(&perf.scaling), C::Art16ScalingMissing, &p, "scaling");

    // 第十七条
    let p = root.key("reuse_search");
    match &d.reuse_search {
        Some(s) if s.performed => {
            if !SearchDimension::ALL.iter().all(|dim| s.dimensions.contains(dim)) {
                c.push(C::Art17SearchDimensionsIncomplete, &p.key("dimensions"));
            }
            let cp = p.key("candidates");
            for (i, cand) in s.candidates.iter().enumerate() {
                let cp = cp.index(i);
                if cand.reusable {
                    let name = cand.name.trim();
                    let reused = d.reuse.iter().any(|r| given(name) && r.application.trim() == name);
                    c.require(reused, C::Art17ReusableNotReused, &cp);
                } else {
                    c.require_at(given(&cand.reason), C::Art17CandidateReasonMissing, &cp, "reason");
                }
            }
            c.require_at(
                given(&s.necessity_assessment),
                C::Art17NecessityNotAssessed,
                &p,
                "necessity_assessment",
            );
        }
        Some(_) => c.push(C::Art17ReuseSearchMissing, &p.key("performed")),
        None => c.push(C::Art17ReuseSearchMissing, &p),
    }

    // 第十八条
    let p = root.key("reuse");
    for (i, r) in d.reuse.iter().enumerate() {
        let p = p.index(i);
        c.require_at(given(&r.application), C::Art18ReuseSourceMissing, &p, "application");
        c.require_at(r.mode.is_some(), C::Art18ReuseModeMissing, &p, "mode");
    }
}
