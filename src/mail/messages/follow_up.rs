//! The follow-up survey: months after an expo, a supplier is asked what came of its held meetings.

use chrono::{NaiveDateTime, TimeZone as _};

use super::{Mail, MailContext, Recipient, mail_parts, queue};
use crate::db::DbConnection;
use crate::domain::token::Purpose;
use crate::domain::{Role, SupplierId, TimeZone};
use crate::i18n::Locale;
use crate::mail::QueueError;
use crate::store::{languages, participants, tokens};

/// How long the sign-in link in a follow-up survey works.
pub const FOLLOW_UP_LINK_DAYS: i64 = 14;

pub struct FollowUpLine {
    pub date: String,
    pub buyer: String,
    pub result: String,
    pub link: String,
}

pub struct FollowUp {
    /// The recipient's language.
    pub t: Locale,
    pub months: u32,
    pub name: String,
    pub expo_name: String,
    pub lines: Vec<FollowUpLine>,
    pub sign_in: String,
    /// How long `sign_in` works.
    pub days: i64,
}

mail_parts!(
    FollowUp,
    "mail/follow_up/body.txt",
    "mail/follow_up/body.html"
);

impl FollowUp {
    /// What the message says first (the templates call it).
    pub fn headline(&self) -> String {
        let meetings = self
            .t
            .arg("mail-followup-meetings", "count", self.lines.len());
        let since = self.t.arg2(
            "mail-followup-since",
            "months",
            self.months,
            "expo",
            &self.expo_name,
        );
        self.t.arg2(
            "mail-followup-headline",
            "since",
            since,
            "meetings",
            meetings,
        )
    }
}

impl Mail for FollowUp {
    fn kind(&self) -> &'static str {
        "follow_up"
    }

    fn subject(&self) -> String {
        self.t.arg2(
            "mail-followup-subject",
            "months",
            self.months,
            "expo",
            &self.expo_name,
        )
    }
}

/// The catalogue key of a meeting's recorded interest.
const fn interest_key(i: crate::domain::outcome::Interest) -> &'static str {
    use crate::domain::outcome::Interest;
    match i {
        Interest::None => "mail-interest-none",
        Interest::FollowUp => "mail-interest-follow-up",
        Interest::SampleOrQuote => "mail-interest-sample-or-quote",
        Interest::ContractExpected => "mail-interest-contract-expected",
        Interest::ContractSigned => "mail-interest-contract-signed",
    }
}

/// Asks a supplier, `months` after the expo, what came of its held meetings: each
/// with the result recorded so far and a link to update it, and a sign-in link.
pub fn queue_follow_up(
    conn: &mut DbConnection,
    supplier: SupplierId,
    months: u32,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let s =
        participants::supplier_summary(conn, supplier)?.ok_or(diesel::result::Error::NotFound)?;
    let t = languages::for_mail(conn, Role::Supplier, supplier.0, Locale::Ko)?;
    let venue = TimeZone::stored(&s.venue_timezone)?.tz();
    let held = crate::store::outcomes::held_for_supplier(conn, supplier)?;
    let lines: Vec<FollowUpLine> = held
        .iter()
        .map(|m| FollowUpLine {
            date: t.date(&venue.from_utc_datetime(&m.starts_at).date_naive()),
            buyer: format!(
                "{}, {} ({})",
                m.buyer_name,
                m.buyer_organisation,
                t.country(&m.buyer_country)
            ),
            result: match (m.interest, m.value) {
                (None, _) => t.get("mail-followup-no-result"),
                (Some(i), None) => t.get(interest_key(i)),
                (Some(i), Some((minor, c))) => {
                    format!(
                        "{} · {}",
                        t.get(interest_key(i)),
                        t.money(&minor, c.as_str())
                    )
                }
            },
            link: ctx.link(&format!("/supplier/meetings/{}/outcome", m.meeting)),
        })
        .collect();
    let lifetime = chrono::TimeDelta::days(FOLLOW_UP_LINK_DAYS);
    let token = tokens::issue(
        conn,
        Role::Supplier,
        supplier.0,
        Purpose::Invitation,
        lifetime,
        now,
    )?;
    let mail = FollowUp {
        t,
        months,
        name: s.company_name_en,
        expo_name: s.expo_name,
        lines,
        sign_in: ctx.link(&format!("/auth/link/{}", token.as_str())),
        days: FOLLOW_UP_LINK_DAYS,
    };
    let to = Recipient {
        name: &mail.name,
        address: &s.email,
        expo: Some(s.expo_id),
    };
    queue(conn, to, &mail, now)
}
