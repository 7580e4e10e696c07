//! When a meeting's attendance (held or no-show) may be recorded, and until when that
//! record may be undone. Attendance is a fact about a meeting that has begun: before
//! its start it is recorded only as an exception the person explains.

use chrono::{NaiveDateTime, NaiveTime, TimeDelta, TimeZone as _};
use chrono_tz::Tz;

use super::text::Text;

/// The longest explanation kept for an early record.
pub const REASON_MAX: usize = 500;

/// Why attendance cannot be recorded now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The meeting has not started and no reason was given.
    NotStarted,
    /// The reason is longer than [`REASON_MAX`] characters.
    ReasonTooLong,
}

impl Refusal {
    pub fn text(&self) -> Text {
        match self {
            Self::NotStarted => crate::text!("err-ops-attendance-not-started"),
            Self::ReasonTooLong => {
                crate::text!("err-ops-attendance-reason-long", max = REASON_MAX)
            }
        }
    }
}

/// Checks a record of attendance made at `now` for a meeting starting at `starts_at`.
/// Returns the reason to keep with it: empty once the meeting has started (a reason
/// given then is kept too), required before.
pub fn may_record(
    starts_at: NaiveDateTime,
    now: NaiveDateTime,
    reason: &str,
) -> Result<String, Refusal> {
    let reason = reason.trim();
    if reason.chars().count() > REASON_MAX {
        return Err(Refusal::ReasonTooLong);
    }
    if now < starts_at && reason.is_empty() {
        return Err(Refusal::NotStarted);
    }
    Ok(reason.to_owned())
}

/// The instant (UTC) until which a record made at `marked_at` can be undone: the end of
/// the venue's day on which it was made, or of the meeting's own day if that is later
/// (an early record can be taken back until the meeting's day is over).
pub fn undo_until(starts_at: NaiveDateTime, marked_at: NaiveDateTime, venue: Tz) -> NaiveDateTime {
    let day = |at: NaiveDateTime| venue.from_utc_datetime(&at).date_naive();
    let last = day(starts_at).max(day(marked_at));
    let next = last + TimeDelta::days(1);
    // The first instant of the next local day; where midnight falls in a gap, the
    // hour after it.
    let midnight = next.and_time(NaiveTime::MIN);
    venue
        .from_local_datetime(&midnight)
        .earliest()
        .or_else(|| {
            venue
                .from_local_datetime(&(midnight + TimeDelta::hours(1)))
                .earliest()
        })
        .map_or(midnight, |at| at.naive_utc())
}

/// Whether a record made at `marked_at` can still be undone at `now`.
pub fn can_undo(
    starts_at: NaiveDateTime,
    marked_at: NaiveDateTime,
    now: NaiveDateTime,
    venue: Tz,
) -> bool {
    now < undo_until(starts_at, marked_at, venue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, d)
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .expect("a date")
    }

    #[test]
    fn attendance_is_recorded_once_the_meeting_has_started() {
        assert_eq!(
            may_record(at(10, 1, 0), at(10, 1, 0), ""),
            Ok(String::new())
        );
        assert_eq!(
            may_record(at(10, 1, 0), at(10, 3, 0), " "),
            Ok(String::new())
        );
        assert_eq!(
            may_record(at(10, 1, 0), at(10, 0, 59), ""),
            Err(Refusal::NotStarted)
        );
    }

    #[test]
    fn an_early_record_needs_a_reason_within_the_limit() {
        assert_eq!(
            may_record(at(10, 1, 0), at(9, 1, 0), "  cancelled by phone "),
            Ok("cancelled by phone".to_owned())
        );
        let long = "x".repeat(REASON_MAX + 1);
        assert_eq!(
            may_record(at(10, 1, 0), at(9, 1, 0), &long),
            Err(Refusal::ReasonTooLong)
        );
    }

    #[test]
    fn a_record_can_be_undone_until_the_venue_day_ends() {
        let seoul = chrono_tz::Asia::Seoul;
        // 10:00 KST on the 10th is 01:00 UTC; the Seoul day ends at 15:00 UTC.
        let starts = at(10, 1, 0);
        assert_eq!(undo_until(starts, at(10, 2, 0), seoul), at(10, 15, 0));
        assert!(can_undo(starts, at(10, 2, 0), at(10, 14, 59), seoul));
        assert!(!can_undo(starts, at(10, 2, 0), at(10, 15, 0), seoul));
        // Recorded the next venue day: undone until that day ends.
        assert_eq!(undo_until(starts, at(11, 0, 0), seoul), at(11, 15, 0));
        // Recorded early, with a reason: until the meeting's day is over.
        assert_eq!(undo_until(starts, at(8, 3, 0), seoul), at(10, 15, 0));
    }
}
