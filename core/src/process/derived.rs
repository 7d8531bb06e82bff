//! What the replay of a project's events knows besides the state (the origin, amounts,
//! obligations opened and met, exceptions, labels, ...): the data that the replay
//! (`effects.rs`) writes and the project, its guards and its status read.

use super::event::Disposal;
use super::obligation::{ExceptionRecord, ObligationId};
use super::state::State;
use crate::calendar::Period;
use crate::model::grounds::DeregistrationReason;
use crate::model::{Label, ProjectOrigin, ReleaseChannel};
use crate::money::Amount;
use crate::prelude::*;
use chrono::NaiveDate;

/// One obligation as recorded by the replay (its due date is computed by `status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ObligationRecord {
    pub id: ObligationId,
    /// The trigger date (for `preliminary_review_application`: the declaration date).
    pub trigger: NaiveDate,
    pub met_on: Option<NaiveDate>,
    /// Closed without being met (the project reached a terminal state, or an adjustment
    /// replaced it).
    pub closed_on: Option<NaiveDate>,
    /// A period decided for this obligation instead of the ruleset's (第十九条(三)(五): a
    /// re-planning's new deadline).
    pub period: Option<Period>,
}

impl ObligationRecord {
    pub(super) fn open(&self) -> bool {
        self.met_on.is_none() && self.closed_on.is_none()
    }
}

/// What the replay of the events knows besides the state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Derived {
    pub state: State,
    pub origin: Option<ProjectOrigin>,
    /// The development funding plan (第二十条): the development plan's amount once submitted,
    /// before that the latest amount recorded.
    pub amount: Option<Amount>,
    /// The approved amount (批复金额), when recorded.
    pub approved_amount: Option<Amount>,
    /// 第三十四条: the current trial run was found satisfactory.
    pub trial_passed: bool,
    /// 第四十条: the reason of the pending deregistration.
    pub deregistration_reason: Option<DeregistrationReason>,
    /// 第四十一条: the disposal steps stated for the pending deregistration.
    pub disposal: Disposal,
    pub municipal_filed: bool,
    pub plan_submitted_on: Option<NaiveDate>,
    pub approved_on: Option<NaiveDate>,
    pub in_special_fund_plan: bool,
    pub trial_started_on: Option<NaiveDate>,
    pub released_channel: Option<ReleaseChannel>,
    /// 第三十七条: a `catalog_updated` of the project (schema 1) since its acceptance or last
    /// major iteration.
    pub catalog_fresh: bool,
    /// 第三十七条: the first day an update of the application's catalog counts for the next
    /// major iteration: the acceptance's day, or the day after the last major iteration (before
    /// either, the project's first event's day).
    pub catalog_since: Option<NaiveDate>,
    pub labels: Vec<Label>,
    pub exceptions: Vec<ExceptionRecord>,
    pub obligations: Vec<ObligationRecord>,
    pub last_date: Option<NaiveDate>,
}

impl Derived {
    /// The obligation `id` while it is open.
    pub(super) fn open_obligation(&self, id: ObligationId) -> Option<&ObligationRecord> {
        self.obligations.iter().find(|o| o.id == id && o.open())
    }
}
