//! The deregistration dossier (注销, 第四十条、第四十一条): the reason and the disposal
//! of digital resources. The conventions of [`crate::model`] apply.

use super::grounds::DeregistrationReason;
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::ReleaseChannel;
use crate::prelude::*;

/// 第四十条、第四十一条: deregistration (注销) and the disposal of digital resources before it.
/// Checked by [`crate::checks::check_deregistration`].
///
/// # Example
/// ```
/// use fuling_rules::checks::check_deregistration;
/// use fuling_rules::model::{DeregistrationDossier, HistoryDisposal};
/// use fuling_rules::process::DeregistrationReason;
/// let d = DeregistrationDossier {
///     grounds: vec![DeregistrationReason::NoLongerNeeded],
///     history: HistoryDisposal { handled_per_rules: true, ..Default::default() },
///     ..Default::default()
/// };
/// assert!(check_deregistration(&d).passed);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DeregistrationDossier {
    /// The application's name (informational).
    pub name: String,
    /// 第四十条: the situations that require deregistration (the process's reasons:
    /// `no_longer_needed`, `superseded`, `stagnant`, `major_incident`, or `other`).
    pub grounds: Vec<DeregistrationReason>,
    /// Another reason, described (with `other` among the grounds, or alone).
    pub other_reason: String,
    /// 41(1): units that use the application's shared or opened data or its interfaces.
    pub data_consumers: Vec<DataConsumer>,
    /// 41(2): the historical data.
    pub history: HistoryDisposal,
    /// 41(3): components the application has in IRS.
    pub components: Vec<ComponentListing>,
    /// 41(4): the ends (渝快办/渝快政) the application is released on.
    pub channels: Vec<ChannelListing>,
}

/// 41(1): a unit using the application's data or interfaces.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_deregistration, FindingCode};
/// use fuling_rules::model::{DataConsumer, DeregistrationDossier};
/// let d = DeregistrationDossier {
///     data_consumers: vec![DataConsumer { unit: "区民政局".into(), disposal_agreed: true, completed: false }],
///     ..Default::default()
/// };
/// let r = check_deregistration(&d);
/// let f = r.with_code(FindingCode::Art41SharedDataNotSettled).next().unwrap(); // 第四十一条(一)
/// assert_eq!(f.path, "/data_consumers/0/completed");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DataConsumer {
    /// The unit.
    pub unit: String,
    /// 妥善协商处理方式: the disposal is agreed with the unit.
    pub disposal_agreed: bool,
    /// 完成数据归集或者接口注销.
    pub completed: bool,
}

/// 41(2): the historical data.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_deregistration;
/// use fuling_rules::model::{DeregistrationDossier, HistoryDisposal};
/// use fuling_rules::process::DeregistrationReason;
/// // 第四十条(二) merged into a new application: the history moves there (41(2)).
/// let d = DeregistrationDossier {
///     grounds: vec![DeregistrationReason::Superseded],
///     history: HistoryDisposal { migrated_to: "涪陵区城市运行一网统管".into(), handled_per_rules: false },
///     ..Default::default()
/// };
/// assert!(check_deregistration(&d).passed);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct HistoryDisposal {
    /// For a merged application (reason `superseded`, 第四十条(二)): the new application that now owns the history.
    pub migrated_to: String,
    /// Otherwise: the history was handled under the public-data rules.
    pub handled_per_rules: bool,
}

/// 41(3): a component in IRS.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_deregistration, FindingCode};
/// use fuling_rules::model::{ComponentListing, DeregistrationDossier};
/// let d = DeregistrationDossier {
///     components: vec![ComponentListing { name: "电子证照组件".into(), delisted: false }],
///     ..Default::default()
/// };
/// assert_eq!(check_deregistration(&d).with_code(FindingCode::Art41ComponentNotDelisted).count(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ComponentListing {
    /// The component.
    pub name: String,
    /// Taken down in IRS (下架).
    pub delisted: bool,
}

/// 41(4): a release on one of the two ends.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_deregistration, FindingCode};
/// use fuling_rules::model::{ChannelListing, DeregistrationDossier, ReleaseChannel};
/// let d = DeregistrationDossier {
///     channels: vec![ChannelListing { channel: Some(ReleaseChannel::YuKuaiBan), delisted: false }],
///     ..Default::default()
/// };
/// let r = check_deregistration(&d);
/// assert_eq!(r.with_code(FindingCode::Art41ChannelNotDelisted).next().unwrap().path, "/channels/0/delisted");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ChannelListing {
    /// The end.
    pub channel: Option<ReleaseChannel>,
    /// Taken down from it (下架).
    pub delisted: bool,
}
