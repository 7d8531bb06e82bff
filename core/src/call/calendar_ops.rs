//! The calendar functions by name, for the bindings and `cargo xtask codegen`: one table
//! ([`for_each_calendar_fn!`](crate::for_each_calendar_fn)) gives each function's name,
//! parameters and their kinds, answer, description and whether it has an array form;
//! [`CalendarOp`] is generated from it and answers a function on one date
//! ([`CalendarOp::eval`]) or over arrays of day numbers ([`CalendarOp::batch_into`]), so a
//! binding writes one generic path instead of a wrapper per function.

use crate::calendar::{BatchError, Counts, DateQuery, DayInfo, OnError, Period};
use crate::error::{Error, ErrorCode, Result};
use crate::message::input as m;
use crate::message::Quoted;
use crate::prelude::*;
use crate::{Calendar, CalendarBuilder, Explanation};
use chrono::NaiveDate;

/// The table of calendar functions: calls `$m!` with one row per function, in this order:
///
/// `Variant = rust_name, "jsName", form (parameter: kind "TypeScript type", ...) -> "TypeScript answer", "doc";`
///
/// - `rust_name` is the [`Calendar`] method (and the Python name), `jsName` the WASM name.
/// - `form` is `array` when the function also answers over arrays of dates
///   ([`CalendarOp::batch_into`]; Python's numpy input), else `scalar`.
/// - Each parameter's `kind` ([`ArgKind`]: `date`, `count` or `period`) says how a binding
///   reads it (an ISO date, a [`day_count`](super::day_count), a period as
///   [`period_text`](super::period_text) or [`period`](super::period) read it); its name is
///   the one the WASM package and its type errors use. The first parameter is a date.
/// - `doc` is the one-line description.
///
/// [`CalendarOp`] is generated from it. In the WASM package each function is a method of a
/// calendar and also a module function taking an optional calendar last (the official one
/// when absent): the binding generates its `Calendar` methods from this table, `cargo xtask
/// codegen` the module functions and their declarations. So a new calendar function is one
/// row here, plus its Python rows (`bindings-python/src/calendar.rs`, with the stubs).
///
/// # Example
/// ```
/// macro_rules! names {
///     ($( $v:ident = $f:ident, $js:literal, $form:ident ($($arg:ident: $kind:ident $ts:literal),*) -> $ret:literal, $doc:literal; )*) => {
///         [$($js),*]
///     };
/// }
/// let names = fuling_rules::for_each_calendar_fn!(names);
/// assert_eq!(names.len(), fuling_rules::call::CalendarOp::ALL.len());
/// ```
#[macro_export]
macro_rules! for_each_calendar_fn {
    ($m:ident) => {
        $m! {
            IsWorkingDay = is_working_day, "isWorkingDay", array (date: date "string") -> "boolean",
                "Whether `date` is a working day.";
            AddWorkingDays = add_working_days, "addWorkingDays", array (date: date "string", n: count "number") -> "string",
                "The `n`-th working day after `date`; `date` itself is never counted (\"N个工作日内\").";
            SubWorkingDays = sub_working_days, "subWorkingDays", array (date: date "string", n: count "number") -> "string",
                "The `n`-th working day before `date` (\"申报前N个工作日\").";
            WorkingDaysBetween = working_days_between, "workingDaysBetween", array (start: date "string", end: date "string") -> "number",
                "The number of working days after `start` up to and including `end`.";
            NextWorkingDay = next_working_day, "nextWorkingDay", array (date: date "string") -> "string",
                "The first working day on or after `date`.";
            PreviousWorkingDay = previous_working_day, "previousWorkingDay", array (date: date "string") -> "string",
                "The last working day on or before `date`.";
            DayInfo = day_info, "dayInfo", scalar (date: date "string") -> "DayInfo",
                "What the calendar says about `date`.";
            DueDate = due_date, "dueDate", scalar (start: date "string", period: period "Period | string") -> "string",
                "The due date of `period` from `start` (民法典 第二百零一条至第二百零三条 for day and month periods).";
            ExplainDueDate = explain_due_date, "explainDueDate", scalar (start: date "string", period: period "Period | string") -> "Explanation",
                "The due date of `period` from `start`, explained (with `sentence_zh` and `sentence_en`).";
        }
    };
}

