//! 第二十三条: the grounds on which a joint review (联合评审) is refused.

use super::planning::collect_planning;
use super::{given, CheckReport, Collector, FindingCode, Ptr};
use crate::message::checks as m;
use crate::model::JointReview;
use crate::model::RejectionGround as G;

/// Checks what the joint review looks at against the nine grounds of 第二十三条
/// ("具有以下情形之一的,应当不予通过联合评审").
///
/// # Properties
/// - Every blocking finding names one ground (its code is `art23_<ground>`, its article
///   `23(n)`); `report.rejection_grounds` lists the distinct grounds; `passed == false`
///   means 不予通过联合评审, and then (第十九条, 第二十一条) the project is not put in the
///   special-fund budget plan.
/// - Secret-related projects (`secret_related`, 第二条, 第八条): the platform-only grounds
///   (23(4)(5)(6)(7), [`crate::model::RejectionGround::platform_only`]) and the
///   第九条 warning do not apply; 23(1)(2)(3)(8)(9) do (readings in `docs/readings.md`).
/// - 23(2): a non-blank `infrastructure.bureau_exemption` (the Bureau's assessment that the
///   facility is truly needed) lifts the ground, for secret-related projects too.
/// - 23(9): an embedded `development_plan` is checked with [`super::check_planning_dossier`];
///   its findings appear under `/development_plan/...`, and any blocking one adds
///   `art23_incomplete_plan` at `/development_plan`.
/// - 第九条 (原则上不得建设其他集成运行平台) is a warning only.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_joint_review;
/// use fuling_rules::model::{JointReview, RejectionGround};
/// let mut review = JointReview::default();
/// review.infrastructure.builds_machine_room = true;
/// let report = check_joint_review(&review);
/// assert!(!report.passed);
/// assert!(report.rejection_grounds.contains(&RejectionGround::NewInfrastructure));
/// // 第二条: 涉密 does not lift 23(2); the Bureau's 评估、论证 does.
/// review.secret_related = true;
/// assert!(check_joint_review(&review).rejection_grounds.contains(&RejectionGround::NewInfrastructure));
/// review.infrastructure.bureau_exemption = "区大数据发展局评估论证意见".into();
/// assert!(!check_joint_review(&review).rejection_grounds.contains(&RejectionGround::NewInfrastructure));
/// ```
pub fn check_joint_review(r: &JointReview) -> CheckReport {
    let mut c = Collector::default();
    let root = Ptr::root();
    let applies = |g: G| !(r.secret_related && g.platform_only());
    let code = FindingCode::from_ground;

    // (一)
    c.require_at(r.in_ledger, code(G::NotInLedger), &root, "in_ledger");

    // (二)
    let p = root.key("infrastructure");
    let inf = &r.infrastructure;
    if applies(G::NewInfrastructure) && !given(&inf.bureau_exemption) {
        for (key, present) in [
            ("builds_machine_room", inf.builds_machine_room),
            ("builds_private_cloud", inf.builds_private_cloud),
            ("builds_data_centre", inf.builds_data_centre),
            ("adds_hardware", inf.adds_hardware),
        ] {
            if present {
                c.push(code(G::NewInfrastructure), &p.key(key));
            }
        }
        if inf.has_private_cloud_or_data_centre && !inf.consolidation_plan {
            c.push(code(G::NewInfrastructure), &p.key("consolidation_plan"));
        }
    }
    if !r.secret_related && inf.builds_integration_platform {
        c.push(
            FindingCode::Art9OwnIntegrationPlatform,
            &p.key("builds_integration_platform"),
        );
    }

    // (三)
    let p = root.key("design");
    let d = &r.design;
    for (key, ok) in [
        ("scenarios_clear", d.scenarios_clear),
        ("processes_clear", d.processes_clear),
        ("data_model_clear", d.data_model_clear),
        ("coordination_clear", d.coordination_clear),
        ("development_mode_clear", d.development_mode_clear),
        ("existing_applications_clear", d.existing_applications_clear),
    ] {
        c.require_at(ok, code(G::UnclearScenarioOrOverlap), &p, key);
    }
    let op = p.key("overlaps");
    for (i, name) in d.overlaps.iter().enumerate() {
        if given(name) {
            let (zh, en) = m::OVERLAPS_EXISTING_APPLICATION.pair(&[&name.trim()]);
            c.push_detail(code(G::UnclearScenarioOrOverlap), &op.index(i), &zh, &en);
        }
    }

    // (四)
    if applies(G::SensingNotConnected) && r.sensing.has_sensing_resources && !r.sensing.connected_to_operations_centre {
        c.push(
            code(G::SensingNotConnected),
            &root.key("sensing").key("connected_to_operations_centre"),
        );
    }

    // (五)
    if applies(G::NotOnTwoEnds) {
        let p = root.key("two_ends");
        c.require_at(r.two_ends.connected.is_some(), code(G::NotOnTwoEnds), &p, "connected");
        if r.two_ends.grassroots_extension_required && !r.two_ends.extended_to_grassroots {
            c.push(code(G::NotOnTwoEnds), &p.key("extended_to_grassroots"));
        }
    }

    // (六)
    if applies(G::PrivateLines) {
        let p = root.key("lines");
        let l = &r.lines;
        if l.internet_egress_lease {
            c.push(code(G::PrivateLines), &p.key("internet_egress_lease"));
        }
        if l.private_line_lease && !l.private_line_integrated_or_planned {
            c.push(code(G::PrivateLines), &p.key("private_line_integrated_or_planned"));
        }
        if l.terminal_security && !l.terminal_security_supervisable {
            c.push(code(G::PrivateLines), &p.key("terminal_security_supervisable"));
        }
    }

    // (七)
    if applies(G::NotOnPlatform) {
        let p = root.key("platform");
        let pl = &r.platform;
        for (key, ok) in [
            ("developed_on_platform", pl.developed_on_platform),
            ("data_on_platform", pl.data_on_platform),
            ("data_lawful", pl.data_lawful),
        ] {
            c.require_at(ok, code(G::NotOnPlatform), &p, key);
        }
    }

    // (八)
    let p = root.key("security");
    let s = &r.security;
    for (key, ok) in [
        ("network_security", s.network_security),
        ("data_security", s.data_security),
        ("cryptography", s.cryptography),
        ("autonomous_controllable", s.autonomous_controllable),
    ] {
        c.require_at(ok, code(G::SecurityNonCompliant), &p, key);
    }

    // (九)
    let incomplete = code(G::IncompletePlan);
    match (r.plan_complete, &r.development_plan) {
        (Some(false), _) | (None, None) => c.push(incomplete, &root.key("plan_complete")),
        _ => {}
    }
    if let Some(plan) = &r.development_plan {
        let pp = root.key("development_plan");
        let mut nested = Collector::default();
        collect_planning(plan, r.secret_related || plan.secret_related, &pp, &mut nested);
        if nested.findings.iter().any(super::Finding::is_blocking) {
            c.push(incomplete, &pp);
        }
        c.findings.append(&mut nested.findings);
    }
    c.require_at(r.procedure_regular, incomplete, &root, "procedure_regular");
    let vp = root.key("other_violations");
    for (i, v) in r.other_violations.iter().enumerate() {
        if given(v) {
            c.push_detail(incomplete, &vp.index(i), v.trim(), v.trim());
        }
    }

    c.report()
}
