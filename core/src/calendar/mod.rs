//! The working-day calendar (工作日历) and due-date periods (期限).
//!
//! # Working days
//! A working day (工作日) is Monday–Friday, minus the statutory holidays
//! (法定节假日) and plus the weekend days made working days (调休), exactly as
//! each year's 国务院办公厅关于XXXX年部分节假日安排的通知 and the one-off
//! notices set them (the data, with the notice of every entry, is
//! `core/data/holidays.json`; its version is [`Calendar::version`]).
//!
//! # Counting rules
//! - "N个工作日内" counts from the day **after** the triggering date: the start
//!   date is never counted, whether or not it is itself a working day
//!   ([`Calendar::add_working_days`]).
//! - "申报前N个工作日" (Art. 24) is the N-th working day strictly before the
//!   date ([`Calendar::sub_working_days`]).
//! - Calendar-day and month periods follow 民法典 第二百零一条 to 第二百零三条;
//!   see [`Period`] and [`due_date`].
//!
//! # Coverage
//! The data covers [`Calendar::coverage`]. A date outside it — or a result that
//! would fall outside it — is an [`ErrorCode::CalendarOutOfRange`] error, never a
//! guess. Late-December answers of the last covered year are provisional: a later
//! notice can turn a late-December weekend day of the previous year into a working
//! day (Saturday 2018-12-29 became one under the 2019 notice), so answers about
//! late December 2026 may change when the 2027 notice appears. A custom calendar
//! ([`CalendarBuilder`], [`Calendar::from_json_str`]) can add a newly published year
//! without a new release of this crate.
//!
//! # Performance and memory
//! All queries are O(1): the calendar precomputes, for every covered day, whether
//! it is a working day and the number of working days up to it (a prefix count),
//! plus the list of working days in order (select). For 2004–2026 (8,401 days,
//! about 5,700 working days) that is about 8.4 KB of flags, 33.6 KB of prefix
//! counts and 23 KB of working dates (select): roughly 65 KB, shared by every clone
//! of a [`Calendar`] (clones are reference-counted).

mod batch;
mod builder;
mod date_map;
mod estimate;
pub mod explain;
mod file;
mod notice;
mod numerals;
pub(crate) mod period;
mod period_text;
pub(crate) mod provisional;

use crate::prelude::*;
pub use batch::{BatchError, Counts, DateQuery, OnError, NAT};
pub use builder::{CalendarBuilder, DayInfo, DayKind, MAX_COVERAGE_DAYS};
pub(crate) use estimate::estimate;
pub use estimate::Estimate;
pub use file::{calendar_json_schema, Notice, MAX_CALENDAR_JSON_BYTES};
pub use notice::{parse_notice, NoticeDay, ParsedNotice, MAX_NOTICE_CHARS};
pub(crate) use period::end_of_period;
pub use period::{due_date, Direction, Period, PeriodKind, PeriodUnit, MAX_PERIOD_COUNT};
pub use provisional::{PROVISIONAL_BOUND_CALENDAR_DAYS, PROVISIONAL_BOUND_WORKING_DAYS};

use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::calendar as m;
use crate::message::Quoted;
use alloc::sync::Arc;
use chrono::{Datelike, NaiveDate, Weekday};
use once_cell::race::OnceBox;

/// The first and last date a calendar covers (数据覆盖范围), both inclusive.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::Calendar;
/// let c = Calendar::official().coverage();
/// assert_eq!(c.last, NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
/// assert!(c.contains(NaiveDate::from_ymd_opt(2025, 10, 1).unwrap()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
pub struct Coverage {
    /// First covered date.
    pub first: NaiveDate,
    /// Last covered date.
    pub last: NaiveDate,
}

impl Coverage {
    /// Whether `date` lies within the coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let c = Calendar::official().coverage();
    /// assert!(c.contains(NaiveDate::from_ymd_opt(2026, 2, 15).unwrap()));
    /// assert!(!c.contains(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap())); // no 2027 notice yet
    /// ```
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.first <= date && date <= self.last
    }
}

