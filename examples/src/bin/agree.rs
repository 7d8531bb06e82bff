//! The Rust side of the three-target agreement test (`scripts/test-agreement`): reads
//! cases as JSON on stdin and prints the Rust answers as JSON on stdout.
//!
//! Input: `{"pairs": [["2025-09-30", 5], …], "projects": [{"project": {…}, "events": […], "as_of": "…"}]}`.
//! Output: `{"pairs": ["2025-10-14" | error], "projects": [{"applied": [null | error], "status":
//! {…} | error, "project": {…}, "timeline": text | error}]}`, an error being `{"error": code,
//! "message_zh": …, "message_en": …}` (issue 17: the messages agree too). Also `"notices"`
//! (notice texts → `parse_notice`'s JSON) and `"periods"` (period texts → the due date from
//! 2025-09-30).

use chrono::NaiveDate;
use fuling_rules::process::Project;
use fuling_rules::{Calendar, Error, Ruleset};
use serde_json::{json, Value};
use std::io::Read;

/// An error as the three runners write it: its code and both messages.
fn error(e: &Error) -> Value {
    json!({"error": e.code().as_str(), "message_zh": e.message_zh(), "message_en": e.message_en()})
}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).expect("stdin");
    let cases: Value = serde_json::from_str(&input).expect("cases JSON");
    let cal = Calendar::official();
    let rules = Ruleset::default();
    let pairs: Vec<Value> = cases["pairs"]
        .as_array()
        .map(|a| a.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|p| {
            let d = NaiveDate::parse_from_str(p[0].as_str().unwrap_or(""), "%Y-%m-%d").expect("date");
            let n = u32::try_from(p[1].as_u64().unwrap_or(0)).expect("n");
            match cal.add_working_days(d, n) {
                Ok(r) => json!(r.to_string()),
                Err(e) => error(&e),
            }
        })
        .collect();
    let projects: Vec<Value> = cases["projects"]
        .as_array()
        .map(|a| a.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|c| {
            let mut project = Project::from_json_str(&c["project"].to_string()).expect("base project");
            let applied: Vec<Value> = c["events"]
                .as_array()
                .map(|a| a.as_slice())
                .unwrap_or_default()
                .iter()
                // As the bindings apply an event given as data: its JSON text read by the core.
                .map(|e| match project.apply_json(&e.to_string()) {
                    Ok(()) => Value::Null,
                    Err(err) => error(&err),
                })
                .collect();
            let as_of = NaiveDate::parse_from_str(c["as_of"].as_str().unwrap_or(""), "%Y-%m-%d").expect("as_of");
            let status = match project.status(as_of, &cal, &rules) {
                Ok(s) => serde_json::to_value(s).expect("status JSON"),
                Err(e) => error(&e),
            };
            let timeline = match project.timeline_mermaid(&cal, &rules) {
                Ok(t) => json!(t),
                Err(e) => error(&e),
            };
            json!({"applied": applied, "status": status, "project": serde_json::from_str::<Value>(&project.to_json()).expect("project JSON"), "timeline": timeline})
        })
        .collect();
    let texts = |key: &str| -> Vec<String> {
        cases[key]
            .as_array()
            .map(|a| a.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|t| t.as_str().unwrap_or_default().to_owned())
            .collect()
    };
    let notices: Vec<Value> = texts("notices")
        .iter()
        .map(|t| match fuling_rules::calendar::parse_notice(t) {
            Ok(n) => serde_json::to_value(n).expect("notice JSON"),
            Err(e) => error(&e),
        })
        .collect();
    let start = NaiveDate::from_ymd_opt(2025, 9, 30).expect("date");
    let periods: Vec<Value> = texts("periods")
        .iter()
        .map(
            |t| match fuling_rules::call::period_text(t).and_then(|p| fuling_rules::due_date(start, p, &cal)) {
                Ok(d) => json!(d.to_string()),
                Err(e) => error(&e),
            },
        )
        .collect();
    println!(
        "{}",
        json!({"pairs": pairs, "projects": projects, "notices": notices, "periods": periods})
    );
}
