//! The table board: a page for a screen at the venue showing, for each table, the
//! meeting happening now and the next one. It refreshes itself every minute.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{NaiveDateTime, TimeZone as _};
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render};
use super::session::SignedInOrganizer;
use crate::domain::ExpoId;
use crate::store::grid::{ExportRow, Whose};
use crate::store::{self, expos};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BoardQuery {
    /// `YYYY-MM-DDTHH:MM` in venue time, to preview another moment; empty for now.
    at: String,
}

/// One table's line on the board.
pub struct TableLine {
    pub table: String,
    pub note: String,
    pub now: Option<ExportRow>,
    pub next: Option<ExportRow>,
}

#[derive(Template)]
#[template(path = "organizer/board.html")]
pub struct BoardPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    /// The venue's zone, parsed once when the page is built.
    pub venue: chrono_tz::Tz,
    pub at_label: String,
    pub lines: Vec<TableLine>,
    pub preview: bool,
}

impl BoardPage {
    /// The tiles' arrangement: see [`columns`].
    pub fn layout_class(&self) -> String {
        let (cols, rows) = columns(self.lines.len());
        if rows > MAX_ROWS {
            format!("board-cols-{cols} board-many")
        } else {
            format!("board-cols-{cols}")
        }
    }

    pub fn hours(&self, row: &ExportRow) -> String {
        let (tz, t) = (self.venue, self.chrome.t);
        t.time_range(
            &tz.from_utc_datetime(&row.starts_at).time(),
            &tz.from_utc_datetime(&row.ends_at).time(),
        )
    }
}

/// Rows that still fit a screen; with more, the board scrolls.
const MAX_ROWS: usize = 8;

/// Columns and rows for `n` tiles on a landscape screen (16:9) with tiles about half
/// again as wide as tall: 20 tables make 5 × 4. At most 8 columns.
pub fn columns(n: usize) -> (usize, usize) {
    if n == 0 {
        return (1, 0);
    }
    let mut cols = 1;
    // The smallest column count whose grid is no taller than ~1.19 times wide in tiles.
    while cols < 8 && cols < n && (cols * cols) * 100 < n * 119 {
        cols += 1;
    }
    (cols, n.div_ceil(cols))
}

/// For each table: the live meeting running at `at`, and the next one after it.
pub fn board_lines(
    tables: Vec<(String, String)>,
    rows: &[ExportRow],
    at: NaiveDateTime,
) -> Vec<TableLine> {
    let live = |r: &&ExportRow| r.status.is_live();
    tables
        .into_iter()
        .map(|(table, note)| {
            let mine: Vec<&ExportRow> = rows
                .iter()
                .filter(live)
                .filter(|r| r.table == table)
                .collect();
            TableLine {
                now: mine
                    .iter()
                    .find(|r| r.starts_at <= at && at < r.ends_at)
                    .map(|r| (*r).clone()),
                next: mine
                    .iter()
                    .filter(|r| r.starts_at > at)
                    .min_by_key(|r| r.starts_at)
                    .map(|r| (*r).clone()),
                table,
                note,
            }
        })
        .collect()
}

pub async fn board(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    expo: web::Path<i32>,
    query: web::Query<BoardQuery>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(expo.into_inner());
    let (settings, tables, rows) = state
        .db(move |c| {
            let settings = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            Ok((
                settings,
                expos::tables(c, id)?,
                store::grid::meetings_of(c, id, Whose::All)?,
            ))
        })
        .await?;
    let tz = crate::domain::TimeZone::stored(&settings.venue_timezone)?.tz();
    let (at, preview) = match query.at.trim() {
        "" => (store::now(), false),
        raw => {
            let local = NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
                .map_err(|_| AppError::BadRequest(chrome.t.get("err-ops-board-at-format")))?;
            let utc = tz
                .from_local_datetime(&local)
                .earliest()
                .ok_or_else(|| AppError::BadRequest(chrome.t.get("err-ops-board-at-missing")))?
                .naive_utc();
            (utc, true)
        }
    };
    let local = tz.from_utc_datetime(&at);
    let at_label = format!(
        "{} · {}",
        chrome.t.day(&local.date_naive()),
        chrome.t.time(&local.time())
    );
    render(&BoardPage {
        lines: board_lines(tables, &rows, at),
        chrome,
        expo: settings,
        venue: tz,
        at_label,
        preview,
    })
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/expos/{id}/board", web::get().to(board));
}

#[cfg(test)]
mod tests {
    use super::columns;

    #[test]
    fn the_board_arranges_tiles_in_a_landscape_grid() {
        assert_eq!(columns(0), (1, 0));
        assert_eq!(columns(1), (1, 1));
        assert_eq!(columns(4), (3, 2));
        assert_eq!(columns(9), (4, 3));
        assert_eq!(columns(12), (4, 3));
        assert_eq!(columns(20), (5, 4));
        assert_eq!(columns(30), (6, 5));
        assert_eq!(columns(200), (8, 25));
    }
}
