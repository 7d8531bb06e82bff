//! The schema-1 → schema-2 migration, with every process scenario's project as the corpus:
//! the scenario's project with its accepted events is a schema-1 record; it is loaded as is
//! (schema 1), and migrated (schema 2: the project and its application record); replayed, both
//! give the same state, obligations, obligations met late, exceptions and labels.
//!
//! The migrated project is evaluated with its application record (`Project::status_with`).
//! Deliberate differences are listed in `EXPECTED_DIFFERENCES` (and in `docs/records.md`); the
//! list is exact: each listed scenario does differ.

use chrono::NaiveDate;
use fuling_rules::records::{migrate, ApplicationState};
use fuling_rules::{Calendar, Event, Project, Ruleset};
use fuling_rules_tests::{load, process_scenario_files};
use serde_json::Value;
use std::collections::BTreeSet;

/// Scenario files whose migrated replay deliberately differs (file name, why).
const EXPECTED_DIFFERENCES: &[(&str, &str)] = &[
    (
        "process-71-deregistration-during-trial-run-refused.json",
        "the refused deregistration is the application's: the project stays in trial_run (schema 1 returned it to in_operation)",
    ),
];

/// The scenario's project with the events the scenario accepts, as a schema-1 record.
fn schema_1_record(v: &Value) -> Value {
    let mut project = Project::from_json_str(&v["project"].to_string()).unwrap();
    let mut record = v["project"].clone();
    let mut accepted: Vec<Value> = record["events"].as_array().cloned().unwrap_or_default();
    for raw in v["events"].as_array().into_iter().flatten() {
        if let Ok(ev) = serde_json::from_value::<Event>(raw.clone())
            && project.apply(ev).is_ok()
        {
            accepted.push(raw.clone());
        }
    }
    record["events"] = Value::Array(accepted);
    record
}

type Obl = (String, Option<NaiveDate>, bool);

