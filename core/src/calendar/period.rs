//! Periods (期限) and due dates under 民法典 第二百零一条至第二百零三条.

use super::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::calendar as m;
use crate::prelude::*;
use chrono::{Days, Months, NaiveDate};
use core::fmt;

/// The unit of a period.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{due_date, Calendar, Period, PeriodUnit};
/// let cal = Calendar::official();
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// let start = d("2025-09-30");
/// assert_eq!(Period::working_days(5).unit, PeriodUnit::WorkingDays);
/// assert_eq!(due_date(start, Period::working_days(5), &cal)?, d("2025-10-14"));
/// // 10-05 is a holiday: the deadline rolls to the next working day (民法典 第二百零三条).
/// assert_eq!(due_date(start, Period::days(5), &cal)?, d("2025-10-09"));
/// assert_eq!(due_date(start, Period::months(1), &cal)?, d("2025-10-30"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PeriodUnit {
    /// Working days (N个工作日), counted on the [`Calendar`].
    WorkingDays,
    /// Calendar days (N天 / N日), 民法典 第二百零一条.
    Days,
    /// Months (N个月), 民法典 第二百零二条.
    Months,
}

/// Whether a period runs forward from its trigger date or backward from it.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{due_date, Calendar, Direction, Period};
/// let cal = Calendar::official();
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// // Art. 24: apply 10 working days before declaring on 2025-10-20; 10-01..10-08 are
/// // holidays and Saturday 10-11 is worked.
/// let p = Period::working_days(10).before();
/// assert_eq!(p.direction, Direction::Before);
/// assert_eq!(due_date(d("2025-10-20"), p, &cal)?, d("2025-09-29"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// After the trigger date ("在…之日起N个工作日内").
    #[default]
    After,
    /// Before the trigger date ("申报前10个工作日", Art. 24): the latest permissible date.
    Before,
}

/// Whether the period is a deadline or a minimum duration.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{due_date, Calendar, Period, PeriodKind};
/// let cal = Calendar::official();
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// // Art. 33: a trial run of at least 90 days may end on a holiday (02-18)...
/// let trial = Period::days(90).minimum();
/// assert_eq!(trial.kind, PeriodKind::Minimum);
/// assert_eq!(due_date(d("2025-11-20"), trial, &cal)?, d("2026-02-18"));
/// // ...while a 90-day deadline rolls past the Spring Festival.
/// assert_eq!(due_date(d("2025-11-20"), Period::days(90), &cal)?, d("2026-02-24"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// A time limit ("N内"): the last day on which the act is still in time.
    /// A calendar-day or month deadline whose last day is a rest day ends on the
    /// next working day (民法典 第二百零三条).
    #[default]
    Deadline,
    /// A minimum duration ("不低于N天", Art. 33's trial run): the earliest day on
    /// which the duration is complete. It never rolls.
    Minimum,
}

/// A period: a count of working days, days or months, forward or backward,
/// deadline or minimum (期限).
///
/// # JSON
/// `{"unit": "working_days" | "days" | "months", "count": N, "direction": "after" | "before", "kind": "deadline" | "minimum"}`;
/// `direction` defaults to `after` and `kind` to `deadline`.
///
/// # Example
/// ```
/// use fuling_rules::Period;
/// let p: Period = serde_json::from_str(r#"{"unit":"working_days","count":5}"#)?;
/// assert_eq!(p, Period::working_days(5));
/// assert_eq!(p.to_string(), "5 working days after");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The unit.
    pub unit: PeriodUnit,
    /// How many units.
    pub count: u32,
    /// Forward (default) or backward.
    #[serde(default)]
    pub direction: Direction,
    /// Deadline (default) or minimum duration.
    #[serde(default)]
    pub kind: PeriodKind,
}

/// The largest count a period may have (about 100 years of days).
///
/// # Example
/// ```
/// use fuling_rules::{calendar::MAX_PERIOD_COUNT, ErrorCode, Period};
/// assert!(Period::days(MAX_PERIOD_COUNT).validate().is_ok());
/// let err = Period::days(MAX_PERIOD_COUNT + 1).validate().unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidPeriod);
/// ```
pub const MAX_PERIOD_COUNT: u32 = 36_600;

