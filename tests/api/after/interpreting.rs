//! Interpreters: assigned without double booking, with a day sheet.

use super::*;

async fn interpreters_are_assigned_without_double_booking_and_get_a_day_sheet(app: TestApp) {
    let (expo, _) = organizer_with_demo(&app).await;
    let page = format!("/organizer/expos/{expo}/interpreters");
    let (status, html) = app.get_html(&page).await;
    assert_eq!(status, 200);
    let needs = needing(&html);
    assert!(
        needs >= 3,
        "the demo has meetings that need an interpreter: {needs}"
    );
    assert!(
        select_text(&html, "#coverage")[0].starts_with(&format!("0 of {needs} ")),
        "{:?}",
        select_text(&html, "#coverage")
    );

    // Bad input: one language, an unknown code, no name. Nothing is stored.
    for (name, languages, expect) in [
        ("Ana Ruiz", "es", "at least two languages"),
        ("Ana Ruiz", "es xx", "“xx” is not a language code"),
        ("", "es ko", "Enter the interpreter"),
        ("Ana <script>", "es ko\u{7}", "not a language code"),
    ] {
        let res = app
            .post_form(
                &page,
                &page,
                &[
                    ("name", name),
                    ("email", ""),
                    ("languages", languages),
                    ("note", ""),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422, "{name} / {languages}");
        let body = res.text().await.expect("body");
        assert!(
            body.contains(expect),
            "{expect} in the page for {name:?} {languages:?}"
        );
    }
    // A NUL character is refused before any handler (PostgreSQL cannot store one).
    let res = app
        .post_form(
            &page,
            &page,
            &[
                ("name", "Ana\u{0}"),
                ("email", ""),
                ("languages", "es ko"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert_eq!(
        app.with_db(|c| interpreters::table.count().get_result::<i64>(c).expect("n"))
            .await,
        0
    );

    // One interpreter who speaks ten languages: at most one meeting per slot.
    let all = "ko en es ru ar ja vi de fr zh";
    let res = app
        .post_form(
            &page,
            &page,
            &[
                ("name", "Min-ji Park"),
                ("email", "minji@interp.example"),
                ("languages", all),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let res = app.post_form(&page, &format!("{page}/assign"), &[]).await;
    assert_eq!(
        res.status().as_u16(),
        200,
        "some meetings stay uncovered and are listed"
    );
    let body = res.text().await.expect("body");
    assert!(
        body.contains("in another meeting then"),
        "the reason is given"
    );
    let first = app.with_db(assigned).await;
    // She covers one meeting in every slot that has a meeting needing one.
    let need_ids: Vec<i32> = html_need_ids(&app, &page).await;
    let need_slots: HashSet<i32> = app
        .with_db(move |c| {
            meetings::table
                .inner_join(buyers::table)
                .inner_join(suppliers::table)
                .filter(meetings::id.eq_any(need_ids))
                .select((meetings::slot_id, buyers::languages, suppliers::languages))
                .load::<(i32, String, String)>(c)
                .expect("slots")
        })
        .await
        .into_iter()
        .filter(|(_, b, s)| {
            let spoken: Vec<&str> = all.split(' ').collect();
            b.split(' ').any(|l| spoken.contains(&l)) && s.split(' ').any(|l| spoken.contains(&l))
        })
        .map(|(slot, _, _)| slot)
        .collect();
    assert_eq!(
        first.len(),
        need_slots.len(),
        "one in every slot where she can help"
    );
    let slots_of_first: HashSet<i32> = first.iter().map(|(_, s, _)| *s).collect();
    assert_eq!(
        slots_of_first.len(),
        first.len(),
        "one interpreter, one meeting per slot: {first:?}"
    );
    assert!(!first.is_empty());

    // A second one (Spanish and Korean only) takes more; the first keeps every meeting.
    let res = app
        .post_form(
            &page,
            &page,
            &[
                ("name", "Lucía Gómez"),
                ("email", ""),
                ("languages", "es ko"),
                ("note", "mornings"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    app.post_form(&page, &format!("{page}/assign"), &[]).await;
    let second = app.with_db(assigned).await;
    for m in &first {
        assert!(second.contains(m), "{m:?} kept");
    }
    let mut seen = HashSet::new();
    for (_, slot, i) in &second {
        assert!(
            seen.insert((*slot, *i)),
            "interpreter {i} twice in slot {slot}"
        );
    }
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, "#coverage")[0].starts_with(&format!("{} of {needs} ", second.len())),
        "{:?}",
        select_text(&html, "#coverage")
    );

    // Both participants see who interprets on their agendas.
    let (meeting, _, interp) = second[0];
    let (buyer, supplier, name): (i32, i32, String) = app
        .with_db(move |c| {
            let (b, s) = meetings::table
                .find(meeting)
                .select((meetings::buyer_id, meetings::supplier_id))
                .first::<(i32, i32)>(c)
                .expect("m");
            (
                b,
                s,
                interpreters::table
                    .find(interp)
                    .select(interpreters::name)
                    .first(c)
                    .expect("name"),
            )
        })
        .await;
    let client = app.new_client();
    app.sign_in_with(&client, Role::Buyer, buyer).await;
    let home = client
        .get(app.url("/buyer"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(
        home.contains(&format!("interpreter: {name}")),
        "the buyer's agenda names {name}"
    );
    let client = app.new_client();
    app.sign_in_with(&client, Role::Supplier, supplier).await;
    let agenda = client
        .get(app.url("/supplier"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&agenda);
    let cells = select_text(&html, &format!("#meeting-{meeting} td"));
    // The cell carries its label for phones, where the column heading is hidden.
    assert!(
        cells.iter().any(|c| c == &format!("Interpreter: {name}")),
        "the supplier's agenda names {name}: {cells:?}"
    );

    // The day sheet lists exactly the interpreter's meetings.
    let minji: i32 = app
        .with_db(|c| {
            interpreters::table
                .filter(interpreters::name.eq("Min-ji Park"))
                .select(interpreters::id)
                .first(c)
                .expect("id")
        })
        .await;
    let (status, html) = app.get_html(&format!("{page}/{minji}")).await;
    assert_eq!(status, 200);
    let rows = html
        .select(&scraper::Selector::parse("#interpreter-sheet tbody tr").expect("sel"))
        .count();
    assert_eq!(rows, second.iter().filter(|(_, _, i)| *i == minji).count());
    assert_eq!(app.get_html(&format!("{page}/999999")).await.0, 404);

    // By hand: putting Min-ji in a meeting of a slot where she already sits is refused.
    let (busy_meeting, busy_slot, _) = first[0];
    let other: Option<i32> = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::slot_id.eq(busy_slot))
                .filter(meetings::id.ne(busy_meeting))
                .filter(meetings::status.eq("booked"))
                .select(meetings::id)
                .first(c)
                .optional()
                .expect("other")
        })
        .await;
    let other = other.expect("another meeting in that slot");
    let mpage = format!("/organizer/meetings/{other}");
    let before = app.with_db(assigned).await;
    let res = app
        .post_form(
            &mpage,
            &format!("{mpage}/interpreter"),
            &[("interpreter", &minji.to_string())],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&mpage).await;
    let flash = select_text(&html, ".flash");
    assert!(flash[0].contains("Not changed"), "{flash:?}");
    assert_eq!(app.with_db(assigned).await, before, "nothing changed");
    let res = app
        .post_form(
            &mpage,
            &format!("{mpage}/interpreter"),
            &[("interpreter", "abc")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let res = app
        .post_form(
            &mpage,
            &format!("{mpage}/interpreter"),
            &[("interpreter", "999999")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(
        app.with_db(assigned).await,
        before,
        "an unknown interpreter changes nothing"
    );
    // Taking her off her own meeting works, and the page says it needs one again.
    let bpage = format!("/organizer/meetings/{busy_meeting}");
    let res = app
        .post_form(
            &bpage,
            &format!("{bpage}/interpreter"),
            &[("interpreter", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&bpage).await;
    assert!(
        select_text(&html, "#interpreter-state")[0].contains("needs an interpreter"),
        "{:?}",
        select_text(&html, "#interpreter-state")
    );
    // And she is offered again there, as she is free now.
    let offered: Vec<String> = html
        .select(&scraper::Selector::parse("#interpreter-choice option").expect("sel"))
        .filter_map(|o| o.value().attr("value").map(str::to_owned))
        .collect();
    assert!(offered.contains(&minji.to_string()), "{offered:?}");

    // Moving a meeting to a time where its interpreter is busy takes the interpreter
    // off it; both stay single-booked.
    let res = app
        .post_form(
            &bpage,
            &format!("{bpage}/interpreter"),
            &[("interpreter", &minji.to_string())],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let options: Vec<i32> = {
        let (_, html) = app.get_html(&bpage).await;
        html.select(&scraper::Selector::parse("#move-slot option").expect("sel"))
            .filter_map(|o| o.value().attr("value").and_then(|v| v.parse().ok()))
            .collect()
    };
    let now = app.with_db(assigned).await;
    let target = options
        .iter()
        .find(|s| **s != busy_slot && now.iter().any(|(_, slot, i)| slot == *s && *i == minji))
        .copied()
        .expect("a free time where Min-ji is busy");
    let res = app
        .post_form(
            &bpage,
            &format!("{bpage}/move"),
            &[("slot", &target.to_string()), ("table", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (slot, interp): (i32, Option<i32>) = app
        .with_db(move |c| {
            meetings::table
                .find(busy_meeting)
                .select((meetings::slot_id, meetings::interpreter_id))
                .first(c)
                .expect("m")
        })
        .await;
    assert_eq!(
        (slot, interp),
        (target, None),
        "moved, without its interpreter"
    );

    // Editing: a bad form changes nothing; dropping Spanish takes Lucía off her
    // Spanish meetings (all of hers), which then need someone again.
    let lucia: i32 = app
        .with_db(|c| {
            interpreters::table
                .filter(interpreters::name.eq("Lucía Gómez"))
                .select(interpreters::id)
                .first(c)
                .expect("id")
        })
        .await;
    let sheet = format!("{page}/{lucia}");
    let (status, html) = app.get_html(&sheet).await;
    assert_eq!(status, 200);
    let shown: Vec<String> = html
        .select(&scraper::Selector::parse("#i-languages").expect("sel"))
        .filter_map(|e| e.value().attr("value").map(str::to_owned))
        .collect();
    assert_eq!(shown, vec!["es ko"], "the form starts with her details");
    let hers = app
        .with_db(assigned)
        .await
        .into_iter()
        .filter(|(_, _, i)| *i == lucia)
        .count();
    assert!(hers > 0);
    let res = app
        .post_form(
            &sheet,
            &sheet,
            &[
                ("name", "Lucía Gómez"),
                ("email", ""),
                ("languages", "fr"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    assert_eq!(
        app.with_db(assigned)
            .await
            .into_iter()
            .filter(|(_, _, i)| *i == lucia)
            .count(),
        hers,
        "nothing changed"
    );
    let res = app
        .post_form(
            &sheet,
            &sheet,
            &[
                ("name", "Lucía Gómez"),
                ("email", ""),
                ("languages", "fr ko"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&sheet).await;
    assert!(
        select_text(&html, ".flash.success")[0].contains("need another interpreter now"),
        "{:?}",
        select_text(&html, ".flash")
    );
    assert_eq!(
        app.with_db(assigned)
            .await
            .into_iter()
            .filter(|(_, _, i)| *i == lucia)
            .count(),
        0
    );
    assert_eq!(
        app.post_form(
            &sheet,
            &format!("{page}/999999"),
            &[
                ("name", "X"),
                ("email", ""),
                ("languages", "fr ko"),
                ("note", "")
            ]
        )
        .await
        .status()
        .as_u16(),
        404
    );

    // Removing an interpreter frees their meetings, and the change is audited.
    let res = app
        .post_form(&page, &format!("{page}/{minji}/remove"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let left = app.with_db(assigned).await;
    assert!(left.iter().all(|(_, _, i)| *i != minji));
    let actions: Vec<String> = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.like("interpreter%"))
                .select(audit_log::action)
                .load(c)
                .expect("audit")
        })
        .await;
    assert_eq!(
        actions.iter().filter(|a| *a == "interpreter.added").count(),
        2
    );
    assert_eq!(
        actions
            .iter()
            .filter(|a| *a == "interpreter.removed")
            .count(),
        1
    );
    assert_eq!(
        actions
            .iter()
            .filter(|a| *a == "interpreter.changed")
            .count(),
        1
    );
    assert_eq!(
        actions
            .iter()
            .filter(|a| *a == "interpreters.assigned")
            .count(),
        2
    );
}
on_both_databases!(interpreters_are_assigned_without_double_booking_and_get_a_day_sheet);
