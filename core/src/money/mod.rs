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
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

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
            return Err(Error::new(
                ErrorCode::InputTooLarge,
                format!("金额文本 {} 字节,超过上限 {MAX_AMOUNT_TEXT_BYTES} 字节", text.len()),
                format!(
                    "amount text of {} bytes exceeds the limit of {MAX_AMOUNT_TEXT_BYTES} bytes",
                    text.len()
                ),
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
        let digits = (self.0 / FEN_PER_YUAN).to_string();
        let count = digits.chars().count();
        let mut grouped = String::with_capacity(count + count / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (count - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        write!(f, "{grouped}.{:02} 元", self.0 % FEN_PER_YUAN)
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

/// Serialises as the canonical yuan string, e.g. `"5000000.00"`.
impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_yuan_string())
    }
}

/// Deserialises from a string ([`Amount::parse`]) or a JSON non-negative
/// integer counting yuan; floats and negative numbers are rejected.
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
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Amount, D::Error> {
        deserializer.deserialize_any(AmountVisitor)
    }
}

/// The reader used by every input of this crate: the same rules as `Deserialize`
/// (a string for [`Amount::parse`] or a non-negative integer of yuan; no floats).
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
    fn from_json(value: &serde_json::Value) -> std::result::Result<Amount, crate::json_input::ShapeError> {
        use crate::json_input::ShapeError;
        use serde_json::Value;
        match value {
            Value::String(s) => Amount::parse(s).map_err(|e| ShapeError::custom(e.to_string())),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(yuan), _) => Amount::from_yuan(yuan).map_err(|e| ShapeError::custom(e.to_string())),
                (None, Some(yuan)) => Err(ShapeError::custom(negative_text(yuan))),
                _ => Err(ShapeError::custom(FLOAT_REJECTED)),
            },
            other => Err(ShapeError::wrong_type(other, AMOUNT_EXPECTING)),
        }
    }
}

const AMOUNT_EXPECTING: &str =
    "an amount in yuan: a string such as \"5000000.00\" or \"500万元\", or a non-negative integer";

const FLOAT_REJECTED: &str =
    "[amount_malformed] a JSON number with a fraction or exponent (or too large for an integer) is not \
     accepted as an amount, to avoid floating-point rounding; write it as a string such as \"5000000.50\" \
     / 金额不接受带小数或指数的 JSON 数字(以免浮点误差),请写成字符串,如 \"5000000.50\"";

fn negative_text(yuan: impl fmt::Display) -> String {
    format!(
        "[amount_negative] amount {yuan} is negative; amounts must be zero or more / 金额 {yuan} 为负数,金额不能小于零"
    )
}

/// Serde visitor for [`Amount`].
struct AmountVisitor;

impl Visitor<'_> for AmountVisitor {
    type Value = Amount;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(AMOUNT_EXPECTING)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> std::result::Result<Amount, E> {
        Amount::parse(text).map_err(|e| E::custom(e))
    }

    fn visit_u64<E: de::Error>(self, yuan: u64) -> std::result::Result<Amount, E> {
        Amount::from_yuan(yuan).map_err(|e| E::custom(e))
    }

    fn visit_i64<E: de::Error>(self, yuan: i64) -> std::result::Result<Amount, E> {
        match u64::try_from(yuan) {
            Ok(yuan) => self.visit_u64(yuan),
            Err(_) => Err(negative_number(yuan)),
        }
    }

    fn visit_u128<E: de::Error>(self, yuan: u128) -> std::result::Result<Amount, E> {
        match u64::try_from(yuan) {
            Ok(yuan) => self.visit_u64(yuan),
            Err(_) => Err(E::custom(overflow_error(
                &format!("{yuan} 元"),
                &format!("{yuan} yuan"),
            ))),
        }
    }

    fn visit_i128<E: de::Error>(self, yuan: i128) -> std::result::Result<Amount, E> {
        match u128::try_from(yuan) {
            Ok(yuan) => self.visit_u128(yuan),
            Err(_) => Err(negative_number(yuan)),
        }
    }

    fn visit_f64<E: de::Error>(self, _value: f64) -> std::result::Result<Amount, E> {
        Err(E::custom(FLOAT_REJECTED))
    }
}

