use super::*;
use crate::money::Amount;
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const APP: &str = r#"{"schema": 2, "application": {"id": "APP-1", "responsible_department": "区水利局", "lead_department": "区农业农村委"}}"#;

#[test]
fn records_are_told_apart_and_problems_kept() {
    let text = format!(
        "{APP}\n{}\n{}\n{APP}\n[1]\n",
        r#"{"schema": 2, "id": "FL-1", "kind": "om", "application_id": "APP-1"}"#,
        r#"{"schema": 2, "id": "FL-1", "kind": "om", "application_id": "APP-1"}"#
    );
    let p = Portfolio::from_jsonl(&text);
    assert_eq!((p.applications().len(), p.projects().len()), (1, 1));
    let kinds: Vec<_> = p.problems().iter().map(|x| (x.line, x.kind)).collect();
    assert_eq!(
        kinds,
        [
            (Some(3), ProblemKind::DuplicateId),
            (Some(4), ProblemKind::DuplicateId),
            (Some(5), ProblemKind::Unrecognised)
        ]
    );
}

#[test]
fn deregistered_application_closes_project_obligations() {
    let app = r#"{"schema": 2, "application": {"id": "APP-1"}, "events": [
        {"type": "deregistration_applied", "date": "2025-09-10", "reason": "no_longer_needed", "disposal":
         {"shared_data": "done", "history_data": "handled", "components": "done", "channels": "not_applicable"}},
        {"type": "deregistration_approved", "date": "2025-09-26"}]}"#
        .replace('\n', " ");
    let project = r#"{"schema": 2, "id": "FL-1", "kind": "om", "application_id": "APP-1", "events": [{"type": "om_plan_submitted", "date": "2025-09-01"}]}"#;
    let p = Portfolio::from_jsonl(&format!("{app}\n{project}\n"));
    assert!(p.problems().is_empty(), "{:?}", p.problems());
    let a = p.agenda(d("2025-09-29"), &AgendaOptions::default()).unwrap();
    // The application's 第四十二条 deadline and the project's lead-department opinion (not yet closed).
    let ids: Vec<_> = a
        .iter()
        .map(|i| (i.project_id.as_deref(), i.obligation.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            (Some("FL-1"), "lead_department_opinion"),
            (None, "deregistration_completion")
        ]
    );
    // As of before the application's last event: both are problems, nothing silently dropped.
    let a = p.agenda(d("2025-09-20"), &AgendaOptions::default()).unwrap();
    assert!(a.is_empty());
    assert_eq!(a.problems.len(), 2);
}

#[test]
fn both_ruleset_and_rulesets_refused() {
    let rules = Ruleset::default();
    let sets = crate::records::Rulesets::new(vec![Ruleset::default()]).unwrap();
    let o = AgendaOptions {
        ruleset: Some(&rules),
        rulesets: Some(&sets),
        ..Default::default()
    };
    let err = Portfolio::new().agenda(d("2025-01-02"), &o).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
}

#[test]
fn fund_view_stages_and_events() {
    let project = r#"{"schema": 2, "id": "FL-1", "kind": "development", "application_id": "APP-1", "events": [
        {"type": "ledgered", "date": "2025-09-01"},
        {"type": "funding_plan_submitted", "date": "2025-09-01", "amount": "600万元"},
        {"type": "lead_department_reviewed", "date": "2025-09-02"},
        {"type": "preliminary_funding_plan_set", "date": "2025-09-03"},
        {"type": "development_plan_submitted", "date": "2025-12-09", "amount": "550万元"},
        {"type": "municipal_filing_submitted", "date": "2026-01-05"},
        {"type": "withdrawn", "date": "2026-01-06", "reason": "并入其他项目"}]}"#
        .replace('\n', " ");
    let p = Portfolio::from_jsonl(&format!("{APP}\n{project}\n"));
    assert!(p.problems().is_empty(), "{:?}", p.problems());
    let v = p.fund_view(None);
    let wan = |n: u64| Amount::from_yuan(n * 10_000).unwrap();
    let r = &v.rows[0];
    assert_eq!((r.year, r.lead_department.as_deref()), (2025, Some("区农业农村委")));
    assert_eq!(
        (r.funding_requested, r.preliminary_funding, r.development_plan),
        (wan(600), wan(600), wan(550))
    );
    assert_eq!((r.large_plans, r.large_plans_unfiled, r.projects), (1, 0, 1));
    assert_eq!((v.rows[1].year, v.rows[1].withdrawals), (2026, 1));
    assert_eq!(v.large_plans[0].filed_on, Some(d("2026-01-05")));
    assert_eq!(v.withdrawals[0].amount, Some(wan(550)));
    let only_2026 = p.fund_view(Some(2026));
    assert_eq!(only_2026.rows.len(), 1);
    assert!(only_2026.large_plans.is_empty());
}
