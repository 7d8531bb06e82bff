//! `bindings-wasm/regulation.json` (from which the WebAssembly package's `articleText`
//! module is built) equals the text `Citation::text` gives for every article and item.

#[test]
fn shipped_regulation_json_matches_the_embedded_text() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../bindings-wasm/regulation.json");
    let shipped = std::fs::read_to_string(path).expect("bindings-wasm/regulation.json exists");
    assert!(
        shipped == fuling_rules::citation::regulation_json(),
        "bindings-wasm/regulation.json is stale; regenerate with \
         `cargo run -p fuling-rules-examples --bin gen-schemas`"
    );
}
