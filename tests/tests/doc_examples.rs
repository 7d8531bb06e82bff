//! Issue 7 (public API review): every public item of the core crate has a doc
//! comment with an `# Example` section.
//!
//! A line-based scanner over `core/src/**/*.rs`: every line that starts (after
//! indentation) with `pub fn`, `pub const fn`, `pub struct`, `pub enum`, `pub type`
//! or `pub const` is an item (`pub(crate)`/`pub(super)` items, fields and enum
//! variants are not); items inside `#[cfg(test)]` modules, inline or in their own
//! file, are skipped; items written inside `macro_rules!` bodies are scanned like any
//! other (their doc comments are in the macro text). The item's doc block is the run of
//! `///`, `#[...]` and plain `//` comment lines directly above it; it must contain a
//! `# Example` heading.
//!
//! Items listed in `tests/doc_examples_allow.txt` (`path:item  # reason`) are exempt;
//! the file is for items where a doc example cannot be placed, each with its reason.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const ITEM_PREFIXES: &[&str] = &[
    "pub fn ",
    "pub const fn ",
    "pub struct ",
    "pub enum ",
    "pub type ",
    "pub const ",
];

fn core_src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../core/src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The files declared as `#[cfg(test)] mod name;` (test modules in their own file).
fn test_module_files(file: &Path, text: &str) -> Vec<PathBuf> {
    let dir = if file.file_name().is_some_and(|n| n == "mod.rs" || n == "lib.rs") {
        file.parent().unwrap().to_path_buf()
    } else {
        file.with_extension("")
    };
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if let Some(name) = l.strip_prefix("mod ").and_then(|r| r.strip_suffix(';'))
            && i > 0
            && lines[i - 1] == "#[cfg(test)]"
        {
            out.push(dir.join(format!("{name}.rs")));
            out.push(dir.join(name).join("mod.rs"));
        }
    }
    out
}

/// The item's name: `fn foo(` → `foo`, `struct Bar<T>` → `Bar`, `const X: u32` → `X`.
fn item_name(rest: &str) -> String {
    rest.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect()
}

/// `(line number, item)` of every public item without an `# Example` in its doc block.
fn missing_examples(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut missing = Vec::new();
    // Inline `#[cfg(test)] mod x { ... }`: skip to the matching closing brace.
    let mut skip_depth: Option<i64> = None;
    let mut depth: i64 = 0;
    let mut cfg_test_pending = false;
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        let opens = raw.matches('{').count() as i64;
        let closes = raw.matches('}').count() as i64;
        if let Some(d) = skip_depth {
            depth += opens - closes;
            if depth <= d {
                skip_depth = None;
            }
            continue;
        }
        if line == "#[cfg(test)]" {
            cfg_test_pending = true;
            depth += opens - closes;
            continue;
        }
        if cfg_test_pending && line.starts_with("mod ") && line.ends_with('{') {
            skip_depth = Some(depth);
            depth += opens - closes;
            cfg_test_pending = false;
            continue;
        }
        if !line.starts_with("#[") {
            cfg_test_pending = false;
        }
        depth += opens - closes;
        let Some(rest) = ITEM_PREFIXES.iter().find_map(|p| line.strip_prefix(p).map(|r| (p, r))) else {
            continue;
        };
        let (prefix, rest) = rest;
        // Walk up over attributes (possibly multi-line) and doc comments.
        let mut has_example = false;
        let mut j = i;
        let mut in_attr = false;
        while j > 0 {
            j -= 1;
            let l = lines[j].trim();
            if in_attr {
                if l.starts_with("#[") {
                    in_attr = false;
                }
                continue;
            }
            if let Some(doc) = l.strip_prefix("///") {
                let doc = doc.trim();
                if doc == "# Example" || doc == "# Examples" {
                    has_example = true;
                }
            } else if l.starts_with("#[") || l.starts_with("$(#[") || l.starts_with("//") {
                // a one-line attribute or a plain comment between the doc and the item: keep walking up
            } else if l.ends_with(")]") || l == "]" {
                in_attr = true;
            } else {
                break;
            }
        }
        if !has_example {
            let kind = prefix.trim_start_matches("pub ").trim_end();
            missing.push((i + 1, format!("{kind} {}", item_name(rest))));
        }
    }
    missing
}

fn allow_list() -> BTreeSet<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("doc_examples_allow.txt");
    let Ok(text) = std::fs::read_to_string(path) else {
        return BTreeSet::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_public_item_has_a_doc_example() {
    let root = core_src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut test_files = BTreeSet::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        test_files.extend(test_module_files(f, &text));
    }
    let allow = allow_list();
    let mut used_allow = BTreeSet::new();
    let mut report = Vec::new();
    let mut scanned = 0;
    for f in &files {
        if test_files.contains(f) {
            continue;
        }
        scanned += 1;
        let text = std::fs::read_to_string(f).unwrap();
        let rel = f.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        for (line, item) in missing_examples(&text) {
            let name = item.rsplit(' ').next().unwrap_or(&item).to_string();
            let key = format!("{rel}:{name}");
            if allow.contains(&key) {
                used_allow.insert(key);
            } else {
                report.push(format!("core/src/{rel}:{line}: {item}"));
            }
        }
    }
    assert!(scanned > 20, "scanned only {scanned} files under {}", root.display());
    let stale: Vec<&String> = allow.difference(&used_allow).collect();
    assert!(
        report.is_empty() && stale.is_empty(),
        "{} public item(s) without `# Example` in their doc comment:\n{}\n\
         stale entries in tests/doc_examples_allow.txt (now documented or gone): {stale:?}",
        report.len(),
        report.join("\n"),
    );
}

#[test]
fn the_scanner_sees_what_it_should() {
    let src = r#"
/// Documented.
///
/// # Example
/// ```
/// ```
#[derive(Debug)]
#[serde(
    rename_all = "snake_case"
)]
pub struct Good;

/// No example.
pub enum Bad { A }

/// # Example
/// ```
/// ```
// a plain comment between the doc and the item
#[derive(Debug)]
pub struct AlsoGood;

impl Good {
    /// Field-like consts count too.
    pub const X: u32 = 1;
    pub(crate) fn hidden() {}
    /// # Example
    /// ```
    /// ```
    pub const fn ok() {}
}

#[cfg(test)]
mod tests {
    pub fn helper() {}
}
pub type Alias = u32;
"#;
    let names: Vec<String> = missing_examples(src).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, ["enum Bad", "const X", "type Alias"]);
}