/// How a binding reads a parameter of a calendar function (its `kind` in
/// [`for_each_calendar_fn!`](crate::for_each_calendar_fn)).
///
/// # Example
/// ```
/// use fuling_rules::call::{ArgKind, CalendarOp};
/// let kinds: Vec<ArgKind> = CalendarOp::DueDate.params().iter().map(|p| p.kind).collect();
/// assert_eq!(kinds, [ArgKind::Date, ArgKind::Period]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// An ISO `YYYY-MM-DD` date (a `datetime.date` in Python).
    Date,
    /// A day count ([`day_count`](super::day_count)).
    Count,
    /// A period: a `Period`, its JSON form or the regulation's wording ([`period_text`](super::period_text)).
    Period,
}

/// A parameter of a calendar function.
///
/// # Example
/// ```
/// use fuling_rules::call::{ArgKind, CalendarOp, Param};
/// assert_eq!(CalendarOp::AddWorkingDays.params()[1], Param { name: "n", kind: ArgKind::Count, ts: "number" });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Param {
    /// Its name (the WASM package's; type errors name it).
    pub name: &'static str,
    /// How it is read.
    pub kind: ArgKind,
    /// Its TypeScript type.
    pub ts: &'static str,
}

macro_rules! arg_kind {
    (date) => {
        ArgKind::Date
    };
    (count) => {
        ArgKind::Count
    };
    (period) => {
        ArgKind::Period
    };
}

macro_rules! has_array {
    (array) => {
        true
    };
    (scalar) => {
        false
    };
}

/// One row's call in [`CalendarOp::eval`]: the date, then the second argument its kinds take.
macro_rules! eval_row {
    ($op:ident, $cal:ident, $d:ident, $other:ident, $f:ident, date) => {
        match $other {
            Operand::None => $cal.$f($d)?.into(),
            _ => return Err(wrong_arguments($op)),
        }
    };
    ($op:ident, $cal:ident, $d:ident, $other:ident, $f:ident, date, count) => {
        match $other {
            Operand::Count(n) => $cal.$f($d, n)?.into(),
            _ => return Err(wrong_arguments($op)),
        }
    };
    ($op:ident, $cal:ident, $d:ident, $other:ident, $f:ident, date, date) => {
        match $other {
            Operand::Date(e) => $cal.$f($d, e)?.into(),
            _ => return Err(wrong_arguments($op)),
        }
    };
    ($op:ident, $cal:ident, $d:ident, $other:ident, $f:ident, date, period) => {
        match $other {
            Operand::Period(p) => $cal.$f($d, p)?.into(),
            _ => return Err(wrong_arguments($op)),
        }
    };
}

