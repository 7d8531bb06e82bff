//! Estimates (估计): a due date on the provisional calendar, for a deadline that the strict
//! calendar cannot answer because it runs past the last loaded notice.

use super::explain::{explain_cited, Explanation};
use super::{provisional, Calendar, Period};
use crate::citation::Citation;
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::prelude::*;
use chrono::NaiveDate;

/// A provisional due date with what it rests on and how far it may move.
///
/// Given by a status beside `due: null` and its `calendar_out_of_range` error, never in place
/// of them: the official answer is still unknown.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Calendar, Project, ProjectKind, Ruleset};
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// let mut p = Project::new("FL-2026-049", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2026-09-01"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2026-09-01", "amount": "80万元"}"#)?;
/// p.apply_json(r#"{"type": "lead_department_reviewed", "date": "2026-09-02"}"#)?;
/// p.apply_json(r#"{"type": "preliminary_funding_plan_set", "date": "2026-10-15"}"#)?;
/// let s = p.status(d("2026-10-16"), &Calendar::official(), &Ruleset::default())?;
/// let o = &s.obligations[0]; // 第十九条(三): 60 working days, past 2026-12-31
/// assert_eq!(o.due, None);
/// assert_eq!(o.error.as_ref().unwrap().code, "calendar_out_of_range");
/// let e = o.estimate.as_ref().unwrap();
/// // 55 working days to 12-31, then Fri 2027-01-01 元旦 (provisional), 01-04..01-08.
/// assert_eq!(e.due, d("2027-01-08"));
/// assert!(e.basis_en.contains("may move by up to 3 working days (10 calendar days) when the 2027 notice is published"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct Estimate {
    /// The provisional due date.
    pub due: NaiveDate,
    /// What it rests on and how far it may move, in Chinese.
    pub basis_zh: String,
    /// The same in English.
    pub basis_en: String,
    /// The computation on the provisional calendar (its `provisional_from` says from which day).
    pub explanation: Explanation,
}

impl Calendar {
    /// The calendar estimates use: this one with provisional years through the end of the
    /// lunar table; `None` when it already has provisional years. Built once per calendar
    /// (kept beside its tables), not once per obligation.
    pub(crate) fn for_estimates(&self) -> Option<Calendar> {
        if self.provisional_from().is_some() {
            return None;
        }
        self.inner
            .estimates
            .get_or_init(|| {
                Box::new(provisional::lunar_years().and_then(|(_, until)| self.with_provisional_until(until).ok()))
            })
            .clone()
    }
}

/// The estimate of `period` from `start` on `calendar` with provisional years, when the span
/// reaches into them; `None` when no estimate can be made (the calendar is already provisional,
/// or the dates lie beyond the lunar table). The explanation cites `article`.
pub(crate) fn estimate(start: NaiveDate, period: Period, calendar: &Calendar, article: Citation) -> Option<Estimate> {
    let cal = calendar.for_estimates()?;
    let explanation = explain_cited(start, period, &cal, Some(article)).ok()?;
    let from = explanation.provisional_from?;
    let (basis_zh, basis_en) = provisional::basis(from);
    Some(Estimate {
        due: explanation.due,
        basis_zh,
        basis_en,
        explanation,
    })
}

#[cfg(test)]
mod tests {
    use crate::{Calendar, Project, ProjectKind, Ruleset};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn project(plan_set: &str) -> Project {
        let mut p = Project::new("FL-2026-049", ProjectKind::Development);
        for e in [
            r#"{"type": "ledgered", "date": "2026-09-01"}"#.to_owned(),
            r#"{"type": "funding_plan_submitted", "date": "2026-09-01", "amount": "80万元"}"#.to_owned(),
            r#"{"type": "lead_department_reviewed", "date": "2026-09-02"}"#.to_owned(),
            format!(r#"{{"type": "preliminary_funding_plan_set", "date": "{plan_set}"}}"#),
        ] {
            p.apply_json(&e).unwrap();
        }
        p
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn strict_calendar_keeps_the_error_and_adds_the_estimate() {
        // 60 working days after Thu 2026-10-15: 55 to 2026-12-31 (hand count in
        // provisional::tests::provisional_answers_say_so), then Fri 01-01 元旦, 01-04..01-08.
        let s = project("2026-10-15")
            .status(d("2026-10-16"), &Calendar::official(), &Ruleset::default())
            .unwrap();
        let o = &s.obligations[0];
        assert_eq!((o.due, o.overdue, o.provisional), (None, false, false));
        assert_eq!(o.error.as_ref().unwrap().code, "calendar_out_of_range");
        let e = o.estimate.as_ref().unwrap();
        assert_eq!(e.due, d("2027-01-08"));
        assert_eq!(e.explanation.provisional_from, Some(d("2027-01-01")));
        assert_eq!(e.explanation.rule.as_deref(), Some("development_plan_submission"));
        assert!(e.basis_zh.contains("可能变动最多3个工作日"), "{}", e.basis_zh);
        assert!(e.basis_en.contains("2024 revision"), "{}", e.basis_en);
        let v = serde_json::to_value(o).unwrap();
        assert_eq!(v["due"], serde_json::Value::Null);
        assert_eq!(v["estimate"]["due"], "2027-01-08");
        let keys: Vec<&str> = v["estimate"].as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 4);
        for k in ["due", "basis_zh", "basis_en", "explanation"] {
            assert!(keys.contains(&k), "{k}");
        }
        assert!(v.get("provisional").is_none());
    }

    #[test]
    fn in_range_obligations_have_no_estimate() {
        // 60 working days after 2026-09-03 end within 2026 (about twelve weeks and 国庆): no estimate.
        let s = project("2026-09-03")
            .status(d("2026-09-04"), &Calendar::official(), &Ruleset::default())
            .unwrap();
        let v = serde_json::to_value(&s.obligations[0]).unwrap();
        assert!(v.get("estimate").is_none() && v.get("provisional").is_none());
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn a_provisional_calendar_fills_due_and_says_provisional() {
        let cal = Calendar::official_provisional_until(2035).unwrap();
        let s = project("2026-10-15")
            .status(d("2026-10-16"), &cal, &Ruleset::default())
            .unwrap();
        let o = &s.obligations[0];
        assert_eq!(o.due, Some(d("2027-01-08")));
        assert!(o.provisional && o.error.is_none() && o.estimate.is_none());
        assert!(s.receipt.calendar_version.ends_with("+provisional-2027-2035"));
        assert!(o.explanation.as_ref().unwrap().sentence_en().contains("provisional"));
        // As of 2027-01-11 it is overdue, provisionally.
        let s = project("2026-10-15")
            .status(d("2027-01-11"), &cal, &Ruleset::default())
            .unwrap();
        assert!(s.obligations[0].overdue);
    }
}
