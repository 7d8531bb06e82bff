//! Replays every `"type": "process"` scenario in `tests/scenarios/` and reports all failures at once.

use fuling_rules_tests::{process_scenario_files, run_process_scenario};

#[test]
fn process_scenarios() {
    let files = process_scenario_files();
    assert!(
        files.len() >= 40,
        "expected at least 40 process scenarios, found {}",
        files.len()
    );
    let failures: Vec<String> = files.iter().filter_map(|f| run_process_scenario(f).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} process scenarios failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn scenario_numbers_are_unique_and_format_version_is_1() {
    // `"scenario": 1` is the format version; the file name `process-NN-...` carries the number.
    let mut seen = std::collections::BTreeSet::new();
    for f in process_scenario_files() {
        let v = fuling_rules_tests::load(&f).unwrap();
        assert_eq!(v["scenario"], 1, "{}: scenario format version", f.display());
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let number: u32 = name
            .strip_prefix("process-")
            .and_then(|r| r.split('-').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{name}: expected process-NN-short-name.json"));
        assert!(seen.insert(number), "duplicate scenario number {number}");
    }
}

#[test]
fn scenarios_take_every_transition() {
    let mut taken = std::collections::BTreeSet::new();
    for f in process_scenario_files() {
        for (from, event, kind) in fuling_rules_tests::transitions_taken(&f).unwrap() {
            taken.insert((from, event, kind.as_str()));
        }
    }
    let mut missing = Vec::new();
    for row in fuling_rules::Process::transitions() {
        for kind in row.kinds {
            if !taken.contains(&(row.from, row.event, kind.as_str())) {
                missing.push(format!(
                    "{} --{}--> {} ({})",
                    row.from,
                    row.event.as_str(),
                    row.to,
                    kind.as_str()
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} transitions not taken by any scenario:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
