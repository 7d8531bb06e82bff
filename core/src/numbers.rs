//! Numbers at the ground of the crate: integers written in decimal (one short writer shared by
//! the JSON writer, the messages and the amounts, instead of `core::fmt`'s per integer type) and
//! the two float helpers `core` lacks (`fract`, `round` are `std`'s), bit for bit as `std`'s.

use crate::prelude::*;

/// A non-negative integer in decimal.
#[inline(never)]
pub(crate) fn write_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    for &b in buf.get(i..).unwrap_or_default() {
        out.push(char::from(b));
    }
}

/// An integer in decimal, `-` for negatives.
#[inline(never)]
pub(crate) fn write_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    write_u64(out, n.unsigned_abs());
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
