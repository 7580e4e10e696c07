//! The organizer's scheduling: accepted requests in, a draft schedule out (invisible
//! to participants), then published as meetings with each participant's agenda
//! emailed. Existing meetings stay where they are, unless the organizer allows moves:
//! then meetings the scheduler placed before (booked, not started) may move, as few
//! as possible, and publishing tells only the two participants of each moved one.
//! Also the "suggested pairs": the best matches per buyer that have no meeting yet.

pub mod improve;
mod problem;
mod publish;
mod run;
mod suggestions;
mod view;

pub use publish::{discard, publish};
pub use run::run;
pub use suggestions::{Suggestion, suggested_pairs};
pub use view::{MoveLine, RunLine, RunRow, RunView, runs, view, waiting};

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    #[error("not found")]
    NotFound,
    /// Not possible now, with the reason a person reads (a catalogue key).
    #[error("{0}")]
    Refused(crate::domain::text::Text),
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
    #[error(transparent)]
    Mail(#[from] crate::mail::QueueError),
}

impl From<StoreError> for ScheduleError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::NotFound,
            StoreError::Conflict(why) => {
                Self::Refused(crate::text!("err-schedule-conflict", why = why))
            }
            StoreError::Db(e) => Self::Db(e),
        }
    }
}
