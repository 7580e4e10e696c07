//! Use cases that change data and notify people in one transaction: they combine
//! `store` (the queries) and `mail` (the messages). Web handlers call these; nothing
//! here knows about HTTP.

pub mod approvals;
pub mod attendance;
pub mod booking;
pub mod interpreters;
pub mod invitations;
pub mod meetings;
pub mod privacy;
pub mod requests;
pub mod scheduling;
