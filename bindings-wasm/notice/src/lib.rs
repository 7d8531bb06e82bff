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
//! the official one, or the one `base` describes: a `CalendarSpec` (`{ calendar, notices,
//! provisionalUntil }`: the custom calendar's data, the notices already added to it, its last
//! provisional year), read by the reader the office module shares (`js.rs`'s `calendar_spec`).
//!
//! Arguments and errors are converted by the same code as the main module's (`src/js.rs` of
//! `bindings-wasm`, included here), so both throw the same `RulesError`s and `TypeError`s.

#![cfg_attr(target_family = "wasm", no_std)]

#[cfg(target_family = "wasm")]
extern crate alloc;

#[cfg(target_family = "wasm")]
#[allow(dead_code)] // the conversions this module does not need (strings, …)
#[path = "../../src/js.rs"]
mod js;

#[cfg(target_family = "wasm")]
mod api {
    use crate::js::*;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(typescript_custom_section)]
    const TS_TYPES: &'static str = include_str!("types.d.ts");

    /// Reads the text of a State Council holiday notice (or of a supplementary notice): its
    /// record and the days it sets, for `Calendar.withNotice` of the main module. A
    /// supplementary notice is resolved against the official calendar, or against the calendar
    /// `base` describes (a `CalendarSpec` `{ calendar, notices, provisionalUntil }` or calendar
    /// data, read by the reader shared with the office module, `js.rs`'s `calendar_spec`; here
    /// `notices` may hold a notice's text). Unreadable text throws `notice_unreadable`, naming
    /// the sentence.
    #[wasm_bindgen(js_name = parseNotice, unchecked_return_type = "ParsedNotice")]
    pub fn parse_notice(
        #[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "CalendarSpec | CalendarData | string | null")] base: &JsValue,
    ) -> JsResult<JsValue> {
        let text = string_arg(text, "text")?;
        let base = calendar_spec(base, "base", |cal, text| cal.with_notice(text))?;
        to_js(&base.read_notice(&text)?)
    }
}

/// The allocator of the `.wasm`: talc, as in the main module.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// On wasm the crate is `no_std` (so is the core, built without its feature `std`): a panic, which
/// the code is written never to reach, traps at once (`unreachable`), as `panic = "abort"` did,
/// formatting nothing, and the standard library's panic runtime is not linked. (The messages and
/// locations that `core`'s panicking functions are given stay in the `.wasm`: on stable Rust this
/// handler is an exported symbol LTO cannot drop its argument from; benches/README.md, WASM.)
#[cfg(target_family = "wasm")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    core::arch::wasm32::unreachable()
}
