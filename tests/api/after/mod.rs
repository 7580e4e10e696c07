//! After the schedule: interpreters as a scheduled resource, buyers' ratings and the
//! follow-up surveys that ask suppliers months later what came of their meetings.

use expomatch::domain::Role;
use std::collections::HashSet;

use diesel::prelude::*;
use expomatch::db::schema::{audit_log, buyers, interpreters, meetings, suppliers};

use crate::helpers::*;
use crate::layout::organizer_with_demo;
use crate::on_both_databases;

mod interpreting;
mod ratings;

/// (meeting, slot, interpreter) of every live meeting that has an interpreter.
fn assigned(c: &mut expomatch::db::DbConnection) -> Vec<(i32, i32, i32)> {
    meetings::table
        .filter(meetings::status.eq_any(["booked", "held"]))
        .filter(meetings::interpreter_id.is_not_null())
        .select((
            meetings::id,
            meetings::slot_id,
            meetings::interpreter_id.assume_not_null(),
        ))
        .load(c)
        .expect("assigned")
}

fn needing(html: &scraper::Html) -> usize {
    html.select(&scraper::Selector::parse("#interpreter-needs tbody tr").expect("selector"))
        .count()
}

/// The meetings listed as needing an interpreter on the organizer's page.
async fn html_need_ids(app: &TestApp, page: &str) -> Vec<i32> {
    let (_, html) = app.get_html(page).await;
    html.select(&scraper::Selector::parse("#interpreter-needs tbody tr a").expect("selector"))
        .filter_map(|a| a.value().attr("href"))
        .filter_map(|h| {
            h.trim_start_matches("/organizer/meetings/")
                .split('#')
                .next()?
                .parse()
                .ok()
        })
        .collect()
}
