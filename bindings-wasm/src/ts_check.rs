//! Checks the hand-written TypeScript declarations (`types.d.ts`) against the JSON
//! Schemas `schemars` derives from the core's Rust types: the same fields, the same
//! optionality, the same enum strings and primitive types. A core change that is not
//! mirrored in `types.d.ts` fails here.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// `name -> (optional, type)` of each member of `export interface NAME`.
fn ts_interface(name: &str) -> BTreeMap<String, (bool, String)> {
    let src = crate::TYPESCRIPT_TYPES;
    let start = src
        .find(&format!("export interface {name} "))
        .unwrap_or_else(|| panic!("types.d.ts lacks interface {name}"));
    let body = &src[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("/*") && !l.starts_with('*') && !l.starts_with("//"))
        .map(|l| {
            let (field, ty) = l.trim_end_matches(';').split_once(':').unwrap();
            let optional = field.ends_with('?');
            (field.trim_end_matches('?').to_owned(), (optional, ty.trim().to_owned()))
        })
        .collect()
}

/// The string literals of `export type NAME = "a" | "b";`.
fn ts_union(name: &str) -> BTreeSet<String> {
    let src = crate::TYPESCRIPT_TYPES;
    let start = src
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("types.d.ts lacks type {name}"));
    let body = &src[start..];
    let body = &body[body.find('=').unwrap() + 1..body.find(';').unwrap()];
    body.split('|')
        .map(|s| s.trim().trim_matches('"').to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

fn enum_values(schema: &Value) -> BTreeSet<String> {
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        return e.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect();
    }
    let variants = schema
        .get("oneOf")
        .or_else(|| schema.get("anyOf"))
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("not an enum schema: {schema}"));
    variants.iter().flat_map(enum_values_or_const).collect()
}

fn enum_values_or_const(v: &Value) -> Vec<String> {
    if let Some(c) = v.get("const").and_then(Value::as_str) {
        return vec![c.to_owned()];
    }
    enum_values(v).into_iter().collect()
}

fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap();
            &root["$defs"][name]
        }
        None => schema,
    }
}

/// Compares an object schema with a TS interface; `extra` are fields the binding adds.
fn check_object(root: &Value, schema: &Value, ts_name: &str, extra: &[&str]) {
    let ts = ts_interface(ts_name);
    let props = schema["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{ts_name}: no properties"));
    let required: BTreeSet<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let rust_fields: BTreeSet<&str> = props.keys().map(String::as_str).collect();
    let ts_fields: BTreeSet<&str> = ts.keys().map(String::as_str).filter(|f| !extra.contains(f)).collect();
    assert_eq!(rust_fields, ts_fields, "fields of {ts_name}");
    for (field, prop) in props {
        let (optional, ty) = &ts[field];
        assert_eq!(
            *optional,
            !required.contains(field.as_str()),
            "optionality of {ts_name}.{field}"
        );
        let prop = resolve(root, prop);
        let expect = match prop.get("type").and_then(Value::as_str) {
            Some("string") if prop.get("enum").is_none() => Some("string"),
            Some("integer" | "number") => Some("number"),
            Some("boolean") => Some("boolean"),
            _ => None,
        };
        if let Some(expect) = expect {
            assert_eq!(ty, expect, "type of {ts_name}.{field}");
        }
    }
}

fn schema<T: schemars::JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

fn check<T: schemars::JsonSchema>(ts_name: &str, extra: &[&str]) {
    let root = schema::<T>();
    check_object(&root, &root, ts_name, extra);
}

fn check_enum<T: schemars::JsonSchema>(ts_name: &str) {
    let root = schema::<T>();
    assert_eq!(enum_values(&root), ts_union(ts_name), "values of {ts_name}");
}

#[test]
fn data_objects_match_the_core() {
    use fuling_rules::calendar::*;
    use fuling_rules::ruleset::*;
    check::<fuling_rules::Citation>("Citation", &[]);
    check::<Period>("Period", &[]);
    check_enum::<PeriodUnit>("PeriodUnit");
    check_enum::<Direction>("Direction");
    check_enum::<PeriodKind>("PeriodKind");
    check::<Coverage>("Coverage", &[]);
    check_enum::<DayKind>("DayKind");
    check::<DayInfo>("DayInfo", &[]);
    check::<Notice>("Notice", &[]);
    check::<fuling_rules::Explanation>("Explanation", &[]);
    check::<PeriodRule>("PeriodRule", &[]);
    check::<AmountRule>("AmountRule", &[]);
    check::<Ruleset>("Ruleset", &[]);
}

#[test]
fn calendar_data_matches_the_core() {
    let root = fuling_rules::calendar::calendar_json_schema();
    check_object(&root, &root, "CalendarData", &[]);
    let days = resolve(&root, &root["properties"]["days"]["items"]);
    check_object(&root, days, "CalendarDay", &[]);
    let kind = resolve(&root, &days["properties"]["type"]);
    assert_eq!(enum_values(kind), ts_union("CalendarEntryType"));
}

