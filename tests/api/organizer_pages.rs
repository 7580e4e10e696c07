//! The organizer's working pages at an expo's size: the meeting grid a day at a time
//! with filters, the email list found by recipient, kind and status a page at a time,
//! and the table board for the venue screen.

use diesel::prelude::*;
use expomatch::db::schema::{
    buyers, consultation_days, consultation_tables, expos, meetings, slots, suppliers,
};
use expomatch::store;
use scraper::{Html, Selector};

use crate::helpers::*;
use crate::layout::organizer_with_demo;
use crate::on_both_databases;

fn attrs(html: &Html, css: &str, attr: &str) -> Vec<String> {
    let sel = Selector::parse(css).expect("selector");
    html.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

// ------------------------------------------------------------------- the meeting grid

/// (supplier id, supplier name, buyer id, buyer name, table id, table label) of a live
/// meeting on `day`, and how many live meetings that day has, that supplier has and that
/// buyer has, and how many slots the day has.
struct DayFacts {
    supplier: (i32, String),
    buyer: (i32, String),
    table: (i32, String),
    live: usize,
    of_supplier: usize,
    of_buyer: usize,
    slots: usize,
}

async fn day_facts(app: &TestApp, day: i32) -> DayFacts {
    app.with_db(move |c| {
        let live: Vec<(i32, i32, i32)> = meetings::table
            .inner_join(slots::table)
            .filter(slots::day_id.eq(day))
            .filter(meetings::status.eq_any(["booked", "held"]))
            .select((
                meetings::supplier_id,
                meetings::buyer_id,
                meetings::table_id,
            ))
            .load(c)
            .expect("meetings");
        let (s, b, t) = live[0];
        let supplier: String = suppliers::table
            .find(s)
            .select(suppliers::company_name_en)
            .first(c)
            .expect("supplier");
        let buyer: String = buyers::table
            .find(b)
            .select(buyers::name)
            .first(c)
            .expect("buyer");
        let table: String = consultation_tables::table
            .find(t)
            .select(consultation_tables::label)
            .first(c)
            .expect("table");
        let slots: i64 = slots::table
            .filter(slots::day_id.eq(day))
            .count()
            .get_result(c)
            .expect("slots");
        DayFacts {
            live: live.len(),
            of_supplier: live.iter().filter(|m| m.0 == s).count(),
            of_buyer: live.iter().filter(|m| m.1 == b).count(),
            supplier: (s, supplier),
            buyer: (b, buyer),
            table: (t, table),
            slots: slots as usize,
        }
    })
    .await
}

async fn the_grid_shows_one_day_at_a_time_and_honours_each_filter(app: TestApp) {
    let (expo, first_day) = organizer_with_demo(&app).await;
    let (second_day, all_slots, tables) = app
        .with_db(move |c| {
            let second: i32 = consultation_days::table
                .filter(consultation_days::expo_id.eq(expo))
                .filter(consultation_days::id.ne(first_day))
                .select(consultation_days::id)
                .first(c)
                .expect("a second day");
            let all: i64 = slots::table
                .filter(slots::expo_id.eq(expo))
                .count()
                .get_result(c)
                .expect("slots");
            let tables: i64 = consultation_tables::table
                .filter(consultation_tables::expo_id.eq(expo))
                .filter(consultation_tables::active.eq(true))
                .count()
                .get_result(c)
                .expect("tables");
            (second, all as usize, tables as usize)
        })
        .await;
    let facts = day_facts(&app, first_day).await;
    let grid = format!("/organizer/expos/{expo}/grid");

    // One day: that day's slots only, all its meetings, every table.
    let (status, html) = app.get_html(&format!("{grid}?day={first_day}")).await;
    assert_eq!(status, 200);
    let rows = select_text(&html, ".meeting-grid tbody tr").len();
    assert_eq!(rows, facts.slots, "one row per slot of the chosen day");
    assert!(rows < all_slots, "the other day's slots are not shown");
    assert_eq!(
        select_text(&html, ".meeting-grid td.cell-booked").len(),
        facts.live
    );
    assert_eq!(
        select_text(&html, ".meeting-grid thead th").len(),
        tables + 1,
        "a column per table"
    );
    assert_eq!(
        attrs(&html, ".day-tabs a[aria-current=page]", "href"),
        vec![format!("{grid}?day={first_day}")]
    );

    // Without a day the grid opens on today when today is a consultation day.
    app.with_db(move |c| {
        let tz: String = expos::table
            .find(expo)
            .select(expos::venue_timezone)
            .first(c)
            .expect("zone");
        let tz: chrono_tz::Tz = tz.parse().expect("tz");
        let today = store::now().and_utc().with_timezone(&tz).date_naive();
        diesel::update(consultation_days::table.find(second_day))
            .set(consultation_days::day.eq(today))
            .execute(c)
            .expect("today");
    })
    .await;
    let (_, html) = app.get_html(&grid).await;
    assert_eq!(
        attrs(&html, ".day-tabs a[aria-current=page]", "href"),
        vec![format!("{grid}?day={second_day}")],
        "today's day is chosen"
    );

    // A table: only its column.
    let (status, html) = app
        .get_html(&format!("{grid}?day={first_day}&table={}", facts.table.0))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, ".meeting-grid thead th"),
        vec!["Time".to_owned(), facts.table.1.clone()]
    );
    assert_eq!(
        select_text(&html, ".meeting-grid tbody tr").len(),
        facts.slots
    );

    // A supplier: only its meetings are named, every one of them.
    let (status, html) = app
        .get_html(&format!(
            "{grid}?day={first_day}&supplier={}",
            facts.supplier.0
        ))
        .await;
    assert_eq!(status, 200);
    let named = select_text(&html, ".meeting-grid td.cell-booked .who-supplier");
    assert_eq!(named.len(), facts.of_supplier, "the supplier's meetings");
    assert!(
        named.iter().all(|n| *n == facts.supplier.1),
        "only the supplier's meetings: {named:?}"
    );

    // A buyer: the same.
    let (status, html) = app
        .get_html(&format!("{grid}?day={first_day}&buyer={}", facts.buyer.0))
        .await;
    assert_eq!(status, 200);
    let named = select_text(&html, ".meeting-grid td.cell-booked .who-buyer");
    assert_eq!(named.len(), facts.of_buyer, "the buyer's meetings");
    assert!(
        named.iter().all(|n| *n == facts.buyer.1),
        "only the buyer's meetings: {named:?}"
    );
    // The day tabs keep the filter.
    assert!(
        attrs(&html, ".day-tabs a", "href")
            .iter()
            .all(|h| h.contains(&format!("buyer={}", facts.buyer.0))),
        "switching days keeps the filter"
    );
}
on_both_databases!(the_grid_shows_one_day_at_a_time_and_honours_each_filter);

