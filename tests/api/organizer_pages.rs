//! The organizer's working pages at an expo's size: the meeting grid a day at a time
//! with filters, the email list found by recipient, kind and status a page at a time,
//! and the table board for the venue screen.

use diesel::prelude::*;
use expomatch::db::schema::{
    buyers, consultation_days, consultation_tables, expos, meetings, outbox, slots, suppliers,
};
use expomatch::domain::Role;
use expomatch::store::{self, outbox as mail_outbox};
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

// ------------------------------------------------------------------------- the email list

const KINDS: [&str; 5] = [
    "meeting_booked",
    "invitation",
    "request_received",
    "sign_in_link",
    "carrier_pigeon",
];

/// An organizer signed in on an app without an outbox worker (nothing changes status
/// behind the test's back), and 130 messages: five kinds in turn (one this version does
/// not know), to three recipients in turn, every seventh failed.
async fn email_app(app: TestApp) -> TestApp {
    let backend = app.backend;
    drop(app);
    let app = TestApp::spawn_with(
        backend,
        Options {
            outbox_worker: false,
            ..Options::default()
        },
    )
    .await;
    let organizer = app
        .with_db(|c| {
            let now = store::now();
            for i in 0..130usize {
                let (name, address) = [
                    ("Ana Lima", "ana.lima@buyer.example"),
                    ("Bora Kim", "bora@hanbit.example"),
                    ("Chen Wei", "chen.wei@buyer.example"),
                ][i % 3];
                let id = mail_outbox::enqueue(
                    c,
                    &mail_outbox::NewMessage {
                        kind: KINDS[i % 5],
                        to_address: address,
                        to_name: name,
                        subject: &format!("Message number {i}"),
                        body_text: "Hello",
                        body_html: None,
                        expo: None,
                    },
                    now,
                )
                .expect("queue");
                if i % 7 == 0 {
                    diesel::update(outbox::table.find(id))
                        .set((outbox::status.eq("failed"), outbox::last_error.eq("550 no")))
                        .execute(c)
                        .expect("failed");
                }
            }
            store::organizers::create(
                c,
                &expomatch::domain::EmailAddress::parse("mail-desk@kotra.example").expect("e"),
                &expomatch::domain::PersonName::parse("name", "Mail Desk").expect("n"),
                &expomatch::domain::password::Password::parse("mail desk password")
                    .expect("pw")
                    .hash(),
                now,
            )
            .expect("organizer")
        })
        .await;
    app.sign_in(Role::Organizer, organizer.0).await;
    app
}

fn rows(html: &Html) -> usize {
    select_text(html, ".email-list tbody tr").len()
}