#[test]
fn error_codes_match_the_core() {
    let rust: BTreeSet<String> = fuling_rules::ErrorCode::ALL
        .iter()
        .map(|c| c.as_str().to_owned())
        .collect();
    assert_eq!(rust, ts_union("ErrorCode"));
}

// ---------------------------------------------------------------------------
// Generated declarations of the process and check types (`generated.d.ts`).

/// Hand-written names (in `types.d.ts`) that the generator must not redeclare.
const HAND_WRITTEN: &[&str] = &[
    "Citation",
    "Period",
    "PeriodUnit",
    "Direction",
    "PeriodKind",
    "Coverage",
    "DayKind",
    "DayInfo",
    "Explanation",
    "Notice",
    "PeriodRule",
    "AmountRule",
    "Ruleset",
];

/// Renames that avoid clashing with DOM globals.
fn ts_name(name: &str) -> String {
    match name {
        "Event" => "ProjectEvent".into(),
        other => other.into(),
    }
}

fn literal(v: &Value) -> String {
    serde_json::to_string(v).unwrap()
}

/// Converts one schema node to a TypeScript type expression.
fn ts_type(s: &Value) -> String {
    let Some(obj) = s.as_object() else {
        return "unknown".into();
    };
    if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
        return ts_name(r.rsplit('/').next().unwrap());
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
            "object" => object_body(obj, ""),
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

fn object_body(obj: &serde_json::Map<String, Value>, indent: &str) -> String {
    let props = obj.get("properties").and_then(Value::as_object);
    let Some(props) = props else {
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
        if let Some(d) = v.get("description").and_then(Value::as_str) {
            out.push_str(&format!(
                "{indent}  /** {} */\n",
                d.replace("*/", "* /").replace('\n', " ")
            ));
        }
        out.push_str(&format!("{indent}  {k}{opt}: {};\n", ts_type(v)));
    }
    out.push_str(indent);
    out.push('}');
    out
}

fn declaration(name: &str, s: &Value) -> String {
    let doc = s
        .get("description")
        .and_then(Value::as_str)
        .map(|d| format!("/** {} */\n", d.replace("*/", "* /").replace('\n', " ")))
        .unwrap_or_default();
    let name = ts_name(name);
    match s.as_object() {
        Some(obj) if obj.contains_key("properties") && !obj.contains_key("oneOf") && !obj.contains_key("anyOf") => {
            format!("{doc}export interface {name} {}\n", object_body(obj, ""))
        }
        _ => format!("{doc}export type {name} = {};\n", ts_type(s)),
    }
}

/// The TypeScript declarations of every process and check type, generated from schemars.
fn generated_declarations() -> String {
    use fuling_rules::checks::{CheckReport, LabelReport, PriorityResult};
    use fuling_rules::model::dossier::{JointReview, PlanningDossier, PriorityInput};
    use fuling_rules::model::lifecycle_dossier::{
        AcceptanceDossier, CatalogDossier, DeregistrationDossier, LabelInput,
    };
    use fuling_rules::process::{ProjectRecord, State, Status};
    let roots: Vec<(&str, Value)> = vec![
        ("ProjectRecord", schema::<ProjectRecord>()),
        ("Status", schema::<Status>()),
        ("State", schema::<State>()),
        ("CheckReport", schema::<CheckReport>()),
        ("LabelReport", schema::<LabelReport>()),
        ("PriorityResult", schema::<PriorityResult>()),
        ("PlanningDossier", schema::<PlanningDossier>()),
        ("JointReview", schema::<JointReview>()),
        ("AcceptanceDossier", schema::<AcceptanceDossier>()),
        ("CatalogDossier", schema::<CatalogDossier>()),
        ("DeregistrationDossier", schema::<DeregistrationDossier>()),
        ("LabelInput", schema::<LabelInput>()),
        ("PriorityInput", schema::<PriorityInput>()),
    ];
    let mut decls: BTreeMap<String, String> = BTreeMap::new();
    for (name, root) in &roots {
        decls.insert((*name).to_owned(), declaration(name, root));
        for (def, s) in root.get("$defs").and_then(Value::as_object).into_iter().flatten() {
            if !HAND_WRITTEN.contains(&def.as_str()) {
                decls.entry(def.clone()).or_insert_with(|| declaration(def, s));
            }
        }
    }
    let mut out = String::from(
        "// ---- Process and check types: GENERATED from the core's Rust types (schemars) by\n\
         // ---- `cargo test -p fuling-rules-wasm` with UPDATE_TS=1; a test fails when this file is stale.\n\n",
    );
    for d in decls.values() {
        out.push_str(d);
        out.push('\n');
    }
    out
}

#[test]
fn generated_declarations_are_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/generated.d.ts");
    let want = generated_declarations();
    if std::env::var_os("UPDATE_TS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "bindings-wasm/src/generated.d.ts is stale: run UPDATE_TS=1 cargo test -p fuling-rules-wasm"
    );
}
