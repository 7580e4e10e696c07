//! Personal data under Korea's Personal Information Protection Act (PIPA): the kinds
//! of consent a person gives, the form that collects them, the organizer's notice
//! form, and the placeholders that replace a forgotten person's data.

use std::fmt;

use super::values::{EmailAddress, FieldError};
use super::{PersonName, Role};

/// What a person consents to. Collection and provision are always required; overseas
/// transfer is required when the notice says data leaves Korea; marketing is optional.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConsentKind {
    /// Collection and use of personal data (PIPA art. 15).
    Collection,
    /// Provision to the other party of each meeting, a third party (art. 17).
    Provision,
    /// Transfer abroad, when the service is hosted outside Korea (art. 28-8).
    Overseas,
    /// News from the organizer (optional).
    Marketing,
}

impl ConsentKind {
    pub const ALL: [Self; 4] = [
        Self::Collection,
        Self::Provision,
        Self::Overseas,
        Self::Marketing,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Collection => "collection",
            Self::Provision => "provision",
            Self::Overseas => "overseas",
            Self::Marketing => "marketing",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == raw)
    }

    /// The form field that carries this consent.
    pub const fn field(self) -> &'static str {
        match self {
            Self::Collection => "consent_collection",
            Self::Provision => "consent_provision",
            Self::Overseas => "consent_overseas",
            Self::Marketing => "consent_marketing",
        }
    }

    /// The label for people (pages and the data export).
    pub const fn label(self) -> &'static str {
        match self {
            Self::Collection => "Collection and use of personal data",
            Self::Provision => "Provision to the other party of each meeting",
            Self::Overseas => "Transfer of personal data abroad",
            Self::Marketing => "News from the organizer",
        }
    }

    /// Whether this consent can be withdrawn while the account stays: the required
    /// ones can only end with the account (a deletion request).
    pub const fn withdrawable(self) -> bool {
        matches!(self, Self::Marketing)
    }
}

impl fmt::Display for ConsentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The consents a form asked for, read from its checkboxes (any value means ticked).
/// `parse` refuses a form without a required one, naming the field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsentForm {
    pub ticked: Vec<ConsentKind>,
}

impl ConsentForm {
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let ticked = ConsentKind::ALL
            .into_iter()
            .filter(|k| {
                pairs
                    .iter()
                    .any(|(name, v)| name == k.field() && !v.is_empty())
            })
            .collect();
        Self { ticked }
    }

    pub fn has(&self, kind: ConsentKind) -> bool {
        self.ticked.contains(&kind)
    }

    /// The consents to record. `overseas_required`: the current notice says data
    /// leaves Korea. Errors: one per required consent left unticked.
    pub fn parse(&self, overseas_required: bool) -> Result<Vec<ConsentKind>, Vec<FieldError>> {
        let mut errors = Vec::new();
        if !self.has(ConsentKind::Collection) {
            errors.push(FieldError::new(
                ConsentKind::Collection.field(),
                crate::text!("err-ops-consent-collection"),
            ));
        }
        if !self.has(ConsentKind::Provision) {
            errors.push(FieldError::new(
                ConsentKind::Provision.field(),
                crate::text!("err-ops-consent-provision"),
            ));
        }
        if overseas_required && !self.has(ConsentKind::Overseas) {
            errors.push(FieldError::new(
                ConsentKind::Overseas.field(),
                crate::text!("err-ops-consent-overseas"),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(self
            .ticked
            .iter()
            .copied()
            .filter(|k| overseas_required || *k != ConsentKind::Overseas)
            .collect())
    }
}

/// The organizer's privacy notice form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct NoticeForm {
    #[serde(default)]
    pub officer_name: String,
    #[serde(default)]
    pub officer_email: String,
    #[serde(default)]
    pub officer_phone: String,
    #[serde(default)]
    pub transfers_abroad: Option<String>,
    #[serde(default)]
    pub transfer_country: String,
    #[serde(default)]
    pub transfer_recipient: String,
    #[serde(default)]
    pub body: String,
}

/// A valid notice, ready to be saved as the next version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeInput {
    pub officer_name: String,
    pub officer_email: String,
    pub officer_phone: String,
    pub transfers_abroad: bool,
    pub transfer_country: String,
    pub transfer_recipient: String,
    pub body: String,
}

const NOTICE_MAX: usize = 20_000;

