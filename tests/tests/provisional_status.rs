//! Issue 16 in a project's status: strict by default with a labelled `estimate`; `due` filled
//! in and `provisional: true` on a calendar with provisional years; and receipts that name
//! the notices loaded beyond the embedded data and the first provisional day relied on.

use chrono::NaiveDate;
use fuling_rules::{Calendar, ObligationId, Project, ProjectKind, Ruleset, Status};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A project whose 第十九条(三) deadline (60 working days from 2026-10-15) runs past 2026.
fn status(cal: &Calendar) -> Status {
    let mut p = Project::new("FL-2026-049", ProjectKind::Development);
    for e in [
        r#"{"type": "ledgered", "date": "2026-09-01"}"#,
        r#"{"type": "funding_plan_submitted", "date": "2026-09-01", "amount": "80万元"}"#,
        r#"{"type": "lead_department_reviewed", "date": "2026-09-02"}"#,
        r#"{"type": "preliminary_funding_plan_set", "date": "2026-10-15"}"#,
    ] {
        p.apply_json(e).unwrap();
    }
    p.status(d("2026-10-16"), cal, &Ruleset::default()).unwrap()
}

// 60 working days after Thu 2026-10-15 on the official 2026 data: 55 of them run to 12-31
// (10-16 is 1, 10-19..23 → 6, 10-26..30 → 11, November's 21 → 32, 12-01..04 → 36, three full
// weeks → 51, 12-28..31 → 55); then Fri 2027-01-01 is 元旦 on the provisional calendar and on
// the 2027 text below, and 01-04..01-08 are 56..60.
const DUE: &str = "2027-01-08";

/// A plausible 2027 notice's 元旦 item (not a published text): Fri 01-01 to Sun 01-03 off.
const N2027: &str = "国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕9号\n\
                     一、元旦:1月1日(周五)至3日(周日)放假,共3天。\n2026年11月10日";

#[test]
fn strict_default_keeps_due_null_and_gives_a_labelled_estimate() {
    let s = status(&Calendar::official());
    let o = &s.obligations[0];
    assert_eq!(o.id, ObligationId::DevelopmentPlanSubmission);
    assert_eq!(o.due, None);
    assert!(!o.provisional);
    assert_eq!(o.error.as_ref().unwrap().code, "calendar_out_of_range");
    let e = o.estimate.as_ref().unwrap();
    assert_eq!(e.due, d(DUE));
    assert!(e
        .basis_en
        .contains("may move by up to 3 working days (10 calendar days) when the 2027 notice is published"));
    assert!(
        e.basis_zh.contains("2027年通知发布后可能变动最多3个工作日(10个自然日)"),
        "{}",
        e.basis_zh
    );
    assert!(e
        .explanation
        .sentence_zh()
        .contains("暂定:未载入2027年节假日安排通知,2027-01-01 起"));
    // The receipt: the estimate relied on provisional days from 2027-01-01; no notice loaded.
    assert_eq!(s.receipt.provisional_from, Some(d("2027-01-01")));
    assert!(s.receipt.notices_loaded.is_empty());
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["receipt"]["provisional_from"], "2027-01-01");
    assert!(json["receipt"].get("notices_loaded").is_none()); // absent when none
}

#[test]
fn explicit_provisional_years_fill_due_and_say_so() {
    let s = status(&Calendar::official_provisional_until(2035).unwrap());
    let o = &s.obligations[0];
    assert_eq!(o.due, Some(d(DUE)));
    assert!(o.provisional);
    assert!(o.error.is_none() && o.estimate.is_none());
    let e = o.explanation.as_ref().unwrap();
    assert_eq!(e.provisional_from, Some(d("2027-01-01")));
    assert!(e
        .sentence_en()
        .contains("provisional from 2027-01-01: no 2027 holiday notice loaded"));
    assert!(e.sentence_zh().contains("暂定:未载入2027年节假日安排通知"));
    assert_eq!(s.receipt.provisional_from, Some(d("2027-01-01")));
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["obligations"][0]["provisional"], true);
}

#[test]
fn a_pasted_notice_makes_the_answer_exact_and_the_receipt_names_it() {
    let cal = Calendar::official().with_notice(N2027).unwrap();
    let s = status(&cal);
    let o = &s.obligations[0];
    assert_eq!(o.due, Some(d(DUE)));
    assert!(!o.provisional && o.estimate.is_none() && o.error.is_none());
    assert_eq!(s.receipt.provisional_from, None);
    assert!(s.receipt.calendar_version.ends_with("+notice-2027"));
    let [n] = s.receipt.notices_loaded.as_slice() else {
        panic!("{:?}", s.receipt)
    };
    assert_eq!(n.id, "2027");
    assert_eq!(n.year, Some(2027));
    assert_eq!(n.title, "国务院办公厅关于2027年部分节假日安排的通知");
    assert_eq!(n.number.as_deref(), Some("国办发明电〔2026〕9号"));
    assert_eq!(n.published, Some(d("2026-11-10")));
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(
        json["receipt"]["notices_loaded"],
        serde_json::json!([{"id": "2027", "year": 2027, "title": "国务院办公厅关于2027年部分节假日安排的通知",
                            "number": "国办发明电〔2026〕9号", "published": "2026-11-10"}])
    );
    assert!(json["receipt"].get("provisional_from").is_none());
    // A status read back from its JSON keeps the receipt.
    let back: Status = fuling_rules::json_input::from_str(&json.to_string()).unwrap();
    assert_eq!(back.receipt, s.receipt);
}

#[test]
fn a_deadline_inside_the_data_uses_no_provisional_day() {
    let mut p = Project::new("FL-2025-030", ProjectKind::Development);
    p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#).unwrap();
    let s = p
        .status(
            d("2025-09-02"),
            &Calendar::official_provisional_until(2035).unwrap(),
            &Ruleset::default(),
        )
        .unwrap();
    assert_eq!(s.receipt.provisional_from, None);
    assert!(s.obligations.iter().all(|o| !o.provisional));
}
