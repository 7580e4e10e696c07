//! The organizer's results report of an expo, on the page and as a CSV or XLSX download, in one currency at the rates typed.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::ExpoId;
use crate::domain::outcome::{CURRENCIES, CurrencyCode};
use crate::domain::report::{self, Rates, Report};
use crate::domain::text::Text;
use crate::i18n::Locale;
use crate::store::{expos, outcomes};
use crate::text;
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::participants::Sheet;
use crate::web::session::SignedInOrganizer;

/// `?currency=KRW&rate_USD=1380&…`
#[derive(Deserialize, Default)]
pub struct ReportQuery {
    #[serde(default)]
    currency: String,
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

struct Parsed {
    currency: CurrencyCode,
    rates: Rates,
    /// (currency, what the organizer typed) for every other currency of the list.
    entered: Vec<(&'static str, String)>,
    problems: Vec<Text>,
}

fn parse_report_query(q: &ReportQuery) -> Parsed {
    let mut problems = Vec::new();
    let currency = match q.currency.trim() {
        "" => CurrencyCode::parse("KRW"),
        raw => CurrencyCode::parse(raw),
    };
    let currency = currency.unwrap_or_else(|| {
        problems.push(text!(
            "err-ops-report-no-currency",
            currency = q.currency.chars().take(20).collect::<String>()
        ));
        CurrencyCode::parse("KRW").unwrap_or_else(|| unreachable!("KRW is in the list"))
    });
    let mut rates = Rates::default();
    let mut entered = Vec::new();
    for (code, _) in CURRENCIES {
        if code == currency.as_str() {
            continue;
        }
        let raw = q
            .rest
            .get(&format!("rate_{code}"))
            .cloned()
            .unwrap_or_default();
        if !raw.trim().is_empty()
            && let Some(from) = CurrencyCode::parse(code)
            && let Err(why) = rates.set(from, &raw)
        {
            problems.push(why);
        }
        entered.push((code, raw));
    }
    Parsed {
        currency,
        rates,
        entered,
        problems,
    }
}

async fn build_report(
    state: &AppState,
    expo: ExpoId,
    parsed: &Parsed,
) -> Result<(expos::ExpoSettings, Report), AppError> {
    let (settings, rows) = state
        .db(move |c| {
            let settings = expos::settings(c, expo)?.ok_or(AppError::NotFound)?;
            Ok((settings, outcomes::report_rows(c, expo)?))
        })
        .await?;
    let lines: Vec<report::Line> = rows
        .into_iter()
        .map(|r| report::Line {
            held: r.held,
            country: r.buyer_country,
            sector: r.sectors.first().cloned().unwrap_or_default(),
            supplier: r.supplier,
            interest: r.interest,
            value: r.value,
            rating: r.rating,
        })
        .collect();
    Ok((
        settings,
        report::build(&lines, parsed.currency, &parsed.rates),
    ))
}

#[derive(Template)]
#[template(path = "organizer/report.html")]
pub struct ReportPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub report: Report,
    pub entered: Vec<(&'static str, String)>,
    pub problems: Vec<Text>,
    pub query: String,
}

impl ReportPage {
    pub fn money(&self, minor: &i64) -> String {
        self.chrome.t.money(minor, self.report.currency.as_str())
    }

    pub fn count(&self, n: &u32) -> String {
        self.chrome.t.number(&i64::from(*n))
    }

    /// The currencies without a rate, for the warning: "USD, EUR".
    pub fn missing_rates(&self) -> String {
        self.report
            .missing_rates
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn currencies(&self) -> Vec<&'static str> {
        CURRENCIES.iter().map(|(c, _)| *c).collect()
    }

    pub fn groups(&self) -> [(&'static str, &'static str, &Vec<report::Row>); 3] {
        [
            (
                "ops-report-group-countries",
                "by-country",
                &self.report.by_country,
            ),
            (
                "ops-report-group-sectors",
                "by-sector",
                &self.report.by_sector,
            ),
            (
                "ops-report-group-suppliers",
                "by-supplier",
                &self.report.by_supplier,
            ),
        ]
    }

