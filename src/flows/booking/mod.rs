//! A buyer's side of booking: the supplier directory, the free slots of a supplier,
//! booking, moving and cancelling. Every write re-checks the rules inside its
//! transaction; the partial unique indexes have the last word under races.

mod availability;
mod book;
mod changes;

pub use crate::store::directory::{BuyerFacts, SupplierCard, buyer_facts, supplier_cards};
pub use availability::{Availability, availability};
pub use book::book;
pub use changes::{cancel_meeting, move_meeting, own_meeting_slot, own_meeting_supplier};

use chrono::NaiveDateTime;

use crate::domain::SlotId;
use crate::domain::text::Text;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum BookError {
    /// Someone took it a moment ago; here are the nearest free ones.
    #[error("this slot was just taken")]
    Taken {
        alternatives: Vec<(SlotId, NaiveDateTime, NaiveDateTime)>,
    },
    /// The slot was never on offer to this buyer (or booking is closed): says why.
    #[error("{0}")]
    NotOffered(Text),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] crate::mail::QueueError),
}

impl From<diesel::result::Error> for BookError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Store(e.into())
    }
}
