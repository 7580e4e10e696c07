//! Values with a rule, parsed once at the edge (*parse, don't validate*).

use crate::text;
use std::fmt;

use super::reference;
use super::text::Text;

/// Why a submitted field was refused; `field` names the form field so the page can show
/// the message next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    /// What to tell the person, in no language yet (the page translates it).
    pub message: Text,
}

/// The message for `field` among `errors`, for a form shown again with its errors.
pub fn message_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a Text> {
    errors.iter().find(|e| e.field == field).map(|e| &e.message)
}

impl FieldError {
    pub fn new(field: &'static str, message: impl Into<Text>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

impl std::error::Error for FieldError {}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// An email address, trimmed and lower-cased so one person has one spelling.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let email = raw.trim().to_lowercase();
        let bad = || FieldError::new("email", text!("err-email-invalid"));
        if email.is_empty() {
            return Err(FieldError::new("email", text!("err-email-empty")));
        }
        if email.len() > 254 {
            return Err(FieldError::new("email", text!("err-email-too-long")));
        }
        let (local, domain) = email.split_once('@').ok_or_else(bad)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            && labels
                .last()
                .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
        if local_ok && domain_ok {
            Ok(Self(email))
        } else {
            Err(bad())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's or company's display name: 1–120 characters (any script), no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(FieldError::new(field, text!("err-required")));
        }
        if name.chars().count() > 120 {
            return Err(FieldError::new(field, text!("err-name-too-long")));
        }
        if name.chars().any(char::is_control) {
            return Err(FieldError::new(field, text!("err-name-control")));
        }
        Ok(Self(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// An officially assigned ISO 3166-1 alpha-2 country code, upper case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let code = raw.trim().to_ascii_uppercase();
        match (reference::country_name(&code), code.as_bytes()) {
            (Some(_), &[a, b]) => Ok(Self([a, b])),
            _ => Err(FieldError::new(
                "country",
                text!("err-country-unknown", value = raw.trim()),
            )),
        }
    }

    pub fn as_str(&self) -> &str {
        // Built only from two ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    pub fn name(&self) -> &'static str {
        reference::country_name(self.as_str()).unwrap_or("Unknown country")
    }

    /// The zone most people in the country use; a proposal the person can change.
    pub fn usual_timezone(&self) -> Option<TimeZone> {
        reference::country_timezone(self.as_str()).and_then(|tz| TimeZone::parse(tz).ok())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An IANA time zone such as `Asia/Seoul`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeZone(chrono_tz::Tz);

impl TimeZone {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        raw.trim().parse::<chrono_tz::Tz>().map(Self).map_err(|_| {
            FieldError::new(
                "timezone",
                text!("err-timezone-unknown", value = raw.trim()),
            )
        })
    }

    /// A zone read back from the database. An unknown name (written by hand or by an
    /// older version) is an error, never UTC: showing every meeting hours off is
    /// worse than showing none.
    pub fn stored(raw: &str) -> Result<Self, UnknownStoredZone> {
        raw.trim()
            .parse::<chrono_tz::Tz>()
            .map(Self)
            .map_err(|_| UnknownStoredZone {
                raw: raw.to_owned(),
            })
    }

    pub fn tz(&self) -> chrono_tz::Tz {
        self.0
    }

    pub fn name(&self) -> &'static str {
        self.0.name()
    }
}

/// A stored time zone that is not an IANA name: the data needs repair.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the stored time zone “{raw}” is not an IANA time zone")]
pub struct UnknownStoredZone {
    pub raw: String,
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_or_refused() {
        let ok = [
            (" Lan.Nguyen@Hawacom.VN ", "lan.nguyen@hawacom.vn"),
            ("a+b@x-y.co.kr", "a+b@x-y.co.kr"),
        ];
        for (raw, expected) in ok {
            assert_eq!(
                EmailAddress::parse(raw).map(|e| e.into_inner()),
                Ok(expected.into()),
                "case {raw:?}"
            );
        }
        let bad = [
            "",
            "plain",
            "a@b",
            "a@@b.com",
            "a b@c.com",
            ".a@b.com",
            "a@-b.com",
            "a@b.c0m",
            "김@회사.com",
        ];
        for raw in bad {
            assert!(
                EmailAddress::parse(raw).is_err(),
                "case {raw:?} should be refused"
            );
        }
    }

    #[test]
    fn names_accept_hangul_and_refuse_empty_or_long_text() {
        assert_eq!(
            PersonName::parse("name", " ㈜한빛워터텍 ").map(|n| n.into_inner()),
            Ok("㈜한빛워터텍".into())
        );
        assert!(PersonName::parse("name", "   ").is_err());
        assert!(PersonName::parse("name", &"가".repeat(121)).is_err());
        assert!(PersonName::parse("name", "a\nb").is_err());
    }

    #[test]
    fn countries_and_time_zones_are_checked_against_the_registries() {
        let vn = CountryCode::parse("vn").expect("VN exists");
        assert_eq!(vn.as_str(), "VN");
        assert_eq!(
            vn.usual_timezone().map(|t| t.name()),
            Some("Asia/Ho_Chi_Minh")
        );
        for bad in ["", "ZZ", "KOR", "X"] {
            assert!(CountryCode::parse(bad).is_err(), "case {bad:?}");
        }
        assert_eq!(
            TimeZone::parse("Asia/Seoul").map(|t| t.name()),
            Ok("Asia/Seoul")
        );
        assert!(TimeZone::parse("Mars/Olympus").is_err());
        assert_eq!(
            TimeZone::stored("Europe/Berlin").map(|t| t.name()),
            Ok("Europe/Berlin")
        );
        assert_eq!(
            TimeZone::stored("Mars/Olympus"),
            Err(UnknownStoredZone {
                raw: "Mars/Olympus".to_owned()
            })
        );
    }
}
