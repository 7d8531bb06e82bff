//! The exports of the office module: `Portfolio` (application records and projects loaded
//! together, the agenda and the fund view, `fuling_rules::portfolio`, as Python's
//! `fr.Portfolio`) and `migrate`. They are rows of the core's table; here are the readers of
//! their arguments and options that the main module does not have (`own`).

use crate::js::*;
use crate::table::{read, write};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use fuling_rules as fr;
use fuling_rules::portfolio::Portfolio as Core;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.d.ts");

/// Application records and projects loaded together, with what did not load (`problems`).
#[wasm_bindgen]
pub struct Portfolio(Core);

wraps!(Portfolio(Core));
fr::for_each_method!(Portfolio, js_methods);
fr::for_each_method!(functions, js_methods, office);

/// The readers of this module that the main module has otherwise or not at all (`table.rs`'s
/// `read` re-exports them).
pub(crate) mod own {
    use super::*;
    use fuling_rules::call::host::Expected;
    use fuling_rules::call::{self, Whole};
    use fuling_rules::model::Role;
    use fuling_rules::portfolio::RecordInput;
    use fuling_rules::records::Rulesets;

    /// A calendar: a `CalendarSpec` (`{ calendar, notices, provisionalUntil }`) or calendar data
    /// (`CalendarData` or its JSON text, what the main module's `Calendar.fromJson` reads), read
    /// by the reader the notice module shares (`js.rs`'s `calendar_spec`); undefined/null → the
    /// official calendar. This module does not carry the reader of notice texts: its `notices`
    /// take notice data (what `parseNotice` of `fuling-rules/notice` returned).
    pub(crate) fn calendar(v: &JsValue, what: &str) -> JsResult<fr::Calendar> {
        calendar_spec(v, what, |_, _| {
            Err(notice_text_refused(
                "fuling-rules/office 的 calendar.notices",
                "calendar.notices of fuling-rules/office",
            ))
        })
    }

    /// The records of a list (each an object, its JSON text, or a `Project` or an
    /// `ApplicationRecord` of the main module, read through their `toJSON`); undefined/null: none.
    /// One text is refused: it would not be a list of records.
    pub(crate) fn records(v: &JsValue, what: &str) -> JsResult<Vec<RecordInput>> {
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

    /// The options of the portfolio's methods.
    pub(crate) mod options {
        use super::*;

        /// `withinWorkingDays`: a whole number, negative allowed (items overdue by at least that
        /// many working days), read by the core's `call::day_count` on its magnitude.
        pub(crate) fn within_working_days(options: &JsValue) -> JsResult<Option<i64>> {
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
        pub(crate) fn responsible(options: &JsValue) -> JsResult<Option<Role>> {
            let role = read::optional(&read::option(options, "responsible")?, read::text, "responsible")?;
            Ok(role.map(|r| call::named(&r)).transpose()?)
        }

        /// `department`: the lead department of the items kept.
        pub(crate) fn department(options: &JsValue) -> JsResult<Option<String>> {
            read::optional(&read::option(options, "department")?, read::text, "department")
        }

        /// `ruleset`: one ruleset (an object or its JSON text), or an array of them (the one in
        /// force on `asOf` is used, 第四十五条).
        pub(crate) fn in_force(options: &JsValue) -> JsResult<(Option<fr::Ruleset>, Option<Rulesets>)> {
            let v = read::option(options, "ruleset")?;
            if v.is_undefined() || v.is_null() {
                return Ok((None, None));
            }
            if !crate::js::sys::Array::is_array(&v) {
                return Ok((Some(read::ruleset(&v, "ruleset")?), None));
            }
            Ok((None, Some(Rulesets::new(read::rulesets(&v, "ruleset")?)?)))
        }
    }
}
