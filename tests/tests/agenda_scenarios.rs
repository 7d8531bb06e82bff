//! Replays every `"type": "agenda"` scenario in `tests/scenarios/` (see
//! `fuling_rules_tests::run_agenda_scenario`).

#[test]
fn agenda_scenarios() {
    let files: Vec<_> = fuling_rules_tests::scenario_files()
        .into_iter()
        .filter(|p| fuling_rules_tests::load(p).is_ok_and(|v| v["type"] == "agenda"))
        .collect();
    assert!(files.len() >= 5, "only {} agenda scenarios", files.len());
    let failures: Vec<String> = files
        .iter()
        .filter_map(|p| fuling_rules_tests::run_agenda_scenario(p).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
