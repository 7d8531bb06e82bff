//! Calendar tests. Every expected date below was worked out by hand from the
//! State Council notice for that year; the comment beside each case shows how.

use super::*;
use crate::calendar::{due_date, Period};
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn cal() -> Calendar {
    Calendar::official()
}

#[test]
fn official_data_loads_and_covers_2010_to_2026() {
    let c = cal().coverage();
    assert!(c.first <= d("2010-01-01"), "coverage starts {}", c.first);
    assert_eq!(c.last, d("2026-12-31"));
    assert!(cal().version().starts_with("cn-official"));
    CalendarBuilder::official_data().unwrap().build().unwrap();
}

#[test]
fn yearly_working_day_totals() {
    // Totals from the notices: 365 days − weekends − holidays on weekdays + 调休 weekend days.
    // 2024: 366 days, 104 weekend days → 262 weekdays; 11 holiday weekdays off… the notice gives 251.
    for (year, total) in [(2024, 251), (2025, 248), (2026, 248)] {
        let start = NaiveDate::from_ymd_opt(year - 1, 12, 31).unwrap();
        let end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
        assert_eq!(cal().working_days_between(start, end).unwrap(), total, "{year}");
    }
}

#[test]
fn issue_worked_examples() {
    // 2025 notice: 10-01..10-08 rest (National Day + Mid-Autumn), Sun 09-28 and Sat 10-11 worked.
    // From Tue 09-30: Thu 10-09 (1), Fri 10-10 (2), Sat 10-11 (3), Mon 10-13 (4), Tue 10-14 (5).
    assert_eq!(cal().add_working_days(d("2025-09-30"), 5).unwrap(), d("2025-10-14"));
    // Sat 09-27 is a rest day, Sun 09-28 is worked (调休): the next working day is 09-28.
    assert_eq!(cal().add_working_days(d("2025-09-27"), 1).unwrap(), d("2025-09-28"));
    // June 2017 has no holiday (Dragon Boat was 05-28..05-30). From Sun 06-11: 06-12..16 (5),
    // 06-19..23 (10), 06-26 (11), 27 (12), 28 (13), Thu 06-29 (14).
    assert_eq!(cal().add_working_days(d("2017-06-11"), 14).unwrap(), d("2017-06-29"));
    // 2020 Spring Festival 01-24..01-30, extended to 02-02 by 国办发明电〔2020〕1号, which also
    // cancelled the make-up working Saturday 02-01: from Thu 01-23 the next working day is Mon 02-03.
    assert_eq!(cal().add_working_days(d("2020-01-23"), 1).unwrap(), d("2020-02-03"));
    assert!(!cal().is_working_day(d("2020-02-01")).unwrap());
    // 60 working days from 2026-10-15 run past 2026-12-31: refused until 2027 data is loaded.
    let err = cal().add_working_days(d("2026-10-15"), 60).unwrap_err();
    assert_eq!(err.code(), ErrorCode::CalendarOutOfRange);
    assert!(err.message_en().contains("2026-12-31"));
}

#[test]
fn spring_festival_boundaries() {
    // 2024: 02-10..02-17 rest; Sun 02-04 and Sun 02-18 worked. Fri 02-09 (除夕) is a working day.
    assert_eq!(cal().add_working_days(d("2024-02-03"), 1).unwrap(), d("2024-02-04"));
    assert_eq!(cal().add_working_days(d("2024-02-08"), 1).unwrap(), d("2024-02-09"));
    assert_eq!(cal().add_working_days(d("2024-02-08"), 2).unwrap(), d("2024-02-18"));
    assert_eq!(cal().add_working_days(d("2024-02-08"), 3).unwrap(), d("2024-02-19"));
    // 2025: 01-28..02-04 rest; Sun 01-26 and Sat 02-08 worked.
    // From Fri 01-24: Sun 01-26 (1), Mon 01-27 (2), Wed 02-05 (3), 02-06 (4), 02-07 (5), Sat 02-08 (6).
    assert_eq!(cal().add_working_days(d("2025-01-24"), 1).unwrap(), d("2025-01-26"));
    assert_eq!(cal().add_working_days(d("2025-01-24"), 3).unwrap(), d("2025-02-05"));
    assert_eq!(cal().add_working_days(d("2025-01-24"), 6).unwrap(), d("2025-02-08"));
    // 2026: 02-15..02-23 rest; Sat 02-14 and Sat 02-28 worked.
    // From Fri 02-13: Sat 02-14 (1), Tue 02-24 (2), 02-25..02-27 (3..5), Sat 02-28 (6), Mon 03-02 (7).
    assert_eq!(cal().add_working_days(d("2026-02-13"), 1).unwrap(), d("2026-02-14"));
    assert_eq!(cal().add_working_days(d("2026-02-13"), 2).unwrap(), d("2026-02-24"));
    assert_eq!(cal().add_working_days(d("2026-02-13"), 6).unwrap(), d("2026-02-28"));
    assert_eq!(cal().add_working_days(d("2026-02-13"), 7).unwrap(), d("2026-03-02"));
    // 2020: Sun 01-19 worked; Sat 01-18 rest.
    assert_eq!(cal().add_working_days(d("2020-01-18"), 1).unwrap(), d("2020-01-19"));
}

