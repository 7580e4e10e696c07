//! An interpreter's own agenda, reached from the link in their emails without an
//! account: their meetings in venue time, a Join button for each online or hybrid one
//! (their own join link) and the whole agenda as a calendar file. The link's key names
//! one interpreter (`domain::online::agenda_key`).

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;

use crate::domain::Party;
use crate::domain::online::agenda_key_valid;
use crate::domain::status::MeetingMode;
use crate::mail::calendar::Method;
use crate::store::{self, interpreters, meetings};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::Chrome;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/interpreter/{interpreter}/{key}", web::get().to(page))
        .route(
            "/interpreter/{interpreter}/{key}/agenda.ics",
            web::get().to(calendar),
        );
}

/// One meeting on the interpreter's agenda.
pub struct Row {
    pub day: String,
    pub hours: String,
    pub mode: MeetingMode,
    pub table: String,
    pub buyer: String,
    pub supplier: String,
    /// Their own join link, for an online or hybrid meeting.
    pub join: Option<String>,
}

#[derive(Template)]
#[template(path = "public/interpreter_agenda.html")]
struct AgendaPage {
    chrome: Chrome,
    name: String,
    expo: String,
    venue: String,
    zone: String,
    rows: Vec<Row>,
    calendar: String,
}

fn checked(state: &AppState, path: &(i32, String)) -> Result<i32, AppError> {
    if agenda_key_valid(&state.settings.secret_key, path.0, &path.1) {
        Ok(path.0)
    } else {
        Err(AppError::NotFound)
    }
}

/// A page only its holder may see: never cached, never sent on as a referrer.
fn private(mut res: HttpResponse) -> HttpResponse {
    let h = res.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    h.insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::HeaderName::from_static("x-robots-tag"),
        header::HeaderValue::from_static("noindex"),
    );
    res
}

async fn page(
    state: web::Data<AppState>,
    path: web::Path<(i32, String)>,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let id = checked(&state, &path)?;
    let (person, views) = state
        .db(move |c| {
            let person = interpreters::contact(c, id)?;
            Ok((person, meetings::mail_views_for_interpreter(c, id)?))
        })
        .await?;
    let ctx = state.mail();
    let t = chrome.t;
    let first = views.first();
    let zone = first.map(|v| v.venue_timezone.clone()).unwrap_or_default();
    let rows = views
        .iter()
        .map(|v| {
            let venue = crate::domain::TimeZone::stored(&v.venue_timezone)?.tz();
            let (s, e) = (
                venue.from_utc_datetime(&v.starts_at),
                venue.from_utc_datetime(&v.ends_at),
            );
            Ok(Row {
                day: t.day(&s.date_naive()),
                hours: t.time_range(&s.time(), &e.time()),
                mode: v.mode,
                table: v.table.clone(),
                buyer: format!("{} ({})", v.buyer_name, v.buyer_organisation),
                supplier: format!("{} ({})", v.supplier_name_en, v.supplier_name_ko),
                join: v
                    .join_link(Party::Interpreter, &ctx)
                    .map(|l| l.trim_start_matches(ctx.base_url()).to_owned()),
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let page = AgendaPage {
        chrome,
        name: person.name,
        expo: first.map(|v| v.expo_name.clone()).unwrap_or_default(),
        venue: first.map(|v| v.venue.clone()).unwrap_or_default(),
        zone,
        rows,
        calendar: format!("/interpreter/{id}/{}/agenda.ics", path.1),
    };
    Ok(private(crate::web::page::render(&page)?))
}

async fn calendar(
    state: web::Data<AppState>,
    path: web::Path<(i32, String)>,
) -> Result<HttpResponse, AppError> {
    let id = checked(&state, &path)?;
    let (person, views) = state
        .db(move |c| {
            let person = interpreters::contact(c, id)?;
            Ok((person, meetings::mail_views_for_interpreter(c, id)?))
        })
        .await?;
    let t = person.locale;
    let body = crate::mail::messages::meetings_calendar(
        &views,
        Party::Interpreter,
        Method::Publish,
        Some(&t.get("mail-cal-feed-name")),
        t,
        &state.mail(),
        store::now(),
    );
    Ok(private(
        HttpResponse::Ok()
            .content_type("text/calendar; charset=utf-8")
            .insert_header((
                "Content-Disposition",
                "attachment; filename=\"interpreting.ics\"",
            ))
            .body(body),
    ))
}