macro_rules! calendar_ops {
    ($( $v:ident = $f:ident, $js:literal, $form:ident ($($arg:ident: $kind:ident $ts:literal),*) -> $ret:literal, $doc:literal; )*) => {
        /// A calendar function, by name: a row of [`for_each_calendar_fn!`](crate::for_each_calendar_fn).
        ///
        /// # Example
        /// ```
        /// use chrono::NaiveDate;
        /// use fuling_rules::call::{CalendarOp, OpAnswer, Operand};
        /// use fuling_rules::Calendar;
        /// let op = CalendarOp::from_name("add_working_days")?;
        /// let d = NaiveDate::from_ymd_opt(2025, 9, 30).unwrap();
        /// // Over National Day 2025: 10-01..10-08 are holidays, Saturday 10-11 is worked.
        /// let due = op.eval(&Calendar::official(), d, Operand::Count(5))?;
        /// assert_eq!(due, OpAnswer::Date(NaiveDate::from_ymd_opt(2025, 10, 14).unwrap()));
        /// # Ok::<(), fuling_rules::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum CalendarOp {
            $( #[doc = concat!("`", stringify!($f), "`: ", $doc)] $v, )*
        }

        impl CalendarOp {
            /// Every calendar function, in table order.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::call::CalendarOp;
            /// assert!(CalendarOp::ALL.iter().all(|op| CalendarOp::from_name(op.name()) == Ok(*op)));
            /// ```
            pub const ALL: &'static [CalendarOp] = &[$(CalendarOp::$v),*];

            /// The function's name, e.g. `add_working_days` (the [`Calendar`] method and the Python name).
            ///
            /// # Example
            /// ```
            /// assert_eq!(fuling_rules::call::CalendarOp::IsWorkingDay.name(), "is_working_day");
            /// ```
            pub const fn name(self) -> &'static str {
                match self { $( CalendarOp::$v => stringify!($f), )* }
            }

            /// The JavaScript name, e.g. `addWorkingDays`.
            ///
            /// # Example
            /// ```
            /// assert_eq!(fuling_rules::call::CalendarOp::DueDate.js_name(), "dueDate");
            /// ```
            pub const fn js_name(self) -> &'static str {
                match self { $( CalendarOp::$v => $js, )* }
            }

            /// The parameters (before the calendar), the first being a date.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::call::CalendarOp;
            /// let names: Vec<&str> = CalendarOp::WorkingDaysBetween.params().iter().map(|p| p.name).collect();
            /// assert_eq!(names, ["start", "end"]);
            /// ```
            pub const fn params(self) -> &'static [Param] {
                match self { $( CalendarOp::$v => &[$(Param { name: stringify!($arg), kind: arg_kind!($kind), ts: $ts }),*], )* }
            }

            /// The answer's TypeScript type (`boolean`, `number`, `string` for a date, `DayInfo`, `Explanation`).
            ///
            /// # Example
            /// ```
            /// assert_eq!(fuling_rules::call::CalendarOp::DayInfo.returns(), "DayInfo");
            /// ```
            pub const fn returns(self) -> &'static str {
                match self { $( CalendarOp::$v => $ret, )* }
            }

            /// The one-line description.
            ///
            /// # Example
            /// ```
            /// assert!(fuling_rules::call::CalendarOp::NextWorkingDay.doc().starts_with("The first working day"));
            /// ```
            pub const fn doc(self) -> &'static str {
                match self { $( CalendarOp::$v => $doc, )* }
            }

            /// Whether the function also answers over arrays of dates ([`CalendarOp::batch_into`]).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::call::CalendarOp;
            /// assert!(CalendarOp::AddWorkingDays.has_array() && !CalendarOp::DueDate.has_array());
            /// ```
            pub const fn has_array(self) -> bool {
                match self { $( CalendarOp::$v => has_array!($form), )* }
            }

            /// Answers the function on one date: `other` is the count (`add_working_days`,
            /// `sub_working_days`), the end date (`working_days_between`), the period
            /// (`due_date`, `explain_due_date`) or none.
            ///
            /// # Errors
            /// The calendar method's error; [`ErrorCode::InvalidInput`] when `other` is not the
            /// kind the function takes.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::call::{CalendarOp, OpAnswer, Operand};
            /// use fuling_rules::Calendar;
            /// let oct1 = chrono::NaiveDate::from_ymd_opt(2025, 10, 1).unwrap();
            /// let a = CalendarOp::NextWorkingDay.eval(&Calendar::official(), oct1, Operand::None)?;
            /// assert_eq!(a, OpAnswer::Date(chrono::NaiveDate::from_ymd_opt(2025, 10, 9).unwrap()));
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn eval(self, cal: &Calendar, d: NaiveDate, other: Operand) -> Result<OpAnswer> {
                let op = self;
                Ok(match self { $( CalendarOp::$v => eval_row!(op, cal, d, other, $f, $($kind),*), )* })
            }
        }
    };
}

crate::for_each_calendar_fn!(calendar_ops);

/// The second argument of a [`CalendarOp`]: none, a day count, a second date or a period.
///
/// # Example
/// ```
/// use fuling_rules::call::{CalendarOp, OpAnswer, Operand};
/// use fuling_rules::Calendar;
/// let d = |m, day| chrono::NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let n = CalendarOp::WorkingDaysBetween.eval(&Calendar::official(), d(9, 30), Operand::Date(d(10, 14)))?;
/// assert_eq!(n, OpAnswer::Count(5));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand {
    /// No second argument.
    None,
    /// A day count.
    Count(u32),
    /// A second date (`working_days_between`'s end).
    Date(NaiveDate),
    /// A period (`due_date`, `explain_due_date`).
    Period(Period),
}

