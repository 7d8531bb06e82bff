//! # fuling-rules-notice-wasm
//!
//! The optional module `fuling-rules/notice` of the npm package `fuling-rules` (built by
//! `bindings-wasm/build.sh` into `pkg/web/notice.js` and `pkg/node/notice.js`, each with its own
//! `.wasm`): the reader of State Council holiday notice texts, `parseNotice(text, base?)`.
//!
//! The reader is a module of its own so that the main module, which every form page loads,
//! does not carry it (issue 17: about 20 KB gzipped, which only the page where a clerk pastes
//! the year's notice needs). The main module applies what this one returns:
//! `Calendar.official().withNotice(parseNotice(text))`.
//!
//! A supplementary notice (2020's "延长…春节假期至2月2日") is resolved against a base calendar:
//! the official one, or the one `base` describes (`{ calendar, notices }`: the custom calendar's
//! JSON and the notices already added to it).
//!
//! Arguments and errors are converted by the same code as the main module's (`src/js.rs` of
//! `bindings-wasm`, included here), so both throw the same `RulesError`s and `TypeError`s.

#[cfg(target_family = "wasm")]
#[allow(dead_code)] // the conversions this module does not need (strings, …)
#[path = "../../src/js.rs"]
mod js;

#[cfg(target_family = "wasm")]
mod api {
    use crate::js::*;
    use fuling_rules as fr;
    use fuling_rules::call::host::Expected;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(typescript_custom_section)]
    const TS_TYPES: &'static str = include_str!("types.d.ts");

    /// Reads the text of a State Council holiday notice (or of a supplementary notice): its
    /// record and the days it sets, for `Calendar.withNotice` of the main module. A
    /// supplementary notice is resolved against the official calendar, or against `base`
    /// (`{ calendar, notices }`) when given. Unreadable text throws `notice_unreadable`,
    /// naming the sentence.
    #[wasm_bindgen(js_name = parseNotice, unchecked_return_type = "ParsedNotice")]
    pub fn parse_notice(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "NoticeBase | null")] base: JsValue,
    ) -> JsResult<JsValue> {
        let text = string_arg(&text, "text")?;
        to_js(&base_calendar(&base)?.read_notice(&text)?)
    }

    /// The calendar `base` describes: the official one, or `base.calendar` (calendar JSON), each
    /// with `base.notices` added in order (notice data, or a notice's text read against the
    /// calendar built so far).
    fn base_calendar(base: &JsValue) -> JsResult<fr::Calendar> {
        let absent = |v: &JsValue| v.is_undefined() || v.is_null();
        if absent(base) {
            return Ok(fr::Calendar::official());
        }
        if !base.is_object() || js_sys::Array::is_array(base) {
            return Err(wrong(base, "base", Expected::Object));
        }
        let calendar = option(base, "calendar")?;
        let mut cal = match absent(&calendar) {
            true => fr::Calendar::official(),
            false => fr::Calendar::from_json_str(&json_arg(&calendar, "base.calendar")?)?,
        };
        let notices = option(base, "notices")?;
        if !absent(&notices) {
            for n in array_arg(&notices, "base.notices")?.iter() {
                let text = notice_arg(&n, "notice")?;
                cal = match is_notice_data(&text) {
                    true => cal.with_parsed_notice(&fr::calendar::ParsedNotice::from_json_str(&text)?)?,
                    false => cal.with_notice(&text)?,
                };
            }
        }
        Ok(cal)
    }
}

/// The allocator of the `.wasm`: talc, as in the main module.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
