//! The export report: consultations held, no-shows, expected and signed contract value
//! converted to one reporting currency with the rates the organizer enters, broken
//! down by buyer country, sector and supplier. Pure; money stays in integer minor units.

use std::collections::{BTreeMap, BTreeSet};

use super::outcome::{CurrencyCode, Interest};
use super::text::Text;

/// A meeting as the report counts it.
#[derive(Clone, Debug)]
pub struct Line {
    pub held: bool,
    pub country: String,
    pub sector: String,
    pub supplier: String,
    pub interest: Option<Interest>,
    pub value: Option<(i64, CurrencyCode)>,
    /// The buyer's rating of the meeting, 1 to 5.
    pub rating: Option<u8>,
}

/// "1 unit of `from` = `rate` units of the reporting currency", the rate kept as
/// millionths so conversion is integer arithmetic.
#[derive(Clone, Debug, Default)]
pub struct Rates {
    micros: BTreeMap<CurrencyCode, i128>,
}

impl Rates {
    /// Reads a rate like "1,380.25" (up to six decimals, positive).
    pub fn set(&mut self, from: CurrencyCode, raw: &str) -> Result<(), Text> {
        let cleaned: String = raw.trim().chars().filter(|c| *c != ',').collect();
        let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if !digits(whole) || !(fraction.is_empty() || digits(fraction)) || fraction.len() > 6 {
            return Err(crate::text!(
                "err-ops-rate-format",
                currency = from.as_str()
            ));
        }
        let whole: i128 = whole
            .parse()
            .map_err(|_| crate::text!("err-ops-rate-too-large"))?;
        if whole > 1_000_000_000 {
            return Err(crate::text!("err-ops-rate-too-large"));
        }
        let fraction: i128 = format!("{fraction:0<6}").parse().unwrap_or(0);
        // Bounded above, so this cannot overflow (a 38-digit rate used to panic here).
        let micros = whole * 1_000_000 + fraction;
        if micros == 0 {
            return Err(crate::text!("err-ops-rate-zero", currency = from.as_str()));
        }
        self.micros.insert(from, micros);
        Ok(())
    }

    /// The amount in the reporting currency's minor units, or `None` without a rate.
    fn convert(&self, minor: i64, from: CurrencyCode, to: CurrencyCode) -> Option<i64> {
        if from == to {
            return Some(minor);
        }
        let micros = *self.micros.get(&from)?;
        let scale_to = 10_i128.pow(to.exponent());
        let scale_from = 10_i128.pow(from.exponent());
        let value = i128::from(minor) * micros * scale_to / (scale_from * 1_000_000);
        i64::try_from(value).ok()
    }
}

/// One row of a breakdown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    pub key: String,
    pub held: u32,
    pub no_shows: u32,
    /// In the reporting currency's minor units.
    pub expected: i64,
    pub signed: i64,
    /// Buyers' ratings: how many, and their sum.
    pub ratings: u32,
    pub rating_sum: u32,
}