/// The serde error for a negative JSON number.
fn negative_number<E: de::Error>(yuan: impl fmt::Display) -> E {
    E::custom(negative_text(yuan))
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
    fn new(code: ErrorCode, zh: impl Into<String>, en: impl Into<String>) -> Fault {
        Fault {
            code,
            zh: zh.into(),
            en: en.into(),
        }
    }

    fn malformed(zh: impl Into<String>, en: impl Into<String>) -> Fault {
        Fault::new(ErrorCode::AmountMalformed, zh, en)
    }

    fn too_precise() -> Fault {
        Fault::new(
            ErrorCode::AmountTooPrecise,
            "精度超过“分”(最多两位小数的元)",
            "is finer than one fen (at most two decimal places of yuan)",
        )
    }

    fn overflow() -> Fault {
        Fault::new(
            ErrorCode::AmountOverflow,
            "超过上限 99,999,999,999,999.99 元",
            "exceeds the maximum of 99,999,999,999,999.99 yuan",
        )
    }

    fn into_error(self, input: &str) -> Error {
        let shown = echo(input);
        Error::new(
            self.code,
            format!("金额 {shown:?} 无效:{}", self.zh),
            format!("invalid amount {shown:?}: {}", self.en),
        )
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
    Error::new(
        ErrorCode::AmountOverflow,
        format!("金额 {zh_value} 超过上限 99,999,999,999,999.99 元"),
        format!("amount {en_value} exceeds the maximum of 99,999,999,999,999.99 yuan"),
    )
}

// ---------------------------------------------------------------------------
// Parsing

type Parsed<T> = std::result::Result<T, Fault>;

fn parse_text(text: &str) -> Parsed<Amount> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Fault::new(ErrorCode::AmountEmpty, "为空", "is empty"));
    }
    let (negative, body) = strip_prefixes(trimmed);
    let value = if body.bytes().any(|b| b.is_ascii_digit()) {
        parse_arabic(body)
    } else {
        parse_daxie(body)
    };
    if !negative {
        return value;
    }
    match value {
        Err(fault) if matches!(fault.code, ErrorCode::AmountMalformed | ErrorCode::AmountEmpty) => Err(fault),
        _ => Err(Fault::new(
            ErrorCode::AmountNegative,
            "为负数,金额不能小于零",
            "is negative; amounts must be zero or more",
        )),
    }
}

fn strip_sign(text: &str) -> Option<&str> {
    text.strip_prefix(['-', '−', '－', '负']).map(str::trim_start)
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
    if let Some(r) = rest.strip_prefix(['¥', '￥']) {
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

/// `DIGITS[.DIGITS] [万|亿] [元|圆] [整|正]`.
fn parse_arabic(text: &str) -> Parsed<Amount> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(text.len());
    let number = text.get(..end).unwrap_or("");
    let mut suffix = text.get(end..).unwrap_or("").trim_start();

    let mut scale: u32 = 0;
    if let Some(r) = suffix.strip_prefix('万') {
        scale = 4;
        suffix = r.trim_start();
    } else if let Some(r) = suffix.strip_prefix('亿') {
        scale = 8;
        suffix = r.trim_start();
    }
    suffix = suffix.strip_prefix(['元', '圆']).unwrap_or(suffix);
    suffix = suffix.strip_prefix(['整', '正']).unwrap_or(suffix);
    if !suffix.is_empty() {
        return Err(Fault::malformed(
            "数字后有无法识别的内容(只允许“万”“亿”“元”“整”)",
            "unexpected text after the number (only 万, 亿, 元 and 整 may follow it)",
        ));
    }

    let (int_part, frac_part) = match number.split_once('.') {
        Some((i, f)) => (i, f),
        None => (number, ""),
    };
    if number.contains('.') && (frac_part.is_empty() || !frac_part.bytes().all(|b| b.is_ascii_digit())) {
        return Err(Fault::malformed(
            "小数点后必须是数字(且只能有一个小数点,小数部分不能有逗号)",
            "the decimal point must be followed by digits only (one point, no commas in the fraction)",
        ));
    }
    if int_part.is_empty() {
        return Err(Fault::malformed(
            "小数点前必须有数字",
            "digits are needed before the decimal point",
        ));
    }
    if int_part.contains(',') && !valid_thousands(int_part) {
        return Err(Fault::malformed(
            "千分位逗号位置不对(如 5,000,000)",
            "misplaced thousands separators (expected e.g. 5,000,000)",
        ));
    }
    if !int_part.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return Err(Fault::malformed(
            "含有无法识别的字符",
            "contains characters that are not digits",
        ));
    }

    // Exactness first: the fraction (without trailing zeros) must fit in fen.
    let frac = frac_part.trim_end_matches('0');
    let frac_places = u32::try_from(frac.len()).map_err(|_| Fault::too_precise())?;
    let max_places = 2 + scale;
    if frac_places > max_places {
        return Err(Fault::too_precise());
    }

    let limit = u128::from(MAX_FEN);
    let mut int_value: u128 = 0;
    for b in int_part.bytes().filter(u8::is_ascii_digit) {
        int_value = int_value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u128::from(b.saturating_sub(b'0'))))
            .filter(|v| *v <= limit)
            .ok_or_else(Fault::overflow)?;
    }
    let mut frac_value: u128 = 0;
    for b in frac.bytes() {
        frac_value = frac_value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u128::from(b.saturating_sub(b'0'))))
            .ok_or_else(Fault::too_precise)?;
    }
    let int_fen = 10u128
        .checked_pow(max_places)
        .and_then(|p| int_value.checked_mul(p))
        .ok_or_else(Fault::overflow)?;
    let frac_fen = 10u128
        .checked_pow(max_places - frac_places)
        .and_then(|p| frac_value.checked_mul(p))
        .ok_or_else(Fault::overflow)?;
    let fen = int_fen
        .checked_add(frac_fen)
        .filter(|v| *v <= limit)
        .ok_or_else(Fault::overflow)?;
    u64::try_from(fen).map(Amount).map_err(|_| Fault::overflow())
}

