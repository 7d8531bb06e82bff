//! Provisional years (暂定日历): for days after the last loaded notice, the statutory
//! holidays of 全国年节及纪念日放假办法 with its 第六条 补假, and no 调休.
//!
//! # The rules
//! - **2025 onward** (2024 revision, 国务院令第795号, in force 2025-01-01), 第二条: 元旦 1 day
//!   (01-01); 春节 4 days (农历除夕, 正月初一至初三); 清明节 1 day (农历清明当日); 劳动节 2
//!   days (05-01, 05-02); 端午节 1 day (农历端午当日); 中秋节 1 day (农历中秋当日); 国庆节 3
//!   days (10-01..10-03).
//! - **2014–2024** (2013 revision): the same but 春节 3 days (正月初一至初三, without 除夕)
//!   and 劳动节 1 day (05-01): 11 days.
//! - **第六条**: "全体公民放假的假日,如果适逢周六、周日,应当在工作日补假". A holiday on a
//!   Saturday or Sunday — or on a day that is already another holiday — is given back on
//!   the first Monday–Friday after it that is not itself a day off (the reading is in
//!   `docs/readings.md`).
//! - **No 调休**: the 2024 第七条 allows 调休 but leaves its dates to the annual notice, so a
//!   provisional year has no weekend working day; the notice usually adds some.
//!
//! The lunar and solar-term dates are the checked table `core/data/lunar.json` (2015–2035,
//! verified by `scripts/verify_lunar.py`; mirrored below as a Rust table that a test keeps
//! equal to it), not computed at run time.

use super::date_map::DateMap;
use super::file::{DayEntry, EntryKind};
use super::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::message::calendar as m;
use crate::prelude::*;
use chrono::{Datelike, NaiveDate, Weekday};

/// The largest error, in working days, of a provisional due date against the one the notice
/// published later gave, over the back-test of 2015–2026 (`docs/provisional.md`; the test
/// `tests/tests/backtest.rs` checks this number against a fresh run). Estimates state it.
///
/// # Example
/// ```
/// use fuling_rules::calendar::{PROVISIONAL_BOUND_CALENDAR_DAYS, PROVISIONAL_BOUND_WORKING_DAYS};
/// assert_eq!((PROVISIONAL_BOUND_WORKING_DAYS, PROVISIONAL_BOUND_CALENDAR_DAYS), (3, 10));
/// ```
pub const PROVISIONAL_BOUND_WORKING_DAYS: u32 = 3;

/// The same bound in calendar days (see [`PROVISIONAL_BOUND_WORKING_DAYS`]).
///
/// # Example
/// ```
/// use fuling_rules::calendar::PROVISIONAL_BOUND_CALENDAR_DAYS;
/// assert!(PROVISIONAL_BOUND_CALENDAR_DAYS >= fuling_rules::calendar::PROVISIONAL_BOUND_WORKING_DAYS);
/// ```
pub const PROVISIONAL_BOUND_CALENDAR_DAYS: u32 = 10;