    /// A breakdown row's name as people read it: countries by name, not code.
    pub fn name_of(&self, group: &str, key: &str) -> String {
        shown_name(self.chrome.t, group, key)
    }

    /// Bar widths (0–100) for the country chart: signed + expected value, else meetings.
    pub fn bars(&self) -> Vec<(String, u32, String)> {
        let rows: Vec<_> = self.report.by_country.iter().take(12).collect();
        let by_value = rows.iter().any(|r| r.signed + r.expected > 0);
        let measure = |r: &report::Row| {
            if by_value {
                r.signed + r.expected
            } else {
                i64::from(r.held)
            }
        };
        let max = rows.iter().map(|r| measure(r)).max().unwrap_or(0).max(1);
        rows.iter()
            .map(|r| {
                let width = u32::try_from(measure(r) * 100 / max).unwrap_or(0);
                let label = if by_value {
                    self.money(&(r.signed + r.expected))
                } else {
                    self.chrome.t.arg("ops-report-bar-held", "count", r.held)
                };
                (shown_name(self.chrome.t, "country", &r.key), width, label)
            })
            .collect()
    }
}

/// The name of a report row: a buyer country's name (its code if unknown), a sector's
/// name ("Other" when the supplier gave none), else the key as it is (a supplier's name).
fn shown_name(t: Locale, group: &str, key: &str) -> String {
    match group {
        "country" | "by-country" => t.country(key),
        "sector" | "by-sector" if key.is_empty() => t.get("ops-report-sector-other"),
        "sector" | "by-sector" => t.sector(key),
        _ => key.to_owned(),
    }
}

pub async fn show_report(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    expo: web::Path<i32>,
    query: web::Query<ReportQuery>,
    req: actix_web::HttpRequest,
) -> Result<HttpResponse, AppError> {
    let parsed = parse_report_query(&query);
    let (expo, report) = build_report(&state, ExpoId(expo.into_inner()), &parsed).await?;
    render(&ReportPage {
        chrome,
        expo,
        report,
        entered: parsed.entered,
        problems: parsed.problems,
        query: req.query_string().to_owned(),
    })
}

/// `/organizer/expos/{id}/report.{csv,xlsx}` with the same rates as the page.
pub async fn export_report(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, String)>,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let (id, format) = path.into_inner();
    let parsed = parse_report_query(&query);
    let (_, report) = build_report(&state, ExpoId(id), &parsed).await?;
    let (t, c) = (chrome.t, report.currency.as_str());
    let mut rows = vec![vec![
        t.get("csv-report-group-total"),
        t.get("csv-report-all"),
        report.held.to_string(),
        report.no_shows.to_string(),
        t.money(&report.expected, c),
        t.money(&report.signed, c),
        report.ratings.average_rating().unwrap_or_default(),
        report.ratings.ratings.to_string(),
    ]];
    for (group, label, list) in [
        ("country", "csv-report-group-country", &report.by_country),
        ("sector", "csv-report-group-sector", &report.by_sector),
        ("supplier", "csv-report-group-supplier", &report.by_supplier),
    ] {
        rows.extend(list.iter().map(|r| {
            vec![
                t.get(label),
                shown_name(t, group, &r.key),
                r.held.to_string(),
                r.no_shows.to_string(),
                t.money(&r.expected, c),
                t.money(&r.signed, c),
                r.average_rating().unwrap_or_default(),
                r.ratings.to_string(),
            ]
        }));
    }
    let header = [
        "csv-report-breakdown",
        "csv-report-name",
        "csv-report-held",
        "csv-report-no-shows",
        "csv-report-expected",
        "csv-report-signed",
        "csv-report-average-rating",
        "csv-report-ratings",
    ]
    .map(|k| t.get(k));
    Sheet {
        name: "Report",
        header: header.iter().map(String::as_str).collect(),
        rows,
    }
    .download(&format, &format!("report-expo-{id}"))
}
