//! The builder that turns calendar data (the official file, custom calendars, notices
//! and provisional years; the format is in `file.rs`) into O(1) tables.

use super::date_map::DateMap;
use super::file::{invalid, official_file, parse_file, CalendarFile, DayEntry, EntryKind, Notice};
use super::{batch, Calendar, Coverage, Tables};
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::calendar as m;
use crate::prelude::*;
use alloc::sync::Arc;
use chrono::{Datelike, NaiveDate, Weekday};

/// The longest span a calendar may cover, in days (about 200 years), bounding memory.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{calendar::MAX_COVERAGE_DAYS, CalendarBuilder, ErrorCode};
/// let d = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let err = CalendarBuilder::empty().first(d(1900)).last(d(2200)).build().unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidCalendarData);
/// assert!((d(2027) - d(2004)).num_days() < MAX_COVERAGE_DAYS); // the official span
/// ```
pub const MAX_COVERAGE_DAYS: i64 = 73_050;

/// How a day is classified, and why.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Calendar, DayKind};
/// let cal = Calendar::official();
/// let kind = |s: &str| cal.day_info(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()).map(|i| i.kind);
/// assert_eq!(kind("2025-10-09")?, DayKind::Weekday);
/// assert_eq!(kind("2025-10-12")?, DayKind::Weekend);
/// assert_eq!(kind("2025-10-01")?, DayKind::Holiday);
/// assert_eq!(kind("2025-09-28")?, DayKind::AdjustedWorkday);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// An ordinary Monday–Friday working day.
    Weekday,
    /// An ordinary Saturday or Sunday (休息日).
    Weekend,
    /// A rest day of a statutory holiday period (法定节假日).
    Holiday,
    /// A Saturday or Sunday made a working day (调休上班).
    AdjustedWorkday,
}

/// What the calendar says about one day.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Calendar, DayKind};
/// let info = Calendar::official().day_info(NaiveDate::from_ymd_opt(2026, 2, 17).unwrap())?;
/// assert!(!info.working);
/// assert_eq!(info.kind, DayKind::Holiday);
/// assert_eq!(info.name.as_deref(), Some("春节"));
/// assert_eq!(info.name_en.as_deref(), Some("Spring Festival"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct DayInfo {
    /// The day.
    pub date: NaiveDate,
    /// Whether it is a working day.
    pub working: bool,
    /// Its classification.
    pub kind: DayKind,
    /// The holiday's Chinese name (e.g. 国庆节、中秋节), for listed days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The holiday's English name, for listed days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// The id of the notice that sets this day, for listed days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    /// Whether the day lies in a provisional year (no notice loaded: the statutory holidays
    /// and 第六条 补假 only, no 调休), so a later notice may change it. Absent when false.
    #[serde(default, skip_serializing_if = "core::ops::Not::not")]
    pub provisional: bool,
}

/// Builds a [`Calendar`] from the official data plus local changes (自定义日历).
///
/// # JSON format (`Calendar::from_json_str`)
/// ```json
/// {
///   "format": 1,
///   "base": "official",
///   "version": "fuling-local-2027",
///   "last": "2027-12-31",
///   "notices": [{"id": "2027", "title": "国务院办公厅关于2027年部分节假日安排的通知"}],
///   "days": [
///     {"date": "2027-01-01", "type": "holiday", "name": "元旦", "notice": "2027"},
///     {"date": "2026-12-26", "type": "workday", "name": "元旦", "notice": "2027"},
///     {"date": "2025-05-06", "type": "regular"}
///   ]
/// }
/// ```
/// - `format`: must be `1`.
/// - `base`: `"official"` (start from the embedded data) or `"none"` (start empty;
///   then `first` and `last` are required). Default `"official"`.
/// - `first`, `last`: change the coverage. Days added beyond the official coverage
///   follow the Monday–Friday default except for the listed days: extend coverage
///   only when the year's notice is entered in `days`.
/// - `days[].type`: `holiday` (a rest day, any weekday), `workday` (a Saturday or
///   Sunday worked, 调休), `regular` (back to the default, removing an entry).
/// - The resulting version is `"<official version>+<version>"` (or `version` alone
///   with base `none`), so results name the data they used.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::CalendarBuilder;
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// let cal = CalendarBuilder::official()
///     .holiday(d("2025-06-03"), "区级停工日")
///     .version("local-1")
///     .build()?;
/// assert!(!cal.is_working_day(d("2025-06-03"))?);
/// assert!(cal.version().ends_with("+local-1"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct CalendarBuilder {
    pub(super) base_version: Option<String>,
    version: Option<String>,
    first: Option<NaiveDate>,
    pub(super) last: Option<NaiveDate>,
    pub(super) notices: Vec<Notice>,
    pub(super) days: DateMap<DayEntry>,
    /// Ids of the notices loaded from their text (beyond the data the builder started from).
    loaded: Vec<String>,
    /// Provisional years through this one ([`CalendarBuilder::provisional_until`]).
    pub(super) provisional_until: Option<i32>,
    pub(super) error: Option<Error>,
}