/// `core/data/lunar.json` as (year, [春节, 清明, 端午, 中秋] as (month, day)); 除夕 is the day
/// before 春节. A Rust table rather than JSON read at run time (smaller WebAssembly); the test
/// `lunar_table_matches_the_json` keeps the two equal, and `scripts/verify_lunar.py` checks the JSON.
#[rustfmt::skip]
const LUNAR: [(i32, [(u8, u8); 4]); 21] = [
    (2015, [(2, 19), (4, 5), (6, 20), (9, 27)]),
    (2016, [(2, 8), (4, 4), (6, 9), (9, 15)]),
    (2017, [(1, 28), (4, 4), (5, 30), (10, 4)]),
    (2018, [(2, 16), (4, 5), (6, 18), (9, 24)]),
    (2019, [(2, 5), (4, 5), (6, 7), (9, 13)]),
    (2020, [(1, 25), (4, 4), (6, 25), (10, 1)]),
    (2021, [(2, 12), (4, 4), (6, 14), (9, 21)]),
    (2022, [(2, 1), (4, 5), (6, 3), (9, 10)]),
    (2023, [(1, 22), (4, 5), (6, 22), (9, 29)]),
    (2024, [(2, 10), (4, 4), (6, 10), (9, 17)]),
    (2025, [(1, 29), (4, 4), (5, 31), (10, 6)]),
    (2026, [(2, 17), (4, 5), (6, 19), (9, 25)]),
    (2027, [(2, 6), (4, 5), (6, 9), (9, 15)]),
    (2028, [(1, 26), (4, 4), (5, 28), (10, 3)]),
    (2029, [(2, 13), (4, 4), (6, 16), (9, 22)]),
    (2030, [(2, 3), (4, 5), (6, 5), (9, 12)]),
    (2031, [(1, 23), (4, 5), (6, 24), (10, 1)]),
    (2032, [(2, 11), (4, 4), (6, 12), (9, 19)]),
    (2033, [(1, 31), (4, 4), (6, 1), (9, 8)]),
    (2034, [(2, 19), (4, 5), (6, 20), (9, 27)]),
    (2035, [(2, 8), (4, 5), (6, 10), (9, 16)]),
];

/// One year of the lunar table.
#[derive(Debug, Clone, Copy)]
struct LunarYear {
    chuxi: NaiveDate,
    chunjie: NaiveDate,
    qingming: NaiveDate,
    duanwu: NaiveDate,
    zhongqiu: NaiveDate,
}

fn lunar_year(year: i32) -> Option<LunarYear> {
    let (_, days) = LUNAR.iter().find(|(y, _)| *y == year)?;
    let date = |i: usize| {
        let (m, d) = days.get(i)?;
        NaiveDate::from_ymd_opt(year, u32::from(*m), u32::from(*d))
    };
    let chunjie = date(0)?;
    Some(LunarYear {
        chuxi: chunjie.pred_opt()?,
        chunjie,
        qingming: date(1)?,
        duanwu: date(2)?,
        zhongqiu: date(3)?,
    })
}

/// The first and last year of the lunar table, hence of provisional years.
pub(crate) fn lunar_years() -> Option<(i32, i32)> {
    Some((LUNAR.first()?.0, LUNAR.last()?.0))
}

/// The revision of 全国年节及纪念日放假办法 in force in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HolidayLaw {
    /// The 2013 revision (2014–2024): 11 days.
    Rev2013,
    /// The 2024 revision (from 2025): 13 days.
    Rev2024,
}

impl HolidayLaw {
    pub(crate) fn in_force(year: i32) -> HolidayLaw {
        if year >= 2025 {
            HolidayLaw::Rev2024
        } else {
            HolidayLaw::Rev2013
        }
    }

    pub(crate) fn zh(self) -> &'static str {
        match self {
            HolidayLaw::Rev2013 => "《全国年节及纪念日放假办法》(2013年修订)",
            HolidayLaw::Rev2024 => "《全国年节及纪念日放假办法》(2024年修订)",
        }
    }

    pub(crate) fn en(self) -> &'static str {
        match self {
            HolidayLaw::Rev2013 => "全国年节及纪念日放假办法 (2013 revision)",
            HolidayLaw::Rev2024 => "全国年节及纪念日放假办法 (2024 revision)",
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| Error::msg(ErrorCode::InvalidInput, m::DATE_IMPOSSIBLE, &[]))
}

