//! The agenda (待办总表): every open obligation across the portfolio as of a date, who owes
//! it and when, filtered and sorted. The due dates are the statuses' ([`crate::Project::status`],
//! [`crate::records::ApplicationRecord::status`]): one computation, not a copy.

use super::{Portfolio, Problem, ProblemKind};
use crate::calendar::explain::Explanation;
use crate::calendar::{Calendar, Estimate};
use crate::citation::Citation;
use crate::error::{Error, ErrorCode, Result};
use crate::json_output::ToJson;
use crate::model::{Application, Role};
use crate::prelude::*;
use crate::process::{Obligation, ObligationError, ObligationId, Receipt, Strength};
use crate::records::Rulesets;
use crate::ruleset::Ruleset;
use chrono::NaiveDate;
use core::cmp::Ordering;

/// The options of [`Portfolio::agenda`]; every field is optional (`Default`).
///
/// # Example
/// ```
/// use fuling_rules::{model::Role, portfolio::AgendaOptions};
/// let o = AgendaOptions { within_working_days: Some(5), responsible: Some(Role::LeadDepartment), ..Default::default() };
/// assert!(o.department.is_none() && o.calendar.is_none());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct AgendaOptions<'a> {
    /// Keep the items with `working_days_left <= N` (overdue ones included), plus the undated
    /// items; `None` keeps every item.
    pub within_working_days: Option<i64>,
    /// Keep the items owed by this role.
    pub responsible: Option<Role>,
    /// Keep the items whose `department` is this name.
    pub department: Option<&'a str>,
    /// The calendar ([`Calendar::official`] when `None`).
    pub calendar: Option<&'a Calendar>,
    /// The ruleset ([`Ruleset::default`] when `None` and no `rulesets`).
    pub ruleset: Option<&'a Ruleset>,
    /// Several rulesets: the one in force on `as_of` is used (第四十五条), as
    /// [`crate::Project::status_in`]. Not together with `ruleset`.
    pub rulesets: Option<&'a Rulesets>,
}

/// One open obligation on the agenda, named like [`Obligation`] where they overlap.
///
/// # Properties
/// - `working_days_left`: the working days `d` with `as_of < d <= due` (0 on the due day; on a
///   rest day before the due date it counts the working days ahead); when overdue, minus the
///   working days `d` with `due < d <= as_of`; `None` when `due` is `None` (or lies outside
///   every calendar available).
/// - An item with only an `estimate` (its due date beyond the calendar data) is sorted and
///   filtered on the estimate's date, its working days counted on the provisional calendar;
///   its `working_days_left` stays `None`, as its `due`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::portfolio::{AgendaOptions, Portfolio};
/// let p = Portfolio::from_jsonl(r#"{"schema": 2, "id": "FL-1", "kind": "development", "events": [{"type": "ledgered", "date": "2025-09-01"}, {"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}]}"#);
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// // 第十九条(二): due 2025-10-14 (5 working days across National Day); as of Friday 10-10,
/// // the working days after it up to 10-14 are Saturday 10-11 (worked), 10-13 and 10-14.
/// let agenda = p.agenda(d("2025-10-10"), &AgendaOptions::default())?;
/// let item = &agenda.items[0];
/// assert_eq!((item.due, item.working_days_left, item.overdue), (Some(d("2025-10-14")), Some(3), false));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, schemars::JsonSchema)]
pub struct AgendaItem {
    /// The project, or `None` for an application's own obligation (e.g. 第四十二条's).
    pub project_id: Option<String>,
    /// The application (empty when the project names none).
    pub application_id: String,
    /// The obligation's id (as [`Obligation::id`]).
    pub obligation: ObligationId,
    /// What must be done, in Chinese.
    pub what_zh: String,
    /// What must be done, in English.
    pub what_en: String,
    /// Who must act (the role).
    pub responsible: Role,
    /// The name of the department in that role for the application (its responsible or lead
    /// department), `None` for the Bureau and the other fixed bodies, or when not named.
    pub department: Option<String>,
    /// The due date, when the regulation sets a period and the calendar covers it.
    pub due: Option<NaiveDate>,
    /// Working days from `as_of` to `due` (negative when overdue); see the properties.
    pub working_days_left: Option<i64>,
    /// Whether `as_of` is after `due`.
    pub overdue: bool,
    /// `shall` or `in_principle`.
    pub strength: Strength,
    /// The article.
    pub article: Citation,
    /// Why the due date is what it is.
    pub explanation: Option<Explanation>,
    /// Why the due date could not be computed.
    pub error: Option<ObligationError>,
    /// The due date on the provisional calendar, when the strict one cannot give it.
    pub estimate: Option<Estimate>,
    /// The due date relies on provisional days.
    pub provisional: bool,
}

