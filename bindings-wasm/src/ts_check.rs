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
    // The binding adds the rendered sentences to every explanation.
    check::<fuling_rules::Explanation>("Explanation", &["sentence_zh", "sentence_en"]);
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
