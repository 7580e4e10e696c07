//! An organizer changes days, tables and meetings after meetings exist: nothing live is
//! ever deleted silently, and every moved meeting is announced to both participants.

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::schema::{
    audit_log, consultation_days, consultation_tables, expos, meetings, outbox, slots,
};
use expomatch::domain::{EmailAddress, PersonName, Role, password::Password};
use expomatch::store::{self, organizers};

use crate::helpers::*;
use crate::on_both_databases;

/// Seeds the demo, signs an organizer in, and returns the expo and its first day.
pub(crate) async fn organizer_with_demo(app: &TestApp) -> (i32, i32) {
    let (organizer, expo, day) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let o = organizers::create(
                c,
                &EmailAddress::parse("layout@kotra.example").expect("email"),
                &PersonName::parse("name", "Layout Person").expect("name"),
                &Password::parse("a layout password here")
                    .expect("pw")
                    .hash(),
                store::now(),
            )
            .expect("organizer");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let day: i32 = consultation_days::table
                .order(consultation_days::day)
                .select(consultation_days::id)
                .first(c)
                .expect("day");
            (o.0, expo, day)
        })
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    (expo, day)
}

fn audit_count(c: &mut expomatch::db::DbConnection, action: &str) -> i64 {
    audit_log::table
        .filter(audit_log::action.eq(action))
        .count()
        .get_result(c)
        .expect("audit")
}

