//! Money as a whole number of fen (金额,以“分”为单位的整数).
//!
//! [`Amount`] never touches a float: it is parsed from text (Arabic numerals,
//! `万`/`亿` multipliers or the uppercase financial numerals 大写) straight into
//! integer fen, and printed back the same way.
//!
//! # Accepted text ([`Amount::parse`])
//!
//! Surrounding whitespace (including the full-width space U+3000) is ignored.
//! In order, the text may start with a minus sign (`-`, `−`, `－` or `负`: if the
//! rest is well formed this is [`ErrorCode::AmountNegative`], even for `-0`), then `人民币`, then `¥` or `￥` (a minus sign may
//! also come after these), with optional whitespace between those pieces. Then one of:
//!
//! - **Arabic** (the text contains an ASCII digit): `DIGITS[.DIGITS]`, where the
//!   integer part is either plain digits (`5000000`; leading zeros allowed) or comma-grouped thousands
//!   (`5,000,000`: a first group of 1–3 digits not starting with `0`, then groups
//!   of exactly 3). Both sides of `.` need digits (`5.` and `.5` are malformed).
//!   Then optional whitespace and, in this order, an optional `万` (×10⁴) or `亿`
//!   (×10⁸), optional whitespace, an optional `元`/`圆`, an optional `整`/`正`.
//!   Extra decimal places are fine if they are zeros (`5.000`); the value must
//!   come out as whole fen (`0.000001万` is 1 fen, `0.0000001万` is too precise).
//!   Spaces inside the number (`5 000 000`), exponents (`1e6`), several dots and
//!   misplaced commas (`5,00,000`) are malformed.
//! - **大写** (no ASCII digit): digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟, section
//!   units 万 and 亿 (`壹万亿` = 10¹² yuan), then `元`/`圆`, `角`, `分` and an
//!   optional final `整`/`正`. Lowercase numerals 〇一二三四五六七八九十百千 are
//!   accepted too, but not mixed with uppercase ones in one amount. The parser is
//!   strict wherever the text could be read two ways:
//!   - a unit (拾佰仟万亿角分) needs a digit before it — except a leading `拾`
//!     (`拾元` = 10);
//!   - places must strictly descend (`伍佰佰万`, `佰伍`, `伍角伍角` are malformed);
//!   - a digit with no unit (the ones place of a section) must be the first digit,
//!     directly follow the 拾 place, or follow `零`: `壹仟伍元` could be the
//!     colloquial 1500 and is rejected; write `壹仟零伍元`;
//!   - `零` must stand for at least one skipped place and be followed by a digit
//!     (`壹仟零壹佰`, `伍元零伍角`, `零零`, `伍拾零万` are malformed); it may be
//!     left out where the next digit names its place (`壹拾万柒仟元伍角`; 会计基础工作规范
//!     第五十二条 lets some 零 be omitted);
//!   - `角`/`分` without a `元` part are fine (`伍角` = 0.50); a number without
//!     `元` is read as yuan (`伍佰万` = 5,000,000.00); `零元`/`零` alone is zero;
//!     a redundant `整` after `分` is tolerated.
//!
//! Errors are checked in this order: empty, malformed, negative, too precise,
//! overflow.

use crate::error::{Error, ErrorCode, Result};
use crate::message::money as m;
use crate::message::{Msg, Quoted};
use crate::prelude::*;
use core::fmt;
use core::str::FromStr;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The largest amount in fen: 99,999,999,999,999.99 yuan.
const MAX_FEN: u64 = 9_999_999_999_999_999;

/// The longest amount text [`Amount::parse`] reads, in bytes (the longest valid 大写 form is
/// well under 200 bytes); longer input is `input_too_large`.
///
/// # Example
/// ```
/// use fuling_rules::{money::MAX_AMOUNT_TEXT_BYTES, Amount, ErrorCode};
/// assert!(Amount::parse("伍佰万元整").is_ok());
/// let long = "9".repeat(MAX_AMOUNT_TEXT_BYTES + 1);
/// assert_eq!(Amount::parse(&long).unwrap_err().code(), ErrorCode::InputTooLarge);
/// ```
pub const MAX_AMOUNT_TEXT_BYTES: usize = 1024;
/// Fen per yuan.
const FEN_PER_YUAN: u64 = 100;
/// How much of the input an error message echoes, in characters.
const ECHO_CHARS: usize = 40;