fn weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The statutory days of `year` under `law`: (date, name, English name).
fn statutory(year: i32, law: HolidayLaw) -> Result<Vec<(NaiveDate, &'static str, &'static str)>> {
    let row = lunar_year(year).ok_or_else(|| Error::msg(ErrorCode::InvalidInput, m::NO_LUNAR_DATA, &[&year]))?;
    let next = |d: NaiveDate, n: u64| d.checked_add_days(chrono::Days::new(n));
    let mut out = vec![(ymd(year, 1, 1)?, "元旦", "New Year's Day")];
    let chuxi = (law == HolidayLaw::Rev2024).then_some(row.chuxi);
    for d in [chuxi, Some(row.chunjie), next(row.chunjie, 1), next(row.chunjie, 2)]
        .into_iter()
        .flatten()
    {
        out.push((d, "春节", "Spring Festival"));
    }
    out.push((row.qingming, "清明节", "Qingming Festival"));
    out.push((ymd(year, 5, 1)?, "劳动节", "Labour Day"));
    if law == HolidayLaw::Rev2024 {
        out.push((ymd(year, 5, 2)?, "劳动节", "Labour Day"));
    }
    out.push((row.duanwu, "端午节", "Dragon Boat Festival"));
    out.push((row.zhongqiu, "中秋节", "Mid-Autumn Festival"));
    for d in 1..=3 {
        out.push((ymd(year, 10, d)?, "国庆节", "National Day"));
    }
    Ok(out)
}

/// The provisional entries of `year` under `law`: statutory days and 第六条 补假 days, in date order.
pub(crate) fn year_entries(year: i32, law: HolidayLaw) -> Result<Vec<DayEntry>> {
    // One row per day: (date, name, English name, days owed in lieu). A day named by two
    // holidays (中秋 on 10-01) carries both names, 国庆节 first as the data writes it.
    let mut days: Vec<(NaiveDate, String, String, usize)> = Vec::new();
    for (d, zh, en) in statutory(year, law)? {
        let at = days.partition_point(|x| x.0 < d);
        match days.get_mut(at) {
            Some(same) if same.0 == d => {
                let (a, b) = if zh == "国庆节" {
                    (zh, &*same.1)
                } else {
                    (&*same.1, zh)
                };
                same.1 = crate::text::join(&[a, b], "、");
                let (a, b) = if zh == "国庆节" {
                    (en, &*same.2)
                } else {
                    (&*same.2, en)
                };
                same.2 = crate::text::join(&[a, b], " and ");
                same.3 += 1;
            }
            _ => days.insert(at, (d, zh.to_owned(), en.to_owned(), usize::from(weekend(d)))),
        }
    }
    // 第六条: each day owed goes to the first Monday–Friday after it that is not a day off.
    let mut off: Vec<(NaiveDate, String, String)> = Vec::with_capacity(days.len());
    for (d, zh, en, _) in &days {
        off.push((*d, zh.clone(), en.clone()));
    }
    for (d, zh, en, owed) in &days {
        let mut x = *d;
        for _ in 0..*owed {
            while let Some(next) = x.succ_opt() {
                x = next;
                if !weekend(x) && !off.iter().any(|o| o.0 == x) {
                    break;
                }
            }
            let at = off.partition_point(|o| o.0 < x);
            off.insert(
                at,
                (
                    x,
                    crate::text::join(&[zh.as_str(), "(补假)"], ""),
                    crate::text::join(&[en.as_str(), " (day in lieu)"], ""),
                ),
            );
        }
    }
    let mut out = Vec::with_capacity(off.len());
    for (date, name, name_en) in off {
        out.push(DayEntry {
            date,
            kind: EntryKind::Holiday,
            name: Some(name),
            name_en: Some(name_en),
            notice: None,
            note: None,
        });
    }
    Ok(out)
}

/// Adds to `days` (the provisional entries, which replace every other entry from `from` on)
/// the entries from `from` through the end of `until`; returns the new last date.
pub(crate) fn extend(days: &mut DateMap<DayEntry>, from: NaiveDate, until: i32) -> Result<NaiveDate> {
    let last = ymd(until, 12, 31)?;
    if last < from {
        return Err(Error::msg(
            ErrorCode::InvalidInput,
            m::PROVISIONAL_YEARS_BEFORE_DATA,
            &[&until, &from],
        ));
    }
    for year in from.year()..=until {
        for e in year_entries(year, HolidayLaw::in_force(year))? {
            if e.date >= from && e.date <= last {
                days.insert(e.date, e);
            }
        }
    }
    Ok(last)
}

