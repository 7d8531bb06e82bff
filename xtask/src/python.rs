//! Checks the hand-written Python record classes (`bindings-python/python/fuling_rules/_records.py`)
//! against the core: each class's `_fields` (and `__slots__`) name exactly the properties of the
//! JSON Schema of the Rust type of the same name, and a field is converted with `_date` exactly
//! when the schema says `"format": "date"`.
//!
//! (Generating the file instead was judged impractical: its classes carry hand-written methods,
//! docstrings with doctests and sequence behaviour. The check keeps the one fact it repeats —
//! the field list — equal to the core's.)
//!
//! Also the extension module's docstrings: written once, in its stubs (`_native.pyi`), and
//! copied to `bindings-python/src/doc/*.txt` ([`doc_outputs`]), which the binding compiles in.

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

/// The stubs of the extension module: the one place its Python docstrings are written.
const STUB: &str = "bindings-python/python/fuling_rules/_native.pyi";

/// Where the runtime docstrings go: one file per documented name, which the binding compiles in
/// with `#[doc = pydoc!("Class.method")]`.
pub const DOC_DIR: &str = "bindings-python/src/doc";

/// The name a stub line declares: `def name(`, `class Name`, or a `Name: ClassVar[...]` attribute.
fn declared(t: &str) -> Option<&str> {
    let rest = t
        .strip_prefix("def ")
        .or_else(|| t.strip_prefix("class "))
        .or_else(|| t.contains(": ClassVar[").then_some(t))?;
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

fn depth(line: &str) -> i32 {
    line.chars()
        .map(|c| match c {
            '(' => 1,
            ')' => -1,
            _ => 0,
        })
        .sum()
}

/// Every docstring of the stubs, keyed `name` (a module function or a class) or
/// `Class.name` (a method, property or class attribute); the first of overloads.
pub fn docstrings(root: &Path) -> AnyResult<Vec<(String, String)>> {
    let src = std::fs::read_to_string(root.join(STUB))?;
    let lines: Vec<&str> = src.lines().collect();
    let (mut out, mut class): (Vec<(String, String)>, Option<&str>) = (Vec::new(), None);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let t = line.trim_start();
        let top = t.len() == line.len();
        if top && !t.is_empty() && !t.starts_with('@') {
            class = t.strip_prefix("class ").and(declared(t));
        }
        i += 1;
        let Some(name) = declared(t) else { continue };
        let mut d = depth(line);
        while d > 0 && i < lines.len() {
            d += depth(lines[i]);
            i += 1;
        }
        let Some(next) = lines.get(i) else { break };
        let body = next.trim_start();
        let Some(first) = body.strip_prefix("r\"\"\"").or_else(|| body.strip_prefix("\"\"\"")) else {
            continue;
        };
        let key = match class {
            Some(c) if !top => format!("{c}.{name}"),
            _ => name.to_owned(),
        };
        let pad = next.len() - body.len();
        let text = match first.strip_suffix("\"\"\"") {
            Some(one) => one.to_owned(),
            None => {
                let mut text = first.to_owned();
                i += 1;
                while let Some(l) = lines.get(i).filter(|l| l.trim() != "\"\"\"") {
                    text.push('\n');
                    text.push_str(l.get(pad..).unwrap_or(""));
                    i += 1;
                }
                text
            }
        };
        if !out.iter().any(|(k, _)| *k == key) {
            out.push((key, text));
        }
    }
    Ok(out)
}

/// The runtime docstring files, from the stubs' docstrings.
pub fn doc_outputs(root: &Path) -> AnyResult<Vec<crate::Output>> {
    Ok(docstrings(root)?
        .into_iter()
        .map(|(key, text)| crate::Output::new(format!("{DOC_DIR}/{key}.txt"), text))
        .collect())
}

/// The methods the Python binding takes from the core's table (`fuling_rules::for_each_method!`,
/// its `all` rows), as `Class.name` (a constructor as `Class.__new__`).
fn table_methods() -> Vec<String> {
    macro_rules! rows {
        ([] $class:ident { $(
            $target:ident $form:ident $f:ident $js:literal [$($feat:literal)?] ($($args:tt)*)
            $($opts:ident $ots:literal { $($opt:ident),* })? -> $ans:ident $ret:literal
            = |$this:pat_param| $call:expr, $($doc:literal)+;
        )* }) => {
            [$((stringify!($target), stringify!($form), stringify!($class), stringify!($f))),*]
        };
    }
    let rows = [
        &fuling_rules::for_each_method!(Project, rows)[..],
        &fuling_rules::for_each_method!(ApplicationRecord, rows),
        &fuling_rules::for_each_method!(Portfolio, rows),
        &fuling_rules::for_each_method!(Amount, rows),
    ];
    rows.concat()
        .into_iter()
        .filter(|(target, ..)| *target == "all")
        .map(|(_, form, class, name)| format!("{class}.{}", if form == "new" { "__new__" } else { name }))
        .collect()
}

/// Each docstring of the stubs is compiled into the module: its class or exception by
/// `pydoc!("key")`, a method or function by a row named like it (`methods!`, `functions!` and
/// `calendar_api!` derive the key from the row's name, as `py_methods!` does for the rows of the
/// core's table of methods; a row without its file does not compile).
pub fn check_docs_used(root: &Path) -> AnyResult<Vec<String>> {
    let table = table_methods();
    let mut src = String::new();
    for entry in std::fs::read_dir(root.join("bindings-python/src"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "rs") {
            src.push_str(&std::fs::read_to_string(path)?);
        }
    }
    let used = |key: &str| {
        let name = key.rsplit('.').next().unwrap_or(key);
        src.contains(&format!("pydoc!(\"{key}\")"))
            || table.iter().any(|t| t == key)
            || [format!("fn {name}("), format!("fn {name}<")]
                .iter()
                .any(|f| src.contains(f.as_str()))
    };
    Ok(docstrings(root)?
        .into_iter()
        .filter(|(key, _)| !used(key))
        .map(|(key, _)| {
            format!("{STUB}: the docstring of {key} is not compiled into the module (no row or pydoc! for it)")
        })
        .collect())
}