/// The agenda of a portfolio as of a date ([`Portfolio::agenda`]).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::portfolio::{AgendaOptions, Portfolio};
/// let p = Portfolio::from_jsonl(r#"{"schema": 2, "id": "FL-1", "kind": "om", "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}]}"#);
/// let agenda = p.agenda(NaiveDate::from_ymd_opt(2025, 5, 7).unwrap(), &AgendaOptions::default())?;
/// assert_eq!(agenda.len(), 1);
/// assert_eq!(agenda.iter().next().unwrap().obligation.as_str(), "lead_department_opinion");
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, schemars::JsonSchema)]
pub struct Agenda {
    /// What produced it.
    pub receipt: Receipt,
    /// The date it is for.
    pub as_of: NaiveDate,
    /// The filter applied, if any.
    pub within_working_days: Option<i64>,
    /// The items, sorted: by date (the due date, else the estimate's), then project id (an
    /// application's own obligations first), application id and obligation id; undated last.
    pub items: Vec<AgendaItem>,
    /// Records whose status could not be computed as of `as_of`: not on the agenda, not hidden.
    pub problems: Vec<Problem>,
}

impl Agenda {
    /// The number of items.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::portfolio::{AgendaOptions, Portfolio};
    /// let a = Portfolio::new().agenda(NaiveDate::from_ymd_opt(2025, 5, 7).unwrap(), &AgendaOptions::default())?;
    /// assert_eq!(a.len(), 0);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there is no item.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::portfolio::{AgendaOptions, Portfolio};
    /// let a = Portfolio::new().agenda(NaiveDate::from_ymd_opt(2025, 5, 7).unwrap(), &AgendaOptions::default())?;
    /// assert!(a.is_empty());
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The items, in order.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::portfolio::{AgendaOptions, Portfolio};
    /// let a = Portfolio::new().agenda(NaiveDate::from_ymd_opt(2025, 5, 7).unwrap(), &AgendaOptions::default())?;
    /// assert_eq!(a.iter().count(), 0);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn iter(&self) -> core::slice::Iter<'_, AgendaItem> {
        self.items.iter()
    }
}

impl<'a> IntoIterator for &'a Agenda {
    type Item = &'a AgendaItem;
    type IntoIter = core::slice::Iter<'a, AgendaItem>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// An item with the date it is sorted on.
struct Keyed {
    date: Option<NaiveDate>,
    item: AgendaItem,
}

/// The signed working days from `as_of` to `due` (see [`AgendaItem`]).
fn signed_days(cal: &Calendar, as_of: NaiveDate, due: NaiveDate) -> Option<i64> {
    if due >= as_of {
        cal.working_days_between(as_of, due).ok().map(i64::from)
    } else {
        cal.working_days_between(due, as_of).ok().map(|n| -i64::from(n))
    }
}

struct Context<'a> {
    as_of: NaiveDate,
    calendar: &'a Calendar,
    /// The provisional calendar of estimates, built on first use.
    provisional: core::cell::OnceCell<Option<Calendar>>,
    options: &'a AgendaOptions<'a>,
}

impl Context<'_> {
    fn keep(&self, role: Role, department: Option<&str>) -> bool {
        self.options.responsible.is_none_or(|r| r == role)
            && self.options.department.is_none_or(|d| department == Some(d))
    }

    fn item(&self, o: Obligation, project_id: Option<&str>, app: &Application) -> Option<Keyed> {
        let department = Portfolio::department(app, o.responsible);
        if !self.keep(o.responsible, department.as_deref()) {
            return None;
        }
        let working_days_left = o.due.and_then(|due| {
            signed_days(self.calendar, self.as_of, due).or_else(|| {
                let cal = self.provisional.get_or_init(|| self.calendar.for_estimates());
                signed_days(cal.as_ref()?, self.as_of, due)
            })
        });
        let (date, days) = match (o.due, &o.estimate) {
            (Some(due), _) => (Some(due), working_days_left),
            (None, Some(e)) => {
                let cal = self.provisional.get_or_init(|| self.calendar.for_estimates());
                (
                    Some(e.due),
                    cal.as_ref().and_then(|c| signed_days(c, self.as_of, e.due)),
                )
            }
            (None, None) => (None, None),
        };
        if let Some(n) = self.options.within_working_days {
            // Undated items always stay; a dated one whose count is unknown stays too.
            if date.is_some() && !o.overdue && days.is_some_and(|d| d > n) {
                return None;
            }
        }
        Some(Keyed {
            date,
            item: AgendaItem {
                project_id: project_id.map(str::to_owned),
                application_id: app.id.clone(),
                obligation: o.id,
                what_zh: o.what_zh,
                what_en: o.what_en,
                responsible: o.responsible,
                department,
                due: o.due,
                working_days_left,
                overdue: o.overdue,
                strength: o.strength,
                article: o.article,
                explanation: o.explanation,
                error: o.error,
                estimate: o.estimate,
                provisional: o.provisional,
            },
        })
    }
}

