//! Held and no-show meetings, their outcomes, and the report.

use super::*;

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
    app.with_db(move |c| {
        for id in [signed, expected, missed] {
            super::attendance::started_hours_ago(c, id, 1);
        }
    })
    .await;
    for id in [signed, expected] {
        let page = format!("/organizer/meetings/{id}");
        let res = app
            .post_form(
                &page,
                &format!("{page}/attendance"),
                &[("attendance", "held"), ("confirm", "yes")],
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
        &[("attendance", "no_show"), ("confirm", "yes")],
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
        vec!["₩50,000,000".to_owned()]
    );
    assert_eq!(select_text(&html, "#signed"), vec!["₩0".to_owned()]);
    assert!(select_text(&html, "#missing-rates")[0].contains("USD"));
    let (_, html) = app
        .get_html(&format!("{report}?currency=KRW&rate_USD=1%2C380"))
        .await;
    assert_eq!(
        select_text(&html, "#signed"),
        vec!["₩138,000,000".to_owned()]
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
    assert!(
        select_text(&html, &format!("#meeting-{future} a"))
            .iter()
            .all(|a| a != "Outcome"),
        "no outcome before the meeting"
    );
    let res = get(format!("/supplier/meetings/{future}/outcome")).await;
    assert_eq!(res.status().as_u16(), 303, "not before the meeting starts");
    assert_eq!(location(&res), "/supplier/agenda");
    let res = get(format!("/supplier/meetings/{past}/outcome")).await;
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
    let told: Vec<String> = app
        .with_db(move |c| {
            outbox::table
                .filter(outbox::meeting_id.eq(other_past))
                .filter(outbox::kind.eq("meeting_no_show"))
                .select(outbox::to_address)
                .load(c)
                .expect("outbox")
        })
        .await;
    assert_eq!(
        told.len(),
        2,
        "both participants hear of the no-show: {told:?}"
    );
    assert_eq!(recorded_by, "supplier");
    assert_eq!(
        future_status, "booked",
        "nothing changed for the future meeting"
    );
}
on_both_databases!(a_supplier_records_the_outcome_of_its_meeting_once_it_has_started);
