//! `Portfolio` (feature `portfolio`, off by default): application records and projects loaded
//! together, the agenda and the fund view (`fuling_rules::portfolio`), as Python's
//! `fr.Portfolio`. Its methods are rows of the core's table; here are the readers of its
//! arguments and options.

use super::*;
use fuling_rules::model::Role;
use fuling_rules::portfolio::{Portfolio as Core, RecordInput};
use fuling_rules::records::Rulesets;

/// Application records and projects loaded together, with what did not load (`problems`).
#[wasm_bindgen]
pub struct Portfolio(Core);

wraps!(Portfolio(Core));
fr::for_each_method!(Portfolio, js_methods);

/// The records of a list (each an object, its JSON text, a `Project` or an `ApplicationRecord`,
/// read through their `toJSON`); undefined/null: none. One text is refused: it would not be a
/// list of records.
pub(super) fn records(v: &JsValue, what: &str) -> JsResult<Vec<RecordInput>> {
    if v.is_undefined() || v.is_null() {
        return Ok(Vec::new());
    }
    if v.is_string() {
        return Err(type_error(&format!(
            "{what} is a list of records, not one text: use Portfolio.fromJsonl for JSON lines"
        )));
    }
    let list = read::array(v, what)?;
    list.iter()
        .map(|item| Ok(RecordInput::Json(read::json_text(&item, "record")?)))
        .collect()
}

/// `withinWorkingDays`: a whole number, negative allowed (items overdue by at least that many
/// working days), read by the core's `call::day_count` on its magnitude.
pub(super) fn within_working_days(options: &JsValue) -> JsResult<Option<i64>> {
    let within = |v: &JsValue, what: &str| {
        let n = v.as_f64().ok_or_else(|| wrong(v, what, Expected::Number))?;
        let days = i64::from(call::day_count(Whole::Number(n.abs()))?);
        Ok(if n < 0.0 { -days } else { days })
    };
    read::optional(
        &read::option(options, "withinWorkingDays")?,
        within,
        "withinWorkingDays",
    )
}

/// `responsible`: the role owing the items kept.
pub(super) fn responsible(options: &JsValue) -> JsResult<Option<Role>> {
    let role = read::optional(&read::option(options, "responsible")?, read::text, "responsible")?;
    Ok(role.map(|r| call::named(&r)).transpose()?)
}

/// `department`: the lead department of the items kept.
pub(super) fn department(options: &JsValue) -> JsResult<Option<String>> {
    read::optional(&read::option(options, "department")?, read::text, "department")
}

/// `ruleset`: one ruleset (an object or its JSON text), or an array of them (the one in force
/// on `asOf` is used, 第四十五条).
pub(super) fn in_force(options: &JsValue) -> JsResult<(Option<fr::Ruleset>, Option<Rulesets>)> {
    let v = read::option(options, "ruleset")?;
    if v.is_undefined() || v.is_null() {
        return Ok((None, None));
    }
    if !js_sys::Array::is_array(&v) {
        return Ok((Some(read::ruleset(&v, "ruleset")?), None));
    }
    Ok((None, Some(Rulesets::new(read::rulesets(&v, "ruleset")?)?)))
}
