//! Moving and placing meetings: told, kept at the supplier's table, never into the past.

use super::*;

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
    // The form opens on the meeting's own time and table.
    let selected = |html: &scraper::Html, css: &str| {
        html.select(&scraper::Selector::parse(css).expect("selector"))
            .map(|o| {
                (
                    o.value().attr("value").unwrap_or_default().to_owned(),
                    o.text().collect::<String>(),
                )
            })
            .collect::<Vec<_>>()
    };
    let own_slot = selected(&html, "#move-slot option[selected]");
    assert_eq!(own_slot.len(), 1, "{own_slot:?}");
    assert_eq!(own_slot[0].0, old_slot.to_string());
    assert!(own_slot[0].1.contains("current time"), "{own_slot:?}");
    let own_table = selected(&html, "#move-table option[selected]");
    let table_label: String = app
        .with_db(move |c| {
            meetings::table
                .inner_join(consultation_tables::table)
                .filter(meetings::id.eq(meeting))
                .select(consultation_tables::label)
                .first(c)
                .expect("table")
        })
        .await;
    assert_eq!(own_table.len(), 1, "{own_table:?}");
    assert!(
        own_table[0].0.is_empty()
            && own_table[0]
                .1
                .contains(&format!("Table {table_label} as now")),
        "{own_table:?}"
    );
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
        select_text(&html, ".flash.success")[0].contains("Nothing changed"),
        "{:?}",
        select_text(&html, ".flash")
    );
    let mail_count = move |c: &mut expomatch::db::DbConnection| -> i64 {
        outbox::table
            .filter(outbox::meeting_id.eq(meeting))
            .count()
            .get_result(c)
            .expect("n")
    };
    let sent = app.with_db(mail_count).await;
    assert_eq!(
        sent, requests_after,
        "no change, no email (only REQUESTs were sent so far)"
    );
    assert_eq!(app.with_db(|c| audit_count(c, "meeting.moved")).await, 1);
    // Another table at the same time: a short note to both, the time stays.
    let (own_table, other_table): (i32, i32) = app
        .with_db(move |c| {
            let (slot, table): (i32, i32) = meetings::table
                .find(meeting)
                .select((meetings::slot_id, meetings::table_id))
                .first(c)
                .expect("place");
            let taken: Vec<i32> = meetings::table
                .filter(meetings::slot_id.eq(slot))
                .filter(meetings::status.eq_any(["booked", "held"]))
                .select(meetings::table_id)
                .load(c)
                .expect("taken");
            let free = consultation_tables::table
                .filter(consultation_tables::active.eq(true))
                .filter(consultation_tables::id.ne_all(taken))
                .select(consultation_tables::id)
                .first(c)
                .expect("a free table");
            (table, free)
        })
        .await;
    let res = app
        .post_form(
            &page,
            &format!("{page}/move"),
            &[("slot", &target), ("table", &other_table.to_string())],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, ".flash.success")[0].contains("keeps its time"),
        "{:?}",
        select_text(&html, ".flash")
    );
    let (slot_now, table_now, kinds): (i32, i32, Vec<String>) = app
        .with_db(move |c| {
            let (s, t) = meetings::table
                .find(meeting)
                .select((meetings::slot_id, meetings::table_id))
                .first(c)
                .expect("place");
            let kinds = outbox::table
                .filter(outbox::meeting_id.eq(meeting))
                .order(outbox::id)
                .select(outbox::kind)
                .load(c)
                .expect("kinds");
            (s, t, kinds)
        })
        .await;
    assert_eq!(slot_now.to_string(), target);
    assert_ne!(table_now, own_table);
    assert_eq!(table_now, other_table);
    assert_eq!(
        kinds[kinds.len() - 2..].to_vec(),
        vec!["meeting_table_changed", "meeting_table_changed"]
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
