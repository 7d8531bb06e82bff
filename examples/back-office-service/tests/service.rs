//! The service on a free port of 127.0.0.1, called over HTTP: registering, appending events,
//! statuses, the agenda, the checks, and refused events leaving the store unchanged.
//! Expected dates are worked out by hand from the 2026 calendar (no holiday in November 2026).

mod common;

use common::Server;
use serde_json::json;

/// The service over a new store in a fresh temporary folder.
async fn start(name: &str) -> Server {
    let dir = std::env::temp_dir().join(format!("fuling-back-office-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Server::serve(dir.join("district.sqlite")).await
}

async fn seeded(name: &str) -> Server {
    let s = start(name).await;
    let app = json!({"id": "APP-1", "name": "涪陵区智慧河长", "responsible_department": "区教委", "lead_department": "区水利局"});
    assert_eq!(s.post("/applications", app).await.0, 201);
    let p = json!({"id": "FL-2026-001", "kind": "development", "application_id": "APP-1"});
    assert_eq!(s.post("/projects", p).await.0, 201);
    for (i, e) in [
        json!({"type": "ledgered", "date": "2026-11-02", "recorded_by": "区大数据发展局 张敏"}),
        json!({"type": "funding_plan_submitted", "date": "2026-11-20", "amount": "210万元"}),
    ]
    .into_iter()
    .enumerate()
    {
        let (code, body) = s.post("/projects/FL-2026-001/events", e).await;
        assert_eq!((code, body["index"].as_u64()), (201, Some(i as u64)), "{body}");
    }
    s
}

#[tokio::test]
async fn status_and_agenda_over_http() {
    let s = seeded("status").await;
    // Funding plan submitted Fri 2026-11-20; 第十九条(二) 5 working days, the start day not counted:
    // Mon 11-23 .. Fri 11-27 (the weekend 11-21/22 skipped) → 2026-11-27.
    let (code, st) = s.get("/projects/FL-2026-001/status?as_of=2026-11-27").await;
    assert_eq!(code, 200, "{st}");
    assert_eq!(st["state"], "funding_plan_submitted");
    assert_eq!(
        (&st["obligations"][0]["id"], &st["obligations"][0]["due"]),
        (&json!("lead_department_opinion"), &json!("2026-11-27"))
    );
    // On Mon 2026-11-30 it is overdue by one working day (11-27 < d <= 11-30: Mon 30), owed by the
    // application's lead department.
    let (code, ag) = s.get("/agenda?as_of=2026-11-30").await;
    assert_eq!(code, 200, "{ag}");
    let item = &ag["agenda"]["items"][0];
    assert_eq!(ag["agenda"]["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        (
            &item["project_id"],
            &item["obligation"],
            &item["department"],
            &item["working_days_left"],
            &item["overdue"]
        ),
        (
            &json!("FL-2026-001"),
            &json!("lead_department_opinion"),
            &json!("区水利局"),
            &json!(-1),
            &json!(true)
        )
    );
    assert_eq!(item["article"], json!({"article": 19, "item": 2}));
    let (_, none) = s.get("/agenda?as_of=2026-11-30&department=区教委").await;
    assert_eq!(none["agenda"]["items"], json!([]));
    // The fund view: the funding plan of 210万元 in 2026 under the lead department.
    let (code, funds) = s.get("/funds?year=2026").await;
    assert_eq!(
        (code, &funds["rows"][0]["lead_department"]),
        (200, &json!("区水利局")),
        "{funds}"
    );
    assert_eq!(funds["rows"][0]["funding_requested"], json!("2100000.00"));
    let (code, app) = s.get("/applications/APP-1/status?as_of=2026-11-27").await;
    assert_eq!((code, &app["state"]), (200, &json!("registered")));
    let (code, err) = s.get("/projects/FL-2026-001/status").await;
    assert_eq!((code, &err["code"]), (400, &json!("invalid_input")));
    let (code, err) = s.get("/projects/NOPE/status?as_of=2026-11-27").await;
    assert_eq!((code, &err["code"]), (404, &json!("unknown_record")));
}

#[tokio::test]
async fn refused_events_leave_the_store_unchanged() {
    let s = seeded("refused").await;
    let before = s.dump();
    // Dated before the funding plan.
    let (code, err) = s
        .post(
            "/projects/FL-2026-001/events",
            json!({"type": "lead_department_reviewed", "date": "2026-11-18"}),
        )
        .await;
    assert_eq!((code, &err["code"]), (422, &json!("event_out_of_order")), "{err}");
    assert!(err["message_zh"].as_str().is_some_and(|m| !m.is_empty()) && err["message_en"].is_string());
    // A plan of 600万元 (≥ 500万元) cannot go to the joint review before its municipal filing (第二十条).
    for e in [
        json!({"type": "lead_department_reviewed", "date": "2026-11-23"}),
        json!({"type": "preliminary_funding_plan_set", "date": "2026-11-24"}),
        json!({"type": "development_plan_submitted", "date": "2026-11-25", "amount": "600万元"}),
        json!({"type": "preliminary_review_passed", "date": "2026-11-26"}),
    ] {
        assert_eq!(s.post("/projects/FL-2026-001/events", e).await.0, 201);
    }
    let before_review = s.dump();
    assert_ne!(before, before_review);
    let (code, err) = s
        .post(
            "/projects/FL-2026-001/events",
            json!({"type": "joint_review_organised", "date": "2026-11-27"}),
        )
        .await;
    assert_eq!(
        (code, &err["code"], &err["article"]),
        (422, &json!("municipal_filing_required"), &json!("第二十条")),
        "{err}"
    );
    // A malformed event, an application fact on a project, an event for an unknown record.
    let (code, err) = s
        .post("/projects/FL-2026-001/events", json!({"type": "approved"}))
        .await;
    assert_eq!((code, &err["code"]), (422, &json!("invalid_input")));
    let (code, err) = s
        .post(
            "/projects/FL-2026-001/events",
            json!({"type": "label_marked", "date": "2026-11-27", "label": "excellent"}),
        )
        .await;
    assert_eq!((code, &err["code"]), (422, &json!("application_event_on_project")));
    let (code, _) = s
        .post(
            "/projects/NOPE/events",
            json!({"type": "ledgered", "date": "2026-11-27"}),
        )
        .await;
    assert_eq!(code, 404);
    let (code, err) = s
        .post(
            "/applications/APP-1/events",
            json!({"type": "deregistered", "date": "2026-11-27"}),
        )
        .await;
    assert_eq!((code, &err["code"]), (422, &json!("transition_not_allowed")));
    assert_eq!(s.dump(), before_review);
    // The filing recorded, the review goes through.
    assert_eq!(
        s.post(
            "/projects/FL-2026-001/events",
            json!({"type": "municipal_filing_submitted", "date": "2026-11-27"})
        )
        .await
        .0,
        201
    );
    let (code, ok) = s
        .post(
            "/projects/FL-2026-001/events",
            json!({"type": "joint_review_organised", "date": "2026-11-27"}),
        )
        .await;
    assert_eq!(
        (code, &ok["state"], &ok["index"]),
        (201, &json!("joint_review_organised"), &json!(7))
    );
    // Registering twice is a conflict, not a second row.
    let (code, err) = s.post("/applications", json!({"id": "APP-1"})).await;
    assert_eq!((code, &err["code"]), (409, &json!("record_conflict")));
}

#[tokio::test]
async fn checks_over_http() {
    let s = start("checks").await;
    let (code, out) = s.post("/checks/label_actions", json!({"labels": ["island"]})).await;
    assert_eq!(code, 200, "{out}");
    assert!(out["actions"].as_array().is_some_and(|a| !a.is_empty()));
    let (code, err) = s.post("/checks/nope", json!({})).await;
    assert_eq!((code, &err["code"]), (404, &json!("unknown_name")));
    let (code, err) = s.post("/checks/planning_dossier", json!({"unknown_field": 1})).await;
    assert_eq!((code, &err["code"]), (422, &json!("invalid_input")));
}

/// The store written by the Python back office reads here: the same schema file.
#[test]
fn schema_is_the_python_stores() {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let sql = std::fs::read_to_string(here.join("../back_office/schema.sql")).unwrap();
    assert_eq!(sql, fuling_rules_back_office_service::SCHEMA_SQL);
}