#[test]
fn national_day_boundaries() {
    // 2020: 10-01..10-08 rest; Sun 09-27 and Sat 10-10 worked.
    // From Fri 09-25: Sun 09-27 (1), 09-28 (2), 09-29 (3), 09-30 (4), Fri 10-09 (5), Sat 10-10 (6), Mon 10-12 (7).
    assert_eq!(cal().add_working_days(d("2020-09-25"), 1).unwrap(), d("2020-09-27"));
    assert_eq!(cal().add_working_days(d("2020-09-25"), 5).unwrap(), d("2020-10-09"));
    assert_eq!(cal().add_working_days(d("2020-09-25"), 7).unwrap(), d("2020-10-12"));
    // 2024: 10-01..10-07 rest; Sun 09-29 and Sat 10-12 worked.
    // From Fri 09-27: Sun 09-29 (1), Mon 09-30 (2), Tue 10-08 (3), 10-09..10-11 (4..6), Sat 10-12 (7).
    assert_eq!(cal().add_working_days(d("2024-09-27"), 1).unwrap(), d("2024-09-29"));
    assert_eq!(cal().add_working_days(d("2024-09-27"), 3).unwrap(), d("2024-10-08"));
    assert_eq!(cal().add_working_days(d("2024-09-27"), 7).unwrap(), d("2024-10-12"));
    // 2026: Mid-Autumn 09-25..09-27, National Day 10-01..10-07; Sun 09-20 and Sat 10-10 worked.
    // From Fri 09-18: Sun 09-20 (1), 09-21..09-24 (2..5), 09-28..09-30 (6..8), 10-08 (9), 10-09 (10), Sat 10-10 (11).
    assert_eq!(cal().add_working_days(d("2026-09-18"), 1).unwrap(), d("2026-09-20"));
    assert_eq!(cal().add_working_days(d("2026-09-18"), 6).unwrap(), d("2026-09-28"));
    assert_eq!(cal().add_working_days(d("2026-09-18"), 9).unwrap(), d("2026-10-08"));
    assert_eq!(cal().add_working_days(d("2026-09-18"), 11).unwrap(), d("2026-10-10"));
}

