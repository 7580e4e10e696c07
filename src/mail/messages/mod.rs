//! Every email the product sends: one type per message in `<kind>.rs`, rendered from `templates/mail/<kind>/`, queued by [`queue`].
//
// A message type holds the message's data. Its two parts come from one pair of thin
// askama wrappers made by `mail_parts!`, so both parts always see the same fields;
// the subject and, for meetings, the calendar part are methods of the same type. The
// `queue_*` functions gather a message's data inside the caller's transaction and
// hand it to [`queue`]. Buyers read times in their own zone with the venue's beside;
// suppliers are at the venue and read venue time.
//
// Every message type has `t`, the RECIPIENT's language, never the actor's: the
// `queue_*` functions read it with `store::languages::for_mail` in the same
// transaction (no choice stored: buyers English, suppliers Korean); messages to an
// address that is not yet a person take the language of the page that asked. Every
// word comes from `locales/<lang>/mail.ftl` (keys `mail-…`), dates and times from the
// `Locale` methods, and the HTML says `<html lang dir>`, which the worker also reads
// to add the privacy footer in the same language.

mod account_exists;
mod agenda;
mod follow_up;
mod interpreter;
mod invitation;
mod meeting;
mod meeting_reminder;
mod password_reset;
mod request;
mod sign_in_link;
mod staff;
mod supplier_status;
mod team;
mod verify_email;

use chrono::NaiveDateTime;

use super::QueueError;
use crate::db::DbConnection;
use crate::store::outbox;

pub use super::MailContext;
pub use super::calendar::meetings_calendar;
pub use account_exists::AccountExists;
pub use agenda::{Agenda, AgendaKind, queue_agenda};
pub use follow_up::{FOLLOW_UP_LINK_DAYS, FollowUp, queue_follow_up};
pub use interpreter::{InterpreterChange, InterpreterMail, queue_interpreter_change};
pub use invitation::{Invitation, queue_invitation};
pub use meeting::{
    Changed, MeetingChange, MeetingMail, queue_meeting_change, queue_meeting_to_people,
};
pub use meeting_reminder::{MeetingReminder, queue_meeting_reminder};
pub use password_reset::PasswordReset;
pub use request::{RequestEvent, RequestMail, queue_request_event};
pub use sign_in_link::SignInLink;
pub use staff::{StaffInvitation, StaffInvite, queue_staff_invitation};
pub use supplier_status::{SupplierDecision, queue_supplier_decision};
pub use team::{TeamInvitation, queue_team_invitation};
pub use verify_email::VerifyEmail;

/// A message's text and HTML parts, rendered.
pub struct Body {
    pub text: String,
    pub html: String,
}

/// Renders both parts of a message type; made by `mail_parts!`.
pub trait Parts {
    fn parts(&self) -> Result<Body, askama::Error>;
}

/// One email: its kind (as the outbox records it), subject, both parts and, for a
/// meeting, its calendar file.
pub trait Mail: Parts {
    fn kind(&self) -> &'static str;
    fn subject(&self) -> String;
    fn calendar(&self) -> Option<outbox::CalendarPart<'_>> {
        None
    }
    /// For a non-essential message: where the recipient stops this kind.
    fn list_unsubscribe(&self) -> Option<String> {
        None
    }
}

/// Who a message goes to, and the expo it is about: an expo's messages go out under
/// its sender name with its organizer's contact as Reply-To.
#[derive(Clone, Copy, Debug)]
pub struct Recipient<'a> {
    pub name: &'a str,
    pub address: &'a str,
    pub expo: Option<crate::domain::ExpoId>,
}

/// The one way a message enters the outbox: rendered and written in the caller's
/// transaction, with its calendar part when it has one. Returns the outbox id.
pub fn queue(
    conn: &mut DbConnection,
    to: Recipient<'_>,
    mail: &impl Mail,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let body = mail.parts()?;
    let subject = mail.subject();
    let msg = outbox::NewMessage {
        kind: mail.kind(),
        to_address: to.address,
        to_name: to.name,
        subject: &subject,
        body_text: &body.text,
        body_html: Some(&body.html),
        expo: to.expo,
    };
    let id = match mail.calendar() {
        Some(part) => outbox::enqueue_with_calendar(conn, &msg, &part, now)?,
        None => outbox::enqueue(conn, &msg, now)?,
    };
    if let Some(url) = mail.list_unsubscribe() {
        outbox::set_list_unsubscribe(conn, id, &url)?;
    }
    Ok(id)
}

