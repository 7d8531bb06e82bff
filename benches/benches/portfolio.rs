//! Criterion benchmarks of the portfolio: `cargo bench -p fuling-rules-benches --bench portfolio`.
//! 10,000 development projects of 30 stored events each over 100 applications, generated here:
//! each project takes the first k (1..=23) project events of scenario process-54 (ledger to
//! release, trial run, acceptance and four major faults; its catalog completion is the
//! application's and is left out) and pads to 30 with corrections, each re-stating the entry
//! before it (`replaces`: the previous index), so the portfolio holds projects in every stage,
//! with open obligations of every kind, and every replay resolves a correction chain. Each result
//! is checked inside the loop.

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use fuling_rules::portfolio::{AgendaOptions, Portfolio};
use serde_json::{json, Value};
use std::time::Duration;

const PROJECTS: usize = 10_000;
const APPLICATIONS: usize = 100;

/// The portfolio as JSON lines: the application records, then the projects.
fn portfolio_jsonl() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/scenarios/process-54-dev-major-faults-at-every-stage.json"
    );
    let scenario: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let events: Vec<Value> = scenario["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["type"].as_str().unwrap().starts_with("catalog_"))
        .cloned()
        .collect();
    assert_eq!(events.len(), 23);
    let mut out = String::new();
    for a in 0..APPLICATIONS {
        let app = json!({"schema": 2, "application": {"id": format!("APP-{a:03}"),
            "responsible_department": format!("责任部门{}", a % 17), "lead_department": format!("牵头部门{}", a % 7)}});
        out.push_str(&app.to_string());
        out.push('\n');
    }
    for i in 0..PROJECTS {
        let k = 1 + i % events.len();
        let mut evs: Vec<Value> = events.iter().take(k).cloned().collect();
        let last = evs.last().unwrap().clone();
        while evs.len() < 30 {
            let replaces = evs.len() - 1;
            evs.push(json!({"type": "correction", "date": last["date"], "replaces": replaces,
                "reason": "复核无误,重录", "event": last}));
        }
        let p = json!({"schema": 2, "id": format!("FL-{i:05}"), "kind": "development",
            "application_id": format!("APP-{:03}", i % APPLICATIONS), "events": evs});
        out.push_str(&p.to_string());
        out.push('\n');
    }
    out
}

fn portfolio(c: &mut Criterion) {
    let text = portfolio_jsonl();
    let loaded = Portfolio::from_jsonl(&text);
    assert!(loaded.problems().is_empty(), "{:?}", loaded.problems().first());
    assert_eq!(loaded.projects().len(), PROJECTS);
    assert!(loaded.projects().iter().all(|p| p.entries().len() == 30));
    let as_of = NaiveDate::from_ymd_opt(2025, 7, 10).unwrap(); // after process-54's last event (07-02)
    let options = AgendaOptions::default();
    let items = loaded.agenda(as_of, &options).unwrap().len();
    assert!(items > PROJECTS / 4, "only {items} items");
    eprintln!("portfolio: {PROJECTS} projects, {items} agenda items as of {as_of}");
    let mut g = c.benchmark_group("portfolio");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Elements(PROJECTS as u64));
    g.bench_function("agenda_10000_projects", |b| {
        b.iter(|| {
            let agenda = loaded.agenda(black_box(as_of), &options).unwrap();
            assert_eq!(agenda.len(), items);
        })
    });
    g.bench_function("load_replay_agenda_10000_projects", |b| {
        b.iter(|| {
            let p = Portfolio::from_jsonl(black_box(&text));
            let agenda = p.agenda(as_of, &options).unwrap();
            assert_eq!(agenda.len(), items);
        })
    });
    g.bench_function("fund_view_10000_projects", |b| {
        b.iter(|| {
            let v = loaded.fund_view(black_box(None));
            assert!(!v.rows.is_empty());
        })
    });
    g.finish();
}

criterion_group!(benches, portfolio);
criterion_main!(benches);
