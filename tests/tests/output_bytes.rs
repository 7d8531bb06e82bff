//! Pins the exact bytes of the JSON the library writes, over every scenario: for each
//! scenario file the outputs it produces (project records, statuses, refused events' errors,
//! check answers, agendas, explanations, day information) are written as JSON text
//! (`serde_json::to_string`, `to_string_pretty` and the library's own `to_json` methods),
//! and a 64-bit FNV-1a hash of that text is compared with `tests/golden/output-bytes.txt`.
//!
//! The golden file was written by serde's derived `Serialize` (before the outputs were
//! written by the generated `ToJson` writer), so this test holds the writer byte-identical
//! to serde_json's: key order, escaping, integers, dates, absent optional fields.
//! `FULING_OUTPUT_DUMP=DIR` writes each scenario's text to `DIR/<name>.txt` to diff a change.

use chrono::NaiveDate;
use fuling_rules::calendar::Period;
use fuling_rules::checks::run_json_str;
use fuling_rules::portfolio::{AgendaOptions, Portfolio, RecordInput};
use fuling_rules::records::ApplicationRecord;
use fuling_rules::{explain_due_date, Calendar, Event, Project, Ruleset};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fnv(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).unwrap()
}

fn date(v: &Value) -> Option<NaiveDate> {
    v.as_str().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
}

fn process(v: &Value, out: &mut String) {
    let cal = Calendar::official();
    let rules = Ruleset::default();
    let application = v
        .get("application")
        .map(|a| ApplicationRecord::from_json_str(&a.to_string()));
    if let Some(a) = &application {
        match a {
            Ok(a) => writeln!(out, "{}\n{}", json(a), a.to_json()).unwrap(),
            Err(e) => writeln!(out, "{}", json(e)).unwrap(),
        }
    }
    let project = match &application {
        Some(Ok(app)) => Project::from_json_str_for(&v["project"].to_string(), app, &rules, &cal),
        _ => Project::from_json_str(&v["project"].to_string()),
    };
    let mut project = match project {
        Ok(p) => p,
        Err(e) => return writeln!(out, "{}", json(&e)).unwrap(),
    };
    for raw in v["events"].as_array().into_iter().flatten() {
        match serde_json::from_value::<Event>(raw.clone()) {
            Ok(ev) => {
                writeln!(out, "{}", json(&ev)).unwrap();
                if let Err(e) = project.apply(ev) {
                    writeln!(out, "{}", json(&e)).unwrap();
                }
            }
            Err(e) => writeln!(out, "{e}").unwrap(),
        }
    }
    writeln!(out, "{}\n{}", project.to_json(), json(&project)).unwrap();
    let Some(as_of) = date(&v["as_of"]) else { return };
    let status = match &application {
        Some(Ok(app)) => project.status_with(app, as_of, &cal, &rules),
        _ => project.status(as_of, &cal, &rules),
    };
    match status {
        Ok(s) => writeln!(out, "{}\n{}", json(&s), serde_json::to_string_pretty(&s).unwrap()).unwrap(),
        Err(e) => writeln!(out, "{}", json(&e)).unwrap(),
    }
}

fn check(v: &Value, out: &mut String) {
    let name = v["check"].as_str().unwrap_or_default();
    match run_json_str(name, &v["input"].to_string()) {
        Ok(s) => writeln!(out, "{s}").unwrap(),
        Err(e) => writeln!(out, "{}", json(&e)).unwrap(),
    }
}

fn agenda(v: &Value, out: &mut String) {
    let inputs = v["records"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| match r.as_str() {
            Some(text) => RecordInput::Json(text.to_owned()),
            None => RecordInput::Value(r.clone()),
        })
        .collect();
    let portfolio = Portfolio::from_inputs(inputs);
    writeln!(out, "{}", json(portfolio.problems())).unwrap();
    let Some(as_of) = date(&v["as_of"]) else { return };
    for case in v["cases"].as_array().into_iter().flatten() {
        let o = &case["options"];
        let responsible = o
            .get("responsible")
            .and_then(|r| serde_json::from_value(r.clone()).ok());
        let options = AgendaOptions {
            within_working_days: o.get("within_working_days").and_then(Value::as_i64),
            responsible,
            department: o.get("department").and_then(Value::as_str),
            ..AgendaOptions::default()
        };
        match portfolio.agenda(as_of, &options) {
            Ok(a) => writeln!(out, "{}", json(&a)).unwrap(),
            Err(e) => writeln!(out, "{}", json(&e)).unwrap(),
        }
    }
}

