//! Call and answer types the bindings share, so that every target reads its
//! arguments and names its checks the same way (the Python and WASM bindings only
//! convert, call the core and map the error).
//!
//! - [`Whole`], [`day_count`] and [`amount_from_whole`]: one reader for whole numbers
//!   given as text (a Python `int`, a JS `BigInt`, a JSON number's text) or as a
//!   double (a JS `number`). A day count that is not a non-negative 32-bit integer is
//!   [`ErrorCode::InvalidInput`] on every target; [`ErrorCode::CalendarOutOfRange`] is
//!   only for dates and results outside the calendar.
//!   [`year`] reads a year the same way.
//! - [`check_text`]: the size limit of every text argument ([`MAX_TEXT_BYTES`]).
//! - [`period`]: a period from its JSON form, [`ErrorCode::InvalidPeriod`] when malformed;
//!   [`period_text`]: a period given as text, its JSON form or the regulation's wording.
//! - [`Check`]: every check by name, with its articles, its input and its answer
//!   type, in one table ([`for_each_check!`](crate::for_each_check)); the bindings
//!   generate their check functions from the same table.
//! - [`host`]: what a host-language binding reads (type-error texts, live objects by
//!   handle, the error for an argument nested too deeply).
//! - [`CalendarOp`]: every calendar function by name, in one table
//!   ([`for_each_calendar_fn!`](crate::for_each_calendar_fn)) with its parameters and their
//!   kinds, its answer, its description and whether it has an array form; answered on one
//!   date ([`CalendarOp::eval`]) or over day numbers ([`CalendarOp::batch_into`]), so a
//!   binding has one generic path; the WASM binding and `cargo xtask codegen` generate the
//!   JavaScript functions and declarations from the same table. [`on_error`],
//!   [`calendar_base`] and [`CalendarDates`] read the options of array input and custom calendars.
//! - The methods of the bindings' classes (`Project`, `ApplicationRecord`, `Portfolio`,
//!   `Amount`) in one table ([`for_each_method!`](crate::for_each_method)): name, JavaScript
//!   name, argument kinds, answer kind, the core call and the doc text, expanded by each binding.
//! - [`read`], [`named`], [`application_record`] and [`load_project`]: a value of a JSON
//!   shape, an enum by name, a new application record, a project with its application.
//!
//! # Example
//! ```
//! use fuling_rules::call::{day_count, Check, Whole};
//! use fuling_rules::{Art, ErrorCode};
//! assert_eq!(day_count(Whole::Text("5"))?, 5);
//! assert_eq!(day_count(Whole::Text("4294967296")).unwrap_err().code(), ErrorCode::InvalidInput);
//! assert_eq!(Check::JointReview.articles(), &[Art::new(23)]);
//! # Ok::<(), fuling_rules::Error>(())
//! ```

use crate::calendar::Period;
use crate::error::{Error, ErrorCode, Result};
use crate::json_read::Value;
use crate::message::input as m;
use crate::money::Amount;

pub mod host;
// Calendar functions by name and the record arguments, as every binding reads them.
mod calendar_ops;
// The methods of the bindings' classes, one row each (`for_each_method!`).
mod methods;
mod records;
pub use calendar_ops::{
    calendar_base, on_error, ArgKind, BatchOut, CalendarDates, CalendarOp, OpAnswer, Operand, Param,
};
pub use records::{application_record, load_project, named, read, ProjectApplication};
// The whole-number reader lives below the calendar, which reads its day counts with it.
use crate::whole::read_whole;
pub use crate::whole::{day_count, year, Whole};
// The table of checks lives with the checks it names.
pub use crate::checks::table::Check;

/// The unit of a whole-number amount.
///
/// # Example
/// ```
/// use fuling_rules::call::{amount_from_whole, MoneyUnit, Whole};
/// let fen = amount_from_whole(Whole::Text("500000000"), MoneyUnit::Fen)?;
/// assert_eq!(fen, amount_from_whole(Whole::Text("5000000"), MoneyUnit::Yuan)?);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyUnit {
    /// 分.
    Fen,
    /// 元.
    Yuan,
}

/// An amount given as a whole number of fen or yuan (a Python `int`, a JS `BigInt`).
///
/// # Errors
/// [`ErrorCode::AmountNegative`] below zero, [`ErrorCode::AmountOverflow`] above
/// [`Amount::MAX`], [`ErrorCode::AmountMalformed`] for a value that is not a whole number.
///
/// # Example
/// ```
/// use fuling_rules::call::{amount_from_whole, MoneyUnit, Whole};
/// use fuling_rules::ErrorCode;
/// let code = |t| amount_from_whole(Whole::Text(t), MoneyUnit::Fen).unwrap_err().code();
/// assert_eq!(code("-1"), ErrorCode::AmountNegative);
/// assert_eq!(code("100000000000000000000"), ErrorCode::AmountOverflow);
/// assert_eq!(code("1.5"), ErrorCode::AmountMalformed);
/// ```
pub fn amount_from_whole(n: Whole<'_>, unit: MoneyUnit) -> Result<Amount> {
    let (zh, en) = match unit {
        MoneyUnit::Fen => ("分", "fen"),
        MoneyUnit::Yuan => ("元", "yuan"),
    };
    match read_whole(n) {
        Some((false, Some(v))) => match unit {
            MoneyUnit::Fen => Amount::from_fen(v),
            MoneyUnit::Yuan => Amount::from_yuan(v),
        },
        Some((false, None)) => Err(Error::msg(
            ErrorCode::AmountOverflow,
            m::WHOLE_AMOUNT_OUT_OF_RANGE,
            &[&zh, &en],
        )),
        Some((true, _)) => Err(Error::msg(
            ErrorCode::AmountNegative,
            m::WHOLE_AMOUNT_NEGATIVE,
            &[&zh, &en],
        )),
        None => Err(Error::msg(
            ErrorCode::AmountMalformed,
            m::WHOLE_AMOUNT_NOT_WHOLE,
            &[&zh, &en],
        )),
    }
}

