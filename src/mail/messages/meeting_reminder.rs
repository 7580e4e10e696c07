//! The short reminder shortly before each meeting (the expo's `reminder_minutes`), with
//! the join link for an online or hybrid meeting, else the table.

use chrono::NaiveDateTime;

use super::{Mail, Recipient, mail_parts, queue};
use crate::domain::{MeetingId, Party, Role, TimeZone};
use crate::i18n::Locale;
use crate::mail::{MailContext, QueueError};
use crate::store::{DbConnection, languages, meetings, team};

pub struct MeetingReminder {
    pub t: Locale,
    pub name: String,
    pub counterpart: String,
    /// The start, on the recipient's clock (and the venue's, for a buyer).
    pub when: String,
    pub minutes: i32,
    pub venue: String,
    pub table: String,
    pub online: bool,
    pub join_link: Option<String>,
    pub agenda_link: String,
    pub expo_name: String,
    /// Stops these reminders (the person's own link).
    pub unsubscribe: String,
}

mail_parts!(
    MeetingReminder,
    "mail/meeting_reminder/body.txt",
    "mail/meeting_reminder/body.html"
);

impl Mail for MeetingReminder {
    fn kind(&self) -> &'static str {
        "meeting_reminder"
    }

    fn list_unsubscribe(&self) -> Option<String> {
        Some(self.unsubscribe.clone())
    }

    fn subject(&self) -> String {
        self.t.arg2(
            "mail-reminder-soon-subject",
            "counterpart",
            &self.counterpart,
            "minutes",
            self.minutes,
        )
    }
}

/// Queues `who`'s reminder of `meeting`, `minutes` before it starts: for a buyer or
/// supplier, to each of its people attending (`store::team`), each in their language.
/// Returns the last message's outbox id.
pub fn queue_meeting_reminder(
    conn: &mut DbConnection,
    meeting: MeetingId,
    who: Party,
    minutes: i32,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let v = meetings::mail_view(conn, meeting)?.ok_or(diesel::result::Error::NotFound)?;
    let venue_tz = TimeZone::stored(&v.venue_timezone)?.tz();
    // (language, name, address) of each recipient, the counterpart, the person whose
    // opt-out link it carries, and where their agenda is.
    let (people, counterpart, person, agenda) = match who {
        Party::Buyer | Party::Supplier | Party::Organizer => {
            let side = if who == Party::Buyer {
                Role::Buyer
            } else {
                Role::Supplier
            };
            let (company, fallback, counterpart, agenda) = match side {
                Role::Buyer => (
                    v.buyer_id,
                    Locale::En,
                    format!("{} ({})", v.supplier_name_en, v.supplier_name_ko),
                    ctx.link("/buyer"),
                ),
                _ => (
                    v.supplier_id,
                    Locale::Ko,
                    format!("{} ({})", v.buyer_name, v.buyer_organisation),
                    ctx.link("/supplier/agenda"),
                ),
            };
            let company_t = languages::for_mail(conn, side, company, fallback)?;
            let people = team::attendees(conn, meeting, side, company)?
                .into_iter()
                .map(|a| (a.locale.unwrap_or(company_t), a.name, a.email))
                .collect::<Vec<_>>();
            (people, counterpart, company, agenda)
        }
        Party::Interpreter => {
            let id = v.interpreter_id.ok_or(diesel::result::Error::NotFound)?;
            let person = crate::store::interpreters::contact(conn, id)?;
            (
                vec![(person.locale, person.name, person.email)],
                format!(
                    "{} ({}) · {} ({})",
                    v.buyer_name, v.buyer_organisation, v.supplier_name_en, v.supplier_name_ko
                ),
                id,
                ctx.interpreter_agenda_link(id),
            )
        }
    };
    let mut last = 0;
    for (t, name, address) in people {
        let when = if who == Party::Buyer {
            let own = TimeZone::stored(&v.buyer_timezone)?.tz();
            t.zoned_times(&v.starts_at, &v.ends_at, own, venue_tz)
        } else {
            let times = t.time_pair(&v.starts_at, &v.ends_at, venue_tz, venue_tz);
            t.arg("mail-meeting-venue-time", "when", &times.local)
        };
        let mail = MeetingReminder {
            t,
            name,
            counterpart: counterpart.clone(),
            when,
            minutes,
            venue: v.venue.clone(),
            table: v.table.clone(),
            online: v.mode == crate::domain::status::MeetingMode::Online,
            join_link: v.join_link(who, ctx),
            agenda_link: agenda.clone(),
            expo_name: v.expo_name.clone(),
            unsubscribe: ctx.opt_out_link(who, person, crate::mail::reminders::SOON_KIND),
        };
        last = queue(
            conn,
            Recipient {
                name: &mail.name,
                address: &address,
                expo: Some(v.expo),
            },
            &mail,
            now,
        )?;
    }
    Ok(last)
}
