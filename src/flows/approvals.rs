//! An organizer approves or rejects a supplier's registration; the supplier is told
//! in the same transaction.

use chrono::NaiveDateTime;

use crate::domain::status::SupplierStatus;
use crate::domain::{OrganizerId, SupplierId};
use crate::mail::messages::{MailContext, queue_supplier_decision};
use crate::store::{DbConnection, StoreError, suppliers};

#[derive(Debug, thiserror::Error)]
pub enum DecisionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] crate::mail::QueueError),
}

impl From<diesel::result::Error> for DecisionError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Store(e.into())
    }
}

/// Approves (reason may be empty) or rejects (with the reason the supplier reads).
/// Errors: `Store(NotFound)` for an unknown supplier or one whose email is unverified.
pub fn decide(
    conn: &mut DbConnection,
    supplier: SupplierId,
    approve: bool,
    reason: &str,
    organizer: OrganizerId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), DecisionError> {
    conn.write_tx(|conn| {
        let status = if approve {
            SupplierStatus::Approved
        } else {
            SupplierStatus::Rejected
        };
        suppliers::set_status(conn, supplier, status, reason, Some(organizer.0), now)?;
        queue_supplier_decision(conn, supplier, approve, reason, ctx, now)?;
        Ok(())
    })
}
