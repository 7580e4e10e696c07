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
use crate::domain::status::{ExpoStatus, MeetingStatus};
use crate::domain::{Party, Role};

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

/// The longest reminder lead an expo can set (minutes); meetings further ahead are not
/// looked at.
pub const MAX_SOON_MINUTES: i64 = 240;

/// The kind of non-essential email a person can turn off: the reminder shortly before
/// each meeting.
pub const SOON_KIND: &str = "meeting_reminder";

/// When the short reminder of a meeting starting at `starts` (UTC) is due: `minutes`
/// before it, in absolute time, so a daylight-saving change at the venue or at the
/// person's home moves neither the meeting nor its reminder.
pub fn soon_due(starts: NaiveDateTime, minutes: i32) -> NaiveDateTime {
    starts - TimeDelta::minutes(i64::from(minutes))
}

/// Queues each reminder shortly before a meeting that is due at `now` and not yet
/// queued: once per person, meeting and start time, even with several workers (the
/// claim in `meeting_reminders` comes first); none for a cancelled meeting, nor at a
/// moved meeting's old time, nor for a person who turned them off. Returns how many.
pub fn queue_soon_due(
    conn: &mut DbConnection,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<usize, QueueError> {
    use crate::db::schema::meeting_reminders;
    let rows: Vec<(i32, i32, i32, Option<i32>, NaiveDateTime, i32)> = meetings::table
        .inner_join(slots::table)
        .inner_join(expos::table.on(expos::id.eq(meetings::expo_id)))
        .filter(meetings::status.eq(MeetingStatus::Booked))
        .filter(expos::status.ne(ExpoStatus::Draft))
        .filter(expos::reminder_minutes.gt(0))
        .filter(slots::starts_at.gt(now))
        .filter(slots::starts_at.le(now + TimeDelta::minutes(MAX_SOON_MINUTES)))
        .select((
            meetings::id,
            meetings::buyer_id,
            meetings::supplier_id,
            meetings::interpreter_id,
            slots::starts_at,
            expos::reminder_minutes,
        ))
        .load(conn)?;
    let mut queued = 0;
    for (meeting, buyer, supplier, interpreter, starts, minutes) in rows {
        if soon_due(starts, minutes) > now {
            continue;
        }
        let parties = [
            Some((Party::Buyer, buyer)),
            Some((Party::Supplier, supplier)),
            interpreter.map(|i| (Party::Interpreter, i)),
        ];
        for (role, person) in parties.into_iter().flatten() {
            if !soon_wanted(conn, role, person)? {
                continue;
            }
            let claimed = super::claim_then_queue(
                conn,
                |c| {
                    diesel::insert_into(meeting_reminders::table)
                        .values((
                            meeting_reminders::meeting_id.eq(meeting),
                            meeting_reminders::role.eq(role.as_str()),
                            meeting_reminders::person_id.eq(person),
                            meeting_reminders::starts_at.eq(starts),
                            meeting_reminders::queued_at.eq(now),
                        ))
                        .execute(c)
                },
                |c| {
                    super::messages::queue_meeting_reminder(
                        c,
                        crate::domain::MeetingId(meeting),
                        role,
                        minutes,
                        ctx,
                        now,
                    )
                },
            );
            match claimed {
                Ok(true) => queued += 1,
                Ok(false) => {}
                Err(e) => tracing::error!(meeting, person, error = %e, "meeting reminder"),
            }
        }
    }
    Ok(queued)
}

/// Whether `role`/`person` receives the reminder shortly before each meeting.
pub fn soon_wanted(
    conn: &mut DbConnection,
    role: impl Into<Party>,
    person: i32,
) -> QueryResult<bool> {
    use crate::db::schema::mail_opt_outs;
    let role = role.into();
    let off: i64 = mail_opt_outs::table
        .filter(mail_opt_outs::role.eq(role.as_str()))
        .filter(mail_opt_outs::person_id.eq(person))
        .filter(mail_opt_outs::kind.eq(SOON_KIND))
        .count()
        .get_result(conn)?;
    Ok(off == 0)
}

/// Turns the reminder shortly before each meeting on or off for `role`/`person`.
pub fn set_soon_wanted(
    conn: &mut DbConnection,
    role: impl Into<Party>,
    person: i32,
    wanted: bool,
    now: NaiveDateTime,
) -> QueryResult<()> {
    use crate::db::schema::mail_opt_outs;
    let role = role.into();
    diesel::delete(
        mail_opt_outs::table
            .filter(mail_opt_outs::role.eq(role.as_str()))
            .filter(mail_opt_outs::person_id.eq(person))
            .filter(mail_opt_outs::kind.eq(SOON_KIND)),
    )
    .execute(conn)?;
    if !wanted {
        diesel::insert_into(mail_opt_outs::table)
            .values((
                mail_opt_outs::role.eq(role.as_str()),
                mail_opt_outs::person_id.eq(person),
                mail_opt_outs::kind.eq(SOON_KIND),
                mail_opt_outs::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
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
