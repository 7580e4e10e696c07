//! A supplier's registration approved, or rejected with the reason.

use chrono::NaiveDateTime;

use super::{Mail, MailContext, Recipient, mail_parts, queue};
use crate::db::DbConnection;
use crate::domain::Role;
use crate::domain::SupplierId;
use crate::i18n::Locale;
use crate::mail::QueueError;
use crate::store::{languages, participants};

pub struct SupplierDecision {
    /// The recipient's language.
    pub t: Locale,
    /// The company's English name, also the greeting.
    pub name: String,
    pub expo_name: String,
    /// `None` when approved; the organizer's reason when rejected.
    pub reason: Option<String>,
    pub link: String,
}

mail_parts!(
    SupplierDecision,
    "mail/supplier_status/body.txt",
    "mail/supplier_status/body.html"
);

impl SupplierDecision {
    /// What the message says first (the templates call it).
    pub fn headline(&self) -> String {
        let key = match self.reason {
            None => "mail-supplier-approved-headline",
            Some(_) => "mail-supplier-rejected-headline",
        };
        self.t
            .arg2(key, "name", &self.name, "expo", &self.expo_name)
    }
}

impl Mail for SupplierDecision {
    fn kind(&self) -> &'static str {
        match self.reason {
            None => "supplier_approved",
            Some(_) => "supplier_rejected",
        }
    }

    fn subject(&self) -> String {
        let key = match self.reason {
            None => "mail-supplier-approved-subject",
            Some(_) => "mail-supplier-rejected-subject",
        };
        self.t.arg(key, "expo", &self.expo_name)
    }
}

/// Tells a supplier its registration was approved, or rejected with the reason.
pub fn queue_supplier_decision(
    conn: &mut DbConnection,
    supplier: SupplierId,
    approved: bool,
    reason: &str,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, QueueError> {
    let s =
        participants::supplier_summary(conn, supplier)?.ok_or(diesel::result::Error::NotFound)?;
    let t = languages::for_mail(conn, Role::Supplier, supplier.0, Locale::Ko)?;
    let mail = SupplierDecision {
        t,
        name: s.company_name_en,
        expo_name: s.expo_name,
        reason: (!approved).then(|| reason.to_owned()),
        link: ctx.link("/supplier"),
    };
    let to = Recipient {
        name: &mail.name,
        address: &s.email,
        expo: Some(s.expo_id),
    };
    queue(conn, to, &mail, now)
}
