//! The clinic's details and office hours. Pure Rust; the clock and the browser's URL parser
//! and time-zone database are passed in.

pub mod attributes;
pub mod booking;
pub mod check;
pub mod config;
pub mod emergency;
pub mod hours;
pub mod phone;
pub mod privacy;
pub mod rules;
pub mod warning;

pub use booking::{booking_href, directions_href};
pub use config::{ClinicConfig, Language, OwnContacts};
pub use hours::{
    format_time_12h, format_time_24h, ClinicClock, DayHours, HourCycle, NextOpening, OfficeStatus,
    SpecialHours, WeeklyHours,
};
pub use rules::{contrast_ratio, Browser, OfferedPaths, ParsedUrl, Phone, DEFAULT_HEADING_LEVEL};
pub use warning::{ConfigWarning, Replacement};