fn calendar(v: &Value, out: &mut String) {
    let cal = Calendar::official();
    for case in v["cases"].as_array().into_iter().flatten() {
        for key in ["date", "start", "end"] {
            if let Some(d) = date(&case[key]) {
                match cal.day_info(d) {
                    Ok(i) => writeln!(out, "{}", json(&i)).unwrap(),
                    Err(e) => writeln!(out, "{}", json(&e)).unwrap(),
                }
            }
        }
        if let (Some(d), Ok(p)) = (
            date(&case["date"]),
            serde_json::from_value::<Period>(case["period"].clone()),
        ) {
            writeln!(out, "{}", json(&p)).unwrap();
            match explain_due_date(d, p, &cal) {
                Ok(x) => writeln!(out, "{}", json(&x)).unwrap(),
                Err(e) => writeln!(out, "{}", json(&e)).unwrap(),
            }
        }
        if let Some(t) = case["text"].as_str() {
            match fuling_rules::Amount::parse(t) {
                Ok(a) => writeln!(out, "{}", json(&a)).unwrap(),
                Err(e) => writeln!(out, "{}", json(&e)).unwrap(),
            }
        }
    }
}

/// Everything the scenario files and notice texts make the library write, by name.
fn outputs() -> BTreeMap<String, String> {
    let mut all = BTreeMap::new();
    let mut projects = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for path in files {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut out = String::new();
        match v["type"].as_str() {
            Some("process") => {
                projects.push(v["project"].to_string());
                process(&v, &mut out);
            }
            Some("check") => check(&v, &mut out),
            Some("agenda") => agenda(&v, &mut out),
            _ => calendar(&v, &mut out),
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        all.insert(name, out);
    }
    let mut notices: Vec<PathBuf> = std::fs::read_dir(root().join("tests/notices"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    notices.sort();
    for path in notices {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let out = match fuling_rules::calendar::parse_notice(&text) {
            Ok(n) => format!("{}\n{}\n", json(&n), serde_json::to_string_pretty(&n).unwrap()),
            Err(e) => json(&e),
        };
        all.insert(format!("notice {}", path.file_name().unwrap().to_string_lossy()), out);
    }
    let refs: Vec<&str> = projects.iter().map(String::as_str).collect();
    let cal = Calendar::official();
    let rules = Ruleset::default();
    all.insert(
        "library".into(),
        format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n",
            json(&fuling_rules::records::migrate(&refs)),
            json(&rules),
            serde_json::to_string_pretty(&rules).unwrap(),
            json(&cal.coverage()),
            json(fuling_rules::ErrorCode::ALL),
            json(fuling_rules::checks::FindingCode::ALL),
        ),
    );
    all
}

#[test]
fn outputs_are_byte_identical_to_the_golden_hashes() {
    let outputs = outputs();
    if let Ok(dir) = std::env::var("FULING_OUTPUT_DUMP") {
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in &outputs {
            std::fs::write(PathBuf::from(&dir).join(format!("{name}.txt")), text).unwrap();
        }
    }
    let got: String = outputs
        .iter()
        .map(|(name, text)| format!("{:016x} {:>7} {name}\n", fnv(text), text.len()))
        .collect();
    let golden = root().join("tests/golden/output-bytes.txt");
    if std::env::var_os("FULING_OUTPUT_BLESS").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::write(&golden, &got).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap();
    let differ: Vec<&str> = got
        .lines()
        .zip(want.lines())
        .filter(|(g, w)| g != w)
        .map(|(g, _)| g)
        .collect();
    assert!(
        differ.is_empty() && got.lines().count() == want.lines().count(),
        "outputs differ from tests/golden/output-bytes.txt (dump them with FULING_OUTPUT_DUMP=DIR):\n{}",
        differ.join("\n")
    );
}
