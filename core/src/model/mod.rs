//! The regulation's entities (实体): applications, departments, projects,
//! digital resources, catalog entries, and the dossiers the checks read — one
//! module per dossier, named by its concept: [`planning`] (第十六条至第十八条),
//! [`joint_review`] (第二十三条), [`priority`] (第二十二条), [`acceptance`]
//! (第三十四条), [`catalog`] (第七条), [`deregistration`] (第四十条、第四十一条) and
//! [`labels`] (第三十八条). Every type is also re-exported here (`model::PlanningDossier`).
//!
//! # Conventions (every dossier type)
//! - Every field has a default, so `{}` is a structurally valid dossier; what is
//!   missing becomes a finding of the check, never an error. A field of the
//!   wrong type, or an unknown field (typos are caught), is an `invalid_input`
//!   error naming the JSON Pointer of the field.
//! - A text counts as given when it has a non-blank character.
//! - A list that may be legitimately empty is optional: absent or `null` means
//!   "not stated" (a finding); `[]` means "stated: there are none".
//! - A yes/no the reviewer confirms (e.g. `in_ledger`) is `false` until confirmed;
//!   a fact that triggers a ground (e.g. `builds_machine_room`) is `false` until declared.

pub mod grounds;

pub use grounds::{AcceptanceCondition, RejectionGround};
pub mod application;

pub use application::{
    Application, CatalogEntry, DeclarationReason, Department, DigitalResource, DigitalResourceKind, FundingSource,
    Label, LifecycleStage, OtherCatalogInfo, ProjectKind, ProjectOrigin, ReleaseChannel, ReuseMode, Role,
};

pub mod acceptance;
pub mod catalog;
pub mod deregistration;
pub mod joint_review;
pub mod labels;
pub mod planning;
pub mod priority;

pub use acceptance::AcceptanceDossier;
pub use catalog::CatalogDossier;
pub use deregistration::{ChannelListing, ComponentListing, DataConsumer, DeregistrationDossier, HistoryDisposal};
pub use joint_review::{
    DesignReview, Infrastructure, JointReview, Lines, PlatformUse, SecurityCompliance, Sensing, TwoEnds,
};
pub use labels::LabelInput;
pub use planning::{
    DataCollaboration, FunctionRequirement, Interface, InterfaceDirection, NetworkRelation, NetworkTopology,
    PerformanceSystem, PlannedResource, PlanningDossier, PlatformRelation, RelatedApplication, Relations,
    ResourceStatus, ReuseCandidate, ReusePlan, ReuseSearch, SearchDimension, VModel,
};
pub use priority::{DigitalFunction, PriorityInput};

/// The former module of the dossiers read before approval (planning, joint review,
/// priority), kept so that `model::dossier::…` paths still compile; use [`crate::model`].
#[doc(hidden)]
pub mod dossier {
    pub use super::joint_review::*;
    pub use super::planning::*;
    pub use super::priority::*;
}

/// The former module of the dossiers read after approval (acceptance, catalog,
/// deregistration, labels), kept so that `model::lifecycle_dossier::…` paths still
/// compile; use [`crate::model`].
#[doc(hidden)]
pub mod lifecycle_dossier {
    pub use super::acceptance::*;
    pub use super::catalog::*;
    pub use super::deregistration::*;
    pub use super::labels::*;
}
