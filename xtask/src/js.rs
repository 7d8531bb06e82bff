//! `bindings-wasm/regulation.json` and the JavaScript modules that ship beside the `.wasm`
//! (`bindings-wasm/js/*`, copied into `pkg/` by build.sh):
//! - `regulation.mjs`: the regulation's text and `articleText`, a JavaScript reader of a
//!   citation. Its error texts are not written here: each is the core's own message for a
//!   probe input, made into a template by putting `{0}`, `{1}` where the probe's values were
//!   (a message in which a probe value does not occur exactly once stops the generator).
//! - `schemas.mjs`: `jsonSchema(name)` over `schemas/*.json`, with the core's `unknown_name` text.

use crate::{AnyResult, Output, COMMAND};
use fuling_rules::json_input::{from_value, ShapeError};
use fuling_rules::{Citation, Error};
use serde_json::{json, Value};

/// How the binding names a citation in its messages (as `bindings-wasm/src/api.rs` does).
const WHAT_ZH: &str = "引用";
const WHAT_EN: &str = "citation";

/// `message` with each probe value replaced by its placeholder, in order.
fn template(message: &str, probes: &[(&str, &str)]) -> AnyResult<String> {
    if (0..10).any(|i| message.contains(&format!("{{{i}}}"))) {
        return Err(format!("the core's message {message:?} already contains a placeholder").into());
    }
    let mut t = message.to_owned();
    for (probe, placeholder) in probes {
        if t.matches(probe).count() != 1 {
            return Err(format!(
                "cannot make a template of the core's message {message:?}: {probe:?} does not occur exactly once"
            )
            .into());
        }
        t = t.replacen(probe, placeholder, 1);
    }
    Ok(t)
}

/// `[code, zh template, en template]` of an error the core produced for probe values.
fn texts(err: &Error, probes: &[(&str, &str)]) -> AnyResult<Value> {
    Ok(json!([
        err.code().as_str(),
        template(err.message_zh(), probes)?,
        template(err.message_en(), probes)?
    ]))
}

fn shape<T: fuling_rules::json_input::FromJson + std::fmt::Debug>(v: Value) -> AnyResult<ShapeError> {
    match from_value::<T>(&v) {
        Ok(t) => Err(format!("the core reads {v} as {t:?}; the generator expected an error").into()),
        Err(e) => Ok(e),
    }
}

fn reason<T: fuling_rules::json_input::FromJson + std::fmt::Debug>(v: Value) -> AnyResult<String> {
    Ok(shape::<T>(v)?.reason().to_owned())
}

/// The longest common prefix and suffix of two texts (not overlapping).
fn common(a: &str, b: &str) -> (String, String) {
    let prefix: String = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x)
        .collect();
    let (ra, rb) = (&a[prefix.len()..], &b[prefix.len()..]);
    let mut suffix: Vec<char> = ra
        .chars()
        .rev()
        .zip(rb.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x)
        .collect();
    suffix.reverse();
    (prefix, suffix.into_iter().collect())
}

/// The part of `text` between `prefix` and `suffix`.
fn middle<'a>(text: &'a str, prefix: &str, suffix: &str) -> AnyResult<&'a str> {
    text.strip_prefix(prefix)
        .and_then(|t| t.strip_suffix(suffix))
        .ok_or_else(|| format!("{text:?} is not {prefix:?}…{suffix:?}").into())
}

