//! 第七条: the catalog information (应用编目信息) in IRS.

use super::{given, CheckReport, Collector, FindingCode as C, Ptr};
use crate::model::CatalogDossier;
use crate::prelude::*;

/// Checks the catalog information against 第七条: "应用编目信息包含但不限于基础信息、
/// 评审信息、数字资源信息、效能目标信息、安全防护信息等。在应用开发完成后,须及时完善
/// 开发厂商信息、软硬件设备信息、工程人员信息、使用信息等。"
///
/// # Properties
/// - The five basic groups are always required; the four post-development groups only
///   when `development_completed`.
/// - The deadline (7 working days after the approval) is a process rule, not checked here
///   (see `docs/coverage.md`).
/// - The catalog applies to secret-related applications too ("全口径").
///
/// # Example
/// ```
/// use fuling_rules::checks::check_catalog;
/// use fuling_rules::model::CatalogDossier;
/// let r = check_catalog(&CatalogDossier::default());
/// assert_eq!(r.findings.len(), 5);
/// ```
pub fn check_catalog(d: &CatalogDossier) -> CheckReport {
    let mut c = Collector::default();
    let p = Ptr::root().key("catalog");
    let e = &d.catalog;
    let text = |o: &Option<String>| o.as_deref().is_some_and(given);
    c.require_at(text(&e.basic_info), C::Art7BasicInfoMissing, &p, "basic_info");
    c.require_at(text(&e.review_info), C::Art7ReviewInfoMissing, &p, "review_info");
    c.require_at(
        !e.digital_resources.is_empty(),
        C::Art7ResourceInfoMissing,
        &p,
        "digital_resources",
    );
    c.require_at(
        text(&e.performance_targets),
        C::Art7PerformanceTargetsMissing,
        &p,
        "performance_targets",
    );
    c.require_at(
        text(&e.security_protection),
        C::Art7SecurityProtectionMissing,
        &p,
        "security_protection",
    );
    if d.development_completed {
        c.require_at(text(&e.vendor_info), C::Art7VendorInfoMissing, &p, "vendor_info");
        c.require_at(
            text(&e.hardware_software_info),
            C::Art7HardwareSoftwareInfoMissing,
            &p,
            "hardware_software_info",
        );
        c.require_at(
            text(&e.engineering_staff_info),
            C::Art7EngineeringStaffInfoMissing,
            &p,
            "engineering_staff_info",
        );
        c.require_at(text(&e.usage_info), C::Art7UsageInfoMissing, &p, "usage_info");
    }
    c.report()
}