#[test]
fn every_scenario_project_migrates_to_the_same_answers() {
    let (cal, rules) = (Calendar::official(), Ruleset::default());
    let mut failures = Vec::new();
    let mut moved = 0;
    let files = process_scenario_files();
    assert!(files.len() >= 50);
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let expected = EXPECTED_DIFFERENCES.iter().any(|(n, _)| *n == name);
        let mut here = Vec::new();
        let v = load(f).unwrap();
        let as_of = NaiveDate::parse_from_str(v["as_of"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        if v["project"]["schema"] != 1 {
            continue; // a schema-2 scenario (process-106 on): not part of the schema-1 corpus
        }
        let v1 = schema_1_record(&v);
        assert_eq!(v1["schema"], 1, "{name}: the corpus is schema 1");
        let text = v1.to_string();
        let old = Project::from_json_str(&text)
            .unwrap()
            .status(as_of, &cal, &rules)
            .unwrap();

        let report = migrate(&[&text]);
        if !report.refused.is_empty() || !report.conflicts.is_empty() {
            here.push(format!(
                "{name}: refused {:?} conflicts {:?}",
                report.refused, report.conflicts
            ));
            failures.append(&mut here);
            continue;
        }
        let record = report.projects[0].project.clone();
        let app = report.applications[0].clone();
        moved += report.projects[0]
            .notes
            .iter()
            .filter(|n| n.code == "event_moved_to_application")
            .count();
        assert_eq!((record.schema, app.schema), (2, 2));
        // The migrated files are what a back office stores: read them back from text.
        let app = fuling_rules::records::ApplicationRecord::from_json_str(&app.to_json()).unwrap();
        let project = Project::from_json_str_for(&serde_json::to_string(&record).unwrap(), &app, &rules, &cal).unwrap();
        let new = project.status_with(&app, as_of, &cal, &rules).unwrap();
        let app_status = app.status(as_of, &cal, &rules).unwrap();

        let state = match app_status.state {
            ApplicationState::Registered => new.state.as_str(),
            other => other.as_str(),
        };
        if state != old.state.as_str() {
            here.push(format!("{name}: state {} became {state}", old.state));
        }
        let obl = |o: &fuling_rules::Obligation| -> Obl { (o.id.as_str().to_owned(), o.due, o.overdue) };
        let mut before: Vec<Obl> = old.obligations.iter().map(obl).collect();
        let mut after: Vec<Obl> = new.obligations.iter().chain(&app_status.obligations).map(obl).collect();
        before.sort();
        after.sort();
        if before != after {
            here.push(format!("{name}: obligations {before:?} became {after:?}"));
        }
        let late = |m: &fuling_rules::process::MetLate| (m.id.as_str().to_owned(), m.due, m.met_on);
        let mut before: Vec<_> = old.met_late.iter().map(late).collect();
        let mut after: Vec<_> = new.met_late.iter().chain(&app_status.met_late).map(late).collect();
        before.sort();
        after.sort();
        if before != after {
            here.push(format!("{name}: met late {before:?} became {after:?}"));
        }
        if old.exceptions != new.exceptions {
            here.push(format!("{name}: exceptions differ"));
        }
        let before: BTreeSet<_> = old.labels.iter().collect();
        let after: BTreeSet<_> = new.labels.iter().chain(&app_status.labels).collect();
        if before != after {
            here.push(format!("{name}: labels {before:?} became {after:?}"));
        }
        if !new.warnings.is_empty() || !app_status.warnings.is_empty() {
            here.push(format!("{name}: warnings after migration"));
        }
        match (expected, here.is_empty()) {
            (true, true) => failures.push(format!("{name}: listed in EXPECTED_DIFFERENCES but does not differ")),
            (true, false) => {}
            (false, _) => failures.append(&mut here),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(moved > 0, "the corpus moves some events to the application record");
}

#[test]
fn a_record_that_cannot_migrate_is_refused_whole() {
    // The events replay as stored: a refused event refuses the file, with its reason.
    let bad = r#"{"schema": 1, "id": "FL-1", "kind": "development", "application": {"id": "APP-1"},
        "events": [{"type": "ledgered", "date": "2025-09-01"}, {"type": "approved", "date": "2025-09-02"}]}"#;
    let good = r#"{"schema": 1, "id": "FL-2", "kind": "om", "application": {"id": "APP-2"}}"#;
    let report = migrate(&[
        bad,
        good,
        "{",
        r#"{"schema": 7}"#,
        r#"{"schema": 1, "id": "", "kind": "om"}"#,
    ]);
    let refused: Vec<(u32, &str)> = report.refused.iter().map(|r| (r.index, r.code.as_str())).collect();
    assert_eq!(
        refused,
        [
            (0, "transition_not_allowed"),
            (2, "invalid_json"),
            (3, "unsupported_schema"),
            (4, "invalid_input")
        ]
    );
    assert!(
        report.refused[0].message_en.starts_with("event 1:"),
        "{}",
        report.refused[0].message_en
    );
    assert_eq!(report.projects.len(), 1);
    assert_eq!(report.applications.len(), 1);
    assert_eq!(report.applications[0].application.id, "APP-2");
}

#[test]
fn projects_of_one_application_merge_or_are_reported() {
    let dev = r#"{"schema": 1, "id": "FL-1", "kind": "om", "application": {"id": "APP-1", "name": "智慧河长"},
        "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}, {"type": "lead_department_reviewed", "date": "2025-05-08"},
                   {"type": "joint_review_organised", "date": "2025-05-09"}, {"type": "approved", "date": "2025-05-09"},
                   {"type": "om_started", "date": "2025-05-12", "mode": "procurement"},
                   {"type": "label_marked", "date": "2025-06-02", "label": "high_risk"}]}"#;
    let om = dev
        .replace("FL-1", "FL-2")
        .replace("2025-06-02", "2025-06-03")
        .replace("high_risk", "excellent");
    let report = migrate(&[dev, &om]);
    assert!(report.conflicts.is_empty());
    assert_eq!(report.applications.len(), 1);
    assert_eq!(report.applications[0].events.len(), 2); // both labels, on the one application
                                                        // A different name for the same id: reported, not merged.
    let renamed = om.replace("智慧河长", "智慧河长应用");
    let report = migrate(&[dev, &renamed]);
    assert!(report.applications.is_empty());
    assert_eq!(report.conflicts[0].versions.len(), 2);
    assert_eq!(report.projects.len(), 2);
    // A project loaded from schema 1 that holds its application's facts (the label) is saved
    // as schema 1 with its application: a schema-2 project cannot hold them.
    let kept = Project::from_json_str(dev).unwrap().to_json();
    assert!(kept.contains(r#""schema": 1"#) && kept.contains(r#""name": "智慧河长""#));
    assert_eq!(
        Project::from_json_str(&kept).unwrap(),
        Project::from_json_str(dev).unwrap()
    );
    // An already-current record passes through unchanged, without notes.
    let current = serde_json::to_string_pretty(&migrate(&[dev]).projects[0].project).unwrap();
    let report = migrate(&[&current]);
    assert!(report.projects[0].notes.is_empty());
    assert_eq!(
        serde_json::to_string_pretty(&report.projects[0].project).unwrap(),
        current
    );
}

#[test]
fn catalog_events_move_to_the_application() {
    // 第七条, 第三十七条: a schema-1 O&M project approved Tue 2025-05-06 (7 working days: 05-07,
    // 08, 09, 12, 13, 14, 15 → catalog_completion due Thu 05-15), its catalog completed late on
    // 05-20 and updated on 06-03 before the major iteration of 06-04.
    let v1 = r#"{"schema": 1, "id": "FL-C1", "kind": "om", "application": {"id": "APP-C", "name": "智慧停车"},
        "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}, {"type": "lead_department_reviewed", "date": "2025-05-06"},
                   {"type": "joint_review_organised", "date": "2025-05-06"}, {"type": "approved", "date": "2025-05-06"},
                   {"type": "catalog_completed", "date": "2025-05-20"},
                   {"type": "om_started", "date": "2025-05-20", "mode": "procurement"},
                   {"type": "catalog_updated", "date": "2025-06-03"},
                   {"type": "major_iteration_started", "date": "2025-06-04"}]}"#;
    let (cal, rules) = (Calendar::official(), Ruleset::default());
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let as_of = d("2025-06-04");
    let old = Project::from_json_str(v1).unwrap().status(as_of, &cal, &rules).unwrap();
    let report = migrate(&[v1]);
    assert!(report.conflicts.is_empty() && report.refused.is_empty());
    let moved: Vec<&str> = report.projects[0]
        .notes
        .iter()
        .filter(|n| n.code == "event_moved_to_application")
        .map(|n| n.pointer.as_str())
        .collect();
    assert_eq!(moved, ["/events/4", "/events/6"]);
    let app = fuling_rules::records::ApplicationRecord::from_json_str(&report.applications[0].to_json()).unwrap();
    let names: Vec<&str> = app
        .events
        .iter()
        .filter_map(|e| match e {
            fuling_rules::records::Entry::Event(e) => Some(e.name()),
            _ => None,
        })
        .collect();
    assert_eq!(names, ["catalog_completed", "catalog_updated"]);
    let a = app.status(as_of, &cal, &rules).unwrap();
    assert_eq!(
        (a.catalog.completed, a.catalog.last_updated),
        (Some(d("2025-05-20")), Some(d("2025-06-03")))
    );
    // The schema-2 project holds no catalog event; with its application record it replays (the
    // iteration reads the application's update) and gives the same answer: met late, 05-15/05-20.
    let project_json = serde_json::to_string(&report.projects[0].project).unwrap();
    assert!(!project_json.contains("catalog_"));
    let p = Project::from_json_str_for(&project_json, &app, &rules, &cal).unwrap();
    let new = p.status_with(&app, as_of, &cal, &rules).unwrap();
    let late = |s: &fuling_rules::Status| s.met_late.iter().map(|m| (m.id, m.due, m.met_on)).collect::<Vec<_>>();
    assert_eq!(late(&new), late(&old));
    assert_eq!(
        late(&new),
        [(
            fuling_rules::ObligationId::CatalogCompletion,
            d("2025-05-15"),
            d("2025-05-20")
        )]
    );
    assert!(new.obligations.is_empty() && old.obligations.is_empty());
    // Loaded alone it knows no catalog: 第三十七条's guard refuses the iteration.
    let err = Project::from_json_str(&project_json).unwrap_err();
    assert_eq!(err.code(), fuling_rules::ErrorCode::CatalogUpdateRequired);

    // Two projects of the application with different catalog histories: both are the
    // application's facts, merged in date order on its one record.
    let v2 = v1
        .replace("FL-C1", "FL-C2")
        .replace(r#"{"type": "catalog_completed", "date": "2025-05-20"},"#, "")
        .replace("2025-06-03", "2025-06-02");
    let report = migrate(&[v1, &v2]);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    let dates: Vec<String> = report.applications[0]
        .events
        .iter()
        .filter_map(|e| match e {
            fuling_rules::records::Entry::Event(e) => Some(format!("{} {}", e.name(), e.date())),
            _ => None,
        })
        .collect();
    assert_eq!(
        dates,
        [
            "catalog_completed 2025-05-20",
            "catalog_updated 2025-06-02",
            "catalog_updated 2025-06-03"
        ]
    );
    // A catalog update one project records after another deregistered the application cannot be
    // replayed on the application record: reported, not merged.
    let gone = r#"{"schema": 1, "id": "FL-C3", "kind": "om", "application": {"id": "APP-C", "name": "智慧停车"},
        "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}, {"type": "lead_department_reviewed", "date": "2025-05-06"},
                   {"type": "joint_review_organised", "date": "2025-05-06"}, {"type": "approved", "date": "2025-05-06"},
                   {"type": "om_started", "date": "2025-05-06", "mode": "procurement"},
                   {"type": "deregistration_applied", "date": "2025-05-26", "reason": "no_longer_needed",
                    "disposal": {"shared_data": "done", "history_data": "handled", "components": "not_applicable", "channels": "not_applicable"}},
                   {"type": "deregistration_approved", "date": "2025-05-27"}, {"type": "deregistered", "date": "2025-05-28"}]}"#;
    let report = migrate(&[v1, gone]);
    assert!(report.applications.is_empty());
    assert_eq!(report.conflicts[0].project_ids, ["FL-C1", "FL-C3"]);
    assert!(
        report.conflicts[0].message_en.contains("cannot be replayed together"),
        "{}",
        report.conflicts[0].message_en
    );
}
