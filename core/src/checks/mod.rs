//! Checklists that return findings (检查清单): is this dossier complete, and if
//! not, exactly what is missing and which article requires it?
//!
//! | function | reads | articles |
//! |---|---|---|
//! | [`check_planning_dossier`] | [`PlanningDossier`] | 第十六条, 第十七条, 第十八条, 第十一条 |
//! | [`check_joint_review`] | [`JointReview`] | 第二十三条 (and 第九条, warning) |
//! | [`check_acceptance`] | [`AcceptanceDossier`] | 第三十四条 |
//! | [`check_catalog`] | [`CatalogDossier`] | 第七条 |
//! | [`check_deregistration`] | [`DeregistrationDossier`] | 第四十条, 第四十一条 |
//! | [`label_actions`] | [`Label`]s | 第三十八条 |
//! | [`priority_categories`] | [`PriorityInput`] | 第二十二条 |
//!
//! # Properties
//! - **Collect, not first-hit** (a DMN COLLECT hit policy): a check reports every
//!   finding, in the order of the articles and of the input.
//! - Each [`Finding`] has a stable [`FindingCode`], a [`Severity`], the article
//!   with its item, and a JSON Pointer (RFC 6901) into the input, so a form can
//!   highlight the field.
//! - Incomplete dossiers give findings; only input of the wrong shape is an error
//!   (see [`run_json`]).
//! - 涉密 (第二条): for a secret-related dossier the platform-only rules (第八条至第十一条,
//!   16(3), the 16(5) resource list, 23(2)(4)(5)(6)(7), 34(3)) do not apply; the review
//!   procedure and every other rule do.
//!
//! # Example
//! ```
//! use fuling_rules::checks::{check_planning_dossier, FindingCode};
//! use fuling_rules::model::PlanningDossier;
//! let report = check_planning_dossier(&PlanningDossier::default());
//! assert!(!report.passed);
//! assert!(report.findings.iter().any(|f| f.code == FindingCode::Art16RequirementsMissing
//!     && f.path == "/requirements"));
//! ```

mod catalog;
mod codes;
mod json;
mod labels;
mod lifecycle;
mod planning;
mod priority;
#[cfg(test)]
mod proptests;
mod review;
pub(crate) mod table;

use crate::prelude::*;
pub use catalog::check_catalog;
pub use codes::{FindingCode, Severity};
pub use json::{run_json, run_json_str, run_tree, CHECK_NAMES, MAX_JSON_DEPTH, MAX_JSON_NODES, MAX_STRING_CHARS};
pub use labels::{label_actions, LabelAction, LabelActionKind, LabelReport};
pub use lifecycle::{check_acceptance, check_deregistration};
pub use planning::check_planning_dossier;
pub use priority::{order_by_priority, priority_categories, PriorityMatch, PriorityOrdering, PriorityResult};
pub use review::check_joint_review;

use crate::citation::Citation;
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::checks as m;
use crate::model::{AcceptanceCondition, RejectionGround};
#[allow(unused_imports)] // used by the docs
use crate::model::{
    AcceptanceDossier, CatalogDossier, DeregistrationDossier, JointReview, Label, PlanningDossier, PriorityInput,
};

/// One problem found in a dossier.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_catalog, FindingCode, Severity};
/// use fuling_rules::model::CatalogDossier;
/// let r = check_catalog(&CatalogDossier::default());
/// let f = &r.findings[0];
/// assert_eq!((f.code, f.severity), (FindingCode::Art7BasicInfoMissing, Severity::Blocking));
/// assert_eq!(f.article.zh(), "第七条");
/// assert_eq!(f.path, "/catalog/basic_info");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// The stable code, e.g. `art16_scenario_missing`.
    pub code: FindingCode,
    /// `blocking` or `warning`.
    pub severity: Severity,
    /// The article and item that require the element.
    pub article: Citation,
    /// JSON Pointer (RFC 6901) into the input, e.g. `/requirements/0/problems`; `""` is the whole input.
    pub path: String,
    /// The message in Chinese.
    pub message_zh: String,
    /// The message in English.
    pub message_en: String,
}

impl Finding {
    /// A finding with the code's article, severity and general messages.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::checks::{Finding, FindingCode};
    /// use fuling_rules::Art;
    /// let f = Finding::new(FindingCode::Art16ScalingMissing, "/performance/scaling");
    /// assert_eq!(f.article, Art::new(16).item(9));
    /// assert_eq!(f.message_zh, FindingCode::Art16ScalingMissing.message_zh());
    /// ```
    pub fn new(code: FindingCode, path: impl Into<String>) -> Self {
        let (message_zh, message_en) = code.msg().pair(&[]);
        Finding {
            code,
            severity: code.severity(),
            article: code.article(),
            path: path.into(),
            message_zh,
            message_en,
        }
    }

    /// Whether the finding is blocking.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::checks::{Finding, FindingCode};
    /// assert!(Finding::new(FindingCode::Art23NotInLedger, "/in_ledger").is_blocking());
    /// assert!(!Finding::new(FindingCode::Art9OwnIntegrationPlatform, "/infrastructure").is_blocking()); // a warning
    /// ```
    pub fn is_blocking(&self) -> bool {
        self.severity == Severity::Blocking
    }
}

