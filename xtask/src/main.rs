//! Repository tasks. One command writes every generated file:
//!
//! ```text
//! cargo xtask codegen           # (alias of `cargo run -p xtask -- codegen`) writes them all
//! cargo xtask codegen --check   # writes nothing; fails listing the stale files
//! ```
//!
//! What it writes, each from the Rust core (see [`outputs`]):
//! - `schemas/*.json`: the JSON Schemas of every input and result;
//! - `docs/process.md`: the state diagram, transition table and guards;
//! - `docs/articles.md`: for each article, everything that encodes it;
//! - `bindings-wasm/src/generated.d.ts`: the TypeScript declarations of the data objects;
//! - `bindings-wasm/regulation.json` and the JavaScript modules `bindings-wasm/js/*`
//!   (`articleText` with the core's error texts, `jsonSchema`) that build.sh copies into `pkg/`;
//! - `bindings-wasm/js/glue-tail.js`: the module functions that only forward to another export
//!   (calendar functions, checks), which build.sh appends to the wasm-bindgen glue.
//! - `bindings-wasm/js/messages.js`: the message catalogue and the renderer of the core's
//!   message tokens, which the three wasm modules import; its test fixture
//!   `bindings-wasm/tests/messages-rendered.json` (the core's renderings).
//! - `bindings-python/src/doc/*.txt`: the Python extension's runtime docstrings, from the
//!   docstrings of its stubs (`_native.pyi`), compiled in with `pydoc!`.
//!
//! It also checks what stays hand-written against the core: the field lists of the Python
//! record classes (`bindings-python/python/fuling_rules/_records.py`) against the JSON
//! Schemas of the records.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod articles;
mod docs;
mod glue;
mod import_notice;
mod js;
mod messages;
mod provisional;
mod python;
mod schemas;
mod ts;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

/// The command to run, as generated files name it.
pub const COMMAND: &str = "cargo xtask codegen";

/// One generated file: its path from the repository root and its content.
pub struct Output {
    pub path: String,
    pub content: String,
}

impl Output {
    fn new(path: impl Into<String>, content: impl Into<String>) -> Self {
        Output {
            path: path.into(),
            content: content.into(),
        }
    }
}

/// Folders whose files are all generated: a file there that no generator writes is stale.
const GENERATED_DIRS: &[(&str, &str)] = &[
    ("schemas", ".json"),
    ("bindings-wasm/js", ""),
    (python::DOC_DIR, ".txt"),
];

/// Every generated file.
fn outputs() -> AnyResult<Vec<Output>> {
    let mut out = schemas::outputs()?;
    out.push(docs::process_md());
    out.push(articles::articles_md(&root())?);
    out.push(ts::generated_d_ts()?);
    out.extend(js::outputs()?);
    out.extend(glue::outputs()?);
    out.extend(messages::outputs()?);
    out.push(provisional::provisional_md(&root())?);
    out.extend(python::doc_outputs(&root())?);
    Ok(out)
}

/// Checks of hand-written files against the core; each problem is one message.
fn checks() -> AnyResult<Vec<String>> {
    let mut problems = python::check_records(&root())?;
    problems.extend(python::check_docs_used(&root())?);
    Ok(problems)
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn codegen(check: bool) -> AnyResult<bool> {
    let root = root();
    let outputs = outputs()?;
    let mut stale = Vec::new();
    for o in &outputs {
        let path = root.join(&o.path);
        let have = std::fs::read_to_string(&path).ok();
        if have.as_deref() == Some(o.content.as_str()) {
            continue;
        }
        if check {
            stale.push(format!(
                "{} ({})",
                o.path,
                if have.is_some() { "differs" } else { "missing" }
            ));
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&path, &o.content)?;
            println!("codegen: wrote {}", o.path);
        }
    }
    for (dir, ext) in GENERATED_DIRS {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let name = entry?.file_name().to_string_lossy().into_owned();
            let rel = format!("{dir}/{name}");
            if name.ends_with(ext) && !outputs.iter().any(|o| o.path == rel) {
                if check {
                    stale.push(format!("{rel} (no generator writes it)"));
                } else {
                    std::fs::remove_file(root.join(&rel))?;
                    println!("codegen: removed {rel} (no generator writes it)");
                }
            }
        }
    }
    let problems = checks()?;
    for p in &problems {
        eprintln!("codegen: {p}");
    }
    if !stale.is_empty() {
        eprintln!("codegen: {} generated file(s) are stale:", stale.len());
        for s in &stale {
            eprintln!("  {s}");
        }
        eprintln!("regenerate them with `{COMMAND}` (or `cargo run -p xtask -- codegen`) and commit the result");
    }
    if check && stale.is_empty() && problems.is_empty() {
        println!("codegen: {} generated files are current", outputs.len());
    }
    Ok(stale.is_empty() && problems.is_empty())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["import-notice", rest @ ..] => return import_notice::run(rest),
        _ => {
            eprintln!(
                "usage: cargo xtask codegen [--check]\n       cargo xtask import-notice NOTICE.txt [--data FILE] [--check]\n  (or: cargo run -p xtask -- …)"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("codegen: {e}");
            ExitCode::FAILURE
        }
    }
}
