//! One reader for whole numbers as a binding receives them: decimal text (a Python
//! `int`, a JS `BigInt`, a JSON number's text) or a double (a JS `number`). The calendar
//! reads its day counts here; [`crate::call`] re-exports it for the bindings.

use crate::error::{Error, ErrorCode, Result};
use crate::message::input as m;

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

/// 2^52: every double of this size or more is a whole number.
const WHOLE_FROM: f64 = 4_503_599_627_370_496.0;

/// Whether `f` is finite and a whole number (std's `f.is_finite() && f.fract() == 0.0`; `fract`
/// is not in `core`): below 2^52 it survives the cast to `i64` and back unchanged exactly when
/// it is whole.
#[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
pub(crate) fn is_whole(f: f64) -> bool {
    f.is_finite() && (f.abs() >= WHOLE_FROM || (f as i64) as f64 == f)
}

/// `f` rounded to the nearest whole number, halves away from zero, for `f >= 0` (std's
/// `f.round()`, bit for bit: `round` is not in `core`). Below 2^52 the cast to `u64` truncates
/// exactly and `f - t`, the fraction, is exact, so the comparison with 0.5 is too.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss
)]
pub(crate) fn round_non_negative(f: f64) -> f64 {
    if f >= WHOLE_FROM || f.is_nan() {
        return f;
    }
    let t = f as u64 as f64;
    if f - t >= 0.5 {
        t + 1.0
    } else {
        t
    }
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

#[cfg(test)]
mod tests {
    use super::{is_whole, round_non_negative};

    /// Doubles around every boundary the two helpers have: halves, whole numbers, 2^52, 2^53,
    /// the smallest and largest, NaN and the infinities, and a sweep of `k / 8` and `x * 10^k`.
    fn samples() -> Vec<f64> {
        let mut v = vec![
            0.0,
            -0.0,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::EPSILON,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0.49999999999999994,
            4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            9_007_199_254_740_993.0,
        ];
        for k in 0..2000 {
            v.push(f64::from(k) / 8.0);
        }
        for base in [0.1, 0.3, 2.675, core::f64::consts::PI, 1.005, 123.456, 9.995] {
            let mut scale = 1.0;
            for _ in 0..20 {
                v.push(base * scale);
                scale *= 10.0;
            }
        }
        for x in v.clone() {
            v.push(-x);
            v.push(f64::from_bits(x.to_bits().wrapping_add(1)));
            v.push(f64::from_bits(x.to_bits().wrapping_sub(1)));
        }
        v
    }

    #[test]
    fn is_whole_is_std_fract_zero() {
        for f in samples() {
            assert_eq!(is_whole(f), f.is_finite() && f.fract() == 0.0, "{f:e}");
        }
    }

    #[test]
    fn round_non_negative_is_std_round_bit_for_bit() {
        for f in samples().into_iter().filter(|f| f.is_sign_positive() || f.is_nan()) {
            let (ours, std) = (round_non_negative(f), f.round());
            assert!(
                ours.to_bits() == std.to_bits() || (ours.is_nan() && std.is_nan()),
                "{f:e}: {ours:e} != {std:e}"
            );
        }
    }
}