impl CalendarBuilder {
    /// A builder starting from the official data.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Calendar, CalendarBuilder};
    /// assert_eq!(CalendarBuilder::official().build()?, Calendar::official());
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn official() -> CalendarBuilder {
        Self::official_data().unwrap_or_else(|e| CalendarBuilder {
            error: Some(e),
            ..Self::empty()
        })
    }

    /// A builder with no data at all; set `first` and `last`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::CalendarBuilder;
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let cal = CalendarBuilder::empty()
    ///     .first(d("2027-01-01"))
    ///     .last(d("2027-12-31"))
    ///     .holiday(d("2027-01-01"), "元旦")
    ///     .version("draft-2027")
    ///     .build()?;
    /// assert_eq!(cal.version(), "draft-2027");
    /// assert!(!cal.is_working_day(d("2027-01-01"))?);
    /// assert!(cal.is_working_day(d("2027-01-04"))?); // a Monday
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn empty() -> CalendarBuilder {
        CalendarBuilder {
            base_version: None,
            version: None,
            first: None,
            last: None,
            notices: Vec::new(),
            days: DateMap::default(),
            loaded: Vec::new(),
            provisional_until: None,
            error: None,
        }
    }

    /// A builder holding a calendar's data, to add to it.
    /// A calendar with provisional years gives back its notices' data only, and the
    /// provisional years to rebuild after it (so a notice added later replaces them).
    pub(crate) fn from_calendar(calendar: &Calendar) -> CalendarBuilder {
        let t = &calendar.inner;
        let (days, last, provisional_until) = match t.provisional_from {
            Some(p) => {
                // The days before `p`.
                let mut days = DateMap::default();
                for (d, e) in t.special.iter().take_while(|(d, _)| *d < p) {
                    days.push_last(*d, e.clone());
                }
                (days, p.pred_opt(), Some(t.coverage.last.year()))
            }
            None => (t.special.clone(), Some(t.coverage.last), None),
        };
        // The version without its `+provisional-…` part: build() adds it back.
        let base_version = match crate::text::split_once(&t.version, "+provisional-") {
            Some((base, rest)) if provisional_until.is_some() => {
                let after = rest.split_once('+').map(|(_, r)| format!("+{r}")).unwrap_or_default();
                format!("{base}{after}")
            }
            _ => t.version.clone(),
        };
        CalendarBuilder {
            base_version: Some(base_version),
            version: None,
            first: Some(t.coverage.first),
            last,
            notices: t.notices.clone(),
            days,
            loaded: t.loaded.clone(),
            provisional_until,
            error: None,
        }
    }

