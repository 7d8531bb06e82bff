//! Why a date is what it is (期限计算说明).
//!
//! An [`Explanation`] is a stable, versioned serde structure (`"schema": 1`)
//! naming the rule and article, the start date, the period, the non-working
//! days skipped and the adjusted working days (调休) worked, and the result;
//! [`Explanation::sentence_zh`] and [`Explanation::sentence_en`] render it.

use crate::calendar::{end_of_period, Calendar, DayInfo, DayKind, Period, PeriodUnit};
use crate::citation::Citation;
use crate::error::Result;
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::calendar as m;
use crate::prelude::*;
use chrono::{Datelike, NaiveDate};

/// Current schema version of [`Explanation`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{calendar::explain::EXPLANATION_SCHEMA, explain_due_date, Calendar, Period};
/// let start = NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
/// let e = explain_due_date(start, Period::working_days(5), &Calendar::official())?;
/// assert_eq!(e.schema, EXPLANATION_SCHEMA);
/// assert_eq!(serde_json::to_value(&e).unwrap()["schema"], 1);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub const EXPLANATION_SCHEMA: u32 = 1;

/// Why a due date is what it is.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{explain_due_date, Art, Calendar, Period};
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// let e = explain_due_date(d("2025-09-30"), Period::working_days(5), &Calendar::official())?
///     .with_article(Art::new(19).item(2));
/// assert_eq!(e.due, d("2025-10-14"));
/// assert!(e.sentence_en().contains("Saturday 10-11 worked"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct Explanation {
    /// Schema version (1).
    pub schema: u32,
    /// The rule's identifier in the ruleset, when the period comes from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The article that sets the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Citation>,
    /// The trigger date (not counted).
    pub start: NaiveDate,
    /// The period.
    pub period: Period,
    /// For day and month periods: the day the counting reaches before 民法典 第二百零三条.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_end: Option<NaiveDate>,
    /// Non-working days skipped: between start and due for working-day periods;
    /// from the raw end up to the due date for a rolled deadline.
    pub skipped: Vec<DayInfo>,
    /// Weekend days worked (调休) inside the counted span of a working-day period.
    pub worked: Vec<DayInfo>,
    /// The resulting date.
    pub due: NaiveDate,
    /// The calendar data version used.
    pub calendar_version: String,
    /// The first provisional day the answer relied on, when the span reaches into a
    /// provisional year ([`Calendar::official_provisional_until`]). Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provisional_from: Option<NaiveDate>,
    /// The explanation as one Chinese sentence ([`Explanation::sentence_zh`]), rendered
    /// when the explanation is built (and again by `with_article`), so the
    /// JSON carries it on every target.
    pub sentence_zh: String,
    /// The explanation as one English sentence ([`Explanation::sentence_en`]), rendered
    /// like `sentence_zh`.
    pub sentence_en: String,
}

/// Computes a due date and explains it.
///
/// # Errors
/// As [`crate::due_date`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{explain_due_date, Calendar, Period};
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// // 5 days from 09-30 reach 10-05, a holiday; 10-05..10-08 are skipped (民法典 第二百零三条).
/// let e = explain_due_date(d("2025-09-30"), Period::days(5), &Calendar::official())?;
/// assert_eq!(e.raw_end, Some(d("2025-10-05")));
/// assert_eq!(e.due, d("2025-10-09"));
/// assert_eq!(e.skipped.len(), 4);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn explain_due_date(start: NaiveDate, period: Period, calendar: &Calendar) -> Result<Explanation> {
    explain_cited(start, period, calendar, None)
}

impl Calendar {
    /// [`explain_due_date`] on this calendar.
    ///
    /// # Errors
    /// As [`crate::due_date`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{Calendar, Period};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // 5 days from 09-30 reach 10-05, a holiday; the deadline rolls to 10-09 (民法典 第二百零三条).
    /// assert_eq!(Calendar::official().explain_due_date(d("2025-09-30"), Period::days(5))?.due, d("2025-10-09"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn explain_due_date(&self, start: NaiveDate, period: Period) -> Result<Explanation> {
        explain_due_date(start, period, self)
    }
}

