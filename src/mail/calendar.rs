//! Calendar invitations (RFC 5545 with iTIP methods) for meetings. A meeting keeps one
//! UID for life and its SEQUENCE grows on every change, so a move updates the entry in
//! the recipient's calendar and a cancellation removes it, instead of adding copies.

use chrono::{NaiveDateTime, TimeDelta};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, EventStatus, Property};

use crate::i18n::Locale;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// A calendar file to import or subscribe to (no invitation semantics).
    Publish,
    /// A new or changed meeting.
    Request,
    /// The meeting is off.
    Cancel,
}

impl Method {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Publish => "PUBLISH",
            Self::Request => "REQUEST",
            Self::Cancel => "CANCEL",
        }
    }
}

pub struct Person<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

pub struct MeetingInvite<'a> {
    /// Stable for the meeting's life, e.g. `meeting-42@expo.example`.
    pub uid: &'a str,
    pub sequence: u32,
    pub method: Method,
    /// UTC instants.
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub summary: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    /// The recipient's join link, for an online or hybrid meeting.
    pub url: Option<&'a str>,
    /// What the 15-minute reminder says.
    pub alarm: &'a str,
    pub organizer: Person<'a>,
    pub attendees: &'a [Person<'a>],
    /// When this version was made (DTSTAMP).
    pub stamp: NaiveDateTime,
}

/// A stable UID for a meeting on this site.
pub fn meeting_uid(meeting_id: i32, host: &str) -> String {
    format!("meeting-{meeting_id}@{host}")
}

/// The iCalendar text of one meeting, times in UTC, with a 15-minute alarm.
pub fn meeting_ics(invite: &MeetingInvite<'_>) -> String {
    calendar_of(invite.method, std::slice::from_ref(invite), None)
}

/// Several meetings in one calendar (a subscription feed or an agenda download).
pub fn calendar_of(method: Method, invites: &[MeetingInvite<'_>], name: Option<&str>) -> String {
    let mut calendar = Calendar::new();
    calendar.append_property(Property::new("METHOD", method.as_str()));
    if let Some(name) = name {
        calendar.name(name);
    }
    for invite in invites {
        calendar.push(event(invite));
    }
    calendar.done().to_string()
}

fn event(invite: &MeetingInvite<'_>) -> Event {
    let mut event = Event::new();
    event
        .uid(invite.uid)
        .sequence(invite.sequence)
        .timestamp(invite.stamp.and_utc())
        .starts(invite.starts_at.and_utc())
        .ends(invite.ends_at.and_utc())
        .summary(invite.summary)
        .description(invite.description)
        .location(invite.location);
    if let Some(url) = invite.url {
        event.url(url);
    }
    event.append_property(
        Property::new("ORGANIZER", format!("mailto:{}", invite.organizer.email))
            .add_parameter("CN", invite.organizer.name)
            .done(),
    );
    for person in invite.attendees {
        event.append_multi_property(
            Property::new("ATTENDEE", format!("mailto:{}", person.email))
                .add_parameter("CN", person.name)
                .add_parameter("ROLE", "REQ-PARTICIPANT")
                .add_parameter("PARTSTAT", "ACCEPTED")
                .done(),
        );
    }
    match invite.method {
        Method::Request | Method::Publish => {
            event
                .status(EventStatus::Confirmed)
                .alarm(Alarm::display(invite.alarm, -TimeDelta::minutes(15)));
        }
        Method::Cancel => {
            event.status(EventStatus::Cancelled);
        }
    }
    event.done()
}

/// The iCalendar text of meetings: one per invitation (`Request`/`Cancel`) or a
/// whole agenda (`Publish`). Every calendar file of the site is built here, so the
/// UID, SEQUENCE and wording of a meeting are the same in every copy, and importing
/// a file next to an emailed invitation never gives two entries. The words are in `t`,
/// the language of the person the file is for.
pub fn meetings_calendar(
    views: &[crate::store::meetings::MailView],
    who: impl Into<crate::domain::Party>,
    method: Method,
    name: Option<&str>,
    t: Locale,
    ctx: &super::MailContext,
    now: NaiveDateTime,
) -> String {
    let who = who.into();
    let host = ctx.host();
    // The expo's organizer, as its emails name it (sender name, else the expo's name)
    // and with its contact address; the site's sender where the expo has none.
    let organizer_of = |v: &crate::store::meetings::MailView| -> (String, String) {
        let name = if v.expo_sender_name.trim().is_empty() {
            v.expo_name.clone()
        } else {
            v.expo_sender_name.clone()
        };
        let email = if v.expo_contact_email.trim().is_empty() {
            ctx.from().email.to_string()
        } else {
            v.expo_contact_email.clone()
        };
        (name, email)
    };
    let organizers: Vec<(String, String)> = views.iter().map(organizer_of).collect();
    let links: Vec<Option<String>> = views.iter().map(|v| v.join_link(who, ctx)).collect();
    let texts: Vec<[String; 4]> = views
        .iter()
        .zip(&links)
        .map(|(v, link)| {
            let (summary, description, location) = event_texts(
                t,
                &EventFacts {
                    supplier: &v.supplier_name_en,
                    buyer: &v.buyer_name,
                    organisation: &v.buyer_organisation,
                    expo: &v.expo_name,
                    venue: &v.venue,
                    table: &v.table,
                    mode: v.mode,
                    join: link.as_deref(),
                },
            );
            [
                meeting_uid(v.meeting.0, &host),
                summary,
                description,
                location,
            ]
        })
        .collect();
    let alarm = t.get("mail-cal-alarm");
    let people: Vec<Vec<Person<'_>>> = views
        .iter()
        .map(|v| {
            let mut people = vec![
                Person {
                    name: &v.buyer_name,
                    email: &v.buyer_email,
                },
                Person {
                    name: &v.supplier_name_en,
                    email: &v.supplier_email,
                },
            ];
            // The interpreter's address stays in their own copy: the two sides see
            // their name on their agendas, not where to write to them.
            if who == crate::domain::Party::Interpreter
                && let (Some(name), Some(email)) = (&v.interpreter_name, &v.interpreter_email)
            {
                people.push(Person { name, email });
            }
            people
        })
        .collect();
    let invites: Vec<MeetingInvite<'_>> = views
        .iter()
        .zip(&links)
        .map(|(v, link)| (v, link.as_deref()))
        .zip(&texts)
        .zip(&people)
        .zip(&organizers)
        .map(
            |(
                (((v, url), [uid, summary, description, location]), attendees),
                (organizer_name, organizer_email),
            )| MeetingInvite {
                uid,
                sequence: u32::try_from(v.sequence).unwrap_or(0),
                method,
                starts_at: v.starts_at,
                ends_at: v.ends_at,
                summary,
                description,
                location,
                url,
                alarm: &alarm,
                organizer: Person {
                    name: organizer_name,
                    email: organizer_email,
                },
                attendees,
                stamp: now,
            },
        )
        .collect();
    calendar_of(method, &invites, name)
}

/// What a calendar entry says about one meeting.
pub struct EventFacts<'a> {
    pub supplier: &'a str,
    pub buyer: &'a str,
    pub organisation: &'a str,
    pub expo: &'a str,
    pub venue: &'a str,
    pub table: &'a str,
    pub mode: crate::domain::status::MeetingMode,
    /// The recipient's join link (online and hybrid meetings).
    pub join: Option<&'a str>,
}

