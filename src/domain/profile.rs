//! A buyer's profile as submitted on the onboarding form, parsed once.

use super::reference;
use super::values::{CountryCode, FieldError, TimeZone};
use crate::text;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerProfile {
    pub name: String,
    pub organisation: String,
    pub position_title: String,
    pub country: CountryCode,
    pub timezone: TimeZone,
    pub languages: Vec<String>,
    /// Sector codes; the store checks they exist.
    pub interests: Vec<String>,
    pub looking_for: String,
    pub needs_interpreter: bool,
    /// Cannot travel: meets online.
    pub remote: bool,
    /// The local hours in which they take online meetings.
    pub hours: super::online::Hours,
}

/// The raw form, as typed (kept to re-render the form with errors).
#[derive(Clone, Debug, Default)]
pub struct BuyerProfileForm {
    pub name: String,
    pub organisation: String,
    pub position_title: String,
    pub country: String,
    pub timezone: String,
    pub languages: Vec<String>,
    pub interests: Vec<String>,
    pub looking_for: String,
    pub needs_interpreter: bool,
    pub remote: bool,
    /// `HH:MM`; both empty mean 08:00–20:00.
    pub hours_from: String,
    pub hours_to: String,
}

impl BuyerProfileForm {
    /// From urlencoded pairs; repeated keys (languages, interests) collect.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut f = Self::default();
        for (k, v) in pairs {
            match k.as_str() {
                "name" => f.name = v.clone(),
                "organisation" => f.organisation = v.clone(),
                "position_title" => f.position_title = v.clone(),
                "country" => f.country = v.clone(),
                "timezone" => f.timezone = v.clone(),
                "languages" => f.languages.push(v.clone()),
                "interests" => f.interests.push(v.clone()),
                "looking_for" => f.looking_for = v.clone(),
                "needs_interpreter" => f.needs_interpreter = v == "on" || v == "true" || v == "1",
                "remote" => f.remote = v == "on" || v == "true" || v == "1",
                "hours_from" => f.hours_from = v.clone(),
                "hours_to" => f.hours_to = v.clone(),
                _ => {}
            }
        }
        f
    }

    /// Every problem at once, each with its field.
    pub fn parse(&self) -> Result<BuyerProfile, Vec<FieldError>> {
        let mut errors = Vec::new();
        let text = |field: &'static str,
                    raw: &str,
                    min: usize,
                    max: usize,
                    errors: &mut Vec<FieldError>|
         -> String {
            let v = raw.trim();
            let n = v.chars().count();
            if n < min {
                errors.push(FieldError::new(field, text!("err-required")));
            } else if n > max {
                errors.push(FieldError::new(
                    field,
                    text!("err-too-long", max = max, count = n),
                ));
            } else if v.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
                errors.push(FieldError::new(field, text!("err-control")));
            }
            v.to_owned()
        };
        let name = text("name", &self.name, 1, 120, &mut errors);
        let organisation = text("organisation", &self.organisation, 1, 160, &mut errors);
        let position_title = text("position_title", &self.position_title, 0, 120, &mut errors);
        let looking_for = text("looking_for", &self.looking_for, 0, 2000, &mut errors);
        let country = CountryCode::parse(&self.country)
            .map_err(|e| errors.push(e))
            .ok();
        let timezone = TimeZone::parse(&self.timezone)
            .map_err(|e| errors.push(e))
            .ok();
        let mut languages: Vec<String> = self
            .languages
            .iter()
            .map(|l| l.trim().to_ascii_lowercase())
            .collect();
        languages.sort();
        languages.dedup();
        if languages.is_empty() {
            errors.push(FieldError::new("languages", text!("err-languages-none")));
        } else if let Some(bad) = languages
            .iter()
            .find(|l| reference::language_name(l).is_none())
        {
            errors.push(FieldError::new(
                "languages",
                text!("err-language-unknown", value = bad.as_str()),
            ));
        } else if languages.len() > 10 {
            errors.push(FieldError::new(
                "languages",
                text!("err-languages-too-many"),
            ));
        }
        let mut interests: Vec<String> =
            self.interests.iter().map(|s| s.trim().to_owned()).collect();
        interests.sort();
        interests.dedup();
        if interests.is_empty() {
            errors.push(FieldError::new("interests", text!("err-sectors-none")));
        }
        let hours = if self.hours_from.trim().is_empty() && self.hours_to.trim().is_empty() {
            super::online::Hours::DEFAULT
        } else {
            super::online::Hours::parse(&self.hours_from, &self.hours_to)
                .map_err(|e| errors.push(e))
                .unwrap_or(super::online::Hours::DEFAULT)
        };
        match (country, timezone) {
            (Some(country), Some(timezone)) if errors.is_empty() => Ok(BuyerProfile {
                name,
                organisation,
                position_title,
                country,
                timezone,
                languages,
                interests,
                looking_for,
                needs_interpreter: self.needs_interpreter,
                remote: self.remote,
                hours,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut base = vec![
            ("name", "Carlos Quispe"),
            ("organisation", "SEDAPAL"),
            ("country", "pe"),
            ("timezone", "America/Lima"),
            ("languages", "es"),
            ("languages", "en"),
            ("interests", "water"),
            ("needs_interpreter", "on"),
        ];
        base.extend_from_slice(extra);
        base.into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    }

    #[test]
    fn a_complete_form_parses_with_repeated_keys() {
        let p = BuyerProfileForm::from_pairs(&pairs(&[]))
            .parse()
            .expect("valid");
        assert_eq!(p.country.as_str(), "PE");
        assert_eq!(p.languages, vec!["en".to_owned(), "es".to_owned()]);
        assert!(p.needs_interpreter);
    }

    #[test]
    fn every_bad_field_is_reported_with_its_name() {
        let cases: &[(&str, &str, &str)] = &[
            ("country", "ZZ", "country"),
            ("timezone", "Mars/Base", "timezone"),
            ("languages", "xx", "languages"),
            ("organisation", "", "organisation"),
        ];
        for (key, value, field) in cases {
            let mut p: Vec<(String, String)> =
                pairs(&[]).into_iter().filter(|(k, _)| k != key).collect();
            p.push(((*key).to_owned(), (*value).to_owned()));
            let errors = BuyerProfileForm::from_pairs(&p)
                .parse()
                .expect_err("invalid");
            assert!(
                errors.iter().any(|e| e.field == *field),
                "case {key}={value}: {errors:?}"
            );
        }
        let long = "가".repeat(2001);
        let errors = BuyerProfileForm::from_pairs(&pairs(&[("looking_for", &long)]))
            .parse()
            .expect_err("too long");
        assert_eq!(errors[0].field, "looking_for");
    }
}