/// [`explain_due_date`] citing `article`, its sentences rendered once (a status explains every
/// obligation: rendering before and again after [`Explanation::with_article`] doubled the work).
pub(crate) fn explain_cited(
    start: NaiveDate,
    period: Period,
    calendar: &Calendar,
    article: Option<Citation>,
) -> Result<Explanation> {
    let end = end_of_period(start, period, calendar)?;
    let (skipped, worked) = match end.raw {
        None => calendar.special_days_between(start, end.due)?,
        Some(raw) if raw != end.due => {
            // Rolled: raw end itself and each rest day up to (not including) the due date.
            let (a, b) = if raw < end.due { (raw, end.due) } else { (end.due, raw) };
            let mut days = vec![calendar.day_info(raw)?];
            days.extend(calendar.non_working_days_between(a, b)?);
            // `non_working_days_between` is strictly between `a` and `b`, so `raw` (one of
            // them) is not in it twice: no dedup needed.
            crate::sort::sort_by_key(&mut days, |d| d.date);
            (days, Vec::new())
        }
        Some(_) => (Vec::new(), Vec::new()),
    };
    Ok(Explanation {
        schema: EXPLANATION_SCHEMA,
        rule: None,
        article,
        start,
        period,
        raw_end: end.raw,
        skipped,
        worked,
        due: end.due,
        calendar_version: calendar.version().to_owned(),
        provisional_from: super::provisional::used_from(calendar, start, end.raw.unwrap_or(end.due).max(end.due)),
        sentence_zh: String::new(),
        sentence_en: String::new(),
    }
    .rendered())
}

const WEEKDAY_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const WEEKDAY_ZH: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

fn md(d: NaiveDate) -> String {
    format!("{:02}-{:02}", d.month(), d.day())
}

/// Groups consecutive days with the same name into runs.
fn runs(days: &[DayInfo]) -> Vec<(NaiveDate, NaiveDate, &DayInfo)> {
    let mut out: Vec<(NaiveDate, NaiveDate, &DayInfo)> = Vec::new();
    for d in days {
        if let Some(last) = out.last_mut() {
            if last.1.succ_opt() == Some(d.date) && last.2.name == d.name && last.2.kind == d.kind {
                last.1 = d.date;
                continue;
            }
        }
        out.push((d.date, d.date, d));
    }
    out
}

fn describe_en(days: &[DayInfo]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (a, b, info) in runs(days) {
        parts.push({
            let wd = WEEKDAY_EN
                .get(a.weekday().num_days_from_monday() as usize)
                .copied()
                .unwrap_or("");
            // A worked weekend day (调休) is named by its weekday alone: "Saturday 10-11 worked".
            let label = match (&info.name_en, &info.name, info.kind) {
                (_, _, DayKind::AdjustedWorkday) => String::new(),
                (Some(n), _, _) => format!(" ({n})"),
                (None, Some(n), _) => format!(" ({n})"),
                _ => String::new(),
            };
            if a == b {
                if info.kind == DayKind::Weekend || info.kind == DayKind::AdjustedWorkday {
                    format!("{wd} {}{label}", md(a))
                } else {
                    format!("{}{label}", md(a))
                }
            } else {
                format!("{}..{}{label}", md(a), md(b))
            }
        });
    }
    join_en(&parts)
}

fn join_en(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", crate::text::join(init, ", ")),
    }
}

fn describe_zh(days: &[DayInfo]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (a, b, info) in runs(days) {
        parts.push({
            let wd = WEEKDAY_ZH
                .get(a.weekday().num_days_from_monday() as usize)
                .copied()
                .unwrap_or("");
            let label = match info.kind {
                // Listed under "调休上班日": no label of its own.
                DayKind::AdjustedWorkday => String::new(),
                _ => info.name.as_ref().map(|n| format!("({n})")).unwrap_or_default(),
            };
            if a == b {
                format!("{wd}{}{label}", md(a))
            } else {
                format!("{}至{}{label}", md(a), md(b))
            }
        });
    }
    crate::text::join(&parts, "、")
}

