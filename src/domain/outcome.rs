//! What a meeting produced: interest level, expected contract value in minor units of
//! an ISO 4217 currency, products, a follow-up date and notes. Parsed once from the
//! form; the money is never a float.

use chrono::NaiveDate;

use super::text::Text;
use super::values::FieldError;

/// How far a meeting got, in the order an agency reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Interest {
    None,
    FollowUp,
    SampleOrQuote,
    ContractExpected,
    ContractSigned,
}

impl Interest {
    pub const ALL: [Self; 5] = [
        Self::None,
        Self::FollowUp,
        Self::SampleOrQuote,
        Self::ContractExpected,
        Self::ContractSigned,
    ];

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.as_str() == raw)
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::FollowUp => "follow_up",
            Self::SampleOrQuote => "sample_or_quote",
            Self::ContractExpected => "contract_expected",
            Self::ContractSigned => "contract_signed",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Self::None => "No interest",
            Self::FollowUp => "Follow-up agreed",
            Self::SampleOrQuote => "Sample or quote requested",
            Self::ContractExpected => "Contract expected",
            Self::ContractSigned => "Contract signed",
        }
    }
}

/// ISO 4217 codes the form offers, with their minor-unit exponent.
pub const CURRENCIES: [(&str, u32); 16] = [
    ("KRW", 0),
    ("USD", 2),
    ("EUR", 2),
    ("JPY", 0),
    ("CNY", 2),
    ("GBP", 2),
    ("VND", 0),
    ("IDR", 2),
    ("THB", 2),
    ("INR", 2),
    ("AED", 2),
    ("SAR", 2),
    ("PEN", 2),
    ("MXN", 2),
    ("BRL", 2),
    ("AUD", 2),
];

/// A currency of [`CURRENCIES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CurrencyCode(&'static str);

impl CurrencyCode {
    pub fn parse(raw: &str) -> Option<Self> {
        let upper = raw.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(code, _)| *code == upper)
            .map(|(code, _)| Self(code))
    }

    pub const fn as_str(self) -> &'static str {
        self.0
    }

    /// Digits after the decimal point (0 for KRW and JPY, 2 for USD).
    pub fn exponent(self) -> u32 {
        CURRENCIES
            .iter()
            .find(|(code, _)| *code == self.0)
            .map_or(2, |(_, e)| *e)
    }

    /// Minor units as the amount a person reads, with thousands separators.
    pub fn format(self, minor: i64) -> String {
        let scale = 10_i64.pow(self.exponent());
        let whole = group(minor / scale);
        if self.exponent() == 0 {
            format!("{whole} {}", self.0)
        } else {
            format!(
                "{whole}.{:0width$} {}",
                (minor % scale).abs(),
                self.0,
                width = self.exponent() as usize
            )
        }
    }
}

fn group(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// Reads "12,500.50" in the currency's minor units; refuses more decimals than the
/// currency has, negative amounts and absurd sizes.
pub fn parse_amount(raw: &str, currency: CurrencyCode) -> Result<i64, Text> {
    let cleaned: String = raw
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != ' ' && *c != '_')
        .collect();
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    let exponent = currency.exponent();
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits_only(whole) || !digits_only(fraction) {
        return Err(crate::text!("err-ops-amount-format"));
    }
    if fraction.len() > exponent as usize {
        return Err(crate::text!(
            "err-ops-amount-decimals",
            currency = currency.as_str(),
            places = exponent
        ));
    }
    let whole: i64 = whole
        .parse()
        .ok()
        .filter(|w: &i64| *w < 1_000_000_000_000)
        .ok_or(crate::text!("err-ops-amount-too-large"))?;
    let fraction_value: i64 = if fraction.is_empty() {
        0
    } else {
        let padded = format!("{fraction:0<width$}", width = exponent as usize);
        padded
            .parse()
            .map_err(|_| crate::text!("err-ops-amount-format-decimal"))?
    };
    Ok(whole * 10_i64.pow(exponent) + fraction_value)
}

/// A buyer's rating of a meeting: 1 to 5 stars, and an optional comment of up to
/// 1,000 characters (line breaks allowed, no other control characters).
pub fn parse_rating(stars: &str, comment: &str) -> Result<(u8, String), Vec<FieldError>> {
    let mut errors = Vec::new();
    let rating = match stars.trim().parse::<u8>() {
        Ok(r @ 1..=5) => Some(r),
        _ => {
            errors.push(FieldError::new(
                "rating",
                crate::text!("err-ops-rating-choose"),
            ));
            None
        }
    };
    let comment = comment.trim();
    if comment.chars().count() > 1000 {
        errors.push(FieldError::new(
            "comment",
            crate::text!("err-ops-rating-comment-long"),
        ));
    } else if comment
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        errors.push(FieldError::new(
            "comment",
            crate::text!("err-ops-rating-comment-control"),
        ));
    }
    match rating {
        Some(r) if errors.is_empty() => Ok((r, comment.to_owned())),
        _ => Err(errors),
    }
}

#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    pub interest_level: String,
    pub amount: String,
    pub currency: String,
    pub products: String,
    pub follow_up_on: String,
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub interest: Interest,
    /// Expected (or signed) contract value.
    pub value: Option<(i64, CurrencyCode)>,
    pub products: String,
    pub follow_up_on: Option<NaiveDate>,
    pub notes: String,
}

