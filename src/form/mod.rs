//! The visitor's answers as given, and how they become a contract history: the quick
//! check's one-tap answers, the detailed path's visits, and the state machine of the steps.
//! Pure Rust, tested natively.

pub mod kept;
pub mod quick;
pub mod state;
pub mod visits;
pub mod weeks;
