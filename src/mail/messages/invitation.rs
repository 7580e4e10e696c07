//! A buyer's invitation to an expo, with a personal sign-in link.

use chrono::NaiveDateTime;

use super::{Mail, MailContext, Recipient, mail_parts, queue};
use crate::db::DbConnection;
use crate::domain::token::Purpose;
use crate::domain::{BuyerId, Role, TimeZone};
use crate::i18n::Locale;
use crate::mail::QueueError;
use crate::store::{expos, languages, participants, tokens};

pub struct Invitation {
    /// The recipient's language.
    pub t: Locale,
    pub name: String,
    pub expo_name: String,
    pub venue: String,
    /// The consultation days ("8–9 September 2026"), or that they are to be announced.
    pub dates: String,
    /// When booking closes, in venue and buyer time (`Locale::zoned_instant`).
    pub deadline: Option<String>,
    /// Who organizes the expo (the name its emails come from).
    pub organizer: String,
    /// The organizer's contact address, when the expo has one.
    pub contact: Option<String>,
    pub link: String,
    /// How long the link works.
    pub days: i64,
}

mail_parts!(
    Invitation,
    "mail/invitation/body.txt",
    "mail/invitation/body.html"
);

impl Mail for Invitation {
    fn kind(&self) -> &'static str {
        "invitation"
    }

    fn subject(&self) -> String {
        self.t
            .arg("mail-invitation-subject", "expo", &self.expo_name)
    }
}

/// Queues a buyer's invitation with a personal sign-in link (valid 30 days).
pub fn queue_invitation(
    conn: &mut DbConnection,
    buyer: BuyerId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let b = participants::buyer_summary(conn, buyer)?.ok_or(diesel::result::Error::NotFound)?;
    let lifetime = Purpose::Invitation.lifetime();
    let token = tokens::issue(
        conn,
        Role::Buyer,
        buyer.0,
        Purpose::Invitation,
        lifetime,
        now,
    )?;
    let t = languages::for_mail(conn, Role::Buyer, buyer.0, Locale::En)?;
    let facts = expos::invitation_facts(conn, b.expo_id)?;
    let sender = expos::mail_sender(conn, b.expo_id)?;
    let (own, venue) = (
        TimeZone::stored(&b.timezone)?.tz(),
        TimeZone::stored(&b.venue_timezone)?.tz(),
    );
    let mail = Invitation {
        t,
        link: ctx.link(&format!("/auth/link/{}", token.as_str())),
        name: b.name,
        expo_name: b.expo_name,
        venue: b.venue,
        dates: t.date_range(&facts.first_day, &facts.last_day),
        deadline: facts
            .booking_closes_at
            .map(|at| t.zoned_instant(&at, own, venue)),
        organizer: sender.name,
        contact: sender.reply_to,
        days: lifetime.num_days(),
    };
    let to = Recipient {
        name: &mail.name,
        address: &b.email,
        expo: Some(b.expo_id),
    };
    queue(conn, to, &mail, now)
}
