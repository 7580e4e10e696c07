//! Video links imported from a spreadsheet, per table, supplier or meeting: a file
//! with any bad row is shown with each problem by line and saves nothing; a good
//! Excel file saves every row, and the meeting's Join then leads to the pasted link.

use diesel::prelude::*;
use expomatch::db::schema::{consultation_tables, expos, meetings, suppliers};
use expomatch::domain::Role;

use crate::helpers::*;
use crate::on_both_databases;

async fn links_are_imported_all_or_nothing_from_pasted_rows_or_an_excel_file(app: TestApp) {
    let (expo, table, supplier_email, supplier, meeting, organizer) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let table: String = consultation_tables::table
                .filter(consultation_tables::expo_id.eq(expo))
                .order(consultation_tables::id)
                .select(consultation_tables::label)
                .first(c)
                .expect("table");
            let (supplier, email): (i32, String) = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .order(suppliers::id)
                .select((suppliers::id, suppliers::email))
                .first(c)
                .expect("supplier");
            let meeting: i32 = meetings::table
                .filter(meetings::status.eq("booked"))
                .order(meetings::id)
                .select(meetings::id)
                .first(c)
                .expect("meeting");
            let organizer = expomatch::store::organizers::create(
                c,
                &expomatch::domain::EmailAddress::parse("links@kotra.example").expect("email"),
                &expomatch::domain::PersonName::parse("name", "Links Desk").expect("name"),
                &expomatch::domain::password::Password::parse("a long enough passphrase")
                    .expect("password")
                    .hash(),
                expomatch::store::now(),
            )
            .expect("organizer")
            .0;
            (expo, table, email, supplier, meeting, organizer)
        })
        .await;
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    let page_url = app.url(&format!("/organizer/expos/{expo}/video-links"));
    let page = staff.get(&page_url).send().await.expect("GET");
    assert_eq!(page.status().as_u16(), 200);
    let html = scraper::Html::parse_document(&page.text().await.expect("body"));
    let token = csrf_in(&html);
    let stored = || {
        app.with_db(move |c| {
            let t: Vec<String> = consultation_tables::table
                .filter(consultation_tables::video_url.ne(""))
                .select(consultation_tables::video_url)
                .load(c)
                .expect("tables");
            let s: Vec<String> = suppliers::table
                .filter(suppliers::video_url.ne(""))
                .select(suppliers::video_url)
                .load(c)
                .expect("suppliers");
            let m: Vec<String> = meetings::table
                .filter(meetings::video_url.ne(""))
                .select(meetings::video_url)
                .load(c)
                .expect("meetings");
            (t, s, m)
        })
    };
    // One bad row (not https) among good ones: each problem by line, no button, and
    // confirming anyway saves nothing.
    let bad = format!(
        "table,supplier,meeting,link\n{table},,,https://zoom.example/j/1\n,{supplier_email},,http://teams.example/m\n,,999999,https://x.example\n"
    );
    let res = staff
        .post(app.url(&format!("/organizer/expos/{expo}/video-links/preview")))
        .form(&[("csrf_token", token.as_str()), ("csv", bad.as_str())])
        .send()
        .await
        .expect("preview");
    assert_eq!(res.status().as_u16(), 422);
    let body = res.text().await.expect("body");
    let html = scraper::Html::parse_document(&body);
    let problems: Vec<String> = html
        .select(&scraper::Selector::parse("#links-preview tr.row-invalid").expect("s"))
        .map(|r| r.text().collect::<String>())
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("https"), "{}", problems[0]);
    assert!(
        problems[1].contains("#999999 is not in this expo"),
        "{}",
        problems[1]
    );
    assert!(!body.contains("confirm-links"), "no save button");
    let res = staff
        .post(&page_url)
        .form(&[("csrf_token", token.as_str()), ("csv", bad.as_str())])
        .send()
        .await
        .expect("confirm");
    assert_eq!(res.status().as_u16(), 422);
    assert_eq!(stored().await, (vec![], vec![], vec![]), "nothing saved");
    // A good Excel file: previewed, then saved, every row.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (row, cells) in [
        ["table", "supplier", "meeting", "link"],
        [table.as_str(), "", "", "https://zoom.example/j/1"],
        ["", supplier_email.as_str(), "", "https://teams.example/m"],
        ["", "", &meeting.to_string(), "https://webex.example/meet/7"],
    ]
    .iter()
    .enumerate()
    {
        for (col, cell) in cells.iter().enumerate() {
            sheet
                .write_string(row as u32, col as u16, *cell)
                .expect("cell");
        }
    }
    let bytes = book.save_to_buffer().expect("xlsx");
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes)
            .file_name("links.xlsx")
            .mime_str("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .expect("mime"),
    );
    let res = staff
        .post(app.url(&format!(
            "/organizer/expos/{expo}/video-links/file?csrf_token={token}"
        )))
        .multipart(form)
        .send()
        .await
        .expect("upload");
    assert_eq!(res.status().as_u16(), 200);
    let body = res.text().await.expect("body");
    let html = scraper::Html::parse_document(&body);
    let csv: String = html
        .select(&scraper::Selector::parse("input[name=csv]").expect("s"))
        .filter_map(|i| i.value().attr("value").map(str::to_owned))
        .next()
        .expect("the confirmation carries the rows");
    let res = staff
        .post(&page_url)
        .form(&[("csrf_token", token.as_str()), ("csv", csv.as_str())])
        .send()
        .await
        .expect("confirm");
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        stored().await,
        (
            vec!["https://zoom.example/j/1".to_owned()],
            vec!["https://teams.example/m".to_owned()],
            vec!["https://webex.example/meet/7".to_owned()],
        )
    );
    // The meeting's own link wins when it is online; the supplier's link serves its
    // other online meetings.
    let secret = app.secret_key().to_vec();
    let rooms = app
        .with_db(move |c| {
            diesel::update(
                meetings::table.filter(
                    meetings::supplier_id
                        .eq(supplier)
                        .or(meetings::id.eq(meeting)),
                ),
            )
            .set(meetings::mode.eq("online"))
            .execute(c)
            .expect("online");
            let others: Vec<i32> = meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::id.ne(meeting))
                .select(meetings::id)
                .load(c)
                .expect("others");
            let mut room = |m: i32| {
                expomatch::store::online::room_of(c, expomatch::domain::MeetingId(m), &secret)
                    .expect("room")
                    .and_then(|(_, r)| r.url().map(str::to_owned))
            };
            (
                room(meeting),
                others.into_iter().map(&mut room).collect::<Vec<_>>(),
            )
        })
        .await;
    assert_eq!(rooms.0.as_deref(), Some("https://webex.example/meet/7"));
    assert!(
        rooms
            .1
            .iter()
            .all(|r| r.as_deref() == Some("https://teams.example/m")),
        "{:?}",
        rooms.1
    );
}
on_both_databases!(links_are_imported_all_or_nothing_from_pasted_rows_or_an_excel_file);
