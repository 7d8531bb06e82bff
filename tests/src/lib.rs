//! Conformance scenario runner; see `tests/scenarios/` and the integration tests in `tests/tests/`.
//!
//! A process scenario (`"type": "process"`) gives a project, events to apply one at a
//! time, the events that must be refused (by index, with their error code and article),
//! a date `as_of`, and the expected state, open obligations (id, due, overdue, article;
//! order-insensitive; `strength` compared when given) and, when given, the obligations met late
//! and the exceptions.
//! The Python and JavaScript runners replay the same files.

pub mod backtest;
pub mod fuzz;
pub mod import_notice;

use chrono::NaiveDate;
use fuling_rules::model::ProjectKind;
use fuling_rules::records::ApplicationRecord;
use fuling_rules::{Calendar, Citation, Event, EventType, Project, Ruleset, State};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every `tests/scenarios/*.json` file, sorted by name.
pub fn scenario_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Reads a scenario file as JSON.
///
/// # Errors
/// A message naming the file when it cannot be read or parsed.
pub fn load(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The process scenario files (those whose `"type"` is `"process"`).
pub fn process_scenario_files() -> Vec<PathBuf> {
    scenario_files()
        .into_iter()
        .filter(|p| load(p).is_ok_and(|v| v["type"] == "process"))
        .collect()
}

fn date(v: &Value, what: &str) -> Result<NaiveDate, String> {
    let s = v.as_str().ok_or_else(|| format!("{what}: not a string"))?;
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("{what}: {e}"))
}

fn citation(v: &Value) -> Result<Citation, String> {
    serde_json::from_value(v.clone()).map_err(|e| format!("bad article {v}: {e}"))
}

/// The transition-table rows (from state, event, project kind) that the accepted events
/// of a process scenario take.
///
/// # Errors
/// A message when the file cannot be read or its project cannot be loaded.
pub fn transitions_taken(path: &Path) -> Result<Vec<(State, EventType, ProjectKind)>, String> {
    let v = load(path)?;
    let mut project = Project::from_json_str(&v["project"].to_string()).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for raw in v["events"].as_array().into_iter().flatten() {
        if let Ok(ev) = serde_json::from_value::<Event>(raw.clone()) {
            let (from, ty) = (project.state(), ev.event_type());
            if project.apply(ev).is_ok() {
                out.push((from, ty, project.kind()));
            }
        }
    }
    Ok(out)
}

