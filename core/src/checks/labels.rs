//! 第三十八条: what each label (标签) requires of the responsible department.

use crate::citation::Citation;
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::checks as m;
use crate::model::Label;
use crate::prelude::*;

/// What 第三十八条 asks for a label.
///
/// # Example
/// ```
/// use fuling_rules::checks::{label_actions, LabelActionKind};
/// use fuling_rules::model::Label;
/// let a = label_actions(&[Label::Duplicate, Label::CoConstruction]);
/// assert_eq!(a[0].action, LabelActionKind::PhaseOutOrMerge); // 38(1) 逐步淘汰、整合归并
/// assert_eq!(a[1].action, LabelActionKind::MayApplyForAward); // 38(2) 可申报评优
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LabelActionKind {
    /// (一) 应当逐步淘汰、整合归并 (重复应用、孤岛应用).
    PhaseOutOrMerge,
    /// (二) 可申报评优 (活力共享、协同共建、优秀应用).
    MayApplyForAward,
    /// (三) 应当进行整改,提升应用质量 (高风险应用).
    Rectify,
    /// An other label: the action of the item it falls under, recorded with the label
    /// (`label_marked.other.item`); see [`crate::process::OtherLabel::article`].
    PerItem,
}

impl LabelActionKind {
    /// Whether the text makes the action an obligation ("应当") rather than an option ("可").
    ///
    /// # Example
    /// ```
    /// use fuling_rules::checks::LabelActionKind;
    /// assert!(LabelActionKind::Rectify.mandatory()); // "应当进行整改"
    /// assert!(!LabelActionKind::MayApplyForAward.mandatory()); // "可申报评优"
    /// ```
    pub const fn mandatory(self) -> bool {
        matches!(self, LabelActionKind::PhaseOutOrMerge | LabelActionKind::Rectify)
    }
}

/// The action one label calls for.
///
/// # Example
/// ```
/// use fuling_rules::checks::label_actions;
/// use fuling_rules::{model::Label, Art};
/// let a = &label_actions(&[Label::Island, Label::Island])[0]; // reported once
/// assert_eq!(a.article, Art::new(38).item(1));
/// assert!(a.mandatory);
/// assert!(a.message_zh.contains("孤岛应用"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelAction {
    /// The label.
    pub label: Label,
    /// The action.
    pub action: LabelActionKind,
    /// `true` for "应当" (an obligation), `false` for "可" (an option).
    pub mandatory: bool,
    /// The item of 第三十八条.
    pub article: Citation,
    /// The action in Chinese.
    pub message_zh: String,
    /// The action in English.
    pub message_en: String,
}

/// The JSON result of [`label_actions`]: `{"actions": [...]}`.
///
/// # Example
/// ```
/// use fuling_rules::checks::run_json;
/// let out = run_json("label_actions", &serde_json::json!({"labels": ["high_risk"]}))?;
/// assert_eq!(out["actions"][0]["action"], "rectify");
/// assert_eq!(out["actions"][0]["article"], serde_json::json!({"article": 38, "item": 3}));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelReport {
    /// One action per distinct label, in the order of the labels given.
    pub actions: Vec<LabelAction>,
}

/// The actions 第三十八条 asks of the responsible department for the labels the Bureau
/// marked in IRS ("根据不同标签类型要求应用责任部门及时调整运维策略").
///
/// # Properties
/// - One action per distinct label, in the order given; a repeated label is reported once.
/// - Labels with an obligation (`mandatory`) and with an option can coexist (e.g. an
///   优秀应用 that is also 高风险应用); the text does not rank them, and neither does this.
///
/// # Example
/// ```
/// use fuling_rules::checks::{label_actions, LabelActionKind};
/// use fuling_rules::model::Label;
/// let a = label_actions(&[Label::HighRisk, Label::Excellent]);
/// assert_eq!(a[0].action, LabelActionKind::Rectify);
/// assert!(a[0].mandatory && !a[1].mandatory);
/// ```
pub fn label_actions(labels: &[Label]) -> Vec<LabelAction> {
    let mut seen: Vec<Label> = Vec::new();
    let mut out = Vec::new();
    for &label in labels {
        if seen.contains(&label) {
            continue;
        }
        seen.push(label);
        let (action, message) = match label {
            Label::Duplicate | Label::Island => (LabelActionKind::PhaseOutOrMerge, m::LABEL_PHASE_OUT_OR_MERGE),
            Label::VibrantSharing | Label::CoConstruction | Label::Excellent => {
                (LabelActionKind::MayApplyForAward, m::LABEL_MAY_APPLY_FOR_AWARD)
            }
            Label::HighRisk => (LabelActionKind::Rectify, m::LABEL_RECTIFY),
            Label::Other => (LabelActionKind::PerItem, m::LABEL_PER_ITEM),
        };
        let (message_zh, message_en) = message.pair(&[&label.zh(), &label_en(label)]);
        out.push(LabelAction {
            label,
            action,
            mandatory: action.mandatory(),
            article: label.article(),
            message_zh,
            message_en,
        });
    }
    out
}

fn label_en(label: Label) -> &'static str {
    match label {
        Label::Duplicate => "duplicate",
        Label::Island => "island",
        Label::VibrantSharing => "vibrant sharing",
        Label::CoConstruction => "co-construction",
        Label::Excellent => "excellent",
        Label::HighRisk => "high risk",
        Label::Other => "other",
    }
}
