//! The JSON text reader (JSON 文本读取): JSON text → the crate's own tree
//! ([`Json`](crate::json_tree::Json)) in one recursive-descent loop, the only place the crate reads JSON text
//! ([`crate::json_input::parse_value`], and through it every `from_json` entry point).
//!
//! It gives serde_json's answer (`serde_json::from_str::<Value>`) for every text, without
//! serde's visitor machinery, which was most of serde_json's code in the `.wasm` (issue 17):
//! - the same value: objects keep their keys sorted, as serde_json's `Map` does (with a
//!   repeated key the last one wins);
//!   an integer is a `u64`, a negative one an `i64` (`-0` and an integer beyond both are
//!   floats); a number with a fraction or exponent is the float serde_json's default
//!   conversion makes (not always the nearest one: the digits' first 19 or 20 as an integer,
//!   times or divided by a power of ten), a float too large is an error;
//! - the same errors: serde_json's reason, line and column (in bytes) for each malformed text,
//!   nesting 128 arrays or objects deep included (serde_json's recursion limit), each a row
//!   of the catalogue's area `json` with the code `invalid_json`.
//!
//! The tests compare it with serde_json on generated values, on a table of malformed texts,
//! and on the fuzz corpora and junk inputs.

use crate::error::{Error, ErrorCode, Result};
use crate::json_tree::{Json as Value, JsonMap, JsonNumber as Number};
use crate::message::{json as m, Msg};

/// How deep arrays and objects may nest: serde_json's recursion limit (the 128th level fails).
const DEPTH: u32 = 128;

/// Why and where (a byte index) reading failed.
struct Fail {
    msg: Msg,
    at: usize,
}

type Read<T> = std::result::Result<T, Fail>;

/// Reads the JSON text `text` (whitespace around it allowed) into a value.
///
/// # Errors
/// [`ErrorCode::InvalidJson`] with serde_json's reason, line and column.
pub(crate) fn parse(text: &str) -> Result<Value> {
    let mut r = Reader {
        text,
        b: text.as_bytes(),
        i: 0,
        depth: DEPTH,
        pow10: Vec::new(),
    };
    let value = r.value().and_then(|v| match r.ws() {
        Some(_) => r.peek_err(m::JSON_TRAILING_CHARACTERS),
        None => Ok(v),
    });
    value.map_err(|f| {
        let (line, column) = position(text.as_bytes(), f.at);
        Error::msg(ErrorCode::InvalidJson, f.msg, &[&line, &column])
    })
}

/// serde_json's line (from 1) and column (bytes since the line's start) of byte index `at`.
fn position(b: &[u8], at: usize) -> (usize, usize) {
    let before = b.get(..at).unwrap_or(b);
    let start = before.iter().rposition(|&c| c == b'\n').map_or(0, |n| n + 1);
    let line = 1 + before.iter().filter(|&&c| c == b'\n').count();
    (line, at - start)
}

