//! Small text helpers shared by the rule code, written so that the `.wasm` carries one short
//! loop instead of a large generic function of the standard library per type
//! (benches/README.md, WASM).

use crate::prelude::*;
/// A table of names (JSON keys, enum names) stored as one text, each name followed by one
/// space (`"a b c "`): the `.wasm` holds one (pointer, length) pair per table where
/// `[&str; N]` holds one per name (8 bytes each, which compress badly; benches/README.md,
/// WASM). A name never contains a space (`#[derive(ToJson)]`/`FromJson` check theirs).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Names(&'static str);

impl Names {
    /// The table of `text`: empty, or names each followed by a space (checked at compile
    /// time where it is a `const`).
    pub(crate) const fn new(text: &'static str) -> Self {
        assert!(
            matches!(text.as_bytes(), [] | [.., b' ']),
            "a name table ends with a space"
        );
        Names(text)
    }

    /// The names one after the other, as stored (`"a b c "`).
    pub(crate) const fn text(self) -> &'static str {
        self.0
    }

    /// The name at `index` (`None` past the end).
    pub(crate) const fn get(self, index: usize) -> Option<&'static str> {
        let mut rest = self.0;
        let mut k = 0;
        loop {
            // The end of the next name: its space.
            let mut end = 0;
            let mut bytes = rest.as_bytes();
            while let [b, tail @ ..] = bytes {
                if *b == b' ' {
                    break;
                }
                end += 1;
                bytes = tail;
            }
            let Some((name, tail)) = rest.split_at_checked(end) else {
                return None;
            };
            let Some((_, tail)) = tail.split_at_checked(1) else {
                return None;
            };
            if k == index {
                return Some(name);
            }
            k += 1;
            rest = tail;
        }
    }

    /// The number of names (a `const` check that a hand-written table has one per variant,
    /// so no name holds a space).
    pub(crate) const fn len(self) -> usize {
        let (mut bytes, mut n) = (self.0.as_bytes(), 0);
        while let [b, tail @ ..] = bytes {
            if *b == b' ' {
                n += 1;
            }
            bytes = tail;
        }
        n
    }

    /// The names in order.
    pub(crate) fn iter(self) -> impl Iterator<Item = &'static str> {
        let mut rest = self.0;
        core::iter::from_fn(move || {
            let end = rest.bytes().position(|b| b == b' ')?;
            let name = rest.get(..end)?;
            rest = rest.get(end + 1..)?;
            Some(name)
        })
    }

    /// The position of `name` in the table.
    pub(crate) fn position(self, name: &str) -> Option<usize> {
        self.iter().position(|n| n == name)
    }

    /// The names joined by `sep`.
    pub(crate) fn join(self, sep: &str) -> String {
        let mut out = String::new();
        for (i, name) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(name);
        }
        out
    }
}

/// `parts` joined by `sep`, as `[S]::join` (and `concat` with `""`): a short loop where the
/// standard library's `join_generic_copy` takes about 1 KB of `.wasm` code per element type.
pub(crate) fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p.as_ref());
    }
    out
}

/// `s` without every trailing repetition of `suffix`, as `str::trim_end_matches` with a `&str`
/// pattern (which links a reverse two-way searcher, about 0.8 KB of `.wasm` code).
pub(crate) fn trim_suffix<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    if suffix.is_empty() {
        return s;
    }
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// Whether `s` contains the character `c`, as `str::contains(char)`, which for a character
/// outside ASCII links the standard library's substring searcher (`StrSearcher`, a two-way
/// search, about 2.5 KB of `.wasm` code).
pub(crate) fn has_char(s: &str, c: char) -> bool {
    s.chars().any(|x| x == c)
}

/// The byte position of the first `needle` in `s`, as `str::find(&str)` (which links the same
/// two-way searcher): a plain loop over the positions, for the short texts of the rule code.
pub(crate) fn find(s: &str, needle: &str) -> Option<usize> {
    let (s, needle) = (s.as_bytes(), needle.as_bytes());
    (0..=s.len().checked_sub(needle.len())?).find(|&i| s.get(i..).is_some_and(|rest| rest.starts_with(needle)))
}

