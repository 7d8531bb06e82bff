//! Records a back office keeps for years (档案): schema-2 project and application records,
//! corrections and voids with an audit trail, rules in force, and the migration from
//! schema 1. The format and the promise for later versions: `docs/records.md`.
//!
//! - [`ApplicationRecord`]: an application above its projects (第三条(一)), with its own
//!   events (release channel, 第七条 and 第三十七条 catalog, 第三十八条 labels, 第三十九条
//!   evaluation and 整改, 第四十条至第四十二条 deregistration), state and
//!   obligations; a project names it by `application_id`.
//! - [`Entry`]: an event, or a correction or void of an earlier entry; the status lists
//!   them in `corrections`.
//! - [`Rulesets`]: several rulesets, one picked by the date it is in force from (第四十五条);
//!   a record keeps its ruleset's id and a mismatch is a [`Warning`].
//! - [`migrate`]: schema 1 → 2, with a report.

mod amend;
mod application;
mod in_force;
pub(crate) mod migrate;

pub(crate) use amend::{held, resolve};
pub use amend::{AmendmentKind, AmendmentRecord, Correction, Entry, Void};
pub(crate) use application::close_by_deregistration;
pub use application::{ApplicationCatalog, ApplicationEvent, ApplicationRecord, ApplicationState, ApplicationStatus};
pub(crate) use in_force::warnings;
pub use in_force::{Rulesets, Warning, WarningCode};
pub use migrate::{migrate, ApplicationConflict, MigratedProject, MigrationNote, MigrationReport, Refusal};

/// The schema version of project and application records.
///
/// # Example
/// ```
/// use fuling_rules::{records::RECORD_SCHEMA, Project, ProjectKind};
/// assert_eq!(RECORD_SCHEMA, 2);
/// assert!(Project::new("FL-1", ProjectKind::Om).to_json().contains(r#""schema": 2"#));
/// ```
pub const RECORD_SCHEMA: u32 = 2;