/// A meeting's SUMMARY, DESCRIPTION and LOCATION in `t`; the emailed invitations, the
/// downloads and the feeds all take them from here. An online meeting's location is
/// its join link; a hybrid one names the table and the link.
pub fn event_texts(t: Locale, f: &EventFacts<'_>) -> (String, String, String) {
    use crate::domain::status::MeetingMode;
    let (supplier, buyer, organisation, expo, venue, table) = (
        f.supplier,
        f.buyer,
        f.organisation,
        f.expo,
        f.venue,
        f.table,
    );
    let summary = t.arg2(
        "mail-cal-summary",
        "supplier",
        supplier,
        "organisation",
        organisation,
    );
    let description = t.text(&crate::text!(
        "mail-cal-description",
        expo = expo,
        buyer = buyer,
        supplier = supplier,
        table = table
    ));
    let at_table = t.arg2("mail-cal-location", "venue", venue, "table", table);
    let (description, location) = match (f.mode, f.join) {
        (MeetingMode::Online, Some(link)) => (
            format!(
                "{}\n\n{}",
                t.arg("mail-cal-online-description", "expo", expo),
                t.arg("mail-join-line", "link", link)
            ),
            t.arg("mail-cal-location-online", "link", link),
        ),
        (MeetingMode::Hybrid, Some(link)) => (
            format!("{description}\n\n{}", t.arg("mail-join-line", "link", link)),
            format!("{at_table} · {link}"),
        ),
        _ => (description, at_table),
    };
    (summary, description, location)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("time")
    }

    fn invite(method: Method, sequence: u32) -> String {
        meeting_ics(&MeetingInvite {
            uid: "meeting-7@expo.example",
            sequence,
            method,
            starts_at: at("2026-09-08 00:00"),
            ends_at: at("2026-09-08 00:30"),
            summary: "Meeting: Hanbit Watertech × SEDAPAL",
            description: "Table A3",
            location: "COEX Hall C, Seoul — table A3",
            url: None,
            alarm: "Your meeting starts in 15 minutes",
            organizer: Person {
                name: "KOTRA",
                email: "noreply@expo.example",
            },
            attendees: &[Person {
                name: "Carlos Quispe",
                email: "carlos@sedapal.example",
            }],
            stamp: at("2026-08-01 10:00"),
        })
    }

    #[test]
    fn a_request_carries_uid_sequence_utc_times_attendees_and_an_alarm() {
        let ics = invite(Method::Request, 0);
        let unfolded = ics.replace("\r\n ", "");
        for expected in [
            "METHOD:REQUEST",
            "UID:meeting-7@expo.example",
            "SEQUENCE:0",
            "DTSTART:20260908T000000Z",
            "DTEND:20260908T003000Z",
            "STATUS:CONFIRMED",
            "BEGIN:VALARM",
            "TRIGGER:-PT900S",
            "mailto:carlos@sedapal.example",
        ] {
            assert!(unfolded.contains(expected), "missing {expected} in\n{ics}");
        }
        let parsed: Calendar = ics.parse().expect("parses back");
        assert_eq!(parsed.property_value("METHOD"), Some("REQUEST"));
    }

    #[test]
    fn a_cancellation_keeps_the_uid_and_has_no_alarm() {
        let ics = invite(Method::Cancel, 3);
        assert!(
            ics.contains("METHOD:CANCEL")
                && ics.contains("SEQUENCE:3")
                && ics.contains("STATUS:CANCELLED")
        );
        assert!(ics.contains("UID:meeting-7@expo.example"));
        assert!(!ics.contains("VALARM"));
    }
}