/// The texts `articleText` throws, from the core's citation reader.
fn citation_texts() -> AnyResult<Value> {
    let schema = serde_json::to_value(schemars::schema_for!(Citation))?;
    let props = schema["properties"]
        .as_object()
        .ok_or("Citation schema without properties")?;
    let required = schema["required"].clone();

    // How the reader shows a value: wrong types of a string field give `invalid type: <shown>, …`.
    let (str_seq, str_int) = (reason::<String>(json!([]))?, reason::<String>(json!(7))?);
    let (p, s) = common(&str_seq, &str_int);
    let integer = template(middle(&str_int, &p, &s)?, &[("7", "{0}")])?;

    let mut fields = serde_json::Map::new();
    let mut shown = serde_json::Map::new();
    for (name, prop) in props {
        let probe = |v: Value| {
            let mut c = json!({"article": 1});
            c[name.as_str()] = v;
            shape::<Citation>(c)
        };
        let bound = |key: &str| {
            prop[key]
                .as_u64()
                .ok_or_else(|| format!("Citation.{name} has no {key} in its schema"))
        };
        let (minimum, maximum) = (bound("minimum")?, bound("maximum")?);
        let (r_true, r_null) = (
            probe(json!(true))?.reason().to_owned(),
            probe(json!([]))?.reason().to_owned(),
        );
        let (prefix, suffix) = common(&r_true, &r_null);
        let kinds = [
            ("boolean", json!(true), Some(("true", "{0}"))),
            ("string", json!("x"), Some(("\"x\"", "{0}"))),
            ("fraction", json!(0.5), None),
            ("array", json!([]), None),
            ("object", json!({}), None),
        ];
        for (kind, v, probe_value) in kinds {
            let r = probe(v)?.reason().to_owned();
            let mid = middle(&r, &prefix, &suffix)?;
            let t = match probe_value {
                Some(pv) => template(mid, &[pv])?,
                None => mid.to_owned(),
            };
            if shown.get(kind).is_some_and(|have| *have != json!(t)) {
                return Err(format!("the core shows a {kind} differently in two fields").into());
            }
            shown.insert(kind.into(), json!(t));
        }
        // `null` is absent for an optional field: see how a required field shows it.
        if required.as_array().is_some_and(|r| r.contains(&json!(name))) {
            let r = probe(Value::Null)?.reason().to_owned();
            shown.insert("null".into(), json!(middle(&r, &prefix, &suffix)?));
        }
        let too_big = (maximum + 1).to_string();
        let r_value = probe(json!(maximum + 1))?.reason().to_owned();
        let shown_big = integer.replace("{0}", &too_big);
        fields.insert(
            name.clone(),
            json!({
                "minimum": minimum,
                "maximum": maximum,
                "wrong_type": format!("{prefix}{{0}}{suffix}"),
                "wrong_value": template(&r_value, &[(&shown_big, "{0}")])?,
            }),
        );
    }
    shown.insert("integer".into(), json!(integer));

    let not_struct_reason = reason::<Citation>(json!([]))?;
    let array_shown = shown["array"].as_str().unwrap_or_default().to_owned();
    let unknown = shape::<Citation>(json!({"article": 1, "zz_probe": 0}))?;
    let (pointer, unknown_reason) = (unknown.pointer().to_owned(), unknown.reason().to_owned());
    let missing_field = required[0].as_str().ok_or("Citation has no required field")?;
    let missing = reason::<Citation>(json!({}))?;
    let shape_err = unknown.into_error(fuling_rules::ErrorCode::InvalidInput, WHAT_ZH, WHAT_EN);

    let serde_error = serde_json::from_str::<Value>("{")
        .err()
        .ok_or("\"{\" parsed")?
        .to_string();
    let json_err = fuling_rules::json_input::parse_value("{").err().ok_or("\"{\" parsed")?;

    let max = fuling_rules::call::MAX_TEXT_BYTES;
    let too_long_len = (max + 1).to_string();
    let too_long = fuling_rules::call::check_text(&" ".repeat(max + 1))
        .err()
        .ok_or("check_text accepted a text over MAX_TEXT_BYTES")?;

    let mut deep = json!(0);
    for _ in 0..=fuling_rules::checks::MAX_JSON_DEPTH {
        deep = json!([deep]);
    }
    let too_deep = fuling_rules::checks::run_json("planning_dossier", &json!({ "requirements": deep }))
        .err()
        .ok_or("run_json accepted a value nested deeper than MAX_JSON_DEPTH")?;

    Ok(json!({
        "shape": texts(&shape_err, &[(&unknown_reason, "{1}"), (&pointer, "{0}")])?,
        "json": texts(&json_err, &[(&serde_error, "{0}")])?,
        "too_long": texts(&too_long, &[(&too_long_len, "{0}")])?,
        "too_deep": texts(&too_deep, &[])?,
        "max_text_len": max,
        "not_struct": template(&not_struct_reason, &[(&array_shown, "{0}")])?,
        "unknown_field": template(&unknown_reason, &[("zz_probe", "{0}")])?,
        "missing": template(&missing, &[(missing_field, "{0}")])?,
        "required": required,
        "fields": fields,
        "shown": shown,
    }))
}

