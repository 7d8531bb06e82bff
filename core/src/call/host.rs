//! What a host-language binding reads, written once for every binding: the texts of
//! the type errors it raises for an argument of the wrong host type ([`Expected`]), the
//! table of live objects it finds again by handle ([`Handles`]), the error for an argument
//! nested too deeply to become JSON text ([`too_deep`]), and the readers of
//! composite arguments — a JSON value of a core type ([`read`]), a project kind
//! ([`project_kind`]), a project loaded with or without its application
//! ([`project_from_json`]), a new application record ([`new_application_record`]).
//!
//! # Example
//! ```
//! use fuling_rules::call::host::{project_kind, Expected};
//! use fuling_rules::ProjectKind;
//! assert_eq!(project_kind("om")?, ProjectKind::Om);
//! assert_eq!(Expected::Date.message("asOf", "number"),
//!     "asOf must be an ISO date string (YYYY-MM-DD), got number");
//! # Ok::<(), fuling_rules::Error>(())
//! ```

use crate::calendar::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::{from_value, FromJson, ShapeError};
use crate::model::{Application, ProjectKind};
use crate::process::Project;
use crate::records::ApplicationRecord;
use crate::ruleset::Ruleset;
use serde_json::Value;

/// What an argument should have been, when the host value has the wrong type (a number
/// where a date string is expected): the binding raises its host's type error (a JS
/// `TypeError`) with [`Expected::message`].
///
/// # Example
/// ```
/// use fuling_rules::call::host::Expected;
/// assert_eq!(Expected::Number.message("n", "string"), "n must be a number, got string");
/// assert_eq!(Expected::Calendar.message("calendar", "number"),
///     "calendar must be a Calendar (Calendar.official() or Calendar.fromJson(...))");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    Text,
    /// An ISO `YYYY-MM-DD` date string.
    Date,
    /// A number (a day count).
    Number,
    /// A number that is a year.
    Year,
    /// An object or its JSON text.
    Json,
    /// A `Period` object or the regulation's wording.
    Period,
    /// An `Amount` or its text (never a float).
    Amount,
    /// A BigInt of fen.
    BigInt,
    /// An options object.
    Object,
    /// A `Calendar` object.
    Calendar,
}

impl Expected {
    /// The type error's message: `"{what} must be …, got {got}"`, `got` being the host's name
    /// of the type received (JS `typeof`).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::call::host::Expected;
    /// assert_eq!(Expected::BigInt.message("fen", "number"),
    ///     "fen must be a BigInt (e.g. 500000000n), got number");
    /// ```
    pub fn message(self, what: &str, got: &str) -> String {
        let (expected, note) = match self {
            Expected::Text => ("a string", ""),
            Expected::Date => ("an ISO date string (YYYY-MM-DD)", ""),
            Expected::Number => ("a number", ""),
            Expected::Year => ("a number (a year)", ""),
            Expected::Json => ("an object or a JSON string", ""),
            Expected::Period => ("a Period object or text such as \"5个工作日内\"", ""),
            Expected::Amount => (
                "an Amount or a string such as \"5,000,000.00\" or \"500万元\"",
                " (a JS number cannot hold every amount in fen exactly)",
            ),
            Expected::BigInt => ("a BigInt (e.g. 500000000n)", ""),
            Expected::Object => ("an object", ""),
            Expected::Calendar => {
                return format!("{what} must be a Calendar (Calendar.official() or Calendar.fromJson(...))")
            }
        };
        format!("{what} must be {expected}, got {got}{note}")
    }
}

/// Live objects by handle, so that a binding finds an object again when the host passes it
/// inside a plain options object (a JS `{ calendar }`). A list, not a `BTreeMap`: a B-tree's
/// removal code costs the `.wasm` about 3 KB per map type, and a page holds a handful of
/// objects. Handles start at 1 and wrap around, skipping 0.
///
/// # Example
/// ```
/// use fuling_rules::call::host::Handles;
/// let mut h = Handles::new();
/// let (a, b) = (h.insert("official"), h.insert("custom"));
/// assert_eq!((h.get(a), h.get(b)), (Some(&"official"), Some(&"custom")));
/// h.remove(a);
/// assert_eq!(h.get(a), None);
/// ```
#[derive(Debug, Clone)]
pub struct Handles<T> {
    items: Vec<(u32, T)>,
    next: u32,
}

impl<T> Default for Handles<T> {
    fn default() -> Self {
        Handles::new()
    }
}

impl<T> Handles<T> {
    /// An empty table.
    ///
    /// # Example
    /// ```
    /// let h = fuling_rules::call::host::Handles::<u8>::new();
    /// assert_eq!(h.get(1), None);
    /// ```
    pub const fn new() -> Self {
        Handles {
            items: Vec::new(),
            next: 1,
        }
    }

