//! Unit tests of the process: transitions, guards, obligations, JSON.

use super::*;
use crate::calendar::Calendar;
use crate::error::ErrorCode;
use crate::model::{AcceptanceCondition, ProjectKind};
use crate::ruleset::Ruleset;
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn ev(json: &str) -> Event {
    Event::from_json_str(json).unwrap()
}

fn dev(events: &[&str]) -> Project {
    let mut p = Project::new("P", ProjectKind::Development);
    for e in events {
        p.apply(ev(e)).unwrap_or_else(|err| panic!("{e}: {err}"));
    }
    p
}

const UP_TO_REVIEW: [&str; 6] = [
    r#"{"type":"ledgered","date":"2025-06-03"}"#,
    r#"{"type":"funding_plan_submitted","date":"2025-06-04","amount":"5000000.00"}"#,
    r#"{"type":"lead_department_reviewed","date":"2025-06-05"}"#,
    r#"{"type":"preliminary_funding_plan_set","date":"2025-06-06"}"#,
    r#"{"type":"development_plan_submitted","date":"2025-07-01","amount":"5000000.00"}"#,
    r#"{"type":"preliminary_review_passed","date":"2025-07-02"}"#,
];

#[test]
fn lead_department_opinion_across_national_day() {
    let p = dev(&[
        r#"{"type":"ledgered","date":"2025-09-01"}"#,
        r#"{"type":"funding_plan_submitted","date":"2025-09-30","amount":"520万元"}"#,
    ]);
    let s = p
        .status(d("2025-10-15"), &Calendar::official(), &Ruleset::default())
        .unwrap();
    assert_eq!(s.state, State::FundingPlanSubmitted);
    assert_eq!(s.obligations.len(), 1);
    let o = &s.obligations[0];
    assert_eq!(o.id, ObligationId::LeadDepartmentOpinion);
    assert_eq!(o.due, Some(d("2025-10-14")));
    assert!(o.overdue);
    assert_eq!(s.overdue, vec![ObligationId::LeadDepartmentOpinion]);
    let e = o.explanation.as_ref().unwrap();
    assert_eq!(e.rule.as_deref(), Some("lead_department_review"));
    assert!(e.sentence_en().contains("10-01..10-08"), "{}", e.sentence_en());
    assert_eq!(s.receipt.ruleset_id, Ruleset::default().id);
}