impl Explanation {
    /// The same explanation, naming the article that sets the period.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{explain_due_date, Art, Calendar, Period};
    /// let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let e = explain_due_date(start, Period::working_days(5), &Calendar::official())?.with_article(Art::new(42));
    /// assert_eq!(e.article, Some(Art::new(42)));
    /// assert!(e.sentence_en().starts_with("5 working days after 2026-01-01 per Art. 42"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn with_article(mut self, article: Citation) -> Self {
        self.article = Some(article);
        self.rendered()
    }

    /// The same explanation, naming the ruleset rule.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{explain_due_date, Calendar, Ruleset};
    /// let rule = Ruleset::default().deregistration_completion;
    /// let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let e = explain_due_date(start, rule.period, &Calendar::official())?.with_rule("deregistration_completion");
    /// assert_eq!(e.rule.as_deref(), Some("deregistration_completion"));
    /// assert_eq!(e.due, NaiveDate::from_ymd_opt(2026, 1, 8).unwrap()); // Sunday 01-04 worked
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn with_rule(mut self, rule: &str) -> Self {
        self.rule = Some(rule.to_owned());
        self // the sentences do not name the rule
    }

    /// Renders the `sentence_zh` and `sentence_en` fields from the others.
    fn rendered(mut self) -> Self {
        (self.sentence_zh, self.sentence_en) = self.sentences();
        self
    }

    /// Both sentences, `(zh, en)`: one row of the message catalogue, whose parts (the
    /// article, the days skipped and worked, the provisional note) are rows of their own.
    fn sentences(&self) -> (String, String) {
        let per = self
            .article
            .map(|a| m::EXPLAIN_PER_ARTICLE.pair(&[&a.zh(), &a]))
            .unwrap_or_default();
        let dir = match self.period.direction {
            crate::calendar::Direction::After => "之后",
            crate::calendar::Direction::Before => "之前",
        };
        let unit = match self.period.unit {
            PeriodUnit::WorkingDays => "个工作日",
            PeriodUnit::Days => "天",
            PeriodUnit::Months => "个月",
        };
        let nth = if self.period.unit == PeriodUnit::WorkingDays {
            "第"
        } else {
            ""
        };
        // Each description written once, whichever sentence uses it (smaller code than a
        // call per use; benches/README.md, WASM).
        let skipped = (describe_zh(&self.skipped), describe_en(&self.skipped));
        let details = match (self.period.unit, self.raw_end) {
            (PeriodUnit::WorkingDays, _) | (_, None) => {
                let worked = (describe_zh(&self.worked), describe_en(&self.worked));
                match (self.skipped.is_empty(), self.worked.is_empty()) {
                    (true, true) => (String::new(), String::new()),
                    (false, true) => m::EXPLAIN_SKIPPED.pair(&[&skipped.0, &skipped.1]),
                    (true, false) => m::EXPLAIN_WORKED.pair(&[&worked.0, &worked.1]),
                    (false, false) => {
                        m::EXPLAIN_SKIPPED_AND_WORKED.pair(&[&skipped.0, &worked.0, &skipped.1, &worked.1])
                    }
                }
            }
            (_, Some(raw)) if raw != self.due => m::EXPLAIN_ENDS_ON_REST_DAY.pair(&[&raw, &skipped.0, &skipped.1]),
            (_, Some(raw)) => m::EXPLAIN_ENDS_ON.pair(&[&raw]),
        };
        let provisional = self.provisional_from.map(super::provisional::note).unwrap_or_default();
        m::EXPLANATION.pair(&[
            &per.0,
            &self.start,
            &dir,
            &nth,
            &self.period.count,
            &unit,
            &details.0,
            &self.due,
            &provisional.0,
            &self.period,
            &per.1,
            &details.1,
            &provisional.1,
        ])
    }

    /// The explanation as one English sentence, e.g. "5 working days after
    /// 2025-09-30 per Art. 19(2): 10-01..10-08 (National Day and Mid-Autumn
    /// Festival) and Sunday 10-12 skipped, Saturday 10-11 worked → 2025-10-14".
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{explain_due_date, Art, Calendar, Period};
    /// let start = NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
    /// let e = explain_due_date(start, Period::working_days(5), &Calendar::official())?.with_article(Art::new(19).item(2));
    /// let s = e.sentence_en();
    /// assert!(s.starts_with("5 working days after 2025-09-30 per Art. 19(2): "));
    /// assert!(s.ends_with(" → 2025-10-14"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn sentence_en(&self) -> String {
        self.sentences().1
    }

    /// The explanation as one Chinese sentence.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{explain_due_date, Art, Calendar, Period};
    /// let start = NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
    /// let e = explain_due_date(start, Period::working_days(5), &Calendar::official())?.with_article(Art::new(19).item(2));
    /// let s = e.sentence_zh();
    /// assert!(s.starts_with("依据第十九条第(二)项,2025-09-30 之后第5个工作日(起始日不计入)"));
    /// assert!(s.contains("调休上班日")); // Saturday 10-11
    /// assert!(s.ends_with(" → 2025-10-14"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn sentence_zh(&self) -> String {
        self.sentences().0
    }
}
