//! The buyer's home page (its agenda by day) and its check-in QR code.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::tz;
use crate::domain::SupplierId;
use crate::i18n::format::TimePair;
use crate::store::{meetings, participants};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::page_cache::{PageKey, cached};
use crate::web::public::see_other;
use crate::web::session::SignedInBuyer;

#[derive(Template)]
#[template(path = "buyer/home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub buyer: participants::BuyerSummary,
    pub agenda: Vec<(meetings::AgendaItem, TimePair)>,
    /// When the buyer's calendar address was made, if it has one (the address itself
    /// is shown only once, when it is made).
    pub feed_made: Option<String>,
    pub products: std::collections::HashMap<i32, Vec<String>>,
    /// The buyer's ratings, by meeting.
    pub ratings: std::collections::HashMap<i32, i32>,
    /// Attendees and "done for you" notes, by meeting.
    pub notes: std::collections::HashMap<i32, crate::store::team::MeetingNote>,
    pub now: chrono::NaiveDateTime,
    /// The buyer has a meeting today (at the venue): the check-in code comes first.
    pub checkin_first: bool,
}

impl HomePage {
    /// Meetings grouped by the buyer's local day.
    pub fn days(&self) -> Vec<(String, Vec<&(meetings::AgendaItem, TimePair)>)> {
        let mut out: Vec<(String, Vec<&(meetings::AgendaItem, TimePair)>)> = Vec::new();
        for row in &self.agenda {
            let day = row.1.local.split(" · ").next().unwrap_or("").to_owned();
            match out.last_mut() {
                Some((d, rows)) if *d == day => rows.push(row),
                _ => out.push((day, vec![row])),
            }
        }
        out
    }

    /// Started meetings can be rated, no longer moved or cancelled.
    pub fn started(&self, m: &meetings::AgendaItem) -> bool {
        m.starts_at <= self.now
    }

    /// The check-in code is for people who come to the venue: not for a buyer whose
    /// meetings are all online.
    pub fn comes_to_venue(&self) -> bool {
        self.agenda.is_empty() || self.agenda.iter().any(|(m, _)| !m.online())
    }

    /// Over: no Join button any more.
    pub fn over(&self, m: &meetings::AgendaItem) -> bool {
        m.ends_at <= self.now
    }

    /// Who of the buyer's organisation attends, and staff who changed it for them.
    pub fn note_of(&self, m: &meetings::AgendaItem) -> crate::store::team::MeetingNote {
        self.notes.get(&m.meeting.0).cloned().unwrap_or_default()
    }

    pub fn rating_of(&self, m: &meetings::AgendaItem) -> Option<i32> {
        self.ratings.get(&m.meeting.0).copied()
    }

    pub fn products_of(&self, supplier: &SupplierId) -> String {
        self.products
            .get(&supplier.0)
            .map(|p| p.iter().take(3).cloned().collect::<Vec<_>>().join(", "))
            .unwrap_or_default()
    }
}

pub async fn home(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, agenda_page(state, me, chrome)).await
}

async fn agenda_page(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (buyer, agenda, products, ratings, feed_made) = state
        .db(move |c| {
            let buyer = participants::buyer_summary(c, me.id)?.ok_or(AppError::NotFound)?;
            let feed_made = crate::store::feeds::made_at(c, crate::domain::Role::Buyer, me.id.0)?;
            let agenda = meetings::for_buyer(c, me.id)?;
            let ids: Vec<i32> = agenda.iter().map(|m| m.supplier.0).collect();
            let products = meetings::product_names(c, &ids)?;
            let ids: Vec<i32> = agenda.iter().map(|m| m.meeting.0).collect();
            let ratings = crate::store::outcomes::ratings_of(c, &ids)?;
            let notes = crate::store::team::notes(c, crate::domain::Role::Buyer, me.id.0, &ids)?;
            Ok((buyer, agenda, products, (ratings, notes), feed_made))
        })
        .await?;
    let (ratings, notes) = ratings;
    if !buyer.profile_complete {
        return Ok(see_other("/buyer/profile"));
    }
    let (own, venue) = (tz(&buyer.timezone)?, tz(&buyer.venue_timezone)?);
    let now = crate::store::now();
    let checkin_first = meeting_today(&agenda, venue, now);
    let agenda = agenda
        .into_iter()
        .map(|m| {
            let t = chrome.t.time_pair(&m.starts_at, &m.ends_at, own, venue);
            (m, t)
        })
        .collect();
    let feed_made = feed_made.map(|t| chrome.t.date(&t.date()));

    render(&HomePage {
        chrome,
        buyer,
        agenda,
        feed_made,
        products,
        ratings,
        notes,
        now,
        checkin_first,
    })
}

/// Whether one of the meetings falls on today's date at the venue.
fn meeting_today(
    agenda: &[meetings::AgendaItem],
    venue: chrono_tz::Tz,
    now: chrono::NaiveDateTime,
) -> bool {
    use chrono::TimeZone as _;
    let today = venue.from_utc_datetime(&now).date_naive();
    agenda
        .iter()
        .any(|m| venue.from_utc_datetime(&m.starts_at).date_naive() == today)
}

/// The buyer's check-in QR code, an SVG the organizer's phone scans. Its own URL, so
/// the browser keeps it (about 300 µs and 10 kB saved on every agenda view).
pub async fn checkin_qr(
    state: web::Data<AppState>,
    me: SignedInBuyer,
) -> Result<HttpResponse, AppError> {
    let buyer = state
        .db(move |c| participants::buyer_summary(c, me.id)?.ok_or(AppError::NotFound))
        .await?;
    let svg = crate::web::checkin::qr_svg(&format!(
        "{}{}",
        state.base_url,
        crate::web::checkin::checkin_path(buyer.expo_id, "buyer", me.id.0)
    ));
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml")
        .insert_header(("Cache-Control", "private, max-age=86400"))
        .body(svg))
}
