//! 第二十二条: the projects to implement first (优先实施).

use crate::citation::{Art, Citation};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::PriorityInput;
use crate::prelude::*;

/// One item of 第二十二条 a project matches.
///
/// # Example
/// ```
/// use fuling_rules::checks::priority_categories;
/// use fuling_rules::model::PriorityInput;
/// use fuling_rules::Art;
/// let input = PriorityInput { municipal_major_decision: true, municipal_assessment: true, ..Default::default() };
/// let m = &priority_categories(&input).matches[0];
/// assert_eq!(m.article, Art::new(22).item(2));
/// assert_eq!(m.because, ["municipal_major_decision", "municipal_assessment"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PriorityMatch {
    /// The item, e.g. `{"article": 22, "item": 2}`.
    pub article: Citation,
    /// The input fields that matched it (e.g. `["municipal_assessment"]`).
    pub because: Vec<String>,
}

/// The result of [`priority_categories`].
///
/// JSON: `{"priority": bool, "categories": [citation...], "matches": [...]}`.
///
/// # Example
/// ```
/// use fuling_rules::checks::run_json;
/// let out = run_json("priority_categories", &serde_json::json!({"security_remediation": true}))?;
/// assert_eq!(out["priority"], true);
/// assert_eq!(out["categories"], serde_json::json!([{"article": 22, "item": 6}])); // 22(6)
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PriorityResult {
    /// The project matches at least one item of 第二十二条.
    pub priority: bool,
    /// Every item it matches, in the article's order (which is not a ranking).
    pub categories: Vec<Citation>,
    /// The same items with the fields that matched.
    pub matches: Vec<PriorityMatch>,
}

/// Whether a project is a priority under 第二十二条 and every item it matches.
///
/// # Properties
/// - 第二十二条 lists eight kinds of project to implement first; it does not rank them
///   against each other, and a project can match several. The result lists all matched
///   items in the article's order, which is the order of the text, not a ranking.
/// - 22(2) reads "围绕市委、市政府重大决策部署以及纳入市级以上考核的应用,聚焦履行数字党建…
///   基层智治等职能需要的应用": any one of the three (major decision, assessment, one of the
///   seven functions) matches the item.
/// - Ordering projects against each other goes beyond the text; [`order_by_priority`]
///   offers it only as an explicit, documented option.
///
/// # Example
/// ```
/// use fuling_rules::checks::priority_categories;
/// use fuling_rules::model::PriorityInput;
/// use fuling_rules::Art;
/// let input = PriorityInput { central_deployment: true, integrates_scattered: true, ..Default::default() };
/// let r = priority_categories(&input);
/// assert!(r.priority);
/// assert_eq!(r.categories, [Art::new(22).item(1), Art::new(22).item(5)]);
/// ```
pub fn priority_categories(p: &PriorityInput) -> PriorityResult {
    // One flat table, grouped by item below (smaller code than a list built per item;
    // benches/README.md, WASM). Plain loops: an iterator chain here is code per closure type.
    let fields: [(u8, &str, bool); 11] = [
        (1, "central_deployment", p.central_deployment),
        (2, "municipal_major_decision", p.municipal_major_decision),
        (2, "municipal_assessment", p.municipal_assessment),
        (2, "digital_functions", !p.digital_functions.is_empty()),
        (
            2,
            "other_digital_functions",
            p.other_digital_functions.iter().any(|f| !f.trim().is_empty()),
        ),
        (3, "shared_support_platform", p.shared_support_platform),
        (4, "internet_plus_mobile", p.internet_plus_mobile),
        (5, "integrates_scattered", p.integrates_scattered),
        (6, "security_remediation", p.security_remediation),
        (7, "cross_department_major", p.cross_department_major),
        (8, "daily_service_transformation", p.daily_service_transformation),
    ];
    let mut matches = Vec::new();
    let mut categories = Vec::new();
    for item in 1..=8 {
        let mut because = Vec::new();
        for &(i, k, b) in &fields {
            if i == item && b {
                because.push(k.to_owned());
            }
        }
        if !because.is_empty() {
            let article = Art::new(22).item(item);
            categories.push(article);
            matches.push(PriorityMatch { article, because });
        }
    }
    PriorityResult {
        priority: !matches.is_empty(),
        categories,
        matches,
    }
}

/// An opt-in ordering of several projects. **Not in the text**: 第二十二条 only says
/// which projects come first, not how they rank among themselves.
///
/// # Example
/// ```
/// use fuling_rules::checks::{order_by_priority, priority_categories, PriorityOrdering};
/// use fuling_rules::model::PriorityInput;
/// assert_eq!(PriorityOrdering::default(), PriorityOrdering::PriorityFirst); // what the text supports
/// let none = priority_categories(&PriorityInput::default());
/// let item8 = priority_categories(&PriorityInput { daily_service_transformation: true, ..Default::default() });
/// assert_eq!(order_by_priority(&[none, item8], PriorityOrdering::default()), [1, 0]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PriorityOrdering {
    /// What the text supports: priority projects before the others; otherwise the input
    /// order is kept (a stable partition).
    #[default]
    PriorityFirst,
    /// The library's own reading, beyond the text: priority projects first, then by the
    /// lowest item matched (22(1) before 22(2) …), then by the number of items matched
    /// (more first); ties keep the input order.
    ItemOrder,
}

/// The indices of `results` in the chosen order (stable). See [`PriorityOrdering`]:
/// only [`PriorityOrdering::PriorityFirst`] follows from the text.
///
/// # Example
/// ```
/// use fuling_rules::checks::{order_by_priority, priority_categories, PriorityOrdering};
/// use fuling_rules::model::PriorityInput;
/// let a = priority_categories(&PriorityInput::default());
/// let b = priority_categories(&PriorityInput { daily_service_transformation: true, ..Default::default() });
/// let c = priority_categories(&PriorityInput { central_deployment: true, ..Default::default() });
/// assert_eq!(order_by_priority(&[a.clone(), b.clone(), c.clone()], PriorityOrdering::PriorityFirst), [1, 2, 0]);
/// assert_eq!(order_by_priority(&[a, b, c], PriorityOrdering::ItemOrder), [2, 1, 0]);
/// ```
pub fn order_by_priority(results: &[PriorityResult], ordering: PriorityOrdering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..results.len()).collect();
    let key = |i: usize| {
        let r = results.get(i);
        let priority = r.is_some_and(|r| r.priority);
        let lowest = r
            .and_then(|r| r.categories.iter().filter_map(|c| c.item).min())
            .unwrap_or(u8::MAX);
        let count = r.map_or(0, |r| r.categories.len());
        (priority, lowest, count)
    };
    match ordering {
        PriorityOrdering::PriorityFirst => crate::sort::sort_by_key(&mut idx, |&i| !key(i).0),
        PriorityOrdering::ItemOrder => crate::sort::sort_by_key(&mut idx, |&i| {
            let (p, lowest, count) = key(i);
            (!p, lowest, core::cmp::Reverse(count))
        }),
    }
    idx
}