/// An amount of money (金额): a non-negative whole number of fen (分).
///
/// # Properties
/// - Integer fen from `0` to [`Amount::MAX`] (99,999,999,999,999.99 yuan); no
///   float is used anywhere, so `4,999,999.99` is exactly one fen below
///   `5,000,000.00`.
/// - Ordered by value, so thresholds compare with `>=`.
/// - Round trips: [`Amount::parse`] reads back [`Amount::to_yuan_string`],
///   the [`Display`](fmt::Display) form and [`Amount::to_chinese_uppercase`].
/// - Serialises as the canonical yuan string (`"5000000.00"`); deserialises from
///   any string [`Amount::parse`] accepts or from a JSON non-negative integer
///   counting yuan (not fen).
///
/// # Errors
/// Constructors and [`Amount::parse`] return `amount_empty`, `amount_negative`,
/// `amount_too_precise` (finer than 分), `amount_overflow` (above
/// [`Amount::MAX`]) or `amount_malformed` (see the [module docs](crate::money) for the
/// accepted grammar).
///
/// # Example
/// ```
/// use fuling_rules::Amount;
/// let a = Amount::parse("500万元")?;
/// assert_eq!(a, Amount::parse("¥5,000,000.00")?);
/// assert_eq!(a, Amount::parse("人民币伍佰万元整")?);
/// assert_eq!(a.fen(), 500_000_000);
/// assert_eq!(a.to_yuan_string(), "5000000.00");
/// assert_eq!(a.to_string(), "5,000,000.00 元");
/// assert_eq!(a.to_chinese_uppercase(), "人民币伍佰万元整");
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Amount(u64);

impl Amount {
    /// Zero (零元).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Amount;
    /// assert_eq!(Amount::ZERO.fen(), 0);
    /// assert_eq!(Amount::ZERO.to_chinese_uppercase(), "人民币零元整");
    /// ```
    pub const ZERO: Amount = Amount(0);

    /// The largest amount (最大金额): 99,999,999,999,999.99 yuan, i.e.
    /// 9,999,999,999,999,999 fen.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Amount;
    /// assert_eq!(Amount::MAX.to_yuan_string(), "99999999999999.99");
    /// assert!(Amount::MAX.checked_add(Amount::from_fen(1)?).is_none());
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub const MAX: Amount = Amount(MAX_FEN);

    /// 5,000,000.00 yuan (500万元), the Art. 20 municipal filing threshold.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Amount;
    /// assert_eq!(Amount::FIVE_MILLION_YUAN, Amount::parse("500万元")?);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub const FIVE_MILLION_YUAN: Amount = Amount(500_000_000);