/// A rendered message for code that queues it itself (`store::suppliers`, whose
/// one-time links are stored in the same transaction).
pub fn letter(
    to_name: &str,
    mail: &impl Mail,
) -> Result<crate::store::suppliers::Letter, askama::Error> {
    let body = mail.parts()?;
    Ok(crate::store::suppliers::Letter {
        kind: mail.kind(),
        to_name: to_name.to_owned(),
        subject: mail.subject(),
        text: body.text,
        html: body.html,
    })
}

/// Gives a message type its two parts: askama wrappers over a borrow of the data,
/// which reach the fields through `Deref`, so the templates name fields directly.
macro_rules! mail_parts {
    ($data:ty, $text:literal, $html:literal) => {
        const _: () = {
            #[derive(askama::Template)]
            #[template(path = $text)]
            struct Text<'a>(&'a $data);

            #[derive(askama::Template)]
            #[template(path = $html)]
            struct Html<'a>(&'a $data);

            impl std::ops::Deref for Text<'_> {
                type Target = $data;
                fn deref(&self) -> &$data {
                    self.0
                }
            }

            impl std::ops::Deref for Html<'_> {
                type Target = $data;
                fn deref(&self) -> &$data {
                    self.0
                }
            }

            impl $crate::mail::messages::Parts for $data {
                fn parts(&self) -> Result<$crate::mail::messages::Body, askama::Error> {
                    use askama::Template as _;
                    Ok($crate::mail::messages::Body {
                        text: Text(self).render()?,
                        html: Html(self).render()?,
                    })
                }
            }
        };
    };
}
use mail_parts;

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveDateTime};

    use super::*;
    use crate::domain::status::MeetingStatus;
    use crate::domain::{ExpoId, MeetingId, Role, SlotId};
    use crate::i18n::Locale;
    use crate::mail::calendar::Method;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("time")
    }

    #[test]
    fn every_meeting_message_kind_has_a_label_for_staff() {
        use crate::domain::mail_kind::MailKind;
        for change in [
            Changed::Booked,
            Changed::Moved,
            Changed::TableChanged,
            Changed::ModeChanged,
            Changed::Cancelled,
            Changed::NoShow,
            Changed::Restored,
        ] {
            assert!(
                change.kind().parse::<MailKind>().is_ok(),
                "{} is not in domain::mail_kind",
                change.kind()
            );
        }
    }

    fn view() -> crate::store::meetings::MailView {
        crate::store::meetings::MailView {
            meeting: MeetingId(7),
            sequence: 1,
            status: MeetingStatus::Booked,
            starts_at: at("2026-09-08 00:00"),
            ends_at: at("2026-09-08 00:30"),
            table: "A3".into(),
            slot: SlotId(3),
            expo: ExpoId(1),
            expo_name: "K-Water Expo".into(),
            venue: "COEX Hall C".into(),
            venue_timezone: "Asia/Seoul".into(),
            expo_sender_name: "KOTRA".into(),
            expo_contact_email: "desk@kotra.example".into(),
            buyer_name: "Carlos Quispe".into(),
            buyer_email: "carlos@sedapal.example".into(),
            buyer_organisation: "SEDAPAL".into(),
            buyer_timezone: "America/Lima".into(),
            supplier_name_en: "Hanbit Watertech".into(),
            supplier_name_ko: "한빛워터텍".into(),
            mode: crate::domain::status::MeetingMode::Table,
            buyer_id: 3,
            supplier_id: 4,
            supplier_email: "sujin@hanbit.example".into(),
            interpreter_id: Some(5),
            interpreter_name: Some("Lucía Ríos".into()),
            interpreter_email: Some("lucia@interpreters.example".into()),
        }
    }

    /// Subject, both parts and any calendar file of every message kind in `t`.
    fn every_mail(t: Locale) -> Vec<(&'static str, String)> {
        let ctx = MailContext::new(
            "https://expo.example",
            "Expo <expo@kotra.example>".parse().expect("from"),
        );
        let ics = meetings_calendar(
            &[view()],
            Role::Buyer,
            Method::Request,
            None,
            t,
            &ctx,
            at("2026-08-01 00:00"),
        );
        let mut out = Vec::new();
        let mut add = |mail: &dyn Fn() -> (String, Result<Body, askama::Error>, Option<String>)| {
            let (subject, body, cal) = mail();
            let body = body.expect("renders");
            let kind = "mail";
            out.push((kind, subject));
            out.push((kind, body.text));
            out.push((kind, body.html));
            if let Some(cal) = cal {
                out.push((kind, cal));
            }
        };
        fn parts<M: Mail>(m: &M) -> (String, Result<Body, askama::Error>, Option<String>) {
            (
                m.subject(),
                m.parts(),
                m.calendar().map(|c| c.ics.to_owned()),
            )
        }
        let meeting = |change: Changed, reason: Option<&str>| MeetingMail {
            t,
            change,
            name: "Carlos Quispe".into(),
            counterpart: "Hanbit Watertech (한빛워터텍)".into(),
            counterpart_detail: "SEDAPAL".into(),
            when_local: "Mon 7 Sep · 19:00–19:30".into(),
            when_venue: Some("09:00–09:30 venue time".into()),
            venue: "COEX Hall C".into(),
            table: "A3".into(),
            reason: reason.map(str::to_owned),
            expo_name: "K-Water Expo".into(),
            agenda_link: "https://expo.example/buyer".into(),
            join_link: Some("https://expo.example/join/7/buyer/3/00ff".into()),
            online: false,
            ics: ics.clone(),
            meeting: MeetingId(7),
            done_for_you: None,
        };
        for (change, reason) in [
            (Changed::Booked, None),
            (Changed::Moved, None),
            (Changed::TableChanged, None),
            (Changed::ModeChanged, None),
            (Changed::Cancelled, Some("The flight was cancelled")),
            (Changed::NoShow, None),
            (Changed::Restored, None),
        ] {
            add(&|| parts(&meeting(change, reason)));
        }
        for change in InterpreterChange::ALL {
            add(&|| {
                parts(&InterpreterMail {
                    t,
                    change,
                    name: "Lucía Ríos".into(),
                    buyer: "Carlos Quispe (SEDAPAL)".into(),
                    supplier: "Hanbit Watertech (한빛워터텍)".into(),
                    when: "09:00–09:30 venue time".into(),
                    venue: "COEX Hall C".into(),
                    table: "Online 1".into(),
                    online: true,
                    join_link: Some("https://expo.example/join/7/interpreter/5/00ff".into()),
                    agenda_link: "https://expo.example/interpreter/5/00ff".into(),
                    expo_name: "K-Water Expo".into(),
                    ics: ics.clone(),
                    meeting: MeetingId(7),
                })
            });
        }
        add(&|| {
            parts(&Invitation {
                t,
                name: "Carlos".into(),
                expo_name: "K-Water Expo".into(),
                venue: "COEX".into(),
                dates: t.date_range(
                    &NaiveDate::from_ymd_opt(2026, 9, 8),
                    &NaiveDate::from_ymd_opt(2026, 9, 9),
                ),
                deadline: Some(t.zoned_instant(
                    &at("2026-09-07 09:00"),
                    chrono_tz::America::Lima,
                    chrono_tz::Asia::Seoul,
                )),
                organizer: "KOTRA".into(),
                contact: Some("desk@kotra.example".into()),
                link: "https://expo.example/auth/link/x".into(),
                days: 30,
            })
        });
        for name in ["", "Carlos"] {
            add(&|| {
                parts(&SignInLink {
                    t,
                    name: name.into(),
                    link: "https://expo.example/auth/link/x".into(),
                    minutes: 30,
                })
            });
        }
        add(&|| {
            parts(&VerifyEmail {
                t,
                name: "이수진".into(),
                company: "Hanbit".into(),
                expo: "K-Water Expo".into(),
                link: "https://expo.example/register/verify/x".into(),
                days: 2,
            })
        });
        add(&|| {
            parts(&AccountExists {
                t,
                company: t.get("mail-exists-your-company"),
                expo: "K-Water Expo".into(),
                link: "https://expo.example/signin/reset/x".into(),
                minutes: 60,
            })
        });
        add(&|| {
            parts(&PasswordReset {
                t,
                name: "이수진".into(),
                link: "https://expo.example/signin/reset/x".into(),
                minutes: 60,
            })
        });
        for reason in [None, Some("Documents missing")] {
            add(&|| {
                parts(&SupplierDecision {
                    t,
                    name: "Hanbit".into(),
                    expo_name: "K-Water Expo".into(),
                    reason: reason.map(str::to_owned),
                    link: "https://expo.example/supplier".into(),
                })
            });
        }
        let day = NaiveDate::from_ymd_opt(2026, 9, 8).expect("day");
        for kind in [
            agenda::AgendaKind::Published,
            agenda::AgendaKind::Reminder(day),
        ] {
            for n in [0, 1, 2] {
                add(&|| {
                    parts(&Agenda {
                        t,
                        kind,
                        name: "Carlos".into(),
                        lines: (0..n)
                            .map(|_| agenda::AgendaLine {
                                when_local: "Tue 8 Sep · 09:00–09:30".into(),
                                when_venue: None,
                                counterpart: "Hanbit".into(),
                                table: "A3".into(),
                                interpreter: Some("Kim".into()),
                            })
                            .collect(),
                        expo_name: "K-Water Expo".into(),
                        venue: "COEX".into(),
                        agenda_link: "https://expo.example/buyer".into(),
                        ics: (kind == agenda::AgendaKind::Published).then(|| ics.clone()),
                    })
                });
            }
        }
        for n in [1, 2] {
            add(&|| {
                parts(&FollowUp {
                    t,
                    months: 3,
                    name: "Hanbit".into(),
                    expo_name: "K-Water Expo".into(),
                    lines: (0..n)
                        .map(|_| follow_up::FollowUpLine {
                            date: "8 September 2026".into(),
                            buyer: "Carlos, SEDAPAL (Peru)".into(),
                            result: t.get("mail-followup-no-result"),
                            link: "https://expo.example/supplier/meetings/7/outcome".into(),
                        })
                        .collect(),
                    sign_in: "https://expo.example/auth/link/x".into(),
                    days: 14,
                })
            });
        }
        let request = RequestMail {
            t,
            kind: "request_declined",
            subject: t.arg("mail-request-declined-subject", "name", "Hanbit"),
            name: "Carlos".into(),
            headline: t.arg2("mail-request-expired-headline", "name", "Hanbit", "days", 3),
            message: "Let us talk about pumps".into(),
            reason: Some("Fully booked".into()),
            expo_name: "K-Water Expo".into(),
            link: "https://expo.example/buyer".into(),
        };
        add(&|| parts(&request));
        let footer = crate::mail::with_privacy_footer(
            "x",
            Some(&format!("<html lang=\"{}\"><body></body></html>", t.code())),
            "https://expo.example",
        )
        .expect("footer");
        out.push(("footer", footer.0));
        out.push(("footer", footer.1.unwrap_or_default()));
        out
    }

    #[test]
    fn every_mail_kind_renders_in_every_language_without_a_raw_key() {
        for t in Locale::OFFERED {
            for (kind, rendered) in every_mail(*t) {
                assert!(
                    !rendered.contains("mail-"),
                    "{t}: a raw catalogue key in a {kind}:\n{rendered}"
                );
            }
        }
    }

    /// The words of a rendered message that did not pass through the catalogue, in the
    /// pseudo-locale: messages (⟦…⟧), the fixture's data, addresses, ids and codes taken out.
    fn untranslated(rendered: &str, typed: &[&str]) -> Vec<String> {
        // Calendar lines folded at 75 octets are unfolded; of a calendar, only the values
        // people read count.
        let unfolded = rendered.replace("\r\n ", "").replace("\n ", "");
        let mut text = String::new();
        for line in unfolded.lines() {
            // A calendar property: its name (before any parameter) in capitals.
            let name = line.split([':', ';']).next().unwrap_or_default();
            let is_property = line.contains(':')
                && name.len() >= 2
                && name.chars().all(|c| c.is_ascii_uppercase() || c == '-');
            let property = is_property
                .then(|| line.split_once(':'))
                .flatten()
                .map(|(_, value)| (name, value));
            match property {
                Some((name, value)) => {
                    if ["SUMMARY", "DESCRIPTION", "LOCATION"]
                        .iter()
                        .any(|p| name.starts_with(p))
                    {
                        text.push_str(&value.replace("\\n", " ").replace("\\,", ","));
                        text.push('\n');
                    }
                }
                None => {
                    text.push_str(line);
                    text.push('\n');
                }
            }
        }
        // Tags out, the entities askama writes back to characters.
        let mut plain = String::new();
        let mut in_tag = false;
        for c in text.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => {
                    in_tag = false;
                    plain.push(' ');
                }
                _ if !in_tag => plain.push(c),
                _ => {}
            }
        }
        let mut plain = plain
            .replace("&#x27;", "'")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
        while let Some(open) = plain.rfind('⟦') {
            let Some(close) = plain[open..].find('⟧') else {
                break;
            };
            plain.replace_range(open..open + close + '⟧'.len_utf8(), " ");
        }
        for t in typed {
            plain = plain.replace(t, " ");
        }
        plain
            .split_whitespace()
            .filter(|w| {
                !(w.contains('@')
                    || w.contains("://")
                    || w.contains('/')
                    || (w.len() <= 4
                        && w.chars()
                            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())))
            })
            .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_message_and_calendar_file_passes_through_the_catalogue() {
        // What the fixtures hold as data (names, places, reasons, times they give
        // already formatted): shown as written in every language.
        let typed = [
            "Hanbit Watertech (한빛워터텍)",
            "Hanbit Watertech",
            "Carlos Quispe",
            "Carlos, SEDAPAL (Peru)",
            "K-Water Expo",
            "COEX Hall C",
            "09:00–09:30 venue time",
            "Mon 7 Sep · 19:00–19:30",
            "Tue 8 Sep · 09:00–09:30",
            "8 September 2026",
            "Documents missing",
            "The flight was cancelled",
            "Let us talk about pumps",
            "Fully booked",
            "SEDAPAL",
            "Hanbit",
            "Carlos",
            "COEX",
            "Kim",
            "KOTRA",
            "expomatch",
            "Asia/Seoul",
            "America/Lima",
        ];
        let mut left = Vec::new();
        for (kind, rendered) in every_mail(Locale::Pseudo) {
            let words = untranslated(&rendered, &typed);
            if !words.is_empty() {
                left.push(format!("{kind}: {words:?}"));
            }
        }
        assert!(
            left.is_empty(),
            "text outside the catalogue:\n{}",
            left.join("\n")
        );
    }

    #[test]
    fn the_message_check_finds_english_left_outside_the_catalogue() {
        assert!(untranslated("<p>⟦Hello Carlos⟧</p>", &["Carlos"]).is_empty());
        assert_eq!(
            untranslated("<p>⟦Hello⟧ see you soon</p>", &[]),
            ["see", "you", "soon"]
        );
        assert!(untranslated("BEGIN:VEVENT\r\nSUMMARY:⟦Meeting⟧\r\nEND:VEVENT", &[]).is_empty());
        assert_eq!(
            untranslated("SUMMARY:Meeting with", &[]),
            ["Meeting", "with"]
        );
    }

    #[test]
    fn html_parts_say_their_language_and_direction() {
        for t in Locale::OFFERED {
            let html = every_mail(*t)
                .into_iter()
                .filter(|(_, r)| r.starts_with("<!doctype html>"))
                .map(|(_, r)| r)
                .collect::<Vec<_>>();
            assert!(!html.is_empty());
            for h in html {
                assert!(
                    h.contains(&format!("<html lang=\"{}\" dir=\"{}\"", t.code(), t.dir())),
                    "{t}: {h}"
                );
            }
        }
    }

    #[test]
    fn every_buyer_facing_message_is_in_each_buyer_language_catalogue() {
        // The Chinese file holds exactly the buyer-facing keys; every language has all
        // of them (English and Korean have every key, `cargo test i18n` checks).
        fn keys(ftl: &str) -> Vec<&str> {
            ftl.lines()
                .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
                .filter(|k| k.starts_with("mail-"))
                .collect()
        }
        let buyer = keys(include_str!("../../../locales/zh-Hans/mail.ftl"));
        assert!(buyer.len() > 40);
        for (lang, ftl) in [
            ("en", include_str!("../../../locales/en/mail.ftl")),
            ("ko", include_str!("../../../locales/ko/mail.ftl")),
            ("ja", include_str!("../../../locales/ja/mail.ftl")),
            ("vi", include_str!("../../../locales/vi/mail.ftl")),
            ("es", include_str!("../../../locales/es/mail.ftl")),
            ("ru", include_str!("../../../locales/ru/mail.ftl")),
            ("ar", include_str!("../../../locales/ar/mail.ftl")),
        ] {
            let have = keys(ftl);
            for key in &buyer {
                assert!(have.contains(key), "{lang} lacks {key}");
            }
        }
    }

    #[test]
    fn a_buyer_in_japanese_gets_a_japanese_calendar_file() {
        let ctx = MailContext::new(
            "https://expo.example",
            "Expo <expo@kotra.example>".parse().expect("from"),
        );
        let ics = meetings_calendar(
            &[view()],
            Role::Buyer,
            Method::Request,
            None,
            Locale::Ja,
            &ctx,
            at("2026-08-01 00:00"),
        );
        let parsed: icalendar::Calendar = ics.parse().expect("parses");
        let event = parsed
            .components
            .iter()
            .find_map(|c| match c {
                icalendar::CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .expect("an event");
        use icalendar::Component as _;
        assert_eq!(
            event.get_summary(),
            Some("輸出商談：Hanbit Watertech × SEDAPAL")
        );
    }
}