/// Runs one process scenario.
///
/// # Errors
/// Every mismatch found, one per line, prefixed with the file name.
pub fn run_process_scenario(path: &Path) -> Result<(), String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    run(path).map_err(|errs| {
        errs.iter()
            .map(|e| format!("{name}: {e}"))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn run(path: &Path) -> Result<(), Vec<String>> {
    let v = load(path).map_err(|e| vec![e])?;
    let mut errs: Vec<String> = Vec::new();
    if v["type"] != "process" {
        return Err(vec![format!("not a process scenario (type {})", v["type"])]);
    }
    if v["why"].as_str().is_none_or(|w| w.trim().len() < 20) {
        errs.push("\"why\" must explain the hand-worked reasoning".into());
    }
    let cal = Calendar::official();
    let rules = Ruleset::default();
    // An optional application record (schema 2): the project is loaded for it and evaluated
    // with it (`Project::status_with`).
    let application = match v.get("application") {
        Some(a) => {
            Some(ApplicationRecord::from_json_str(&a.to_string()).map_err(|e| vec![format!("application: {e}")])?)
        }
        None => None,
    };
    let mut project = match &application {
        Some(app) => Project::from_json_str_for(&v["project"].to_string(), app, &rules, &cal),
        None => Project::from_json_str(&v["project"].to_string()),
    }
    .map_err(|e| vec![format!("project: {e}")])?;

    let mut rejected: BTreeMap<usize, (String, Option<Citation>)> = BTreeMap::new();
    for r in v["rejected"].as_array().into_iter().flatten() {
        let Some(index) = r["index"].as_u64().and_then(|i| usize::try_from(i).ok()) else {
            errs.push(format!("rejected entry without index: {r}"));
            continue;
        };
        let code = r["code"].as_str().unwrap_or_default().to_owned();
        let article = match r.get("article") {
            Some(a) if !a.is_null() => match citation(a) {
                Ok(c) => Some(c),
                Err(e) => {
                    errs.push(e);
                    None
                }
            },
            _ => None,
        };
        rejected.insert(index, (code, article));
    }

    let events = v["events"].as_array().cloned().unwrap_or_default();
    for (i, raw) in events.iter().enumerate() {
        let before = project.to_json();
        let structured: Result<(), (String, Option<Citation>, String)> =
            match serde_json::from_value::<Event>(raw.clone()) {
                Err(e) => Err(("invalid_input".to_owned(), None, e.to_string())),
                Ok(ev) => project
                    .apply(ev)
                    .map_err(|e| (e.code().as_str().to_owned(), e.article(), e.message_en().to_owned())),
            };
        match (rejected.get(&i), structured) {
            (None, Ok(())) => {}
            (None, Err((code, _, msg))) => errs.push(format!("event {i} refused unexpectedly: [{code}] {msg}")),
            (Some((code, _)), Ok(())) => errs.push(format!("event {i} was accepted; expected {code}")),
            (Some((code, article)), Err((got, got_article, msg))) => {
                if &got != code {
                    errs.push(format!("event {i}: expected {code}, got [{got}] {msg}"));
                }
                if let Some(a) = article
                    && got_article != Some(*a)
                {
                    errs.push(format!("event {i}: expected article {a}, got {got_article:?}"));
                }
                if project.to_json() != before {
                    errs.push(format!("event {i}: refused but the project changed"));
                }
            }
        }
    }
    for idx in rejected.keys() {
        if *idx >= events.len() {
            errs.push(format!("rejected index {idx} is past the {} events", events.len()));
        }
    }

    let as_of = match date(&v["as_of"], "as_of") {
        Ok(d) => d,
        Err(e) => return Err(vec![e]),
    };
    let status = match &application {
        Some(app) => project.status_with(app, as_of, &cal, &rules),
        None => project.status(as_of, &cal, &rules),
    };
    let status = match status {
        Ok(s) => s,
        Err(e) => {
            errs.push(format!("status failed: {e}"));
            return Err(errs);
        }
    };
    let expect = &v["expect"];
    if let Some(state) = expect["state"].as_str() {
        if status.state.as_str() != state {
            errs.push(format!("state: expected {state}, got {}", status.state));
        }
    } else {
        errs.push("expect.state missing".into());
    }

    // Obligations: (id, due, overdue, article), order-insensitive.
    let got: Vec<(String, Value, bool, Value)> = status
        .obligations
        .iter()
        .map(|o| {
            (
                o.id.as_str().to_owned(),
                o.due.map_or(Value::Null, |d| Value::from(d.to_string())),
                o.overdue,
                serde_json::to_value(o.article).unwrap_or_default(),
            )
        })
        .collect();
    let mut want: Vec<(String, Value, bool, Value)> = Vec::new();
    for o in expect["obligations"].as_array().into_iter().flatten() {
        want.push((
            o["id"].as_str().unwrap_or_default().to_owned(),
            o.get("due").cloned().unwrap_or(Value::Null),
            o["overdue"].as_bool().unwrap_or(false),
            o.get("article").cloned().unwrap_or(Value::Null),
        ));
    }
    if expect.get("obligations").is_none() {
        errs.push("expect.obligations missing (use [] for none)".into());
    }
    let mut unmatched: Vec<(String, Value, bool, Value)> = got.clone();
    for w in &want {
        let pos = unmatched
            .iter()
            .position(|g| g.0 == w.0 && g.1 == w.1 && g.2 == w.2 && (w.3.is_null() || g.3 == w.3));
        match pos {
            Some(p) => {
                unmatched.remove(p);
            }
            None => errs.push(format!(
                "expected obligation {} due {} overdue {} article {} not found; got {:?}",
                w.0, w.1, w.2, w.3, got
            )),
        }
    }
    for g in &unmatched {
        if want.len() < got.len() || !errs.iter().any(|e| e.contains("expected obligation")) {
            errs.push(format!(
                "unexpected obligation {} due {} overdue {} article {}",
                g.0, g.1, g.2, g.3
            ));
        }
    }
    // `strength` (shall / in_principle), where the scenario states it.
    for o in expect["obligations"].as_array().into_iter().flatten() {
        let Some(want) = o.get("strength") else { continue };
        let found = status
            .obligations
            .iter()
            .find(|g| Some(g.id.as_str()) == o["id"].as_str());
        match found.map(|g| serde_json::to_value(g.strength).unwrap_or_default()) {
            Some(got) if &got == want => {}
            got => errs.push(format!("obligation {}: strength {want}, got {got:?}", o["id"])),
        }
    }
    // Every open obligation with a due date has an explanation that agrees.
    for o in &status.obligations {
        match (&o.due, &o.explanation) {
            (Some(d), Some(e)) if e.due == *d => {}
            (None, None) => {}
            _ => errs.push(format!("obligation {} lacks a matching explanation", o.id)),
        }
    }

    if let Some(ml) = expect.get("met_late") {
        let mut got: Vec<(String, String, String)> = status
            .met_late
            .iter()
            .map(|m| (m.id.as_str().to_owned(), m.due.to_string(), m.met_on.to_string()))
            .collect();
        let mut want: Vec<(String, String, String)> = ml
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| {
                (
                    m["id"].as_str().unwrap_or_default().to_owned(),
                    m["due"].as_str().unwrap_or_default().to_owned(),
                    m["met_on"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        got.sort();
        want.sort();
        if got != want {
            errs.push(format!("met_late: expected {want:?}, got {got:?}"));
        }
    }
    if let Some(ex) = expect.get("exceptions") {
        let mut got: Vec<String> = status
            .exceptions
            .iter()
            .map(|e| {
                serde_json::to_value(e.kind)
                    .unwrap_or_default()
                    .as_str()
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect();
        let mut want: Vec<String> = ex
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| e["kind"].as_str().unwrap_or_default().to_owned())
            .collect();
        got.sort();
        want.sort();
        if got != want {
            errs.push(format!("exceptions: expected {want:?}, got {got:?}"));
        }
    }
    // The application record's own status, where the scenario states it: state and open
    // obligations (id, due, overdue).
    if let (Some(app), Some(want)) = (&application, expect.get("application")) {
        match app.status(as_of, &cal, &rules) {
            Err(e) => errs.push(format!("application status failed: {e}")),
            Ok(got) => {
                if Some(got.state.as_str()) != want["state"].as_str() {
                    errs.push(format!(
                        "application state: expected {}, got {}",
                        want["state"],
                        got.state.as_str()
                    ));
                }
                let mut g: Vec<Value> = got
                    .obligations
                    .iter()
                    .map(|o| serde_json::json!({"id": o.id.as_str(), "due": o.due.map(|d| d.to_string()), "overdue": o.overdue}))
                    .collect();
                let mut w: Vec<Value> = want["obligations"].as_array().cloned().unwrap_or_default();
                g.sort_by_key(Value::to_string);
                w.sort_by_key(Value::to_string);
                if g != w {
                    errs.push(format!("application obligations: expected {w:?}, got {g:?}"));
                }
                // The catalog (第七条, 第三十七条), where stated.
                if let Some(want) = want.get("catalog") {
                    let got = serde_json::to_value(got.catalog).unwrap_or_default();
                    if &got != want {
                        errs.push(format!("application catalog: expected {want}, got {got}"));
                    }
                }
            }
        }
    }
    // Obligations closed by the application's deregistration: (id, due, overdue, closed_on).
    let mut got: Vec<Value> = status
        .closed
        .iter()
        .map(|c| {
            serde_json::json!({"id": c.id.as_str(), "due": c.due.map(|d| d.to_string()),
                "overdue": c.overdue, "closed_on": c.closed_on.to_string()})
        })
        .collect();
    let mut want: Vec<Value> = expect["closed"].as_array().cloned().unwrap_or_default();
    got.sort_by_key(Value::to_string);
    want.sort_by_key(Value::to_string);
    if got != want {
        errs.push(format!("closed: expected {want:?}, got {got:?}"));
    }
    if let Some(origin) = expect.get("origin") {
        let got = serde_json::to_value(status.origin).unwrap_or_default();
        if &got != origin {
            errs.push(format!("origin: expected {origin}, got {got}"));
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs)
    }
}

/// Replays one agenda scenario (`"type": "agenda"`): the `records` (JSON objects, or strings
/// of JSON text) load into a portfolio ([`fuling_rules::portfolio::Portfolio::from_inputs`]),
/// whose `problems` must be exactly the expected ones (in order; the keys given are compared);
/// then each case's agenda as of `as_of` with its `options` (`within_working_days`,
/// `responsible`, `department`) must list exactly the expected `items`, in order, each
/// compared on the keys given (`error_code` compares `error.code`, `estimate_due`
/// `estimate.due`).
///
/// # Errors
/// Every mismatch, one per line.
pub fn run_agenda_scenario(path: &Path) -> Result<(), String> {
    use fuling_rules::model::Role;
    use fuling_rules::portfolio::{AgendaOptions, Portfolio, RecordInput};
    let doc = load(path)?;
    let name = path.display().to_string();
    let inputs = doc["records"]
        .as_array()
        .ok_or(format!("{name}: records missing"))?
        .iter()
        .map(|r| match r.as_str() {
            Some(text) => RecordInput::Json(text.to_owned()),
            None => RecordInput::Value(r.clone()),
        })
        .collect();
    let portfolio = Portfolio::from_inputs(inputs);
    let mut failures = Vec::new();
    let compare = |what: &str, got: &Value, want: &Value, failures: &mut Vec<String>| {
        let Some(want) = want.as_object() else {
            return failures.push(format!("{what}: expected an object"));
        };
        for (k, w) in want {
            let g = match k.as_str() {
                "error_code" => got["error"]["code"].clone(),
                "estimate_due" => got["estimate"]["due"].clone(),
                _ => got.get(k).cloned().unwrap_or(Value::Null),
            };
            if &g != w {
                failures.push(format!("{what}.{k}: got {g}, want {w}"));
            }
        }
    };
    let problems: Vec<Value> = portfolio
        .problems()
        .iter()
        .map(|p| serde_json::to_value(p).unwrap_or_default())
        .collect();
    let want_problems = doc["problems"].as_array().cloned().unwrap_or_default();
    if problems.len() != want_problems.len() {
        failures.push(format!("problems: got {problems:?}, want {want_problems:?}"));
    } else {
        for (i, (g, w)) in problems.iter().zip(&want_problems).enumerate() {
            compare(&format!("problems[{i}]"), g, w, &mut failures);
        }
    }
    let as_of = date(&doc["as_of"], "as_of")?;
    for (c, case) in doc["cases"].as_array().cloned().unwrap_or_default().iter().enumerate() {
        let o = &case["options"];
        let responsible: Option<Role> = match o.get("responsible") {
            Some(r) => Some(serde_json::from_value(r.clone()).map_err(|e| format!("{name}: case {c}: {e}"))?),
            None => None,
        };
        let options = AgendaOptions {
            within_working_days: o.get("within_working_days").and_then(Value::as_i64),
            responsible,
            department: o.get("department").and_then(Value::as_str),
            ..AgendaOptions::default()
        };
        let agenda = portfolio
            .agenda(as_of, &options)
            .map_err(|e| format!("{name}: case {c}: {e}"))?;
        let got: Vec<Value> = agenda
            .items
            .iter()
            .map(|i| serde_json::to_value(i).unwrap_or_default())
            .collect();
        let want = case["items"].as_array().cloned().unwrap_or_default();
        if got.len() != want.len() {
            let ids: Vec<String> = got
                .iter()
                .map(|g| format!("{}/{}", g["project_id"], g["obligation"]))
                .collect();
            failures.push(format!(
                "case {c}: got {} items {ids:?}, want {}",
                got.len(),
                want.len()
            ));
            continue;
        }
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            compare(&format!("case {c} items[{i}]"), g, w, &mut failures);
        }
        if !agenda.problems.is_empty() {
            failures.push(format!("case {c}: agenda problems {:?}", agenda.problems));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("{name}:\n  {}", failures.join("\n  ")))
    }
}