struct Reader<'a> {
    text: &'a str,
    b: &'a [u8],
    /// The next byte to read.
    i: usize,
    /// Levels of nesting left.
    depth: u32,
    /// 10^0 ..= 10^308, made when the first float needs them.
    pow10: Vec<f64>,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// The next byte, or 0 at the end.
    fn peek0(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    /// A failure at the byte just read (serde_json's `error`).
    fn err<T>(&self, msg: Msg) -> Read<T> {
        Err(Fail { msg, at: self.i })
    }

    /// A failure at the byte looked at (serde_json's `peek_error`).
    fn peek_err<T>(&self, msg: Msg) -> Read<T> {
        Err(Fail {
            msg,
            at: (self.i + 1).min(self.b.len()),
        })
    }

    /// Skips whitespace; the next byte.
    fn ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> Read<Value> {
        let Some(c) = self.ws() else {
            return self.peek_err(m::JSON_EOF_IN_VALUE);
        };
        match c {
            b'n' => self.word(b"ull", Value::Null),
            b't' => self.word(b"rue", Value::Bool(true)),
            b'f' => self.word(b"alse", Value::Bool(false)),
            b'-' => {
                self.i += 1;
                self.number(false)
            }
            b'0'..=b'9' => self.number(true),
            b'"' => {
                self.i += 1;
                Ok(Value::String(self.string()?))
            }
            b'[' | b'{' => {
                self.depth -= 1;
                if self.depth == 0 {
                    return self.peek_err(m::JSON_TOO_DEEP);
                }
                self.i += 1;
                let v = match c {
                    b'[' => self.array(),
                    _ => self.object(),
                };
                self.depth += 1;
                v
            }
            _ => self.peek_err(m::JSON_EXPECTED_VALUE),
        }
    }

    /// `null`, `true` or `false`, its first letter seen, the rest `rest`.
    fn word(&mut self, rest: &[u8], v: Value) -> Read<Value> {
        self.i += 1;
        for &want in rest {
            match self.next() {
                None => return self.err(m::JSON_EOF_IN_VALUE),
                Some(c) if c != want => return self.err(m::JSON_EXPECTED_IDENT),
                Some(_) => {}
            }
        }
        Ok(v)
    }

    fn array(&mut self) -> Read<Value> {
        let mut items = Vec::new();
        loop {
            match self.ws() {
                None => return self.peek_err(m::JSON_EOF_IN_LIST),
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                Some(_) if items.is_empty() => {}
                Some(b',') => {
                    self.i += 1;
                    match self.ws() {
                        Some(b']') => return self.peek_err(m::JSON_TRAILING_COMMA),
                        None => return self.peek_err(m::JSON_EOF_IN_VALUE),
                        Some(_) => {}
                    }
                }
                Some(_) => return self.peek_err(m::JSON_EXPECTED_COMMA_OR_BRACKET),
            }
            items.push(self.value()?);
        }
    }

    fn object(&mut self) -> Read<Value> {
        let mut map = Vec::new();
        loop {
            match self.ws() {
                None => return self.peek_err(m::JSON_EOF_IN_OBJECT),
                Some(b'}') => {
                    self.i += 1;
                    // Sorted, and of a repeated key the last value kept.
                    return Ok(Value::Object(JsonMap::from_entries(map)));
                }
                Some(b'"') if map.is_empty() => {}
                Some(_) if map.is_empty() => return self.peek_err(m::JSON_KEY_NOT_A_STRING),
                Some(b',') => {
                    self.i += 1;
                    match self.ws() {
                        Some(b'"') => {}
                        Some(b'}') => return self.peek_err(m::JSON_TRAILING_COMMA),
                        Some(_) => return self.peek_err(m::JSON_KEY_NOT_A_STRING),
                        None => return self.peek_err(m::JSON_EOF_IN_VALUE),
                    }
                }
                Some(_) => return self.peek_err(m::JSON_EXPECTED_COMMA_OR_BRACE),
            }
            self.i += 1;
            let key = self.string()?;
            match self.ws() {
                Some(b':') => self.i += 1,
                Some(_) => return self.peek_err(m::JSON_EXPECTED_COLON),
                None => return self.peek_err(m::JSON_EOF_IN_OBJECT),
            }
            let v = self.value()?;
            map.push((key, v));
        }
    }

    /// A string, its opening quote read.
    fn string(&mut self) -> Read<String> {
        let mut out = String::new();
        let mut start = self.i;
        loop {
            match self.peek() {
                None => return self.err(m::JSON_EOF_IN_STRING),
                Some(b'"') => {
                    // Between ASCII bytes, so on character boundaries.
                    out.push_str(self.text.get(start..self.i).unwrap_or_default());
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.text.get(start..self.i).unwrap_or_default());
                    self.i += 1;
                    self.escape(&mut out)?;
                    start = self.i;
                }
                Some(c) => {
                    self.i += 1;
                    if c < 0x20 {
                        return self.err(m::JSON_CONTROL_CHARACTER_IN_STRING);
                    }
                }
            }
        }
    }

    /// An escape, its backslash read.
    fn escape(&mut self, out: &mut String) -> Read<()> {
        let Some(c) = self.next() else {
            return self.err(m::JSON_EOF_IN_STRING);
        };
        out.push(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let n = self.hex4()?;
                let n = match n {
                    0xDC00..=0xDFFF => return self.err(m::JSON_LONE_SURROGATE),
                    0xD800..=0xDBFF => {
                        // A leading surrogate: `\u` and a trailing one must follow.
                        for want in [b'\\', b'u'] {
                            match self.next() {
                                None => return self.err(m::JSON_EOF_IN_STRING),
                                Some(c) if c != want => return self.err(m::JSON_HEX_ESCAPE_CUT_SHORT),
                                Some(_) => {}
                            }
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return self.err(m::JSON_LONE_SURROGATE);
                        }
                        0x1_0000 + ((n - 0xD800) << 10) + (low - 0xDC00)
                    }
                    n => n,
                };
                // Never the replacement: surrogates are paired above.
                char::from_u32(n).unwrap_or(char::REPLACEMENT_CHARACTER)
            }
            _ => return self.err(m::JSON_INVALID_ESCAPE),
        });
        Ok(())
    }

    /// Four hex digits.
    fn hex4(&mut self) -> Read<u32> {
        let Some(digits) = self.b.get(self.i..self.i + 4) else {
            self.i = self.b.len();
            return self.err(m::JSON_EOF_IN_STRING);
        };
        self.i += 4;
        let mut n = 0;
        for &d in digits {
            match char::from(d).to_digit(16) {
                Some(v) => n = n * 16 + v,
                None => return self.err(m::JSON_INVALID_ESCAPE),
            }
        }
        Ok(n)
    }

    /// A number, its minus sign (if any) read; serde_json's `parse_integer`.
    fn number(&mut self, positive: bool) -> Read<Value> {
        let Some(c) = self.next() else {
            return self.err(m::JSON_EOF_IN_VALUE);
        };
        let mut sig = match c {
            b'0' if self.peek0().is_ascii_digit() => return self.peek_err(m::JSON_INVALID_NUMBER),
            b'0'..=b'9' => u64::from(c - b'0'),
            _ => return self.err(m::JSON_INVALID_NUMBER),
        };
        loop {
            let c = self.peek0();
            if !c.is_ascii_digit() {
                break;
            }
            let d = u64::from(c - b'0');
            if overflows(sig, d) {
                return self.long_integer(positive, sig).map(float);
            }
            self.i += 1;
            sig = sig * 10 + d;
        }
        Ok(match self.peek0() {
            b'.' => float(self.fraction(positive, sig, 0)?),
            b'e' | b'E' => float(self.exponent(positive, sig, 0)?),
            _ if positive => Value::from(sig),
            _ => match (sig as i64).wrapping_neg() {
                // `-0`, or beyond i64: a float.
                neg if neg >= 0 => float(-(sig as f64)),
                neg => Value::from(neg),
            },
        })
    }

    /// The digits of an integer beyond u64 after its first ones, `sig`: counted, not kept.
    fn long_integer(&mut self, positive: bool, sig: u64) -> Read<f64> {
        let mut exponent = 0i32;
        loop {
            match self.peek0() {
                b'0'..=b'9' => {
                    self.i += 1;
                    exponent = exponent.wrapping_add(1);
                }
                b'.' => return self.fraction(positive, sig, exponent),
                b'e' | b'E' => return self.exponent(positive, sig, exponent),
                _ => return self.scaled(positive, sig, exponent),
            }
        }
    }

    /// The fraction, at its `.`; the digits beyond u64 are dropped (serde_json's
    /// `parse_decimal`).
    fn fraction(&mut self, positive: bool, mut sig: u64, before: i32) -> Read<f64> {
        self.i += 1;
        let mut after = 0i32;
        while let c @ b'0'..=b'9' = self.peek0() {
            let d = u64::from(c - b'0');
            if overflows(sig, d) {
                while self.peek0().is_ascii_digit() {
                    self.i += 1;
                }
                return self.after_fraction(positive, sig, before.wrapping_add(after));
            }
            self.i += 1;
            sig = sig * 10 + d;
            after = after.wrapping_sub(1);
        }
        if after == 0 {
            return match self.peek() {
                Some(_) => self.peek_err(m::JSON_INVALID_NUMBER),
                None => self.peek_err(m::JSON_EOF_IN_VALUE),
            };
        }
        self.after_fraction(positive, sig, before.wrapping_add(after))
    }

    /// An exponent if one follows, then the float.
    fn after_fraction(&mut self, positive: bool, sig: u64, exponent: i32) -> Read<f64> {
        match self.peek0() {
            b'e' | b'E' => self.exponent(positive, sig, exponent),
            _ => self.scaled(positive, sig, exponent),
        }
    }

    /// The exponent, at its `e`.
    fn exponent(&mut self, positive: bool, sig: u64, start: i32) -> Read<f64> {
        self.i += 1;
        let positive_exp = match self.peek0() {
            b'+' => {
                self.i += 1;
                true
            }
            b'-' => {
                self.i += 1;
                false
            }
            _ => true,
        };
        let mut exp = match self.next() {
            None => return self.err(m::JSON_EOF_IN_VALUE),
            Some(c @ b'0'..=b'9') => i32::from(c - b'0'),
            Some(_) => return self.err(m::JSON_INVALID_NUMBER),
        };
        while let c @ b'0'..=b'9' = self.peek0() {
            self.i += 1;
            let d = i32::from(c - b'0');
            if exp >= i32::MAX / 10 && (exp > i32::MAX / 10 || d > i32::MAX % 10) {
                // Too large an exponent: infinite (an error) or zero.
                if sig != 0 && positive_exp {
                    return self.err(m::JSON_NUMBER_OUT_OF_RANGE);
                }
                while self.peek0().is_ascii_digit() {
                    self.i += 1;
                }
                return Ok(if positive { 0.0 } else { -0.0 });
            }
            exp = exp * 10 + d;
        }
        let exponent = match positive_exp {
            true => start.saturating_add(exp),
            false => start.saturating_sub(exp),
        };
        self.scaled(positive, sig, exponent)
    }

    /// `sig × 10^exponent` as serde_json's default conversion makes it (one multiplication
    /// or division by a power of ten, each correctly rounded).
    fn scaled(&mut self, positive: bool, sig: u64, mut exponent: i32) -> Read<f64> {
        if self.pow10.is_empty() {
            self.pow10 = powers_of_ten();
        }
        let mut f = sig as f64;
        loop {
            match self.pow10.get(exponent.unsigned_abs() as usize) {
                Some(&pow) => {
                    if exponent >= 0 {
                        f *= pow;
                        if f.is_infinite() {
                            return self.err(m::JSON_NUMBER_OUT_OF_RANGE);
                        }
                    } else {
                        f /= pow;
                    }
                    break;
                }
                None => {
                    if f == 0.0 {
                        break;
                    }
                    if exponent >= 0 {
                        return self.err(m::JSON_NUMBER_OUT_OF_RANGE);
                    }
                    f /= 1e308;
                    exponent += 308;
                }
            }
        }
        Ok(if positive { f } else { -f })
    }
}

