//! The organizer's pages.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render};
use super::session::SignedInOrganizer;
use crate::store::expos;

#[derive(Template)]
#[template(path = "organizer/home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub name: String,
    pub expos: Vec<expos::ExpoSummary>,
}

impl HomePage {
    pub fn dates(&self, e: &expos::ExpoSummary) -> String {
        super::format::date_range(e.first_day, e.last_day)
    }
}

pub async fn home(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let expos = state.db(|c| Ok(expos::summaries(c, false)?)).await?;
    render(&HomePage {
        chrome,
        name: me.name,
        expos,
    })
}
