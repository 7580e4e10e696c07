//! The organizer's results report of an expo, on the page and as a CSV or XLSX download, in one currency at the rates typed.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::ExpoId;
use crate::domain::outcome::{CURRENCIES, CurrencyCode};
use crate::domain::report::{self, Rates, Report};
use crate::store::{expos, outcomes};
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
    problems: Vec<String>,
}

fn parse_report_query(q: &ReportQuery) -> Parsed {
    let mut problems = Vec::new();
    let currency = match q.currency.trim() {
        "" => CurrencyCode::parse("KRW"),
        raw => CurrencyCode::parse(raw),
    };
    let currency = currency.unwrap_or_else(|| {
        problems.push(format!(
            "There is no currency {:?}; the report is in KRW.",
            q.currency
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
            sector: r.sectors.first().cloned().unwrap_or_else(|| "Other".into()),
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
    pub problems: Vec<String>,
    pub query: String,
}

impl ReportPage {
    pub fn money(&self, minor: &i64) -> String {
        self.report.currency.format(*minor)
    }

    pub fn currencies(&self) -> Vec<&'static str> {
        CURRENCIES.iter().map(|(c, _)| *c).collect()
    }

    pub fn groups(&self) -> [(&'static str, &'static str, &Vec<report::Row>); 3] {
        [
            ("Buyer countries", "by-country", &self.report.by_country),
            ("Sectors", "by-sector", &self.report.by_sector),
            ("Suppliers", "by-supplier", &self.report.by_supplier),
        ]
    }

    /// A breakdown row's name as people read it: countries by name, not code.
    pub fn name_of(&self, group: &str, key: &str) -> String {
        shown_name(group, key)
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
                    format!("{} held", r.held)
                };
                (shown_name("country", &r.key), width, label)
            })
            .collect()
    }
}

/// The name of a report row: a buyer country's name (its code if unknown), else the
/// key as it is (a sector's or supplier's name).
fn shown_name(group: &str, key: &str) -> String {
    match group {
        "country" | "by-country" => crate::domain::reference::country_name(key)
            .unwrap_or(key)
            .to_owned(),
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
    path: web::Path<(i32, String)>,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let (id, format) = path.into_inner();
    let parsed = parse_report_query(&query);
    let (_, report) = build_report(&state, ExpoId(id), &parsed).await?;
    let c = report.currency;
    let mut rows = vec![vec![
        "total".to_owned(),
        "all".to_owned(),
        report.held.to_string(),
        report.no_shows.to_string(),
        c.format(report.expected),
        c.format(report.signed),
        report.ratings.average_rating().unwrap_or_default(),
        report.ratings.ratings.to_string(),
    ]];
    for (group, list) in [
        ("country", &report.by_country),
        ("sector", &report.by_sector),
        ("supplier", &report.by_supplier),
    ] {
        rows.extend(list.iter().map(|r| {
            vec![
                group.to_owned(),
                shown_name(group, &r.key),
                r.held.to_string(),
                r.no_shows.to_string(),
                c.format(r.expected),
                c.format(r.signed),
                r.average_rating().unwrap_or_default(),
                r.ratings.to_string(),
            ]
        }));
    }
    Sheet {
        name: "Report",
        header: vec![
            "breakdown",
            "name",
            "held",
            "no-shows",
            "expected value",
            "signed value",
            "average buyer rating",
            "ratings",
        ],
        rows,
    }
    .download(&format, &format!("report-expo-{id}"))
}
