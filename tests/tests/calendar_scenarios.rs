//! Replays every `"type": "calendar"` and `"type": "money"` scenario in
//! `tests/scenarios/`, and checks that every scenario file has a known type.

use chrono::NaiveDate;
use fuling_rules::{due_date, requires_municipal_filing, Amount, Calendar, Period};
use serde_json::Value;
use std::path::PathBuf;

const KNOWN_TYPES: [&str; 5] = ["calendar", "money", "process", "check", "agenda"];

fn files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

fn date(v: &Value, key: &str) -> NaiveDate {
    NaiveDate::parse_from_str(v[key].as_str().unwrap_or_else(|| panic!("{key} missing")), "%Y-%m-%d").unwrap()
}

/// Runs one case; returns (actual result as JSON, or the error code).
fn run_case(cal: &Calendar, case: &Value) -> Result<Value, String> {
    let err = |e: fuling_rules::Error| e.code().as_str().to_owned();
    let n = || u32::try_from(case["n"].as_u64().unwrap()).unwrap();
    Ok(match case["op"].as_str().unwrap() {
        "add_working_days" => Value::from(cal.add_working_days(date(case, "date"), n()).map_err(err)?.to_string()),
        "sub_working_days" => Value::from(cal.sub_working_days(date(case, "date"), n()).map_err(err)?.to_string()),
        "next_working_day" => Value::from(cal.next_working_day(date(case, "date")).map_err(err)?.to_string()),
        "is_working_day" => Value::from(cal.is_working_day(date(case, "date")).map_err(err)?),
        "working_days_between" => Value::from(
            cal.working_days_between(date(case, "start"), date(case, "end"))
                .map_err(err)?,
        ),
        "due_date" => {
            let p: Period = serde_json::from_value(case["period"].clone()).unwrap();
            Value::from(due_date(date(case, "date"), p, cal).map_err(err)?.to_string())
        }
        "parse_amount" => Value::from(
            Amount::parse(case["text"].as_str().unwrap())
                .map_err(err)?
                .fen()
                .to_string(),
        ),
        "requires_municipal_filing" => Value::from(requires_municipal_filing(
            Amount::parse(case["amount"].as_str().unwrap()).map_err(err)?,
        )),
        other => panic!("unknown op {other}"),
    })
}

#[test]
fn every_scenario_file_has_a_known_type() {
    let files = files();
    assert!(files.len() >= 5, "scenario files missing");
    for f in files {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let t = v["type"].as_str().unwrap_or("");
        assert!(KNOWN_TYPES.contains(&t), "{}: unknown type {t:?}", f.display());
        assert_eq!(v["scenario"], 1, "{}: scenario format version", f.display());
        assert!(
            v["why"].as_str().is_some_and(|w| w.len() > 20),
            "{}: needs a 'why'",
            f.display()
        );
    }
}

#[test]
fn calendar_and_money_scenarios() {
    let cal = Calendar::official();
    let mut failures = Vec::new();
    let mut count = 0;
    for f in files() {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        if !matches!(v["type"].as_str(), Some("calendar" | "money")) {
            continue;
        }
        for (i, case) in v["cases"].as_array().unwrap().iter().enumerate() {
            count += 1;
            let got = run_case(&cal, case);
            let ok = match (&got, case.get("expect"), case.get("expect_fen"), case.get("error")) {
                (Ok(g), Some(e), _, None) => g == e,
                (Ok(g), None, Some(e), None) => g == e,
                (Err(code), None, None, Some(e)) => e == code.as_str(),
                _ => false,
            };
            if !ok {
                failures.push(format!("{} case {i} {case}: got {got:?}", f.display()));
            }
        }
    }
    assert!(count >= 50, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
