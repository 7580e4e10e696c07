//! An interpreter's messages about the meetings they interpret: chosen for one, no
//! longer needed, the meeting moved or cancelled. Each carries the calendar entry of
//! the meeting (the same UID as the two sides' copies), the interpreter's own join
//! link for an online or hybrid meeting, and their own agenda link; interpreters have
//! no account.

use chrono::NaiveDateTime;

use super::{Changed, Mail, Recipient, mail_parts, meetings_calendar, queue};
use crate::domain::{MeetingId, Party, TimeZone};
use crate::i18n::Locale;
use crate::mail::calendar::Method;
use crate::mail::{MailContext, QueueError};
use crate::store::{DbConnection, interpreters, meetings, outbox};

/// What happened, for the interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InterpreterChange {
    /// Chosen to interpret the meeting.
    Assigned,
    /// Another interpreter or none was chosen: the entry leaves their calendar.
    Released,
    /// The meeting moved (time or table) or stands again.
    Updated,
    /// The meeting was cancelled or recorded as a no-show.
    Cancelled,
}

impl InterpreterChange {
    pub const fn kind(self) -> &'static str {
        match self {
            Self::Assigned => "interpreter_assigned",
            Self::Released => "interpreter_released",
            Self::Updated => "interpreter_updated",
            Self::Cancelled => "interpreter_cancelled",
        }
    }

    /// What the two sides' change means for the meeting's interpreter.
    pub const fn of(change: Changed) -> Self {
        match change {
            Changed::Booked => Self::Assigned,
            // Who of a company attends changes nothing for the interpreter (never sent).
            Changed::Moved
            | Changed::TableChanged
            | Changed::ModeChanged
            | Changed::Restored
            | Changed::Joined
            | Changed::Left => Self::Updated,
            Changed::Cancelled | Changed::NoShow => Self::Cancelled,
        }
    }

    pub const fn method(self) -> Method {
        match self {
            Self::Released | Self::Cancelled => Method::Cancel,
            Self::Assigned | Self::Updated => Method::Request,
        }
    }

    const fn headline_key(self) -> &'static str {
        match self {
            Self::Assigned => "mail-interp-assigned-headline",
            Self::Released => "mail-interp-released-headline",
            Self::Updated => "mail-interp-updated-headline",
            Self::Cancelled => "mail-interp-cancelled-headline",
        }
    }

    const fn subject_key(self) -> &'static str {
        match self {
            Self::Assigned => "mail-interp-assigned-subject",
            Self::Released => "mail-interp-released-subject",
            Self::Updated => "mail-interp-updated-subject",
            Self::Cancelled => "mail-interp-cancelled-subject",
        }
    }

    pub const ALL: [Self; 4] = [
        Self::Assigned,
        Self::Released,
        Self::Updated,
        Self::Cancelled,
    ];
}

pub struct InterpreterMail {
    pub t: Locale,
    pub change: InterpreterChange,
    pub name: String,
    /// "Buyer (organisation)".
    pub buyer: String,
    /// "Supplier (회사)".
    pub supplier: String,
    /// Venue time, said so.
    pub when: String,
    pub venue: String,
    pub table: String,
    pub online: bool,
    pub join_link: Option<String>,
    pub agenda_link: String,
    pub expo_name: String,
    pub ics: String,
    pub meeting: MeetingId,
}

mail_parts!(
    InterpreterMail,
    "mail/interpreter/body.txt",
    "mail/interpreter/body.html"
);

impl InterpreterMail {
    /// What the message says first (the templates call it).
    pub fn headline(&self) -> String {
        self.t.arg2(
            self.change.headline_key(),
            "buyer",
            &self.buyer,
            "supplier",
            &self.supplier,
        )
    }

    /// What the attached file does (the templates call it).
    pub fn calendar_note(&self) -> String {
        self.t.get(match self.change.method() {
            Method::Cancel => "mail-meeting-cancelled-note",
            Method::Request | Method::Publish => "mail-meeting-booked-note",
        })
    }
}

impl Mail for InterpreterMail {
    fn kind(&self) -> &'static str {
        self.change.kind()
    }

    fn subject(&self) -> String {
        self.t.arg2(
            self.change.subject_key(),
            "buyer",
            &self.buyer,
            "when",
            &self.when,
        )
    }

    fn calendar(&self) -> Option<outbox::CalendarPart<'_>> {
        Some(outbox::CalendarPart {
            method: self.change.method().as_str(),
            ics: &self.ics,
            meeting_id: Some(self.meeting.0),
        })
    }
}

/// Queues `interpreter`'s message about `meeting`. Call it in the change's
/// transaction, after the meeting's SEQUENCE was raised for a change.
pub fn queue_interpreter_change(
    conn: &mut DbConnection,
    meeting: MeetingId,
    interpreter: i32,
    change: InterpreterChange,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let mut v = meetings::mail_view(conn, meeting)?.ok_or(diesel::result::Error::NotFound)?;
    let person = interpreters::contact(conn, interpreter)?;
    // A released interpreter's copy names them, not the one who replaced them.
    v.interpreter_id = Some(interpreter);
    v.interpreter_name = Some(person.name.clone());
    v.interpreter_email = Some(person.email.clone());
    let t = person.locale;
    let venue_tz = TimeZone::stored(&v.venue_timezone)?.tz();
    let times = t.time_pair(&v.starts_at, &v.ends_at, venue_tz, venue_tz);
    let mail = InterpreterMail {
        t,
        change,
        name: person.name.clone(),
        buyer: format!("{} ({})", v.buyer_name, v.buyer_organisation),
        supplier: format!("{} ({})", v.supplier_name_en, v.supplier_name_ko),
        when: t.arg("mail-meeting-venue-time", "when", &times.local),
        venue: v.venue.clone(),
        table: v.table.clone(),
        online: v.mode == crate::domain::status::MeetingMode::Online,
        join_link: match change {
            InterpreterChange::Assigned | InterpreterChange::Updated => {
                v.join_link(Party::Interpreter, ctx)
            }
            InterpreterChange::Released | InterpreterChange::Cancelled => None,
        },
        agenda_link: ctx.interpreter_agenda_link(interpreter),
        expo_name: v.expo_name.clone(),
        ics: meetings_calendar(
            std::slice::from_ref(&v),
            Party::Interpreter,
            change.method(),
            None,
            t,
            ctx,
            now,
        ),
        meeting,
    };
    queue(
        conn,
        Recipient {
            name: &person.name,
            address: &person.email,
            expo: Some(v.expo),
        },
        &mail,
        now,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_interpreter_message_has_its_words_in_korean_and_english() {
        for change in InterpreterChange::ALL {
            for key in [change.headline_key(), change.subject_key()] {
                assert!(Locale::En.has(key), "{key} missing in English");
                assert!(Locale::Ko.has(key), "{key} missing in Korean");
            }
        }
    }
}