/// The result of a `check_*` function.
///
/// JSON: `{"passed": bool, "findings": [...]}`, plus `rejection_grounds` (joint review)
/// and `unmet_conditions` (acceptance) when not empty.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_joint_review;
/// use fuling_rules::model::{JointReview, RejectionGround};
/// let mut review = JointReview::default();
/// review.lines.internet_egress_lease = true;
/// let report = check_joint_review(&review);
/// assert!(!report.passed);
/// assert!(report.rejection_grounds.contains(&RejectionGround::PrivateLines)); // 23(6)
/// let json = serde_json::to_value(&report).unwrap();
/// assert!(json.get("unmet_conditions").is_none()); // left out when empty
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckReport {
    /// No blocking finding. For the joint review: `false` means 不予通过联合评审.
    pub passed: bool,
    /// Every finding (collect), in the order of the articles and of the input.
    pub findings: Vec<Finding>,
    /// 第二十三条: the distinct grounds on which the joint review is refused, in the article's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejection_grounds: Vec<RejectionGround>,
    /// 第三十四条: the distinct conditions of acceptance not met, in the article's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmet_conditions: Vec<AcceptanceCondition>,
}

impl CheckReport {
    /// A report over the findings; `passed` when none is blocking. Grounds and
    /// conditions are derived from the codes.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::checks::{CheckReport, Finding, FindingCode};
    /// use fuling_rules::model::AcceptanceCondition;
    /// let warning_only = CheckReport::from_findings(vec![Finding::new(FindingCode::Art17CandidateReasonMissing, "/reuse_search/candidates/0")]);
    /// assert!(warning_only.passed);
    /// let r = CheckReport::from_findings(vec![Finding::new(FindingCode::Art34UnmetRecordsComplete, "/records_complete")]);
    /// assert!(!r.passed);
    /// assert_eq!(r.unmet_conditions, [AcceptanceCondition::RecordsComplete]);
    /// ```
    pub fn from_findings(findings: Vec<Finding>) -> Self {
        let mut passed = true;
        let mut rejection_grounds: Vec<RejectionGround> = Vec::new();
        let mut unmet_conditions: Vec<AcceptanceCondition> = Vec::new();
        for f in &findings {
            passed &= !f.is_blocking();
            // Each kept once as it comes, then sorted: as sorting and `dedup` (whose per-type
            // code is larger than these loops; benches/README.md, WASM).
            if let Some(g) = f.code.ground()
                && !rejection_grounds.contains(&g)
            {
                rejection_grounds.push(g);
            }
            if let Some(c) = f.code.condition()
                && !unmet_conditions.contains(&c)
            {
                unmet_conditions.push(c);
            }
        }
        crate::sort::sort_by_key(&mut rejection_grounds, |g| *g);
        crate::sort::sort_by_key(&mut unmet_conditions, |c| *c);
        CheckReport {
            passed,
            findings,
            rejection_grounds,
            unmet_conditions,
        }
    }

    /// The findings with one code.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::checks::{check_catalog, FindingCode};
    /// use fuling_rules::model::CatalogDossier;
    /// let r = check_catalog(&CatalogDossier { development_completed: true, ..Default::default() });
    /// let f: Vec<&str> = r.with_code(FindingCode::Art7VendorInfoMissing).map(|f| f.path.as_str()).collect();
    /// assert_eq!(f, ["/catalog/vendor_info"]);
    /// ```
    pub fn with_code(&self, code: FindingCode) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.code == code)
    }
}

/// A JSON Pointer under construction.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ptr(String);

impl Ptr {
    pub(crate) fn root() -> Self {
        Ptr(String::new())
    }

    /// The pointer one key deeper (escaping `~` and `/` per RFC 6901).
    pub(crate) fn key(&self, key: &str) -> Self {
        let mut p = String::with_capacity(self.0.len() + 1 + key.len());
        p.push_str(&self.0);
        p.push('/');
        crate::text::push_pointer_token(&mut p, key);
        Ptr(p)
    }

    /// The pointer one array index deeper.
    pub(crate) fn index(&self, i: usize) -> Self {
        let mut p = String::with_capacity(self.0.len() + 4);
        p.push_str(&self.0);
        p.push('/');
        crate::numbers::write_u64(&mut p, i as u64);
        Ptr(p)
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

/// Collects findings.
#[derive(Debug, Default)]
pub(crate) struct Collector {
    pub(crate) findings: Vec<Finding>,
}

impl Collector {
    /// Adds a finding with the code's general message.
    pub(crate) fn push(&mut self, code: FindingCode, path: &Ptr) {
        self.findings.push(Finding::new(code, path.as_str()));
    }

    /// Adds a finding with the general message followed by a detail (`zh`, `en`: the detail
    /// in each language, a message of the catalogue or the input's own text).
    pub(crate) fn push_detail(&mut self, code: FindingCode, path: &Ptr, zh: &str, en: &str) {
        let mut f = Finding::new(code, path.as_str());
        let (message_zh, message_en) = m::FINDING_WITH_DETAIL.pair(&[&f.message_zh, &zh, &f.message_en, &en]);
        f.message_zh = message_zh;
        f.message_en = message_en;
        self.findings.push(f);
    }

    /// Adds `code` at `path` unless `ok`.
    pub(crate) fn require(&mut self, ok: bool, code: FindingCode, path: &Ptr) {
        if !ok {
            self.push(code, path);
        }
    }

    /// Adds `code` at `parent`'s `key` unless `ok`: the pointer is built only for a finding
    /// (one call instead of a pointer built and dropped at every check; benches/README.md, WASM).
    pub(crate) fn require_at(&mut self, ok: bool, code: FindingCode, parent: &Ptr, key: &str) {
        if !ok {
            self.push(code, &parent.key(key));
        }
    }

    pub(crate) fn report(self) -> CheckReport {
        CheckReport::from_findings(self.findings)
    }
}

/// A text counts as given when it has a non-blank character.
pub(crate) fn given(s: &str) -> bool {
    !s.trim().is_empty()
}

/// A list of texts counts as given when one entry is.
pub(crate) fn any_given(v: &[String]) -> bool {
    v.iter().any(|s| given(s))
}
