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
fn scenario_numbers_are_unique_and_match_file_names() {
    let mut seen = std::collections::BTreeSet::new();
    for f in process_scenario_files() {
        let v = fuling_rules_tests::load(&f).unwrap();
        let n = v["scenario"].as_u64().expect("scenario number");
        assert!(seen.insert(n), "duplicate scenario number {n}");
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with(&format!("process-{n:02}-")),
            "{name} does not match scenario {n}"
        );
    }
}

#[test]
fn docs_process_md_contains_the_generated_diagram() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/process.md");
    let doc = std::fs::read_to_string(&path).expect("docs/process.md");
    let mermaid = fuling_rules::Process::mermaid();
    assert!(
        doc.contains(&mermaid),
        "docs/process.md does not contain Process::mermaid() verbatim; regenerate it with\n  cargo run -p fuling-rules-examples --bin walkthrough -- --process-doc > docs/process.md"
    );
    assert!(
        doc.contains(&fuling_rules::Process::markdown_table()),
        "docs/process.md transition table is stale"
    );
}
