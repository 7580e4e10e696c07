//! Buyers rate the meetings they attended: 1 to 5 and an optional comment, once the
//! meeting has started. The organizer sees the rating on the meeting's page and the
//! averages in the report.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, form_status, render_with_status};
use super::public::see_other;
use super::session::{self, SignedInBuyer};
use crate::domain::display::TimePair;
use crate::domain::outcome::parse_rating;
use crate::domain::{FieldError, MeetingId};
use crate::store::{self, StoreError, meetings, outcomes};

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct RatingFields {
    pub rating: String,
    pub comment: String,
}

#[derive(Template)]
#[template(path = "buyer/rate.html")]
pub struct RatePage {
    pub chrome: Chrome,
    pub m: meetings::MailView,
    pub when: TimePair,
    pub form: RatingFields,
    pub errors: Vec<FieldError>,
}

impl RatePage {
    pub fn error(&self, field: &str) -> Option<String> {
        crate::domain::values::message_for(&self.errors, field).map(|m| self.chrome.t.text(m))
    }

    pub fn checked(&self, stars: &u8) -> bool {
        self.form.rating.trim() == stars.to_string()
    }
}

/// The buyer's own live meeting, or 404.
async fn own(
    state: &AppState,
    me: &SignedInBuyer,
    meeting: MeetingId,
) -> Result<(meetings::MailView, Option<(i32, String)>), AppError> {
    let buyer = me.id;
    state
        .db(move |c| {
            let m = meetings::mail_views_for_buyer(c, buyer)?
                .into_iter()
                .find(|m| m.meeting == meeting)
                .ok_or(AppError::NotFound)?;
            Ok((m, outcomes::rating_of(c, meeting)?))
        })
        .await
}

fn page(
    chrome: Chrome,
    m: meetings::MailView,
    form: RatingFields,
    errors: Vec<FieldError>,
) -> Result<HttpResponse, AppError> {
    let own = crate::domain::TimeZone::stored(&m.buyer_timezone)?.tz();
    let venue = crate::domain::TimeZone::stored(&m.venue_timezone)?.tz();
    let when = chrome.t.time_pair(&m.starts_at, &m.ends_at, own, venue);
    let status = form_status(&errors);
    render_with_status(
        &RatePage {
            chrome,
            m,
            when,
            form,
            errors,
        },
        status,
    )
}

pub async fn form(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let (m, existing) = own(&state, &me, MeetingId(id.into_inner())).await?;
    let form = existing
        .map(|(r, comment)| RatingFields {
            rating: r.to_string(),
            comment,
        })
        .unwrap_or_default();
    page(chrome, m, form, vec![])
}

pub async fn save(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<RatingFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let (m, _) = own(&state, &me, meeting).await?;
    let fields = fields.into_inner();
    let (stars, comment) = match parse_rating(&fields.rating, &fields.comment) {
        Ok(r) => r,
        Err(errors) => return page(chrome, m, fields, errors),
    };
    let buyer = me.id;
    let saved = state
        .db(move |c| {
            Ok(outcomes::rate(
                c,
                buyer,
                meeting,
                (stars, &comment),
                store::now(),
            ))
        })
        .await?;
    match saved {
        Ok(()) => {
            session::flash(&session, "success", "Thank you: your rating is saved.");
            Ok(see_other(&format!("/buyer#meeting-{}", meeting.0)))
        }
        Err(StoreError::Conflict(why)) => page(
            chrome,
            m,
            fields,
            vec![FieldError::new("rating", capitalise(&why))],
        ),
        Err(e) => Err(e.into()),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect::<String>() + ".")
        .unwrap_or_default()
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/buyer/meetings/{id}/rate", web::get().to(form))
        .route("/buyer/meetings/{id}/rate", web::post().to(save));
}
