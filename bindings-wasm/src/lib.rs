//! WASM binding (filled by the WASM binding issue).
