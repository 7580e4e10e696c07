//! Finding participants, their agendas and exports, and checking people in.

use super::*;

async fn organizers_find_participants_read_and_print_agendas_and_export_csv_and_xlsx(app: TestApp) {
    let (expo, _) = organizer_with_demo(&app).await;
    let list = format!("/organizer/expos/{expo}/participants");
    let (status, html) = app.get_html(&list).await;
    assert_eq!(status, 200);
    let all_buyers = select_text(&html, "#buyer-results tbody tr").len();
    assert_eq!(all_buyers, 40);
    // Search narrows both lists; Hangul works.
    let (_, html) = app.get_html(&format!("{list}?q=Lima")).await;
    let found = select_text(&html, "#buyer-results tbody tr");
    assert!(!found.is_empty() && found.len() < all_buyers, "{found:?}");
    assert!(found.iter().all(|r| r.contains("Lima")));
    // Countries show by name, and a name finds them as the code does.
    let (_, html) = app.get_html(&format!("{list}?q=Saudi")).await;
    let found = select_text(&html, "#buyer-results tbody tr");
    assert!(
        !found.is_empty() && found.iter().all(|r| r.contains("Saudi Arabia")),
        "{found:?}"
    );
    let korean: String = app
        .with_db(|c| {
            expomatch::db::schema::suppliers::table
                .select(expomatch::db::schema::suppliers::company_name_ko)
                .first(c)
                .expect("a supplier")
        })
        .await;
    let fragment: String = korean.chars().filter(|c| *c != '㈜').take(3).collect();
    let url = format!("{list}?q={}", url_escape(&fragment));
    let (_, html) = app.get_html(&url).await;
    let found = select_text(&html, "#supplier-results tbody tr");
    assert!(
        found.iter().any(|r| r.contains(&fragment)),
        "Hangul search for {fragment}: {found:?}"
    );
    let (_, html) = app
        .get_html(&format!("{list}?q=no-such-person-anywhere"))
        .await;
    assert_eq!(select_text(&html, "#buyer-results .empty").len(), 1);
    // "Without a meeting" agrees with the dashboard.
    let (_, expo_html) = app.get_html(&format!("/organizer/expos/{expo}")).await;
    let idle: usize = select_text(&expo_html, "#stat-buyers-idle")[0]
        .parse()
        .expect("number");
    let (_, html) = app.get_html(&format!("{list}?without=1")).await;
    assert_eq!(select_text(&html, "#buyer-results tbody tr").len(), idle);
    let booked: i64 = app
        .with_db(|c| {
            meetings::table
                .filter(meetings::status.eq_any(["booked", "held"]))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(
        select_text(&expo_html, "#stat-meetings")[0],
        booked.to_string()
    );

    // A buyer's agenda as the organizer sees it lists exactly its meetings.
    let (buyer, supplier, table): (i32, i32, i32) = app
        .with_db(|c| {
            meetings::table
                .filter(meetings::status.eq("booked"))
                .select((
                    meetings::buyer_id,
                    meetings::supplier_id,
                    meetings::table_id,
                ))
                .first(c)
                .expect("a meeting")
        })
        .await;
    for (path, kind) in [
        (format!("/organizer/expos/{expo}/buyers/{buyer}"), "buyer"),
        (
            format!("/organizer/expos/{expo}/suppliers/{supplier}"),
            "supplier",
        ),
        (
            format!("/organizer/expos/{expo}/tables/{table}/agenda"),
            "table",
        ),
    ] {
        let (status, html) = app.get_html(&path).await;
        assert_eq!(status, 200, "{path}");
        let n: i64 = app
            .with_db(move |c| {
                let q = meetings::table.into_boxed();
                let q = match kind {
                    "buyer" => q.filter(meetings::buyer_id.eq(buyer)),
                    "supplier" => q.filter(meetings::supplier_id.eq(supplier)),
                    _ => q.filter(meetings::table_id.eq(table)),
                };
                q.count().get_result(c).expect("n")
            })
            .await;
        assert_eq!(
            select_text(&html, "#organizer-agenda tbody tr").len(),
            usize::try_from(n).unwrap_or(0),
            "{path}"
        );
        assert_eq!(select_text(&html, "h1").len(), 1);
    }
    // The buyer's country reads as a name on its agenda and on the table's.
    let country: String = app
        .with_db(move |c| {
            expomatch::db::schema::buyers::table
                .find(buyer)
                .select(expomatch::db::schema::buyers::country)
                .first(c)
                .expect("country")
        })
        .await;
    let name = expomatch::domain::reference::country_name(&country).expect("a known country");
    for path in [
        format!("/organizer/expos/{expo}/buyers/{buyer}"),
        format!("/organizer/expos/{expo}/tables/{table}/agenda"),
    ] {
        let text = select_text(&app.get_html(&path).await.1, "main").join(" ");
        assert!(
            text.contains(name) && !text.contains(&format!("· {country} ")),
            "{path}: {country} as {name}"
        );
    }
    assert_eq!(
        app.get_html(&format!("/organizer/expos/{expo}/buyers/999999"))
            .await
            .0,
        404
    );

    // Exports: CSV with a byte order mark, XLSX as a real workbook with the same rows.
    let csv = app
        .get(&format!("/organizer/expos/{expo}/participants.csv"))
        .await
        .bytes()
        .await
        .expect("csv");
    assert!(csv.starts_with("\u{feff}role,name".as_bytes()));
    let suppliers: i64 = app
        .with_db(|c| {
            expomatch::db::schema::suppliers::table
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(
        String::from_utf8_lossy(&csv).lines().count(),
        1 + 40 + usize::try_from(suppliers).unwrap_or(0)
    );
    for (path, rows) in [
        (
            format!("/organizer/expos/{expo}/participants.xlsx"),
            1 + 40 + usize::try_from(suppliers).unwrap_or(0),
        ),
        (
            format!("/organizer/expos/{expo}/meetings.xlsx"),
            1 + usize::try_from(
                app.with_db(|c| meetings::table.count().get_result::<i64>(c).expect("n"))
                    .await,
            )
            .unwrap_or(0),
        ),
    ] {
        let res = app.get(&path).await;
        assert_eq!(res.status().as_u16(), 200, "{path}");
        assert_eq!(
            res.headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok()),
            Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        );
        let bytes = res.bytes().await.expect("xlsx");
        use calamine::Reader as _;
        let mut book =
            calamine::Xlsx::new(std::io::Cursor::new(bytes.to_vec())).expect("a workbook");
        let name = book.sheet_names()[0].clone();
        let range = book.worksheet_range(&name).expect("sheet");
        assert_eq!(range.height(), rows, "{path}");
    }
    assert_eq!(
        app.get(&format!("/organizer/expos/{expo}/meetings.pdf"))
            .await
            .status()
            .as_u16(),
        400
    );
}
on_both_databases!(organizers_find_participants_read_and_print_agendas_and_export_csv_and_xlsx);

pub(super) fn url_escape(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

async fn participants_are_checked_in_from_the_desk_or_the_qr_code_on_their_agenda(app: TestApp) {
    use expomatch::db::schema::{buyers, check_ins};
    let (expo, _) = organizer_with_demo(&app).await;
    let buyer: i32 = app
        .with_db(|c| {
            buyers::table
                .filter(buyers::profile_completed_at.is_not_null())
                .select(buyers::id)
                .first(c)
                .expect("buyer")
        })
        .await;
    // The buyer's agenda carries a QR code.
    let phone = app.signed_in_as(Role::Buyer, buyer).await;
    let home = phone
        .get(app.url("/buyer"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&home);
    let src: Vec<String> = html
        .select(&scraper::Selector::parse("#checkin-qr img").expect("s"))
        .filter_map(|i| i.value().attr("src").map(str::to_owned))
        .collect();
    assert_eq!(src, vec!["/buyer/checkin.svg"]);
    let res = phone
        .get(app.url("/buyer/checkin.svg"))
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("image/svg+xml")
    );
    assert!(
        res.text().await.expect("svg").starts_with("<?xml"),
        "an SVG document"
    );
    assert_eq!(
        app.get("/buyer/checkin.svg").await.status().as_u16(),
        403,
        "not for an organizer"
    );
    // What the QR code opens changes nothing until the organizer presses the button.
    let person = format!("/organizer/expos/{expo}/checkin/buyer/{buyer}");
    let (status, html) = app.get_html(&person).await;
    assert_eq!(status, 200);
    assert_eq!(select_text(&html, "#check-in").len(), 1);
    assert_eq!(
        app.with_db(|c| check_ins::table.count().get_result::<i64>(c).expect("n"))
            .await,
        0
    );
    let res = app.post_form(&person, &person, &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&person).await;
    assert!(select_text(&html, "#checked-in")[0].starts_with("Checked in at"));
    let res = app.post_form(&person, &person, &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&person).await;
    assert!(select_text(&html, ".flash.success")[0].contains("Already"));
    assert_eq!(
        app.with_db(|c| check_ins::table.count().get_result::<i64>(c).expect("n"))
            .await,
        1,
        "checked in once"
    );
    // The desk counts and searches.
    let (_, html) = app
        .get_html(&format!("/organizer/expos/{expo}/checkin"))
        .await;
    assert!(select_text(&html, "#arrived")[0].starts_with("1 of 40 buyers"));
    let name: String = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select(buyers::name)
                .first(c)
                .expect("name")
        })
        .await;
    let first_word = name.split_whitespace().next().expect("a name").to_owned();
    let (_, html) = app
        .get_html(&format!(
            "/organizer/expos/{expo}/checkin?q={}",
            url_escape(&first_word)
        ))
        .await;
    assert!(
        select_text(&html, "#desk tbody tr")
            .iter()
            .any(|r| r.contains(&name))
    );
    // Bad input.
    assert_eq!(
        app.get_html(&format!("/organizer/expos/{expo}/checkin/guest/{buyer}"))
            .await
            .0,
        400
    );
    assert_eq!(
        app.get_html(&format!("/organizer/expos/{expo}/checkin/buyer/999999"))
            .await
            .0,
        404
    );
    let res = app
        .post_form(
            &person,
            &format!("/organizer/expos/{expo}/checkin/supplier/999999"),
            &[],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
}
on_both_databases!(participants_are_checked_in_from_the_desk_or_the_qr_code_on_their_agenda);

async fn on_a_day_with_a_meeting_the_buyers_check_in_code_comes_first(app: TestApp) {
    use expomatch::db::schema::{meetings, slots};
    organizer_with_demo(&app).await;
    let (buyer, slot) = app
        .with_db(|c| {
            meetings::table
                .filter(meetings::status.eq("booked"))
                .select((meetings::buyer_id, meetings::slot_id))
                .order(meetings::id)
                .first::<(i32, i32)>(c)
                .expect("a meeting")
        })
        .await;
    let phone = app.signed_in_as(Role::Buyer, buyer).await;
    let order = |html: &str| {
        let qr = html.find("id=\"checkin-qr\"").expect("the check-in code");
        let agenda = html.find("class=\"data agenda").expect("the agenda");
        qr < agenda
    };
    let home = |client: reqwest::Client| {
        let url = app.url("/buyer");
        async move {
            client
                .get(url)
                .send()
                .await
                .expect("GET")
                .text()
                .await
                .expect("body")
        }
    };
    assert!(
        !order(&home(phone.clone()).await),
        "before the expo the agenda comes first, the code below it"
    );
    // One of the buyer's meetings is today (at the venue): the code comes first.
    let now = expomatch::store::now();
    app.with_db(move |c| {
        diesel::update(slots::table.find(slot))
            .set((
                slots::starts_at.eq(now),
                slots::ends_at.eq(now + chrono::TimeDelta::minutes(30)),
            ))
            .execute(c)
            .expect("today")
    })
    .await;
    assert!(
        order(&home(phone).await),
        "on the day the check-in code is the first thing on the page"
    );
}
on_both_databases!(on_a_day_with_a_meeting_the_buyers_check_in_code_comes_first);