    /// An amount of `fen` 分.
    ///
    /// # Properties
    /// `Amount::from_fen(n)?.fen() == n` for every `n` up to [`Amount::MAX`].
    ///
    /// # Errors
    /// `amount_overflow` above [`Amount::MAX`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Amount, ErrorCode};
    /// assert_eq!(Amount::from_fen(499_999_999)?.to_yuan_string(), "4999999.99");
    /// assert_eq!(Amount::from_fen(u64::MAX).unwrap_err().code(), ErrorCode::AmountOverflow);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_fen(fen: u64) -> Result<Amount> {
        if fen > MAX_FEN {
            return Err(overflow_error(&format!("{fen} 分"), &format!("{fen} fen")));
        }
        Ok(Amount(fen))
    }

    /// An amount of whole `yuan` 元.
    ///
    /// # Properties
    /// `Amount::from_yuan(y)?.fen() == 100 * y`.
    ///
    /// # Errors
    /// `amount_overflow` above [`Amount::MAX`] (more than 99,999,999,999,999 yuan).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Amount, ErrorCode};
    /// assert_eq!(Amount::from_yuan(5_000_000)?, Amount::FIVE_MILLION_YUAN);
    /// assert_eq!(Amount::from_yuan(u64::MAX).unwrap_err().code(), ErrorCode::AmountOverflow);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_yuan(yuan: u64) -> Result<Amount> {
        match yuan.checked_mul(FEN_PER_YUAN) {
            Some(fen) if fen <= MAX_FEN => Ok(Amount(fen)),
            _ => Err(overflow_error(&format!("{yuan} 元"), &format!("{yuan} yuan"))),
        }
    }

    /// The amount in fen (分).
    ///
    /// # Properties
    /// At most `Amount::MAX.fen()` (9,999,999,999,999,999).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Amount;
    /// assert_eq!(Amount::parse("0.01")?.fen(), 1);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub const fn fen(self) -> u64 {
        self.0
    }

    /// The sum, or `None` if it would exceed [`Amount::MAX`].
    ///
    /// # Properties
    /// Never panics; `Some` exactly when `self.fen() + other.fen() <= Amount::MAX.fen()`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Amount;
    /// let a = Amount::parse("4,999,999.99")?;
    /// assert_eq!(a.checked_add(Amount::from_fen(1)?), Some(Amount::FIVE_MILLION_YUAN));
    /// assert_eq!(Amount::MAX.checked_add(Amount::from_fen(1)?), None);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn checked_add(self, other: Amount) -> Option<Amount> {
        match self.0.checked_add(other.0) {
            Some(fen) if fen <= MAX_FEN => Some(Amount(fen)),
            _ => None,
        }
    }

    /// Parses an amount written in yuan (解析金额): `5000000`, `5,000,000.00`,
    /// `500万元`, `¥5,000,000`, `5,000,000.00 元` or 大写 `人民币伍佰万元整`.
    ///
    /// The full grammar is in the [module docs](crate::money).
    ///
    /// # Properties
    /// - Exact: never rounds; never panics, whatever the input.
    /// - Reads back every form this type prints: `parse(&a.to_string())`,
    ///   `parse(&a.to_yuan_string())` and `parse(&a.to_chinese_uppercase())` are `Ok(a)`.
    ///
    /// # Errors
    /// - `amount_empty`: empty or whitespace only;
    /// - `amount_malformed`: anything outside the grammar, including ambiguous or
    ///   inconsistent 大写 (`壹仟伍元`, `伍佰佰万`, `伍角伍角`);
    /// - `amount_negative`: a minus sign or `负` (`-5`, `-5万元`, `负伍元`);
    /// - `amount_too_precise`: finer than 分 (`5000000.001`);
    /// - `amount_overflow`: above [`Amount::MAX`].
    ///
    /// The messages (Chinese and English) echo the first 40 characters of the input.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Amount, ErrorCode};
    /// assert_eq!(Amount::parse("500.5万元")?.fen(), 500_500_000);
    /// assert_eq!(Amount::parse("壹仟零伍元")?.fen(), 100_500);
    /// assert_eq!(Amount::parse("伍角")?.fen(), 50);
    /// assert_eq!(Amount::parse("-5").unwrap_err().code(), ErrorCode::AmountNegative);
    /// assert_eq!(Amount::parse("5000000.001").unwrap_err().code(), ErrorCode::AmountTooPrecise);
    /// assert_eq!(Amount::parse("伍佰佰万").unwrap_err().code(), ErrorCode::AmountMalformed);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Amount> {
        if text.len() > MAX_AMOUNT_TEXT_BYTES {
            return Err(Error::msg(
                ErrorCode::InputTooLarge,
                m::AMOUNT_TEXT_TOO_LONG,
                &[&text.len(), &MAX_AMOUNT_TEXT_BYTES],
            ));
        }
        parse_text(text).map_err(|fault| fault.into_error(text))
    }

    /// The canonical yuan string (规范金额字符串): always two decimals, no
    /// separators, e.g. `"5000000.00"`. This is the JSON form.
    ///
    /// # Properties
    /// Matches `^(0|[1-9][0-9]*)\.[0-9]{2}$`; [`Amount::parse`] reads it back.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Amount;
    /// assert_eq!(Amount::parse("500万")?.to_yuan_string(), "5000000.00");
    /// assert_eq!(Amount::parse("伍角")?.to_yuan_string(), "0.50");
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn to_yuan_string(self) -> String {
        format!("{}.{:02}", self.0 / FEN_PER_YUAN, self.0 % FEN_PER_YUAN)
    }

    /// The uppercase Chinese form used on finance forms (中文大写金额), e.g.
    /// `人民币伍佰万元整`.
    ///
    /// # Properties
    /// Follows 会计基础工作规范 第五十二条:
    /// - starts with `人民币`; always a digit before 拾 (`壹拾元整`, `壹拾万元整`);
    /// - one `零` for each run of zero places between two non-zero places,
    ///   including the 元 place before 角 (`壹仟零伍元整`, `壹拾元零伍角整`,
    ///   `伍元零伍分`, `壹亿零伍万元整`); none for trailing zeros (`壹拾万元整`);
    /// - `整` after `元` or `角`, never after `分` (`人民币伍角整`,
    ///   `人民币伍元伍角伍分`); zero is `人民币零元整`;
    /// - [`Amount::parse`] reads it back.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Amount;
    /// let a = Amount::parse("12,345,678.98")?;
    /// assert_eq!(a.to_chinese_uppercase(), "人民币壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角捌分");
    /// assert_eq!(Amount::parse("1005")?.to_chinese_uppercase(), "人民币壹仟零伍元整");
    /// assert_eq!(Amount::parse("5.05")?.to_chinese_uppercase(), "人民币伍元零伍分");
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn to_chinese_uppercase(self) -> String {
        const DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
        const SMALL_UNITS: [&str; 4] = ["", "拾", "佰", "仟"];
        let digit = |d: u64| DIGITS.get(usize::try_from(d).unwrap_or(0)).copied().unwrap_or('零');

        let mut out = String::from("人民币");
        if self.0 == 0 {
            out.push_str("零元整");
            return out;
        }
        let yuan = self.0 / FEN_PER_YUAN;
        let jiao = (self.0 / 10) % 10;
        let fen = self.0 % 10;

        // Integer part: place 15 down to 0 (Amount::MAX has 14 integer places).
        let mut wrote_digit = false;
        let mut pending_zero = false;
        for place in (0..16u32).rev() {
            let d = 10u64.checked_pow(place).map_or(0, |p| (yuan / p) % 10);
            if d == 0 {
                pending_zero = wrote_digit;
            } else {
                if pending_zero {
                    out.push('零');
                    pending_zero = false;
                }
                out.push(digit(d));
                out.push_str(SMALL_UNITS.get((place % 4) as usize).copied().unwrap_or(""));
                wrote_digit = true;
            }
            match place {
                12 if yuan / 1_000_000_000_000 % 10_000 != 0 => out.push('万'),
                8 if yuan / 100_000_000 != 0 => out.push('亿'),
                4 if yuan / 10_000 % 10_000 != 0 => out.push('万'),
                _ => {}
            }
        }

        if yuan != 0 {
            out.push('元');
        }
        if jiao == 0 && fen == 0 {
            out.push('整');
            return out;
        }
        // The 元 place (or the 角 place) is a zero between non-zero places.
        if yuan != 0 && (jiao == 0 || yuan % 10 == 0) {
            out.push('零');
        }
        if jiao != 0 {
            out.push(digit(jiao));
            out.push('角');
        }
        if fen == 0 {
            out.push('整');
        } else {
            out.push(digit(fen));
            out.push('分');
        }
        out
    }
}

