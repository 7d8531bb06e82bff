//! `Portfolio` (feature `portfolio`, off by default): application records and projects loaded
//! together, the agenda and the fund view (`fuling_rules::portfolio`), as Python's
//! `fr.Portfolio`. Convert, call, map errors: the logic is the core's.

use super::*;
use fuling_rules::model::Role;
use fuling_rules::portfolio::{AgendaOptions, Portfolio as Core, RecordInput};
use fuling_rules::records::Rulesets;

/// Application records and projects loaded together, with what did not load (`problems`).
#[wasm_bindgen]
pub struct Portfolio(Core);

/// The records of a list (each an object, its JSON text, a `Project` or an `ApplicationRecord`,
/// read through their `toJSON`). One text is refused: it would not be a list of records.
fn inputs(v: &JsValue, what: &str, out: &mut Vec<RecordInput>) -> JsResult<()> {
    if v.is_undefined() || v.is_null() {
        return Ok(());
    }
    if v.is_string() {
        return Err(type_error(&format!(
            "{what} is a list of records, not one text: use Portfolio.fromJsonl for JSON lines"
        )));
    }
    for item in array_arg(v, what)?.iter() {
        out.push(RecordInput::Json(json_arg(&item, "record")?));
    }
    Ok(())
}

/// `withinWorkingDays`: a whole number, negative allowed (items overdue by at least that many
/// working days), read by the core's `call::day_count` on its magnitude.
fn within(v: &JsValue, what: &str) -> JsResult<i64> {
    let n = v.as_f64().ok_or_else(|| wrong(v, what, Expected::Number))?;
    let days = i64::from(call::day_count(Whole::Number(n.abs()))?);
    Ok(if n < 0.0 { -days } else { days })
}

/// `ruleset`: one ruleset (an object or its JSON text), or an array of them (the one in force
/// on `asOf` is used, 第四十五条).
fn rules_arg(v: &JsValue) -> JsResult<(Option<fr::Ruleset>, Option<Rulesets>)> {
    if v.is_undefined() || v.is_null() {
        return Ok((None, None));
    }
    if !js_sys::Array::is_array(v) {
        return Ok((Some(ruleset_arg(v, "ruleset")?), None));
    }
    Ok((None, Some(Rulesets::new(read::rulesets(v, "ruleset")?)?)))
}

fr::for_each_method!(Portfolio, js_methods);

#[wasm_bindgen]
impl Portfolio {
    /// Records loaded together: `projects` and `applications` are arrays whose items are record
    /// objects, their JSON text, `Project`s or `ApplicationRecord`s (application records load
    /// first, whatever the order). A record that does not load is listed in `problems`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "PortfolioRecord[] | null")] projects: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "PortfolioRecord[] | null")] applications: JsValue,
    ) -> JsResult<Portfolio> {
        let mut list = Vec::new();
        inputs(&projects, "projects", &mut list)?;
        inputs(&applications, "applications", &mut list)?;
        Ok(Portfolio(Core::from_inputs(list)))
    }

    /// The records that did not load: where (`line` or `index`), `record_id`, `kind`, `code`,
    /// `article`, `message_zh`, `message_en`.
    #[wasm_bindgen(getter, unchecked_return_type = "PortfolioProblem[]")]
    pub fn problems(&self) -> JsResult<JsValue> {
        to_js(self.0.problems())
    }

    /// The projects loaded, as their records (`Project.fromJson` reads one back).
    #[wasm_bindgen(getter, unchecked_return_type = "ProjectRecord[]")]
    pub fn projects(&self) -> JsResult<JsValue> {
        to_js(self.0.projects())
    }

    /// The application records loaded, as their JSON.
    #[wasm_bindgen(getter, unchecked_return_type = "ApplicationRecordJson[]")]
    pub fn applications(&self) -> JsResult<JsValue> {
        to_js(self.0.applications())
    }

    /// Every open obligation across the portfolio on `asOf`, sorted by date (undated last), with
    /// who owes it and under which article; `options` filter them (`withinWorkingDays`,
    /// `responsible`, `department`) and set the `calendar` and `ruleset` (one, or an array: the
    /// one in force on `asOf`).
    #[wasm_bindgen(unchecked_return_type = "Agenda")]
    pub fn agenda(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AgendaOptions | null")] options: JsValue,
    ) -> JsResult<JsValue> {
        options_object(&options)?;
        let as_of = date_arg(&as_of, "asOf")?;
        let within = optional(&option(&options, "withinWorkingDays")?, within, "withinWorkingDays")?;
        let responsible = optional(&option(&options, "responsible")?, string_arg, "responsible")?;
        let responsible: Option<Role> = responsible.map(|r| call::named(&r)).transpose()?;
        let department = optional(&option(&options, "department")?, string_arg, "department")?;
        let calendar = read::options::calendar(&options)?;
        let (one, sets) = rules_arg(&option(&options, "ruleset")?)?;
        let agenda_options = AgendaOptions {
            within_working_days: within,
            responsible,
            department: department.as_deref(),
            calendar: Some(&calendar),
            ruleset: one.as_ref(),
            rulesets: sets.as_ref(),
        };
        to_js(&self.0.agenda(as_of, &agenda_options)?)
    }

    /// The amounts per year and lead department at each stage (第十九条至第二十一条), the plans
    /// of 500万元 (含) or more with their municipal filing, 第二十五条 exceptions, adjustments and
    /// withdrawals; `year` keeps one year (the year of the event that set the amount).
    #[wasm_bindgen(js_name = fundView, unchecked_return_type = "FundView")]
    pub fn fund_view(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "number | null")] year: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "FundViewOptions | null")] options: JsValue,
    ) -> JsResult<JsValue> {
        options_object(&options)?;
        let year = optional(&year, year_arg, "year")?;
        let rules = read::options::ruleset(&options)?;
        to_js(&self.0.fund_view_with(year, &rules))
    }
}
