//! The binary Trunk builds: it only starts the widget library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    resistance_check::embed::start();
}
