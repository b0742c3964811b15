//! Resistance Check: a self-assessment widget that reads a visitor's Botox treatment
//! history in their own browser and says what the pattern looks like.
//!
//! The pure parts (`date`, `engine`, `clinic`, `form`) build and test natively; so do the
//! Yew components (`ui`), which render the first step to HTML at build time; the browser's
//! side of embedding (`embed`) exists only for `wasm32`.

pub mod chart;
pub mod clinic;
pub mod date;
pub mod engine;
pub mod form;
pub mod handover;
pub mod i18n;
pub mod sorting;

/// What every console line of the widget starts with: its name and release, so that a
/// report from a page says which version wrote it.
pub const CONSOLE_PREFIX: &str = concat!("resistance-check ", env!("CARGO_PKG_VERSION"), ": ");

#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod ui;

// Talc instead of the standard dlmalloc: about 7 KB smaller in the wasm. The widget is
// single-threaded (no atomics target feature), which is what this allocator expects.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