async fn a_grid_filter_that_means_nothing_is_left_out_with_a_message_not_an_error(app: TestApp) {
    let (expo, first_day) = organizer_with_demo(&app).await;
    let facts = day_facts(&app, first_day).await;
    let grid = format!("/organizer/expos/{expo}/grid");
    for query in [
        "table=abc",
        "table=999999",
        "supplier=%3Cscript%3E",
        "supplier=-4",
        "buyer=99999999999999999999",
        "buyer=1.5",
        "day=tomorrow",
        "day=999999",
    ] {
        let (status, html) = app.get_html(&format!("{grid}?{query}")).await;
        assert_eq!(status, 200, "case {query}");
        assert_eq!(
            select_text(&html, ".grid-notice").len(),
            1,
            "case {query}: the page says what it left out"
        );
        assert_eq!(
            select_text(&html, ".meeting-grid tbody tr").len(),
            facts.slots,
            "case {query}: the whole first day is shown"
        );
    }
    let (status, html) = app
        .get_html(&format!("{grid}?day={first_day}&table=&supplier=&buyer="))
        .await;
    assert_eq!(status, 200, "empty filters are no filters");
    assert!(select_text(&html, ".grid-notice").is_empty());
}
on_both_databases!(a_grid_filter_that_means_nothing_is_left_out_with_a_message_not_an_error);
