//! The Arabic-numeral reader: `DIGITS[.DIGITS] [万|亿] [元|圆] [整|正]` (see the [module docs](super)).

use super::{Amount, Fault, Parsed, MAX_FEN};
use crate::message::money as m;

/// `DIGITS[.DIGITS] [万|亿] [元|圆] [整|正]`.
pub(super) fn parse_arabic(text: &str) -> Parsed<Amount> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(text.len());
    let number = text.get(..end).unwrap_or("");
    let mut suffix = text.get(end..).unwrap_or("").trim_start();

    let mut scale: u32 = 0;
    if let Some(r) = crate::text::strip_char(suffix, &['万']) {
        scale = 4;
        suffix = r.trim_start();
    } else if let Some(r) = crate::text::strip_char(suffix, &['亿']) {
        scale = 8;
        suffix = r.trim_start();
    }
    suffix = crate::text::strip_char(suffix, &['元', '圆']).unwrap_or(suffix);
    suffix = crate::text::strip_char(suffix, &['整', '正']).unwrap_or(suffix);
    if !suffix.is_empty() {
        return Err(Fault::malformed(m::AMOUNT_TEXT_AFTER_NUMBER));
    }

    let (int_part, frac_part) = match number.split_once('.') {
        Some((i, f)) => (i, f),
        None => (number, ""),
    };
    if crate::text::has_char(number, '.') && (frac_part.is_empty() || !frac_part.bytes().all(|b| b.is_ascii_digit())) {
        return Err(Fault::malformed(m::AMOUNT_BAD_FRACTION));
    }
    if int_part.is_empty() {
        return Err(Fault::malformed(m::AMOUNT_NO_DIGITS_BEFORE_POINT));
    }
    if crate::text::has_char(int_part, ',') && !valid_thousands(int_part) {
        return Err(Fault::malformed(m::AMOUNT_MISPLACED_THOUSANDS));
    }
    if !int_part.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return Err(Fault::malformed(m::AMOUNT_NOT_DIGITS));
    }

    // Exactness first: the fraction (without trailing zeros) must fit in fen.
    let frac = crate::text::trim_suffix(frac_part, "0");
    let frac_places = u32::try_from(frac.len()).map_err(|_| Fault::too_precise())?;
    let max_places = 2 + scale;
    if frac_places > max_places {
        return Err(Fault::too_precise());
    }

    let limit = MAX_FEN;
    let mut int_value: u64 = 0;
    for b in int_part.bytes().filter(u8::is_ascii_digit) {
        int_value = int_value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(b.saturating_sub(b'0'))))
            .filter(|v| *v <= limit)
            .ok_or_else(Fault::overflow)?;
    }
    let mut frac_value: u64 = 0;
    for b in frac.bytes() {
        frac_value = frac_value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(b.saturating_sub(b'0'))))
            .ok_or_else(Fault::too_precise)?;
    }
    let int_fen = super::pow10(max_places)
        .and_then(|p| int_value.checked_mul(p))
        .ok_or_else(Fault::overflow)?;
    let frac_fen = super::pow10(max_places - frac_places)
        .and_then(|p| frac_value.checked_mul(p))
        .ok_or_else(Fault::overflow)?;
    let fen = int_fen
        .checked_add(frac_fen)
        .filter(|v| *v <= limit)
        .ok_or_else(Fault::overflow)?;
    Ok(Amount(fen))
}

/// `1-3 digits (not starting with 0)` then `,ddd` groups.
fn valid_thousands(int_part: &str) -> bool {
    let mut groups = int_part.split(',');
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()) && !g.starts_with('0'));
    first_ok && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}
