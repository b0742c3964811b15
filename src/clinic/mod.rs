//! The clinic's details and office hours. Pure Rust; the clock is passed in.
