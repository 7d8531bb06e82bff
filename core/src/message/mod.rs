//! The message catalogue (消息目录): every Chinese and English message text of the crate, one
//! row per message, written once for both languages (issue 17).
//!
//! A message is a `Msg` (a number) and its arguments. Its two templates live in one row of an
//! area table (`money.rs`, `calendar.rs`, `process.rs`, …, each made by `messages!`); a
//! template names its arguments by position, `{0}`, `{1}`, … (`{{` and `}}` stand for braces),
//! and each language uses the arguments it needs, so an argument that reads differently in the
//! two languages is passed twice (its Chinese form and its English form).
//!
//! - With the feature `message-text` (on by default: Rust and Python), the texts are compiled in
//!   and a message is rendered where it is made: an error's `message_zh` and `message_en` are
//!   the finished sentences.
//! - Without it (the WebAssembly build), the texts stay out of the `.wasm`: a message is written
//!   as a *token*, `U+E000 number (U+E001 argument)* U+E002`, in both language fields, and the
//!   npm package renders it from the catalogue `cargo xtask codegen` writes from these tables
//!   (`bindings-wasm/js/messages.js`), in the language of the field (`…_zh` or `…_en`) it sits
//!   in. An argument may itself be a token (a message inside a message), rendered in the same
//!   language, or one marked as English (U+E003) or Chinese (U+E004), rendered in that language
//!   (`En`, `Zh`: a text that shows both languages in either field).
//!
//! Rendering is `format!`'s for `{N}`, `{{` and `}}`; an argument is written with its
//! `Display`, so what `format!("{x:?}")` showed is passed as `Quoted`.

use crate::prelude::*;
use core::fmt::{self, Display, Write as _};

/// One message of the catalogue (a row of an area table); its number is not part of the public
/// contract (the codes are): the npm package's catalogue is generated from the same build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Msg(pub(crate) u16);

/// An argument written as Rust's `{:?}` writes a string (in double quotes, with escapes), as
/// messages that show a rejected input do.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

/// An argument that is a message's English (`En`) or Chinese (`Zh`) text, shown in that language in
/// both of the outer message's languages: for a text that shows both languages whatever its field
/// (an error's `Display`, `[code] message_en / message_zh`, used as a reader's reason). With
/// `message-text` it is the text; without, the inner token marked U+E003 (English) or U+E004
/// (Chinese), which the npm package renders in that language.
pub(crate) struct En<'a>(pub(crate) &'a str);

/// The Chinese counterpart of [`En`].
pub(crate) struct Zh<'a>(pub(crate) &'a str);

impl Display for En<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(not(feature = "message-text"))]
        f.write_char('\u{E003}')?;
        f.write_str(self.0)
    }
}

impl Display for Zh<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(not(feature = "message-text"))]
        f.write_char('\u{E004}')?;
        f.write_str(self.0)
    }
}