    /// Adds a notice read from its text ([`super::parse_notice`]): its record, and its days,
    /// which replace any earlier entry for the same day. The coverage grows to the end of
    /// the notice's year; the version gains `+notice-<id>`, so receipts name it.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{calendar::parse_notice, CalendarBuilder};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let draft = "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。";
    /// let cal = CalendarBuilder::official().notice(&parse_notice(draft)?).build()?;
    /// assert_eq!(cal.coverage().last, d("2027-12-31"));
    /// assert_eq!(cal.next_working_day(d("2027-01-01"))?, d("2027-01-04"));
    /// assert!(cal.version().ends_with("+notice-2027"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn notice(mut self, parsed: &super::ParsedNotice) -> Self {
        let record = parsed.notice.clone();
        let id = record.id.clone();
        self.notices.retain(|n| n.id != id);
        self.notices.push(record);
        if let (Some(last), Some(end)) = (self.last, parsed.year_end()) {
            let start = NaiveDate::from_ymd_opt(end.year(), 1, 1).unwrap_or(end);
            if start.pred_opt().is_some_and(|before| before > last) {
                // Years between the data and this notice would be read as plain Monday–Friday weeks.
                self.error
                    .get_or_insert_with(|| invalid(m::NOTICE_LEAVES_GAP, &[&end.year(), &last]));
            }
            if end > last {
                self.last = Some(end);
            }
            // A notice covering the provisional years ends them.
            if self.provisional_until.is_some_and(|y| y <= end.year()) {
                self.provisional_until = None;
            }
        }
        for e in parsed.entries() {
            if let Err(err) = self.insert(e) {
                self.error.get_or_insert(err);
            }
        }
        self.base_version = Some(match self.base_version.take() {
            Some(b) => format!("{b}+notice-{id}"),
            None => format!("notice-{id}"),
        });
        self.loaded.retain(|n| *n != id);
        self.loaded.push(id);
        self
    }

    /// Reads a notice's text against the data built so far (so a supplementary notice
    /// finds the holiday it extends) and adds it as [`CalendarBuilder::notice`] does.
    /// A text that cannot be read is the error of [`CalendarBuilder::build`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{CalendarBuilder, ErrorCode};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let cal = CalendarBuilder::official()
    ///     .notice_text("国务院办公厅关于2027年部分节假日安排的通知\n二、春节:2月5日至11日放假调休,共7天。2月13日(星期六)上班。")
    ///     .build()?;
    /// assert!(cal.is_working_day(d("2027-02-13"))?);
    /// let err = CalendarBuilder::official().notice_text("一、元旦:1月1日放假。").build().unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::NoticeUnreadable); // no title: the year is unknown
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn notice_text(mut self, text: &str) -> Self {
        match super::notice::read(text, &self.days) {
            Ok(parsed) => self.notice(&parsed),
            Err(err) => {
                self.error.get_or_insert(err);
                self
            }
        }
    }

    /// The official data, parsed once per process (with the official calendar, see
    /// [`Calendar::official`]) and cloned for each builder.
    pub(crate) fn official_data() -> Result<CalendarBuilder> {
        super::official_once().0.clone()
    }

    /// The official data, parsed.
    pub(super) fn parse_official() -> Result<CalendarBuilder> {
        let mut b = Self::empty();
        b.apply_file(official_file()?, true)?;
        Ok(b)
    }

    /// A builder from the custom-calendar JSON format (see the type docs).
    ///
    /// # Errors
    /// `invalid_json` for malformed JSON, `invalid_calendar_data` for wrong content.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{CalendarBuilder, ErrorCode};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let cal = CalendarBuilder::from_json_str(r#"{"format": 1, "version": "local"}"#)?
    ///     .holiday(d("2026-03-02"), "区级停工日")
    ///     .build()?;
    /// assert_eq!(cal.next_working_day(d("2026-03-02"))?, d("2026-03-03"));
    /// let err = CalendarBuilder::from_json_str(r#"{"format": 1, "base": "lunar"}"#).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidCalendarData);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<CalendarBuilder> {
        let file = parse_file(json)?;
        let mut b = match file.base.as_deref() {
            None | Some("official") => Self::official_data()?,
            Some("none") => Self::empty(),
            Some(other) => return Err(invalid(m::UNKNOWN_BASE_CALENDAR, &[&other])),
        };
        b.apply_file(file, false)?;
        Ok(b)
    }

    fn apply_file(&mut self, file: CalendarFile, official: bool) -> Result<()> {
        if file.format != 1 {
            return Err(Error::msg(
                ErrorCode::UnsupportedSchema,
                m::UNSUPPORTED_CALENDAR_FORMAT,
                &[&file.format],
            ));
        }
        if official {
            self.base_version = file.version;
        } else if let Some(v) = file.version {
            self.version = Some(v);
        }
        if file.first.is_some() {
            self.first = file.first;
        }
        if file.last.is_some() {
            self.last = file.last;
        }
        self.notices.extend(file.notices);
        let mut previous: Option<NaiveDate> = None;
        for e in file.days {
            if official {
                if let Some(p) = previous {
                    if e.date <= p {
                        return Err(invalid(m::OFFICIAL_DATA_UNSORTED, &[&e.date]));
                    }
                }
                previous = Some(e.date);
            }
            self.insert(e)?;
        }
        Ok(())
    }

    fn insert(&mut self, e: DayEntry) -> Result<()> {
        if e.kind == EntryKind::Workday && !matches!(e.date.weekday(), Weekday::Sat | Weekday::Sun) {
            return Err(invalid(m::WORKDAY_NOT_WEEKEND, &[&e.date]));
        }
        if let Some(n) = &e.notice {
            if !self.notices.iter().any(|x| &x.id == n) {
                return Err(invalid(m::DAY_NAMES_UNLISTED_NOTICE, &[&e.date, n]));
            }
        }
        self.days.insert(e.date, e);
        Ok(())
    }

    fn entry(mut self, date: NaiveDate, kind: EntryKind, name: Option<&str>) -> Self {
        let e = DayEntry {
            date,
            kind,
            name: name.map(str::to_owned),
            name_en: None,
            notice: None,
            note: None,
        };
        if let Err(err) = self.insert(e) {
            self.error.get_or_insert(err);
        }
        self
    }

    /// Marks `date` a rest day (e.g. a local holiday), with a name for explanations.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::CalendarBuilder;
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let cal = CalendarBuilder::official().holiday(d("2026-03-02"), "区级停工日").build()?;
    /// assert!(!cal.is_working_day(d("2026-03-02"))?);
    /// assert_eq!(cal.day_info(d("2026-03-02"))?.name.as_deref(), Some("区级停工日"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn holiday(self, date: NaiveDate, name: &str) -> Self {
        self.entry(date, EntryKind::Holiday, Some(name))
    }

    /// Marks a Saturday or Sunday a working day (调休). Other days are an error at `build`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{CalendarBuilder, ErrorCode};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let cal = CalendarBuilder::official().workday(d("2026-03-07"), "补班").build()?; // a Saturday
    /// assert!(cal.is_working_day(d("2026-03-07"))?);
    /// let err = CalendarBuilder::official().workday(d("2026-03-09"), "补班").build().unwrap_err(); // a Monday
    /// assert_eq!(err.code(), ErrorCode::InvalidCalendarData);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn workday(self, date: NaiveDate, name: &str) -> Self {
        self.entry(date, EntryKind::Workday, Some(name))
    }

    /// Returns `date` to the Monday–Friday default, removing any entry.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{CalendarBuilder, DayKind};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// // Sunday 2025-09-28 is worked under the official data; undo that.
    /// let cal = CalendarBuilder::official().regular(d("2025-09-28")).build()?;
    /// assert_eq!(cal.day_info(d("2025-09-28"))?.kind, DayKind::Weekend);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn regular(self, date: NaiveDate) -> Self {
        self.entry(date, EntryKind::Regular, None)
    }

    /// Sets the first covered date.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{CalendarBuilder, ErrorCode};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let cal = CalendarBuilder::official().first(d("2025-01-01")).build()?;
    /// assert_eq!(cal.coverage().first, d("2025-01-01"));
    /// let err = cal.is_working_day(d("2024-12-31")).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::CalendarOutOfRange);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn first(mut self, date: NaiveDate) -> Self {
        self.first = Some(date);
        self
    }

    /// Sets the last covered date (e.g. extend to 2027-12-31 once its notice is entered).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::CalendarBuilder;
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let cal = CalendarBuilder::official().last(d("2027-12-31")).build()?;
    /// assert_eq!(cal.coverage().last, d("2027-12-31"));
    /// assert!(cal.is_working_day(d("2027-01-04"))?); // a Monday: the default applies
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn last(mut self, date: NaiveDate) -> Self {
        self.last = Some(date);
        self
    }

    /// Names this data set; results report it.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Calendar, CalendarBuilder};
    /// let cal = CalendarBuilder::official().version("fuling-1").build()?;
    /// assert_eq!(cal.version(), format!("{}+fuling-1", Calendar::official().version()));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn version(mut self, version: &str) -> Self {
        self.version = Some(version.to_owned());
        self
    }

    /// Builds the O(1) tables.
    ///
    /// # Errors
    /// `invalid_calendar_data` when the coverage is missing, reversed or longer
    /// than [`MAX_COVERAGE_DAYS`], or an entry was invalid.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{CalendarBuilder, ErrorCode};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let err = CalendarBuilder::empty().first(d("2026-12-31")).last(d("2026-01-01")).build().unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidCalendarData); // reversed coverage
    /// assert!(CalendarBuilder::empty().build().is_err()); // no coverage at all
    /// ```
    pub fn build(self) -> Result<Calendar> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let days = self.days;
        // Provisional entries: they replace every entry from `provisional_from` on.
        let mut provisional = DateMap::default();
        let mut base_version = self.base_version;
        let mut last = self.last;
        let mut provisional_from = None;
        if let (Some(until), Some(l)) = (self.provisional_until, last) {
            let from = l.succ_opt().ok_or_else(|| invalid(m::CALENDAR_COVERAGE_INVALID, &[]))?;
            last = Some(super::provisional::extend(&mut provisional, from, until)?);
            provisional_from = Some(from);
            base_version = Some(format!(
                "{}+provisional-{}-{until}",
                base_version.as_deref().unwrap_or("custom"),
                from.year()
            ));
        }
        let (Some(first), Some(last)) = (self.first, last) else {
            return Err(invalid(m::CALENDAR_LACKS_FIRST_OR_LAST, &[]));
        };
        let span = (last - first).num_days();
        if !(0..MAX_COVERAGE_DAYS).contains(&span) {
            return Err(invalid(
                m::CALENDAR_COVERAGE_TOO_LONG,
                &[&first, &last, &MAX_COVERAGE_DAYS],
            ));
        }
        let version = match (base_version, self.version) {
            (Some(b), Some(v)) => format!("{b}+{v}"),
            (Some(b), None) => b,
            (None, Some(v)) => v,
            (None, None) => "custom".to_owned(),
        };
        let mut working = Vec::with_capacity(span as usize + 1);
        let mut prefix = Vec::with_capacity(span as usize + 1);
        let mut working_days = Vec::new();
        let mut count: u32 = 0;
        let mut special = DateMap::default();
        for d in first.iter_days().take(span as usize + 1) {
            let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
            let entry = match provisional_from {
                Some(p) if d >= p => provisional.get(&d),
                _ => days.get(&d),
            };
            let w = match entry.map(|e| e.kind) {
                Some(EntryKind::Holiday) => false,
                Some(EntryKind::Workday) => true,
                Some(EntryKind::Regular) | None => !weekend,
            };
            if let Some(e) = entry {
                if e.kind != EntryKind::Regular {
                    special.push_last(d, e.clone());
                }
            }
            if w {
                count += 1;
                working_days.push(batch::day_number(d));
            }
            working.push(w);
            prefix.push(count);
        }
        Ok(Calendar {
            inner: Arc::new(Tables {
                coverage: Coverage { first, last },
                version,
                working,
                prefix,
                working_days,
                first_ce: first.num_days_from_ce(),
                special,
                notices: self.notices,
                loaded: self.loaded,
                provisional_from,
                estimates: once_cell::race::OnceBox::new(),
            }),
        })
    }
}
