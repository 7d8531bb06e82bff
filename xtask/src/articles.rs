//! `docs/articles.md`: for each article of the regulation, every place that encodes it —
//! ruleset fields, events, transition rows, guards, obligations, finding codes, error codes —
//! from the citations these carry, and the scenarios in `tests/scenarios` that exercise it.
//!
//! The core's enums are read through one small function each ([`obligations`],
//! [`error_code_article`], [`crate::docs::guards`]) so that a table of rows in the core
//! replaces each in one place.

use crate::{AnyResult, Output, COMMAND};
use fuling_rules::checks::FindingCode;
use fuling_rules::citation::{ARTICLE_COUNT, REGULATION_TEXT};
use fuling_rules::process::Process;
use fuling_rules::{Art, Citation, ErrorCode, EventType, ObligationId, ProjectKind, Ruleset};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every obligation with the articles it cites (for each project kind).
///
/// Today's `ObligationId` has no list of its variants and gives its article only through its
/// ruleset rule; the variants come from its JSON Schema, and the two obligations without a
/// period (so without a rule) are named here. Replace with the core's table once it has one.
fn obligations() -> AnyResult<Vec<(ObligationId, Vec<Citation>)>> {
    let schema = serde_json::to_value(schemars::schema_for!(ObligationId))?;
    let rules = Ruleset::default();
    let mut out = Vec::new();
    for name in enum_names(&schema) {
        let id: ObligationId = serde_json::from_value(Value::String(name))?;
        let mut articles: Vec<Citation> = [ProjectKind::Development, ProjectKind::Om]
            .into_iter()
            .filter_map(|k| id.rule(k, &rules).map(|(_, r)| r.article))
            .collect();
        articles.dedup();
        if articles.is_empty() {
            // Obligations without a period rule (e.g. the Art. 20 filing) carry their article in the table.
            articles.push(id.article());
        }
        out.push((id, articles));
    }
    Ok(out)
}

/// The article an error code usually relates to (the core's `ErrorCode` table).
fn error_code_article(code: ErrorCode) -> Option<Citation> {
    code.article()
}

fn enum_names(schema: &Value) -> Vec<String> {
    let mut names = Vec::new();
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        names.extend(e.iter().filter_map(Value::as_str).map(str::to_owned));
    }
    for key in ["oneOf", "anyOf"] {
        for v in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
            if let Some(c) = v.get("const").and_then(Value::as_str) {
                names.push(c.to_owned());
            }
            names.extend(enum_names(v));
        }
    }
    names
}

/// What one article's section lists, each entry one line of markdown.
#[derive(Default)]
struct Entries {
    ruleset: Vec<String>,
    events: Vec<String>,
    transitions: Vec<String>,
    guards: Vec<String>,
    obligations: Vec<String>,
    findings: Vec<String>,
    errors: BTreeSet<String>,
    scenarios: BTreeSet<String>,
}

fn cite(c: Citation) -> String {
    if c.item.is_some() {
        format!(" ({})", c.zh())
    } else {
        String::new()
    }
}

fn kinds(k: &[ProjectKind]) -> String {
    k.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")
}

/// The first sentence of an article (up to the first 。, at most 60 characters).
fn first_sentence(n: u8) -> String {
    let text = Art::new(n).text().unwrap_or_default();
    let line = text.lines().next().unwrap_or_default();
    let end = line.find('。').map_or(line.len(), |i| i + '。'.len_utf8());
    let sentence = &line[..end];
    if sentence.chars().count() > 60 {
        sentence.chars().take(60).collect::<String>() + "…"
    } else {
        sentence.to_owned()
    }
}

/// The chapter heading (`第一章 总则`) before each article.
fn chapters() -> BTreeMap<u8, String> {
    let mut out = BTreeMap::new();
    let mut chapter = String::new();
    let body = REGULATION_TEXT.split("\n## Errata").next().unwrap_or_default();
    for line in body.lines() {
        if let Some(c) = line.strip_prefix("## ") {
            chapter = c.trim().to_owned();
        } else if let Some(n) = line
            .strip_prefix("### ")
            .and_then(|h| h.split("(Article ").nth(1))
            .and_then(|s| s.trim_end_matches(')').trim().parse::<u8>().ok())
        {
            out.insert(n, chapter.clone());
        }
    }
    out
}