/// `"5,000,000.00 元"`: thousands separators, two decimals, a space and 元.
///
/// # Example
/// ```
/// use fuling_rules::Amount;
/// let a = Amount::parse("1234567.8")?;
/// assert_eq!(a.to_string(), "1,234,567.80 元");
/// assert_eq!(Amount::parse(&a.to_string())?, a);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The digits by the JSON writer's integer writer, not `u64`'s `Display`.
        let mut digits = String::new();
        crate::numbers::write_u64(&mut digits, self.0 / FEN_PER_YUAN);
        let count = digits.chars().count();
        let mut out = String::with_capacity(count + count / 3 + 6);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (count - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out.push('.');
        let fen = self.0 % FEN_PER_YUAN;
        if fen < 10 {
            out.push('0');
        }
        crate::numbers::write_u64(&mut out, fen);
        out.push_str(" 元");
        f.write_str(&out)
    }
}

/// Same as [`Amount::parse`].
///
/// # Example
/// ```
/// use fuling_rules::Amount;
/// let a: Amount = "500万元".parse()?;
/// assert_eq!(a, Amount::FIVE_MILLION_YUAN);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
impl FromStr for Amount {
    type Err = Error;

    fn from_str(text: &str) -> Result<Amount> {
        Amount::parse(text)
    }
}