/// A working-day calendar: official data plus any local overrides.
///
/// Cheap to clone (the tables are shared).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::Calendar;
/// let cal = Calendar::official();
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// // 2025-10-01..10-08 National Day and Mid-Autumn Festival; Saturday 10-11 worked.
/// assert_eq!(cal.add_working_days(d("2025-09-30"), 5)?, d("2025-10-14"));
/// assert!(cal.is_working_day(d("2025-09-28"))?); // a Sunday made a working day (调休)
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Calendar {
    inner: Arc<Tables>,
}

impl PartialEq for Calendar {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
            || (self.inner.coverage == other.inner.coverage
                && self.inner.version == other.inner.version
                && self.inner.working == other.inner.working)
    }
}

#[derive(Debug)]
struct Tables {
    coverage: Coverage,
    version: String,
    /// `working[i]`: whether day `first + i` is a working day.
    working: Vec<bool>,
    /// `prefix[i]`: number of working days in `first ..= first + i`.
    prefix: Vec<u32>,
    /// `working_days[k]`: the (k+1)-th working day, as a day number since 1970-01-01 (the
    /// select table of the scalar and the batch queries).
    working_days: Vec<i32>,
    /// `coverage.first` as days from the common era, for O(1) indexing.
    first_ce: i32,
    /// Every day that differs from the Monday–Friday default, or is a named holiday.
    special: date_map::DateMap<file::DayEntry>,
    notices: Vec<Notice>,
    /// Ids of the notices loaded from their text beyond the data the calendar was built from.
    loaded: Vec<String>,
    /// The first day of the provisional years, if any.
    provisional_from: Option<NaiveDate>,
    /// The calendar estimates use (this one with provisional years), built on first use.
    estimates: OnceBox<Option<Calendar>>,
}

/// The official data parsed and the official calendar built from it, once per process: one
/// cell for both (each is a copy of the initialisation code in the `.wasm`). A `OnceBox` (no
/// `std` needed): should two threads build it at once, one result is kept, the other dropped.
fn official_once() -> &'static (Result<CalendarBuilder>, Calendar) {
    static OFFICIAL: OnceBox<(Result<CalendarBuilder>, Calendar)> = OnceBox::new();
    OFFICIAL.get_or_init(|| {
        let data = CalendarBuilder::parse_official();
        let calendar = data
            .clone()
            .and_then(CalendarBuilder::build)
            .unwrap_or_else(|_| Calendar::empty());
        Box::new((data, calendar))
    })
}

impl Calendar {
    /// The official calendar embedded in the crate (State Council notices).
    ///
    /// # Properties
    /// Built once per process and shared. The embedded data is validated by the
    /// crate's tests; should it ever fail to load, the calendar covers no day and
    /// every query is an error (never a guess).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let cal = Calendar::official();
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// assert!(!cal.is_working_day(d("2026-02-16"))?); // 春节
    /// assert!(cal.is_working_day(d("2026-02-14"))?); // Saturday made a working day
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn official() -> Calendar {
        official_once().1.clone()
    }

    fn empty() -> Calendar {
        Calendar {
            inner: Arc::new(Tables {
                coverage: Coverage {
                    first: NaiveDate::MAX,
                    last: NaiveDate::MIN,
                },
                version: "empty".into(),
                working: Vec::new(),
                prefix: Vec::new(),
                working_days: Vec::new(),
                first_ce: 0,
                special: date_map::DateMap::default(),
                notices: Vec::new(),
                loaded: Vec::new(),
                provisional_from: None,
                estimates: OnceBox::new(),
            }),
        }
    }

