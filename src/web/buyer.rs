//! The foreign buyer's pages: times in the buyer's own zone with the venue's beside.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::AppState;
use super::errors::AppError;
use super::format::{TimePair, time_pair};
use super::page::{Chrome, render};
use super::session::SignedInBuyer;
use crate::store::{meetings, participants};

#[derive(Template)]
#[template(path = "buyer/home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub buyer: participants::BuyerSummary,
    pub agenda: Vec<(meetings::AgendaItem, TimePair)>,
}

impl HomePage {
    pub fn country_name(&self) -> &'static str {
        crate::domain::reference::country_name(&self.buyer.country).unwrap_or("")
    }
}

pub async fn home(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (buyer, agenda) = state
        .db(move |c| {
            let buyer = participants::buyer_summary(c, me.id)?.ok_or(AppError::NotFound)?;
            let agenda = meetings::for_buyer(c, me.id)?;
            Ok((buyer, agenda))
        })
        .await?;
    let own: chrono_tz::Tz = buyer.timezone.parse().unwrap_or(chrono_tz::UTC);
    let venue: chrono_tz::Tz = buyer.venue_timezone.parse().unwrap_or(chrono_tz::UTC);
    let agenda = agenda
        .into_iter()
        .map(|m| {
            let t = time_pair(m.starts_at, m.ends_at, own, venue);
            (m, t)
        })
        .collect();
    render(&HomePage {
        chrome,
        buyer,
        agenda,
    })
}