    /// Stores `item` under a new handle and returns the handle (after wrapping around, an
    /// entry still under that handle is replaced).
    ///
    /// # Example
    /// ```
    /// let mut h = fuling_rules::call::host::Handles::new();
    /// assert_eq!((h.insert('a'), h.insert('b')), (1, 2));
    /// ```
    pub fn insert(&mut self, item: T) -> u32 {
        let handle = self.next;
        self.next = handle.wrapping_add(1).max(1);
        match self.items.iter_mut().find(|(h, _)| *h == handle) {
            Some((_, old)) => *old = item,
            None => self.items.push((handle, item)),
        }
        handle
    }

    /// The object stored under `handle`, if any.
    ///
    /// # Example
    /// ```
    /// let mut h = fuling_rules::call::host::Handles::new();
    /// let k = h.insert(7);
    /// assert_eq!((h.get(k), h.get(k + 1)), (Some(&7), None));
    /// ```
    pub fn get(&self, handle: u32) -> Option<&T> {
        self.items.iter().find(|(h, _)| *h == handle).map(|(_, item)| item)
    }

    /// Forgets the object under `handle` (nothing when there is none).
    ///
    /// # Example
    /// ```
    /// let mut h = fuling_rules::call::host::Handles::new();
    /// let k = h.insert("x");
    /// h.remove(k);
    /// h.remove(k);
    /// assert_eq!(h.get(k), None);
    /// ```
    pub fn remove(&mut self, handle: u32) {
        if let Some(i) = self.items.iter().position(|(h, _)| *h == handle) {
            self.items.swap_remove(i);
        }
    }
}

/// The error for an argument the host could not turn into JSON text because it is nested
/// too deeply or too large (a JS `RangeError` from `JSON.stringify`).
///
/// # Example
/// ```
/// use fuling_rules::{call::host::too_deep, ErrorCode};
/// let e = too_deep("event");
/// assert_eq!(e.code(), ErrorCode::InputTooLarge);
/// assert_eq!(e.message_en(), "event is nested too deeply or too large");
/// ```
pub fn too_deep(what: &str) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        format!("{what} 嵌套过深或过大,无法处理"),
        format!("{what} is nested too deeply or too large"),
    )
}

/// A value of a core type from its JSON form, as every binding reads an argument.
///
/// # Errors
/// [`crate::ErrorCode::InvalidInput`] for a wrong shape (the message names the JSON Pointer).
///
/// # Example
/// ```
/// use fuling_rules::{call::host::read, Application, ErrorCode};
/// let app: Application = read(&serde_json::json!({"id": "APP-1"}))?;
/// assert_eq!(app.id, "APP-1");
/// assert_eq!(read::<Application>(&serde_json::json!([])).unwrap_err().code(), ErrorCode::InvalidInput);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn read<T: FromJson>(value: &Value) -> Result<T> {
    from_value(value).map_err(ShapeError::into_input_error)
}

/// A project kind by its name (`"development"` or `"om"`).
///
/// # Errors
/// [`crate::ErrorCode::InvalidInput`] for any other name.
///
/// # Example
/// ```
/// use fuling_rules::{call::host::project_kind, ErrorCode, ProjectKind};
/// assert_eq!(project_kind("development")?, ProjectKind::Development);
/// assert_eq!(project_kind("maintenance").unwrap_err().code(), ErrorCode::InvalidInput);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn project_kind(name: &str) -> Result<ProjectKind> {
    read(&Value::String(name.to_owned()))
}

/// A project from its JSON record, replayed under `rules` and `calendar`, with the
/// application when one is given: an application record (`{"schema": 2, "application",
/// "events"}`; its catalog too, 第七条 and 第三十七条, [`Project::from_json_str_for`]) or the
/// application's metadata alone ([`Project::from_json_str_in`]).
///
/// # Errors
/// As those functions; an application of the wrong shape is `invalid_input`.
///
/// # Example
/// ```
/// use fuling_rules::{call::host::project_from_json, Calendar, Ruleset};
/// let project = r#"{"schema": 2, "id": "FL-7", "kind": "development", "application_id": "APP-7", "events": []}"#;
/// let (rules, cal) = (Ruleset::default(), Calendar::official());
/// let meta = serde_json::json!({"id": "APP-7", "secret": true});
/// let record = serde_json::json!({"schema": 2, "application": meta.clone()});
/// assert!(project_from_json(project, Some(&meta), &rules, &cal)?.application().secret);
/// assert!(project_from_json(project, Some(&record), &rules, &cal)?.application().secret);
/// assert!(!project_from_json(project, None, &rules, &cal)?.application().secret);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn project_from_json(
    json: &str,
    application: Option<&Value>,
    rules: &Ruleset,
    calendar: &Calendar,
) -> Result<Project> {
    match application {
        None => Project::from_json_str_with(json, rules, calendar),
        Some(app) if app.get("schema").is_some() => {
            let record = ApplicationRecord::from_json_str(&crate::json_output::to_string(app))?;
            Project::from_json_str_for(json, &record, rules, calendar)
        }
        Some(app) => Project::from_json_str_in(json, &read::<Application>(app)?, rules, calendar),
    }
}

