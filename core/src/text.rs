//! Small text helpers shared by the rule code, written so that the `.wasm` carries one short
//! loop instead of a large generic function of the standard library per type
//! (benches/README.md, WASM).

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

/// `YYYY-MM-DD` → the date, or `None`.
pub(crate) fn iso_date(text: &str) -> Option<chrono::NaiveDate> {
    let mut parts = [0u32; 3];
    let mut fields = text.split('-');
    for (part, width) in parts.iter_mut().zip([4usize, 2, 2]) {
        let digits = fields.next()?;
        if digits.len() != width || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *part = digits.parse().ok()?;
    }
    if fields.next().is_some() {
        return None;
    }
    let [y, m, d] = parts;
    chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

#[cfg(test)]
mod tests {
    use super::{join, trim_suffix};

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
        }
    }
}
