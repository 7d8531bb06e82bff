//! Criterion benchmarks of the core: `cargo bench -p fuling-rules-benches`.
//! Each result is checked inside the loop so the work cannot be optimised away.

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use fuling_rules::process::Project;
use fuling_rules::{Amount, Calendar, Ruleset};
use std::time::Duration;

fn dates(cal: &Calendar, count: usize) -> Vec<(NaiveDate, u32)> {
    // A deterministic spread of (date, n) pairs over 2015–2025 (linear congruential sequence).
    let first = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    (0..count)
        .map(|_| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let day = (x >> 33) % 4017; // 2015-01-01 .. 2025-12-31
            let n = ((x >> 20) % 60) as u32 + 1;
            (first + chrono::Duration::days(day as i64), n)
        })
        .filter(|(d, _)| cal.coverage().contains(*d))
        .collect()
}

fn calendar(c: &mut Criterion) {
    let cal = Calendar::official();
    let pairs = dates(&cal, 1024);
    let mut g = c.benchmark_group("calendar");
    g.throughput(Throughput::Elements(pairs.len() as u64));
    g.bench_function("add_working_days", |b| {
        b.iter(|| {
            for &(d, n) in &pairs {
                let r = cal.add_working_days(black_box(d), black_box(n)).unwrap();
                assert!(r > d);
            }
        })
    });
    let ends: Vec<(NaiveDate, NaiveDate)> = pairs
        .iter()
        .map(|&(d, n)| (d, cal.add_working_days(d, n).unwrap()))
        .collect();
    g.bench_function("working_days_between", |b| {
        b.iter(|| {
            for &(a, e) in &ends {
                let r = cal.working_days_between(black_box(a), black_box(e)).unwrap();
                assert!(r >= 1);
            }
        })
    });
    g.bench_function("is_working_day", |b| {
        b.iter(|| {
            let mut k = 0u32;
            for &(d, _) in &pairs {
                k += u32::from(cal.is_working_day(black_box(d)).unwrap());
            }
            assert!(k > 0);
        })
    });
    g.finish();
}

fn money(c: &mut Criterion) {
    let inputs = [
        "5,000,000.00",
        "500万元",
        "伍佰万元整",
        "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角捌分",
        "4999999.99",
    ];
    let mut g = c.benchmark_group("money");
    g.throughput(Throughput::Elements(inputs.len() as u64));
    g.bench_function("parse", |b| {
        b.iter(|| {
            for s in inputs {
                let a = Amount::parse(black_box(s)).unwrap();
                assert!(a.fen() > 0);
            }
        })
    });
    g.finish();
}

/// A 30-event development project: the 28 events of scenario process-53 (ledger to trial
/// report, catalog maintained at every stage) plus two catalog updates in operation.
fn thirty_event_project() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/scenarios/process-53-dev-catalog-maintained-at-every-stage.json"
    );
    let scenario: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut project = scenario["project"].clone();
    let mut events = scenario["events"].as_array().unwrap().clone();
    for _ in 0..2 {
        events.push(serde_json::json!({"type": "catalog_updated", "date": "2025-06-10"}));
    }
    project["events"] = serde_json::Value::Array(events);
    let json = project.to_string();
    let p = Project::from_json_str(&json).unwrap();
    assert_eq!(p.events().len(), 30);
    json
}

fn process(c: &mut Criterion) {
    let json = thirty_event_project();
    let cal = Calendar::official();
    let rules = Ruleset::default();
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 20).unwrap();
    let mut g = c.benchmark_group("process");
    g.bench_function("replay_30_events", |b| {
        b.iter(|| {
            let p = Project::from_json_str(black_box(&json)).unwrap();
            assert_eq!(p.events().len(), 30);
        })
    });
    g.bench_function("replay_and_status_30_events", |b| {
        b.iter(|| {
            let p = Project::from_json_str(black_box(&json)).unwrap();
            let s = p.status(as_of, &cal, &rules).unwrap();
            black_box(s);
        })
    });
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Elements(10_000));
    g.bench_function("replay_and_status_10000_projects", |b| {
        b.iter(|| {
            for _ in 0..10_000 {
                let p = Project::from_json_str(black_box(&json)).unwrap();
                black_box(p.status(as_of, &cal, &rules).unwrap());
            }
        })
    });
    g.finish();
}

fn checks(c: &mut Criterion) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/scenarios/check-01-planning-complete.json"
    );
    let scenario: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let input = scenario["input"].clone();
    let mut g = c.benchmark_group("checks");
    g.bench_function("planning_dossier_full", |b| {
        b.iter(|| {
            let r = fuling_rules::checks::run_json("planning_dossier", black_box(&input)).unwrap();
            assert!(r["findings"].as_array().unwrap().is_empty());
        })
    });
    g.finish();
}

criterion_group!(benches, calendar, money, process, checks);
criterion_main!(benches);