/// The answer of a [`CalendarOp`] on one date.
///
/// # Example
/// ```
/// use fuling_rules::call::{CalendarOp, OpAnswer, Operand};
/// use fuling_rules::Calendar;
/// let sunday_worked = chrono::NaiveDate::from_ymd_opt(2025, 9, 28).unwrap(); // 调休
/// let a = CalendarOp::IsWorkingDay.eval(&Calendar::official(), sunday_worked, Operand::None)?;
/// assert_eq!(a, OpAnswer::Bool(true));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpAnswer {
    /// `is_working_day`.
    Bool(bool),
    /// A date.
    Date(NaiveDate),
    /// `working_days_between`.
    Count(u32),
    /// `day_info`.
    DayInfo(DayInfo),
    /// `explain_due_date`.
    Explanation(Box<Explanation>),
}

impl From<bool> for OpAnswer {
    fn from(b: bool) -> Self {
        OpAnswer::Bool(b)
    }
}

impl From<NaiveDate> for OpAnswer {
    fn from(d: NaiveDate) -> Self {
        OpAnswer::Date(d)
    }
}

impl From<u32> for OpAnswer {
    fn from(n: u32) -> Self {
        OpAnswer::Count(n)
    }
}

impl From<DayInfo> for OpAnswer {
    fn from(info: DayInfo) -> Self {
        OpAnswer::DayInfo(info)
    }
}

impl From<Explanation> for OpAnswer {
    fn from(e: Explanation) -> Self {
        OpAnswer::Explanation(Box::new(e))
    }
}