    /// Loads a custom calendar from JSON (see [`CalendarBuilder::from_json_str`] for the format).
    ///
    /// # Errors
    /// `invalid_json`, `invalid_calendar_data`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let cal = Calendar::from_json_str(
    ///     r#"{"format": 1, "version": "fuling-2026",
    ///         "days": [{"date": "2026-03-02", "type": "holiday", "name": "区级停工日"}]}"#,
    /// )?;
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// assert!(!cal.is_working_day(d("2026-03-02"))?); // the local rest day, on top of...
    /// assert!(!cal.is_working_day(d("2026-02-23"))?); // ...the official data
    /// assert!(cal.version().ends_with("+fuling-2026"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<Calendar> {
        CalendarBuilder::from_json_str(json)?.build()
    }

    /// The first and last covered date.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let c = Calendar::official().coverage();
    /// assert_eq!(c.first, NaiveDate::from_ymd_opt(2004, 1, 1).unwrap());
    /// assert_eq!(c.last, NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
    /// ```
    pub fn coverage(&self) -> Coverage {
        self.inner.coverage
    }

    /// The data version identifier, reported in every result's receipt.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Calendar;
    /// assert!(Calendar::official().version().starts_with("cn-official-"));
    /// ```
    pub fn version(&self) -> &str {
        &self.inner.version
    }

    /// The notices the data comes from.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Calendar;
    /// let cal = Calendar::official();
    /// let n2025 = cal.notices().iter().find(|n| n.id == "2025").unwrap();
    /// assert_eq!(n2025.number.as_deref(), Some("国办发明电〔2024〕12号"));
    /// ```
    pub fn notices(&self) -> &[Notice] {
        &self.inner.notices
    }

    /// The notices loaded from their text ([`Calendar::with_notice`], [`CalendarBuilder::notice`])
    /// beyond the data the calendar started from, in the order loaded.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Calendar;
    /// assert!(Calendar::official().loaded_notices().is_empty());
    /// let cal = Calendar::official()
    ///     .with_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。")?;
    /// assert_eq!(cal.loaded_notices()[0].id, "2027");
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn loaded_notices(&self) -> Vec<&Notice> {
        let t = &self.inner;
        let mut out = Vec::new();
        for id in &t.loaded {
            out.extend(t.notices.iter().find(|n| &n.id == id));
        }
        out
    }

    /// This calendar with a notice's text added (e.g. the next year's notice, pasted the day
    /// it appears): its days replace earlier entries for the same days, the coverage grows
    /// to the end of its year, and the version (hence every receipt) gains `+notice-<id>`.
    ///
    /// # Errors
    /// `notice_unreadable` (naming the sentence and its position), `input_too_large`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{Calendar, ErrorCode};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let text = "国务院办公厅关于2027年部分节假日安排的通知\n\
    ///             一、元旦:1月1日(周五)至3日(周日)放假,共3天。\n\
    ///             二、春节:2月5日至11日放假调休,共7天。2月13日(星期六)上班。";
    /// let cal = Calendar::official().with_notice(text)?;
    /// // Before: out of range. After: 2026-12-31 (Thu), 2027-01-04 (Mon), 01-05 …
    /// assert_eq!(cal.add_working_days(d("2026-12-30"), 2)?, d("2027-01-04"));
    /// assert!(cal.version().ends_with("+notice-2027"));
    /// let err = Calendar::official().with_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:另行通知1月1日。").unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::NoticeUnreadable);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn with_notice(&self, text: &str) -> Result<Calendar> {
        CalendarBuilder::from_calendar(self).notice_text(text).build()
    }

    /// This calendar with a notice already read ([`Calendar::read_notice`], or notice data
    /// read from JSON by [`ParsedNotice::from_json_str`]) added, as [`Calendar::with_notice`]
    /// adds a text: its days replace earlier entries, the coverage grows to the end of its
    /// year, and the version gains `+notice-<id>`. A supplementary notice's days were resolved
    /// against the calendar it was read on, not this one.
    ///
    /// # Errors
    /// `invalid_calendar_data` when the notice leaves a gap after this calendar's data.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{calendar::parse_notice, Calendar};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let n = parse_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。")?;
    /// let cal = Calendar::official().with_parsed_notice(&n)?;
    /// assert_eq!(cal.add_working_days(d("2026-12-30"), 2)?, d("2027-01-04"));
    /// assert_eq!(cal, Calendar::official().with_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。")?);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn with_parsed_notice(&self, parsed: &ParsedNotice) -> Result<Calendar> {
        CalendarBuilder::from_calendar(self).notice(parsed).build()
    }

    fn out_of_range(&self, date: NaiveDate) -> Error {
        let c = self.inner.coverage;
        Error::msg(
            ErrorCode::CalendarOutOfRange,
            m::DATE_OUT_OF_RANGE,
            &[&date, &c.first, &c.last],
        )
    }

    /// Index of `date` in the tables, or the out-of-range error.
    #[inline]
    fn index(&self, date: NaiveDate) -> Result<usize> {
        // NaiveDate's day number cannot overflow i32 arithmetic: both lie within ±262,143 years.
        match usize::try_from(date.num_days_from_ce().wrapping_sub(self.inner.first_ce)) {
            Ok(i) if i < self.inner.prefix.len() => Ok(i),
            _ => Err(self.out_of_range(date)),
        }
    }

    /// Number of working days in `first ..= date` (date must be covered).
    fn count_through(&self, index: usize) -> u32 {
        self.inner.prefix.get(index).copied().unwrap_or(0)
    }

    /// Whether `date` is a working day (工作日).
    ///
    /// # Errors
    /// `calendar_out_of_range` when `date` is outside [`Calendar::coverage`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{Calendar, ErrorCode};
    /// let cal = Calendar::official();
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// assert!(cal.is_working_day(d("2025-09-28"))?); // Sunday, worked (调休)
    /// assert!(!cal.is_working_day(d("2025-10-08"))?); // Wednesday, National Day holiday
    /// assert!(cal.is_working_day(d("2026-01-04"))?); // Sunday, worked
    /// let err = cal.is_working_day(d("2027-01-01")).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::CalendarOutOfRange);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool> {
        let i = self.index(date)?;
        Ok(self.inner.working.get(i).copied().unwrap_or(false))
    }

    /// The `n`-th working day strictly after `date`.
    ///
    /// # Properties
    /// - The start date is never counted, whether or not it is a working day
    ///   ("在N个工作日内" counts from the next day).
    /// - `n = 0` returns `date` unchanged (after checking it is covered).
    /// - O(1): a prefix-count lookup and a select.
    ///
    /// # Errors
    /// `calendar_out_of_range` when `date` or the result is outside the coverage.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use fuling_rules::Calendar;
    /// let cal = Calendar::official();
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // Spring Festival 2020, extended to 02-02 by 国办发明电〔2020〕1号.
    /// assert_eq!(cal.add_working_days(d("2020-01-23"), 1)?, d("2020-02-03"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> Result<NaiveDate> {
        let i = self.index(date)?;
        if n == 0 {
            return Ok(date);
        }
        let k = u64::from(self.count_through(i)) + u64::from(n); // 1-based rank of the answer
        let found = usize::try_from(k - 1).ok().and_then(|k| self.working_date(k));
        found.ok_or_else(|| self.result_out_of_range(date, n, "after"))
    }

    /// The `n`-th working day strictly before `date` (e.g. "申报前10个工作日", Art. 24).
    ///
    /// # Properties
    /// `date` itself is never counted; `n = 0` returns `date` unchanged. O(1).
    ///
    /// # Errors
    /// `calendar_out_of_range` when `date` or the result is outside the coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let cal = Calendar::official();
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // 02-15..02-23 is the Spring Festival; Saturday 02-14 is worked.
    /// assert_eq!(cal.sub_working_days(d("2026-02-24"), 1)?, d("2026-02-14"));
    /// assert_eq!(cal.sub_working_days(d("2025-10-09"), 1)?, d("2025-09-30"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn sub_working_days(&self, date: NaiveDate, n: u32) -> Result<NaiveDate> {
        let i = self.index(date)?;
        if n == 0 {
            return Ok(date);
        }
        let working_here = u32::from(self.inner.working.get(i).copied().unwrap_or(false));
        let before = self.count_through(i) - working_here; // working days strictly before date
        match before.checked_sub(n) {
            Some(k) => match self.working_date(k as usize) {
                Some(d) => Ok(d),
                None => Err(self.result_out_of_range(date, n, "before")),
            },
            None => Err(self.result_out_of_range(date, n, "before")),
        }
    }

    /// The (k+1)-th working day of the data (0-based rank `k`), if there is one.
    fn working_date(&self, k: usize) -> Option<NaiveDate> {
        let day = *self.inner.working_days.get(k)?;
        batch::date_of(i64::from(day))
    }

    fn result_out_of_range(&self, date: NaiveDate, n: u32, dir: &str) -> Error {
        let c = self.inner.coverage;
        let (zh_dir, zh_edge) = if dir == "after" {
            ("之后", c.last)
        } else {
            ("之前", c.first)
        };
        Error::msg(
            ErrorCode::CalendarOutOfRange,
            m::WORKING_DAY_OUT_OF_RANGE,
            &[&date, &zh_dir, &n, &c.first, &c.last, &zh_edge, &dir],
        )
    }

    /// The number of working days `d` with `start < d <= end`.
    ///
    /// # Properties
    /// The start date is not counted and the end date is, so
    /// `working_days_between(d, add_working_days(d, n)?) == n`. `start == end` gives 0.
    ///
    /// # Errors
    /// `calendar_out_of_range` when either date is outside the coverage;
    /// `invalid_input` when `end < start`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let cal = Calendar::official();
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // 10-09, 10-10, Saturday 10-11, 10-13, 10-14.
    /// assert_eq!(cal.working_days_between(d("2025-09-30"), d("2025-10-14"))?, 5);
    /// // Saturday 02-14 and Tuesday 02-24.
    /// assert_eq!(cal.working_days_between(d("2026-02-13"), d("2026-02-24"))?, 2);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn working_days_between(&self, start: NaiveDate, end: NaiveDate) -> Result<u32> {
        let i = self.index(start)?;
        let j = self.index(end)?;
        if j < i {
            return Err(end_before_start(start, end));
        }
        Ok(self.count_through(j) - self.count_through(i))
    }

    /// The first working day on or after `date`.
    ///
    /// # Errors
    /// `calendar_out_of_range` when `date` or the result is outside the coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let cal = Calendar::official();
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// assert_eq!(cal.next_working_day(d("2025-10-01"))?, d("2025-10-09"));
    /// assert_eq!(cal.next_working_day(d("2026-01-01"))?, d("2026-01-04")); // a Sunday, worked
    /// assert_eq!(cal.next_working_day(d("2025-09-30"))?, d("2025-09-30"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn next_working_day(&self, date: NaiveDate) -> Result<NaiveDate> {
        if self.is_working_day(date)? {
            Ok(date)
        } else {
            self.add_working_days(date, 1)
        }
    }

    /// The last working day on or before `date`.
    ///
    /// # Errors
    /// `calendar_out_of_range` when `date` or the result is outside the coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let cal = Calendar::official();
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// assert_eq!(cal.previous_working_day(d("2026-02-23"))?, d("2026-02-14"));
    /// assert_eq!(cal.previous_working_day(d("2025-10-12"))?, d("2025-10-11")); // a Saturday, worked
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn previous_working_day(&self, date: NaiveDate) -> Result<NaiveDate> {
        if self.is_working_day(date)? {
            Ok(date)
        } else {
            self.sub_working_days(date, 1)
        }
    }

    /// What the calendar says about one day: working or not, and why.
    ///
    /// # Errors
    /// `calendar_out_of_range` when `date` is outside the coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{Calendar, DayKind};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let info = Calendar::official().day_info(d("2025-10-11"))?;
    /// assert!(info.working);
    /// assert_eq!(info.kind, DayKind::AdjustedWorkday);
    /// assert_eq!(info.name.as_deref(), Some("国庆节、中秋节"));
    /// assert_eq!(info.notice.as_deref(), Some("2025"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn day_info(&self, date: NaiveDate) -> Result<DayInfo> {
        let working = self.is_working_day(date)?;
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        Ok(match self.inner.special.get(&date) {
            Some(e) => DayInfo {
                date,
                working,
                kind: if working {
                    if weekend {
                        DayKind::AdjustedWorkday
                    } else {
                        DayKind::Weekday
                    }
                } else if e.kind == file::EntryKind::Holiday {
                    DayKind::Holiday
                } else {
                    DayKind::Weekend
                },
                name: e.name.clone(),
                name_en: e.name_en.clone(),
                notice: e.notice.clone(),
                provisional: self.is_provisional(date),
            },
            None => DayInfo {
                date,
                working,
                kind: if weekend { DayKind::Weekend } else { DayKind::Weekday },
                name: None,
                name_en: None,
                notice: None,
                provisional: self.is_provisional(date),
            },
        })
    }

    /// Every non-working day `d` with `start < d < end`, in order, with its reason.
    ///
    /// # Errors
    /// `calendar_out_of_range` when either date is outside the coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{Calendar, DayKind};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let days = Calendar::official().non_working_days_between(d("2025-09-30"), d("2025-10-09"))?;
    /// assert_eq!(days.len(), 8); // 10-01..10-08
    /// assert!(days.iter().all(|x| x.kind == DayKind::Holiday));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn non_working_days_between(&self, start: NaiveDate, end: NaiveDate) -> Result<Vec<DayInfo>> {
        Ok(self.special_days_between(start, end)?.0)
    }

    /// Every weekend day made a working day (调休) `d` with `start < d < end`.
    ///
    /// # Errors
    /// `calendar_out_of_range` when either date is outside the coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let days = Calendar::official().adjusted_workdays_between(d("2026-02-01"), d("2026-03-01"))?;
    /// let dates: Vec<NaiveDate> = days.iter().map(|x| x.date).collect();
    /// assert_eq!(dates, [d("2026-02-14"), d("2026-02-28")]);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn adjusted_workdays_between(&self, start: NaiveDate, end: NaiveDate) -> Result<Vec<DayInfo>> {
        Ok(self.special_days_between(start, end)?.1)
    }

    /// In one pass over `start < d < end`: the non-working days, and the weekend days worked (调休).
    pub(crate) fn special_days_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<(Vec<DayInfo>, Vec<DayInfo>)> {
        let (a, b) = if start <= end { (start, end) } else { (end, start) };
        self.index(a)?;
        self.index(b)?;
        let (mut rest, mut worked) = (Vec::new(), Vec::new());
        for d in a.iter_days().skip(1).take_while(|d| *d < b) {
            let info = self.day_info(d)?;
            if !info.working {
                rest.push(info);
            } else if info.kind == DayKind::AdjustedWorkday {
                worked.push(info);
            }
        }
        Ok((rest, worked))
    }
}

