//! An invitation to help run an expo as its staff, with a sign-in link.

use chrono::NaiveDateTime;

use super::{Mail, MailContext, Recipient, mail_parts, queue};
use crate::db::DbConnection;
use crate::domain::status::StaffRole;
use crate::domain::token::Purpose;
use crate::domain::{ExpoId, OrganizerId, Role};
use crate::i18n::Locale;
use crate::mail::QueueError;
use crate::store::{expos, tokens};

pub struct StaffInvitation {
    /// The language of the owner who invited them (they read the same screens).
    pub t: Locale,
    pub name: String,
    pub inviter: String,
    pub expo_name: String,
    /// The role's label in `t`.
    pub role: String,
    /// The co-host agency, for co-host staff.
    pub agency: Option<String>,
    pub link: String,
    pub days: i64,
}

mail_parts!(
    StaffInvitation,
    "mail/staff_invitation/body.txt",
    "mail/staff_invitation/body.html"
);

impl Mail for StaffInvitation {
    fn kind(&self) -> &'static str {
        "staff_invitation"
    }

    fn subject(&self) -> String {
        self.t.arg("mail-staff-subject", "expo", &self.expo_name)
    }
}

/// Who is invited, by whom, to which expo and role.
pub struct StaffInvite<'a> {
    pub expo: ExpoId,
    pub who: OrganizerId,
    pub name: &'a str,
    pub email: &'a str,
    pub inviter: &'a str,
    pub role: StaffRole,
    pub agency: Option<&'a str>,
}

/// Queues the invitation with a personal sign-in link (valid as long as a buyer's).
pub fn queue_staff_invitation(
    conn: &mut DbConnection,
    invite: &StaffInvite<'_>,
    t: Locale,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let lifetime = Purpose::Invitation.lifetime();
    let token = tokens::issue(
        conn,
        Role::Organizer,
        invite.who.0,
        Purpose::Invitation,
        lifetime,
        now,
    )?;
    let settings = expos::settings(conn, invite.expo)?.ok_or(diesel::result::Error::NotFound)?;
    let mail = StaffInvitation {
        t,
        name: invite.name.to_owned(),
        inviter: invite.inviter.to_owned(),
        expo_name: settings.name,
        role: t.label(&invite.role),
        agency: invite.agency.map(str::to_owned),
        link: ctx.link(&format!("/auth/link/{}", token.as_str())),
        days: lifetime.num_days(),
    };
    let to = Recipient {
        name: invite.name,
        address: invite.email,
        expo: Some(invite.expo),
    };
    queue(conn, to, &mail, now)
}
