//! Interpreters learn about the meetings they interpret: chosen for one (by hand or by
//! the automatic assignment), taken off one, or the meeting moved away from them. The
//! two sides' messages about a meeting's changes reach its interpreter through
//! `mail::messages::queue_meeting_change`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::meetings;
use crate::domain::{ExpoId, MeetingId};
use crate::flows::meetings::ChangeError;
use crate::mail::QueueError;
use crate::mail::messages::{InterpreterChange, MailContext, queue_interpreter_change};
use crate::store::interpreters::{self, AutoResult};

/// The interpreter a meeting has now, to compare after a change.
pub fn current(conn: &mut DbConnection, meeting: MeetingId) -> QueryResult<Option<i32>> {
    meetings::table
        .find(meeting.0)
        .select(meetings::interpreter_id)
        .first(conn)
}

/// After a move: the interpreter the meeting had `before` and no longer has (busy at
/// the new time) learns they are not needed; the entry leaves their calendar.
pub fn tell_if_released(
    conn: &mut DbConnection,
    meeting: MeetingId,
    before: Option<i32>,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), QueueError> {
    let Some(old) = before else { return Ok(()) };
    if current(conn, meeting)? != Some(old) {
        queue_interpreter_change(conn, meeting, old, InterpreterChange::Released, ctx, now)?;
    }
    Ok(())
}

/// Puts `choice` in the meeting (or nobody) and tells the interpreter taken off and
/// the one chosen, in one transaction. Errors as `store::interpreters::set`.
pub fn choose(
    conn: &mut DbConnection,
    expo: ExpoId,
    meeting: MeetingId,
    choice: Option<i32>,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), ChangeError> {
    conn.write_tx(|conn| {
        let before = current(conn, meeting)?;
        interpreters::set(conn, expo, meeting, choice)?;
        if before == choice {
            return Ok(());
        }
        // Each copy of the entry that changes carries a higher SEQUENCE (a calendar
        // ignores an older one), also when the same person is chosen again.
        crate::store::meetings::bump_sequence(conn, meeting)?;
        if let Some(old) = before {
            queue_interpreter_change(conn, meeting, old, InterpreterChange::Released, ctx, now)?;
        }
        if let Some(new) = choice {
            queue_interpreter_change(conn, meeting, new, InterpreterChange::Assigned, ctx, now)?;
        }
        Ok(())
    })
}

/// The automatic assignment (`store::interpreters::assign_all`), and a message to
/// each interpreter for each meeting they were given.
pub fn assign_all(
    conn: &mut DbConnection,
    expo: ExpoId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<AutoResult, ChangeError> {
    conn.write_tx(|conn| {
        let done = interpreters::assign_all(conn, expo, now)?;
        for &(meeting, interpreter) in &done.new {
            queue_interpreter_change(
                conn,
                MeetingId(meeting),
                interpreter,
                InterpreterChange::Assigned,
                ctx,
                now,
            )?;
        }
        Ok(done)
    })
}

/// The interpreter's booked meetings that have not ended: the ones worth a message.
fn upcoming(
    conn: &mut DbConnection,
    interpreter: i32,
    now: NaiveDateTime,
) -> QueryResult<Vec<i32>> {
    use crate::db::schema::slots;
    use crate::domain::status::MeetingStatus;
    meetings::table
        .inner_join(slots::table)
        .filter(meetings::interpreter_id.eq(interpreter))
        .filter(meetings::status.eq(MeetingStatus::Booked))
        .filter(slots::ends_at.gt(now))
        .select(meetings::id)
        .load(conn)
}

/// Tells `interpreter` about each of `meetings`, each with a higher SEQUENCE.
fn tell(
    conn: &mut DbConnection,
    interpreter: i32,
    meetings: &[i32],
    change: InterpreterChange,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), ChangeError> {
    for &m in meetings {
        crate::store::meetings::bump_sequence(conn, MeetingId(m))?;
        queue_interpreter_change(conn, MeetingId(m), interpreter, change, ctx, now)?;
    }
    Ok(())
}

/// Changes an interpreter's details (`store::interpreters::update`). Upcoming meetings
/// they can no longer interpret (a language gone) are released with a message; with a
/// new address, the meetings they keep are sent to it. Returns how many were released.
pub fn update(
    conn: &mut DbConnection,
    expo: ExpoId,
    id: i32,
    new: &crate::domain::interpreting::NewInterpreter,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<usize, ChangeError> {
    conn.write_tx(|conn| {
        let before = upcoming(conn, id, now)?;
        let old_email = interpreters::contact(conn, id).ok().map(|c| c.email);
        let lost = interpreters::update(conn, expo, id, new)?;
        let after = upcoming(conn, id, now)?;
        let released: Vec<i32> = before
            .iter()
            .copied()
            .filter(|m| !after.contains(m))
            .collect();
        tell(conn, id, &released, InterpreterChange::Released, ctx, now)?;
        if old_email.is_some_and(|e| !e.eq_ignore_ascii_case(&new.email)) {
            tell(conn, id, &after, InterpreterChange::Assigned, ctx, now)?;
        }
        Ok(lost)
    })
}

/// Removes an interpreter (`store::interpreters::remove`) after telling them, for each
/// upcoming meeting, that they are no longer needed. Returns how many meetings lost
/// their interpreter.
pub fn remove(
    conn: &mut DbConnection,
    expo: ExpoId,
    id: i32,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<usize, ChangeError> {
    conn.write_tx(|conn| {
        let theirs: i64 = crate::db::schema::interpreters::table
            .filter(crate::db::schema::interpreters::id.eq(id))
            .filter(crate::db::schema::interpreters::expo_id.eq(expo.0))
            .count()
            .get_result(conn)?;
        if theirs == 1 {
            let before = upcoming(conn, id, now)?;
            tell(conn, id, &before, InterpreterChange::Released, ctx, now)?;
        }
        Ok(interpreters::remove(conn, expo, id)?)
    })
}