/// The error of an end date before its start date.
fn end_before_start(start: NaiveDate, end: NaiveDate) -> Error {
    Error::msg(ErrorCode::InvalidInput, m::END_BEFORE_START, &[&end, &start])
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar::official()
    }
}

/// Parses a date written strictly as ISO `YYYY-MM-DD` (four-digit year, two-digit month
/// and day, nothing before or after): the one date format of every JSON input and of
/// the bindings' string arguments.
///
/// # Errors
/// [`ErrorCode::InvalidDate`] for any other text and for
/// impossible dates such as `2025-02-30`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{calendar::parse_date, ErrorCode};
/// assert_eq!(parse_date("2025-10-08")?, NaiveDate::from_ymd_opt(2025, 10, 8).unwrap());
/// for bad in ["2025-02-30", "2025-1-8", " 2025-10-08", "+2025-10-08", "2025/10/08", "20251008"] {
///     assert_eq!(parse_date(bad).unwrap_err().code(), ErrorCode::InvalidDate, "{bad}");
/// }
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    crate::text::iso_date(text).ok_or_else(|| {
        let shown: String = text.chars().take(40).collect();
        Error::msg(ErrorCode::InvalidDate, m::DATE_INVALID, &[&Quoted(&shown)])
    })
}

#[cfg(test)]
mod tests;
