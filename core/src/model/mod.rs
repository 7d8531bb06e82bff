//! The regulation's entities (实体): applications, departments, projects,
//! digital resources, catalog entries, and the dossiers the checks read.

pub mod grounds;

pub use grounds::{AcceptanceCondition, RejectionGround};
pub mod application;

pub use application::{
    Application, CatalogEntry, DeclarationReason, Department, DigitalResource, DigitalResourceKind, FundingSource,
    Label, LifecycleStage, ProjectKind, ProjectOrigin, ReleaseChannel, ReuseMode, Role,
};
pub mod dossier;
pub mod lifecycle_dossier;
