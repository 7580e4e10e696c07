//! The checked values of a profile: business registration number, phone, web link, HS code.

use std::fmt;

use crate::domain::values::FieldError;

/// A Korean business registration number (사업자등록번호), `123-45-67890`, whose last
/// digit is the check digit of the National Tax Service's rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BusinessRegNo(String);

impl BusinessRegNo {
    pub const FIELD: &'static str = "business_reg_no";

    /// Accepts the ten digits with or without hyphens or spaces; stores `123-45-67890`.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(FieldError::new(
                Self::FIELD,
                crate::text!("err-sup-regno-missing"),
            ));
        }
        if raw
            .chars()
            .any(|c| !(c.is_ascii_digit() || c == '-' || c == ' '))
        {
            return Err(FieldError::new(
                Self::FIELD,
                crate::text!("err-sup-regno-digits"),
            ));
        }
        let digits: Vec<u32> = raw.chars().filter_map(|c| c.to_digit(10)).collect();
        let Ok(d) = <[u32; 10]>::try_from(digits) else {
            return Err(FieldError::new(
                Self::FIELD,
                crate::text!("err-sup-regno-length"),
            ));
        };
        if check_digit(&d) != d[9] {
            return Err(FieldError::new(
                Self::FIELD,
                crate::text!("err-sup-regno-check"),
            ));
        }
        let s: String = d.iter().map(|n| char::from(b'0' + (*n as u8))).collect();
        Ok(Self(format!("{}-{}-{}", &s[0..3], &s[3..5], &s[5..10])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The valid number whose first nine digits are `serial` (demo and test data).
    pub fn from_serial(serial: u32) -> Self {
        let mut d = [0u32; 10];
        let mut n = serial % 1_000_000_000;
        for digit in d[..9].iter_mut().rev() {
            *digit = n % 10;
            n /= 10;
        }
        d[9] = check_digit(&d);
        let s: String = d.iter().map(|n| char::from(b'0' + (*n as u8))).collect();
        Self(format!("{}-{}-{}", &s[0..3], &s[3..5], &s[5..10]))
    }
}

impl fmt::Display for BusinessRegNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The National Tax Service check digit of the first nine digits.
pub(super) fn check_digit(d: &[u32; 10]) -> u32 {
    const WEIGHTS: [u32; 9] = [1, 3, 7, 1, 3, 7, 1, 3, 5];
    let mut sum: u32 = d.iter().zip(WEIGHTS).map(|(x, w)| x * w).sum();
    sum += d[8] * 5 / 10;
    (10 - sum % 10) % 10
}

/// A telephone number as people write it: digits with spaces, hyphens, dots or
/// parentheses, an optional leading `+`; 7 to 15 digits (the E.164 maximum).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let phone = raw.trim();
        if phone.is_empty() {
            return Err(FieldError::new(
                "phone",
                crate::text!("err-sup-phone-missing"),
            ));
        }
        let body = phone.strip_prefix('+').unwrap_or(phone);
        let allowed = body
            .chars()
            .all(|c| c.is_ascii_digit() || " -.()".contains(c));
        let digits = body.chars().filter(char::is_ascii_digit).count();
        if !allowed || !(7..=15).contains(&digits) {
            return Err(FieldError::new(
                "phone",
                crate::text!("err-sup-phone-format"),
            ));
        }
        Ok(Self(phone.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A web address (`http` or `https`) of at most 300 characters. `www.x.com` is read
/// as `https://www.x.com`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebLink(String);

impl WebLink {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let raw = raw.trim();
        let bad = || FieldError::new(field, crate::text!("err-sup-web-format"));
        if raw.chars().count() > 300 {
            return Err(FieldError::new(
                field,
                crate::text!("err-sup-too-long", max = 300),
            ));
        }
        let candidate = if raw.contains("://") {
            raw.to_owned()
        } else {
            format!("https://{raw}")
        };
        let url = url::Url::parse(&candidate).map_err(|_| bad())?;
        let host_ok = url
            .host_str()
            .is_some_and(|h| h.contains('.') && !h.starts_with('.') && !h.ends_with('.'));
        if !matches!(url.scheme(), "http" | "https")
            || !host_ok
            || raw.contains(char::is_whitespace)
        {
            return Err(bad());
        }
        Ok(Self(candidate))
    }

    /// Empty input is no link at all.
    pub fn parse_optional(field: &'static str, raw: &str) -> Result<Option<Self>, FieldError> {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(field, raw).map(Some)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A Harmonized System code: 2 to 10 digits (dots and spaces as people write them,
/// `8421.21`, are dropped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HsCode(String);

impl HsCode {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let raw = raw.trim();
        let ok_chars = raw
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ' ');
        let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
        if !ok_chars || !(2..=10).contains(&digits.len()) {
            return Err(FieldError::new(field, crate::text!("err-sup-hs-format")));
        }
        Ok(Self(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
