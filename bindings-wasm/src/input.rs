//! Target-independent input checks shared by the wasm exports (tested natively).

use fuling_rules::{Error, ErrorCode};

/// The longest text the binding accepts for any single string argument
/// (a JSON document or an amount): 4 MiB.
pub const MAX_TEXT_LEN: usize = 4 << 20;

/// Checks a JS number is a whole number of working days that fits in `u32`.
///
/// # Errors
/// `invalid_input` for a negative, fractional or non-finite number;
/// `calendar_out_of_range` for a whole number above `u32::MAX` (any such count
/// runs past every calendar's coverage).
pub fn day_count(n: f64) -> Result<u32, Error> {
    if !n.is_finite() || n.fract() != 0.0 || n < 0.0 {
        // (No `{n}` in the message: formatting an f64 costs 14 KB of wasm.)
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "工作日数无效,应为非负整数",
            "the day count is invalid: expected a non-negative whole number",
        ));
    }
    if n > f64::from(u32::MAX) {
        return Err(Error::new(
            ErrorCode::CalendarOutOfRange,
            "工作日数过大,结果超出工作日历数据范围",
            "the day count is too large: the result lies outside the calendar data's coverage",
        ));
    }
    // In range and whole: the conversion is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(n as u32)
}

/// Checks the length of a text argument.
///
/// # Errors
/// `input_too_large` above [`MAX_TEXT_LEN`] bytes.
pub fn check_len(text: &str) -> Result<(), Error> {
    if text.len() > MAX_TEXT_LEN {
        return Err(Error::new(
            ErrorCode::InputTooLarge,
            format!("输入过长({} 字节,上限 {MAX_TEXT_LEN})", text.len()),
            format!("input too long ({} bytes, at most {MAX_TEXT_LEN})", text.len()),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(day_count(5.0).unwrap(), 5);
        assert_eq!(day_count(f64::from(u32::MAX)).unwrap(), u32::MAX);
        assert_eq!(day_count(-1.0).unwrap_err().code(), ErrorCode::InvalidInput);
        assert_eq!(day_count(1.5).unwrap_err().code(), ErrorCode::InvalidInput);
        assert_eq!(day_count(f64::NAN).unwrap_err().code(), ErrorCode::InvalidInput);
        assert_eq!(day_count(f64::INFINITY).unwrap_err().code(), ErrorCode::InvalidInput);
        assert_eq!(day_count(1e12).unwrap_err().code(), ErrorCode::CalendarOutOfRange);
    }
}