/// Where a batch writes its answers ([`CalendarOp::batch_into`]).
///
/// # Example
/// ```
/// use fuling_rules::call::{BatchOut, CalendarOp};
/// assert_eq!(CalendarOp::IsWorkingDay.batch_width(), 1); // flags: `BatchOut::Flags`
/// let mut out = [0i64; 1];
/// let _numbers = BatchOut::Numbers(&mut out);
/// ```
#[derive(Debug, PartialEq, Eq)]
pub enum BatchOut<'a> {
    /// `is_working_day`: 1 working, 0 not, 2 missing.
    Flags(&'a mut [u8]),
    /// Day numbers ([`crate::calendar::NAT`] missing) for dates, counts (-1 missing) for
    /// `working_days_between`.
    Numbers(&'a mut [i64]),
}

fn wrong_arguments(op: CalendarOp) -> Error {
    Error::msg(ErrorCode::InvalidInput, m::WRONG_ARGUMENTS_FOR, &[&op.name()])
}

impl CalendarOp {
    /// The calendar function named `name`.
    ///
    /// # Errors
    /// [`ErrorCode::UnknownName`] for any other name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{call::CalendarOp, ErrorCode};
    /// assert_eq!(CalendarOp::from_name("next_working_day")?, CalendarOp::NextWorkingDay);
    /// assert_eq!(CalendarOp::from_name("nope").unwrap_err().code(), ErrorCode::UnknownName);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_name(name: &str) -> Result<CalendarOp> {
        CalendarOp::ALL
            .iter()
            .copied()
            .find(|op| op.name() == name)
            .ok_or_else(|| Error::msg(ErrorCode::UnknownName, m::UNKNOWN_CALENDAR_FUNCTION, &[&Quoted(name)]))
    }

    /// The calendar function named `name` that has an array form ([`CalendarOp::has_array`]).
    ///
    /// # Errors
    /// [`ErrorCode::UnknownName`] for any other name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{call::CalendarOp, ErrorCode};
    /// assert_eq!(CalendarOp::batch_from_name("is_working_day")?, CalendarOp::IsWorkingDay);
    /// assert_eq!(CalendarOp::batch_from_name("day_info").unwrap_err().code(), ErrorCode::UnknownName);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn batch_from_name(name: &str) -> Result<CalendarOp> {
        CalendarOp::ALL
            .iter()
            .copied()
            .find(|op| op.has_array() && op.name() == name)
            .ok_or_else(|| Error::msg(ErrorCode::UnknownName, m::UNKNOWN_BATCH_OPERATION, &[&Quoted(name)]))
    }

    /// Bytes per answer of [`CalendarOp::batch_into`]: 1 for `is_working_day` (flags), 8 for
    /// the other functions with an array form, 0 for those without.
    ///
    /// # Example
    /// ```
    /// assert_eq!(fuling_rules::call::CalendarOp::AddWorkingDays.batch_width(), 8);
    /// ```
    pub const fn batch_width(self) -> usize {
        match self {
            CalendarOp::IsWorkingDay => 1,
            CalendarOp::AddWorkingDays
            | CalendarOp::SubWorkingDays
            | CalendarOp::WorkingDaysBetween
            | CalendarOp::NextWorkingDay
            | CalendarOp::PreviousWorkingDay => 8,
            CalendarOp::DayInfo | CalendarOp::DueDate | CalendarOp::ExplainDueDate => 0,
        }
    }

    /// Answers the function over day numbers (days since 1970-01-01) into `out` (as long as
    /// `days`): `other` is the counts, or for `working_days_between` the end days
    /// ([`Counts::Each`]); ignored by the one-date queries. See [`BatchOut`] for the encoding.
    ///
    /// # Errors
    /// The batch's [`BatchError`]; an `invalid_input` one (at position 0) when the function
    /// has no array form, `out` is not the kind it writes or the end days are not one per date.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::call::{BatchOut, CalendarOp};
    /// use fuling_rules::calendar::{Counts, OnError};
    /// use fuling_rules::Calendar;
    /// let (cal, mut out) = (Calendar::official(), [0i64; 1]);
    /// // 2025-09-30 is day 20,361; 2025-10-14 day 20,375: 5 working days in between.
    /// let op = CalendarOp::WorkingDaysBetween;
    /// op.batch_into(&cal, &[20_361], Counts::Each(&[20_375]), OnError::Raise, BatchOut::Numbers(&mut out))?;
    /// assert_eq!(out, [5]);
    /// let mut flags = [0u8; 1];
    /// CalendarOp::IsWorkingDay.batch_into(&cal, &[20_361], Counts::One(0), OnError::Raise, BatchOut::Flags(&mut flags))?;
    /// assert_eq!(flags, [1]);
    /// # Ok::<(), fuling_rules::calendar::BatchError>(())
    /// ```
    pub fn batch_into(
        self,
        cal: &Calendar,
        days: &[i64],
        other: Counts<'_>,
        on_error: OnError,
        out: BatchOut<'_>,
    ) -> core::result::Result<(), BatchError> {
        let query = match self {
            CalendarOp::AddWorkingDays => DateQuery::AddWorkingDays,
            CalendarOp::SubWorkingDays => DateQuery::SubWorkingDays,
            CalendarOp::NextWorkingDay => DateQuery::NextWorkingDay,
            CalendarOp::PreviousWorkingDay => DateQuery::PreviousWorkingDay,
            CalendarOp::DayInfo | CalendarOp::DueDate | CalendarOp::ExplainDueDate => return Err(self.misuse()),
            CalendarOp::IsWorkingDay => {
                let BatchOut::Flags(out) = out else {
                    return Err(self.misuse());
                };
                let v = cal.is_working_day_batch(days, on_error)?;
                for (slot, w) in out.iter_mut().zip(&v) {
                    *slot = w.map_or(2, u8::from);
                }
                return Ok(());
            }
            CalendarOp::WorkingDaysBetween => {
                let (BatchOut::Numbers(out), Counts::Each(ends)) = (out, other) else {
                    return Err(self.misuse());
                };
                let v = cal.working_days_between_batch(days, ends, on_error)?;
                for (o, c) in out.iter_mut().zip(&v) {
                    *o = c.map_or(-1, i64::from);
                }
                return Ok(());
            }
        };
        match out {
            BatchOut::Numbers(out) => cal.dates_batch_into(query, days, other, on_error, out),
            BatchOut::Flags(_) => Err(self.misuse()),
        }
    }

    fn misuse(self) -> BatchError {
        BatchError {
            position: 0,
            error: wrong_arguments(self),
        }
    }
}

