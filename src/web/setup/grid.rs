//! The meeting grid: one day of an expo as tables × slots.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;
use serde::Deserialize;

use crate::domain::ExpoId;
use crate::store::{self, expos};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::session::SignedInOrganizer;

#[derive(Template)]
#[template(path = "organizer/grid.html")]
pub struct GridPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    /// The venue's zone, parsed once when the page is built.
    pub venue: chrono_tz::Tz,
    pub grid: store::grid::Grid,
    pub buyers: Vec<(i32, String)>,
    pub suppliers: Vec<(i32, String)>,
}

impl GridPage {
    fn venue(&self) -> chrono_tz::Tz {
        self.venue
    }

    pub fn time(&self, t: &chrono::NaiveDateTime) -> String {
        self.chrome
            .t
            .time(&self.venue().from_utc_datetime(t).time())
    }

    pub fn day_label(&self, d: &chrono::NaiveDate) -> String {
        self.chrome.t.day(d)
    }

    pub fn is_day(&self, id: &crate::domain::DayId) -> bool {
        self.grid.day == Some(*id)
    }

    pub fn booked(&self) -> usize {
        self.grid
            .rows
            .iter()
            .map(|r| r.3.iter().filter(|c| c.is_some()).count())
            .sum()
    }
}

#[derive(Deserialize)]
pub struct GridQuery {
    day: Option<i32>,
}

/// One day as tables × slots, every meeting with its buyer and supplier.
pub async fn grid(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
    query: web::Query<GridQuery>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let day = query.into_inner().day.map(crate::domain::DayId);
    let (expo, grid, (buyers, suppliers)) = state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            Ok((
                expo,
                store::grid::day_grid(c, id, day)?,
                store::grid::choosable(c, id)?,
            ))
        })
        .await?;
    render(&GridPage {
        chrome,
        venue: crate::domain::TimeZone::stored(&expo.venue_timezone)?.tz(),
        expo,
        grid,
        buyers,
        suppliers,
    })
}
