//! `bindings-wasm/src/generated.d.ts`: the TypeScript declarations of every data object
//! (inputs and outputs), generated from the JSON Schemas `schemars` derives from the core's
//! Rust types, and the `ErrorCode` union from `ErrorCode::ALL`. Descriptions are the doc
//! comments' prose: code blocks and `# Example`-style sections are left out.
//!
//! What cannot come from the core (the thrown `RulesError`, the options of `Project.status`,
//! the sentences the binding adds to explanations) stays hand-written in `types.d.ts`,
//! which `tsc` checks against these declarations (`scripts/test-wasm`).

use crate::{AnyResult, Output, COMMAND};
use schemars::JsonSchema;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

fn schema<T: JsonSchema>() -> AnyResult<Value> {
    Ok(serde_json::to_value(schemars::schema_for!(T))?)
}

/// The root types, by their TypeScript name. Their `$defs` are declared too.
fn roots() -> AnyResult<Vec<(&'static str, Value)>> {
    use fuling_rules::calendar::{Coverage, DayInfo, Notice, ParsedNotice, Period};
    use fuling_rules::checks::{CheckReport, LabelReport, PriorityResult};
    use fuling_rules::model::{AcceptanceDossier, CatalogDossier, DeregistrationDossier, LabelInput};
    use fuling_rules::model::{JointReview, PlanningDossier, PriorityInput};
    use fuling_rules::process::{ProjectRecord, State, Status};
    use fuling_rules::{Citation, Explanation, Ruleset};
    Ok(vec![
        ("Citation", schema::<Citation>()?),
        ("Period", schema::<Period>()?),
        ("Coverage", schema::<Coverage>()?),
        ("DayInfo", schema::<DayInfo>()?),
        ("Notice", schema::<Notice>()?),
        ("ParsedNotice", schema::<ParsedNotice>()?),
        ("Explanation", schema::<Explanation>()?),
        ("Ruleset", schema::<Ruleset>()?),
        ("CalendarData", fuling_rules::calendar::calendar_json_schema()),
        ("ProjectRecord", schema::<ProjectRecord>()?),
        (
            "ApplicationRecordJson",
            schema::<fuling_rules::records::ApplicationRecord>()?,
        ),
        (
            "ApplicationStatus",
            schema::<fuling_rules::records::ApplicationStatus>()?,
        ),
        ("MigrationReport", schema::<fuling_rules::records::MigrationReport>()?),
        // Portfolio (the optional module fuling-rules/office imports these from the main .d.ts).
        ("Agenda", schema::<fuling_rules::portfolio::Agenda>()?),
        ("FundView", schema::<fuling_rules::portfolio::FundView>()?),
        ("PortfolioProblem", schema::<fuling_rules::portfolio::Problem>()?),
        ("Status", schema::<Status>()?),
        ("State", schema::<State>()?),
        ("CheckReport", schema::<CheckReport>()?),
        ("LabelReport", schema::<LabelReport>()?),
        ("PriorityResult", schema::<PriorityResult>()?),
        ("PlanningDossier", schema::<PlanningDossier>()?),
        ("JointReview", schema::<JointReview>()?),
        ("AcceptanceDossier", schema::<AcceptanceDossier>()?),
        ("CatalogDossier", schema::<CatalogDossier>()?),
        ("DeregistrationDossier", schema::<DeregistrationDossier>()?),
        ("LabelInput", schema::<LabelInput>()?),
        ("PriorityInput", schema::<PriorityInput>()?),
    ])
}

/// Rust names renamed in TypeScript: DOM globals (`Event`) and the calendar file's types.
fn ts_name(name: &str) -> String {
    match name {
        "Event" => "ProjectEvent".into(),
        "CalendarFile" => "CalendarData".into(),
        "EntryKind" => "CalendarEntryType".into(),
        // The classes `ApplicationRecord` (JS) and the records' JSON shapes have distinct names.
        "ApplicationRecord" => "ApplicationRecordJson".into(),
        "Entry_Event" => "ProjectEntry".into(),
        "Entry_ApplicationEvent" => "ApplicationEntry".into(),
        // As Python's record class; `Problem` alone says too little in a package's namespace.
        "Problem" => "PortfolioProblem".into(),
        other => other.into(),
    }
}

/// The prose of a doc comment: no fenced code, nothing from the first `# Heading` on,
/// one line.
pub fn prose(doc: &str) -> String {
    let mut words = Vec::new();
    let mut fenced = false;
    for line in doc.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        if t.starts_with("# ") {
            break;
        }
        words.extend(t.split_whitespace());
    }
    words.join(" ")
}

fn doc_comment(s: &Value, indent: &str) -> String {
    match s.get("description").and_then(Value::as_str).map(prose) {
        Some(d) if !d.is_empty() => format!("{indent}/** {} */\n", d.replace("*/", "* /")),
        _ => String::new(),
    }
}

