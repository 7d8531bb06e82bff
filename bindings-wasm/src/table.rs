//! The expansion of the core's table of methods (`fuling_rules::for_each_method!`): one macro
//! per step of an export (`js_methods!` → `js_module!` → `js_form!` → `js_fn!`), one reader per
//! argument kind (`read`), one writer per answer kind (`write`). Shared by the package's main
//! module (`src/api.rs`) and its optional module `fuling-rules/office` (`office/src/lib.rs`, which
//! includes this file as the notice module includes `js.rs`), so a row reads its arguments and
//! writes its answer the same way in either.
//!
//! Which module a row is in: the rows whose `feature` is `"office"` (`migrate`) are the office
//! module's; every other row is the main module's (the `Portfolio` class is expanded only by the
//! office module). Each crate gives the readers that differ between the two in its module
//! `crate::own` (`calendar`: a `Calendar` object in the main module, a `CalendarSpec` or calendar
//! data in the office module; the portfolio's readers), which `read` re-exports.

use crate::js::sys;
use crate::js::*;
use fuling_rules as fr;
use fuling_rules::call::host::Expected;
use fuling_rules::call::{self, Whole};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The methods of a class (or the module functions), one per row of the core's table: each
/// argument read by its kind's reader (`read`), the options from one options object, the
/// answer written by its kind's writer (`write`). `for_each_method!(Class, js_methods)` gives the
/// main module's rows, `for_each_method!(Class, js_methods, office)` the office module's
/// (`js_module!`).
macro_rules! js_methods {
    ($module:tt $class:ident { $(
        $target:ident $form:ident $f:ident $js:literal [$($feat:tt)?]
        ($($arg:ident $what:literal: $kind:ident $ts:literal),* $(; $($oarg:ident $owhat:literal: $okind:ident $ots:literal),*)?)
        $($opts:ident $ots2:literal { $($opt:ident),* })? -> $ans:ident $ret:literal
        = |$this:pat_param| $call:expr, $($doc:literal)+;
    )* }) => {
        $( js_module! { $module [$($feat)?] { $form $ans $class $js $ret => $f
            ($($arg $what $kind $ts),*) [$($($oarg $owhat $okind $ots),*)?] [$($ots2 $($opt)*)?]
            $ans |$this| $call, [$($doc)+] } } )*
    };
}

/// Whether a row is in this module: the main module (no module named) exports every row but the
/// office module's (feature `"office"`), each behind its cargo feature if it names one; the
/// office module (`office`) only those.
macro_rules! js_module {
    ([] ["office"] $row:tt) => {};
    ([] [$($feat:tt)?] { $form:ident $ans:ident $class:ident $js:literal $ret:literal => $($row:tt)* }) => {
        js_form! { $form $ans $class $js $ret => [$($feat)?] $($row)* }
    };
    ([office] ["office"] { $form:ident $ans:ident $class:ident $js:literal $ret:literal => $($row:tt)* }) => {
        js_form! { $form $ans $class $js $ret => [] $($row)* }
    };
    ([office] [$($feat:tt)?] $row:tt) => {};
}

/// A row's form: its `wasm_bindgen` attribute, receiver, core object, class (none for a module
/// function), return type and answer writer (`get` and `pure` rows cannot fail, so they throw
/// nothing; a method answering nothing has no return type: TypeScript's `void` cannot be
/// written as one).
macro_rules! js_form {
    (new $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [constructor] [] [()] [impl $class] [JsResult<$class>] js_answer $($row)* }
    };
    (from $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js] [] [()] [impl $class] [JsResult<$class>] js_answer $($row)* }
    };
    (get record $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [getter, js_name = $js, unchecked_return_type = $ret] [&self,] [&self.0] [impl $class] [JsResult<JsValue>] js_answer $($row)* }
    };
    (get $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [getter, js_name = $js, unchecked_return_type = $ret] [&self,] [&self.0] [impl $class] [JsValue] js_pure $($row)* }
    };
    (pure $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js, unchecked_return_type = $ret] [&self,] [&self.0] [impl $class] [JsValue] js_pure $($row)* }
    };
    (call this $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js] [&self,] [&self.0] [impl $class] [JsResult<$class>] js_answer $($row)* }
    };
    (call $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js, unchecked_return_type = $ret] [&self,] [&self.0] [impl $class] [JsResult<JsValue>] js_answer $($row)* }
    };
    (call_mut unit $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js] [&mut self,] [&mut self.0] [impl $class] [JsResult<()>] js_answer $($row)* }
    };
    (function $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js, unchecked_return_type = $ret] [] [()] [] [JsResult<JsValue>] js_answer $($row)* }
    };
    (pure_function $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js, unchecked_return_type = $ret] [] [()] [] [JsValue] js_pure $($row)* }
    };
}

