//! Follow-up surveys: three and six months after an expo's last consultation day, at
//! 10:00 venue time, every supplier with held meetings is asked by email what came of
//! them, with each meeting's recorded result and a link to update it. Each supplier
//! once per milestone, even with several workers: a row in `follow_ups_sent` is
//! claimed in the same transaction that queues the message.

use chrono::{Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone as _};
use chrono_tz::Tz;
use diesel::dsl::max;
use diesel::prelude::*;

use super::QueueError;
use super::messages::{MailContext, queue_follow_up};
use crate::db::DbConnection;
use crate::db::schema::{consultation_days, expos, follow_ups_sent, meetings};
use crate::domain::SupplierId;
use crate::domain::status::{ExpoStatus, MeetingStatus};

/// Months after the last consultation day.
pub const MILESTONES: [u32; 2] = [3, 6];
/// Local venue time the survey goes out on its day.
pub const SEND_AT: (u32, u32) = (10, 0);
/// A milestone missed by more than this (the service was down that long) is skipped
/// rather than sent late.
pub const LATE_LIMIT: TimeDelta = TimeDelta::days(30);

/// When a milestone's survey is due, in UTC.
pub fn due_at(last_day: NaiveDate, months: u32, venue: Tz) -> Option<NaiveDateTime> {
    let day = last_day.checked_add_months(Months::new(months))?;
    let at = NaiveTime::from_hms_opt(SEND_AT.0, SEND_AT.1, 0)?;
    Some(
        venue
            .from_local_datetime(&day.and_time(at))
            .earliest()?
            .naive_utc(),
    )
}

/// Queues every survey due at `now` and not yet queued; returns how many.
pub fn queue_due(
    conn: &mut DbConnection,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<usize, QueueError> {
    // Expos whose last day lies in the window where some milestone can be due.
    // A day of slack on each side for the venue's time zone.
    let today = now.date();
    let (Some(newest), Some(oldest)) = (
        today.checked_sub_months(Months::new(MILESTONES[0])),
        today.checked_sub_months(Months::new(MILESTONES[1])),
    ) else {
        return Ok(0);
    };
    let (newest, oldest) = (
        newest + TimeDelta::days(1),
        oldest - LATE_LIMIT - TimeDelta::days(1),
    );
    let lasts: Vec<(i32, Option<NaiveDate>)> = consultation_days::table
        .group_by(consultation_days::expo_id)
        .select((consultation_days::expo_id, max(consultation_days::day)))
        .load(conn)?;
    let mut queued = 0;
    for (expo, last) in lasts {
        let Some(last) = last.filter(|d| *d >= oldest && *d <= newest) else {
            continue;
        };
        let (status, venue): (ExpoStatus, String) = expos::table
            .find(expo)
            .select((expos::status, expos::venue_timezone))
            .first(conn)?;
        if status == ExpoStatus::Draft {
            continue;
        }
        // A broken stored zone would send the survey at the wrong hour; the log says which.
        let venue = match crate::domain::TimeZone::stored(&venue) {
            Ok(zone) => zone.tz(),
            Err(e) => {
                tracing::error!(expo, error = %e, "no follow-up surveys for this expo");
                continue;
            }
        };
        for months in MILESTONES {
            let Some(due) = due_at(last, months, venue) else {
                continue;
            };
            if !(due <= now && now < due + LATE_LIMIT) {
                continue;
            }
            let mut suppliers: Vec<i32> = meetings::table
                .filter(meetings::expo_id.eq(expo))
                .filter(meetings::status.eq(MeetingStatus::Held))
                .select(meetings::supplier_id)
                .load(conn)?;
            suppliers.sort_unstable();
            suppliers.dedup();
            let done: Vec<i32> = follow_ups_sent::table
                .filter(follow_ups_sent::expo_id.eq(expo))
                .filter(follow_ups_sent::months.eq(i32::try_from(months).unwrap_or(0)))
                .select(follow_ups_sent::supplier_id)
                .load(conn)?;
            suppliers.retain(|s| !done.contains(s));
            for supplier in suppliers {
                let claimed = super::claim_then_queue(
                    conn,
                    |c| {
                        diesel::insert_into(follow_ups_sent::table)
                            .values((
                                follow_ups_sent::expo_id.eq(expo),
                                follow_ups_sent::supplier_id.eq(supplier),
                                follow_ups_sent::months.eq(i32::try_from(months).unwrap_or(0)),
                                follow_ups_sent::queued_at.eq(now),
                            ))
                            .execute(c)
                    },
                    |c| queue_follow_up(c, SupplierId(supplier), months, ctx, now),
                );
                match claimed {
                    Ok(true) => queued += 1,
                    Ok(false) => {}
                    // One supplier's failure must not stop everyone else's survey.
                    Err(e) => tracing::error!(expo, supplier, error = %e, "follow-up survey"),
                }
            }
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_survey_is_due_at_ten_venue_time_three_and_six_months_after_the_last_day() {
        let last = NaiveDate::from_ymd_opt(2026, 8, 31).expect("date");
        // 30 Nov 2026 (no 31st) 10:00 KST = 01:00 UTC.
        assert_eq!(
            due_at(last, 3, chrono_tz::Asia::Seoul)
                .expect("due")
                .to_string(),
            "2026-11-30 01:00:00"
        );
        assert_eq!(
            due_at(last, 6, chrono_tz::Asia::Seoul)
                .expect("due")
                .to_string(),
            "2027-02-28 01:00:00"
        );
    }
}
