//! What a host-language binding reads, written once for every binding: the texts of
//! the type errors it raises for an argument of the wrong host type ([`Expected`]), the
//! table of live objects it finds again by handle ([`Handles`]) and the error for an
//! argument nested too deeply to become JSON text ([`too_deep`]). The readers of composite
//! arguments (a JSON value of a core type, an enum by name, a project with its application,
//! a new application record) are [`super::read`], [`super::named`], [`super::load_project`]
//! and [`super::application_record`].
//!
//! # Example
//! ```
//! use fuling_rules::call::host::Expected;
//! assert_eq!(Expected::Date.message("asOf", "number"),
//!     "asOf must be an ISO date string (YYYY-MM-DD), got number");
//! ```

use crate::error::{Error, ErrorCode};
use crate::message::input as m;
use crate::prelude::*;

/// What an argument should have been, when the host value has the wrong type (a number
/// where a date string is expected): the binding raises its host's type error (a JS
/// `TypeError`) with [`Expected::message`].
///
/// # Example
/// ```
/// use fuling_rules::call::host::Expected;
/// assert_eq!(Expected::Number.message("n", "string"), "n must be a number, got string");
/// assert_eq!(Expected::Array.message("rulesets", "number"), "rulesets must be an array, got number");
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
    /// An array (JS `Array.isArray`; an array-like object is not one).
    Array,
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
            Expected::Array => ("an array", ""),
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
    Error::msg(ErrorCode::InputTooLarge, m::ARGUMENT_TOO_DEEP, &[&what])
}
