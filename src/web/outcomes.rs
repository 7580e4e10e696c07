//! On the day and after: an organizer marks a meeting held or a no-show, records what
//! it produced, and reads the export report.

use std::collections::HashMap;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render, render_with_status};
use super::participants::Sheet;
use super::public::see_other;
use super::session::{self, SignedInOrganizer};
use crate::domain::outcome::{CURRENCIES, CurrencyCode, Interest, OutcomeForm};
use crate::domain::report::{self, Rates, Report};
use crate::domain::status::MeetingStatus;
use crate::domain::{ExpoId, FieldError, MeetingId};
use crate::store::{self, StoreError, expos, outcomes};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AttendanceFields {
    /// The stored code of held or no-show.
    attendance: String,
}

/// Marks a meeting held or a no-show.
pub async fn attendance(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<AttendanceFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let held = match fields.attendance.parse::<MeetingStatus>() {
        Ok(MeetingStatus::Held) => true,
        Ok(MeetingStatus::NoShow) => false,
        _ => {
            return Err(AppError::BadRequest(format!(
                "attendance is {:?} or {:?}, not {:?}",
                MeetingStatus::Held.code(),
                MeetingStatus::NoShow.code(),
                fields.attendance
            )));
        }
    };
    let organizer = me.id;
    let done = state
        .db(
            move |c| match outcomes::mark_attendance(c, meeting, held, organizer, store::now()) {
                Ok(()) => Ok(Ok(())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            },
        )
        .await?;
    let back = format!("/organizer/meetings/{}", meeting.0);
    match done {
        Ok(()) if held => {
            session::flash(
                &session,
                "success",
                "Marked as held. Record what it produced.",
            );
            Ok(see_other(&format!("{back}/outcome")))
        }
        Ok(()) => {
            session::flash(
                &session,
                "success",
                "Marked as a no-show; the slot is free again.",
            );
            Ok(see_other(&back))
        }
        Err(why) => {
            session::flash(&session, "error", format!("Not changed: {why}."));
            Ok(see_other(&back))
        }
    }
}

#[derive(Template)]
#[template(path = "organizer/outcome.html")]
pub struct OutcomePage {
    pub chrome: Chrome,
    pub m: store::meetings::MailView,
    pub form: OutcomeForm,
    pub errors: Vec<FieldError>,
    /// Where the form posts, and the page it came from.
    pub action: String,
    pub back: String,
    /// The supplier's version also offers "the buyer did not come".
    pub supplier: bool,
}

impl OutcomePage {
    pub fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn levels(&self) -> [Interest; 5] {
        Interest::ALL
    }

    pub fn currencies(&self) -> Vec<&'static str> {
        CURRENCIES.iter().map(|(c, _)| *c).collect()
    }
}

async fn outcome_page(
    state: &AppState,
    chrome: Chrome,
    meeting: MeetingId,
    form: Option<OutcomeForm>,
    errors: Vec<FieldError>,
) -> Result<HttpResponse, AppError> {
    let base = format!("/organizer/meetings/{}", meeting.0);
    outcome_page_at(state, chrome, meeting, form, errors, (base, false)).await
}

async fn outcome_page_at(
    state: &AppState,
    chrome: Chrome,
    meeting: MeetingId,
    form: Option<OutcomeForm>,
    errors: Vec<FieldError>,
    (base, supplier): (String, bool),
) -> Result<HttpResponse, AppError> {
    let (m, stored) = state
        .db(move |c| {
            let m = store::meetings::mail_view(c, meeting)?.ok_or(AppError::NotFound)?;
            Ok((m, outcomes::for_meeting(c, meeting)?))
        })
        .await?;
    let form = form.unwrap_or_else(|| match stored {
        Some(s) => {
            let currency = s.currency.as_deref().and_then(CurrencyCode::parse);
            OutcomeForm {
                interest_level: s.interest,
                amount: match (s.value_minor, currency) {
                    (Some(v), Some(c)) => {
                        c.format(v).trim_end_matches(c.as_str()).trim().to_owned()
                    }
                    _ => String::new(),
                },
                currency: s.currency.unwrap_or_default(),
                products: s.products,
                follow_up_on: s
                    .follow_up_on
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                notes: s.notes,
            }
        }
        None => OutcomeForm {
            currency: "USD".into(),
            ..OutcomeForm::default()
        },
    });
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_with_status(
        &OutcomePage {
            chrome,
            m,
            form,
            errors,
            action: format!("{base}/outcome"),
            back: if supplier {
                "/supplier/agenda".to_owned()
            } else {
                base
            },
            supplier,
        },
        status,
    )
}

pub async fn show_outcome(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    outcome_page(&state, chrome, MeetingId(id.into_inner()), None, Vec::new()).await
}