/// The longest text a binding accepts for any single string argument (a JSON
/// document, an amount, a name): 4 MiB.
///
/// # Example
/// ```
/// assert_eq!(fuling_rules::call::MAX_TEXT_BYTES, 4 << 20);
/// ```
pub const MAX_TEXT_BYTES: usize = 4 << 20;

/// Checks the length of a text argument, the same on every target.
///
/// # Errors
/// [`ErrorCode::InputTooLarge`] above [`MAX_TEXT_BYTES`] bytes.
///
/// # Example
/// ```
/// use fuling_rules::call::{check_text, MAX_TEXT_BYTES};
/// assert!(check_text("500万元").is_ok());
/// let huge = "x".repeat(MAX_TEXT_BYTES + 1);
/// assert_eq!(check_text(&huge).unwrap_err().code(), fuling_rules::ErrorCode::InputTooLarge);
/// ```
pub fn check_text(text: &str) -> Result<&str> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::msg(
            ErrorCode::InputTooLarge,
            m::TEXT_ARGUMENT_TOO_LONG,
            &[&text.len(), &MAX_TEXT_BYTES],
        ));
    }
    Ok(text)
}

/// A period (期限) from its JSON form (the crate's own tree, [`Json`](crate::json_input::Json)),
/// read and validated as on every target.
///
/// # Errors
/// [`ErrorCode::InvalidPeriod`] for a period of the wrong shape (the message names the
/// JSON Pointer of the offending field) or a count above [`crate::calendar::MAX_PERIOD_COUNT`].
///
/// # Example
/// ```
/// use fuling_rules::json_input::{parse, Json};
/// use fuling_rules::{call::period, ErrorCode, Period};
/// let p = period(&parse(r#"{"unit": "working_days", "count": 5}"#)?)?;
/// assert_eq!(p, Period::working_days(5));
/// let err = period(&Json::from(&serde_json::json!({"unit": "weeks", "count": 1}))).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidPeriod);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn period(value: &Value) -> Result<Period> {
    let p: Period =
        crate::json_input::from_tree(value).map_err(|e| e.into_error(ErrorCode::InvalidPeriod, "期限", "period"))?;
    p.validate()?;
    Ok(p)
}

/// A period given as text: its JSON form (text starting with `{`) or the regulation's own
/// wording ([`Period::parse`]: "5个工作日内", "不低于90天", "申报前10个工作日"), as every
/// binding reads a period passed as a string.
///
/// # Errors
/// [`ErrorCode::InvalidInput`] for text that is neither (the message names the wordings
/// expected); [`ErrorCode::InvalidJson`] for malformed JSON; [`ErrorCode::InvalidPeriod`]
/// as [`period`]; [`ErrorCode::InputTooLarge`] above [`MAX_TEXT_BYTES`].
///
/// # Example
/// ```
/// use fuling_rules::{call::period_text, ErrorCode, Period};
/// assert_eq!(period_text("5个工作日内")?, Period::working_days(5));
/// assert_eq!(period_text("申报前10个工作日")?, Period::working_days(10).before());
/// assert_eq!(period_text(r#"{"unit": "days", "count": 90, "kind": "minimum"}"#)?, period_text("不低于90天")?);
/// let err = period_text("five working days").unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidInput);
/// assert!(err.message_en().contains("expected text such as 5个工作日内"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn period_text(text: &str) -> Result<Period> {
    check_text(text)?;
    if text.trim_start().starts_with('{') {
        period(&crate::json_input::parse(text)?)
    } else {
        Period::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers() {
        let ok = |w| day_count(w).unwrap();
        assert_eq!(ok(Whole::Text("0")), 0);
        assert_eq!(ok(Whole::Text("-0")), 0);
        assert_eq!(ok(Whole::Number(-0.0)), 0);
        assert_eq!(ok(Whole::Number(4_294_967_295.0)), u32::MAX);
        for bad in [
            "",
            "-",
            "+5",
            " 5",
            "5 ",
            "0x10",
            "1e3",
            "１",
            "99999999999999999999999999",
        ] {
            assert_eq!(
                day_count(Whole::Text(bad)).unwrap_err().code(),
                ErrorCode::InvalidInput,
                "{bad:?}"
            );
        }
        for bad in [f64::NAN, f64::INFINITY, -1.0, 0.5, 1e300, 2f64.powi(64)] {
            assert_eq!(
                day_count(Whole::Number(bad)).unwrap_err().code(),
                ErrorCode::InvalidInput,
                "{bad}"
            );
        }
        assert_eq!(
            amount_from_whole(Whole::Text("-0"), MoneyUnit::Yuan).unwrap(),
            Amount::ZERO
        );
        assert_eq!(
            amount_from_whole(Whole::Text("100000000000000000"), MoneyUnit::Yuan)
                .unwrap_err()
                .code(),
            ErrorCode::AmountOverflow
        );
    }
}
