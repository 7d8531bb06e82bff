//! One SQLite file, two languages: the service reads the store the Python back office wrote
//! (`examples/back_office/tests/test_shared_store.py` builds the sample district into
//! `$FULING_SHARED_STORE_DIR/district.sqlite` with `agenda.json` beside it), answers the same
//! agenda, fund view and statuses over HTTP, and appends to the file: a refused event leaves the
//! tables unchanged, an accepted one is written. It then writes `rust_appended.json`, which the
//! Python test reads back with the store. scripts/test runs the three steps in order.
//!
//! Without `FULING_SHARED_STORE_DIR` (plain `cargo test`) the test prints a notice and passes.

mod common;

use std::path::PathBuf;

use common::Server;
use serde_json::{json, Value};

const ENV: &str = "FULING_SHARED_STORE_DIR";
/// The project the test appends to: the sample's plan of 860万元 waiting for its municipal filing.
const PROJECT: &str = "FL-2026-016";

/// A GET that must answer 200: its body.
async fn get_ok(s: &Server, path: &str) -> Value {
    let (code, body) = s.get(path).await;
    assert_eq!(code, 200, "GET {path}: {body}");
    body
}

/// The agenda's items as the Python side writes them: [project_id, application_id, obligation,
/// due, working_days_left] (a field the JSON leaves out is null).
fn items(agenda: &Value) -> Vec<Value> {
    let field = |i: &Value, k: &str| i.get(k).cloned().unwrap_or(Value::Null);
    agenda["agenda"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            json!([
                field(i, "project_id"),
                field(i, "application_id"),
                field(i, "obligation"),
                field(i, "due"),
                field(i, "working_days_left")
            ])
        })
        .collect()
}

#[tokio::test]
async fn reads_and_appends_to_the_python_store() {
    let Some(dir) = std::env::var_os(ENV).map(PathBuf::from) else {
        eprintln!("shared_store: {ENV} is not set; skipped (scripts/test sets it after the Python tests)");
        return;
    };
    let db = dir.join("district.sqlite");
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("agenda.json")).unwrap()).unwrap();
    let as_of = expected["as_of"].as_str().unwrap();
    let _ = std::fs::remove_file(dir.join("rust_appended.json"));

    let s = Server::serve(db.clone()).await;

    // The row counts the Python store wrote.
    let conn = rusqlite::Connection::open(&db).unwrap();
    for (table, n) in expected["counts"].as_object().unwrap() {
        let count: i64 = conn
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(Some(count), n.as_i64(), "{table}");
    }

    // The same agenda, item for item and in the same order, and nothing that fails to load.
    let agenda = get_ok(&s, &format!("/agenda?as_of={as_of}")).await;
    assert_eq!(agenda["problems"], json!([]), "{agenda}");
    assert_eq!(Value::Array(items(&agenda)), expected["agenda"]);

    // The same fund view: every row's amounts (yuan strings) and counts.
    let funds = get_ok(&s, "/funds").await;
    let rows = funds["rows"].as_array().unwrap();
    let want = expected["funds"].as_array().unwrap();
    assert_eq!(rows.len(), want.len(), "{funds}");
    for (got, want) in rows.iter().zip(want) {
        for (k, v) in want.as_object().unwrap() {
            assert_eq!(got.get(k).unwrap_or(&Value::Null), v, "fund row {want}: {k}");
        }
    }

    // Every record's status loads here, in the state the Python side replayed.
    for (kind, states) in [("projects", "project_states"), ("applications", "application_states")] {
        let states = expected[states].as_object().unwrap();
        assert!(!states.is_empty());
        for (id, state) in states {
            let st = get_ok(&s, &format!("/{kind}/{id}/status?as_of={as_of}")).await;
            assert_eq!(&st["state"], state, "{kind}/{id}");
        }
    }

    // Refused (第二十条: no municipal filing yet): every table is as it was.
    let before = s.dump();
    let events = format!("/projects/{PROJECT}/events");
    let (code, err) = s
        .post(&events, json!({"type": "joint_review_organised", "date": as_of}))
        .await;
    assert_eq!(
        (code, &err["code"]),
        (422, &json!("municipal_filing_required")),
        "{err}"
    );
    assert_eq!(s.dump(), before);

    // Accepted: the filing, written at the project's next index.
    let n: u64 = conn
        .query_row(
            "SELECT COUNT(*) FROM events WHERE record_kind = 'project' AND record_id = ?1",
            [PROJECT],
            |r| r.get(0),
        )
        .unwrap();
    let event = json!({"type": "municipal_filing_submitted", "date": as_of, "recorded_by": "区大数据发展局 张敏"});
    let (code, ok) = s.post(&events, event.clone()).await;
    assert_eq!((code, &ok["index"]), (201, &json!(n)), "{ok}");
    assert_eq!(s.dump().len(), before.len() + 1);
    let stored: String = conn
        .query_row(
            "SELECT event FROM events WHERE record_kind = 'project' AND record_id = ?1 AND idx = ?2",
            rusqlite::params![PROJECT, n],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(serde_json::from_str::<Value>(&stored).unwrap(), event);

    // The filing recorded, the 第二十条 item leaves the agenda.
    let after = items(&get_ok(&s, &format!("/agenda?as_of={as_of}")).await);
    assert_eq!(after.len() + 1, expected["agenda"].as_array().unwrap().len());
    let marker = json!({
        "project_id": PROJECT,
        "index": n,
        "event": event,
        "state": ok["state"],
        "agenda": after,
    });
    std::fs::write(
        dir.join("rust_appended.json"),
        serde_json::to_string_pretty(&marker).unwrap(),
    )
    .unwrap();
}
