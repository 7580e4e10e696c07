//! A person's agenda: every meeting when the schedule is published, or one day's as the evening-before reminder.

use chrono::{NaiveDate, NaiveDateTime, TimeZone as _};

use super::{Mail, MailContext, Recipient, mail_parts, queue};
use crate::db::DbConnection;
use crate::domain::{BuyerId, Role, SupplierId, TimeZone};
use crate::i18n::Locale;
use crate::mail::QueueError;
use crate::mail::calendar::Method;
use crate::store::{languages, meetings, outbox, participants};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaKind {
    /// The organizer published the schedule: every meeting.
    Published,
    /// The evening before a consultation day: that day's meetings.
    Reminder(NaiveDate),
}

pub struct AgendaLine {
    pub when_local: String,
    pub when_venue: Option<String>,
    pub counterpart: String,
    pub table: String,
    pub interpreter: Option<String>,
}

pub struct Agenda {
    /// The recipient's language.
    pub t: Locale,
    pub kind: AgendaKind,
    pub name: String,
    pub lines: Vec<AgendaLine>,
    pub expo_name: String,
    pub venue: String,
    pub agenda_link: String,
    /// With a published schedule: one calendar file (METHOD:PUBLISH) holding every
    /// meeting of the reader, each under the UID and SEQUENCE its own invitations use,
    /// so a later move or cancellation updates that entry.
    pub ics: Option<String>,
}

mail_parts!(Agenda, "mail/agenda/body.txt", "mail/agenda/body.html");

impl Agenda {
    /// What the message says first (the templates call it).
    pub fn headline(&self) -> String {
        let count = self.lines.len();
        match self.kind {
            AgendaKind::Published => self.t.arg2(
                "mail-agenda-published-headline",
                "expo",
                &self.expo_name,
                "count",
                count,
            ),
            AgendaKind::Reminder(day) => self.t.arg2(
                "mail-agenda-reminder-headline",
                "day",
                self.t.day(&day),
                "count",
                count,
            ),
        }
    }
}

impl Mail for Agenda {
    fn calendar(&self) -> Option<outbox::CalendarPart<'_>> {
        self.ics.as_deref().map(|ics| outbox::CalendarPart {
            method: Method::Publish.as_str(),
            ics,
            meeting_id: None,
        })
    }

    fn kind(&self) -> &'static str {
        match self.kind {
            AgendaKind::Published => "agenda_published",
            AgendaKind::Reminder(_) => "reminder",
        }
    }

    fn subject(&self) -> String {
        match self.kind {
            AgendaKind::Published => {
                self.t
                    .arg("mail-agenda-published-subject", "expo", &self.expo_name)
            }
            AgendaKind::Reminder(_) => self.t.arg2(
                "mail-agenda-reminder-subject",
                "count",
                self.lines.len(),
                "venue",
                &self.venue,
            ),
        }
    }
}

/// Queues a person's agenda: all meetings when a schedule is published, or one
/// venue day's meetings as the evening-before reminder.
pub fn queue_agenda(
    conn: &mut DbConnection,
    role: Role,
    person: i32,
    kind: AgendaKind,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let fallback = if role == Role::Buyer {
        Locale::En
    } else {
        Locale::Ko
    };
    let t = languages::for_mail(conn, role, person, fallback)?;
    let (name, email, own_tz, venue_tz, expo, expo_name, venue, items, link) = match role {
        Role::Buyer => {
            let b = participants::buyer_summary(conn, BuyerId(person))?
                .ok_or(diesel::result::Error::NotFound)?;
            let items = meetings::for_buyer(conn, BuyerId(person))?;
            (
                b.name,
                b.email,
                TimeZone::stored(&b.timezone)?.tz(),
                TimeZone::stored(&b.venue_timezone)?.tz(),
                b.expo_id,
                b.expo_name,
                b.venue,
                items,
                "/buyer",
            )
        }
        Role::Supplier | Role::Organizer => {
            let s = participants::supplier_summary(conn, SupplierId(person))?
                .ok_or(diesel::result::Error::NotFound)?;
            let items = meetings::for_supplier(conn, SupplierId(person))?;
            let venue_tz = TimeZone::stored(&s.venue_timezone)?.tz();
            (
                s.company_name_en,
                s.email,
                venue_tz,
                venue_tz,
                s.expo_id,
                s.expo_name,
                s.venue,
                items,
                "/supplier",
            )
        }
    };
    let lines: Vec<AgendaLine> = items
        .iter()
        .filter(|m| match kind {
            AgendaKind::Published => true,
            AgendaKind::Reminder(day) => {
                venue_tz.from_utc_datetime(&m.starts_at).date_naive() == day
            }
        })
        .map(|m| {
            // Buyers read both clocks labelled with their zones; suppliers are at the
            // venue and read its clock.
            let when_local = if role == Role::Buyer {
                t.zoned_times(&m.starts_at, &m.ends_at, own_tz, venue_tz)
            } else {
                t.time_pair(&m.starts_at, &m.ends_at, venue_tz, venue_tz)
                    .local
            };
            AgendaLine {
                when_local,
                when_venue: None,
                counterpart: if role == Role::Buyer {
                    format!("{} ({})", m.supplier_name_en, m.supplier_name_ko)
                } else {
                    format!("{}, {}", m.buyer_name, m.buyer_organisation)
                },
                table: m.table.clone(),
                interpreter: m.interpreter.clone(),
            }
        })
        .collect();
    let ics = match kind {
        AgendaKind::Published => {
            let views = match role {
                Role::Buyer => meetings::mail_views_for_buyer(conn, BuyerId(person))?,
                Role::Supplier | Role::Organizer => {
                    meetings::mail_views_for_supplier(conn, SupplierId(person))?
                }
            };
            Some(super::meetings_calendar(
                &views,
                if role == Role::Buyer {
                    Role::Buyer
                } else {
                    Role::Supplier
                },
                Method::Publish,
                Some(&t.get("mail-cal-feed-name")),
                t,
                ctx,
                now,
            ))
        }
        AgendaKind::Reminder(_) => None,
    };
    let mail = Agenda {
        t,
        kind,
        name,
        lines,
        expo_name,
        venue,
        agenda_link: ctx.link(link),
        ics,
    };
    let to = Recipient {
        name: &mail.name,
        address: &email,
        expo: Some(expo),
    };
    queue(conn, to, &mail, now)
}