impl Period {
    /// N working days after (N个工作日内).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{due_date, Calendar, Period};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // 01-01..01-03 off, Sunday 01-04 worked: 01-04, 05, 06, 07, 08.
    /// let due = due_date(d("2026-01-01"), Period::working_days(5), &Calendar::official())?;
    /// assert_eq!(due, d("2026-01-08"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub const fn working_days(count: u32) -> Period {
        Period {
            unit: PeriodUnit::WorkingDays,
            count,
            direction: Direction::After,
            kind: PeriodKind::Deadline,
        }
    }

    /// N calendar days after (N天内).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{due_date, Calendar, Period};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // 10 days from 09-28 end on 10-08, a holiday: the deadline is 10-09.
    /// assert_eq!(due_date(d("2025-09-28"), Period::days(10), &Calendar::official())?, d("2025-10-09"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub const fn days(count: u32) -> Period {
        Period {
            unit: PeriodUnit::Days,
            count,
            direction: Direction::After,
            kind: PeriodKind::Deadline,
        }
    }

    /// N months after (N个月内).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{due_date, Calendar, Period};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // No 02-31: the month's last day, Saturday 02-28, which is worked (调休), so no roll.
    /// assert_eq!(due_date(d("2025-12-31"), Period::months(2), &Calendar::official())?, d("2026-02-28"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub const fn months(count: u32) -> Period {
        Period {
            unit: PeriodUnit::Months,
            count,
            direction: Direction::After,
            kind: PeriodKind::Deadline,
        }
    }

    /// The same period, counted backward from the trigger date.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{due_date, Calendar, Period};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let p = Period::working_days(1).before();
    /// assert_eq!(p.zh(), "前1个工作日");
    /// // The working day before 02-24 is Saturday 02-14 (02-15..02-23 are the Spring Festival).
    /// assert_eq!(due_date(d("2026-02-24"), p, &Calendar::official())?, d("2026-02-14"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub const fn before(mut self) -> Period {
        self.direction = Direction::Before;
        self
    }

    /// The same period, as a minimum duration (never rolls).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{due_date, Calendar, Period};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let p = Period::days(90).minimum();
    /// assert_eq!(p.to_string(), "90 days after (minimum)");
    /// assert_eq!(due_date(d("2025-11-20"), p, &Calendar::official())?, d("2026-02-18"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub const fn minimum(mut self) -> Period {
        self.kind = PeriodKind::Minimum;
        self
    }

    /// Checks the count is within [`MAX_PERIOD_COUNT`].
    ///
    /// # Errors
    /// `invalid_period`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{ErrorCode, Period};
    /// assert!(Period::working_days(60).validate().is_ok());
    /// assert_eq!(Period::days(u32::MAX).validate().unwrap_err().code(), ErrorCode::InvalidPeriod);
    /// ```
    pub fn validate(&self) -> Result<()> {
        if self.count > MAX_PERIOD_COUNT {
            return Err(Error::msg(
                ErrorCode::InvalidPeriod,
                m::PERIOD_COUNT_TOO_LARGE,
                &[&self.count, &MAX_PERIOD_COUNT],
            ));
        }
        Ok(())
    }

    /// Chinese wording, e.g. `5个工作日`, `90天(最短期限)`, `前10个工作日`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Period;
    /// assert_eq!(Period::working_days(5).zh(), "5个工作日");
    /// assert_eq!(Period::working_days(10).before().zh(), "前10个工作日");
    /// assert_eq!(Period::days(90).minimum().zh(), "90天(最短期限)");
    /// ```
    pub fn zh(&self) -> String {
        let unit = match self.unit {
            PeriodUnit::WorkingDays => "个工作日",
            PeriodUnit::Days => "天",
            PeriodUnit::Months => "个月",
        };
        let dir = match self.direction {
            Direction::After => "",
            Direction::Before => "前",
        };
        let kind = match self.kind {
            PeriodKind::Deadline => "",
            PeriodKind::Minimum => "(最短期限)",
        };
        format!("{dir}{}{unit}{kind}", self.count)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match (self.unit, self.count) {
            (PeriodUnit::WorkingDays, 1) => "working day",
            (PeriodUnit::WorkingDays, _) => "working days",
            (PeriodUnit::Days, 1) => "day",
            (PeriodUnit::Days, _) => "days",
            (PeriodUnit::Months, 1) => "month",
            (PeriodUnit::Months, _) => "months",
        };
        let dir = match self.direction {
            Direction::After => "after",
            Direction::Before => "before",
        };
        let kind = match self.kind {
            PeriodKind::Deadline => "",
            PeriodKind::Minimum => " (minimum)",
        };
        write!(f, "{} {unit} {dir}{kind}", self.count)
    }
}

