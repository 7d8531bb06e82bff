//! Project JSON (events) replay + status + timeline: a result or a typed error, never a panic;
//! a loaded project round-trips through JSON.
#![no_main]
use chrono::NaiveDate;
use fuling_rules::process::Project;
use fuling_rules::{Calendar, Ruleset};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(project) = Project::from_json(text) else { return };
    let json = project.to_json();
    let again = Project::from_json(&json).expect("a saved project must load");
    assert_eq!(again.to_json(), json);
    let cal = Calendar::official();
    let rules = Ruleset::default();
    for as_of in ["2020-01-01", "2025-10-15", "2026-12-31", "2030-01-01"] {
        let d = NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap();
        let _ = project.status(d, &cal, &rules);
    }
    let _ = project.timeline_mermaid(&cal, &rules);
});