impl super::CalendarBuilder {
    /// Adds provisional years after the data, through the end of `year`: the statutory
    /// holidays of the 全国年节及纪念日放假办法 in force in each year, with 第六条 补假 and
    /// no 调休 (see [`Calendar::official_provisional_until`]). Days they cover say
    /// `provisional` in [`super::DayInfo`]; the version gains `+provisional-FIRST-LAST`.
    ///
    /// # Errors
    /// At [`super::CalendarBuilder::build`]: `invalid_input` for a year outside the lunar table
    /// (2015–2035) or not after the data.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::CalendarBuilder;
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let cal = CalendarBuilder::official().provisional_until(2027).build()?;
    /// assert_eq!(cal.coverage().last, d("2027-12-31"));
    /// assert!(!cal.is_working_day(d("2027-02-05"))?); // 除夕 (2024 revision)
    /// assert!(cal.day_info(d("2027-02-05"))?.provisional);
    /// assert!(cal.version().ends_with("+provisional-2027-2027"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn provisional_until(mut self, year: i32) -> Self {
        self.provisional_until = Some(year);
        self
    }

    /// Drops the notices for `year` and later and every entry they set (including the late
    /// December days a notice reaches back to), and ends the coverage on the last day of
    /// `year - 1`: the calendar as it stood before `year`'s notice, to back-test provisional
    /// dates ([`super::CalendarBuilder::provisional_until`]).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::CalendarBuilder;
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let before = CalendarBuilder::official().without_notices_from(2019).build()?;
    /// assert_eq!(before.coverage().last, d("2018-12-31"));
    /// // Saturday 2018-12-29 was made a working day by the 2019 notice: without it, a rest day.
    /// assert!(!before.is_working_day(d("2018-12-29"))?);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    #[must_use]
    pub fn without_notices_from(mut self, year: i32) -> Self {
        let Some(start) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            self.error
                .get_or_insert_with(|| Error::msg(ErrorCode::InvalidInput, m::YEAR_INVALID, &[]));
            return self;
        };
        let kept = |id: &Option<String>| id.as_deref().and_then(notice_year).is_none_or(|y| y < year);
        for (d, e) in core::mem::take(&mut self.days).into_entries() {
            if d < start && kept(&e.notice) {
                self.days.push_last(d, e);
            }
        }
        self.notices.retain(|n| notice_year(&n.id).is_none_or(|y| y < year));
        if let Some(end) = start.pred_opt() {
            if self.last.is_none_or(|l| l > end) {
                self.last = Some(end);
            }
        }
        self.base_version = Some(format!(
            "{}+notices-before-{year}",
            self.base_version.as_deref().unwrap_or("custom")
        ));
        self
    }
}

impl Calendar {
    /// The official calendar with provisional years after the last notice, through the end of
    /// `year` (at most 2035). Strict [`Calendar::official`] stays the default: use this one
    /// knowingly, and show that answers in those years are provisional ([`super::DayInfo`]'s
    /// `provisional`, the explanation's `provisional_from`).
    ///
    /// # Errors
    /// `invalid_input` for a year outside 2027–2035.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let cal = Calendar::official_provisional_until(2035)?;
    /// assert_eq!(cal.provisional_from(), Some(d("2027-01-01")));
    /// // 60 working days from 2026-10-15: out of range on the strict calendar, provisional here.
    /// assert!(Calendar::official().add_working_days(d("2026-10-15"), 60).is_err());
    /// assert!(cal.add_working_days(d("2026-10-15"), 60)? > d("2027-01-01"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn official_provisional_until(year: i32) -> Result<Calendar> {
        Calendar::official().with_provisional_until(year)
    }

    /// This calendar with provisional years after its data, through the end of `year`
    /// (see [`super::CalendarBuilder::provisional_until`]).
    ///
    /// # Errors
    /// `invalid_input` for a year outside the lunar table (2015–2035) or not after the data.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{Calendar, ErrorCode};
    /// let cal = Calendar::official().with_provisional_until(2028)?;
    /// assert_eq!(cal.coverage().last, NaiveDate::from_ymd_opt(2028, 12, 31).unwrap());
    /// let err = Calendar::official().with_provisional_until(2036).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidInput);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn with_provisional_until(&self, year: i32) -> Result<Calendar> {
        super::CalendarBuilder::from_calendar(self)
            .provisional_until(year)
            .build()
    }

    /// The first provisional day, if the calendar has provisional years.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Calendar;
    /// assert_eq!(Calendar::official().provisional_from(), None);
    /// ```
    pub fn provisional_from(&self) -> Option<NaiveDate> {
        self.inner.provisional_from
    }

    /// Whether `date` lies in a provisional year.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let cal = Calendar::official_provisional_until(2027)?;
    /// assert!(cal.is_provisional(NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()));
    /// assert!(!cal.is_provisional(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn is_provisional(&self, date: NaiveDate) -> bool {
        self.inner.provisional_from.is_some_and(|p| date >= p)
    }
}

