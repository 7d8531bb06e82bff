//! `due_date` and `explain_due_date` on arbitrary (date, period): a result or a typed error.
#![no_main]
use chrono::NaiveDate;
use fuling_rules::{due_date, explain_due_date, Calendar, Direction, Period, PeriodKind, PeriodUnit};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 10 {
        return;
    }
    let day = i32::from_le_bytes([data[0], data[1], data[2], data[3]]);
    let count = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
    let Some(start) = NaiveDate::from_num_days_from_ce_opt(day) else { return };
    let unit = match data[8] % 3 {
        0 => PeriodUnit::WorkingDays,
        1 => PeriodUnit::Days,
        _ => PeriodUnit::Months,
    };
    let direction = if data[9] & 1 == 0 { Direction::After } else { Direction::Before };
    let kind = if data[9] & 2 == 0 { PeriodKind::Deadline } else { PeriodKind::Minimum };
    let period = Period { unit, count, direction, kind };
    let cal = Calendar::official();
    let plain = due_date(start, period, &cal);
    let explained = explain_due_date(start, period, &cal);
    match (plain, explained) {
        (Ok(a), Ok(e)) => {
            assert_eq!(a, e.due);
            let _ = (e.sentence_zh(), e.sentence_en());
        }
        (Err(a), Err(b)) => assert_eq!(a.code(), b.code()),
        (a, b) => panic!("due_date and explain_due_date disagree: {a:?} vs {b:?}"),
    }
});