/// The citations a scenario file exercises: citation objects, finding codes, event types,
/// obligation ids; and the error codes it expects with their article.
fn scan(v: &Value, key: Option<&str>, found: &mut BTreeSet<u8>, errors: &mut BTreeSet<(u8, String)>, names: &Names) {
    match v {
        Value::Object(map) => {
            if let Some(a) = map.get("article").and_then(Value::as_u64) {
                found.insert(u8::try_from(a).unwrap_or(0));
            }
            if let (Some(code), Some(a)) = (
                map.get("code").and_then(Value::as_str),
                map.get("article")
                    .and_then(|a| a.get("article"))
                    .and_then(Value::as_u64),
            ) && names.errors.contains(code)
            {
                errors.insert((u8::try_from(a).unwrap_or(0), code.to_owned()));
            }
            for (k, x) in map {
                scan(x, Some(k), found, errors, names);
            }
        }
        Value::Array(items) => items.iter().for_each(|x| scan(x, key, found, errors, names)),
        Value::String(s) => {
            if let Some(a) = names.findings.get(s.as_str()) {
                found.insert(*a);
            }
            if key == Some("type")
                && let Some(a) = names.events.get(s.as_str())
            {
                found.insert(*a);
            }
            if key == Some("id") {
                found.extend(names.obligations.get(s.as_str()).into_iter().flatten());
            }
        }
        _ => {}
    }
}

struct Names {
    findings: BTreeMap<&'static str, u8>,
    events: BTreeMap<&'static str, u8>,
    obligations: BTreeMap<&'static str, Vec<u8>>,
    errors: BTreeSet<&'static str>,
}

