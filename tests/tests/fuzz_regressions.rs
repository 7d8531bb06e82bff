//! Replays the minimised fuzz corpus (`fuzz/corpus/<target>/`) and every input that
//! once crashed a target (`fuzz/regressions/<target>/`) through the same target bodies the
//! fuzzer runs (`fuling_rules_tests::fuzz`), on the stable toolchain in the normal test suite.

use fuling_rules_tests::fuzz;
use std::path::PathBuf;

fn replay(target: &str, body: fn(&[u8])) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut files = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        files.extend(entries.map(|e| e.unwrap().path()).filter(|p| p.is_file()));
    }
    files.sort();
    assert!(!files.is_empty(), "no corpus for {target}");
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| body(&bytes));
        assert!(outcome.is_ok(), "{target}: {} fails", path.display());
    }
}

#[test]
fn amount_parse() {
    replay("amount_parse", fuzz::amount_parse);
}

#[test]
fn calendar_json() {
    replay("calendar_json", fuzz::calendar_json);
}

#[test]
fn due_date_target() {
    replay("due_date", fuzz::due_date_target);
}

#[test]
fn project_replay() {
    replay("project_replay", fuzz::project_replay);
}

#[test]
fn checks_json() {
    replay("checks_json", fuzz::checks_json);
}