/// A new application record for the application `application` (`{"id", "name", ...}`),
/// checked as a stored record is (its `id` is required).
///
/// # Errors
/// `invalid_input` for a wrong shape or an empty `id`.
///
/// # Example
/// ```
/// use fuling_rules::{call::host::new_application_record, ErrorCode};
/// let r = new_application_record(&serde_json::json!({"id": "APP-1", "name": "涪陵区智慧河长"}))?;
/// assert_eq!(r.application().id, "APP-1");
/// let err = new_application_record(&serde_json::json!({"name": "无编号"})).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidInput);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn new_application_record(application: &Value) -> Result<ApplicationRecord> {
    let record = ApplicationRecord::new(read::<Application>(application)?);
    ApplicationRecord::from_json_str(&record.to_json())
}

/// The table of calendar functions: calls `$m!` with one row per function, in this order:
///
/// `rust_name, "jsName", (parameter: kind "TypeScript type", ...) -> "TypeScript answer", "doc";`
///
/// `rust_name` is the [`Calendar`] method; each parameter's `kind` (`date`, `count` or
/// `period`) says how a binding reads it (an ISO date, a [`day_count`](super::day_count),
/// a period as [`period_text`](super::period_text) or [`period`](super::period) read it),
/// its name is the one a type error names.
///
/// Each is a method of a calendar and, in the WASM package, also a module function taking
/// an optional calendar last (the official one when absent): the binding generates its
/// `Calendar` methods from this table, `cargo xtask codegen` the module functions and
/// their declarations ([`CALENDAR_FUNCTIONS`]).
///
/// # Example
/// ```
/// macro_rules! names {
///     ($( $f:ident, $js:literal, ($($arg:ident: $kind:ident $ts:literal),*) -> $ret:literal, $doc:literal; )*) => {
///         [$($js),*]
///     };
/// }
/// let names = fuling_rules::for_each_calendar_fn!(names);
/// assert_eq!(names.len(), fuling_rules::call::host::CALENDAR_FUNCTIONS.len());
/// ```
#[macro_export]
macro_rules! for_each_calendar_fn {
    ($m:ident) => {
        $m! {
            is_working_day, "isWorkingDay", (date: date "string") -> "boolean",
                "Whether `date` is a working day.";
            add_working_days, "addWorkingDays", (date: date "string", n: count "number") -> "string",
                "The `n`-th working day after `date`; `date` itself is never counted (\"N个工作日内\").";
            sub_working_days, "subWorkingDays", (date: date "string", n: count "number") -> "string",
                "The `n`-th working day before `date` (\"申报前N个工作日\").";
            working_days_between, "workingDaysBetween", (start: date "string", end: date "string") -> "number",
                "The number of working days after `start` up to and including `end`.";
            next_working_day, "nextWorkingDay", (date: date "string") -> "string",
                "The first working day on or after `date`.";
            previous_working_day, "previousWorkingDay", (date: date "string") -> "string",
                "The last working day on or before `date`.";
            day_info, "dayInfo", (date: date "string") -> "DayInfo",
                "What the calendar says about `date`.";
            due_date, "dueDate", (start: date "string", period: period "Period | string") -> "string",
                "The due date of `period` from `start` (民法典 第二百零一条至第二百零三条 for day and month periods).";
            explain_due_date, "explainDueDate", (start: date "string", period: period "Period | string") -> "Explanation",
                "The due date of `period` from `start`, explained (with `sentence_zh` and `sentence_en`).";
        }
    };
}

/// One row of [`for_each_calendar_fn!`](crate::for_each_calendar_fn).
///
/// # Example
/// ```
/// use fuling_rules::call::host::CALENDAR_FUNCTIONS;
/// let add = CALENDAR_FUNCTIONS.iter().find(|f| f.js == "addWorkingDays").unwrap();
/// assert_eq!(add.params, &[("date", "string"), ("n", "number")]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarFn {
    /// The Rust name, e.g. `add_working_days`.
    pub name: &'static str,
    /// The JavaScript name, e.g. `addWorkingDays`.
    pub js: &'static str,
    /// The parameters (before the calendar): name and TypeScript type.
    pub params: &'static [(&'static str, &'static str)],
    /// The answer's TypeScript type.
    pub returns: &'static str,
    /// The one-line description.
    pub doc: &'static str,
}

macro_rules! calendar_fn_rows {
    ($( $f:ident, $js:literal, ($($arg:ident: $kind:ident $ts:literal),*) -> $ret:literal, $doc:literal; )*) => {
        /// Every calendar function, in table order (see [`for_each_calendar_fn!`](crate::for_each_calendar_fn)).
        ///
        /// # Example
        /// ```
        /// use fuling_rules::call::host::CALENDAR_FUNCTIONS;
        /// assert_eq!(CALENDAR_FUNCTIONS[0].js, "isWorkingDay");
        /// ```
        pub const CALENDAR_FUNCTIONS: &[CalendarFn] = &[$(CalendarFn {
            name: stringify!($f),
            js: $js,
            params: &[$((stringify!($arg), $ts)),*],
            returns: $ret,
            doc: $doc,
        }),*];
    };
}

crate::for_each_calendar_fn!(calendar_fn_rows);
