//! The follow-up survey: months after an expo, a supplier is asked what came of its held meetings.

use chrono::{NaiveDateTime, TimeZone as _};

use super::{Mail, MailContext, Recipient, mail_parts, queue};
use crate::db::DbConnection;
use crate::domain::token::Purpose;
use crate::domain::{Role, SupplierId, TimeZone};
use crate::mail::QueueError;
use crate::store::{participants, tokens};

/// How long the sign-in link in a follow-up survey works.
pub const FOLLOW_UP_LINK_DAYS: i64 = 14;

pub struct FollowUpLine {
    pub date: String,
    pub buyer: String,
    pub result: String,
    pub link: String,
}

pub struct FollowUp {
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
        format!(
            "It is {} months since {}. What came of your {} {}?",
            self.months,
            self.expo_name,
            self.lines.len(),
            if self.lines.len() == 1 {
                "meeting"
            } else {
                "meetings"
            }
        )
    }
}

impl Mail for FollowUp {
    fn kind(&self) -> &'static str {
        "follow_up"
    }

    fn subject(&self) -> String {
        format!(
            "{} months after {}: how did your meetings go?",
            self.months, self.expo_name
        )
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
    let venue = TimeZone::stored(&s.venue_timezone)?.tz();
    let held = crate::store::outcomes::held_for_supplier(conn, supplier)?;
    let lines: Vec<FollowUpLine> = held
        .iter()
        .map(|m| FollowUpLine {
            date: venue
                .from_utc_datetime(&m.starts_at)
                .format("%-d %B %Y")
                .to_string(),
            buyer: format!(
                "{}, {} ({})",
                m.buyer_name,
                m.buyer_organisation,
                crate::domain::reference::country_name(&m.buyer_country)
                    .unwrap_or(&m.buyer_country)
            ),
            result: match (m.interest, m.value) {
                (None, _) => "no result recorded yet".to_owned(),
                (Some(i), None) => i.label().to_owned(),
                (Some(i), Some((minor, c))) => {
                    format!("{} · {} {}", i.label(), c.format(minor), c.as_str())
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
    };
    queue(conn, to, &mail, now)
}
