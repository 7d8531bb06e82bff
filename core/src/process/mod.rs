//! The approval and lifecycle process (流程): events, states, the transition table,
//! projects and their status.
//!
//! A [`Project`] is its ordered list of dated [`Event`]s (event sourcing): its
//! [`State`] is the replay of the events through the transition table
//! ([`Process::transitions`]), which is data, so the diagram ([`Process::mermaid`],
//! `docs/process.md`) cannot drift from the code. [`Project::status`] lists the open
//! obligations with their due dates and explanations, what is overdue and what was
//! met late, as of a date that is always an input.
//!
//! # Semantics
//! - A refused event leaves the project unchanged.
//! - Events are in date order; same-day events keep their list order.
//! - 第十九条(二): the lead department's opinion is due on the 5th working day after the
//!   funding plan is submitted (the submission day is not counted).
//! - 第二十条: "500万元(含)以上" is inclusive: 5,000,000.00 yuan needs the municipal
//!   filing before the joint review; 4,999,999.99 does not.
//! - 第二十四条: the written preliminary review application is due on the 10th working day
//!   **before** the declaration date (the latest day to apply).
//! - 第三十三条: the trial run lasts in principle at least 90 days (calendar days, the start
//!   day not counted, never rolled); ending it, or accepting, earlier needs an exception and
//!   its basis, which the status then shows. The report is due 1 month after the trial ends
//!   (民法典 第二百零二条, 第二百零三条: 2024-01-31 → 2024-02-29).
//! - 第三十四条: acceptance needs a trial run that passed (`trial_run_ended.passed` or
//!   `accepted.trial_run_passed`); a failed trial leads to rectification and a new trial.
//! - Refusals, returns, re-planning, withdrawal, evaluation and deregistration from release on
//!   are modelled; where the text needed interpreting, `docs/readings.md` says how.
//! - Stored schema-1 records are migrated to schema 2 on load ([`crate::records::migrate`]).

mod derived;
mod effects;
pub(crate) mod event;
mod guards;
pub(crate) mod migrate_v1;
mod obligation;
mod project;
mod state;
pub(crate) mod status;
mod table;

pub use event::{
    AdjustmentReason, DeliveryMode, Disposal, Event, EventMeta, EventType, ExceptionGround, HistoryData, OtherLabel,
    StepStatus, TestingDocument, TrialRunException,
};
pub(crate) use guards::check_disposal;
pub use obligation::{
    ExceptionKind, ExceptionRecord, MetLate, Obligation, ObligationError, ObligationId, Strength, Unchecked,
};
pub(crate) use project::CatalogHistory;
pub use project::{Project, ProjectRecord, MAX_EVENTS, MAX_JSON_BYTES, MAX_LIST_LEN, MAX_TEXT_CHARS, PROJECT_SCHEMA};
// Defined with the other grounds that the process and the checks share.
pub use crate::model::grounds::DeregistrationReason;
pub use state::State;
pub use status::{ClosedObligation, LoadedNotice, Receipt, Status, STATUS_SCHEMA};
pub use table::{Guard, Process, Transition};

#[cfg(test)]
mod tests;
