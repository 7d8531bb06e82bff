//! The back-test of provisional dates (`tests/src/backtest.rs`): `docs/provisional.md` shows
//! a fresh run, and the bound the library states is the one measured.

use fuling_rules::calendar::{PROVISIONAL_BOUND_CALENDAR_DAYS, PROVISIONAL_BOUND_WORKING_DAYS};

#[test]
fn docs_and_stated_bound_match_a_fresh_run() {
    let report = fuling_rules_tests::backtest::run().unwrap();
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/provisional.md")).unwrap();
    assert!(
        doc.contains(&report.markdown()),
        "docs/provisional.md is stale: run `cargo xtask codegen`"
    );
    assert_eq!(report.bound_working_days(), i64::from(PROVISIONAL_BOUND_WORKING_DAYS));
    assert_eq!(report.bound_calendar_days(), i64::from(PROVISIONAL_BOUND_CALENDAR_DAYS));
    // Every year and period was compared: 12 years × 4 periods.
    assert_eq!(report.worst.len(), 12 * 4);
}