/// `1-3 digits (not starting with 0)` then `,ddd` groups.
fn valid_thousands(int_part: &str) -> bool {
    let mut groups = int_part.split(',');
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()) && !g.starts_with('0'));
    first_ok && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Which numeral set a token comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Lower,
    Either,
}

/// One 大写 token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// 壹..玖 (1..=9).
    Digit(u8),
    /// 零.
    Zero,
    /// 拾佰仟 as the power of ten 1..=3.
    Unit(u32),
    /// 万 (4) or 亿 (8).
    Section(u32),
    Yuan,
    Jiao,
    Fen,
    Zheng,
}

fn daxie_token(c: char) -> Option<(Tok, Case)> {
    use Case::{Either, Lower, Upper};
    let t = match c {
        '零' => (Tok::Zero, Either),
        '〇' => (Tok::Zero, Lower),
        '壹' => (Tok::Digit(1), Upper),
        '贰' => (Tok::Digit(2), Upper),
        '叁' => (Tok::Digit(3), Upper),
        '肆' => (Tok::Digit(4), Upper),
        '伍' => (Tok::Digit(5), Upper),
        '陆' => (Tok::Digit(6), Upper),
        '柒' => (Tok::Digit(7), Upper),
        '捌' => (Tok::Digit(8), Upper),
        '玖' => (Tok::Digit(9), Upper),
        '一' => (Tok::Digit(1), Lower),
        '二' => (Tok::Digit(2), Lower),
        '三' => (Tok::Digit(3), Lower),
        '四' => (Tok::Digit(4), Lower),
        '五' => (Tok::Digit(5), Lower),
        '六' => (Tok::Digit(6), Lower),
        '七' => (Tok::Digit(7), Lower),
        '八' => (Tok::Digit(8), Lower),
        '九' => (Tok::Digit(9), Lower),
        '拾' => (Tok::Unit(1), Upper),
        '佰' => (Tok::Unit(2), Upper),
        '仟' => (Tok::Unit(3), Upper),
        '十' => (Tok::Unit(1), Lower),
        '百' => (Tok::Unit(2), Lower),
        '千' => (Tok::Unit(3), Lower),
        '万' => (Tok::Section(4), Either),
        '亿' => (Tok::Section(8), Either),
        '元' | '圆' => (Tok::Yuan, Either),
        '角' => (Tok::Jiao, Either),
        '分' => (Tok::Fen, Either),
        '整' | '正' => (Tok::Zheng, Either),
        _ => return None,
    };
    Some(t)
}

/// A non-zero digit at a place, as read from 大写.
#[derive(Debug, Clone, Copy)]
struct Term {
    digit: u8,
    /// Power of ten in fen (元 place = 2, 角 = 1, 分 = 0).
    place: u32,
    /// Written without 拾/佰/仟 (the ones place of a section).
    bare: bool,
    /// Directly preceded by 零.
    after_zero: bool,
}

/// An item of the integer part before section places are known.
#[derive(Debug, Clone, Copy)]
enum Item {
    /// Digit, its place within the section (0..=3), bare, after 零.
    Term(u8, u32, bool, bool),
    /// 万 or 亿.
    Section(u32),
}

fn parse_daxie(text: &str) -> Parsed<Amount> {
    let mut toks = Vec::new();
    let (mut upper, mut lower) = (false, false);
    for c in text.chars() {
        let Some((tok, case)) = daxie_token(c) else {
            return Err(Fault::malformed(
                format!("含有无法识别的字符 {c:?}"),
                format!("unexpected character {c:?}"),
            ));
        };
        upper |= case == Case::Upper;
        lower |= case == Case::Lower;
        toks.push(tok);
    }
    if upper && lower {
        return Err(Fault::malformed(
            "大写数字与小写数字混用",
            "mixes uppercase (大写) and lowercase Chinese numerals",
        ));
    }

    let body = match toks.split_last() {
        Some((Tok::Zheng, rest)) => rest,
        _ => &toks[..],
    };
    if body.contains(&Tok::Zheng) {
        return Err(Fault::malformed("“整”只能在末尾", "整 may only come at the end"));
    }
    let yuan_at = body.iter().position(|t| *t == Tok::Yuan);
    let (int_toks, frac_toks, has_yuan) = match yuan_at {
        Some(at) => {
            let (int_toks, rest) = body.split_at(at);
            (int_toks, rest.get(1..).unwrap_or(&[]), true)
        }
        None if body.iter().any(|t| matches!(t, Tok::Jiao | Tok::Fen)) => (&[][..], body, false),
        None => (body, &[][..], false),
    };
    if int_toks.is_empty() && (has_yuan || frac_toks.is_empty()) {
        return Err(Fault::malformed("没有数字", "no digits"));
    }

    let mut terms = if int_toks == [Tok::Zero] {
        Vec::new()
    } else {
        integer_terms(int_toks)?
    };
    fraction_terms(frac_toks, &mut terms)?;
    value_of(&terms)
}