async fn an_organizer_moves_a_meeting_and_both_participants_get_the_new_time(app: TestApp) {
    let (_, day) = organizer_with_demo(&app).await;
    let (meeting, old_slot, buyer) = app
        .with_db(move |c| {
            meetings::table
                .inner_join(slots::table)
                .filter(slots::day_id.eq(day))
                .filter(meetings::status.eq("booked"))
                .order(meetings::id)
                .select((meetings::id, meetings::slot_id, meetings::buyer_id))
                .first::<(i32, i32, i32)>(c)
                .expect("a meeting")
        })
        .await;
    let page = format!("/organizer/meetings/{meeting}");
    let (status, html) = app.get_html(&page).await;
    assert_eq!(status, 200);
    let options = html
        .select(&scraper::Selector::parse("#move-slot option").expect("selector"))
        .filter_map(|o| o.value().attr("value").map(str::to_owned))
        .collect::<Vec<_>>();
    assert!(options.len() > 5, "free times are offered: {options:?}");
    // Every offered time really has both sides free.
    let busy_slots: Vec<i32> = app
        .with_db(move |c| {
            let (b, s): (i32, i32) = meetings::table
                .find(meeting)
                .select((meetings::buyer_id, meetings::supplier_id))
                .first(c)
                .expect("pair");
            meetings::table
                .filter(meetings::status.eq_any(["booked", "held"]))
                .filter(meetings::id.ne(meeting))
                .filter(meetings::buyer_id.eq(b).or(meetings::supplier_id.eq(s)))
                .select(meetings::slot_id)
                .load(c)
                .expect("busy")
        })
        .await;
    for o in &options {
        assert!(
            !busy_slots.contains(&o.parse::<i32>().expect("id")),
            "slot {o} is offered but a side is busy"
        );
    }
    let target = options
        .iter()
        .find(|o| **o != old_slot.to_string())
        .expect("another time")
        .clone();
    let requests_before: i64 = app
        .with_db(move |c| {
            outbox::table
                .filter(outbox::meeting_id.eq(meeting))
                .filter(outbox::calendar_method.eq("REQUEST"))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    let res = app
        .post_form(
            &page,
            &format!("{page}/move"),
            &[("slot", &target), ("table", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), page);
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, ".flash.success")[0].contains("moved"),
        "{:?}",
        select_text(&html, ".flash")
    );
    let now_slot: i32 = app
        .with_db(move |c| {
            meetings::table
                .find(meeting)
                .select(meetings::slot_id)
                .first(c)
                .expect("slot")
        })
        .await;
    assert_eq!(now_slot.to_string(), target);
    let requests_after: i64 = app
        .with_db(move |c| {
            outbox::table
                .filter(outbox::meeting_id.eq(meeting))
                .filter(outbox::calendar_method.eq("REQUEST"))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(
        requests_after - requests_before,
        2,
        "buyer and supplier get the updated invitation"
    );
    assert_eq!(app.with_db(|c| audit_count(c, "meeting.moved")).await, 1);

    // A time when the buyer is busy elsewhere is refused with the reason; nothing moves.
    let clash: Option<i32> = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .filter(meetings::status.eq("booked"))
                .filter(meetings::id.ne(meeting))
                .select(meetings::slot_id)
                .first(c)
                .optional()
                .expect("clash")
        })
        .await;
    if let Some(clash) = clash {
        let res = app
            .post_form(
                &page,
                &format!("{page}/move"),
                &[("slot", &clash.to_string()), ("table", "")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, html) = app.get_html(&page).await;
        assert!(
            select_text(&html, ".flash.error")[0].contains("the buyer has another meeting"),
            "{:?}",
            select_text(&html, ".flash")
        );
        let still: i32 = app
            .with_db(move |c| {
                meetings::table
                    .find(meeting)
                    .select(meetings::slot_id)
                    .first(c)
                    .expect("slot")
            })
            .await;
        assert_eq!(still.to_string(), target, "nothing moved");
    }
    // Moving to where it already is changes nothing and emails nobody.
    let res = app
        .post_form(
            &page,
            &format!("{page}/move"),
            &[("slot", &target), ("table", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, ".flash.error")[0].contains("already at that time"),
        "{:?}",
        select_text(&html, ".flash")
    );
    // Bad input: not a number, a slot of nowhere.
    let res = app
        .post_form(
            &page,
            &format!("{page}/move"),
            &[("slot", "soon"), ("table", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let res = app
        .post_form(
            &page,
            &format!("{page}/move"),
            &[("slot", "999999"), ("table", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
    let res = app
        .post_form(
            &page,
            &format!("{page}/move"),
            &[("slot", &target), ("table", "x")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
}
on_both_databases!(an_organizer_moves_a_meeting_and_both_participants_get_the_new_time);

async fn changing_a_day_keeps_meetings_in_unchanged_slots_and_lists_the_ones_in_the_way(
    app: TestApp,
) {
    let (expo, day) = organizer_with_demo(&app).await;
    let page = format!("/organizer/expos/{expo}/days/{day}");
    let (status, html) = app.get_html(&page).await;
    assert_eq!(status, 200);
    assert_eq!(
        html.select(&scraper::Selector::parse("#ends").expect("s"))
            .next()
            .and_then(|e| e.value().attr("value")),
        Some("17:00"),
        "the form shows the day as planned"
    );
    let date: String = html
        .select(&scraper::Selector::parse("#date").expect("s"))
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("date")
        .to_owned();
    let plan = |ends: &'static str| -> Vec<(&'static str, String)> {
        vec![
            ("date", date.clone()),
            ("starts", "09:00".into()),
            ("ends", ends.into()),
            ("slot_minutes", "30".into()),
            ("gap_minutes", "0".into()),
            ("break_starts", "12:00".into()),
            ("break_ends", "13:00".into()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let app = &app;
        let page = page.clone();
        async move {
            let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form(&page, &page, &f).await
        }
    };
    // Bad input changes nothing.
    let res = send(plan("08:00")).await;
    assert_eq!(res.status().as_u16(), 422, "end before start");
    // The last hour holds meetings (make sure of it), so ending at 16:00 is refused.
    let (late, slot_count, kept_meeting) = app
        .with_db(move |c| {
            let late_slots: Vec<i32> = slots::table
                .filter(slots::day_id.eq(day))
                .order(slots::starts_at.desc())
                .limit(2)
                .select(slots::id)
                .load(c)
                .expect("late");
            let live_late: i64 = meetings::table
                .filter(meetings::slot_id.eq_any(&late_slots))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("n");
            assert!(live_late > 0, "the demo books the last hour");
            let n: i64 = slots::table
                .filter(slots::day_id.eq(day))
                .count()
                .get_result(c)
                .expect("n");
            let kept: (i32, i32) = meetings::table
                .filter(meetings::slot_id.ne_all(&late_slots))
                .inner_join(slots::table)
                .filter(slots::day_id.eq(day))
                .filter(meetings::status.eq("booked"))
                .select((meetings::id, meetings::slot_id))
                .first(c)
                .expect("kept");
            (live_late, n, kept)
        })
        .await;
    let res = send(plan("16:00")).await;
    assert_eq!(res.status().as_u16(), 409);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert_eq!(
        select_text(&html, "#affected tbody tr").len(),
        usize::try_from(late).unwrap_or(0),
        "every meeting in the way is listed"
    );
    assert!(
        select_text(&html, "#affected a")
            .iter()
            .all(|a| a == "Move or cancel")
    );
    let n: i64 = app
        .with_db(move |c| {
            slots::table
                .filter(slots::day_id.eq(day))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(n, slot_count, "nothing changed");
    // Removing the whole day is refused the same way.
    let res = app.post_form(&page, &format!("{page}/remove"), &[]).await;
    assert_eq!(res.status().as_u16(), 409);
    // Once those meetings are cancelled, the change applies and the rest stay put.
    for id in app
        .with_db(move |c| {
            let late_slots: Vec<i32> = slots::table
                .filter(slots::day_id.eq(day))
                .order(slots::starts_at.desc())
                .limit(2)
                .select(slots::id)
                .load(c)
                .expect("late");
            meetings::table
                .filter(meetings::slot_id.eq_any(late_slots))
                .filter(meetings::status.eq("booked"))
                .select(meetings::id)
                .load::<i32>(c)
                .expect("ids")
        })
        .await
    {
        let m = format!("/organizer/meetings/{id}");
        let res = app
            .post_form(
                &m,
                &format!("{m}/cancel"),
                &[("reason", "The day ends earlier")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    let res = send(plan("16:00")).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&format!("/organizer/expos/{expo}")).await;
    assert!(
        select_text(&html, ".flash.success")[0].contains("2 removed"),
        "{:?}",
        select_text(&html, ".flash")
    );
    let (n, still) = app
        .with_db(move |c| {
            let n: i64 = slots::table
                .filter(slots::day_id.eq(day))
                .count()
                .get_result(c)
                .expect("n");
            let still: i32 = meetings::table
                .find(kept_meeting.0)
                .select(meetings::slot_id)
                .first(c)
                .expect("slot");
            (n, still)
        })
        .await;
    assert_eq!(n, slot_count - 2);
    assert_eq!(
        still, kept_meeting.1,
        "a meeting in an unchanged slot keeps its slot"
    );
    assert_eq!(app.with_db(|c| audit_count(c, "day.changed")).await, 1);
    assert_eq!(
        app.get_html(&format!("/organizer/expos/{expo}/days/999999"))
            .await
            .0,
        404
    );
}
on_both_databases!(changing_a_day_keeps_meetings_in_unchanged_slots_and_lists_the_ones_in_the_way);

async fn tables_are_renamed_and_only_an_empty_table_is_removed(app: TestApp) {
    let (expo, _) = organizer_with_demo(&app).await;
    let page = format!("/organizer/expos/{expo}/tables");
    let (busy, free): (i32, i32) = app
        .with_db(move |c| {
            let busy: i32 = meetings::table
                .filter(meetings::status.eq("booked"))
                .select(meetings::table_id)
                .first(c)
                .expect("busy");
            let used: Vec<i32> = meetings::table
                .filter(meetings::status.eq_any(["booked", "held"]))
                .select(meetings::table_id)
                .load(c)
                .expect("used");
            let free: i32 = consultation_tables::table
                .filter(consultation_tables::id.ne_all(used))
                .select(consultation_tables::id)
                .first(c)
                .expect("a free table");
            (busy, free)
        })
        .await;
    let res = app
        .post_form(
            &page,
            &format!("{page}/{busy}"),
            &[("label", "A1 (ES)"), ("note", "Spanish interpreter")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&page).await;
    assert_eq!(
        html.select(&scraper::Selector::parse(&format!("#note-{busy}")).expect("s"))
            .next()
            .and_then(|e| e.value().attr("value")),
        Some("Spanish interpreter")
    );
    // A label another table has, or none, is refused next to that table.
    let other: String = app
        .with_db(move |c| {
            consultation_tables::table
                .filter(consultation_tables::id.eq(free))
                .select(consultation_tables::label)
                .first(c)
                .expect("label")
        })
        .await;
    for (case, label) in [
        ("taken", other.as_str()),
        ("empty", " "),
        ("too long", "A very long table label indeed"),
    ] {
        let res = app
            .post_form(
                &page,
                &format!("{page}/{busy}"),
                &[("label", label), ("note", "")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422, "case {case}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, &format!("#table-{busy} .field-error")).len(),
            1,
            "case {case}"
        );
    }
    // A table with meetings is not removed; its meetings are listed.
    let res = app
        .post_form(&page, &format!("{page}/{busy}/remove"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 409);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert!(!select_text(&html, "#affected tbody tr").is_empty());
    let res = app
        .post_form(&page, &format!("{page}/{free}/remove"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, &format!("#table-{free}")).is_empty(),
        "gone from the list"
    );
    assert!(select_text(&html, &format!("#table-{busy}")).len() == 1);
    // New tables take the free labels, never a taken one.
    let expo_page = format!("/organizer/expos/{expo}");
    let res = app
        .post_form(
            &expo_page,
            &format!("{expo_page}/tables"),
            &[("count", "2"), ("prefix", "A"), ("note", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let labels: Vec<String> = app
        .with_db(move |c| {
            consultation_tables::table
                .filter(consultation_tables::expo_id.eq(expo))
                .filter(consultation_tables::active.eq(true))
                .select(consultation_tables::label)
                .load(c)
                .expect("labels")
        })
        .await;
    let mut unique = labels.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), labels.len());
    assert!(
        labels.contains(&other),
        "the removed table's label is reused"
    );
    assert_eq!(app.with_db(|c| audit_count(c, "table.removed")).await, 1);
    // The audit log names who did it; the filter keeps only table changes.
    let (status, html) = app.get_html("/organizer/audit?action=table").await;
    assert_eq!(status, 200);
    let lines = select_text(&html, "#audit tbody tr");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("table.removed") && l.contains("Layout Person")),
        "{lines:?}"
    );
    assert!(lines.iter().all(|l| l.contains("table")), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.contains("tables.added")),
        "adding tables is recorded too"
    );
    assert_eq!(
        app.get_html("/organizer/audit?action=drop%20table").await.0,
        400
    );
}
on_both_databases!(tables_are_renamed_and_only_an_empty_table_is_removed);

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

fn url_escape(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

async fn a_new_meeting_goes_to_the_table_the_supplier_already_sits_at(app: TestApp) {
    let (expo, day) = organizer_with_demo(&app).await;
    // A supplier with meetings, its table, and a slot of that day where it, a buyer
    // and its table are all free.
    let (supplier, home, slot, buyer) = app
        .with_db(move |c| {
            use expomatch::db::schema::buyers;
            let live = || meetings::table.filter(meetings::status.eq_any(["booked", "held"]));
            let candidates: Vec<(i32, i32)> = live()
                .select((meetings::supplier_id, meetings::table_id))
                .order(meetings::id.desc())
                .load(c)
                .expect("meetings");
            let day_slots: Vec<i32> = slots::table
                .filter(slots::day_id.eq(day))
                .order(slots::starts_at)
                .select(slots::id)
                .load(c)
                .expect("slots");
            for (supplier, home) in candidates {
                // Only a supplier that sits at one table so far.
                let tables: Vec<i32> = live()
                    .filter(meetings::supplier_id.eq(supplier))
                    .select(meetings::table_id)
                    .load(c)
                    .expect("tables");
                if tables.iter().any(|t| *t != home) {
                    continue;
                }
                for slot in &day_slots {
                    let busy: Vec<(i32, i32, i32)> = live()
                        .filter(meetings::slot_id.eq(slot))
                        .select((
                            meetings::buyer_id,
                            meetings::supplier_id,
                            meetings::table_id,
                        ))
                        .load(c)
                        .expect("busy");
                    if busy.iter().any(|(_, s, t)| *s == supplier || *t == home) {
                        continue;
                    }
                    // Only a slot where "first free table" would be another table, so
                    // the preference is what puts the meeting at home.
                    let home_position: i32 = consultation_tables::table
                        .find(home)
                        .select(consultation_tables::position)
                        .first(c)
                        .expect("home");
                    let earlier_free: i64 = consultation_tables::table
                        .filter(consultation_tables::active.eq(true))
                        .filter(consultation_tables::position.lt(home_position))
                        .filter(
                            consultation_tables::id
                                .ne_all(busy.iter().map(|(_, _, t)| *t).collect::<Vec<_>>()),
                        )
                        .count()
                        .get_result(c)
                        .expect("n");
                    if earlier_free == 0 {
                        continue;
                    }
                    let met: Vec<i32> = live()
                        .filter(meetings::supplier_id.eq(supplier))
                        .select(meetings::buyer_id)
                        .load(c)
                        .expect("met");
                    let buyer: Option<i32> = buyers::table
                        .filter(
                            buyers::id.ne_all(busy.iter().map(|(b, _, _)| *b).collect::<Vec<_>>()),
                        )
                        .filter(buyers::id.ne_all(met))
                        .select(buyers::id)
                        .first(c)
                        .optional()
                        .expect("buyer");
                    if let Some(buyer) = buyer {
                        return (supplier, home, *slot, buyer);
                    }
                }
            }
            panic!("no free slot for the supplier at its table");
        })
        .await;
    let grid = format!("/organizer/expos/{expo}/grid?day={day}");
    let owned = [
        ("buyer", buyer.to_string()),
        ("supplier", supplier.to_string()),
        ("slot", slot.to_string()),
        ("day", day.to_string()),
    ];
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app
        .post_form(&grid, &format!("/organizer/expos/{expo}/meetings"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let table: i32 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::slot_id.eq(slot))
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::status.eq("booked"))
                .select(meetings::table_id)
                .first(c)
                .expect("added")
        })
        .await;
    assert_eq!(table, home, "the supplier keeps its table");
    // The setting is on the expo's form; a value that is neither side is refused.
    let page = format!("/organizer/expos/{expo}");
    let (_, html) = app.get_html(&page).await;
    assert_eq!(
        html.select(&scraper::Selector::parse("#fixed_side option[selected]").expect("s"))
            .next()
            .and_then(|e| e.value().attr("value")),
        Some("supplier")
    );
    let res = app
        .post_form(
            &page,
            &page,
            &[
                ("name", "X"),
                ("venue", "Y"),
                ("venue_timezone", "Asia/Seoul"),
                ("self_booking", "on"),
                ("fixed_side", "interpreters"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert!(
        select_text(&html, ".field-error")
            .iter()
            .any(|e| e.contains("stays at one table"))
    );
}
on_both_databases!(a_new_meeting_goes_to_the_table_the_supplier_already_sits_at);

async fn meetings_are_marked_held_or_no_show_and_their_outcomes_make_the_report(app: TestApp) {
    let (expo, _) = organizer_with_demo(&app).await;
    let ids: Vec<i32> = app
        .with_db(|c| {
            meetings::table
                .filter(meetings::status.eq("booked"))
                .order(meetings::id)
                .select(meetings::id)
                .limit(3)
                .load(c)
                .expect("meetings")
        })
        .await;
    let [signed, expected, missed] = [ids[0], ids[1], ids[2]];
    for id in [signed, expected] {
        let page = format!("/organizer/meetings/{id}");
        let res = app
            .post_form(
                &page,
                &format!("{page}/attendance"),
                &[("attendance", "held")],
            )
            .await;
        assert_eq!(
            location(&res),
            format!("{page}/outcome"),
            "held leads to the outcome form"
        );
    }
    let page = format!("/organizer/meetings/{missed}");
    app.post_form(
        &page,
        &format!("{page}/attendance"),
        &[("attendance", "no_show")],
    )
    .await;
    let res = app
        .post_form(
            &page,
            &format!("{page}/attendance"),
            &[("attendance", "maybe")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    // An outcome for a no-show is refused; bad fields re-render with their message.
    let outcome = format!("/organizer/meetings/{missed}/outcome");
    let res = app
        .post_form(&outcome, &outcome, &[("interest_level", "follow_up")])
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let form = format!("/organizer/meetings/{signed}/outcome");
    let res = app
        .post_form(
            &form,
            &form,
            &[
                ("interest_level", "contract_signed"),
                ("amount", "12.5"),
                ("currency", "KRW"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert!(
        select_text(&html, ".field-error")[0].contains("0 decimal places"),
        "{:?}",
        select_text(&html, ".field-error")
    );
    let res = app
        .post_form(
            &form,
            &form,
            &[
                ("interest_level", "contract_signed"),
                ("amount", "100,000"),
                ("currency", "USD"),
                ("products", "Water meters"),
                ("follow_up_on", "2027-03-01"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let form = format!("/organizer/meetings/{expected}/outcome");
    let res = app
        .post_form(
            &form,
            &form,
            &[
                ("interest_level", "contract_expected"),
                ("amount", "50,000,000"),
                ("currency", "KRW"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    // The report: in KRW, USD needs a rate before it counts.
    let report = format!("/organizer/expos/{expo}/report");
    let (status, html) = app.get_html(&report).await;
    assert_eq!(status, 200);
    assert_eq!(select_text(&html, "#held"), vec!["2".to_owned()]);
    assert_eq!(select_text(&html, "#no-shows"), vec!["1".to_owned()]);
    assert_eq!(
        select_text(&html, "#expected"),
        vec!["50,000,000 KRW".to_owned()]
    );
    assert_eq!(select_text(&html, "#signed"), vec!["0 KRW".to_owned()]);
    assert!(select_text(&html, "#missing-rates")[0].contains("USD"));
    let (_, html) = app
        .get_html(&format!("{report}?currency=KRW&rate_USD=1%2C380"))
        .await;
    assert_eq!(
        select_text(&html, "#signed"),
        vec!["138,000,000 KRW".to_owned()]
    );
    assert!(select_text(&html, "#missing-rates").is_empty());
    assert!(!select_text(&html, "#by-country tbody tr").is_empty());
    let countries = select_text(&html, "#by-country tbody td:first-child");
    assert!(
        countries
            .iter()
            .all(|name| expomatch::domain::reference::COUNTRIES
                .iter()
                .any(|(_, n, _)| n == name)),
        "countries are named, not coded: {countries:?}"
    );
    let bars = html
        .select(&scraper::Selector::parse("#chart svg rect").expect("s"))
        .count();
    assert!(bars >= 1, "the chart draws a bar per country with meetings");
    let (_, html) = app
        .get_html(&format!("{report}?currency=USD&rate_KRW=abc"))
        .await;
    assert!(
        select_text(&html, ".flash.error")
            .iter()
            .any(|e| e.contains("KRW rate")),
        "a bad rate is explained"
    );
    let res = app
        .get(&format!(
            "/organizer/expos/{expo}/report.xlsx?currency=KRW&rate_USD=1380"
        ))
        .await;
    assert_eq!(res.status().as_u16(), 200);
}
on_both_databases!(meetings_are_marked_held_or_no_show_and_their_outcomes_make_the_report);

async fn a_supplier_records_the_outcome_of_its_meeting_once_it_has_started(app: TestApp) {
    use expomatch::db::schema::meeting_outcomes;
    organizer_with_demo(&app).await;
    let (supplier, future, past, other_past, theirs) = app
        .with_db(|c| {
            let supplier: i32 = meetings::table
                .filter(meetings::status.eq("booked"))
                .group_by(meetings::supplier_id)
                .having(diesel::dsl::count_star().ge(3))
                .select(meetings::supplier_id)
                .first(c)
                .expect("a busy supplier");
            let mine: Vec<(i32, i32)> = meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::status.eq("booked"))
                .order(meetings::id)
                .select((meetings::id, meetings::slot_id))
                .load(c)
                .expect("mine");
            // Two of its meetings took place an hour ago and yesterday.
            for (i, (_, slot)) in mine.iter().take(2).enumerate() {
                let starts = store::now() - TimeDelta::hours(1 + 24 * i64::try_from(i).expect("i"));
                diesel::update(slots::table.find(slot))
                    .set((
                        slots::starts_at.eq(starts),
                        slots::ends_at.eq(starts + TimeDelta::minutes(30)),
                    ))
                    .execute(c)
                    .expect("move the slot into the past");
            }
            let theirs: i32 = meetings::table
                .filter(meetings::supplier_id.ne(supplier))
                .select(meetings::id)
                .first(c)
                .expect("another's");
            (supplier, mine[2].0, mine[0].0, mine[1].0, theirs)
        })
        .await;
    let client = app.signed_in_as(Role::Supplier, supplier).await;
    let get = |path: String| {
        let client = client.clone();
        let url = app.url(&path);
        async move { client.get(url).send().await.expect("GET") }
    };
    let res = get("/supplier/agenda".into()).await;
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert!(
        select_text(&html, &format!("#meeting-{past} a"))
            .iter()
            .any(|a| a == "Outcome")
    );
    let res = get(format!("/supplier/meetings/{future}/outcome")).await;
    assert_eq!(res.status().as_u16(), 200);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    let csrf = html
        .select(&scraper::Selector::parse("input[name=csrf_token]").expect("s"))
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("token")
        .to_owned();
    let post = |path: String, fields: Vec<(&'static str, &'static str)>| {
        let client = client.clone();
        let url = app.url(&path);
        let mut body: Vec<(String, String)> = fields
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        body.push(("csrf_token".to_owned(), csrf.clone()));
        async move { client.post(url).form(&body).send().await.expect("POST") }
    };
    let good = vec![
        ("interest_level", "sample_or_quote"),
        ("amount", "30,000"),
        ("currency", "USD"),
        ("products", "Pumps"),
    ];
    let res = post(format!("/supplier/meetings/{future}/outcome"), good.clone()).await;
    assert_eq!(res.status().as_u16(), 422, "not before the meeting starts");
    let res = post(format!("/supplier/meetings/{past}/outcome"), good.clone()).await;
    assert_eq!(res.status().as_u16(), 303);
    let res = post(format!("/supplier/meetings/{other_past}/no-show"), vec![]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        get(format!("/supplier/meetings/{theirs}/outcome"))
            .await
            .status()
            .as_u16(),
        404,
        "not another supplier's meeting"
    );
    assert_eq!(
        post(format!("/supplier/meetings/{theirs}/no-show"), vec![])
            .await
            .status()
            .as_u16(),
        404
    );
    let (past_status, other_status, recorded_by, future_status): (String, String, String, String) =
        app.with_db(move |c| {
            (
                meetings::table
                    .find(past)
                    .select(meetings::status)
                    .first(c)
                    .expect("s"),
                meetings::table
                    .find(other_past)
                    .select(meetings::status)
                    .first(c)
                    .expect("s"),
                meeting_outcomes::table
                    .filter(meeting_outcomes::meeting_id.eq(past))
                    .select(meeting_outcomes::recorded_by)
                    .first(c)
                    .expect("outcome"),
                meetings::table
                    .find(future)
                    .select(meetings::status)
                    .first(c)
                    .expect("s"),
            )
        })
        .await;
    assert_eq!(
        past_status, "held",
        "saving the outcome marks the meeting held"
    );
    assert_eq!(other_status, "no_show");
    assert_eq!(recorded_by, "supplier");
    assert_eq!(
        future_status, "booked",
        "nothing changed for the future meeting"
    );
}
on_both_databases!(a_supplier_records_the_outcome_of_its_meeting_once_it_has_started);

async fn the_table_board_shows_what_happens_at_each_table_now_and_next(app: TestApp) {
    let (expo, _) = organizer_with_demo(&app).await;
    let (table, supplier, starts, tz): (String, String, chrono::NaiveDateTime, String) = app
        .with_db(|c| {
            use expomatch::db::schema::{expos, suppliers};
            let (table, supplier, starts): (String, String, chrono::NaiveDateTime) =
                meetings::table
                    .inner_join(slots::table)
                    .inner_join(consultation_tables::table)
                    .inner_join(suppliers::table)
                    .filter(meetings::status.eq("booked"))
                    .order(slots::starts_at)
                    .select((
                        consultation_tables::label,
                        suppliers::company_name_en,
                        slots::starts_at,
                    ))
                    .first(c)
                    .expect("a meeting");
            let tz: String = expos::table
                .select(expos::venue_timezone)
                .first(c)
                .expect("tz");
            (table, supplier, starts, tz)
        })
        .await;
    let tz: chrono_tz::Tz = tz.parse().expect("tz");
    use chrono::TimeZone as _;
    let at = tz
        .from_utc_datetime(&(starts + TimeDelta::minutes(5)))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let (status, html) = app
        .get_html(&format!("/organizer/expos/{expo}/board?at={at}"))
        .await;
    assert_eq!(status, 200);
    let row = select_text(&html, "#board tbody tr")
        .into_iter()
        .find(|r| r.starts_with(&format!("{table} ")))
        .expect("the table's row");
    let now_cell = row.split(" free").next().unwrap_or_default().to_owned();
    assert!(now_cell.contains(&supplier), "now at {table}: {row}");
    assert_eq!(
        app.get_html(&format!("/organizer/expos/{expo}/board?at=tomorrow"))
            .await
            .0,
        400
    );
    let (status, html) = app
        .get_html(&format!("/organizer/expos/{expo}/board"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        html.select(&scraper::Selector::parse("meta[http-equiv=refresh]").expect("s"))
            .count(),
        1,
        "the live board refreshes itself"
    );
}
on_both_databases!(the_table_board_shows_what_happens_at_each_table_now_and_next);

async fn when_a_meeting_is_cancelled_buyers_who_asked_for_that_supplier_hear_the_time_is_free(
    app: TestApp,
) {
    use expomatch::db::schema::{buyers, meeting_requests, outbox};
    let (expo, _) = organizer_with_demo(&app).await;
    let (meeting, wanting_email, cancelled_email) = app
        .with_db(move |c| {
            let (meeting, supplier, slot, buyer): (i32, i32, i32, i32) = meetings::table
                .filter(meetings::status.eq("booked"))
                .order(meetings::id)
                .select((
                    meetings::id,
                    meetings::supplier_id,
                    meetings::slot_id,
                    meetings::buyer_id,
                ))
                .first(c)
                .expect("a meeting");
            let busy: Vec<i32> = meetings::table
                .filter(meetings::slot_id.eq(slot))
                .select(meetings::buyer_id)
                .load(c)
                .expect("busy");
            let met: Vec<i32> = meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .select(meetings::buyer_id)
                .load(c)
                .expect("met");
            let asked: Vec<i32> = meeting_requests::table
                .filter(meeting_requests::supplier_id.eq(supplier))
                .select(meeting_requests::buyer_id)
                .load(c)
                .expect("asked");
            let (wanting, email): (i32, String) = buyers::table
                .filter(buyers::id.ne_all(busy))
                .filter(buyers::id.ne_all(met))
                .filter(buyers::id.ne_all(asked))
                .select((buyers::id, buyers::email))
                .first(c)
                .expect("a buyer free then");
            diesel::insert_into(meeting_requests::table)
                .values((
                    meeting_requests::expo_id.eq(expo),
                    meeting_requests::buyer_id.eq(wanting),
                    meeting_requests::supplier_id.eq(supplier),
                    meeting_requests::requested_by.eq("buyer"),
                    meeting_requests::status.eq("pending"),
                    meeting_requests::created_at.eq(store::now()),
                ))
                .execute(c)
                .expect("request");
            let cancelled: String = buyers::table
                .find(buyer)
                .select(buyers::email)
                .first(c)
                .expect("email");
            (meeting, email, cancelled)
        })
        .await;
    let page = format!("/organizer/meetings/{meeting}");
    let res = app
        .post_form(
            &page,
            &format!("{page}/cancel"),
            &[("reason", "The supplier's flight is late")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (to_wanting, to_cancelled): (i64, i64) = app
        .with_db(move |c| {
            let n = |c: &mut expomatch::db::DbConnection, email: &str| -> i64 {
                outbox::table
                    .filter(outbox::kind.eq("slot_freed"))
                    .filter(outbox::to_address.eq(email))
                    .count()
                    .get_result(c)
                    .expect("n")
            };
            (n(c, &wanting_email), n(c, &cancelled_email))
        })
        .await;
    assert_eq!(
        to_wanting, 1,
        "the buyer who asked for that supplier is told"
    );
    assert_eq!(to_cancelled, 0, "not the buyer whose meeting it was");
}
on_both_databases!(
    when_a_meeting_is_cancelled_buyers_who_asked_for_that_supplier_hear_the_time_is_free
);

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

async fn a_meeting_is_never_moved_to_a_time_that_has_started(app: TestApp) {
    organizer_with_demo(&app).await;
    let meeting: i32 = app
        .with_db(|c| {
            meetings::table
                .filter(meetings::status.eq("booked"))
                .order(meetings::id)
                .select(meetings::id)
                .first(c)
                .expect("a meeting")
        })
        .await;
    let page = format!("/organizer/meetings/{meeting}");
    let offered = |html: &scraper::Html| -> Vec<i32> {
        html.select(&scraper::Selector::parse("#move-slot option").expect("sel"))
            .filter_map(|o| o.value().attr("value").and_then(|v| v.parse().ok()))
            .collect()
    };
    let (_, html) = app.get_html(&page).await;
    let own: i32 = app
        .with_db(move |c| {
            meetings::table
                .find(meeting)
                .select(meetings::slot_id)
                .first(c)
                .expect("slot")
        })
        .await;
    let target = *offered(&html)
        .iter()
        .find(|s| **s != own)
        .expect("another time is offered");
    // That time has started: it moves to a moment ago.
    app.with_db(move |c| {
        let starts = store::now() - TimeDelta::minutes(5);
        diesel::update(slots::table.find(target))
            .set((
                slots::starts_at.eq(starts),
                slots::ends_at.eq(starts + TimeDelta::minutes(30)),
            ))
            .execute(c)
            .expect("started");
    })
    .await;
    let (_, html) = app.get_html(&page).await;
    assert!(
        !offered(&html).contains(&target),
        "a started time is not offered"
    );
    let res = app
        .post_form(
            &page,
            &format!("{page}/move"),
            &[("slot", &target.to_string()), ("table", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, ".flash.error")[0].contains("already started"),
        "{:?}",
        select_text(&html, ".flash")
    );
    let still: i32 = app
        .with_db(move |c| {
            meetings::table
                .find(meeting)
                .select(meetings::slot_id)
                .first(c)
                .expect("slot")
        })
        .await;
    assert_eq!(still, own, "nothing moved");
}
on_both_databases!(a_meeting_is_never_moved_to_a_time_that_has_started);