impl OutcomeForm {
    pub fn parse(&self) -> Result<Outcome, Vec<FieldError>> {
        let mut errors = Vec::new();
        let interest = Interest::parse(self.interest_level.trim());
        if interest.is_none() {
            errors.push(FieldError::new(
                "interest_level",
                crate::text!("err-ops-outcome-interest"),
            ));
        }
        let value = match (
            self.amount.trim().is_empty(),
            self.currency.trim().is_empty(),
        ) {
            (true, _) => None,
            (false, true) => {
                errors.push(FieldError::new(
                    "currency",
                    crate::text!("err-ops-outcome-currency-missing"),
                ));
                None
            }
            (false, false) => match CurrencyCode::parse(&self.currency) {
                None => {
                    errors.push(FieldError::new(
                        "currency",
                        crate::text!("err-ops-outcome-currency-unknown"),
                    ));
                    None
                }
                Some(currency) => match parse_amount(&self.amount, currency) {
                    Ok(minor) => Some((minor, currency)),
                    Err(why) => {
                        errors.push(FieldError::new("amount", why));
                        None
                    }
                },
            },
        };
        if interest == Some(Interest::ContractSigned) && value.is_none() && errors.is_empty() {
            errors.push(FieldError::new(
                "amount",
                crate::text!("err-ops-outcome-signed-needs-value"),
            ));
        }
        let follow_up_on = match self.follow_up_on.trim() {
            "" => None,
            raw => match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.push(FieldError::new(
                        "follow_up_on",
                        crate::text!("err-ops-outcome-date"),
                    ));
                    None
                }
            },
        };
        let products = self.products.trim().to_owned();
        if products.chars().count() > 300 {
            errors.push(FieldError::new(
                "products",
                crate::text!("err-ops-outcome-products-long"),
            ));
        }
        let notes = self.notes.trim().to_owned();
        if notes.chars().count() > 2000 {
            errors.push(FieldError::new(
                "notes",
                crate::text!("err-ops-outcome-notes-long"),
            ));
        }
        match interest {
            Some(interest) if errors.is_empty() => Ok(Outcome {
                interest,
                value,
                products,
                follow_up_on,
                notes,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn currency(code: &str) -> CurrencyCode {
        CurrencyCode::parse(code).expect("known")
    }

    #[test]
    fn amounts_are_read_in_the_currencys_minor_units() {
        for (raw, code, minor) in [
            ("12,500.50", "USD", 1_250_050),
            ("12500.5", "USD", 1_250_050),
            ("120,000,000", "KRW", 120_000_000),
            ("0", "EUR", 0),
            (" 7 ", "jpy", 7),
        ] {
            assert_eq!(parse_amount(raw, currency(code)), Ok(minor), "{raw} {code}");
        }
        for (raw, code) in [
            ("12.5", "KRW"),
            ("1.234", "USD"),
            ("-5", "USD"),
            ("", "USD"),
            ("1e6", "USD"),
            ("99999999999999", "USD"),
        ] {
            assert!(parse_amount(raw, currency(code)).is_err(), "{raw} {code}");
        }
        assert_eq!(currency("USD").format(1_250_050), "12,500.50 USD");
        assert_eq!(currency("KRW").format(120_000_000), "120,000,000 KRW");
        assert!(CurrencyCode::parse("XXX").is_none());
    }

    #[test]
    fn an_outcome_form_is_checked_field_by_field() {
        let good = OutcomeForm {
            interest_level: "contract_expected".into(),
            amount: "250,000".into(),
            currency: "USD".into(),
            products: "Water meters".into(),
            follow_up_on: "2027-02-15".into(),
            notes: "Tender in March".into(),
        };
        let outcome = good.parse().expect("valid");
        assert_eq!(outcome.value, Some((25_000_000, currency("USD"))));
        for (case, form, field) in [
            (
                "no level",
                OutcomeForm {
                    interest_level: "maybe".into(),
                    ..good.clone()
                },
                "interest_level",
            ),
            (
                "amount without currency",
                OutcomeForm {
                    currency: String::new(),
                    ..good.clone()
                },
                "currency",
            ),
            (
                "unknown currency",
                OutcomeForm {
                    currency: "ABC".into(),
                    ..good.clone()
                },
                "currency",
            ),
            (
                "bad amount",
                OutcomeForm {
                    amount: "lots".into(),
                    ..good.clone()
                },
                "amount",
            ),
            (
                "bad date",
                OutcomeForm {
                    follow_up_on: "15/02/2027".into(),
                    ..good.clone()
                },
                "follow_up_on",
            ),
            (
                "signed without value",
                OutcomeForm {
                    interest_level: "contract_signed".into(),
                    amount: String::new(),
                    ..good.clone()
                },
                "amount",
            ),
        ] {
            let errors = form.parse().expect_err(case);
            assert!(
                errors.iter().any(|e| e.field == field),
                "{case}: {errors:?}"
            );
        }
    }

    #[test]
    fn a_rating_is_one_to_five_stars_with_an_optional_comment() {
        assert_eq!(parse_rating("4", " good "), Ok((4, "good".to_owned())));
        assert_eq!(parse_rating("5", "line\nbreak").map(|r| r.0), Ok(5));
        for bad in ["0", "6", "-1", "", "4.5", "five", "99999999999"] {
            let errs = parse_rating(bad, "").expect_err(bad);
            assert_eq!(errs[0].field, "rating", "{bad}");
        }
        assert_eq!(
            parse_rating("3", &"x".repeat(1001)).expect_err("long")[0].field,
            "comment"
        );
        assert_eq!(
            parse_rating("3", "nul\u{0}").expect_err("nul")[0].field,
            "comment"
        );
    }
}