/// Reads the part before 元 into terms with fen places.
fn integer_terms(toks: &[Tok]) -> Parsed<Vec<Term>> {
    let mut items = Vec::new();
    let mut after_zero = false;
    let mut i = 0;
    while let Some(&tok) = toks.get(i) {
        let next = toks.get(i + 1).copied();
        match tok {
            Tok::Digit(d) => {
                if let Some(Tok::Unit(u)) = next {
                    items.push(Item::Term(d, u, false, after_zero));
                    i += 1;
                } else {
                    items.push(Item::Term(d, 0, true, after_zero));
                }
                after_zero = false;
            }
            Tok::Unit(1) if i == 0 => items.push(Item::Term(1, 1, false, false)),
            Tok::Unit(_) => {
                return Err(Fault::malformed(
                    "“拾/佰/仟”前缺少数字(或单位重复)",
                    "拾/佰/仟 without a digit before it (or a repeated unit)",
                ))
            }
            Tok::Zero => {
                if i == 0 || after_zero || !matches!(next, Some(Tok::Digit(_))) {
                    return Err(Fault::malformed(
                        "“零”的位置不对(不能开头、连写或后面不是数字)",
                        "misplaced 零 (at the start, repeated, or not followed by a digit)",
                    ));
                }
                after_zero = true;
            }
            Tok::Section(s) => {
                // 亿 may follow 万 (壹万亿 = 10^12); otherwise a number must precede.
                let preceded = match items.last() {
                    Some(Item::Term(..)) => true,
                    Some(Item::Section(4)) => s == 8,
                    _ => false,
                };
                if !preceded {
                    return Err(Fault::malformed(
                        "“万/亿”前缺少数字",
                        "万/亿 without a number before it",
                    ));
                }
                items.push(Item::Section(s));
            }
            Tok::Yuan | Tok::Jiao | Tok::Fen | Tok::Zheng => {
                return Err(Fault::malformed(
                    "“元/角/分”的位置不对",
                    "元/角/分 out of place (must be 元, then 角, then 分)",
                ))
            }
        }
        i += 1;
    }
    if items.iter().filter(|it| matches!(it, Item::Section(8))).count() > 1 {
        return Err(Fault::malformed("“亿”出现多次", "亿 appears more than once"));
    }

    // Section places, from the right: the nearest 万 or 亿 after a term, plus 8 if
    // any 亿 follows it (亿 above 万: 壹万亿 = 10^12).
    let mut terms = Vec::with_capacity(items.len());
    let mut nearest = 0;
    let mut yi_after = false;
    for item in items.iter().rev() {
        match *item {
            Item::Section(s) => {
                nearest = s;
                yi_after |= s == 8;
            }
            Item::Term(digit, unit, bare, after_zero) => {
                let section = if nearest == 4 { 4 } else { 0 } + if yi_after { 8 } else { 0 };
                terms.push(Term {
                    digit,
                    place: unit + section + 2,
                    bare,
                    after_zero,
                });
            }
        }
    }
    terms.reverse();
    Ok(terms)
}

/// Reads the part after 元: `[零] [D角] [零] [D分]`.
fn fraction_terms(toks: &[Tok], terms: &mut Vec<Term>) -> Parsed<()> {
    let mut after_zero = false;
    let mut i = 0;
    while let Some(&tok) = toks.get(i) {
        match (tok, toks.get(i + 1).copied()) {
            (Tok::Zero, Some(Tok::Digit(_))) if !after_zero => after_zero = true,
            (Tok::Digit(d), Some(unit @ (Tok::Jiao | Tok::Fen))) => {
                terms.push(Term {
                    digit: d,
                    place: if unit == Tok::Jiao { 1 } else { 0 },
                    bare: false,
                    after_zero,
                });
                after_zero = false;
                i += 1;
            }
            _ => {
                return Err(Fault::malformed(
                    "“元”之后只能是“[零]几角[零]几分”",
                    "after 元 only [零] D角 [零] D分 may follow",
                ))
            }
        }
        i += 1;
    }
    Ok(())
}

