//! Issue 11 §2: the same junk inputs (`tests/junk/cases.json`) through Rust, Python
//! (`bindings-python/tests/test_junk.py`) and JS (`bindings-wasm/tests/junk-agreement.test.mjs`)
//! give the same outcome: `"ok"`, `"TypeError"` or the same error code, and for an error the
//! same messages (`message_zh`, `message_en`; issue 17: the WASM package renders them from its
//! message catalogue), which the file keeps beside the code.
//!
//! Rust is typed, so this runner converts each JSON argument the way a binding does
//! (the argument kinds are listed in the file's `"kinds"`): a date is ISO text read
//! by `calendar::parse_date`, a count a JSON number read by `call::day_count`, a
//! `"big"` integer `{"$big": "digits"}` read by `call::amount_from_whole`, text is
//! checked by `call::check_text`, JSON is a value or JSON text. An argument of the
//! wrong JSON type for its kind is `"TypeError"` (what Python and JS throw).
//! `{"$repeat": [text, n]}` stands for `text` repeated `n` times (huge strings).

use fuling_rules::call::{self, Check, MoneyUnit, Whole};
use fuling_rules::json_input::Json;
use fuling_rules::{Amount, Calendar, Error, Event, Period, Project, ProjectKind, Ruleset};
use serde_json::Value;
use std::path::PathBuf;

/// A failed conversion or call: a TypeError, or the core's error.
enum Fail {
    Type,
    Core(Error),
}

impl From<Error> for Fail {
    fn from(e: Error) -> Self {
        Fail::Core(e)
    }
}

type R<T> = Result<T, Fail>;

fn expand(v: &Value) -> Value {
    match v.get("$repeat").and_then(Value::as_array).map(Vec::as_slice) {
        Some([Value::String(s), Value::Number(n)]) => Value::String(s.repeat(n.as_u64().unwrap() as usize)),
        _ => v.clone(),
    }
}

fn date(v: &Value) -> R<chrono::NaiveDate> {
    Ok(fuling_rules::calendar::parse_date(v.as_str().ok_or(Fail::Type)?)?)
}

fn count(v: &Value) -> R<u32> {
    let n = v.as_number().ok_or(Fail::Type)?;
    let text = n.to_string();
    // serde_json keeps integers exact (as JS does up to 2^53 and Python always); others are doubles.
    let whole = match n.is_f64() {
        true => Whole::Number(n.as_f64().unwrap_or(f64::NAN)),
        false => Whole::Text(&text),
    };
    Ok(call::day_count(whole)?)
}

fn text(v: &Value) -> R<String> {
    Ok(call::check_text(v.as_str().ok_or(Fail::Type)?)?.to_owned())
}

fn json(v: &Value) -> R<Json> {
    match v {
        Value::String(s) => Ok(fuling_rules::json_input::parse(call::check_text(s)?)?),
        other => {
            call::check_text(&other.to_string())?;
            Ok(Json::from(other))
        }
    }
}

fn json_text(v: &Value) -> R<String> {
    match v {
        Value::String(s) => Ok(call::check_text(s)?.to_owned()),
        other => Ok(call::check_text(&other.to_string())?.to_owned()),
    }
}

fn period(v: &Value) -> R<Period> {
    match v {
        // Text: the JSON form or the regulation's wording ("5个工作日内").
        Value::String(s) => Ok(call::period_text(s)?),
        Value::Object(_) => Ok(call::period(&json(v)?)?),
        _ => Err(Fail::Type),
    }
}

/// A year: a JSON number read by `call::year`; `null` means none.
fn year(v: &Value) -> R<Option<i32>> {
    if v.is_null() {
        return Ok(None);
    }
    let n = v.as_number().ok_or(Fail::Type)?;
    let text = n.to_string();
    let whole = match n.is_f64() {
        true => Whole::Number(n.as_f64().unwrap_or(f64::NAN)),
        false => Whole::Text(&text),
    };
    Ok(Some(call::year(whole)?))
}

fn amount(v: &Value) -> R<Amount> {
    Ok(Amount::parse(&text(v)?)?)
}

fn big(v: &Value) -> R<Amount> {
    let digits = v.get("$big").and_then(Value::as_str).ok_or(Fail::Type)?;
    Ok(call::amount_from_whole(Whole::Text(digits), MoneyUnit::Fen)?)
}

fn ignore<T>(_: T) {}

