//! The meeting grid: one day of an expo as tables × slots.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;
use serde::Deserialize;

use crate::domain::{BuyerId, DayId, ExpoId, SupplierId, TableId};
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
    /// Filters from the address that were left out, and why, in the viewer's language.
    pub notices: Vec<String>,
    pub buyers: Vec<(i32, String)>,
    pub suppliers: Vec<(i32, String)>,
    /// The page reloads itself every [`LIVE_SECONDS`] to show who has joined.
    pub live: bool,
}

/// How often the live grid reloads (no script needed: a refresh header in the page).
pub const LIVE_SECONDS: u32 = 30;

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

    pub fn is_day(&self, id: &DayId) -> bool {
        self.grid.day == Some(*id)
    }

    pub fn is_table(&self, id: &i32) -> bool {
        self.grid.filter.table.is_some_and(|t| t.0 == *id)
    }

    pub fn is_supplier(&self, id: &i32) -> bool {
        self.grid.filter.supplier.is_some_and(|s| s.0 == *id)
    }

    pub fn is_buyer(&self, id: &i32) -> bool {
        self.grid.filter.buyer.is_some_and(|b| b.0 == *id)
    }

    pub fn filtered(&self) -> bool {
        self.grid.filter != store::grid::GridFilter::default()
    }

    /// Whether the day has online or hybrid meetings (the live view is offered).
    pub fn has_video(&self) -> bool {
        self.grid
            .rows
            .iter()
            .any(|r| r.3.iter().flatten().any(|c| c.joined.is_some()))
    }

    /// This day's grid, live or not, with the same filters.
    pub fn live_link(&self, live: bool) -> String {
        let link = self.grid.day.map_or_else(
            || format!("/organizer/expos/{}/grid?", self.expo.id),
            |d| self.link(&d, live),
        );
        if live {
            link
        } else {
            link.replace("&live=1", "")
        }
    }

    /// This grid on another day, with the same filters (and still live).
    pub fn day_link(&self, day: &DayId) -> String {
        self.link(day, self.live)
    }

    fn link(&self, day: &DayId, live: bool) -> String {
        let mut link = url::form_urlencoded::Serializer::new(String::new());
        link.append_pair("day", &day.0.to_string());
        for (name, value) in [
            ("table", self.grid.filter.table.map(|t| t.0)),
            ("supplier", self.grid.filter.supplier.map(|s| s.0)),
            ("buyer", self.grid.filter.buyer.map(|b| b.0)),
        ] {
            if let Some(v) = value {
                link.append_pair(name, &v.to_string());
            }
        }
        if live {
            link.append_pair("live", "1");
        }
        format!("/organizer/expos/{}/grid?{}", self.expo.id, link.finish())
    }

    /// The meetings the page counts: those the filter asks for.
    pub fn booked(&self) -> usize {
        self.grid
            .rows
            .iter()
            .map(|r| {
                r.3.iter()
                    .filter(|c| c.as_ref().is_some_and(|c| c.wanted))
                    .count()
            })
            .sum()
    }
}

/// The grid's choices as typed in the address: all optional, all ids.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GridQuery {
    day: String,
    table: String,
    supplier: String,
    buyer: String,
    /// "1": reload every half minute.
    live: String,
}

/// An id from the address: `Ok(None)` when empty, `Err(())` when it is not a number.
fn id_in(raw: &str) -> Result<Option<i32>, ()> {
    match raw.trim() {
        "" => Ok(None),
        s => s.parse().map(Some).map_err(|_| ()),
    }
}

/// One day as tables × slots, every meeting with its buyer and supplier; opens on
/// today when it is a consultation day. The filters narrow it to a table, a supplier or
/// a buyer; a filter that names nothing of this expo is left out and the page says so
/// (a link kept from before a table was removed still opens the grid).
pub async fn grid(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
    query: web::Query<GridQuery>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let query = query.into_inner();
    let mut ignored: Vec<&'static str> = Vec::new();
    let mut parsed = |raw: &str, key: &'static str| {
        id_in(raw).unwrap_or_else(|()| {
            ignored.push(key);
            None
        })
    };
    let day = parsed(&query.day, "org-grid-ignored-day");
    let table = parsed(&query.table, "org-grid-ignored-table");
    let supplier = parsed(&query.supplier, "org-grid-ignored-supplier");
    let buyer = parsed(&query.buyer, "org-grid-ignored-buyer");
    let (expo, venue, grid, (buyers, suppliers), unknown) = state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            let venue = crate::domain::TimeZone::stored(&expo.venue_timezone)?.tz();
            let today = store::now().and_utc().with_timezone(&venue).date_naive();
            let (buyers, suppliers) = store::grid::choosable(c, id)?;
            let mut unknown = Vec::new();
            let mut known = |asked: Option<i32>, list: &[(i32, String)], key: &'static str| {
                asked.filter(|a| {
                    let ok = list.iter().any(|(i, _)| i == a);
                    if !ok {
                        unknown.push(key);
                    }
                    ok
                })
            };
            let filter = store::grid::GridFilter {
                table: table.map(TableId),
                supplier: known(supplier, &suppliers, "org-grid-ignored-supplier").map(SupplierId),
                buyer: known(buyer, &buyers, "org-grid-ignored-buyer").map(BuyerId),
            };
            let grid = store::grid::day_grid(c, id, day.map(DayId), today, &filter)?;
            if table.is_some() && grid.filter.table.is_none() {
                unknown.push("org-grid-ignored-table");
            }
            if let Some(asked) = day
                && grid.day != Some(DayId(asked))
            {
                unknown.push("org-grid-ignored-day");
            }
            Ok((expo, venue, grid, (buyers, suppliers), unknown))
        })
        .await?;
    ignored.extend(unknown);
    render(&GridPage {
        notices: ignored.into_iter().map(|k| chrome.t.get(k)).collect(),
        chrome,
        venue,
        expo,
        grid,
        buyers,
        suppliers,
        live: query.live == "1",
    })
}