#[test]
fn backward_and_counting() {
    // Art. 24: declaration Thu 2025-10-09; working days before it, counted back:
    // 09-30 (1), 09-29 (2), Sun 09-28 (3), 09-26 (4), 09-25 (5), 09-24 (6), 09-23 (7), 09-22 (8), 09-19 (9), 09-18 (10).
    assert_eq!(cal().sub_working_days(d("2025-10-09"), 10).unwrap(), d("2025-09-18"));
    assert_eq!(cal().sub_working_days(d("2025-10-14"), 5).unwrap(), d("2025-09-30"));
    // The start date is not counted even when it is a rest day: the working day before Sun 10-05 is 09-30.
    assert_eq!(cal().sub_working_days(d("2025-10-05"), 1).unwrap(), d("2025-09-30"));
    assert_eq!(cal().working_days_between(d("2025-09-30"), d("2025-10-14")).unwrap(), 5);
    // 2026-01-01..01-03 rest, Sun 01-04 worked, Mon 01-05: two working days after 2025-12-31.
    assert_eq!(cal().working_days_between(d("2025-12-31"), d("2026-01-05")).unwrap(), 2);
    assert_eq!(cal().working_days_between(d("2025-10-01"), d("2025-10-01")).unwrap(), 0);
    assert_eq!(
        cal()
            .working_days_between(d("2025-10-02"), d("2025-10-01"))
            .unwrap_err()
            .code(),
        ErrorCode::InvalidInput
    );
    // next_working_day is "on or after".
    assert_eq!(cal().next_working_day(d("2025-10-01")).unwrap(), d("2025-10-09"));
    assert_eq!(cal().next_working_day(d("2025-10-09")).unwrap(), d("2025-10-09"));
    assert_eq!(cal().add_working_days(d("2025-10-01"), 0).unwrap(), d("2025-10-01"));
}

#[test]
fn coverage_errors_are_never_guesses() {
    let c = cal().coverage();
    let before = c.first.pred_opt().unwrap();
    let after = c.last.succ_opt().unwrap();
    for r in [
        cal().is_working_day(before).map(|_| ()),
        cal().is_working_day(after).map(|_| ()),
        cal().add_working_days(after, 0).map(|_| ()),
        cal().add_working_days(c.last, 1).map(|_| ()),
        cal().sub_working_days(c.first, 1).map(|_| ()),
        cal().working_days_between(c.first, after).map(|_| ()),
    ] {
        assert_eq!(r.unwrap_err().code(), ErrorCode::CalendarOutOfRange);
    }
    // Thu 2026-12-31 is a working day, so "on or after" it is answered inside the coverage.
    assert_eq!(cal().next_working_day(d("2026-12-31")).unwrap(), d("2026-12-31"));
    assert_eq!(
        cal().add_working_days(d("2025-01-01"), u32::MAX).unwrap_err().code(),
        ErrorCode::CalendarOutOfRange
    );
}

