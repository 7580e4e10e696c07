//! The supplier's home page: where its registration stands and its meetings at a glance.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::domain::status::SupplierStatus;
use crate::store::agenda;
use crate::store::suppliers::{self, StoredProfile};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::page_cache::{PageKey, cached};
use crate::web::session::SignedInSupplier;

use super::agenda::{AgendaDay, agenda_days};

#[derive(Template)]
#[template(path = "supplier/home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub agenda: Vec<AgendaDay>,
    pub blocked: usize,
}

impl HomePage {
    /// The catalogue key of what the registration's state means for the supplier.
    pub fn status_key(&self) -> &'static str {
        match self.p.status {
            SupplierStatus::Unverified => "sup-home-status-unverified",
            SupplierStatus::Pending => "sup-home-status-pending",
            SupplierStatus::Approved => "sup-home-status-approved",
            SupplierStatus::Rejected => "sup-home-status-rejected",
        }
    }

    pub fn step_class(&self, step: u8) -> &'static str {
        let reached = match self.p.status {
            SupplierStatus::Unverified => 1,
            SupplierStatus::Pending => 2,
            SupplierStatus::Rejected => 3,
            SupplierStatus::Approved => 4,
        };
        if step < reached {
            "done"
        } else if step == reached {
            "current"
        } else {
            ""
        }
    }

    pub fn meeting_count(&self) -> usize {
        self.agenda.iter().map(|d| d.rows.len()).sum()
    }
}

pub async fn home(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, home_page(state, me, chrome)).await
}

async fn home_page(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let id = me.id;
    let (p, entries, blocked) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            let entries = agenda::for_supplier(c, id)?;
            let notes = super::agenda::notes_of(c, id, &entries)?;
            let blocked = suppliers::availability(c, id)?
                .iter()
                .filter(|s| s.blocked)
                .count();
            Ok((p, (entries, notes), blocked))
        })
        .await?;
    let (entries, notes) = entries;
    let mut agenda = agenda_days(chrome.t, &p, entries)?;
    super::agenda::annotate(&mut agenda, notes);
    render(&HomePage {
        chrome,
        p,
        agenda,
        blocked,
    })
}
