//! One reader for whole numbers as a binding receives them: decimal text (a Python
//! `int`, a JS `BigInt`, a JSON number's text) or a double (a JS `number`). The calendar
//! reads its day counts here; [`crate::call`] re-exports it for the bindings.

use crate::error::{Error, ErrorCode, Result};
use crate::message::input as m;
use crate::numbers::is_whole;

/// A whole number as a binding received it.
///
/// # Example
/// ```
/// use fuling_rules::call::{day_count, Whole};
/// // A Python int or a JS BigInt arrives as its decimal text, a JS number as a double.
/// assert_eq!(day_count(Whole::Text("60"))?, day_count(Whole::Number(60.0))?);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Whole<'a> {
    /// Decimal text: an optional `-` and ASCII digits (a Python `int`'s `str`, a JS
    /// `BigInt`'s `toString()`). Anything else (`"1.5"`, `"五"`, `"nan"`) is not a whole number.
    Text(&'a str),
    /// A double (a JS `number`): whole and finite, or not a whole number.
    Number(f64),
}

/// The sign and size of a whole number; `None` when it is not one.
pub(crate) fn read_whole(n: Whole<'_>) -> Option<(bool, Option<u64>)> {
    match n {
        Whole::Text(t) => {
            let (negative, digits) = match crate::text::strip_char(t, &['-']) {
                Some(rest) => (true, rest),
                None => (false, t),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            // More digits than u64 holds: too large (`parse` also fails then).
            Some((
                negative && digits.bytes().any(|b| b != b'0'),
                digits.parse::<u64>().ok(),
            ))
        }
        Whole::Number(f) => {
            if !is_whole(f) {
                return None;
            }
            // Whole and finite; 2^64 and above do not fit (the cast saturates, so compare first).
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let size = (f.abs() < 18_446_744_073_709_551_616.0).then(|| f.abs() as u64);
            Some((f < 0.0, size))
        }
    }
}

/// A day count (`n` working days, the count of a period): a non-negative 32-bit integer.
///
/// # Errors
/// [`ErrorCode::InvalidInput`] for anything else: a negative, fractional, non-finite,
/// non-numeric or too large value (above 4,294,967,295). A count that fits but runs
/// past the calendar's data is the calendar's error, not this one.
///
/// # Example
/// ```
/// use fuling_rules::call::{day_count, Whole};
/// use fuling_rules::ErrorCode;
/// assert_eq!(day_count(Whole::Text("4294967295"))?, u32::MAX);
/// for junk in [Whole::Text("-1"), Whole::Text("1.5"), Whole::Text("五"), Whole::Number(1.5), Whole::Number(4294967296.0)] {
///     assert_eq!(day_count(junk).unwrap_err().code(), ErrorCode::InvalidInput);
/// }
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn day_count(n: Whole<'_>) -> Result<u32> {
    match read_whole(n) {
        Some((false, Some(v))) => u32::try_from(v).map_err(|_| too_many_days()),
        Some((false, None)) => Err(too_many_days()),
        Some((true, _)) => Err(Error::msg(ErrorCode::InvalidInput, m::DAY_COUNT_NEGATIVE, &[])),
        None => Err(Error::msg(ErrorCode::InvalidInput, m::DAY_COUNT_NOT_WHOLE, &[])),
    }
}

/// A year (e.g. the last provisional year): a positive whole number that fits an `i32`.
/// Whether the calendar can use that year is the calendar's check, not this one.
///
/// # Errors
/// [`ErrorCode::InvalidInput`] for anything else.
///
/// # Example
/// ```
/// use fuling_rules::call::{year, Whole};
/// use fuling_rules::ErrorCode;
/// assert_eq!(year(Whole::Number(2035.0))?, 2035);
/// assert_eq!(year(Whole::Text("2035"))?, 2035);
/// for junk in [Whole::Number(2035.5), Whole::Text("-1"), Whole::Text("0"), Whole::Number(1e10)] {
///     assert_eq!(year(junk).unwrap_err().code(), ErrorCode::InvalidInput);
/// }
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn year(n: Whole<'_>) -> Result<i32> {
    match read_whole(n) {
        Some((false, Some(v))) if v > 0 => i32::try_from(v).ok(),
        _ => None,
    }
    .ok_or_else(|| Error::msg(ErrorCode::InvalidInput, m::YEAR_NOT_POSITIVE_WHOLE, &[]))
}

fn too_many_days() -> Error {
    Error::msg(ErrorCode::InvalidInput, m::DAY_COUNT_TOO_LARGE, &[&u32::MAX])
}
