//! The facts that make a project a priority (重点应用, 第二十二条). The conventions of
//! [`crate::model`] apply.

use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::prelude::*;

/// The facts that make a project a priority under 第二十二条 (eight items, not ranked).
/// Read by [`crate::checks::priority_categories`]. This is a dossier of its own rather than
/// the process `Project`, because none of the facts is an event of the process.
///
/// # Example
/// ```
/// use fuling_rules::checks::priority_categories;
/// use fuling_rules::model::PriorityInput;
/// use fuling_rules::Art;
/// let input: PriorityInput = serde_json::from_str(r#"{"municipal_assessment": true}"#).unwrap();
/// let r = priority_categories(&input);
/// assert_eq!(r.categories, [Art::new(22).item(2)]); // 纳入市级以上考核的应用
/// assert!(!priority_categories(&PriorityInput::default()).priority);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PriorityInput {
    /// (一) 党中央、国务院以及国家有关部委安排部署的应用.
    pub central_deployment: bool,
    /// (二) 围绕市委、市政府重大决策部署的应用.
    pub municipal_major_decision: bool,
    /// (二) 纳入市级以上考核的应用.
    pub municipal_assessment: bool,
    /// (二) 聚焦履行数字党建、数字政务…基层智治等职能需要的应用.
    pub digital_functions: Vec<DigitalFunction>,
    /// (二) other functions the list's 等 covers, by name (e.g. "数字生态").
    pub other_digital_functions: Vec<String>,
    /// (三) 服务全区应用共建共享的基础支撑平台、区域数据仓等项目.
    pub shared_support_platform: bool,
    /// (四) 围绕"互联网+政务服务""互联网+监管",推进"掌上办事""掌上办公"的应用.
    pub internet_plus_mobile: bool,
    /// (五) 对分散、独立的应用和数字资源进行整合的项目.
    pub integrates_scattered: bool,
    /// (六) 涉及国家关键信息基础设施和公共数据安全,弥补网络安全短板、消除严重安全隐患的项目.
    pub security_remediation: bool,
    /// (七) 跨部门、跨层级共建共享的其他重大应用.
    pub cross_department_major: bool,
    /// (八) 满足日常政务服务需要,实施数字化转型的应用.
    pub daily_service_transformation: bool,
}

/// 22(2): the functions named in the item.
///
/// # Example
/// ```
/// use fuling_rules::checks::priority_categories;
/// use fuling_rules::model::{DigitalFunction, PriorityInput};
/// use fuling_rules::Art;
/// let input = PriorityInput { digital_functions: vec![DigitalFunction::GrassrootsGovernance], ..Default::default() };
/// let r = priority_categories(&input);
/// assert_eq!(r.categories, [Art::new(22).item(2)]); // 22(2) 基层智治
/// assert_eq!(r.matches[0].because, ["digital_functions"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DigitalFunction {
    /// 数字党建.
    PartyBuilding,
    /// 数字政务.
    Government,
    /// 数字经济.
    Economy,
    /// 数字社会.
    Society,
    /// 数字文化.
    Culture,
    /// 数字法治.
    RuleOfLaw,
    /// 基层智治.
    GrassrootsGovernance,
}