fn header(from: &str) -> String {
    format!(
        "// GENERATED by `{COMMAND}` from {from}. Do not edit: `{COMMAND} --check` fails when this file is stale.\n"
    )
}

fn fill(template: &str, marker: &str, value: &Value) -> AnyResult<String> {
    let marker = format!("/*@{marker}@*/ null");
    if template.matches(&marker).count() != 1 {
        return Err(format!("template lacks {marker}").into());
    }
    Ok(template.replacen(&marker, &serde_json::to_string(value)?, 1))
}

pub fn outputs() -> AnyResult<Vec<Output>> {
    let regulation_json = fuling_rules::citation::regulation_json();
    let regulation: Value = serde_json::from_str(&regulation_json)?;
    let module = fill(include_str!("../templates/regulation.mjs"), "REGULATION", &regulation)?;
    let module = fill(&module, "TEXTS", &citation_texts()?)?;
    let states: serde_json::Map<String, Value> = fuling_rules::State::ALL
        .iter()
        .map(|s| (s.as_str().to_owned(), Value::from(s.zh())))
        .collect();
    let module = fill(&module, "STATES", &Value::Object(states))?;
    let mut stages = serde_json::Map::new();
    for stage in fuling_rules::model::LifecycleStage::ALL {
        let name = serde_json::to_value(stage)?
            .as_str()
            .ok_or("a stage's JSON name is a string")?
            .to_owned();
        stages.insert(name, Value::from(stage.zh()));
    }
    let module = fill(&module, "STAGES", &Value::Object(stages))?;

    let mut schemas = serde_json::Map::new();
    for (name, text) in fuling_rules::schema::all_schema_files()? {
        schemas.insert(name.into(), serde_json::from_str(&text)?);
    }
    let probe = "zz_probe";
    let unknown = fuling_rules::schema::json_schema(probe)
        .err()
        .ok_or("json_schema accepted a probe name")?;
    let schemas_module = fill(
        include_str!("../templates/schemas.mjs"),
        "SCHEMAS",
        &Value::Object(schemas),
    )?;
    let schemas_module = fill(&schemas_module, "UNKNOWN", &texts(&unknown, &[(probe, "{0}")])?)?;
    let names = fuling_rules::schema::SCHEMA_NAMES.join(", ");

    Ok(vec![
        Output::new("bindings-wasm/regulation.json", regulation_json),
        Output::new(
            "bindings-wasm/js/regulation.mjs",
            header("core/data/regulation.zh.md and the core's citation reader") + &module,
        ),
        Output::new(
            "bindings-wasm/js/regulation.d.mts",
            header("the core")
                + "import type { Citation } from \"./web/fuling_rules_wasm.js\";\n\
                   /** The regulation's title (涪陵区政务数字化应用管理暂行办法(征求意见稿)). */\n\
                   export declare const regulationTitle: string;\n\
                   /** The text of a cited article or item, or null if the regulation has none; throws a RulesError for a citation of the wrong shape. */\n\
                   export declare function articleText(citation: Citation | string): string | null;\n\
                   /** The Chinese names of the process states (State::zh), by their JSON names. */\n\
                   export declare const stateNames: Readonly<Record<string, string>>;\n\
                   /** The Chinese names of 第七条's lifecycle stages (LifecycleStage::zh), by their JSON names. */\n\
                   export declare const stageNames: Readonly<Record<string, string>>;\n",
        ),
        Output::new("bindings-wasm/js/schemas.mjs", header("schemas/*.json") + &schemas_module),
        Output::new(
            "bindings-wasm/js/schemas.d.mts",
            header("the core")
                + &format!(
                    "/** The names jsonSchema accepts: {names}. */\n\
                     export declare const schemaNames: readonly string[];\n\
                     /** The JSON Schema (draft 2020-12) of an input or output type; throws a RulesError with code \"unknown_name\" for an unknown name. */\n\
                     export declare function jsonSchema(name: string): Record<string, unknown>;\n"
                ),
        ),
    ])
}