/// Calls `f` with `args` converted as a binding does; the outcome as a string, and for the
/// core's error its messages `(zh, en)`.
fn outcome(f: &str, args: &[Value]) -> (String, Option<(String, String)>) {
    let cal = Calendar::official();
    let a = |i: usize| args.get(i).map(expand).unwrap_or(Value::Null);
    let run = || -> R<()> {
        match f {
            "is_working_day" => ignore(cal.is_working_day(date(&a(0))?)?),
            "add_working_days" => ignore(cal.add_working_days(date(&a(0))?, count(&a(1))?)?),
            "sub_working_days" => ignore(cal.sub_working_days(date(&a(0))?, count(&a(1))?)?),
            "working_days_between" => ignore(cal.working_days_between(date(&a(0))?, date(&a(1))?)?),
            "next_working_day" => ignore(cal.next_working_day(date(&a(0))?)?),
            "previous_working_day" => ignore(cal.previous_working_day(date(&a(0))?)?),
            "day_info" => ignore(cal.day_info(date(&a(0))?)?),
            "due_date" => ignore(fuling_rules::due_date(date(&a(0))?, period(&a(1))?, &cal)?),
            "explain_due_date" => ignore(fuling_rules::explain_due_date(date(&a(0))?, period(&a(1))?, &cal)?),
            "period_parse" => ignore(Period::parse(&text(&a(0))?)?),
            "parse_notice" => ignore(fuling_rules::calendar::parse_notice(&text(&a(0))?)?),
            "calendar_with_notice" => ignore(cal.with_notice(&text(&a(0))?)?),
            "calendar_official" => match year(&a(0))? {
                Some(y) => ignore(Calendar::official_provisional_until(y)?),
                None => ignore(Calendar::official()),
            },
            "amount_parse" => ignore(amount(&a(0))?),
            "amount_from_fen" => ignore(big(&a(0))?),
            "requires_municipal_filing" => ignore(fuling_rules::requires_municipal_filing(amount(&a(0))?)),
            "calendar_from_json" => ignore(Calendar::from_json_str(&json_text(&a(0))?)?),
            "ruleset_from_json" => ignore(Ruleset::from_json_str(&json_text(&a(0))?)?),
            "run_check" => {
                let name = text(&a(0))?;
                ignore(fuling_rules::checks::run_tree(
                    Check::from_name(&name)?.name(),
                    &json(&a(1))?,
                )?)
            }
            "project_new" => {
                let (_id, kind) = (text(&a(0))?, text(&a(1))?);
                let kind: ProjectKind =
                    fuling_rules::json_input::from_value(&Value::String(kind)).map_err(|e| e.into_input_error())?;
                ignore(kind)
            }
            "project_from_json" => ignore(Project::from_json_str(&json_text(&a(0))?)?),
            "project_apply" => {
                let ev = Event::from_json_str(&json_text(&a(0))?)?;
                Project::new("junk", ProjectKind::Development).apply(ev)?
            }
            "project_status" => ignore(Project::new("junk", ProjectKind::Development).status(
                date(&a(0))?,
                &cal,
                &Ruleset::default(),
            )?),
            // Array arguments: anything but an array is a TypeError on every target.
            "migrate" => match a(0) {
                Value::Array(items) => {
                    let texts = items.iter().map(json_text).collect::<R<Vec<_>>>()?;
                    ignore(fuling_rules::records::migrate(
                        &texts.iter().map(String::as_str).collect::<Vec<_>>(),
                    ))
                }
                _ => return Err(Fail::Type),
            },
            "project_status_in" => {
                let as_of = date(&a(0))?;
                let sets = match a(1) {
                    Value::Array(items) if items.is_empty() => Vec::new(),
                    Value::Array(_) => panic!("project_status_in: only the empty array in the junk cases"),
                    _ => return Err(Fail::Type),
                };
                let sets = fuling_rules::records::Rulesets::new(sets)?;
                ignore(Project::new("junk", ProjectKind::Development).status_in(as_of, &cal, &sets)?)
            }
            other => match other.strip_prefix("check_").map(Check::from_name) {
                Some(Ok(c)) => ignore(fuling_rules::checks::run_tree(c.name(), &json(&a(0))?)?),
                _ => panic!("unknown function {other:?} in the junk cases"),
            },
        }
        Ok(())
    };
    match run() {
        Ok(()) => ("ok".into(), None),
        Err(Fail::Type) => ("TypeError".into(), None),
        Err(Fail::Core(e)) => (
            e.code().as_str().into(),
            Some((e.message_zh().to_owned(), e.message_en().to_owned())),
        ),
    }
}

#[test]
fn junk_gives_the_same_codes_as_python_and_js() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("junk/cases.json");
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let bless = std::env::var_os("FULING_JUNK_BLESS").is_some();
    let cases = doc["cases"].as_array_mut().unwrap();
    assert!(cases.len() >= 200, "{} junk cases", cases.len());
    let mut wrong = Vec::new();
    for (i, c) in cases.iter_mut().enumerate() {
        let (got, messages) = outcome(c["call"].as_str().unwrap(), c["args"].as_array().unwrap());
        let (zh, en) = match messages {
            Some((zh, en)) => (Value::String(zh), Value::String(en)),
            None => (Value::Null, Value::Null),
        };
        if bless {
            let case = c.as_object_mut().unwrap();
            case.insert("expect".into(), Value::String(got));
            case.remove("message_zh");
            case.remove("message_en");
            if !zh.is_null() {
                case.insert("message_zh".into(), zh);
                case.insert("message_en".into(), en);
            }
        } else if c["expect"] != got.as_str() {
            wrong.push(format!("case {i} {}: expected {}, got {got}", c["call"], c["expect"]));
        } else if c["message_zh"] != zh || c["message_en"] != en {
            wrong.push(format!(
                "case {i} {}: expected the messages {} / {}, got {zh} / {en}",
                c["call"], c["message_zh"], c["message_en"]
            ));
        }
    }
    if bless {
        // One case a line.
        let lines: Vec<String> = doc["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| format!("    {c}"))
            .collect();
        let head = serde_json::to_string(&doc["kinds"]).unwrap();
        let text = format!(
            "{{\n  \"kinds\": {head},\n  \"cases\": [\n{}\n  ]\n}}\n",
            lines.join(",\n")
        );
        std::fs::write(&path, text).unwrap();
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
