//! Back-test of provisional dates (issue 16 §2, `docs/provisional.md`).
//!
//! For each year Y from 2015 to 2026: pretend Y's notice (and every later one) is unknown —
//! the official data without the notices for Y and later
//! ([`fuling_rules::CalendarBuilder::without_notices_from`]), then provisional years from Y
//! with the 全国年节及纪念日放假办法 in force in each year
//! ([`fuling_rules::CalendarBuilder::provisional_until`]) — and compare, for 5, 7, 10 and 60
//! working days from every day of Y, the provisional answer with the official one, wherever
//! the official answer is within the data (through 2026-12-31).
//!
//! The error is estimate − official: in calendar days, and in working days of the official
//! calendar between the two dates (positive: the estimate is later). Days after 2026-12-31
//! count on the provisional calendar (only a few late-December starts reach them).

use chrono::{Datelike, NaiveDate};
use fuling_rules::{Calendar, CalendarBuilder};
use std::collections::BTreeMap;

/// The periods compared, in working days.
pub const PERIODS: [u32; 4] = [5, 7, 10, 60];
/// The years back-tested.
pub const YEARS: std::ops::RangeInclusive<i32> = 2015..=2026;

/// Counts of each error value.
pub type Histogram = BTreeMap<i64, u64>;

/// The result: per period, the histograms of the error in working days and in calendar days;
/// per year and period, the largest absolute error in working days.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Period → working-day error → count.
    pub working: BTreeMap<u32, Histogram>,
    /// Period → calendar-day error → count.
    pub calendar: BTreeMap<u32, Histogram>,
    /// (year, period) → largest |working-day error|.
    pub worst: BTreeMap<(i32, u32), i64>,
}

fn signed_working_days(cal: &Calendar, a: NaiveDate, b: NaiveDate) -> Result<i64, String> {
    let e = |e: fuling_rules::Error| e.to_string();
    Ok(if b >= a {
        i64::from(cal.working_days_between(a, b).map_err(e)?)
    } else {
        -i64::from(cal.working_days_between(b, a).map_err(e)?)
    })
}

/// Runs the back-test.
///
/// # Errors
/// A message when a calendar cannot be built or a date falls outside one (a bug).
pub fn run() -> Result<Report, String> {
    let official = Calendar::official();
    let counting = Calendar::official_provisional_until(2028).map_err(|e| e.to_string())?;
    let mut report = Report::default();
    for y in YEARS {
        let estimate = CalendarBuilder::official()
            .without_notices_from(y)
            .provisional_until(2028)
            .build()
            .map_err(|e| e.to_string())?;
        let first = NaiveDate::from_ymd_opt(y, 1, 1).ok_or("year")?;
        for start in first.iter_days().take_while(|d| d.year() == y) {
            for n in PERIODS {
                let Ok(truth) = official.add_working_days(start, n) else {
                    continue; // beyond the data: no official answer to compare with
                };
                let est = estimate.add_working_days(start, n).map_err(|e| e.to_string())?;
                let wd = signed_working_days(&counting, truth, est)?;
                let cd = (est - truth).num_days();
                *report.working.entry(n).or_default().entry(wd).or_default() += 1;
                *report.calendar.entry(n).or_default().entry(cd).or_default() += 1;
                let w = report.worst.entry((y, n)).or_default();
                *w = (*w).max(wd.abs());
            }
        }
    }
    Ok(report)
}

impl Report {
    /// The largest |error| in working days over every year and period.
    pub fn bound_working_days(&self) -> i64 {
        self.worst.values().copied().max().unwrap_or(0)
    }

    /// The largest |error| in calendar days.
    pub fn bound_calendar_days(&self) -> i64 {
        self.calendar
            .values()
            .flat_map(|h| h.keys())
            .map(|k| k.abs())
            .max()
            .unwrap_or(0)
    }

    /// The tables of `docs/provisional.md` (between its generated-section markers).
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let total = |h: &Histogram| h.values().sum::<u64>();
        let pct = |c: u64, t: u64| if t == 0 { 0.0 } else { 100.0 * c as f64 / t as f64 };
        for (title, data) in [
            ("Error in working days (estimate − official)", &self.working),
            ("Error in calendar days (estimate − official)", &self.calendar),
        ] {
            out.push_str(&format!("### {title}\n\n"));
            let keys: std::collections::BTreeSet<i64> = data.values().flat_map(|h| h.keys().copied()).collect();
            out.push_str("| error |");
            for n in PERIODS {
                out.push_str(&format!(" {n} working days |"));
            }
            out.push_str("\n|---:|");
            for _ in PERIODS {
                out.push_str("---:|");
            }
            out.push('\n');
            for k in &keys {
                out.push_str(&format!("| {k:+} |"));
                for n in PERIODS {
                    let h = data.get(&n).cloned().unwrap_or_default();
                    let c = h.get(k).copied().unwrap_or(0);
                    if c == 0 {
                        out.push_str(" |");
                    } else {
                        out.push_str(&format!(" {c} ({:.1}%) |", pct(c, total(&h))));
                    }
                }
                out.push('\n');
            }
            out.push_str("| starts compared |");
            for n in PERIODS {
                out.push_str(&format!(" {} |", total(&data.get(&n).cloned().unwrap_or_default())));
            }
            out.push_str("\n\n");
        }
        out.push_str("### Largest error in working days, by year\n\n| year |");
        for n in PERIODS {
            out.push_str(&format!(" {n} |"));
        }
        out.push_str("\n|---:|");
        for _ in PERIODS {
            out.push_str("---:|");
        }
        out.push('\n');
        for y in YEARS {
            out.push_str(&format!("| {y} |"));
            for n in PERIODS {
                out.push_str(&format!(" {} |", self.worst.get(&(y, n)).copied().unwrap_or(0)));
            }
            out.push('\n');
        }
        out.push_str(&format!(
            "\nLargest error over all years and periods: **{} working days**, {} calendar days.\n",
            self.bound_working_days(),
            self.bound_calendar_days()
        ));
        out
    }
}
