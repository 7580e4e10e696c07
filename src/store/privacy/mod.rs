//! Personal data under PIPA: the privacy notice and its versions, consents, what the
//! service holds about one person (the export), deletion requests, forgetting a person
//! (anonymizing, keeping meetings and outcomes for the report), and the retention
//! purge that the `purge` command and the server's daily job share.

mod consents;
mod deletion;
mod export;
mod forget;
mod notice;
mod retention;

pub use consents::{
    Consent, consent_due, consent_for_demo, consents_of, record_consents, withdraw,
};
pub use deletion::{PendingDeletion, carry_out, open_request, pending_deletions, request_deletion};
pub use export::{
    Fields, MeetingEntry, MessageEntry, PersonalData, RatingEntry, RequestEntry, export,
};
pub use forget::{forget, is_forgotten};
pub use notice::{Notice, current_notice, retention_by_expo, save_notice};
pub use retention::{PurgeReport, purge};
