//! The supplier's pages.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::AppState;
use super::errors::AppError;
use super::format::{TimePair, time_pair};
use super::page::{Chrome, render};
use super::session::SignedInSupplier;
use crate::store::{meetings, participants};

#[derive(Template)]
#[template(path = "supplier/home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub supplier: participants::SupplierSummary,
    pub agenda: Vec<(meetings::AgendaItem, TimePair)>,
}

impl HomePage {
    pub fn status_text(&self) -> &'static str {
        match self.supplier.status.as_str() {
            "unverified" => "Please confirm your email address with the link we sent you.",
            "pending" => {
                "Your registration is waiting for the organizer's approval. We will email you."
            }
            "approved" => "Your company is approved: buyers can find you and book meetings.",
            _ => "Your registration was not approved.",
        }
    }

    pub fn status_badge(&self) -> &'static str {
        match self.supplier.status.as_str() {
            "approved" => "ok",
            "rejected" => "danger",
            _ => "warn",
        }
    }

    pub fn country_name(&self, code: &str) -> &'static str {
        crate::domain::reference::country_name(code).unwrap_or("")
    }
}

pub async fn home(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (supplier, agenda) = state
        .db(move |c| {
            let supplier = participants::supplier_summary(c, me.id)?.ok_or(AppError::NotFound)?;
            let agenda = meetings::for_supplier(c, me.id)?;
            Ok((supplier, agenda))
        })
        .await?;
    let venue: chrono_tz::Tz = supplier.venue_timezone.parse().unwrap_or(chrono_tz::UTC);
    let agenda = agenda
        .into_iter()
        .map(|m| {
            let t = time_pair(m.starts_at, m.ends_at, venue, venue);
            (m, t)
        })
        .collect();
    render(&HomePage {
        chrome,
        supplier,
        agenda,
    })
}