#[test]
fn municipal_filing_guard_at_the_threshold() {
    let mut p = dev(&UP_TO_REVIEW);
    let before = p.clone();
    let err = p
        .apply(ev(r#"{"type":"joint_review_organised","date":"2025-07-03"}"#))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::MunicipalFilingRequired);
    assert_eq!(err.article(), Some(crate::Art::new(20)));
    assert_eq!(p, before);
    let s = p
        .status(d("2025-07-03"), &Calendar::official(), &Ruleset::default())
        .unwrap();
    assert!(s
        .obligations
        .iter()
        .any(|o| o.id == ObligationId::MunicipalFiling && o.due.is_none()));
    p.apply(ev(r#"{"type":"municipal_filing_submitted","date":"2025-07-03"}"#))
        .unwrap();
    p.apply(ev(r#"{"type":"joint_review_organised","date":"2025-07-03"}"#))
        .unwrap();
    assert_eq!(p.state(), State::JointReviewOrganised);

    // One fen below the threshold: no filing needed.
    let mut events = UP_TO_REVIEW;
    events[4] = r#"{"type":"development_plan_submitted","date":"2025-07-01","amount":"4999999.99"}"#;
    let mut p = dev(&events);
    p.apply(ev(r#"{"type":"joint_review_organised","date":"2025-07-03"}"#))
        .unwrap();

    // 第二十条 keys on the development plan's own amount: a 450万 preliminary figure with a
    // 520万 plan needs the filing.
    let mut events = UP_TO_REVIEW;
    events[1] = r#"{"type":"funding_plan_submitted","date":"2025-06-04","amount":"450万元"}"#;
    events[4] = r#"{"type":"development_plan_submitted","date":"2025-07-01","amount":"520万元"}"#;
    let mut p = dev(&events);
    let err = p
        .apply(ev(r#"{"type":"joint_review_organised","date":"2025-07-03"}"#))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::MunicipalFilingRequired);
}

#[test]
fn wrong_kind_out_of_order_and_not_allowed() {
    let mut p = Project::new("O", ProjectKind::Om);
    let err = p.apply(ev(r#"{"type":"ledgered","date":"2025-06-03"}"#)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::WrongProjectKind);
    p.apply(ev(r#"{"type":"om_plan_submitted","date":"2025-06-03"}"#))
        .unwrap();
    let err = p
        .apply(ev(r#"{"type":"lead_department_reviewed","date":"2025-06-02"}"#))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::EventOutOfOrder);
    let err = p.apply(ev(r#"{"type":"approved","date":"2025-06-04"}"#)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TransitionNotAllowed);
    assert_eq!(p.events().len(), 1);
}

#[test]
fn trial_minimum_and_exception() {
    let mut p = dev(&[
        r#"{"type":"ledgered","date":"2025-01-02"}"#,
        r#"{"type":"funding_plan_submitted","date":"2025-01-02","amount":"100000"}"#,
        r#"{"type":"lead_department_reviewed","date":"2025-01-03"}"#,
        r#"{"type":"preliminary_funding_plan_set","date":"2025-01-06"}"#,
        r#"{"type":"development_plan_submitted","date":"2025-01-07","amount":"100万元"}"#,
        r#"{"type":"preliminary_review_passed","date":"2025-01-08"}"#,
        r#"{"type":"joint_review_organised","date":"2025-01-09"}"#,
        r#"{"type":"approved","date":"2025-01-10"}"#,
        r#"{"type":"development_started","date":"2025-01-14","mode":"procurement"}"#,
        r#"{"type":"testing_completed","date":"2025-03-03","documents":["test_cases","test_plan","test_report","joint_debugging_record"]}"#,
        r#"{"type":"released","date":"2025-03-04","channel":"yu_kuai_zheng"}"#,
        r#"{"type":"trial_run_started","date":"2025-03-05"}"#,
    ]);
    // 2025-03-05 + 90 days = 2025-06-03.
    let err = p
        .apply(ev(r#"{"type":"trial_run_ended","date":"2025-06-02"}"#))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ExceptionBasisRequired);
    let err = p
        .apply(ev(
            r#"{"type":"trial_run_ended","date":"2025-06-02","exception":{"basis":"  "}}"#,
        ))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ExceptionBasisRequired);
    let mut q = p.clone();
    q.apply(ev(r#"{"type":"trial_run_ended","date":"2025-06-03"}"#))
        .unwrap();
    let s = q
        .status(d("2025-06-03"), &Calendar::official(), &Ruleset::default())
        .unwrap();
    assert!(s.exceptions.is_empty());
    p.apply(ev(
        r#"{"type":"trial_run_ended","date":"2025-06-02","exception":{"approved_by":"区大数据发展局","basis":"市级考核节点"}}"#,
    ))
    .unwrap();
    let s = p
        .status(d("2025-06-03"), &Calendar::official(), &Ruleset::default())
        .unwrap();
    assert_eq!(s.exceptions.len(), 1);
    assert_eq!(s.exceptions[0].kind, ExceptionKind::TrialRunShortened);
    // Report due 1 month after 2025-06-02 → 2025-07-02 (Wednesday).
    let o = s
        .obligations
        .iter()
        .find(|o| o.id == ObligationId::TrialRunReport)
        .unwrap();
    assert_eq!(o.due, Some(d("2025-07-02")));
    let conds: Vec<String> = AcceptanceCondition::ALL[..8]
        .iter()
        .map(|c| serde_json::to_string(c).unwrap())
        .collect();
    let err = p
        .apply(ev(&format!(
            r#"{{"type":"accepted","date":"2025-06-10","trial_run_passed":true,"conditions":[{}]}}"#,
            conds.join(",")
        )))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ConditionsNotMet);
    assert_eq!(err.article(), Some(crate::Art::new(34).item(9)));
}

#[test]
fn out_of_coverage_deadline_is_reported_per_obligation() {
    let p = dev(&[
        r#"{"type":"ledgered","date":"2026-12-01"}"#,
        r#"{"type":"funding_plan_submitted","date":"2026-12-01","amount":"1"}"#,
        r#"{"type":"lead_department_reviewed","date":"2026-12-02"}"#,
        r#"{"type":"preliminary_funding_plan_set","date":"2026-12-03"}"#,
    ]);
    let s = p
        .status(d("2026-12-10"), &Calendar::official(), &Ruleset::default())
        .unwrap();
    let o = s
        .obligations
        .iter()
        .find(|o| o.id == ObligationId::DevelopmentPlanSubmission)
        .unwrap();
    assert_eq!(o.due, None);
    assert!(!o.overdue);
    assert_eq!(o.error.as_ref().unwrap().code, "calendar_out_of_range");
    let gantt = p.timeline_mermaid(&Calendar::official(), &Ruleset::default()).unwrap();
    assert!(gantt.contains("%% development_plan_submission: calendar_out_of_range"));
}

#[test]
#[cfg_attr(
    not(feature = "message-text"),
    ignore = "asserts message texts, which are tokens without message-text"
)]
fn json_round_trip_and_schema() {
    let p = dev(&UP_TO_REVIEW);
    let json = p.to_json();
    let back = Project::from_json_str(&json).unwrap();
    assert_eq!(back, p);
    assert_eq!(back.to_json(), json);
    let err = Project::from_json_str(&json.replacen("\"schema\": 2", "\"schema\": 3", 1)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::UnsupportedSchema);
    let err = Project::from_json_str("{").unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidJson);
    let bad = json.replacen("2025-06-05", "2025-06-01", 1);
    let err = Project::from_json_str(&bad).unwrap_err();
    assert_eq!(err.code(), ErrorCode::EventOutOfOrder);
    assert!(err.message_en().starts_with("event 2:"), "{}", err.message_en());
}

#[test]
fn terminal_states_close_obligations() {
    let mut p = dev(&UP_TO_REVIEW);
    p.apply(ev(r#"{"type":"municipal_filing_submitted","date":"2025-07-03"}"#))
        .unwrap();
    p.apply(ev(r#"{"type":"joint_review_organised","date":"2025-07-03"}"#))
        .unwrap();
    let err = p
        .apply(ev(r#"{"type":"rejected","date":"2025-07-04","grounds":[]}"#))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    p.apply(ev(
        r#"{"type":"rejected","date":"2025-07-04","grounds":["not_on_two_ends"]}"#,
    ))
    .unwrap();
    let s = p
        .status(d("2025-12-31"), &Calendar::official(), &Ruleset::default())
        .unwrap();
    assert_eq!(s.state, State::Rejected);
    assert!(s.obligations.is_empty());
    let err = p.apply(ev(r#"{"type":"approved","date":"2025-07-05"}"#)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TransitionNotAllowed);
}

#[test]
fn status_as_of_before_last_event_is_refused() {
    let p = dev(&UP_TO_REVIEW);
    let err = p
        .status(d("2025-07-01"), &Calendar::official(), &Ruleset::default())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
}

#[test]
fn to_json_is_serde_json_pretty_text() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/scenarios");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let Some(record) = v.get("project") else { continue };
        let Ok(p) = Project::from_json_str(&record.to_string()) else {
            continue;
        };
        let want = serde_json::to_string_pretty(&p.to_record()).unwrap();
        assert_eq!(p.to_json(), want);
        seen += 1;
    }
    let tricky = "转义 \"q\" \\ [x] {y}: z, \\\" {}[]";
    let record = serde_json::json!({"schema": 1, "id": tricky, "kind": "development",
        "application": {"name": tricky}, "events": []});
    let p = Project::from_json_str(&record.to_string()).unwrap();
    assert_eq!(p.to_json(), serde_json::to_string_pretty(&p.to_record()).unwrap());
    assert!(p.to_json().contains("\"events\": []"));
    assert!(seen > 0, "no scenario with a project record");
}

#[test]
fn schema_1_record_with_acceptance_and_plan_without_amount_loads() {
    // A schema-1 record as the previous version stored it: the plan without its amount, the
    // trial without a result. It migrates (amount from the latest, trial passed) and replays.
    let v1 = serde_json::json!({"schema": 1, "id": "OLD", "kind": "development", "events": [
        {"type": "ledgered", "date": "2025-01-06"},
        {"type": "funding_plan_submitted", "date": "2025-01-06", "amount": "520万元"},
        {"type": "lead_department_reviewed", "date": "2025-01-06"},
        {"type": "preliminary_funding_plan_set", "date": "2025-01-06"},
        {"type": "development_plan_submitted", "date": "2025-01-06"},
        {"type": "municipal_filing_submitted", "date": "2025-01-06"},
        {"type": "preliminary_review_passed", "date": "2025-01-06"},
        {"type": "joint_review_organised", "date": "2025-01-06"},
        {"type": "approved", "date": "2025-01-10"},
        {"type": "development_started", "date": "2025-01-10", "mode": "procurement"},
        {"type": "testing_completed", "date": "2025-03-05", "documents": ["test_cases", "test_plan", "test_report", "joint_debugging_record"]},
        {"type": "released", "date": "2025-03-05", "channel": "yu_kuai_zheng"},
        {"type": "trial_run_started", "date": "2025-03-05"},
        {"type": "trial_run_ended", "date": "2025-06-03"},
        {"type": "accepted", "date": "2025-06-20", "conditions": ["supervisor_consents", "content_complete_and_goals_met",
            "built_on_platform", "irs_catalog_maintained", "tests_and_assessments_passed", "training_completed",
            "technical_materials_held", "records_complete", "other_requirements_met"]}
    ]});
    let p = Project::from_json_str(&v1.to_string()).unwrap();
    assert_eq!(p.state(), State::InOperation);
    assert_eq!(p.to_record().schema, 2);
    assert_eq!(p.amount(), Some(crate::Amount::parse("520万元").unwrap()));
    let report = crate::records::migrate(&[&v1.to_string()]);
    let codes: Vec<&str> = report.projects[0].notes.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "trial_run_passed_assumed",
            "plan_amount_from_latest",
            "ruleset_assumed",
            "application_id_from_project",
            "release_recorded_on_application"
        ]
    );
    // The same record without the trial's result is refused as schema 2.
    let mut v2 = v1;
    v2["schema"] = serde_json::json!(2);
    v2["events"][4]["amount"] = serde_json::json!("520万元");
    let err = Project::from_json_str(&v2.to_string()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::ConditionsNotMet);
}
