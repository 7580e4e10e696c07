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