impl Row {
    /// The average buyer rating with one decimal ("4.5"), or `None` without ratings.
    pub fn average_rating(&self) -> Option<String> {
        (self.ratings > 0).then(|| {
            let tenths = (self.rating_sum * 10 * 2 + self.ratings) / (self.ratings * 2);
            format!("{}.{}", tenths / 10, tenths % 10)
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub currency: CurrencyCode,
    pub held: u32,
    pub no_shows: u32,
    pub with_outcome: u32,
    pub expected: i64,
    pub signed: i64,
    /// All buyers' ratings together.
    pub ratings: Row,
    /// Currencies that appear in outcomes but have no rate: their amounts are left out.
    pub missing_rates: Vec<CurrencyCode>,
    pub by_country: Vec<Row>,
    pub by_sector: Vec<Row>,
    pub by_supplier: Vec<Row>,
}

/// Totals and breakdowns, each breakdown by value (signed, then expected), then held.
pub fn build(lines: &[Line], currency: CurrencyCode, rates: &Rates) -> Report {
    let mut missing = BTreeSet::new();
    let mut totals = Row::default();
    let mut with_outcome = 0;
    let mut groups: [BTreeMap<String, Row>; 3] = Default::default();
    for line in lines {
        let mut row = Row::default();
        if line.held {
            row.held = 1;
        } else {
            row.no_shows = 1;
        }
        if line.interest.is_some() {
            with_outcome += 1;
        }
        if let Some(r) = line.rating {
            row.ratings = 1;
            row.rating_sum = u32::from(r);
        }
        if let (Some(interest), Some((minor, from))) = (line.interest, line.value) {
            match rates.convert(minor, from, currency) {
                Some(v) if interest == Interest::ContractSigned => row.signed = v,
                Some(v) if interest >= Interest::SampleOrQuote => row.expected = v,
                Some(_) => {}
                None => {
                    missing.insert(from);
                }
            }
        }
        add(&mut totals, &row);
        for (group, key) in groups
            .iter_mut()
            .zip([&line.country, &line.sector, &line.supplier])
        {
            let entry = group.entry(key.clone()).or_insert_with(|| Row {
                key: key.clone(),
                ..Row::default()
            });
            add(entry, &row);
        }
    }
    let [by_country, by_sector, by_supplier] = groups.map(|g| {
        let mut rows: Vec<Row> = g.into_values().collect();
        rows.sort_by(|a, b| {
            (b.signed, b.expected, b.held)
                .cmp(&(a.signed, a.expected, a.held))
                .then(a.key.cmp(&b.key))
        });
        rows
    });
    Report {
        currency,
        held: totals.held,
        no_shows: totals.no_shows,
        with_outcome,
        expected: totals.expected,
        signed: totals.signed,
        ratings: Row {
            key: "all".into(),
            ratings: totals.ratings,
            rating_sum: totals.rating_sum,
            ..Row::default()
        },
        missing_rates: missing.into_iter().collect(),
        by_country,
        by_sector,
        by_supplier,
    }
}

fn add(into: &mut Row, row: &Row) {
    into.held += row.held;
    into.no_shows += row.no_shows;
    into.expected += row.expected;
    into.signed += row.signed;
    into.ratings += row.ratings;
    into.rating_sum += row.rating_sum;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buyers_ratings_average_per_supplier_and_overall_rounded_half_up() {
        let rated = |supplier: &str, rating: u8| Line {
            held: true,
            country: "VN".into(),
            sector: "Water".into(),
            supplier: supplier.into(),
            interest: None,
            value: None,
            rating: Some(rating),
        };
        let mut lines = vec![rated("A", 5), rated("A", 4), rated("B", 2)];
        lines.push(Line {
            rating: None,
            ..rated("B", 1)
        });
        let report = build(&lines, c("KRW"), &Rates::default());
        assert_eq!(report.ratings.ratings, 3);
        assert_eq!(report.ratings.average_rating().as_deref(), Some("3.7"));
        let a = report.by_supplier.iter().find(|r| r.key == "A").expect("A");
        assert_eq!(a.average_rating().as_deref(), Some("4.5"));
        let b = report.by_supplier.iter().find(|r| r.key == "B").expect("B");
        assert_eq!((b.held, b.ratings), (2, 1));
        assert_eq!(b.average_rating().as_deref(), Some("2.0"));
        assert_eq!(Row::default().average_rating(), None);
    }

    fn c(code: &str) -> CurrencyCode {
        CurrencyCode::parse(code).expect("currency")
    }

    fn line(country: &str, interest: Option<Interest>, value: Option<(i64, &str)>) -> Line {
        Line {
            held: true,
            country: country.into(),
            sector: "Water".into(),
            supplier: "Seoul Medtech".into(),
            interest,
            value: value.map(|(v, code)| (v, c(code))),
            rating: None,
        }
    }

    #[test]
    fn a_huge_rate_is_refused_and_does_not_overflow() {
        let mut rates = Rates::default();
        for raw in [
            "46257768094378800447233136529543355609",
            "1000000001",
            "0",
            "0.0000001",
        ] {
            assert!(rates.set(c("USD"), raw).is_err(), "case {raw}");
        }
        assert!(rates.set(c("USD"), "1000000000.999999").is_ok());
    }

    #[test]
    fn values_are_converted_with_the_entered_rates_and_grouped() {
        let mut rates = Rates::default();
        rates.set(c("USD"), "1,380").expect("rate");
        let lines = vec![
            line("PE", Some(Interest::ContractSigned), Some((100_000, "USD"))),
            line(
                "PE",
                Some(Interest::ContractExpected),
                Some((50_000_000, "KRW")),
            ),
            line("VN", Some(Interest::FollowUp), None),
            line("VN", Some(Interest::ContractExpected), Some((1_000, "EUR"))),
            Line {
                held: false,
                ..line("VN", None, None)
            },
        ];
        let report = build(&lines, c("KRW"), &rates);
        assert_eq!(report.held, 4);
        assert_eq!(report.no_shows, 1);
        assert_eq!(report.with_outcome, 4);
        assert_eq!(report.signed, 1_380_000, "1,000 USD at 1,380");
        assert_eq!(report.expected, 50_000_000);
        assert_eq!(
            report.missing_rates,
            vec![c("EUR")],
            "EUR without a rate is reported, not guessed"
        );
        assert_eq!(report.by_country[0].key, "PE");
        assert_eq!(
            report.by_country[1],
            Row {
                key: "VN".into(),
                held: 2,
                no_shows: 1,
                expected: 0,
                signed: 0,
                ..Row::default()
            }
        );
    }

    #[test]
    fn rates_are_read_carefully() {
        let mut rates = Rates::default();
        for bad in ["", "0", "-3", "abc", "1.1234567", "1e3"] {
            assert!(rates.set(c("USD"), bad).is_err(), "{bad}");
        }
        rates.set(c("JPY"), "9.25").expect("rate");
        assert_eq!(rates.convert(1000, c("JPY"), c("KRW")), Some(9250));
        rates.set(c("KRW"), "0.00072").expect("rate");
        assert_eq!(
            rates.convert(1_000_000, c("KRW"), c("USD")),
            Some(72_000),
            "1,000,000 KRW = 720.00 USD"
        );
    }
}
