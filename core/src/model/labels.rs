//! The labels marked on an application (标签, 第三十八条). The conventions of
//! [`crate::model`] apply.

use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::Label;
use crate::prelude::*;

/// 第三十八条: the labels marked on an application. Read by [`crate::checks::label_actions`].
///
/// # Example
/// ```
/// use fuling_rules::checks::label_actions;
/// use fuling_rules::model::{LabelInput, Label};
/// let input: LabelInput = serde_json::from_str(r#"{"labels": ["excellent", "high_risk"]}"#).unwrap();
/// assert_eq!(input.labels, [Label::Excellent, Label::HighRisk]);
/// let actions = label_actions(&input.labels);
/// assert!(!actions[0].mandatory && actions[1].mandatory); // 可申报评优; 应当整改
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct LabelInput {
    /// The labels.
    pub labels: Vec<Label>,
}