/// One export: read the arguments, then the options, make the core call, write the answer.
macro_rules! js_fn {
    ([$($attr:tt)*] [$($recv:tt)*] [$($me:tt)*] [$($impl:tt)*] [$($out:tt)*] $answer:ident [$($feat:literal)?] $f:ident
        ($($arg:ident $what:literal $kind:ident $ts:literal),*) [$($oarg:ident $owhat:literal $okind:ident $ots:literal),*]
        [$($ots2:literal $($opt:ident)*)?] $ans:ident |$this:pat_param| $call:expr, [$($doc:literal)+]) => {
        js_item! { [$($impl)*] [$(#[cfg(feature = $feat)])?]
            $(#[doc = $doc])+
            #[wasm_bindgen($($attr)*)]
            pub fn $f(
                $($recv)*
                $(#[wasm_bindgen(unchecked_param_type = $ts)] $arg: &JsValue,)*
                $(#[wasm_bindgen(unchecked_optional_param_type = $ots)] $oarg: &JsValue,)*
                $(#[wasm_bindgen(unchecked_optional_param_type = $ots2)] options: &JsValue)?
            ) -> $($out)* {
                $(let $arg = read::$kind($arg, $what)?;)*
                $(let $oarg = read::$okind($oarg, $owhat)?;)*
                $($(#[allow(unused_variables)] let $opt = &read::options::$opt(options)?;)*)?
                let $this = $($me)*;
                $answer!($ans, $call)
            }
        }
    };
}

/// A method in its own `#[wasm_bindgen] impl` block, or a module function as it is.
macro_rules! js_item {
    ([impl $class:ident] [$($cfg:tt)*] $($item:tt)*) => {
        $($cfg)*
        #[wasm_bindgen]
        impl $class {
            $($item)*
        }
    };
    ([] [$($cfg:tt)*] $($item:tt)*) => {
        $($cfg)*
        $($item)*
    };
}

/// The answer of a row that can fail: a new object of the class, or JS data by the answer's kind.
macro_rules! js_answer {
    (this, $v:expr) => {
        Ok(Self::from($v))
    };
    (record, $v:expr) => {
        write::record($v)
    };
    (plain, $v:expr) => {
        write::record($v)
    };
    ($ans:ident, $v:expr) => {
        Ok(write::$ans($v))
    };
}

/// The answer of a row that cannot fail.
macro_rules! js_pure {
    ($ans:ident, $v:expr) => {
        write::$ans($v)
    };
}

/// A class that wraps a core value: made `From` it (the answer `this`).
macro_rules! wraps {
    ($class:ident($inner:ty)) => {
        impl From<$inner> for $class {
            fn from(inner: $inner) -> Self {
                $class(inner)
            }
        }
    };
}

/// The readers of the argument kinds of the core's tables (calendar functions, class methods),
/// each named as its kind. (A kind read only by rows behind a feature is unused without it.)
#[allow(dead_code, unused_imports)]
pub(crate) mod read {
    use super::*;

    // This crate's own readers (`calendar`, the portfolio's).
    pub(crate) use crate::own::*;

    // Shared with the optional modules (`js.rs`): text, arrays, JSON, options, years.
    pub(crate) use crate::js::{
        array_arg as array, json_arg as json_text, json_value_arg as json, option, string_arg as text, year_arg as year,
    };

    /// An ISO `YYYY-MM-DD` date argument.
    pub(crate) fn date(v: &JsValue, what: &str) -> JsResult<chrono::NaiveDate> {
        let s = v.as_string().ok_or_else(|| wrong(v, what, Expected::Date))?;
        Ok(fr::calendar::parse_date(&s)?)
    }

    /// A day count: a JS number, read by the core's `call::day_count`.
    pub(crate) fn count(v: &JsValue, what: &str) -> JsResult<u32> {
        let n = v.as_f64().ok_or_else(|| wrong(v, what, Expected::Number))?;
        Ok(call::day_count(Whole::Number(n))?)
    }

    /// A period: a `Period` object, or text — its JSON form or the regulation's wording
    /// ("5个工作日内"), read by the core's `call::period_text` (other types are a `TypeError`, as in Python).
    pub(crate) fn period(v: &JsValue, what: &str) -> JsResult<fr::Period> {
        if v.is_string() {
            return Ok(call::period_text(&text(v, what)?)?);
        }
        if !v.is_object() || sys::Array::is_array(v) {
            return Err(wrong(v, what, Expected::Period));
        }
        Ok(call::period(&json(v, what)?)?)
    }

    /// Notice data: what `parseNotice` of the optional module `fuling-rules/notice` returns (a
    /// `ParsedNotice` object or its JSON text). A notice's text throws `invalid_input` naming that
    /// module; wrong notice data throws `invalid_calendar_data`.
    pub(crate) fn notice(v: &JsValue, what: &str) -> JsResult<fr::calendar::ParsedNotice> {
        Ok(notice_data_arg(v, what)?.map_err(|_| notice_text_refused("withNotice", "withNotice"))?)
    }

    /// An optional argument: undefined/null → `None`, anything else read by `read`.
    pub(crate) fn optional<T>(v: &JsValue, read: fn(&JsValue, &str) -> JsResult<T>, what: &str) -> JsResult<Option<T>> {
        match v.is_undefined() || v.is_null() {
            true => Ok(None),
            false => read(v, what).map(Some),
        }
    }

    /// A BigInt of fen, read by the core's `call::amount_from_whole`.
    pub(crate) fn bigint_fen(v: &JsValue) -> JsResult<fr::Amount> {
        let text = sys::BigInt::unchecked_from_js_ref(v).to_string(10).unwrap_or_default();
        Ok(call::amount_from_whole(Whole::Text(&text), call::MoneyUnit::Fen)?)
    }

    /// An `Amount`, a `{ fen: bigint }` object or a text such as `"500万元"`; numbers are a TypeError.
    pub(crate) fn amount(v: &JsValue, what: &str) -> JsResult<fr::Amount> {
        if v.is_string() {
            return Ok(fr::Amount::parse(&text(v, what)?)?);
        }
        if v.is_object() {
            let fen =
                sys::reflect_get(v, &"fen".into()).map_err(|_| type_error(&format!("{what} has no readable fen")))?;
            if fen.is_bigint() {
                return bigint_fen(&fen);
            }
        }
        Err(wrong(v, what, Expected::Amount))
    }

    /// A ruleset (an object or its JSON text); undefined/null → the default ruleset.
    pub(crate) fn ruleset(v: &JsValue, what: &str) -> JsResult<fr::Ruleset> {
        if v.is_undefined() || v.is_null() {
            return Ok(fr::Ruleset::default());
        }
        Ok(fr::Ruleset::from_json_str(&json_text(v, what)?)?)
    }

    /// A list of rulesets (each an object or its JSON text).
    pub(crate) fn rulesets(v: &JsValue, what: &str) -> JsResult<Vec<fr::Ruleset>> {
        array(v, what)?.iter().map(|r| ruleset(&r, "ruleset")).collect()
    }

    /// A list of JSON texts (each an object or its text).
    pub(crate) fn json_texts(v: &JsValue, what: &str) -> JsResult<Vec<String>> {
        array(v, what)?.iter().map(|r| json_text(&r, "record")).collect()
    }

    /// A year or nothing (undefined/null).
    pub(crate) fn opt_year(v: &JsValue, what: &str) -> JsResult<Option<i32>> {
        optional(v, year, what)
    }

    /// A BigInt of fen.
    pub(crate) fn fen(v: &JsValue, what: &str) -> JsResult<fr::Amount> {
        if !v.is_bigint() {
            return Err(wrong(v, what, Expected::BigInt));
        }
        bigint_fen(v)
    }

    /// The options of an options object, each under its key (undefined/null: not given).
    pub(crate) mod options {
        use super::*;

        // This crate's own options (the portfolio's).
        pub(crate) use crate::own::options::*;

        /// The options themselves: an object, or undefined/null for none.
        pub(crate) fn object(options: &JsValue) -> JsResult<()> {
            match options.is_object() || options.is_undefined() || options.is_null() {
                true => Ok(()),
                false => Err(wrong(options, "options", Expected::Object)),
            }
        }

        /// `provisionalUntil`: the last provisional year.
        pub(crate) fn provisional_until(options: &JsValue) -> JsResult<Option<i32>> {
            optional(&option(options, "provisionalUntil")?, year, "provisionalUntil")
        }

        /// `calendar`: read by this crate's `calendar` reader (the official calendar when absent).
        pub(crate) fn calendar(options: &JsValue) -> JsResult<fr::Calendar> {
            super::calendar(&option(options, "calendar")?, "calendar")
        }

        /// `ruleset`: a ruleset (an object or its JSON text), or the default one.
        pub(crate) fn ruleset(options: &JsValue) -> JsResult<fr::Ruleset> {
            super::ruleset(&option(options, "ruleset")?, "ruleset")
        }

        /// `application`: a project's application record or metadata, as JSON.
        pub(crate) fn application(options: &JsValue) -> JsResult<Option<fr::json_input::Json>> {
            optional(&option(options, "application")?, json, "application")
        }
    }
}

/// The writers of the answer kinds of the core's table of methods.
#[allow(dead_code, unused_imports)]
pub(crate) mod write {
    pub(crate) use crate::js::strings;
    use crate::js::{to_js, JsResult};
    use fuling_rules::json_output::ToJson;
    use wasm_bindgen::JsValue;

    pub(crate) fn unit(_: ()) {}

    pub(crate) fn bool(b: bool) -> JsValue {
        b.into()
    }

    pub(crate) fn text(s: impl Into<JsValue>) -> JsValue {
        s.into()
    }

    pub(crate) fn opt_text(s: Option<impl Into<JsValue>>) -> JsValue {
        s.map_or(JsValue::UNDEFINED, Into::into)
    }

    /// A Mermaid diagram's text with the messages it embeds rendered (`js.rs`'s `render_mermaid`).
    pub(crate) fn mermaid(s: String) -> JsValue {
        crate::js::render_mermaid(&s)
    }

    pub(crate) fn int(n: u64) -> JsValue {
        n.into()
    }

    pub(crate) fn record(v: impl ToJson) -> JsResult<JsValue> {
        to_js(&v)
    }
}
