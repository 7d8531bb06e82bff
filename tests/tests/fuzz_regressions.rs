//! Replays the minimised fuzz corpus (`fuzz/corpus/<target>/`) and every input that
//! once crashed a target (`fuzz/regressions/<target>/`) through the same assertions as
//! the fuzz targets in `fuzz/fuzz_targets/`, in the normal test suite (stable toolchain).

use chrono::NaiveDate;
use fuling_rules::checks::{run_json_str, CHECK_NAMES};
use fuling_rules::process::Project;
use fuling_rules::{due_date, explain_due_date, Amount, Calendar, Direction, Period, PeriodKind, PeriodUnit, Ruleset};
use std::path::PathBuf;

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut out = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_file() {
                let bytes = std::fs::read(&p).unwrap();
                out.push((p, bytes));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn amount_parse() {
    for (_, data) in inputs("amount_parse") {
        let Ok(text) = std::str::from_utf8(&data) else { continue };
        if let Ok(a) = Amount::parse(text) {
            assert_eq!(Amount::parse(&a.to_string()).ok(), Some(a));
            assert_eq!(Amount::parse(&a.to_yuan_string()).ok(), Some(a));
            assert_eq!(Amount::parse(&a.to_chinese_uppercase()).ok(), Some(a));
        }
    }
}

#[test]
fn calendar_json() {
    for (_, data) in inputs("calendar_json") {
        let Ok(text) = std::str::from_utf8(&data) else { continue };
        if let Ok(cal) = Calendar::from_json(text) {
            let c = cal.coverage();
            let _ = cal.add_working_days(c.first, 10);
            let _ = cal.sub_working_days(c.last, 10);
            let _ = cal.working_days_between(c.first, c.last);
            let _ = cal.next_working_day(c.last);
        }
    }
}

#[test]
fn due_date_target() {
    let cal = Calendar::official();
    for (_, data) in inputs("due_date") {
        if data.len() < 10 {
            continue;
        }
        let day = i32::from_le_bytes([data[0], data[1], data[2], data[3]]);
        let count = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
        let Some(start) = NaiveDate::from_num_days_from_ce_opt(day) else {
            continue;
        };
        let unit = match data[8] % 3 {
            0 => PeriodUnit::WorkingDays,
            1 => PeriodUnit::Days,
            _ => PeriodUnit::Months,
        };
        let direction = if data[9] & 1 == 0 {
            Direction::After
        } else {
            Direction::Before
        };
        let kind = if data[9] & 2 == 0 {
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
        match (due_date(start, period, &cal), explain_due_date(start, period, &cal)) {
            (Ok(a), Ok(e)) => assert_eq!(a, e.due),
            (Err(a), Err(b)) => assert_eq!(a.code(), b.code()),
            (a, b) => panic!("disagree: {a:?} vs {b:?}"),
        }
    }
}

#[test]
fn project_replay() {
    let cal = Calendar::official();
    let rules = Ruleset::default();
    for (path, data) in inputs("project_replay") {
        let Ok(text) = std::str::from_utf8(&data) else { continue };
        let Ok(project) = Project::from_json(text) else {
            continue;
        };
        let json = project.to_json();
        let again =
            Project::from_json(&json).unwrap_or_else(|e| panic!("{}: saved project fails: {e}", path.display()));
        assert_eq!(again.to_json(), json);
        for as_of in ["2020-01-01", "2025-10-15", "2026-12-31", "2030-01-01"] {
            let d = NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap();
            let _ = project.status(d, &cal, &rules);
        }
        let _ = project.timeline_mermaid(&cal, &rules);
    }
}

#[test]
fn checks_json() {
    for (_, data) in inputs("checks_json") {
        let Some((&selector, rest)) = data.split_first() else {
            continue;
        };
        let Ok(text) = std::str::from_utf8(rest) else { continue };
        let name = CHECK_NAMES[usize::from(selector) % CHECK_NAMES.len()];
        let _ = run_json_str(name, text);
    }
}