/// Checks the order and 零 rules, then sums the terms.
fn value_of(terms: &[Term]) -> Parsed<Amount> {
    let mut previous: Option<Term> = None;
    let mut fen: u128 = 0;
    for &term in terms {
        let prev_place = previous.map(|p| p.place);
        if let Some(p) = prev_place {
            if term.place >= p {
                return Err(Fault::malformed(
                    "数位重复或顺序颠倒(如“伍佰佰”“伍角伍角”)",
                    "a place is repeated or out of descending order (e.g. 伍佰佰, 伍角伍角)",
                ));
            }
        }
        let gap = prev_place.is_some_and(|p| term.place + 1 < p);
        if term.after_zero && !gap {
            return Err(Fault::malformed(
                "多余的“零”(零前后的数位相邻)",
                "superfluous 零 (no place is skipped there)",
            ));
        }
        if term.bare && gap && !term.after_zero {
            return Err(Fault::malformed(
                "有歧义:空位后不带单位的数字前须写“零”(如“壹仟零伍元”,不能写“壹仟伍元”)",
                "ambiguous: a digit without a unit after skipped places needs 零 (壹仟零伍元, not 壹仟伍元)",
            ));
        }
        let value = 10u128
            .checked_pow(term.place)
            .and_then(|p| p.checked_mul(u128::from(term.digit)))
            .and_then(|v| fen.checked_add(v))
            .ok_or_else(Fault::overflow)?;
        fen = value;
        previous = Some(term);
    }
    if fen > u128::from(MAX_FEN) {
        return Err(Fault::overflow());
    }
    u64::try_from(fen).map(Amount).map_err(|_| Fault::overflow())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fen(text: &str) -> u64 {
        match Amount::parse(text) {
            Ok(a) => a.fen(),
            Err(e) => panic!("{text:?} should parse: {e}"),
        }
    }

    fn code(text: &str) -> ErrorCode {
        match Amount::parse(text) {
            Ok(a) => panic!("{text:?} should fail, got {a:?}"),
            Err(e) => e.code(),
        }
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(fen("5000000"), 500_000_000);
        assert_eq!(fen("5,000,000.00"), 500_000_000);
        assert_eq!(fen("5000000.5"), 500_000_050);
        assert_eq!(fen("500万"), 500_000_000);
        assert_eq!(fen("500万元"), 500_000_000);
        assert_eq!(fen("500.5万元"), 500_500_000);
        assert_eq!(fen("0.01万元"), 10_000);
        assert_eq!(fen("0.000001万"), 1);
        assert_eq!(fen("5000000元"), 500_000_000);
        assert_eq!(fen("¥5,000,000"), 500_000_000);
        assert_eq!(fen("￥5,000,000"), 500_000_000);
        assert_eq!(fen("人民币5000000元"), 500_000_000);
        assert_eq!(fen("人民币 ¥5,000,000.00"), 500_000_000);
        assert_eq!(fen("5000000元整"), 500_000_000);
        assert_eq!(fen("5000000整"), 500_000_000);
        assert_eq!(fen("5000000圆"), 500_000_000);
        assert_eq!(fen("5,000,000.00 元"), 500_000_000);
        assert_eq!(fen("  5,000,000.00 元\u{3000}"), 500_000_000);
        assert_eq!(fen("\u{3000}500万元"), 500_000_000);
        assert_eq!(fen("500 万元"), 500_000_000);
        assert_eq!(fen("1.5亿元"), 15_000_000_000);
        assert_eq!(fen("0"), 0);
        assert_eq!(fen("0.00"), 0);
        assert_eq!(fen("0.01"), 1);
        assert_eq!(fen("0.1"), 10);
        assert_eq!(fen("007"), 700);
        assert_eq!(fen("5.000"), 500);
        assert_eq!(fen("999"), 99_900);
        assert_eq!(fen("1,000"), 100_000);
        assert_eq!(fen("12,345,678.98"), 1_234_567_898);
        assert_eq!(fen("99,999,999,999,999.99"), 9_999_999_999_999_999);
        assert_eq!(fen("9999999999.999999万"), 9_999_999_999_999_999);
        assert_eq!(fen("0.0000000001亿"), 1);
    }

    #[test]
    fn boundary_around_five_million() {
        assert_eq!(fen("4,999,999.99"), 499_999_999);
        assert_eq!(fen("5,000,000.00"), 500_000_000);
        assert_eq!(fen("5,000,000.01"), 500_000_001);
        assert!(Amount::parse("4,999,999.99").unwrap() < Amount::FIVE_MILLION_YUAN);
        assert!(Amount::parse("5,000,000.00").unwrap() >= Amount::FIVE_MILLION_YUAN);
        assert!(Amount::parse("5,000,000.01").unwrap() > Amount::FIVE_MILLION_YUAN);
        assert_eq!(fen("499.9999万"), 499_999_900);
        assert_eq!(fen("499.999999万元"), 499_999_999);
        assert_eq!(fen("肆佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"), 499_999_999);
        assert_eq!(fen("伍佰万元零壹分"), 500_000_001);
    }

    #[test]
    fn daxie_forms() {
        assert_eq!(fen("人民币伍佰万元整"), 500_000_000);
        assert_eq!(fen("伍佰万元整"), 500_000_000);
        assert_eq!(fen("伍佰万圆整"), 500_000_000);
        assert_eq!(fen("伍佰万元正"), 500_000_000);
        assert_eq!(fen("伍佰万元"), 500_000_000);
        assert_eq!(fen("伍佰万"), 500_000_000);
        assert_eq!(fen("¥伍佰万元整"), 500_000_000);
        assert_eq!(fen("壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角捌分"), 1_234_567_898);
        assert_eq!(fen("壹万零伍元"), 1_000_500);
        assert_eq!(fen("贰拾元零伍分"), 2_005);
        assert_eq!(fen("壹亿元整"), 10_000_000_000);
        assert_eq!(fen("壹亿贰仟万元"), 12_000_000_000);
        assert_eq!(fen("拾元"), 1_000);
        assert_eq!(fen("拾伍元"), 1_500);
        assert_eq!(fen("拾万元"), 10_000_000);
        assert_eq!(fen("壹拾元整"), 1_000);
        assert_eq!(fen("壹拾万元整"), 10_000_000);
        assert_eq!(fen("壹仟零伍元整"), 100_500);
        assert_eq!(fen("伍元零伍分"), 505);
        assert_eq!(fen("伍元伍分"), 505);
        assert_eq!(fen("伍角"), 50);
        assert_eq!(fen("伍角整"), 50);
        assert_eq!(fen("人民币伍角"), 50);
        assert_eq!(fen("伍分"), 5);
        assert_eq!(fen("伍角伍分"), 55);
        assert_eq!(fen("伍元伍角伍分整"), 555);
        assert_eq!(fen("零元整"), 0);
        assert_eq!(fen("人民币零元整"), 0);
        assert_eq!(fen("零元"), 0);
        assert_eq!(fen("零"), 0);
        assert_eq!(fen("零元伍角整"), 50);
        assert_eq!(fen("壹拾元零伍角整"), 1_050);
        assert_eq!(fen("壹拾元伍角"), 1_050);
        assert_eq!(fen("壹仟陆佰捌拾元零叁角贰分"), 168_032);
        assert_eq!(fen("壹仟陆佰捌拾元叁角贰分"), 168_032);
        assert_eq!(fen("壹拾万柒仟元零伍角叁分"), 10_700_053);
        assert_eq!(fen("壹拾万零柒仟元伍角叁分"), 10_700_053);
        assert_eq!(fen("壹亿零伍万元整"), 10_005_000_000);
        assert_eq!(fen("壹万亿元整"), 100_000_000_000_000);
        assert_eq!(fen("壹万零壹亿元整"), 100_010_000_000_000);
        assert_eq!(fen("壹仟万零壹仟元整"), 1_000_100_000);
        assert_eq!(
            fen("玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
            9_999_999_999_999_999
        );
        assert_eq!(fen("壹仟伍拾元"), 105_000);
        assert_eq!(fen("伍"), 500);
        // Lowercase numerals.
        assert_eq!(fen("五百万元"), 500_000_000);
        assert_eq!(fen("一千零五元"), 100_500);
        assert_eq!(fen("一千〇五元"), 100_500);
        assert_eq!(fen("十元"), 1_000);
        assert_eq!(fen("三元五角"), 350);
    }

    #[test]
    fn rejections() {
        use ErrorCode::*;
        let cases: &[(&str, ErrorCode)] = &[
            ("", AmountEmpty),
            ("   ", AmountEmpty),
            ("\u{3000}\t\n", AmountEmpty),
            ("-5", AmountNegative),
            ("-5万元", AmountNegative),
            ("负伍元", AmountNegative),
            ("人民币负伍元", AmountNegative),
            ("¥-5", AmountNegative),
            ("－5", AmountNegative),
            ("−0.01", AmountNegative),
            ("-0", AmountNegative),
            ("-5000000.001", AmountNegative),
            ("-", AmountMalformed),
            ("负", AmountMalformed),
            ("-abc", AmountMalformed),
            ("--5", AmountMalformed),
            ("5000000.001", AmountTooPrecise),
            ("0.001", AmountTooPrecise),
            ("0.0000001万", AmountTooPrecise),
            ("0.00000000001亿", AmountTooPrecise),
            ("100000000000000", AmountOverflow),
            ("99999999999999.991", AmountTooPrecise),
            ("1亿亿", AmountMalformed),
            ("10000000000万", AmountOverflow),
            ("999999999999999999999999999999999999999999", AmountOverflow),
            ("壹佰万亿元", AmountOverflow),
            ("1e6", AmountMalformed),
            ("5.000.000", AmountMalformed),
            ("abc", AmountMalformed),
            ("5 000 000", AmountMalformed),
            ("5,00,000", AmountMalformed),
            ("50,00", AmountMalformed),
            (",500", AmountMalformed),
            ("0,500", AmountMalformed),
            ("5,000,000.000,0", AmountMalformed),
            ("5，000", AmountMalformed),
            ("5.", AmountMalformed),
            (".5", AmountMalformed),
            ("+5", AmountMalformed),
            ("5元万", AmountMalformed),
            ("5元5角", AmountMalformed),
            ("5百", AmountMalformed),
            ("5 元 整", AmountMalformed),
            ("5元整整", AmountMalformed),
            ("人民币", AmountMalformed),
            ("¥", AmountMalformed),
            ("元", AmountMalformed),
            ("元整", AmountMalformed),
            ("整", AmountMalformed),
            ("伍佰佰万", AmountMalformed),
            ("佰伍", AmountMalformed),
            ("伍佰伍仟", AmountMalformed),
            ("伍角伍角", AmountMalformed),
            ("伍分伍角", AmountMalformed),
            ("伍元伍元", AmountMalformed),
            ("壹仟伍元", AmountMalformed),
            ("壹佰伍", AmountMalformed),
            ("壹万伍", AmountMalformed),
            ("壹亿伍万", AmountMalformed),
            ("壹仟零壹佰元", AmountMalformed),
            ("伍元零伍角", AmountMalformed),
            ("伍角零伍分", AmountMalformed),
            ("壹仟零零伍元", AmountMalformed),
            ("零伍元", AmountMalformed),
            ("伍拾零万元", AmountMalformed),
            ("壹拾零元", AmountMalformed),
            ("零元零伍分", AmountMalformed),
            ("零角", AmountMalformed),
            ("伍伍元", AmountMalformed),
            ("万元", AmountMalformed),
            ("壹亿万元", AmountMalformed),
            ("壹万万元", AmountMalformed),
            ("壹亿壹亿元", AmountMalformed),
            ("壹万拾伍元", AmountMalformed),
            ("伍拾角", AmountMalformed),
            ("伍角伍", AmountMalformed),
            ("伍佰伍角", AmountMalformed),
            ("伍角伍元", AmountMalformed),
            ("伍元整伍角", AmountMalformed),
            ("伍佰万 元整", AmountMalformed),
            ("伍百万元", AmountMalformed),
            ("壹仟伍佰元abc", AmountMalformed),
            ("五元五", AmountMalformed),
        ];
        for &(text, expected) in cases {
            assert_eq!(code(text), expected, "{text:?}");
        }
        assert_eq!(code("100,000,000,000,000.00"), AmountOverflow);
        assert_eq!(code("99,999,999,999,999.991"), AmountTooPrecise);
        assert_eq!(code("100000000000000.00"), AmountOverflow);
    }

    #[test]
    fn messages_name_the_input_truncated() {
        let err = Amount::parse("abc").unwrap_err();
        assert!(
            err.message_zh().contains("abc") && err.message_en().contains("abc"),
            "{err}"
        );
        let long = "伍".repeat(100);
        let err = Amount::parse(&long).unwrap_err();
        let shown = format!("{}…", "伍".repeat(40));
        assert!(err.message_zh().contains(&shown), "{err}");
        assert!(err.message_en().contains(&shown), "{err}");
        assert!(!err.message_en().contains(&"伍".repeat(41)));
    }

    #[test]
    fn constructors() {
        assert_eq!(Amount::from_fen(0).unwrap(), Amount::ZERO);
        assert_eq!(Amount::from_fen(MAX_FEN).unwrap(), Amount::MAX);
        assert_eq!(
            Amount::parse(&"5".repeat(MAX_AMOUNT_TEXT_BYTES + 1))
                .unwrap_err()
                .code(),
            ErrorCode::InputTooLarge
        );
        assert_eq!(
            Amount::from_fen(MAX_FEN + 1).unwrap_err().code(),
            ErrorCode::AmountOverflow
        );
        assert_eq!(
            Amount::from_yuan(99_999_999_999_999).unwrap().fen(),
            9_999_999_999_999_900
        );
        assert_eq!(
            Amount::from_yuan(100_000_000_000_000).unwrap_err().code(),
            ErrorCode::AmountOverflow
        );
        assert_eq!(
            Amount::from_yuan(u64::MAX).unwrap_err().code(),
            ErrorCode::AmountOverflow
        );
        assert_eq!(Amount::default(), Amount::ZERO);
        assert_eq!(Amount::FIVE_MILLION_YUAN.fen(), 500_000_000);
        assert_eq!(Amount::MAX.checked_add(Amount::ZERO), Some(Amount::MAX));
        assert_eq!(Amount::MAX.checked_add(Amount(1)), None);
        assert_eq!(Amount(1).checked_add(Amount(2)), Some(Amount(3)));
        assert_eq!("500万元".parse::<Amount>().unwrap(), Amount::FIVE_MILLION_YUAN);
    }

    #[test]
    fn outputs() {
        let a = |f: u64| Amount::from_fen(f).unwrap();
        assert_eq!(a(500_000_000).to_yuan_string(), "5000000.00");
        assert_eq!(a(0).to_yuan_string(), "0.00");
        assert_eq!(a(5).to_yuan_string(), "0.05");
        assert_eq!(a(MAX_FEN).to_yuan_string(), "99999999999999.99");
        assert_eq!(a(500_000_000).to_string(), "5,000,000.00 元");
        assert_eq!(a(0).to_string(), "0.00 元");
        assert_eq!(a(99_999).to_string(), "999.99 元");
        assert_eq!(a(100_000).to_string(), "1,000.00 元");
        assert_eq!(a(MAX_FEN).to_string(), "99,999,999,999,999.99 元");

        let cases: &[(u64, &str)] = &[
            (0, "人民币零元整"),
            (50, "人民币伍角整"),
            (5, "人民币伍分"),
            (55, "人民币伍角伍分"),
            (505, "人民币伍元零伍分"),
            (550, "人民币伍元伍角整"),
            (555, "人民币伍元伍角伍分"),
            (1_000, "人民币壹拾元整"),
            (1_050, "人民币壹拾元零伍角整"),
            (1_005, "人民币壹拾元零伍分"),
            (1_500, "人民币壹拾伍元整"),
            (100_500, "人民币壹仟零伍元整"),
            (105_000, "人民币壹仟零伍拾元整"),
            (1_000_500, "人民币壹万零伍元整"),
            (2_005, "人民币贰拾元零伍分"),
            (10_000_000, "人民币壹拾万元整"),
            (10_700_053, "人民币壹拾万零柒仟元零伍角叁分"),
            (168_032, "人民币壹仟陆佰捌拾元零叁角贰分"),
            (500_000_000, "人民币伍佰万元整"),
            (1_234_567_898, "人民币壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角捌分"),
            (1_000_100_000, "人民币壹仟万零壹仟元整"),
            (10_000_000_000, "人民币壹亿元整"),
            (12_000_000_000, "人民币壹亿贰仟万元整"),
            (10_005_000_000, "人民币壹亿零伍万元整"),
            (10_000_000_500, "人民币壹亿零伍元整"),
            (100_000_000_000_000, "人民币壹万亿元整"),
            (100_010_000_000_000, "人民币壹万零壹亿元整"),
            (100_000_000_000_500, "人民币壹万亿零伍元整"),
            (
                MAX_FEN,
                "人民币玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
            ),
        ];
        for &(f, text) in cases {
            assert_eq!(a(f).to_chinese_uppercase(), text, "{f}");
            assert_eq!(fen(text), f, "{text}");
        }
    }

    #[test]
    fn serde_forms() {
        let a = Amount::FIVE_MILLION_YUAN;
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"5000000.00\"");
        let back: Amount = serde_json::from_str("\"5000000.00\"").unwrap();
        assert_eq!(back, a);
        let from_int: Amount = serde_json::from_str("5000000").unwrap();
        assert_eq!(from_int, a);
        let from_daxie: Amount = serde_json::from_str("\"伍佰万元整\"").unwrap();
        assert_eq!(from_daxie, a);
        let zero: Amount = serde_json::from_str("0").unwrap();
        assert_eq!(zero, Amount::ZERO);

        let err = |json: &str| serde_json::from_str::<Amount>(json).unwrap_err().to_string();
        assert!(err("5000000.5").contains("string"), "{}", err("5000000.5"));
        assert!(err("5e6").contains("floating-point"));
        assert!(err("-5").contains("negative"));
        assert!(err("\"-5\"").contains("amount_negative"));
        assert!(err("\"abc\"").contains("amount_malformed"));
        assert!(err("100000000000000").contains("amount_overflow"));
        assert!(err("true").contains("amount in yuan"));
        assert!(err("null").contains("amount in yuan"));
    }

    fn daxie_string() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(
                "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正〇一二三四五六七八九十百千人民币¥-负 "
                    .chars()
                    .collect::<Vec<_>>(),
            ),
            0..24,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    proptest! {
        #[test]
        fn round_trips(f in 0..=MAX_FEN) {
            let a = Amount::from_fen(f).unwrap();
            prop_assert_eq!(Amount::parse(&a.to_string()).unwrap(), a);
            prop_assert_eq!(Amount::parse(&a.to_yuan_string()).unwrap(), a);
            prop_assert_eq!(Amount::parse(&a.to_chinese_uppercase()).unwrap(), a);
            let json = serde_json::to_string(&a).unwrap();
            prop_assert_eq!(serde_json::from_str::<Amount>(&json).unwrap(), a);
        }

        #[test]
        fn round_trips_small(f in 0u64..2_000_000) {
            let a = Amount::from_fen(f).unwrap();
            prop_assert_eq!(Amount::parse(&a.to_chinese_uppercase()).unwrap(), a);
            prop_assert_eq!(Amount::parse(&a.to_string()).unwrap(), a);
        }

        #[test]
        fn round_trips_sparse(digits in proptest::collection::vec(prop_oneof![3 => Just(0u64), 1 => 1u64..10], 16)) {
            let f = digits.iter().fold(0u64, |acc, d| acc * 10 + d) % (MAX_FEN + 1);
            let a = Amount::from_fen(f).unwrap();
            prop_assert_eq!(Amount::parse(&a.to_chinese_uppercase()).unwrap(), a);
        }

        #[test]
        fn never_panics(text in ".*") {
            let _ = Amount::parse(&text);
        }

        #[test]
        fn never_panics_on_daxie_alphabet(text in daxie_string()) {
            if let Ok(a) = Amount::parse(&text) {
                prop_assert!(a <= Amount::MAX);
            }
        }

        #[test]
        fn never_panics_on_arabic_alphabet(text in "[0-9,.万亿元整¥ -]{0,30}") {
            if let Ok(a) = Amount::parse(&text) {
                prop_assert!(a <= Amount::MAX);
            }
        }
    }
}
