//! The clinic's details and office hours. Pure Rust; the clock is passed in.

pub mod booking;
pub mod config;
pub mod hours;
pub mod privacy;

pub use booking::booking_href;
pub use config::{
    contrast_ratio, ClinicConfig, ConfigWarning, Language, OfferedPaths, OwnContacts,
};
pub use hours::{
    format_time_12h, format_time_24h, ClinicClock, DayHours, HourCycle, NextOpening, OfficeStatus,
    SpecialHours, WeeklyHours,
};