fn order(a: &Keyed, b: &Keyed) -> Ordering {
    let date = match (a.date, b.date) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    date.then_with(|| a.item.project_id.cmp(&b.item.project_id))
        .then_with(|| a.item.application_id.cmp(&b.item.application_id))
        .then_with(|| a.item.obligation.as_str().cmp(b.item.obligation.as_str()))
}

impl Portfolio {
    /// Every open obligation across the portfolio as of `as_of`: the applications' own (e.g.
    /// 第四十二条's deregistration) and the projects' (evaluated with their application record,
    /// so a deregistered application's projects owe nothing more, as
    /// [`crate::Project::status_with`]).
    ///
    /// # Properties
    /// - `within_working_days = N` keeps the items with `working_days_left <= N`, overdue ones
    ///   included, plus the items with neither a due date nor an estimate (no period set, or
    ///   out of the calendar with no estimate), which always come last.
    /// - Sorted by date (the due date, else the estimate's), then project id, application id
    ///   and obligation id.
    /// - A record whose status fails (e.g. `as_of` before its last event) is listed in
    ///   [`Agenda::problems`]; a project whose application's status fails is listed with it.
    ///
    /// # Errors
    /// `invalid_input` when both `ruleset` and `rulesets` are given; `invalid_ruleset` when
    /// no ruleset of `rulesets` is in force on `as_of`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{model::Role, portfolio::{AgendaOptions, Portfolio}};
    /// let p = Portfolio::from_jsonl(r#"{"schema": 2, "application": {"id": "APP-1", "lead_department": "区水利局"}}
    /// {"schema": 2, "id": "FL-1", "kind": "om", "application_id": "APP-1", "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}]}"#);
    /// let as_of = NaiveDate::from_ymd_opt(2025, 5, 7).unwrap();
    /// let options = AgendaOptions { department: Some("区水利局"), ..Default::default() };
    /// let agenda = p.agenda(as_of, &options)?;
    /// assert_eq!((agenda.items[0].responsible, agenda.items[0].department.as_deref()), (Role::LeadDepartment, Some("区水利局")));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn agenda(&self, as_of: NaiveDate, options: &AgendaOptions<'_>) -> Result<Agenda> {
        let official;
        let calendar = match options.calendar {
            Some(c) => c,
            None => {
                official = Calendar::official();
                &official
            }
        };
        let default_rules;
        let rules = match (options.ruleset, options.rulesets) {
            (Some(_), Some(_)) => {
                return Err(Error::msg(
                    ErrorCode::InvalidInput,
                    crate::message::process::RULESET_AND_RULESETS,
                    &[],
                ))
            }
            (Some(r), None) => r,
            (None, Some(sets)) => sets.in_force_on(as_of)?,
            (None, None) => {
                default_rules = Ruleset::default();
                &default_rules
            }
        };
        let cx = Context {
            as_of,
            calendar,
            provisional: core::cell::OnceCell::new(),
            options,
        };
        let mut keyed = Vec::new();
        let mut problems = Vec::new();
        let problem = |id: &str, e: &Error| super::Location::default().problem(Some(id), ProblemKind::Status, e);
        // Each application's status once: its own obligations and its deregistration date.
        let mut deregistered: Vec<core::result::Result<Option<NaiveDate>, Error>> = Vec::new();
        for a in &self.applications {
            let status = a
                .status(as_of, calendar, rules)
                .and_then(|s| Ok((s, a.deregistered_on(rules)?)));
            match status {
                Ok((s, on)) => {
                    keyed.extend(
                        s.obligations
                            .into_iter()
                            .filter_map(|o| cx.item(o, None, a.application())),
                    );
                    deregistered.push(Ok(on));
                }
                Err(e) => {
                    problems.push(problem(&a.application().id, &e));
                    deregistered.push(Err(e));
                }
            }
        }
        for p in &self.projects {
            let record = self.by_id.get(&p.application().id).and_then(|&i| deregistered.get(i));
            let on = match record {
                Some(Err(e)) => {
                    problems.push(problem(p.id(), e));
                    continue;
                }
                Some(Ok(on)) => *on,
                None => None,
            };
            let mut obligations = match p.open_obligations(as_of, calendar, rules) {
                Ok(o) => o,
                Err(e) => {
                    problems.push(problem(p.id(), &e));
                    continue;
                }
            };
            if let Some(on) = on {
                crate::records::close_by_deregistration(&mut obligations, on);
            }
            let app = self.metadata_of(p);
            keyed.extend(obligations.into_iter().filter_map(|o| cx.item(o, Some(p.id()), app)));
        }
        keyed.sort_by(order);
        let items: Vec<AgendaItem> = keyed.into_iter().map(|k| k.item).collect();
        let mut receipt = Receipt::new(rules, calendar);
        for i in &items {
            receipt.note(i.explanation.as_ref(), i.estimate.as_ref());
        }
        Ok(Agenda {
            receipt,
            as_of,
            within_working_days: options.within_working_days,
            items,
            problems,
        })
    }
}