pub fn articles_md(root: &Path) -> AnyResult<Output> {
    let mut by: BTreeMap<u8, Entries> = (1..=ARTICLE_COUNT).map(|n| (n, Entries::default())).collect();
    fn entry(by: &mut BTreeMap<u8, Entries>, c: Citation) -> AnyResult<&mut Entries> {
        c.validate()?;
        by.get_mut(&c.article)
            .ok_or_else(|| format!("no article {}", c.article).into())
    }

    let rules = serde_json::to_value(Ruleset::default())?;
    for (field, rule) in rules.as_object().into_iter().flatten() {
        let Some(c) = rule.get("article") else { continue };
        let c: Citation = serde_json::from_value(c.clone())?;
        let value = match (rule.get("period"), rule.get("threshold").and_then(Value::as_str)) {
            (Some(p), _) => serde_json::from_value::<fuling_rules::Period>(p.clone())?.zh(),
            (None, Some(t)) => format!("{t} 元"),
            (None, None) => String::new(),
        };
        entry(&mut by, c)?
            .ruleset
            .push(format!("`{field}`: {value}{}", cite(c)));
    }
    // Events and rows without an article (`withdrawn`: not in the text) are indexed nowhere.
    for e in EventType::ALL {
        let Some(c) = e.article() else { continue };
        entry(&mut by, c)?
            .events
            .push(format!("`{}` ({}){}", e.as_str(), kinds(e.kinds()), cite(c)));
    }
    for t in Process::transitions() {
        let guards: Vec<String> = t.guards.iter().map(|g| format!("`{}`", g.as_str())).collect();
        let guards = if guards.is_empty() {
            String::new()
        } else {
            format!(" if {}", guards.join(", "))
        };
        let Some(article) = t.article else { continue };
        entry(&mut by, article)?.transitions.push(format!(
            "`{}` —`{}`→ `{}`{guards} ({}){}",
            t.from.as_str(),
            t.event.as_str(),
            t.to.as_str(),
            kinds(t.kinds),
            cite(article)
        ));
    }
    for g in crate::docs::guards() {
        entry(&mut by, g.article())?
            .guards
            .push(format!("`{}`: {}{}", g.as_str(), g.en(), cite(g.article())));
    }
    let obligations = obligations()?;
    for (id, articles) in &obligations {
        for &c in articles {
            entry(&mut by, c)?
                .obligations
                .push(format!("`{}`: {}{}", id.as_str(), id.what_en(), cite(c)));
        }
    }
    for f in FindingCode::ALL {
        let c = f.article();
        entry(&mut by, c)?.findings.push(format!(
            "`{}` ({}): {}{}",
            f.as_str(),
            f.severity().as_str(),
            f.message_en(),
            cite(c)
        ));
    }
    for code in ErrorCode::ALL {
        if let Some(c) = error_code_article(*code) {
            entry(&mut by, c)?.errors.insert(format!("`{}`", code.as_str()));
        }
    }

    let names = Names {
        findings: FindingCode::ALL
            .iter()
            .map(|f| (f.as_str(), f.article().article))
            .collect(),
        events: EventType::ALL
            .iter()
            .filter_map(|e| e.article().map(|a| (e.as_str(), a.article)))
            .collect(),
        obligations: obligations
            .iter()
            .map(|(id, a)| (id.as_str(), a.iter().map(|c| c.article).collect()))
            .collect(),
        errors: ErrorCode::ALL.iter().map(|c| c.as_str()).collect(),
    };
    let dir = root.join("tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    for name in &files {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(dir.join(name))?)?;
        let (mut found, mut errors) = (BTreeSet::new(), BTreeSet::new());
        scan(&doc, None, &mut found, &mut errors, &names);
        for a in found {
            let entries = by
                .get_mut(&a)
                .ok_or_else(|| format!("{name} cites article {a}, which the regulation lacks"))?;
            entries.scenarios.insert(format!("[{name}](../tests/scenarios/{name})"));
        }
        for (a, code) in errors {
            let entries = by
                .get_mut(&a)
                .ok_or_else(|| format!("{name} cites article {a}, which the regulation lacks"))?;
            entries
                .errors
                .insert(format!("`{code}` (raised with this article in the scenarios)"));
        }
    }

    let mut out = format!(
        "# Articles index (generated)\n\n\
         <!-- GENERATED by `{COMMAND}` from the core's citations and tests/scenarios. Do not edit by hand:\n     \
         `{COMMAND} --check` (run by scripts/test) fails when this file is stale. -->\n\n\
         For each of the {ARTICLE_COUNT} articles of 涪陵区政务数字化应用管理暂行办法(征求意见稿)\n\
         (`core/data/regulation.zh.md`), every place in the code that cites it: the ruleset's\n\
         numbers, the events and transition rows of the process ([process.md](process.md)), the\n\
         guards, the obligations, the finding codes of the checks ([checks.md](checks.md)), the error\n\
         codes, and the conformance scenarios that exercise it (by a citation, a finding code, an\n\
         event type or an obligation in the file). An item is named when the citation is to one item.\n\
         Why an article without entries is left unencoded: [coverage.md](coverage.md).\n"
    );
    let chapters = chapters();
    let mut last_chapter = "";
    for (n, e) in &by {
        let chapter = chapters.get(n).map_or("", String::as_str);
        if chapter != last_chapter {
            out.push_str(&format!("\n## {chapter}\n"));
            last_chapter = chapter;
        }
        let c = Art::new(*n);
        out.push_str(&format!(
            "\n### {} ({})\n\n> {}\n\n",
            c.zh(),
            c.en(),
            first_sentence(*n)
        ));
        let sections: [(&str, Vec<String>); 8] = [
            ("Ruleset", e.ruleset.clone()),
            ("Events", e.events.clone()),
            ("Transitions", e.transitions.clone()),
            ("Guards", e.guards.clone()),
            ("Obligations", e.obligations.clone()),
            ("Finding codes", e.findings.clone()),
            ("Error codes", e.errors.iter().cloned().collect()),
            ("Scenarios", e.scenarios.iter().cloned().collect()),
        ];
        if sections.iter().all(|(_, v)| v.is_empty()) {
            out.push_str("Nothing in the code cites this article (see [coverage.md](coverage.md)).\n");
            continue;
        }
        for (title, lines) in sections {
            if lines.is_empty() {
                continue;
            }
            out.push_str(&format!("- {title}:\n"));
            for l in lines {
                out.push_str(&format!("  - {l}\n"));
            }
        }
    }
    Ok(Output::new("docs/articles.md", out))
}
