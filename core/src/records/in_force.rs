//! Rules in force (施行): 第四十五条 says the measures take effect on issue ("自印发之日起
//! 施行"); the draft has no date and the final text may change numbers and items. A
//! [`Ruleset`] carries `in_force_from`; several can be loaded ([`Rulesets`]) and the one in
//! force on a date picked; a record keeps the id of the ruleset it is evaluated under, and
//! evaluating it otherwise gives [`Warning`]s, never a silent switch.

use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::records as m;
use crate::prelude::*;
use crate::ruleset::Ruleset;
use chrono::NaiveDate;

/// The stable code of a [`Warning`].
///
/// # Example
/// ```
/// use fuling_rules::records::WarningCode;
/// assert_eq!(WarningCode::RulesetDiffers.as_str(), "ruleset_differs");
/// assert_eq!(serde_json::to_string(&WarningCode::EventBeforeInForce).unwrap(), r#""event_before_in_force""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WarningCode {
    /// The record was recorded under another ruleset than the one it is evaluated under.
    RulesetDiffers,
    /// An event predates the evaluating ruleset's `in_force_from` (第四十五条).
    EventBeforeInForce,
}

impl WarningCode {
    /// The snake_case name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::records::WarningCode;
    /// assert_eq!(WarningCode::EventBeforeInForce.as_str(), "event_before_in_force");
    /// ```
    pub const fn as_str(self) -> &'static str {
        // The derived writer's table (`json_output::UnitNames`): the names are stored once.
        crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
    }
}

/// A warning in a status (`status.warnings`): the result may not be what the record's own
/// rules would give.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{records::WarningCode, ruleset::DEFAULT_RULESET_ID, Calendar, Project, ProjectKind, Ruleset};
/// let mut p = Project::new("FL-2025-001", ProjectKind::Development).with_ruleset_id(DEFAULT_RULESET_ID);
/// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
/// let mut fin = Ruleset::default();
/// fin.id = "fuling-final".into();
/// fin.in_force_from = NaiveDate::from_ymd_opt(2026, 1, 1);
/// let s = p.status(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(), &Calendar::official(), &fin)?;
/// let codes: Vec<_> = s.warnings.iter().map(|w| w.code).collect();
/// assert_eq!(codes, [WarningCode::RulesetDiffers, WarningCode::EventBeforeInForce]);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct Warning {
    /// The stable code.
    pub code: WarningCode,
    /// The message in Chinese.
    pub message_zh: String,
    /// The message in English.
    pub message_en: String,
}

/// The warnings for a record kept under `recorded` with events on `dates`, evaluated under `rules`.
pub(crate) fn warnings(recorded: Option<&str>, dates: &[NaiveDate], rules: &Ruleset) -> Vec<Warning> {
    let mut out = Vec::new();
    if let Some(id) = recorded {
        if id != rules.id {
            let (message_zh, message_en) = m::RULESET_DIFFERS.pair(&[&id, &rules.id]);
            out.push(Warning {
                code: WarningCode::RulesetDiffers,
                message_zh,
                message_en,
            });
        }
    }
    if let Some(from) = rules.in_force_from {
        let early = dates.iter().filter(|d| **d < from).count();
        if early > 0 {
            let (message_zh, message_en) = m::EVENTS_BEFORE_IN_FORCE.pair(&[&early, &rules.id, &from]);
            out.push(Warning {
                code: WarningCode::EventBeforeInForce,
                message_zh,
                message_en,
            });
        }
    }
    out
}

/// Several rulesets, one picked by date (第四十五条: the draft, then the final text).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{records::Rulesets, ruleset::DEFAULT_RULESET_ID, Ruleset};
/// let mut fin = Ruleset::default();
/// fin.id = "fuling-final".into();
/// fin.in_force_from = NaiveDate::from_ymd_opt(2026, 3, 1);
/// let sets = Rulesets::new(vec![Ruleset::default(), fin])?;
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// assert_eq!(sets.in_force_on(d("2026-02-28"))?.id, DEFAULT_RULESET_ID); // the draft: no date
/// assert_eq!(sets.in_force_on(d("2026-03-01"))?.id, "fuling-final");
/// assert_eq!(sets.get("fuling-final").unwrap().id, "fuling-final");
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rulesets {
    sets: Vec<Ruleset>,
}

impl Rulesets {
    /// The rulesets, each id once.
    ///
    /// # Errors
    /// `invalid_ruleset` for an empty list, a repeated id, or two rulesets in force from the
    /// same date (or two without a date).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{records::Rulesets, ErrorCode, Ruleset};
    /// let err = Rulesets::new(vec![Ruleset::default(), Ruleset::default()]).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidRuleset);
    /// ```
    pub fn new(sets: Vec<Ruleset>) -> Result<Rulesets> {
        if sets.is_empty() {
            return Err(Error::msg(ErrorCode::InvalidRuleset, m::NO_RULESET_GIVEN, &[]));
        }
        for (i, a) in sets.iter().enumerate() {
            for b in sets.iter().skip(i + 1) {
                if a.id == b.id {
                    return Err(Error::msg(ErrorCode::InvalidRuleset, m::RULESET_ID_REPEATED, &[&a.id]));
                }
                if a.in_force_from == b.in_force_from {
                    return Err(Error::msg(
                        ErrorCode::InvalidRuleset,
                        m::RULESETS_SAME_DATE,
                        &[&a.id, &b.id],
                    ));
                }
            }
        }
        Ok(Rulesets { sets })
    }

    /// The ruleset with id `id`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{records::Rulesets, Ruleset};
    /// let sets = Rulesets::new(vec![Ruleset::default()])?;
    /// assert!(sets.get("nope").is_none());
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn get(&self, id: &str) -> Option<&Ruleset> {
        self.sets.iter().find(|r| r.id == id)
    }

    /// The ruleset in force on `date`: the one with the latest `in_force_from` on or before
    /// it; a ruleset without a date (the draft) applies before every dated one.
    ///
    /// # Errors
    /// `invalid_ruleset` when every ruleset takes effect after `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{records::Rulesets, ErrorCode, Ruleset};
    /// let mut fin = Ruleset::default();
    /// fin.in_force_from = NaiveDate::from_ymd_opt(2026, 3, 1);
    /// let sets = Rulesets::new(vec![fin])?;
    /// let err = sets.in_force_on(NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidRuleset);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn in_force_on(&self, date: NaiveDate) -> Result<&Ruleset> {
        // The latest in force (the last of equals, as `max_by_key`).
        let mut best: Option<&Ruleset> = None;
        for r in &self.sets {
            if r.in_force_from.is_none_or(|from| from <= date)
                && best.is_none_or(|b| r.in_force_from >= b.in_force_from)
            {
                best = Some(r);
            }
        }
        best.ok_or_else(|| Error::msg(ErrorCode::InvalidRuleset, m::NO_RULESET_IN_FORCE, &[&date]))
    }
}