#[test]
fn custom_calendar_extends_to_2027() {
    // A department enters the (hypothetical here) 2027 New Year's Day before the notice ships.
    let json = r#"{"format":1,"base":"official","version":"local-2027","last":"2027-12-31",
        "notices":[{"id":"2027","title":"国务院办公厅关于2027年部分节假日安排的通知"}],
        "days":[{"date":"2027-01-01","type":"holiday","name":"元旦","notice":"2027"}]}"#;
    let c = Calendar::from_json_str(json).unwrap();
    assert_eq!(c.coverage().last, d("2027-12-31"));
    assert!(c.version().ends_with("+local-2027"));
    // Thu 2026-12-31 + 1: Fri 2027-01-01 is the listed holiday, Sat/Sun rest → Mon 2027-01-04.
    assert_eq!(c.add_working_days(d("2026-12-31"), 1).unwrap(), d("2027-01-04"));
    // The official calendar still refuses.
    assert!(cal().add_working_days(d("2026-12-31"), 1).is_err());
    // Removing an official holiday.
    let c2 = CalendarBuilder::official().regular(d("2025-10-08")).build().unwrap();
    assert!(c2.is_working_day(d("2025-10-08")).unwrap());
    // Bad data is a typed error.
    assert_eq!(Calendar::from_json_str("{").unwrap_err().code(), ErrorCode::InvalidJson);
    assert_eq!(
        Calendar::from_json_str(r#"{"format":1,"days":[{"date":"2025-06-04","type":"workday"}]}"#)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidCalendarData
    );
    assert_eq!(
        Calendar::from_json_str(r#"{"format":1,"days":[{"date":"2025-02-30","type":"holiday"}]}"#)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidCalendarData
    );
    assert_eq!(
        Calendar::from_json_str(r#"{"format":2}"#).unwrap_err().code(),
        ErrorCode::UnsupportedSchema
    );
    assert_eq!(
        Calendar::from_json_str(r#"{"format":1,"base":"none","first":"2025-01-01","last":"2500-01-01"}"#)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidCalendarData
    );
}

#[test]
fn calendar_periods_follow_the_civil_code() {
    let c = cal();
    // 第二百零二条: no corresponding day → the month's last day. Thu 2024-02-29 and Tue 2023-02-28 are working days.
    assert_eq!(
        due_date(d("2024-01-31"), Period::months(1), &c).unwrap(),
        d("2024-02-29")
    );
    assert_eq!(
        due_date(d("2023-01-31"), Period::months(1), &c).unwrap(),
        d("2023-02-28")
    );
    // 第二百零三条: raw 2025-10-01 is a holiday (10-01..10-08) → Thu 10-09.
    assert_eq!(
        due_date(d("2025-09-01"), Period::months(1), &c).unwrap(),
        d("2025-10-09")
    );
    // 90 days from 2025-11-20: 10 days to 11-30, 31 to 12-31, 31 to 01-31, 18 → 2026-02-18,
    // inside the 2026 Spring Festival (02-15..02-23) → Tue 02-24.
    assert_eq!(
        due_date(d("2025-11-20"), Period::days(90), &c).unwrap(),
        d("2026-02-24")
    );
    // The same 90 days as a minimum duration (Art. 33 trial run) does not roll.
    assert_eq!(
        due_date(d("2025-11-20"), Period::days(90).minimum(), &c).unwrap(),
        d("2026-02-18")
    );
    // 2025-12-31 + 2 months → 2026-02-28 (02-31 lacking → month end), a Saturday worked (调休): stays.
    assert_eq!(
        due_date(d("2025-12-31"), Period::months(2), &c).unwrap(),
        d("2026-02-28")
    );
    // An ordinary weekend rolls too: raw Sat 2025-10-18 → Mon 10-20.
    assert_eq!(
        due_date(d("2025-09-18"), Period::months(1), &c).unwrap(),
        d("2025-10-20")
    );
    // Working-day periods and backward periods.
    assert_eq!(
        due_date(d("2025-09-30"), Period::working_days(5), &c).unwrap(),
        d("2025-10-14")
    );
    assert_eq!(
        due_date(d("2025-10-09"), Period::working_days(10).before(), &c).unwrap(),
        d("2025-09-18")
    );
    // Minimum durations need no calendar data.
    assert_eq!(
        due_date(d("2026-12-01"), Period::days(90).minimum(), &c).unwrap(),
        d("2027-03-01")
    );
    // A count beyond the limit is invalid_period.
    assert_eq!(
        due_date(d("2025-01-01"), Period::days(1_000_000), &c)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidPeriod
    );
}

#[test]
#[cfg_attr(
    not(feature = "message-text"),
    ignore = "asserts message texts, which are tokens without message-text"
)]
fn explanation_names_skipped_and_worked_days() {
    let e = crate::explain_due_date(d("2025-09-30"), Period::working_days(5), &cal())
        .unwrap()
        .with_article(crate::Art::new(19).item(2));
    assert_eq!(e.due, d("2025-10-14"));
    let skipped: Vec<_> = e.skipped.iter().map(|x| x.date.to_string()).collect();
    assert_eq!(skipped.first().map(String::as_str), Some("2025-10-01"));
    assert_eq!(skipped.last().map(String::as_str), Some("2025-10-12"));
    assert_eq!(skipped.len(), 9); // 10-01..10-08 and Sunday 10-12
    assert_eq!(e.worked.len(), 1); // Saturday 10-11
    let en = e.sentence_en();
    assert!(
        en.starts_with("5 working days after 2025-09-30 per Art. 19(2): 10-01..10-08"),
        "{en}"
    );
    assert!(
        en.contains("Sunday 10-12 skipped, Saturday 10-11 worked → 2025-10-14"),
        "{en}"
    );
    let zh = e.sentence_zh();
    assert!(zh.contains("第十九条第(二)项") && zh.contains("2025-10-14"), "{zh}");
    let rolled = crate::explain_due_date(d("2025-09-01"), Period::months(1), &cal()).unwrap();
    assert_eq!(rolled.raw_end, Some(d("2025-10-01")));
    assert!(rolled.sentence_en().contains("Civil Code Art. 203"));
}

#[test]
fn o1_path_agrees_with_a_naive_loop_over_the_whole_coverage() {
    let c = cal();
    let cov = c.coverage();
    let days: Vec<NaiveDate> = cov.first.iter_days().take_while(|x| *x <= cov.last).collect();
    let working: Vec<bool> = days
        .iter()
        .map(|x| {
            // Naive rule straight from the data file: listed holiday → rest, listed workday → work, else Mon–Fri.
            match c.inner.special.get(x).map(|e| e.kind) {
                Some(file::EntryKind::Holiday) => false,
                Some(file::EntryKind::Workday) => true,
                _ => !matches!(x.weekday(), Weekday::Sat | Weekday::Sun),
            }
        })
        .collect();
    for (i, day) in days.iter().enumerate().step_by(7) {
        assert_eq!(c.is_working_day(*day).unwrap(), working[i]);
        for n in [1u32, 5, 10, 60] {
            // naive: walk forward counting working days
            let mut k = 0;
            let mut j = i;
            let mut expect = None;
            while j + 1 < days.len() {
                j += 1;
                if working[j] {
                    k += 1;
                    if k == n {
                        expect = Some(days[j]);
                        break;
                    }
                }
            }
            match expect {
                Some(e) => assert_eq!(c.add_working_days(*day, n).unwrap(), e, "{day} + {n}"),
                None => assert!(c.add_working_days(*day, n).is_err()),
            }
        }
    }
}

proptest! {
    #[test]
    fn add_then_sub_returns_a_working_start(offset in 0i64..8000, n in 0u32..300) {
        let c = cal();
        let start = c.coverage().first + chrono::Duration::days(offset);
        prop_assume!(c.coverage().contains(start));
        if let Ok(end) = c.add_working_days(start, n) {
            prop_assert_eq!(c.working_days_between(start, end).unwrap(), n);
            if c.is_working_day(start).unwrap() {
                prop_assert_eq!(c.sub_working_days(end, n).unwrap(), start);
            }
            if n > 0 {
                prop_assert!(end > start);
                prop_assert!(c.is_working_day(end).unwrap());
            }
        }
    }

    #[test]
    fn add_is_monotonic(offset in 0i64..8000, n in 0u32..300) {
        let c = cal();
        let a = c.coverage().first + chrono::Duration::days(offset);
        let b = a + chrono::Duration::days(1);
        if let (Ok(x), Ok(y)) = (c.add_working_days(a, n), c.add_working_days(b, n)) {
            prop_assert!(x <= y);
        }
        if let (Ok(x), Ok(y)) = (c.add_working_days(a, n), c.add_working_days(a, n + 1)) {
            prop_assert!(x < y);
        }
    }

    #[test]
    fn deadlines_land_on_working_days(offset in 0i64..8000, n in 0u32..400, unit in 0u8..3) {
        let c = cal();
        let start = c.coverage().first + chrono::Duration::days(offset);
        let p = match unit { 0 => Period::working_days(n), 1 => Period::days(n), _ => Period::months(n % 40) };
        if let Ok(due) = due_date(start, p, &c) {
            prop_assert!(due >= start);
            // Only "0 working days" returns the start unchanged; every other deadline is a working day.
            if !(unit == 0 && n == 0) {
                prop_assert!(c.is_working_day(due).unwrap());
            }
        }
    }
}

#[test]
fn iso_dates_are_strict() {
    assert_eq!(
        parse_date("2025-02-28").unwrap(),
        NaiveDate::from_ymd_opt(2025, 2, 28).unwrap()
    );
    for bad in [
        "2025-02-30",
        "2025-2-28",
        "20250228",
        "",
        "2025-02-28T00:00",
        "+025-02-28",
        "２０２５-02-28",
        "2025-13-01",
        "0000-00-00",
    ] {
        assert_eq!(
            parse_date(bad).unwrap_err().code(),
            crate::ErrorCode::InvalidDate,
            "{bad}"
        );
    }
}

/// The Python binding shares calendars between threads, and the lazily built state (the official
/// calendar, a calendar's estimate calendar: `once_cell::race::OnceBox`) keeps them shareable.
#[test]
fn calendars_are_send_and_sync() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Calendar>();
    shareable::<CalendarBuilder>();
}
