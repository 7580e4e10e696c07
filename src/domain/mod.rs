//! Pure types and rules. No diesel, actix or lettre here: values are parsed once at
//! the edge into these types and are valid from then on.

pub mod attendance;
pub mod display;
pub mod ids;
pub mod import;
pub mod interpreting;
pub mod mail_kind;
pub mod matching;
pub mod online;
pub mod outcome;
pub mod password;
pub mod privacy;
pub mod profile;
pub mod proxy;
pub mod reference;
pub mod report;
pub mod role;
pub mod scheduler;
pub mod search;
pub mod secrets;
pub mod setup;
pub mod slots;
pub mod staff;
pub mod status;
pub mod supplier;
pub mod text;
pub mod token;
pub mod values;

pub use ids::*;
pub use role::{Party, Role};
pub use values::{CountryCode, EmailAddress, FieldError, PersonName, TimeZone, UnknownStoredZone};