/// The first provisional day among the days between `start` and `end` (either order), if any.
pub(crate) fn used_from(calendar: &Calendar, start: NaiveDate, end: NaiveDate) -> Option<NaiveDate> {
    let p = calendar.provisional_from()?;
    let (lo, hi) = if start <= end { (start, end) } else { (end, start) };
    (hi >= p).then(|| p.max(lo))
}

/// Why a provisional answer is provisional, `(zh, en)` (appended to an explanation's sentences).
pub(crate) fn note(from: NaiveDate) -> (String, String) {
    let law = HolidayLaw::in_force(from.year());
    m::PROVISIONAL_NOTE.pair(&[&from.year(), &from, &law.zh(), &law.en()])
}

/// What a provisional date rests on and how far it may move, `(zh, en)` (an estimate's
/// `basis_zh` and `basis_en`).
pub(crate) fn basis(from: NaiveDate) -> (String, String) {
    let law = HolidayLaw::in_force(from.year());
    m::PROVISIONAL_BASIS.pair(&[
        &from.year(),
        &from,
        &law.zh(),
        &law.en(),
        &PROVISIONAL_BOUND_WORKING_DAYS,
        &PROVISIONAL_BOUND_CALENDAR_DAYS,
    ])
}

/// The year a notice id starts with (`"2019-labour"` → 2019).
pub(crate) fn notice_year(id: &str) -> Option<i32> {
    id.get(..4)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn off(year: i32, law: HolidayLaw) -> Vec<(String, String)> {
        year_entries(year, law)
            .unwrap()
            .into_iter()
            .map(|e| (e.date.to_string(), e.name.unwrap()))
            .collect()
    }

    #[test]
    fn lunar_table_matches_the_json() {
        let v: serde_json::Value = serde_json::from_str(include_str!("../../data/lunar.json")).unwrap();
        let rows = v["years"].as_array().unwrap();
        assert_eq!(rows.len(), LUNAR.len());
        for row in rows {
            let y = i32::try_from(row["year"].as_i64().unwrap()).unwrap();
            let r = lunar_year(y).unwrap();
            for (key, date) in [
                ("chuxi", r.chuxi),
                ("chunjie", r.chunjie),
                ("qingming", r.qingming),
                ("duanwu", r.duanwu),
                ("zhongqiu", r.zhongqiu),
            ] {
                assert_eq!(row[key].as_str().unwrap(), date.to_string(), "{y} {key}");
            }
        }
    }

    #[test]
    fn lunar_table_is_consistent() {
        assert_eq!(lunar_years(), Some((2015, 2035)));
        for y in 2015..=2035 {
            let r = lunar_year(y).unwrap();
            assert_eq!(r.chuxi.succ_opt(), Some(r.chunjie), "{y}");
            assert!(
                r.chunjie >= d(&format!("{y}-01-21")) && r.chunjie <= d(&format!("{y}-02-20")),
                "{y}"
            );
            assert!((4..=6).contains(&r.qingming.day()) && r.qingming.month() == 4, "{y}");
            // 端午 and 中秋 are 4 and 7 lunar months after 春节, one more when a leap month comes between.
            assert!((120..=160).contains(&(r.duanwu - r.chunjie).num_days()), "{y}");
            assert!((200..=270).contains(&(r.zhongqiu - r.chunjie).num_days()), "{y}");
        }
        // The embedded notices agree: 春节 and 中秋 days of the table are days off in the data.
        let cal = crate::Calendar::official();
        for r in (2015..=2026).map(|y| lunar_year(y).unwrap()) {
            for day in [r.chunjie, r.qingming, r.duanwu, r.zhongqiu] {
                assert!(!cal.is_working_day(day).unwrap(), "{day}");
            }
        }
    }

    #[test]
    fn year_2027_under_the_2024_revision() {
        // Lunar table 2027: 除夕 Fri 02-05, 初一 Sat 02-06, 初二 Sun 02-07, 初三 Mon 02-08;
        // 清明 Mon 04-05; 端午 Wed 06-09; 中秋 Wed 09-15. 元旦 Fri 01-01; 劳动节 Sat 05-01, Sun 05-02;
        // 国庆 Fri 10-01, Sat 10-02, Sun 10-03.
        // 第六条: 初一 and 初二 (Sat, Sun) → Tue 02-09 and Wed 02-10; 05-01 and 05-02 → Mon 05-03
        // and Tue 05-04; 10-02 and 10-03 → Mon 10-04 and Tue 10-05.
        let got = off(2027, HolidayLaw::Rev2024);
        let want = [
            ("2027-01-01", "元旦"),
            ("2027-02-05", "春节"),
            ("2027-02-06", "春节"),
            ("2027-02-07", "春节"),
            ("2027-02-08", "春节"),
            ("2027-02-09", "春节(补假)"),
            ("2027-02-10", "春节(补假)"),
            ("2027-04-05", "清明节"),
            ("2027-05-01", "劳动节"),
            ("2027-05-02", "劳动节"),
            ("2027-05-03", "劳动节(补假)"),
            ("2027-05-04", "劳动节(补假)"),
            ("2027-06-09", "端午节"),
            ("2027-09-15", "中秋节"),
            ("2027-10-01", "国庆节"),
            ("2027-10-02", "国庆节"),
            ("2027-10-03", "国庆节"),
            ("2027-10-04", "国庆节(补假)"),
            ("2027-10-05", "国庆节(补假)"),
        ];
        let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn overlapping_holidays_and_the_2013_revision() {
        // 2020: 中秋 fell on 10-01 (Thu). 2013 revision: 春节 初一..初三 = Sat 01-25..Mon 01-27,
        // so Sat 01-25 and Sun 01-26 → Tue 01-28, Wed 01-29. 10-01 is 国庆节 and 中秋节: one day in
        // lieu after 10-01..10-03 (Thu..Sat) and the Saturday's: Sat 10-03 → Mon 10-05, the overlap
        // of 10-01 → the other (10-01 is handled first, so it takes Mon 10-05; Sat 10-03 takes Tue 10-06).
        let got = off(2020, HolidayLaw::Rev2013);
        let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
        assert!(
            got.contains(&("2020-10-01".into(), "国庆节、中秋节".into())),
            "{names:?}"
        );
        assert!(
            got.contains(&("2020-10-05".into(), "国庆节、中秋节(补假)".into())),
            "{got:?}"
        );
        assert!(got.contains(&("2020-10-06".into(), "国庆节(补假)".into())), "{got:?}");
        assert!(got.contains(&("2020-01-28".into(), "春节(补假)".into())), "{got:?}");
        assert!(got.contains(&("2020-01-29".into(), "春节(补假)".into())), "{got:?}");
        assert!(!got.iter().any(|(d, _)| d == "2020-01-24")); // 除夕 is not a holiday before 2025
        assert!(!got.iter().any(|(d, _)| d == "2020-05-02")); // 劳动节 was one day
                                                              // 10 distinct statutory days (10-01 counted once) + 5 days in lieu (Sat 01-25, Sun 01-26,
                                                              // 清明 Sat 04-04 → Mon 04-06, the overlap, Sat 10-03).
        assert!(got.contains(&("2020-04-06".into(), "清明节(补假)".into())), "{got:?}");
        assert_eq!(got.len(), 10 + 5);
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn provisional_answers_say_so() {
        let cal = Calendar::official_provisional_until(2035).unwrap();
        // 60 working days after Thu 2026-10-15 on the official 2026 data: 10-16 (1), 10-19..23 (6),
        // 10-26..30 (11), five full weeks of November with 11-30 (32), 12-01..04 (36), three full weeks
        // (51), 12-28..31 (55). Provisional 2027: Fri 01-01 元旦, then 01-04..01-08 (56..60).
        let due = cal.add_working_days(d("2026-10-15"), 60).unwrap();
        assert_eq!(due, d("2027-01-08"));
        let e = crate::explain_due_date(d("2026-10-15"), crate::Period::working_days(60), &cal).unwrap();
        assert_eq!(e.provisional_from, Some(d("2027-01-01")));
        assert!(
            e.sentence_en()
                .contains("provisional from 2027-01-01: no 2027 holiday notice loaded"),
            "{}",
            e.sentence_en()
        );
        assert!(e.sentence_en().contains("(2024 revision)"));
        assert!(
            e.sentence_zh().contains("暂定:未载入2027年节假日安排通知"),
            "{}",
            e.sentence_zh()
        );
        let info = cal.day_info(d("2027-01-01")).unwrap();
        assert!(info.provisional && !info.working);
        assert_eq!(info.name.as_deref(), Some("元旦"));
        assert!(serde_json::to_value(&info).unwrap()["provisional"] == true);
        // Official days are not provisional, and the flag is absent from their JSON.
        let info = cal.day_info(d("2026-10-01")).unwrap();
        assert!(!info.provisional);
        assert!(serde_json::to_value(&info).unwrap().get("provisional").is_none());
        // A span inside the official data is not provisional.
        let e = crate::explain_due_date(d("2026-10-15"), crate::Period::working_days(5), &cal).unwrap();
        assert_eq!(e.provisional_from, None);
        // Strict stays the default.
        assert_eq!(Calendar::official().provisional_from(), None);
    }

    #[test]
    fn back_test_setup_forgets_a_notice() {
        // Without the 2019 notice and with 2019 provisional (2013 revision): 2018-12-29 is a
        // plain Saturday, 2019-02-05 (初一, Tue) is off, 2019-02-02 (Sat, worked by the notice) is not.
        let cal = crate::CalendarBuilder::official()
            .without_notices_from(2019)
            .provisional_until(2019)
            .build()
            .unwrap();
        assert!(!cal.is_working_day(d("2018-12-29")).unwrap());
        assert!(!cal.is_working_day(d("2019-02-05")).unwrap());
        assert!(!cal.is_working_day(d("2019-02-02")).unwrap());
        assert!(cal.is_working_day(d("2019-02-04")).unwrap()); // 除夕, a working day before 2025
        assert_eq!(cal.provisional_from(), Some(d("2019-01-01")));
        assert!(cal.notices().iter().all(|n| notice_year(&n.id).unwrap() < 2019));
    }

    #[test]
    fn provisional_years_replace_later_entries() {
        // Coverage cut at 2025-12-31 with the 2026 entries still in the builder: from 2026-01-01
        // the provisional year decides. Saturday 2026-02-14 (worked under the 2026 notice) is a
        // plain Saturday; 2026-02-16 (除夕, Mon) is off under the 2024 revision.
        let cal = crate::CalendarBuilder::official()
            .last(d("2025-12-31"))
            .provisional_until(2026)
            .build()
            .unwrap();
        assert!(!cal.is_working_day(d("2026-02-14")).unwrap());
        assert!(!cal.is_working_day(d("2026-02-16")).unwrap());
        assert!(cal.is_working_day(d("2025-12-31")).unwrap());
        assert!(!cal.day_info(d("2025-12-31")).unwrap().provisional);
    }

    #[test]
    fn no_lunar_data_beyond_the_table() {
        assert_eq!(
            year_entries(2036, HolidayLaw::Rev2024).unwrap_err().code(),
            crate::ErrorCode::InvalidInput
        );
        assert_eq!(notice_year("2019-labour"), Some(2019));
    }
}