/// Whether `sig * 10 + d` overflows a u64 (serde_json's test).
fn overflows(sig: u64, d: u64) -> bool {
    sig >= u64::MAX / 10 && (sig > u64::MAX / 10 || d > u64::MAX % 10)
}

/// A float as a value (serde_json's: `null` for a float JSON cannot hold, which the reader
/// never makes).
fn float(f: f64) -> Value {
    Number::from_f64(f).map_or(Value::Null, Value::Number)
}

/// 10^0 ..= 10^308, each the nearest float (what the literal `1e{k}` is, serde_json's table),
/// worked out from 5^k (10^k = 5^k · 2^k) in 32-bit limbs, so the `.wasm` carries code of a
/// few hundred bytes instead of the 2.5 KB table.
fn powers_of_ten() -> Vec<f64> {
    // 5^308 < 2^716: 23 limbs, least significant first.
    let mut five = [0u32; 23];
    if let Some(l) = five.first_mut() {
        *l = 1;
    }
    let mut out = Vec::with_capacity(309);
    for k in 0..=308i32 {
        if k > 0 {
            let mut carry = 0u64;
            for l in five.iter_mut() {
                let v = u64::from(*l) * 5 + carry;
                *l = v as u32;
                carry = v >> 32;
            }
        }
        let bit = |j: i32| -> bool { j >= 0 && five.get((j / 32) as usize).is_some_and(|l| (l >> (j % 32)) & 1 == 1) };
        // The bit length of 5^k, then its 53 top bits, rounded half to even.
        let top = (0..23 * 32).rev().find(|&j| bit(j)).unwrap_or(0);
        let shift = top - 52; // 5^k ≈ m · 2^shift
        let mut m = (0..53).fold(0u64, |m, t| (m << 1) | u64::from(bit(top - t)));
        if shift > 0 && bit(shift - 1) && (m & 1 == 1 || (0..shift - 1).any(bit)) {
            m += 1;
        }
        let (m, shift) = match m >> 53 {
            0 => (m, shift),
            _ => (m >> 1, shift + 1),
        };
        // m · 2^(shift + k) with m in [2^52, 2^53): the exponent field is shift + k + 52 + 1023.
        let e = (shift + k + 52 + 1023) as u64;
        out.push(f64::from_bits((e << 52) | (m & ((1 << 52) - 1))));
    }
    out
}

#[cfg(test)]
mod tests;
