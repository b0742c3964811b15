//! Resistance Check: a self-assessment widget that reads a visitor's Botox treatment
//! history in their own browser and says what the pattern looks like.
//!
//! The pure parts (`date`, `engine`, `clinic`) build and test natively; the browser parts
//! (`ui`, `embed`) exist only for `wasm32`.

pub mod chart;
pub mod clinic;
pub mod date;
pub mod engine;
pub mod form;
pub mod i18n;
pub mod sorting;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