/// Written as the canonical yuan string, e.g. `"5000000.00"`.
///
/// # Example
/// ```
/// use fuling_rules::{json_output::to_string, Amount};
/// assert_eq!(to_string(&Amount::parse("500万元")?), r#""5000000.00""#);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
impl crate::json_output::ToJson for Amount {
    fn write_json(&self, out: &mut String) {
        crate::json_output::write_str(out, &self.to_yuan_string());
    }
}

/// Serialises through [`ToJson`](crate::json_output::ToJson) (one writer): the yuan string.
impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> core::result::Result<S::Ok, S::Error> {
        crate::json_output::serialize(self, serializer)
    }
}

/// Deserialises through [`FromJson`](crate::json_input::FromJson) (one reader): from a
/// string ([`Amount::parse`]) or a JSON non-negative integer counting yuan; floats and
/// negative numbers are rejected.
///
/// # Example
/// ```
/// use fuling_rules::Amount;
/// let a: Amount = serde_json::from_str("\"500万元\"").unwrap();
/// let b: Amount = serde_json::from_str("5000000").unwrap();
/// assert_eq!(a, b);
/// assert!(serde_json::from_str::<Amount>("5000000.5").is_err());
/// ```
impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> core::result::Result<Amount, D::Error> {
        crate::json_input::deserialize(deserializer)
    }
}

/// The reader used by every input of this crate, and by `Deserialize` (a string for
/// [`Amount::parse`] or a non-negative integer of yuan; no floats).
///
/// # Example
/// ```
/// use fuling_rules::json_input::FromJson;
/// use fuling_rules::Amount;
/// assert_eq!(Amount::from_json(&serde_json::json!("500万元")).unwrap(), Amount::from_json(&serde_json::json!(5000000)).unwrap());
/// assert!(Amount::from_json(&serde_json::json!(5000000.5)).unwrap_err().reason().starts_with("[amount_malformed]"));
/// assert!(Amount::from_json(&serde_json::json!(-1)).unwrap_err().reason().starts_with("[amount_negative]"));
/// ```
impl crate::json_input::FromJson for Amount {
    fn from_tree(value: &crate::json_read::Value) -> core::result::Result<Amount, crate::json_input::ShapeError> {
        use crate::json_input::ShapeError;
        use crate::json_read::Value;
        match value {
            Value::String(s) => Amount::parse(s).map_err(|e| ShapeError::custom(e.shown())),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(yuan), _) => Amount::from_yuan(yuan).map_err(|e| ShapeError::custom(e.shown())),
                (None, Some(yuan)) => Err(ShapeError::msg(m::AMOUNT_JSON_NEGATIVE, &[&yuan])),
                _ => Err(ShapeError::msg(m::AMOUNT_JSON_FLOAT, &[])),
            },
            other => Err(ShapeError::msg(
                m::AMOUNT_JSON_WRONG_TYPE,
                &[&crate::json_read::Shown(other)],
            )),
        }
    }
}