/// `s` split at the first `needle`, as `str::split_once(&str)`.
pub(crate) fn split_once<'a>(s: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let i = find(s, needle)?;
    Some((s.get(..i)?, s.get(i + needle.len()..)?))
}

/// Appends `key` to `out` as a JSON Pointer token (RFC 6901: `~` as `~0`, `/` as `~1`), as
/// `key.replace('~', "~0").replace('/', "~1")` without the two copies and the generic `replace`.
pub(crate) fn push_pointer_token(out: &mut String, key: &str) {
    for c in key.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// `YYYY-MM-DD` → the date, or `None`.
pub(crate) fn iso_date(text: &str) -> Option<chrono::NaiveDate> {
    let mut parts = [0u32; 3];
    let mut fields = text.split('-');
    for (part, width) in parts.iter_mut().zip([4usize, 2, 2]) {
        let digits = fields.next()?;
        if digits.len() != width || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // At most 4 checked ASCII digits: their value without `str::parse` (0.3 KB of `.wasm`).
        *part = digits.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    }
    if fields.next().is_some() {
        return None;
    }
    let [y, m, d] = parts;
    chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// `s` without its first character if that is one of `chars`, as `str::strip_prefix` with a
/// character or an array of them (one copy of the standard library's per pattern type).
pub(crate) fn strip_char<'a>(s: &'a str, chars: &[char]) -> Option<&'a str> {
    let c = s.chars().next()?;
    if chars.contains(&c) {
        s.get(c.len_utf8()..)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{find, has_char, join, push_pointer_token, split_once, trim_suffix};

    #[test]
    fn as_the_standard_library() {
        for parts in [&[][..], &["a"][..], &["a", "", "bc"][..]] {
            assert_eq!(join(parts, "、"), parts.join("、"));
            let owned: Vec<String> = parts.iter().map(|p| (*p).to_owned()).collect();
            assert_eq!(join(&owned, ", "), owned.join(", "));
            assert_eq!(join(&owned, ""), owned.concat());
        }
        for (s, p) in [
            ("放假安排的通知的通知", "的通知"),
            ("", "x"),
            ("abab", "ab"),
            ("aba", "ab"),
            ("a", ""),
        ] {
            assert_eq!(trim_suffix(s, p), s.trim_end_matches(p));
            assert_eq!(find(s, p), s.find(p));
            assert_eq!(split_once(s, p), s.split_once(p));
        }
        for (s, p) in [
            ("1.2+provisional-2027+x", "+provisional-"),
            ("a", "ab"),
            ("", ""),
            ("通知的通知", "知的"),
        ] {
            assert_eq!(find(s, p), s.find(p));
            assert_eq!(split_once(s, p), s.split_once(p));
        }
        for key in ["", "a/b~c", "~1/", "名称"] {
            let mut out = String::from("/x/");
            push_pointer_token(&mut out, key);
            assert_eq!(out, format!("/x/{}", key.replace('~', "~0").replace('/', "~1")));
        }
        for t in [
            "2025-10-01",
            "0001-01-01",
            "9999-12-31",
            "2024-02-29",
            "2025-02-29",
            "2025-1-01",
            "2025-10-01-",
            "２０２５-10-01",
            "2025-13-01",
        ] {
            let std = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .ok()
                .filter(|_| t.len() == 10 && t.is_ascii());
            assert_eq!(super::iso_date(t), std, "{t}");
        }
        assert_eq!(super::iso_date("+025-10-01"), None);
        for s in ["", "元", "圆整", "x元", "-5", "负五", "¥1"] {
            assert_eq!(super::strip_char(s, &['元', '圆']), s.strip_prefix(['元', '圆']));
            assert_eq!(
                super::strip_char(s, &['-', '−', '－', '负']),
                s.strip_prefix(['-', '−', '－', '负'])
            );
            assert_eq!(super::strip_char(s, &['元']), s.strip_prefix('元'));
        }
        for s in ["", "a.b", "零〇一二", "x,y", "abc"] {
            for c in ['.', ',', '零', '二', '〔', 'z'] {
                assert_eq!(has_char(s, c), s.contains(c));
            }
        }
    }
}
