//! The catalog dossier (编目, 第七条). The conventions of [`crate::model`] apply.

use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::CatalogEntry;
use crate::prelude::*;

/// 第七条: the catalog information of an application in IRS.
/// Checked by [`crate::checks::check_catalog`].
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_catalog, FindingCode};
/// use fuling_rules::model::CatalogDossier;
/// // After development (第七条), the four post-development groups are due too.
/// let r = check_catalog(&CatalogDossier { development_completed: true, ..Default::default() });
/// assert_eq!(r.findings.len(), 9);
/// assert_eq!(r.with_code(FindingCode::Art7UsageInfoMissing).count(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CatalogDossier {
    /// The application's name (informational).
    pub name: String,
    /// "在应用开发完成后": development is complete, so the vendor, hardware/software,
    /// engineering-staff and usage information are due too.
    pub development_completed: bool,
    /// The catalog entry (基础信息、评审信息、数字资源信息、效能目标信息、安全防护信息 …).
    pub catalog: CatalogEntry,
}
