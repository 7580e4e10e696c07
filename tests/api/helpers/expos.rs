//! Expos a test makes beside the demo's.

use expomatch::db::DbConnection;
use expomatch::domain::status::{ExpoStatus, MeetingMode};
use expomatch::domain::{ExpoId, TimeZone};
use expomatch::store::{self, expos};

/// An open expo in Seoul time with self-booking and requests, no booking window and
/// no days yet.
pub fn open_expo(c: &mut DbConnection, name: &str, venue: &str) -> ExpoId {
    expos::create(
        c,
        &expos::NewExpo {
            name,
            venue,
            venue_timezone: TimeZone::parse("Asia/Seoul").expect("zone"),
            description: "",
            status: ExpoStatus::Open,
            booking_opens_at: None,
            booking_closes_at: None,
            self_booking: true,
            requests_enabled: true,
            max_meetings_per_participant: None,
            request_expiry_days: 7,
            retention_days: 365,
            fixed_side: "supplier",
            sender_name: "",
            contact_email: "",
            meeting_mode: MeetingMode::Table,
            video_base_url: "",
            reminder_minutes: 15,
        },
        store::now(),
    )
    .expect("expo")
}