/// Makes an area table: `messages! { BASE; NAME: "中文{0}", "English {0}"; … }` gives one
/// `pub(crate) const NAME: Msg` per row, numbered from `BASE` in row order, and (with
/// `message-text`) the table `TEXT` of the rows' templates.
macro_rules! messages {
    ($base:literal; $( $(#[$doc:meta])* $name:ident: $zh:literal, $en:literal; )*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u16)]
        enum Row { $( $name, )* __End }
        $(
            $(#[$doc])*
            #[allow(dead_code)]
            pub(crate) const $name: $crate::message::Msg = $crate::message::Msg($base + Row::$name as u16);
        )*
        /// The first number of this area.
        #[allow(dead_code)]
        pub(super) const BASE: u16 = $base;
        /// The rows' templates, `(zh, en)`, in row order.
        #[cfg(feature = "message-text")]
        pub(super) static TEXT: &[(&str, &str)] = &[ $( ($zh, $en), )* ];
    };
}
pub(crate) use messages;

// The areas, each its own table and range of numbers (1000 apart): `calendar` (calendar/),
// `checks` (checks/, model/), `input` (json_read, json_input, whole, call/, schema, text),
// `json` (the JSON text reader), `misc` (error, citation, ruleset, sort, json_output), `money`
// (money/), `process` (process/, portfolio/), `records` (records/).
pub(crate) mod calendar;
pub(crate) mod checks;
pub(crate) mod findings;
pub(crate) mod input;
pub(crate) mod json;
pub(crate) mod misc;
pub(crate) mod money;
pub(crate) mod process;
pub(crate) mod records;

/// Every area's first number and templates.
#[cfg(feature = "message-text")]
static AREAS: &[(u16, &[(&str, &str)])] = &[
    (calendar::BASE, calendar::TEXT),
    (checks::BASE, checks::TEXT),
    (input::BASE, input::TEXT),
    (json::BASE, json::TEXT),
    (misc::BASE, misc::TEXT),
    (money::BASE, money::TEXT),
    (process::BASE, process::TEXT),
    (records::BASE, records::TEXT),
];

/// The catalogue, `(number, zh, en)` for every message, for `cargo xtask codegen` (which writes
/// the npm package's `messages.js` from it). Not public API.
///
/// # Example
/// ```
/// let all = fuling_rules::message::catalogue();
/// assert!(all.iter().any(|(_, zh, en)| zh.contains("本办法没有") && en.contains("the regulation has no")));
/// ```
#[doc(hidden)]
#[cfg(feature = "message-text")]
pub fn catalogue() -> Vec<(u16, &'static str, &'static str)> {
    let mut all = Vec::new();
    for &(base, rows) in AREAS {
        for (i, &(zh, en)) in rows.iter().enumerate() {
            // An area holds fewer than 1000 rows (checked by the test below).
            all.push((base + i as u16, zh, en));
        }
    }
    all
}

/// Message `number` of the catalogue rendered with `args`, `(zh, en)`: what an error or a pair
/// of fields carries in this build; `None` for a number without a row. For `cargo xtask
/// codegen`, which writes these renderings as the fixture the npm package's renderer is tested
/// against (`bindings-wasm/tests/messages-rendered.json`). Not public API.
///
/// # Example
/// ```
/// let (n, _, _) = fuling_rules::message::catalogue()[0];
/// assert!(fuling_rules::message::render_number(n, &["a", "b", "c"]).is_some());
/// assert_eq!(fuling_rules::message::render_number(0, &[]), None);
/// ```
#[doc(hidden)]
#[cfg(feature = "message-text")]
pub fn render_number(number: u16, args: &[&str]) -> Option<(String, String)> {
    let (_, zh, en) = catalogue().into_iter().find(|&(n, _, _)| n == number)?;
    let args: Vec<&dyn Display> = args.iter().map(|a| a as &dyn Display).collect();
    Some((render(zh, &args), render(en, &args)))
}

#[cfg(feature = "message-text")]
fn templates(m: Msg) -> (&'static str, &'static str) {
    for &(base, rows) in AREAS {
        if m.0 >= base && m.0 < base + 1000 {
            if let Some(&pair) = rows.get(usize::from(m.0 - base)) {
                return pair;
            }
        }
    }
    // A `Msg` is only made by `messages!`, so every number has its row.
    ("", "")
}

/// `template` with `{N}` replaced by `args[N]`, `{{` by `{` and `}}` by `}` (a placeholder
/// beyond `args` is left as written, which the catalogue test rules out).
#[cfg(feature = "message-text")]
fn render(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut n = 0usize;
                let mut digits = String::new();
                while let Some(&d) = chars.peek() {
                    if let Some(v) = d.to_digit(10) {
                        n = n * 10 + v as usize;
                        digits.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                let closed = chars.peek() == Some(&'}');
                if closed {
                    chars.next();
                }
                match args.get(n) {
                    Some(a) if closed && !digits.is_empty() => {
                        let _ = write!(out, "{a}");
                    }
                    _ => {
                        out.push('{');
                        out.push_str(&digits);
                        if closed {
                            out.push('}');
                        }
                    }
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// The token of a message (the build without `message-text`): `U+E000 number (U+E001 arg)* U+E002`.
#[cfg(not(feature = "message-text"))]
fn token(m: Msg, args: &[&dyn Display]) -> String {
    let mut out = String::new();
    out.push('\u{E000}');
    crate::numbers::write_u64(&mut out, u64::from(m.0));
    for a in args {
        out.push('\u{E001}');
        let _ = write!(out, "{a}");
    }
    out.push('\u{E002}');
    out
}

#[cfg(feature = "message-text")]
impl Msg {
    /// The message in Chinese.
    pub(crate) fn zh(self, args: &[&dyn Display]) -> String {
        render(templates(self).0, args)
    }

    /// The message in English.
    pub(crate) fn en(self, args: &[&dyn Display]) -> String {
        render(templates(self).1, args)
    }

    /// The message in both languages, `(zh, en)`, for a pair of `message_zh`/`message_en` fields.
    pub(crate) fn pair(self, args: &[&dyn Display]) -> (String, String) {
        (self.zh(args), self.en(args))
    }
}

/// Without `message-text`, each language's message is the message's token.
#[cfg(not(feature = "message-text"))]
impl Msg {
    /// The message's token (rendered in Chinese by the npm package).
    pub(crate) fn zh(self, args: &[&dyn Display]) -> String {
        token(self, args)
    }

    /// The message's token (rendered in English by the npm package).
    pub(crate) fn en(self, args: &[&dyn Display]) -> String {
        token(self, args)
    }

    /// The message's token twice, for a pair of `message_zh`/`message_en` fields.
    pub(crate) fn pair(self, args: &[&dyn Display]) -> (String, String) {
        let t = token(self, args);
        (t.clone(), t)
    }
}

#[cfg(all(test, feature = "message-text"))]
mod tests {
    use super::*;

    /// The placeholders of a template, and whether its braces are balanced.
    fn placeholders(t: &str) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'{' if b.get(i + 1) == Some(&b'{') => i += 2,
                b'}' if b.get(i + 1) == Some(&b'}') => i += 2,
                b'{' => {
                    let end = t[i..].find('}')? + i;
                    out.push(t[i + 1..end].parse().ok()?);
                    i = end + 1;
                }
                b'}' => return None,
                _ => i += 1,
            }
        }
        Some(out)
    }

    #[test]
    fn every_row_is_well_formed() {
        let all = catalogue();
        let mut seen = alloc::collections::BTreeSet::new();
        for &(base, rows) in AREAS {
            assert_eq!(base % 1000, 0, "an area starts at a multiple of 1000");
            assert!(rows.len() < 1000, "area {base} is full");
        }
        for (n, zh, en) in all {
            assert!(seen.insert(n), "message {n} twice");
            assert!(!zh.is_empty() && !en.is_empty(), "message {n} has an empty template");
            for t in [zh, en] {
                assert!(placeholders(t).is_some(), "message {n}: unbalanced braces in {t:?}");
            }
        }
    }

    #[test]
    fn language_marks_write_their_text() {
        assert_eq!(format!("{}|{}", En("a"), Zh("b")), "a|b");
    }

    #[test]
    fn renders_like_format() {
        let (a, b): (&dyn Display, &dyn Display) = (&7, &"x");
        assert_eq!(
            render("{0} and {1}, {{literal}} {0}", &[a, b]),
            format!("{} and {}, {{literal}} {}", 7, "x", 7)
        );
        assert_eq!(render("no args", &[]), "no args");
        assert_eq!(render("{2}", &[a]), "{2}");
        assert_eq!(Quoted("a\"b").to_string(), format!("{:?}", "a\"b"));
    }
}
