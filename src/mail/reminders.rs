//! The evening-before reminder: at 18:00 venue time on the day before a consultation
//! day, everyone with meetings that day gets the list. Each person once per day, even
//! with several workers: a row in `reminders_sent` is claimed before queuing.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone as _};
use chrono_tz::Tz;
use diesel::prelude::*;

use super::QueueError;
use super::messages::{AgendaKind, MailContext, queue_agenda};
use crate::db::DbConnection;
use crate::db::schema::{consultation_days, expos, meetings, reminders_sent, slots};
use crate::domain::Role;
use crate::domain::status::{ExpoStatus, MeetingStatus};

/// Local venue time of the reminder, on the day before.
pub const REMINDER_AT: (u32, u32) = (18, 0);

/// The UTC window in which a day's reminders are due: from 18:00 venue time the day
/// before until the day starts.
pub fn window(
    day: NaiveDate,
    starts: NaiveTime,
    venue: Tz,
) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let at = NaiveTime::from_hms_opt(REMINDER_AT.0, REMINDER_AT.1, 0)?;
    let from = venue
        .from_local_datetime(&(day - TimeDelta::days(1)).and_time(at))
        .earliest()?;
    let until = venue
        .from_local_datetime(&day.and_time(starts))
        .earliest()?;
    Some((from.naive_utc(), until.naive_utc()))
}

/// Queues every reminder that is due at `now` and not yet queued; returns how many.
pub fn queue_due(
    conn: &mut DbConnection,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<usize, QueueError> {
    let yesterday = now.date() - TimeDelta::days(1);
    let days: Vec<(i32, NaiveDate, NaiveTime, String)> = consultation_days::table
        .inner_join(expos::table)
        .filter(expos::status.ne(ExpoStatus::Draft))
        .filter(consultation_days::day.ge(yesterday))
        .filter(consultation_days::day.le(now.date() + TimeDelta::days(2)))
        .select((
            consultation_days::id,
            consultation_days::day,
            consultation_days::starts_at,
            expos::venue_timezone,
        ))
        .load(conn)?;
    let mut queued = 0;
    for (day_id, day, starts, venue) in days {
        // A broken stored zone would send the reminder hours off; the log says which.
        let venue = match crate::domain::TimeZone::stored(&venue) {
            Ok(zone) => zone.tz(),
            Err(e) => {
                tracing::error!(day_id, error = %e, "no reminders for this day");
                continue;
            }
        };
        let Some((from, until)) = window(day, starts, venue) else {
            continue;
        };
        if !(from <= now && now < until) {
            continue;
        }
        let people: Vec<(i32, i32)> = meetings::table
            .inner_join(slots::table)
            .filter(slots::day_id.eq(day_id))
            .filter(meetings::status.eq(MeetingStatus::Booked))
            .select((meetings::buyer_id, meetings::supplier_id))
            .load(conn)?;
        let mut targets: Vec<(Role, i32)> = people
            .iter()
            .flat_map(|&(b, s)| [(Role::Buyer, b), (Role::Supplier, s)])
            .collect();
        targets.sort_by_key(|(r, id)| (r.as_str(), *id));
        targets.dedup();
        let done: Vec<(String, i32)> = reminders_sent::table
            .filter(reminders_sent::day_id.eq(day_id))
            .select((reminders_sent::role, reminders_sent::person_id))
            .load(conn)?;
        targets.retain(|(r, id)| !done.iter().any(|(dr, did)| dr == r.as_str() && did == id));
        for (role, person) in targets {
            let claimed = super::claim_then_queue(
                conn,
                |c| {
                    diesel::insert_into(reminders_sent::table)
                        .values((
                            reminders_sent::day_id.eq(day_id),
                            reminders_sent::role.eq(role.as_str()),
                            reminders_sent::person_id.eq(person),
                            reminders_sent::queued_at.eq(now),
                        ))
                        .execute(c)
                },
                |c| queue_agenda(c, role, person, AgendaKind::Reminder(day), ctx, now),
            );
            match claimed {
                Ok(true) => queued += 1,
                Ok(false) => {}
                // One person's failure must not stop everyone else's reminder.
                Err(e) => tracing::error!(day_id, person, error = %e, "reminder"),
            }
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reminder_window_opens_at_six_the_evening_before_in_venue_time() {
        let day = NaiveDate::from_ymd_opt(2026, 9, 8).expect("date");
        let nine = NaiveTime::from_hms_opt(9, 0, 0).expect("time");
        let (from, until) = window(day, nine, chrono_tz::Asia::Seoul).expect("window");
        // 18:00 KST on 7 Sep = 09:00 UTC; 09:00 KST on 8 Sep = 00:00 UTC.
        assert_eq!(from.to_string(), "2026-09-07 09:00:00");
        assert_eq!(until.to_string(), "2026-09-08 00:00:00");
    }
}