// ---------------------------------------------------------------------------
// Errors

/// A parse failure before the input is attached to it.
#[derive(Debug)]
struct Fault {
    code: ErrorCode,
    zh: String,
    en: String,
}

impl Fault {
    fn new(code: ErrorCode, msg: Msg, args: &[&dyn fmt::Display]) -> Fault {
        let (zh, en) = msg.pair(args);
        Fault { code, zh, en }
    }

    fn malformed(msg: Msg) -> Fault {
        Fault::new(ErrorCode::AmountMalformed, msg, &[])
    }

    fn too_precise() -> Fault {
        Fault::new(ErrorCode::AmountTooPrecise, m::AMOUNT_FINER_THAN_FEN, &[])
    }

    fn overflow() -> Fault {
        Fault::new(ErrorCode::AmountOverflow, m::AMOUNT_ABOVE_MAXIMUM, &[])
    }

    fn into_error(self, input: &str) -> Error {
        let shown = echo(input);
        Error::msg(self.code, m::AMOUNT_INVALID, &[&Quoted(&shown), &self.zh, &self.en])
    }
}

/// The first [`ECHO_CHARS`] characters of `input`, with `…` if cut.
fn echo(input: &str) -> String {
    let mut chars = input.chars();
    let mut shown: String = chars.by_ref().take(ECHO_CHARS).collect();
    if chars.next().is_some() {
        shown.push('…');
    }
    shown
}

fn overflow_error(zh_value: &str, en_value: &str) -> Error {
    Error::msg(
        ErrorCode::AmountOverflow,
        m::AMOUNT_VALUE_OVERFLOW,
        &[&zh_value, &en_value],
    )
}

// ---------------------------------------------------------------------------
// Parsing

type Parsed<T> = core::result::Result<T, Fault>;

fn parse_text(text: &str) -> Parsed<Amount> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Fault::new(ErrorCode::AmountEmpty, m::AMOUNT_IS_EMPTY, &[]));
    }
    let (negative, body) = strip_prefixes(trimmed);
    let value = if body.bytes().any(|b| b.is_ascii_digit()) {
        arabic::parse_arabic(body)
    } else {
        daxie::parse_daxie(body)
    };
    if !negative {
        return value;
    }
    match value {
        Err(fault) if matches!(fault.code, ErrorCode::AmountMalformed | ErrorCode::AmountEmpty) => Err(fault),
        _ => Err(Fault::new(ErrorCode::AmountNegative, m::AMOUNT_IS_NEGATIVE, &[])),
    }
}

/// `10u64.checked_pow(n)` as a short loop (`u128::checked_pow` was about 0.4 KB of `.wasm`
/// code; benches/README.md, WASM). u64 is wide enough: every value read is at most
/// [`MAX_FEN`] (below 2^64 / 10), and a product that overflows u64 is above it anyway.
fn pow10(n: u32) -> Option<u64> {
    let mut p = 1u64;
    for _ in 0..n {
        p = p.checked_mul(10)?;
    }
    Some(p)
}

fn strip_sign(text: &str) -> Option<&str> {
    crate::text::strip_char(text, &['-', '−', '－', '负']).map(str::trim_start)
}

/// Strips `[sign] [人民币] [¥|￥] [sign]`; returns whether a sign was seen.
fn strip_prefixes(text: &str) -> (bool, &str) {
    let mut rest = text;
    let mut negative = false;
    if let Some(r) = strip_sign(rest) {
        negative = true;
        rest = r;
    }
    if let Some(r) = rest.strip_prefix("人民币") {
        rest = r.trim_start();
    }
    if let Some(r) = crate::text::strip_char(rest, &['¥', '￥']) {
        rest = r.trim_start();
    }
    if !negative {
        if let Some(r) = strip_sign(rest) {
            negative = true;
            rest = r;
        }
    }
    (negative, rest)
}

mod arabic;
mod daxie;

#[cfg(test)]
mod tests;
