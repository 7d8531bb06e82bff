//! Checks the hand-written Python record classes (`bindings-python/python/fuling_rules/_records.py`)
//! against the core: each class's `_fields` (and `__slots__`) name exactly the properties of the
//! JSON Schema of the Rust type of the same name, and a field is converted with `_date` exactly
//! when the schema says `"format": "date"`.
//!
//! (Generating the file instead was judged impractical: its classes carry hand-written methods,
//! docstrings with doctests and sequence behaviour. The check keeps the one fact it repeats —
//! the field list — equal to the core's.)

use crate::AnyResult;
use schemars::JsonSchema;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const PATH: &str = "bindings-python/python/fuling_rules/_records.py";

/// Classes of `_records.py` that are not records of a Rust type.
const NOT_RECORDS: &[&str] = &["Record", "_Items"];

fn schemas() -> AnyResult<BTreeMap<String, Value>> {
    fn add<T: JsonSchema>(out: &mut BTreeMap<String, Value>) -> AnyResult<()> {
        add_as::<T>(out, &T::schema_name())
    }
    /// Under the Python class's name when it differs from the Rust type's.
    fn add_as<T: JsonSchema>(out: &mut BTreeMap<String, Value>, class: &str) -> AnyResult<()> {
        let mut root = serde_json::to_value(schemars::schema_for!(T))?;
        let defs = root.as_object_mut().and_then(|o| o.remove("$defs"));
        for (name, s) in defs.iter().filter_map(Value::as_object).flatten() {
            out.insert(name.clone(), s.clone());
        }
        out.insert(class.to_owned(), root);
        Ok(())
    }
    let mut out = BTreeMap::new();
    add::<fuling_rules::process::Status>(&mut out)?;
    add::<fuling_rules::checks::CheckReport>(&mut out)?;
    add::<fuling_rules::checks::LabelReport>(&mut out)?;
    add::<fuling_rules::checks::PriorityResult>(&mut out)?;
    add::<fuling_rules::Explanation>(&mut out)?;
    add::<fuling_rules::calendar::Coverage>(&mut out)?;
    add::<fuling_rules::calendar::DayInfo>(&mut out)?;
    // `fr.parse_notice` returns the core's ParsedNotice as the record `Notice`.
    add_as::<fuling_rules::calendar::ParsedNotice>(&mut out, "Notice")?;
    add::<fuling_rules::portfolio::Agenda>(&mut out)?;
    add::<fuling_rules::portfolio::FundView>(&mut out)?;
    // `Portfolio.problems` gives the core's Problem as the record `PortfolioProblem`.
    add_as::<fuling_rules::portfolio::Problem>(&mut out, "PortfolioProblem")?;
    Ok(out)
}

/// One class of the Python source.
struct Class {
    name: String,
    /// `(field, converter)` of `_fields`.
    fields: Vec<(String, String)>,
    slots: Vec<String>,
    /// `_methods`: fields of the core's JSON that the class offers as methods, not attributes
    /// (e.g. `Explanation.sentence_zh()`).
    methods: Vec<String>,
}

/// Every class in the Python source.
fn classes(src: &str) -> Vec<Class> {
    let mut out = Vec::new();
    for section in src.split("\nclass ").skip(1) {
        let name: String = section
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let fields = statement(section, "    _fields = (")
            .map(|body| {
                body.match_indices("(\"")
                    .filter_map(|(i, _)| {
                        let rest = &body[i + 2..];
                        let (field, rest) = rest.split_once("\", ")?;
                        field
                            .chars()
                            .all(|c| c.is_alphanumeric() || c == '_')
                            .then(|| (field.to_owned(), rest.chars().take_while(|c| *c != ')').collect()))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let slots = statement(section, "    __slots__ = (")
            .map(|body| body.split('"').skip(1).step_by(2).map(str::to_owned).collect())
            .unwrap_or_default();
        let methods = statement(section, "    _methods = (")
            .map(|body| body.split('"').skip(1).step_by(2).map(str::to_owned).collect())
            .unwrap_or_default();
        out.push(Class {
            name,
            fields,
            slots,
            methods,
        });
    }
    out
}

/// The text of the parenthesised statement starting with `start`, to its closing parenthesis.
fn statement<'a>(section: &'a str, start: &str) -> Option<&'a str> {
    let from = section.find(start)? + start.len() - 1;
    let mut depth = 0;
    for (i, c) in section[from..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&section[from..=from + i]);
                }
            }
            _ => {}
        }
    }
    None
}

fn is_date(prop: &Value) -> bool {
    prop.get("format").and_then(Value::as_str) == Some("date")
}

pub fn check_records(root: &Path) -> AnyResult<Vec<String>> {
    let src = std::fs::read_to_string(root.join(PATH))?;
    let schemas = schemas()?;
    let mut problems = Vec::new();
    for Class {
        name: class,
        fields,
        slots,
        methods,
    } in classes(&src)
    {
        if NOT_RECORDS.contains(&class.as_str()) {
            continue;
        }
        let Some(schema) = schemas.get(&class) else {
            problems.push(format!(
                "{PATH}: class {class} has no Rust type of that name with a JSON Schema"
            ));
            continue;
        };
        let props = schema["properties"].as_object().cloned().unwrap_or_default();
        let want: BTreeSet<&str> = props.keys().map(String::as_str).collect();
        let have: BTreeSet<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
        let offered: BTreeSet<&str> = have.iter().copied().chain(methods.iter().map(String::as_str)).collect();
        for f in want.difference(&offered) {
            problems.push(format!(
                "{PATH}: {class}._fields lacks `{f}` (a field of the core's {class})"
            ));
        }
        for f in offered.difference(&want) {
            problems.push(format!(
                "{PATH}: {class}._fields has `{f}`, which the core's {class} lacks"
            ));
        }
        let slot_set: BTreeSet<&str> = slots.iter().map(String::as_str).collect();
        if slot_set != have {
            problems.push(format!(
                "{PATH}: {class}.__slots__ and {class}._fields name different fields"
            ));
        }
        for (f, conv) in &fields {
            if let Some(prop) = props.get(f)
                && is_date(prop) != (conv == "_date")
            {
                problems.push(format!(
                    "{PATH}: {class}.{f} is converted with {conv}, but the core's schema says format {:?}",
                    prop.get("format")
                ));
            }
        }
    }
    if problems.is_empty() && !src.contains("class Status(Record)") {
        problems.push(format!("{PATH}: found no record classes to check"));
    }
    Ok(problems)
}
