//! An invitation to join a company's team on an expo, with a sign-in link.

use chrono::NaiveDateTime;

use super::{Mail, MailContext, Recipient, mail_parts, queue};
use crate::db::DbConnection;
use crate::domain::Role;
use crate::domain::token::Purpose;
use crate::i18n::Locale;
use crate::mail::QueueError;
use crate::store::{expos, team, tokens};

pub struct TeamInvitation {
    /// The language of the colleague who invited them.
    pub t: Locale,
    pub name: String,
    pub inviter: String,
    pub company: String,
    pub expo_name: String,
    pub link: String,
    pub days: i64,
}

mail_parts!(
    TeamInvitation,
    "mail/team_invitation/body.txt",
    "mail/team_invitation/body.html"
);

impl TeamInvitation {
    /// Who invites them to which company's team (the templates call it).
    pub fn intro(&self) -> String {
        self.t.text(&crate::text!(
            "mail-team-intro",
            inviter = self.inviter.as_str(),
            company = self.company.as_str(),
            expo = self.expo_name.as_str()
        ))
    }
}

impl Mail for TeamInvitation {
    fn kind(&self) -> &'static str {
        "team_invitation"
    }

    fn subject(&self) -> String {
        self.t.arg2(
            "mail-team-subject",
            "company",
            &self.company,
            "expo",
            &self.expo_name,
        )
    }
}

/// Queues the invitation of a new team member, with their own sign-in link.
#[allow(clippy::too_many_arguments)]
pub fn queue_team_invitation(
    conn: &mut DbConnection,
    side: Role,
    company: &team::Team,
    member: &team::Member,
    inviter: &str,
    t: Locale,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let lifetime = Purpose::MemberInvitation.lifetime();
    let token = tokens::issue(
        conn,
        side,
        member.id,
        Purpose::MemberInvitation,
        lifetime,
        now,
    )?;
    let settings = expos::settings(conn, company.expo)?.ok_or(diesel::result::Error::NotFound)?;
    let mail = TeamInvitation {
        t,
        name: member.name.clone(),
        inviter: inviter.to_owned(),
        company: company.company_name.clone(),
        expo_name: settings.name,
        link: ctx.link(&format!("/auth/link/{}", token.as_str())),
        days: lifetime.num_days(),
    };
    let to = Recipient {
        name: &member.name,
        address: &member.email,
        expo: Some(company.expo),
    };
    queue(conn, to, &mail, now)
}