impl NoticeForm {
    /// Errors: the officer's name, email or phone missing or malformed; a transfer
    /// abroad without the country or the recipient; an empty or over-long text.
    pub fn parse(&self) -> Result<NoticeInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = PersonName::parse("officer_name", &self.officer_name)
            .map_err(|e| errors.push(e))
            .ok();
        let email = EmailAddress::parse(&self.officer_email)
            .map_err(|e| {
                errors.push(FieldError::new("officer_email", e.message));
            })
            .ok();
        let phone = self.officer_phone.trim();
        if phone.is_empty()
            || phone.len() > 40
            || !phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        {
            errors.push(FieldError::new(
                "officer_phone",
                crate::text!("err-ops-notice-phone"),
            ));
        }
        let abroad = self
            .transfers_abroad
            .as_deref()
            .is_some_and(|v| !v.is_empty());
        let (country, recipient) = (self.transfer_country.trim(), self.transfer_recipient.trim());
        if abroad && country.is_empty() {
            errors.push(FieldError::new(
                "transfer_country",
                crate::text!("err-ops-notice-transfer-country"),
            ));
        }
        if abroad && recipient.is_empty() {
            errors.push(FieldError::new(
                "transfer_recipient",
                crate::text!("err-ops-notice-transfer-recipient"),
            ));
        }
        let body = self.body.trim().replace("\r\n", "\n");
        if body.is_empty() || body.chars().count() > NOTICE_MAX {
            errors.push(FieldError::new(
                "body",
                crate::text!("err-ops-notice-body", max = NOTICE_MAX),
            ));
        }
        if body
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            errors.push(FieldError::new(
                "body",
                crate::text!("err-ops-notice-body-control"),
            ));
        }
        match (name, email) {
            (Some(name), Some(email)) if errors.is_empty() => Ok(NoticeInput {
                officer_name: name.as_str().to_owned(),
                officer_email: email.as_str().to_owned(),
                officer_phone: phone.to_owned(),
                transfers_abroad: abroad,
                transfer_country: if abroad {
                    country.to_owned()
                } else {
                    String::new()
                },
                transfer_recipient: if abroad {
                    recipient.to_owned()
                } else {
                    String::new()
                },
                body,
            }),
            _ => Err(errors),
        }
    }
}

/// The name that replaces a forgotten person's: "Deleted buyer #12".
pub fn deleted_name(role: Role, id: i32) -> String {
    format!("Deleted {} #{id}", role.as_str())
}

/// The email that replaces a forgotten person's: unique per person, and in the
/// `.invalid` top-level domain, so no message can ever reach anyone.
pub fn deleted_email(role: Role, id: i32) -> String {
    format!("deleted-{}-{id}@invalid", role.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(fields: &[&str]) -> Vec<(String, String)> {
        fields
            .iter()
            .map(|f| ((*f).to_owned(), "yes".to_owned()))
            .collect()
    }

    #[test]
    fn consent_kinds_round_trip_through_their_names() {
        for kind in ConsentKind::ALL {
            assert_eq!(ConsentKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(ConsentKind::parse("everything"), None);
    }

    #[test]
    fn each_required_consent_left_out_is_named() {
        let cases: [(&str, &[&str], bool, &[&str]); 5] = [
            (
                "nothing ticked",
                &[],
                false,
                &["consent_collection", "consent_provision"],
            ),
            (
                "no provision",
                &["consent_collection"],
                false,
                &["consent_provision"],
            ),
            (
                "no overseas when data leaves Korea",
                &["consent_collection", "consent_provision"],
                true,
                &["consent_overseas"],
            ),
            (
                "marketing alone",
                &["consent_marketing"],
                false,
                &["consent_collection", "consent_provision"],
            ),
            (
                "no collection",
                &["consent_provision"],
                false,
                &["consent_collection"],
            ),
        ];
        for (case, ticked, abroad, missing) in cases {
            let errors = ConsentForm::from_pairs(&pairs(ticked))
                .parse(abroad)
                .expect_err(case);
            let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
            assert_eq!(fields, missing, "{case}");
        }
    }

    #[test]
    fn overseas_consent_is_recorded_only_when_data_leaves_korea() {
        let form = ConsentForm::from_pairs(&pairs(&[
            "consent_collection",
            "consent_provision",
            "consent_overseas",
        ]));
        assert_eq!(
            form.parse(false).expect("valid"),
            vec![ConsentKind::Collection, ConsentKind::Provision]
        );
        assert_eq!(form.parse(true).expect("valid").len(), 3);
    }

    #[test]
    fn a_transfer_abroad_needs_its_country_and_recipient() {
        let form = NoticeForm {
            officer_name: "Kim Minji".into(),
            officer_email: "privacy@agency.example".into(),
            officer_phone: "+82 2 123 4567".into(),
            transfers_abroad: Some("yes".into()),
            body: "We collect…".into(),
            ..NoticeForm::default()
        };
        let fields: Vec<&str> = form
            .parse()
            .expect_err("incomplete")
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["transfer_country", "transfer_recipient"]);
        let ok = NoticeForm {
            transfer_country: "Japan".into(),
            transfer_recipient: "Cloud Hosting KK".into(),
            ..form
        }
        .parse()
        .expect("valid");
        assert!(ok.transfers_abroad);
    }

    #[test]
    fn placeholders_name_the_role_and_never_reach_a_mailbox() {
        assert_eq!(deleted_name(Role::Buyer, 12), "Deleted buyer #12");
        assert_eq!(
            deleted_email(Role::Supplier, 3),
            "deleted-supplier-3@invalid"
        );
    }
}
