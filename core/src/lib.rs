//! # fuling-rules
//!
//! 涪陵区政务数字化应用管理暂行办法(征求意见稿) — the Fuling District interim
//! measures on government digital applications (draft for comment) — as code.
//!
//! - [`Calendar`]: the official Chinese working-day calendar (State Council
//!   notices, 调休 included) with O(1) working-day arithmetic; a date outside the
//!   data is an error, never a guess.
//! - [`Period`] and [`due_date`]: deadlines in working days, days and months under
//!   民法典 第二百零一条至第二百零三条, explained by [`explain_due_date`].
//! - [`Amount`]: money in integer fen, parsed from `5,000,000.00`, `500万元` or
//!   `伍佰万元整`; [`requires_municipal_filing`] is Art. 20's 500万元 (含) threshold.
//! - [`Ruleset`]: every number the regulation sets, each with its article.
//! - [`Citation`] (`Art::new(19).item(2)`): article citations into the embedded text.
//!
//! No I/O and no clock: the current date is always an input.
//!
//! # Features
//! - `std` (default): the standard library. Without it the crate is `no_std` and needs only
//!   `alloc` (the WebAssembly package builds it so); what needs the operating system
//!   (`Portfolio::from_dir`, loading files from a folder) is behind it.
//! - `regulation-text` (default): the regulation's text embedded for `Citation::text`.
//! - `message-text` (default): the Chinese and English message texts.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use fuling_rules::{due_date, Amount, Calendar, Period, Ruleset};
//! let cal = Calendar::official();
//! let rules = Ruleset::default();
//! let submitted = NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
//! // 第十九条(二): the lead department's opinion is due 5 working days later;
//! // 10-01..10-08 is the National Day holiday and Saturday 10-11 is worked.
//! let due = due_date(submitted, rules.lead_department_review.period, &cal)?;
//! assert_eq!(due, NaiveDate::from_ymd_opt(2025, 10, 14).unwrap());
//! assert!(rules.requires_municipal_filing(Amount::parse("520万元")?));
//! # Ok::<(), fuling_rules::Error>(())
//! ```
#![cfg_attr(not(any(feature = "std", test)), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// No panics in library code: no unwrap, expect, panicking index or explicit panic (tests may use them).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

extern crate alloc;

pub mod calendar;
pub mod call;
pub mod checks;
pub mod citation;
pub mod error;
pub mod json_input;
pub mod json_output;
mod json_read;
mod json_text;
mod json_tree;
#[doc(hidden)]
pub mod message;
pub mod model;
pub mod money;
mod numbers;
pub mod portfolio;
mod prelude;
pub mod process;
pub mod records;
pub mod ruleset;
pub mod schema;
mod sort;
mod text;
mod whole;

pub use calendar::explain::{explain_due_date, Explanation};
pub use calendar::{
    due_date, Calendar, CalendarBuilder, Coverage, DayInfo, DayKind, Direction, Notice, Period, PeriodKind, PeriodUnit,
};
pub use checks::{
    check_acceptance, check_catalog, check_deregistration, check_joint_review, check_planning_dossier, label_actions,
    priority_categories, CheckReport, Finding, FindingCode, Severity,
};
pub use citation::{Art, Citation};
pub use error::{Error, ErrorCode, Result};
pub use model::{Application, ProjectKind};
pub use money::Amount;
pub use process::{
    Event, EventType, Obligation, ObligationId, Process, Project, ProjectRecord, Receipt, State, Status, Transition,
};
pub use ruleset::{requires_municipal_filing, Ruleset};

/// This library's version, reported in every result's receipt.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Calendar, Project, ProjectKind, Ruleset, VERSION};
/// let p = Project::new("P-1", ProjectKind::Development);
/// let as_of = NaiveDate::from_ymd_opt(2025, 10, 9).unwrap();
/// let status = p.status(as_of, &Calendar::official(), &Ruleset::default())?;
/// assert_eq!(status.receipt.library_version, VERSION);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The repository README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
