//! # fuling-rules-wasm
//!
//! The WebAssembly binding of [`fuling_rules`], published to JavaScript as the npm
//! package `fuling-rules` (built by `bindings-wasm/build.sh` with the
//! `wasm-bindgen` CLI into `pkg/web` for browsers and `pkg/node` for Node).
//!
//! The binding is thin: every export converts its arguments, calls the core (its
//! shared call types are [`fuling_rules::call`]) and maps the core's
//! [`fuling_rules::Error`] to a thrown JS `Error` whose `name` is
//! `RulesError`, with the stable `code`, the `article` (a citation object or
//! `null`), `message_zh` and `message_en`. Arguments of the wrong JS type
//! (a number where a date string is expected) throw a `TypeError`. Data objects
//! keep the core's snake_case JSON field names; only functions and methods are
//! camelCase.
//!
//! # No panic reaches JavaScript
//! The `wasm-release` profile uses `panic = "abort"`: a Rust panic would trap and
//! leave the instance unusable. So the binding never unwraps: JS inputs are
//! checked before they reach the core, JSON inputs go through
//! `JSON.stringify` and the core's JSON text reader (whose nesting limit of 128, serde_json's,
//! turns a deeply nested object into an error instead of a stack overflow), and the core itself
//! is written not to panic. `bindings-wasm/tests/junk.test.mjs` throws random junk
//! at every export and checks the instance still answers afterwards.
//!
//! The exports are rows of the core's tables, expanded by one macro each: the class methods and
//! module functions from `fuling_rules::for_each_method!` (`js_methods!`: one reader per argument
//! kind, one writer per answer kind, the doc comments from the rows), the `Calendar` calendar
//! methods from `fuling_rules::for_each_calendar_fn!`. Only `Project.statusWith` (its argument is
//! an `ApplicationRecord` object) and the calendar handle are written here.
//!
//! What only forwards to another export is JavaScript generated from the core's tables
//! (`cargo xtask codegen` writes `js/glue-tail.js`; build.sh appends it to the glue): the
//! module calendar functions (`addWorkingDays(date, n, calendar?)`, ...) and the check
//! functions (`checkCatalog(input)`, ...). The TypeScript declarations of the data objects
//! and of those functions are generated into `src/generated.d.ts` by the same command;
//! `src/types.d.ts` holds the few hand-written ones, which `tsc` checks against them.
//!
//! The exports are expanded by the macros of `src/table.rs` (with the readers by kind and the
//! writers by answer), which the optional module `fuling-rules/office` (crate
//! `bindings-wasm/office`: `Portfolio`, `migrate`) includes too: the back-office operations are
//! rows of the same table, not in this `.wasm`.
//!
//! The reader of State Council notice texts (`parseNotice`) is not in this crate: it is the
//! package's optional module `fuling-rules/notice` (crate `bindings-wasm/notice`, its own `.wasm`,
//! loaded only by a page that imports it). `Calendar.withNotice` here applies what it returns (a
//! `ParsedNotice`). Both crates convert arguments and throw errors with `src/js.rs`.
//!
//! Everything that touches `wasm-bindgen` is compiled only for
//! `target_family = "wasm"`, so `cargo test --workspace` and clippy stay native.

#[cfg(target_family = "wasm")]
mod js;

#[cfg(target_family = "wasm")]
#[macro_use]
mod table;

#[cfg(target_family = "wasm")]
mod api;

/// The readers `table.rs` takes from this crate (`read` re-exports them).
#[cfg(target_family = "wasm")]
use api::own;

/// The allocator of the `.wasm`: talc, smaller than Rust's default dlmalloc (benches/README.md, WASM).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