fn literal(v: &Value) -> String {
    v.to_string()
}

fn def_name(reference: &str) -> String {
    ts_name(reference.rsplit('/').next().unwrap_or(reference))
}

/// One schema node as a TypeScript type expression.
fn ts_type(s: &Value) -> String {
    let Some(obj) = s.as_object() else {
        return "unknown".into();
    };
    if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
        return def_name(r);
    }
    if let Some(c) = obj.get("const") {
        return literal(c);
    }
    if let Some(e) = obj.get("enum").and_then(Value::as_array) {
        return e.iter().map(literal).collect::<Vec<_>>().join(" | ");
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(vs) = obj.get(key).and_then(Value::as_array) {
            let mut parts: Vec<String> = vs.iter().map(|v| paren(ts_type(v))).collect();
            parts.dedup();
            return parts.join(" | ");
        }
    }
    if let Some(vs) = obj.get("allOf").and_then(Value::as_array) {
        return vs.iter().map(|v| paren(ts_type(v))).collect::<Vec<_>>().join(" & ");
    }
    let types: Vec<&str> = match obj.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ if obj.contains_key("properties") => vec!["object"],
        _ => return "unknown".into(),
    };
    types
        .iter()
        .map(|t| match *t {
            "string" => "string".to_owned(),
            "integer" | "number" => "number".to_owned(),
            "boolean" => "boolean".to_owned(),
            "null" => "null".to_owned(),
            "array" => format!("{}[]", paren(obj.get("items").map_or("unknown".into(), ts_type))),
            "object" => object_body(obj),
            _ => "unknown".to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn paren(t: String) -> String {
    if t.contains(" | ") || t.contains(" & ") {
        format!("({t})")
    } else {
        t
    }
}

fn object_body(obj: &Map<String, Value>) -> String {
    let Some(props) = obj.get("properties").and_then(Value::as_object) else {
        return match obj.get("additionalProperties") {
            Some(v) if v.is_object() => format!("{{ [key: string]: {} }}", ts_type(v)),
            _ => "{ [key: string]: unknown }".into(),
        };
    };
    let required: BTreeSet<&str> = obj
        .get("required")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut out = String::from("{\n");
    for (k, v) in props {
        let opt = if required.contains(k.as_str()) { "" } else { "?" };
        out.push_str(&doc_comment(v, "  "));
        out.push_str(&format!("  {k}{opt}: {};\n", ts_type(v)));
    }
    out.push('}');
    out
}

fn declaration(name: &str, s: &Value) -> String {
    let doc = doc_comment(s, "");
    match s.as_object() {
        Some(obj) if obj.contains_key("properties") && !obj.contains_key("oneOf") && !obj.contains_key("anyOf") => {
            format!("{doc}export interface {name} {}\n", object_body(obj))
        }
        _ => format!("{doc}export type {name} = {};\n", ts_type(s)),
    }
}

/// The content of `generated.d.ts`.
pub fn declarations() -> AnyResult<String> {
    let mut decls: BTreeMap<String, String> = BTreeMap::new();
    let mut add = |name: String, text: String| -> AnyResult<()> {
        match decls.get(&name) {
            Some(have) if *have != text => {
                Err(format!("two different types are both named {name} in TypeScript").into())
            }
            Some(_) => Ok(()),
            None => {
                decls.insert(name, text);
                Ok(())
            }
        }
    };
    for (name, root) in roots()? {
        let mut root = root;
        let defs = root.as_object_mut().and_then(|o| o.remove("$defs"));
        add(name.to_owned(), declaration(name, &root))?;
        for (def, s) in defs.iter().filter_map(Value::as_object).flatten() {
            let def = ts_name(def);
            add(def.clone(), declaration(&def, s))?;
        }
    }
    let codes: Vec<String> = fuling_rules::ErrorCode::ALL
        .iter()
        .map(|c| format!("\n  | \"{}\"", c.as_str()))
        .collect();
    add(
        "ErrorCode".into(),
        format!(
            "/** A stable error code (`errorCodes()` lists them; `ErrorCode::ALL` in the core). */\nexport type ErrorCode ={};\n",
            codes.concat()
        ),
    )?;
    let mut out = format!(
        "// ---- Data objects: GENERATED by `{COMMAND}` from the core's Rust types (JSON Schemas by schemars).\n\
         // ---- Do not edit: `{COMMAND} --check` fails when this file is stale. Hand-written additions\n\
         // ---- are in types.d.ts.\n\n"
    );
    for d in decls.values() {
        out.push_str(d);
        out.push('\n');
    }
    out.push_str(&crate::glue::declarations());
    Ok(out)
}

pub fn generated_d_ts() -> AnyResult<Output> {
    Ok(Output::new("bindings-wasm/src/generated.d.ts", declarations()?))
}
