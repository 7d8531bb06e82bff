//! Regenerates `schemas/<name>.json` (one file per name in
//! `fuling_rules::schema::SCHEMA_NAMES`) from the Rust types, and
//! `bindings-wasm/regulation.json` (every article's and item's text, as
//! `Citation::text` gives it) from which the WebAssembly package's `articleText` is built.
//!
//! Run: `cargo run -p fuling-rules-examples --bin gen-schemas`.
//! The test `schema_files_match_the_types` (tests crate) fails when a file is stale.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("schemas");
    std::fs::create_dir_all(&dir)?;
    for (name, text) in fuling_rules::schema::all_schema_files()? {
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, text)?;
        println!("wrote {}", path.display());
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../bindings-wasm/regulation.json");
    std::fs::write(&path, fuling_rules::citation::regulation_json())?;
    println!("wrote {}", path.display());
    Ok(())
}