async fn the_email_list_is_found_by_recipient_kind_and_status_a_page_at_a_time_with_labels(
    app: TestApp,
) {
    let app = email_app(app).await;

    // All: 50 a page, newest first, labels not codes.
    let (status, html) = app.get_html("/organizer/email").await;
    assert_eq!(status, 200);
    assert_eq!(rows(&html), 50);
    assert_eq!(
        select_text(&html, "#email-showing"),
        vec!["1–50 of 130".to_owned()]
    );
    assert_eq!(
        select_text(&html, ".email-list tbody tr td:nth-child(3) a")[0],
        "Message number 129"
    );
    let text = select_text(&html, "main").join(" ");
    for code in KINDS.iter().filter(|k| k.contains('_')) {
        assert!(!text.contains(code), "the raw code {code} is shown");
    }
    let shown: Vec<String> = select_text(&html, ".email-list .mail-kind")
        .into_iter()
        .chain(select_text(&html, ".email-list .badge"))
        .chain(select_text(&html, "#kind option, #status option"))
        .collect();
    for code in KINDS.iter().chain(&["failed", "pending", "sent"]) {
        assert!(
            !shown.iter().any(|s| s == code),
            "the raw code {code} is shown: {shown:?}"
        );
    }
    let kinds = select_text(&html, ".email-list .mail-kind");
    for label in ["Meeting booked", "Buyer invitation", "Other message"] {
        assert!(kinds.iter().any(|k| k == label), "label {label}: {kinds:?}");
    }
    assert!(
        select_text(&html, ".email-list .badge")
            .iter()
            .any(|s| s == "Not delivered")
    );
    assert_eq!(
        attrs(&html, "#email-pager a[rel=next]", "href"),
        vec!["/organizer/email?page=2".to_owned()]
    );
    assert!(attrs(&html, "#email-pager a[rel=prev]", "href").is_empty());

    // Pages: the third is the last, with 30; past the end is the last page.
    let (_, html) = app.get_html("/organizer/email?page=3").await;
    assert_eq!(rows(&html), 30);
    assert!(attrs(&html, "#email-pager a[rel=next]", "href").is_empty());
    assert_eq!(
        attrs(&html, "#email-pager a[rel=prev]", "href"),
        vec!["/organizer/email?page=2".to_owned()]
    );
    let (status, html) = app.get_html("/organizer/email?page=40").await;
    assert_eq!(status, 200);
    assert_eq!(rows(&html), 30, "past the end: the last page");

    // Kind.
    let (_, html) = app.get_html("/organizer/email?kind=meeting_booked").await;
    assert_eq!(rows(&html), 26);
    assert!(
        select_text(&html, ".email-list .mail-kind")
            .iter()
            .all(|k| k == "Meeting booked")
    );
    assert_eq!(
        attrs(&html, "#kind option[selected]", "value"),
        vec!["meeting_booked".to_owned()]
    );

    // Status: the failed ones, and the status cards keep the other filters.
    let (_, html) = app.get_html("/organizer/email?status=failed").await;
    assert_eq!(rows(&html), 19);
    assert!(
        select_text(&html, ".email-list .badge")
            .iter()
            .all(|s| s == "Not delivered")
    );

    // Recipient: part of a name or address, any case; with a kind and a status too.
    let (_, html) = app.get_html("/organizer/email?recipient=BORA").await;
    assert_eq!(
        select_text(&html, "#email-showing"),
        vec!["1–43 of 43".to_owned()]
    );
    assert!(
        select_text(&html, ".email-list tbody tr td:nth-child(2)")
            .iter()
            .all(|t| t.contains("bora@hanbit.example"))
    );
    let (_, html) = app
        .get_html("/organizer/email?recipient=buyer.example&kind=invitation&status=pending")
        .await;
    let expected = (0..130)
        .filter(|i| i % 3 != 1 && i % 5 == 1 && i % 7 != 0)
        .count();
    assert_eq!(rows(&html), expected, "three filters at once");
    assert_eq!(
        attrs(&html, "#count-failed", "href"),
        vec!["/organizer/email?recipient=buyer.example&kind=invitation&status=failed".to_owned()]
    );
    // A wildcard typed is a character, not a wildcard.
    let (_, html) = app.get_html("/organizer/email?recipient=%25").await;
    assert_eq!(rows(&html), 0);
    assert_eq!(select_text(&html, "#email-empty").len(), 1);
    // Filters are kept from page to page.
    let (_, html) = app.get_html("/organizer/email?recipient=example").await;
    assert_eq!(
        attrs(&html, "#email-pager a[rel=next]", "href"),
        vec!["/organizer/email?recipient=example&page=2".to_owned()]
    );

    // Bad values: a clear 400 that says what was wrong.
    for (query, says) in [
        ("status=lost", "status"),
        ("kind=nonsense", "kind"),
        ("page=0", "page"),
        ("page=abc", "page"),
        ("page=-2", "page"),
    ] {
        let res = app.get(&format!("/organizer/email?{query}")).await;
        assert_eq!(res.status().as_u16(), 400, "case {query}");
        let body = res.text().await.expect("body");
        assert!(body.contains(says), "case {query}: {body}");
    }

    // A failed message is still sent again from its page.
    let failed: i32 = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::status.eq("failed"))
                .order(outbox::id)
                .select(outbox::id)
                .first(c)
                .expect("failed")
        })
        .await;
    let page = format!("/organizer/email/{failed}");
    let (_, html) = app.get_html(&page).await;
    assert_eq!(
        select_text(&html, "#kind"),
        vec!["Meeting booked".to_owned()]
    );
    let res = app.post_form(&page, &format!("{page}/resend"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html("/organizer/email?status=failed").await;
    assert_eq!(rows(&html), 18, "the resent message waits again");
}
on_both_databases!(
    the_email_list_is_found_by_recipient_kind_and_status_a_page_at_a_time_with_labels
);

// ------------------------------------------------------------------------ the table board

async fn the_table_board_shows_every_table_full_screen_without_the_site_navigation(app: TestApp) {
    let (expo, _) = organizer_with_demo(&app).await;
    let labels: Vec<String> = app
        .with_db(move |c| {
            consultation_tables::table
                .filter(consultation_tables::expo_id.eq(expo))
                .filter(consultation_tables::active.eq(true))
                .order(consultation_tables::position)
                .select(consultation_tables::label)
                .load(c)
                .expect("tables")
        })
        .await;
    assert!(labels.len() >= 20, "the demo has 20 tables");
    let (status, html) = app
        .get_html(&format!("/organizer/expos/{expo}/board"))
        .await;
    assert_eq!(status, 200);
    let shown: Vec<String> = select_text(&html, "#board .board-tile .board-table")
        .into_iter()
        .map(|t| t.split(' ').next().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(shown, labels, "every table, in order");
    for frame in ["header.topbar", "nav.nav", "footer", "#languages"] {
        assert!(
            select_text(&html, frame).is_empty(),
            "the venue screen has no {frame}"
        );
    }
    assert_eq!(
        attrs(&html, "#board-back", "href"),
        vec![format!("/organizer/expos/{expo}")],
        "the organizer's way back"
    );
    assert_eq!(
        attrs(&html, "#board", "class"),
        vec!["board-tiles board-cols-5".to_owned()],
        "20 tiles in 5 columns"
    );
    assert_eq!(
        attrs(&html, "meta[http-equiv=refresh]", "content"),
        vec!["60".to_owned()]
    );
}
on_both_databases!(the_table_board_shows_every_table_full_screen_without_the_site_navigation);
