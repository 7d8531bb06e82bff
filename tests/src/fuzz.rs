//! The bodies of the fuzz targets (`fuzz/fuzz_targets/*.rs`), shared with the stable-toolchain
//! replay of the corpus and of past crash inputs (`tests/tests/fuzz_regressions.rs`), so the
//! fuzzer and the regression test assert exactly the same thing. Each panics on a violation.

use chrono::NaiveDate;
use fuling_rules::checks::{run_json_str, CHECK_NAMES};
use fuling_rules::Project;
use fuling_rules::{due_date, explain_due_date, Amount, Calendar, Direction, Period, PeriodKind, PeriodUnit, Ruleset};

/// `Amount::parse` never panics; a valid amount round-trips through its display, canonical
/// and 大写 forms.
pub fn amount_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(a) = Amount::parse(text) {
        assert_eq!(Amount::parse(&a.to_string()).ok(), Some(a));
        assert_eq!(Amount::parse(&a.to_yuan_string()).ok(), Some(a));
        assert_eq!(Amount::parse(&a.to_chinese_uppercase()).ok(), Some(a));
    }
}

/// Custom calendar JSON: loading never panics; a loaded calendar answers or errs.
pub fn calendar_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(cal) = Calendar::from_json_str(text) {
        let c = cal.coverage();
        let _ = cal.add_working_days(c.first, 10);
        let _ = cal.sub_working_days(c.last, 10);
        let _ = cal.working_days_between(c.first, c.last);
        let _ = cal.next_working_day(c.last);
    }
}

/// `due_date` and `explain_due_date` on (day number, count, unit, direction, kind) read from
/// the bytes agree: the same date, or the same error code; the sentences render.
pub fn due_date_target(data: &[u8]) {
    let [d0, d1, d2, d3, c0, c1, c2, c3, unit, flags, ..] = *data else {
        return;
    };
    let Some(start) = NaiveDate::from_num_days_from_ce_opt(i32::from_le_bytes([d0, d1, d2, d3])) else {
        return;
    };
    let count = u32::from_le_bytes([c0, c1, c2, c3]);
    let unit = match unit % 3 {
        0 => PeriodUnit::WorkingDays,
        1 => PeriodUnit::Days,
        _ => PeriodUnit::Months,
    };
    let direction = if flags & 1 == 0 {
        Direction::After
    } else {
        Direction::Before
    };
    let kind = if flags & 2 == 0 {
        PeriodKind::Deadline
    } else {
        PeriodKind::Minimum
    };
    let period = Period {
        unit,
        count,
        direction,
        kind,
    };
    let cal = Calendar::official();
    match (due_date(start, period, &cal), explain_due_date(start, period, &cal)) {
        (Ok(a), Ok(e)) => {
            assert_eq!(a, e.due);
            let _ = (e.sentence_zh(), e.sentence_en());
        }
        (Err(a), Err(b)) => assert_eq!(a.code(), b.code()),
        (a, b) => panic!("due_date and explain_due_date disagree: {a:?} vs {b:?}"),
    }
}

/// Project JSON replay never panics; a loaded project's JSON reloads, with its application
/// (schema 2 names it by id; its secrecy is the application record's), to identical JSON;
/// `status` at four dates and `timeline_mermaid` never panic.
pub fn project_replay(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(project) = Project::from_json_str(text) else {
        return;
    };
    let json = project.to_json();
    let again = Project::from_json_str_in(&json, project.application(), &Ruleset::default(), &Calendar::official())
        .unwrap_or_else(|e| panic!("a saved project must load with its application: {e}"));
    assert_eq!(again.to_json(), json);
    let cal = Calendar::official();
    let rules = Ruleset::default();
    for (y, m, d) in [(2020, 1, 1), (2025, 10, 15), (2026, 12, 31), (2030, 1, 1)] {
        if let Some(as_of) = NaiveDate::from_ymd_opt(y, m, d) {
            let _ = project.status(as_of, &cal, &rules);
        }
    }
    let _ = project.timeline_mermaid(&cal, &rules);
}

/// Every check on arbitrary JSON (the first byte picks the check): findings or a typed error.
pub fn checks_json(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    if let Some(name) = CHECK_NAMES.get(usize::from(selector) % CHECK_NAMES.len()) {
        let _ = run_json_str(name, text);
    }
}
