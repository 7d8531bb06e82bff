//! # fuling-rules-office-wasm
//!
//! The optional module `fuling-rules/office` of the npm package `fuling-rules` (built by
//! `bindings-wasm/build.sh` into `pkg/web/office.js` and `pkg/node/office.js`, each with its own
//! `.wasm`): the back-office operations, which no form page needs:
//! - `Portfolio` (`fuling_rules::portfolio`): application records and projects loaded together,
//!   the agenda (`agenda(asOf, options)`) and the fund view (`fundView(year, options)`);
//! - `migrate(records)` (`fuling_rules::records::migrate`): the batch migration of stored schema-1
//!   project files. (Loading one schema-1 record, `Project.fromJson`, stays in the main module.)
//!
//! They are a module of their own so that the main module, which every form page loads, does not
//! carry them (issue 17). Their exports are rows of the core's table
//! (`fuling_rules::for_each_method!`: the `Portfolio` rows and the rows whose feature is
//! `"office"`), expanded by the main module's macros and readers (`src/table.rs` of
//! `bindings-wasm`, included here with `src/js.rs`), so both modules read arguments and throw
//! errors the same way.
//!
//! Objects do not cross from one wasm instance to the other. Records are JSON: record objects,
//! their JSON text, or the main module's `Project` / `ApplicationRecord` objects, which are read
//! through their `toJSON` (so passing them works). A calendar is its description, a `CalendarSpec`
//! (`{ calendar, notices, provisionalUntil }`, read by the reader the notice module shares,
//! `src/js.rs`'s `calendar_spec`), or calendar data alone (`CalendarData`, or its JSON text: what
//! the main module's `Calendar.fromJson` reads); a `Calendar` object of the main module is a
//! `TypeError` saying so.

#![cfg_attr(target_family = "wasm", no_std)]

#[cfg(target_family = "wasm")]
extern crate alloc;

#[cfg(target_family = "wasm")]
#[allow(dead_code)] // the conversions this module does not need (notice data, …)
#[path = "../../src/js.rs"]
mod js;

#[cfg(target_family = "wasm")]
#[macro_use]
#[allow(dead_code, unused_macros)] // the answer forms and readers no office row uses
#[path = "../../src/table.rs"]
mod table;

#[cfg(target_family = "wasm")]
mod portfolio;

/// The readers `table.rs` takes from this crate (`read` re-exports them).
#[cfg(target_family = "wasm")]
use portfolio::own;

/// The allocator of the `.wasm`: talc, as in the main module.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// On wasm the crate is `no_std` (so is the core, built without its feature `std`): a panic, which
/// the code is written never to reach, traps at once (`unreachable`), as `panic = "abort"` did,
/// formatting nothing, and the standard library's panic runtime is not linked. (The messages and
/// locations that `core`'s panicking functions are given stay in the `.wasm`: on stable Rust this
/// handler is an exported symbol LTO cannot drop its argument from; benches/README.md, WASM.)
#[cfg(target_family = "wasm")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    core::arch::wasm32::unreachable()
}