/// The `errors=` argument of array input: `"raise"` (the default, also for `None`) or
/// `"nat"` (a missing answer where a date is missing or outside the calendar).
///
/// # Errors
/// [`ErrorCode::InvalidInput`] for any other text.
///
/// # Example
/// ```
/// use fuling_rules::call::on_error;
/// use fuling_rules::calendar::OnError;
/// assert_eq!(on_error(None)?, OnError::Raise);
/// assert_eq!(on_error(Some("nat"))?, OnError::Missing);
/// assert!(on_error(Some("ignore")).is_err());
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn on_error(errors: Option<&str>) -> Result<OnError> {
    match errors {
        None | Some("raise") => Ok(OnError::Raise),
        Some("nat") => Ok(OnError::Missing),
        Some(other) => Err(Error::msg(
            ErrorCode::InvalidInput,
            m::UNKNOWN_ERRORS_MODE,
            &[&Quoted(other)],
        )),
    }
}

/// The builder a custom calendar starts from, by name: `"official"` (the default, also for
/// `None`) or `"none"` (nothing: give `first` and `last`).
///
/// # Errors
/// [`ErrorCode::InvalidCalendarData`] for any other name.
///
/// # Example
/// ```
/// use fuling_rules::{call::calendar_base, ErrorCode};
/// assert!(calendar_base(Some("none")).is_ok());
/// assert_eq!(calendar_base(Some("local")).unwrap_err().code(), ErrorCode::InvalidCalendarData);
/// ```
pub fn calendar_base(base: Option<&str>) -> Result<CalendarBuilder> {
    match base.unwrap_or("official") {
        "official" => Ok(CalendarBuilder::official()),
        "none" => Ok(CalendarBuilder::empty()),
        other => Err(Error::msg(
            ErrorCode::InvalidCalendarData,
            m::UNKNOWN_CALENDAR_BASE,
            &[&Quoted(other)],
        )),
    }
}

/// A custom calendar given as lists of dates (the bindings' `Calendar.from_dates`):
/// `holidays` (rest days) and `workdays` (Saturdays or Sundays worked), each with an
/// optional name; `regular` dates return to the Monday–Friday default.
///
/// # Example
/// ```
/// use fuling_rules::call::CalendarDates;
/// let d = chrono::NaiveDate::from_ymd_opt(2025, 6, 3).unwrap();
/// let cal = CalendarDates { holidays: vec![(d, None)], version: Some("local-1"), ..Default::default() }.build()?;
/// assert!(!cal.is_working_day(d)?);
/// assert_eq!(cal.day_info(d)?.name.as_deref(), Some("自定义休息日"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct CalendarDates<'a> {
    /// `"official"` (the default) or `"none"` ([`calendar_base`]).
    pub base: Option<&'a str>,
    /// The first covered date.
    pub first: Option<NaiveDate>,
    /// The last covered date.
    pub last: Option<NaiveDate>,
    /// Rest days, each with its name (default 自定义休息日).
    pub holidays: Vec<(NaiveDate, Option<String>)>,
    /// Weekend days worked, each with its name (default 自定义调休上班日).
    pub workdays: Vec<(NaiveDate, Option<String>)>,
    /// Dates back to the Monday–Friday default.
    pub regular: Vec<NaiveDate>,
    /// The version suffix.
    pub version: Option<&'a str>,
}

impl CalendarDates<'_> {
    /// Builds the calendar.
    ///
    /// # Errors
    /// As [`calendar_base`] and [`CalendarBuilder::build`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{call::CalendarDates, ErrorCode};
    /// let err = CalendarDates { base: Some("none"), ..Default::default() }.build().unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidCalendarData); // no first and last
    /// ```
    pub fn build(self) -> Result<Calendar> {
        let mut b = calendar_base(self.base)?;
        if let Some(f) = self.first {
            b = b.first(f);
        }
        if let Some(l) = self.last {
            b = b.last(l);
        }
        for (d, name) in &self.holidays {
            b = b.holiday(*d, name.as_deref().unwrap_or("自定义休息日"));
        }
        for (d, name) in &self.workdays {
            b = b.workday(*d, name.as_deref().unwrap_or("自定义调休上班日"));
        }
        for d in self.regular {
            b = b.regular(d);
        }
        if let Some(v) = self.version {
            b = b.version(v);
        }
        b.build()
    }
}
