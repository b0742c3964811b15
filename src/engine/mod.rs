//! The assessment engine: a treatment history in, an assessment out. Pure Rust.