/// Saves what a held meeting produced; a bad field re-renders the form with its message.
pub async fn save_outcome(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<OutcomeForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let form = form.into_inner();
    let outcome = match form.parse() {
        Ok(o) => o,
        Err(errors) => return outcome_page(&state, chrome, meeting, Some(form), errors).await,
    };
    let organizer = me.id;
    let saved = state
        .db(move |c| {
            match outcomes::record(
                c,
                meeting,
                &outcome,
                ("organizer", organizer.0),
                store::now(),
            ) {
                Ok(()) => Ok(Ok(())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            }
        })
        .await?;
    match saved {
        Ok(()) => {
            session::flash(&session, "success", "The outcome is saved.");
            Ok(see_other(&format!("/organizer/meetings/{}", meeting.0)))
        }
        Err(why) => {
            let errors = vec![FieldError::new("interest_level", why)];
            outcome_page(&state, chrome, meeting, Some(form), errors).await
        }
    }
}

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

/// The supplier's meeting, or 404.
async fn supplier_meeting(
    state: &AppState,
    supplier: crate::domain::SupplierId,
    meeting: MeetingId,
) -> Result<store::agenda::MeetingFacts, AppError> {
    state
        .db(move |c| store::agenda::facts(c, supplier, meeting)?.ok_or(AppError::NotFound))
        .await
}

/// The supplier records what one of its meetings produced.
pub async fn supplier_outcome(
    state: web::Data<AppState>,
    me: super::session::SignedInSupplier,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    supplier_meeting(&state, me.id, meeting).await?;
    let base = format!("/supplier/meetings/{}", meeting.0);
    outcome_page_at(&state, chrome, meeting, None, Vec::new(), (base, true)).await
}

/// Saving an outcome tells that the meeting took place: a booked meeting that has
/// started is marked held first. Before it starts, nothing can be recorded.
pub async fn supplier_save_outcome(
    state: web::Data<AppState>,
    me: super::session::SignedInSupplier,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<OutcomeForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let facts = supplier_meeting(&state, me.id, meeting).await?;
    let base = format!("/supplier/meetings/{}", meeting.0);
    let form = form.into_inner();
    let refuse = |why: &str| vec![FieldError::new("interest_level", why)];
    if facts.starts_at > store::now() {
        let errors = refuse("You can record the outcome once the meeting has started.");
        return outcome_page_at(&state, chrome, meeting, Some(form), errors, (base, true)).await;
    }
    let outcome = match form.parse() {
        Ok(o) => o,
        Err(errors) => {
            return outcome_page_at(&state, chrome, meeting, Some(form), errors, (base, true))
                .await;
        }
    };
    let supplier = me.id;
    let was_booked = facts.status == MeetingStatus::Booked;
    let saved = state
        .db(move |c| {
            let by = ("supplier", supplier.0);
            let result = c.write_tx(|c| {
                if was_booked {
                    outcomes::mark_attendance_by(c, meeting, true, by, store::now())?;
                }
                outcomes::record(c, meeting, &outcome, by, store::now())
            });
            match result {
                Ok(()) => Ok(Ok(())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            }
        })
        .await?;
    match saved {
        Ok(()) => {
            session::flash(
                &session,
                "success",
                "Thank you: the outcome is saved. 저장되었습니다.",
            );
            Ok(see_other("/supplier/agenda"))
        }
        Err(why) => {
            let errors = refuse(&why);
            outcome_page_at(&state, chrome, meeting, Some(form), errors, (base, true)).await
        }
    }
}

/// The supplier says the buyer did not come (once the meeting has started).
pub async fn supplier_no_show(
    state: web::Data<AppState>,
    me: super::session::SignedInSupplier,
    session: Session,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let facts = supplier_meeting(&state, me.id, meeting).await?;
    if facts.starts_at > store::now() {
        session::flash(
            &session,
            "error",
            "You can mark a no-show once the meeting has started.",
        );
        return Ok(see_other(&format!(
            "/supplier/meetings/{}/outcome",
            meeting.0
        )));
    }
    let supplier = me.id;
    state
        .db(move |c| {
            Ok(outcomes::mark_attendance_by(
                c,
                meeting,
                false,
                ("supplier", supplier.0),
                store::now(),
            )?)
        })
        .await?;
    session::flash(
        &session,
        "success",
        "Marked as a no-show. The organizer sees it.",
    );
    Ok(see_other("/supplier/agenda"))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/supplier/meetings/{id}/outcome",
        web::get().to(supplier_outcome),
    )
    .route(
        "/supplier/meetings/{id}/outcome",
        web::post().to(supplier_save_outcome),
    )
    .route(
        "/supplier/meetings/{id}/no-show",
        web::post().to(supplier_no_show),
    )
    .route(
        "/organizer/meetings/{id}/attendance",
        web::post().to(attendance),
    )
    .route(
        "/organizer/meetings/{id}/outcome",
        web::get().to(show_outcome),
    )
    .route(
        "/organizer/meetings/{id}/outcome",
        web::post().to(save_outcome),
    )
    .route("/organizer/expos/{id}/report", web::get().to(show_report))
    .route(
        "/organizer/expos/{id}/report.{format}",
        web::get().to(export_report),
    );
}
