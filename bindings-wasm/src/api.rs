//! The wasm-bindgen exports: convert → call the core → map the error.

use crate::js::sys;
use crate::js::*;
use crate::table::{read, write};
use alloc::string::ToString;
use fuling_rules as fr;
use fuling_rules::call::host::{Expected, Handles};
use spin::Mutex;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_GENERATED: &'static str = include_str!("generated.d.ts");

// ---------------------------------------------------------------------------
// Calendar

/// Live calendars by handle, so a `Calendar` can be passed inside an options object. A static
/// needs a lock (the crate is `no_std`: no `thread_local!`); the instance has one thread, so
/// `try_lock` always succeeds (and a failure would be a wrong argument, never a panic).
static CALENDARS: Mutex<Handles<fr::Calendar>> = Mutex::new(Handles::new());

/// A working-day calendar: the official one or a custom one built from JSON.
#[wasm_bindgen]
pub struct Calendar(fr::Calendar, u32);

impl Drop for Calendar {
    fn drop(&mut self) {
        if let Some(mut list) = CALENDARS.try_lock() {
            list.remove(self.1);
        }
    }
}

/// A new calendar object, registered under a handle.
impl From<fr::Calendar> for Calendar {
    fn from(inner: fr::Calendar) -> Calendar {
        let handle = CALENDARS
            .try_lock()
            .map(|mut list| list.insert(inner.clone()))
            .unwrap_or(0);
        Calendar(inner, handle)
    }
}

#[wasm_bindgen]
impl Calendar {
    #[doc(hidden)]
    #[wasm_bindgen(getter = __fulingCalendarHandle, skip_typescript)]
    pub fn handle(&self) -> u32 {
        self.1
    }
}

/// The `Calendar` methods, one per row of the core's table (`fuling_rules::for_each_calendar_fn!`):
/// each argument read as its kind says, named as the table names it; the module functions that
/// take an optional calendar last are generated JavaScript (`bindings-wasm/js/glue-tail.js`).
macro_rules! calendar_methods {
    ($( $v:ident = $f:ident, $js:literal, $form:ident ($($arg:ident: $kind:ident $ts:literal),*) -> $ret:literal, $doc:literal; )*) => {
        #[wasm_bindgen]
        impl Calendar {
            $(
                #[doc = $doc]
                #[wasm_bindgen(js_name = $js, unchecked_return_type = $ret)]
                pub fn $f(&self, $(#[wasm_bindgen(unchecked_param_type = $ts)] $arg: &JsValue),*) -> JsResult<JsValue> {
                    self.0.$f($(read::$kind($arg, stringify!($arg))?),*)?.answer()
                }
            )*
        }
    };
}

fr::for_each_calendar_fn!(calendar_methods);

/// A calendar answer as JS data: a boolean, a number, an ISO date string or an object.
trait Answer {
    fn answer(self) -> JsResult<JsValue>;
}

macro_rules! answers {
    ($($t:ty => |$x:ident| $js:expr;)*) => {
        $(impl Answer for $t {
            fn answer(self) -> JsResult<JsValue> {
                let $x = self;
                Ok($js)
            }
        })*
    };
}

answers! {
    bool => |b| b.into();
    u32 => |n| n.into();
    chrono::NaiveDate => |d| d.to_string().into();
    fr::DayInfo => |info| to_js(&info)?;
    fr::Explanation => |e| to_js(&e)?;
}

// ---------------------------------------------------------------------------
// The core's table of methods (`fuling_rules::for_each_method!`), expanded by `js_methods!`
// (`src/table.rs`, shared with the office module)

/// The readers of this module that the office module has otherwise (`table.rs`'s `read`
/// re-exports them): a calendar is a `Calendar` object here.
pub(crate) mod own {
    use super::*;

    /// Resolves an optional calendar argument: undefined/null → the official calendar.
    pub(crate) fn calendar(v: &JsValue, what: &str) -> JsResult<fr::Calendar> {
        if v.is_undefined() || v.is_null() {
            return Ok(fr::Calendar::official());
        }
        let not_calendar = || wrong(v, what, Expected::Calendar);
        let handle = match v.is_object() {
            true => sys::reflect_get(v, &"__fulingCalendarHandle".into()).map_err(|_| not_calendar())?,
            false => return Err(not_calendar()),
        };
        let handle = handle.as_f64().ok_or_else(not_calendar)? as u32;
        CALENDARS
            .try_lock()
            .and_then(|list| list.get(handle).cloned())
            .ok_or_else(not_calendar)
    }

    /// This module's own options: none.
    pub(crate) mod options {}
}

fr::for_each_method!(functions, js_methods);
fr::for_each_method!(Calendar, js_methods);

// ---------------------------------------------------------------------------
// Money

/// An amount of money in integer fen (分); never a float.
#[wasm_bindgen]
pub struct Amount(fr::Amount);

wraps!(Amount(fr::Amount));
fr::for_each_method!(Amount, js_methods);

// ---------------------------------------------------------------------------
// Process

#[cfg(feature = "process")]
mod process {
    use super::*;

    /// A project (开发项目 or 运维项目) and its events: the approval and lifecycle state machine.
    #[wasm_bindgen]
    pub struct Project(fr::Project);

    wraps!(Project(fr::Project));
    fr::for_each_method!(Project, js_methods);

    #[wasm_bindgen]
    impl Project {
        /// The status on `asOf` evaluated with the project's `application` record: once the
        /// application is deregistered (第四十二条), the project's open obligations are closed,
        /// not met (`closed`).
        #[cfg(feature = "records")]
        #[wasm_bindgen(js_name = statusWith, unchecked_return_type = "Status")]
        pub fn status_with(
            &self,
            application: &ApplicationRecord,
            #[wasm_bindgen(unchecked_param_type = "string")] as_of: &JsValue,
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: &JsValue,
        ) -> JsResult<JsValue> {
            let as_of = read::date(as_of, "asOf")?;
            let cal = read::options::calendar(options)?;
            let rules = read::options::ruleset(options)?;
            to_js(&self.0.status_with(&application.0, as_of, &cal, &rules)?)
        }
    }

    /// An application record (应用档案, schema 2): the application's metadata and its own events
    /// (release channel, 第三十八条 labels, 第三十九条 evaluation and 整改, 第四十条至第四十二条
    /// deregistration), state and status.
    #[cfg(feature = "records")]
    #[wasm_bindgen]
    pub struct ApplicationRecord(fr::records::ApplicationRecord);

    #[cfg(feature = "records")]
    wraps!(ApplicationRecord(fr::records::ApplicationRecord));
    #[cfg(feature = "records")]
    fr::for_each_method!(ApplicationRecord, js_methods);
}