/// The date a period ends: a due date (deadline) or the earliest completion date (minimum).
///
/// # Properties
/// - **Working days**: the `count`-th working day after (or before) `start`; the
///   start date is never counted ([`Calendar::add_working_days`], [`Calendar::sub_working_days`]).
/// - **Days** — 民法典 第二百零一条: "按照年、月、日计算期间的,开始的当日不计入,自下一日开始计算":
///   `start + count` days.
/// - **Months** — 民法典 第二百零二条: "按照年、月计算期间的,到期月的对应日为期间的最后一日;
///   没有对应日的,月末日为期间的最后一日": 2024-01-31 + 1 month is 2024-02-29 and
///   2023-01-31 + 1 month is 2023-02-28. Month arithmetic is therefore not
///   reversible: 2024-02-29 − 1 month is 2024-01-29, not 01-31.
/// - **Deadlines roll forward** — 民法典 第二百零三条: "期间的最后一日是法定休假日的,以法定休假日结束的次日为期间的最后一日".
///   法定休假日 covers the weekly rest days as well as the statutory holidays, so a
///   calendar-day or month deadline ending on a rest day moves to the next working
///   day (2025-09-01 + 1 month → 2025-10-01 → 2025-10-09), while a weekend day made a
///   working day (调休) does not move (2025-12-31 + 2 months → Saturday 2026-02-28, worked).
///   A backward calendar deadline ending on a rest day moves to the previous working day
///   (the library's reading: the act must fall on a working day before the trigger).
/// - **Minimum durations never roll**, and need no calendar data: a trial run
///   started 2025-11-20 may end on 2026-02-18 (90 days) although that day is a holiday.
///
/// # Errors
/// `calendar_out_of_range` when the calendar is needed and a date is outside its
/// coverage; `invalid_period` for a count above [`MAX_PERIOD_COUNT`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{due_date, Calendar, Period};
/// let cal = Calendar::official();
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// // Raw end Saturday 2025-10-18 is a rest day: the deadline moves to Monday 10-20.
/// assert_eq!(due_date(d("2025-09-18"), Period::months(1), &cal)?, d("2025-10-20"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn due_date(start: NaiveDate, period: Period, calendar: &Calendar) -> Result<NaiveDate> {
    Ok(end_of_period(start, period, calendar)?.due)
}

impl Calendar {
    /// [`due_date`] on this calendar (as the other calendar queries are called).
    ///
    /// # Errors
    /// As [`due_date`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{Calendar, Period};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // 5 working days after Friday 2025-09-26: Sunday 09-28 (调休, worked), 09-29, 09-30, then
    /// // 10-09 and 10-10 after the National Day holiday (10-01..10-08).
    /// assert_eq!(Calendar::official().due_date(d("2025-09-26"), Period::working_days(5))?, d("2025-10-10"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn due_date(&self, start: NaiveDate, period: Period) -> Result<NaiveDate> {
        due_date(start, period, self)
    }
}

/// The unrolled end of a calendar period and the end after 民法典 第二百零三条.
pub(crate) struct PeriodEnd {
    /// The date the counting reaches, before any roll (`None` for working days).
    pub raw: Option<NaiveDate>,
    /// The final date.
    pub due: NaiveDate,
}

pub(crate) fn end_of_period(start: NaiveDate, period: Period, calendar: &Calendar) -> Result<PeriodEnd> {
    period.validate()?;
    let n = period.count;
    let overflow = || {
        Error::msg(
            ErrorCode::CalendarOutOfRange,
            m::PERIOD_END_UNREPRESENTABLE,
            &[&start, &period.zh(), &period],
        )
    };
    let raw = match (period.unit, period.direction) {
        (PeriodUnit::WorkingDays, Direction::After) => {
            return Ok(PeriodEnd {
                raw: None,
                due: calendar.add_working_days(start, n)?,
            })
        }
        (PeriodUnit::WorkingDays, Direction::Before) => {
            return Ok(PeriodEnd {
                raw: None,
                due: calendar.sub_working_days(start, n)?,
            })
        }
        (PeriodUnit::Days, Direction::After) => start.checked_add_days(Days::new(n.into())),
        (PeriodUnit::Days, Direction::Before) => start.checked_sub_days(Days::new(n.into())),
        (PeriodUnit::Months, Direction::After) => start.checked_add_months(Months::new(n)),
        (PeriodUnit::Months, Direction::Before) => start.checked_sub_months(Months::new(n)),
    }
    .ok_or_else(overflow)?;
    let due = match (period.kind, period.direction) {
        (PeriodKind::Minimum, _) => raw,
        (PeriodKind::Deadline, Direction::After) => calendar.next_working_day(raw)?,
        (PeriodKind::Deadline, Direction::Before) => calendar.previous_working_day(raw)?,
    };
    Ok(PeriodEnd { raw: Some(raw), due })
}
