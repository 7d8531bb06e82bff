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

/// The agenda lists exactly the open obligations of each project's status (the same
/// computation): every process scenario's project, with the events it accepts, in a portfolio
/// with its application record when the scenario has one.
#[test]
fn agenda_items_are_the_status_obligations() {
    use chrono::NaiveDate;
    use fuling_rules::portfolio::{AgendaOptions, Portfolio};
    use fuling_rules::records::ApplicationRecord;
    use fuling_rules::{Calendar, Project, Ruleset};
    let (cal, rules) = (Calendar::official(), Ruleset::default());
    let mut compared = 0;
    for path in fuling_rules_tests::process_scenario_files() {
        let v = fuling_rules_tests::load(&path).unwrap();
        let app = v
            .get("application")
            .map(|a| ApplicationRecord::from_json_str(&a.to_string()).unwrap());
        let mut p = match &app {
            Some(a) => Project::from_json_str_in(&v["project"].to_string(), a.application(), &rules, &cal).unwrap(),
            None => Project::from_json_str(&v["project"].to_string()).unwrap(),
        };
        for e in v["events"].as_array().into_iter().flatten() {
            let _ = p.apply_json(&e.to_string());
        }
        let as_of = NaiveDate::parse_from_str(v["as_of"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        let status = match &app {
            Some(a) => p.status_with(a, as_of, &cal, &rules),
            None => p.status(as_of, &cal, &rules),
        };
        let Ok(status) = status else { continue };
        let portfolio = Portfolio::from_records(vec![p.clone()], app.into_iter().collect());
        let agenda = portfolio.agenda(as_of, &AgendaOptions::default()).unwrap();
        let mut want: Vec<_> = status
            .obligations
            .iter()
            .map(|o| (o.id, o.due, o.overdue, o.explanation.clone()))
            .collect();
        let mut got: Vec<_> = agenda
            .items
            .iter()
            .filter(|i| i.project_id.is_some())
            .map(|i| (i.obligation, i.due, i.overdue, i.explanation.clone()))
            .collect();
        want.sort_by_key(|w| (w.0, w.1));
        got.sort_by_key(|g| (g.0, g.1));
        assert_eq!(got, want, "{}", path.display());
        compared += 1;
    }
    assert!(compared > 90, "only {compared} scenarios compared");
}
