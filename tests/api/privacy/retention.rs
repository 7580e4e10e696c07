//! Retention: purging what has expired, the daily purge, and an expo's retention setting.

use super::*;

async fn purge_anonymizes_expos_past_retention_and_old_mail_bodies_and_a_dry_run_changes_nothing(
    app: TestApp,
) {
    // Without the app's own worker, whose daily job would race the command.
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
    let (organizer, buyer, expo) = demo(&app).await;
    app.with_db(move |c| hold_meetings_with_outcomes(c, buyer))
        .await;
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    let before = report_totals(&app, &staff, expo).await;
    // Within its retention period nothing is due: 100 days after, 365 kept.
    let (old, recent) = app
        .with_db(move |c| {
            expo_ended(c, expo, 100, 365);
            (
                delivered(c, "someone@example.com", 45),
                delivered(c, "someone@example.com", 5),
            )
        })
        .await;
    let (code, out) = run_purge(&app, &["--dry-run"]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("buyers"), "no expo is due yet: {out}");
    assert!(out.contains("1 delivered message bodies"), "{out}");
    // Past it: 400 days after the last day with 365 kept.
    app.with_db(move |c| expo_ended(c, expo, 400, 365)).await;
    let snapshot = app.with_db(people_snapshot).await;
    let (code, out) = run_purge(&app, &["--dry-run"]);
    assert_eq!(code, 0);
    let (n_buyers, n_suppliers): (i64, i64) = app
        .with_db(move |c| {
            (
                buyers::table
                    .filter(buyers::expo_id.eq(expo))
                    .count()
                    .get_result(c)
                    .expect("n"),
                suppliers::table
                    .filter(suppliers::expo_id.eq(expo))
                    .count()
                    .get_result(c)
                    .expect("n"),
            )
        })
        .await;
    assert!(
        out.contains("dry run")
            && out.contains(&format!("{n_buyers} buyers and {n_suppliers} suppliers")),
        "{out}"
    );
    assert_eq!(
        app.with_db(people_snapshot).await,
        snapshot,
        "a dry run changes nothing"
    );

    app.with_db(move |c| {
        store::privacy::request_deletion(c, Role::Buyer, buyer, store::now()).expect("request")
    })
    .await;
    let (code, out) = run_purge(&app, &["--sent-mail-retention-days", "30"]);
    assert_eq!(code, 0, "{out}");
    let open: i64 = app
        .with_db(|c| {
            deletion_requests::table
                .filter(deletion_requests::done_at.is_null())
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(open, 0, "a request the purge answered is closed");
    let (left, bodies): (i64, Vec<(i32, String, Option<String>)>) = app
        .with_db(move |c| {
            (
                buyers::table
                    .filter(buyers::expo_id.eq(expo))
                    .filter(buyers::anonymized_at.is_null())
                    .count()
                    .get_result(c)
                    .expect("n"),
                outbox::table
                    .filter(outbox::id.eq_any([old, recent]))
                    .select((outbox::id, outbox::body_text, outbox::body_html))
                    .order(outbox::id)
                    .load(c)
                    .expect("bodies"),
            )
        })
        .await;
    assert_eq!(left, 0, "every buyer of the expo is anonymized");
    assert_eq!(
        bodies[0],
        (old, String::new(), None),
        "the old body is emptied"
    );
    assert!(bodies[1].1.contains("Dear Ana"), "the recent one stays");
    assert_eq!(
        report_totals(&app, &staff, expo).await,
        before,
        "the report adds up as before"
    );
    let (code, out) = run_purge(&app, &["--dry-run"]);
    assert_eq!(code, 0);
    assert!(!out.contains("buyers and"), "nothing left to do: {out}");
}
on_both_databases!(
    purge_anonymizes_expos_past_retention_and_old_mail_bodies_and_a_dry_run_changes_nothing
);

async fn the_running_server_purges_what_has_expired_every_day(app: TestApp) {
    let (_, _, expo) = demo(&app).await;
    let old = app
        .with_db(move |c| {
            expo_ended(c, expo, 400, 365);
            delivered(c, "someone@example.com", 45)
        })
        .await;
    // A server starting now runs its daily job at once.
    let second = app.second_instance().await;
    let mut left = -1;
    for _ in 0..100 {
        left = second
            .with_db(move |c| {
                buyers::table
                    .filter(buyers::expo_id.eq(expo))
                    .filter(buyers::anonymized_at.is_null())
                    .count()
                    .get_result::<i64>(c)
                    .expect("n")
            })
            .await;
        let body: String = second
            .with_db(move |c| {
                outbox::table
                    .find(old)
                    .select(outbox::body_text)
                    .first(c)
                    .expect("body")
            })
            .await;
        if left == 0 && body.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "the daily job anonymized the expired expo");
    let body: String = app
        .with_db(move |c| {
            outbox::table
                .find(old)
                .select(outbox::body_text)
                .first(c)
                .expect("body")
        })
        .await;
    assert!(body.is_empty(), "and emptied the old message body");
}
on_both_databases!(the_running_server_purges_what_has_expired_every_day);

async fn an_expos_retention_period_is_set_in_its_settings(app: TestApp) {
    let (organizer, _, expo) = demo(&app).await;
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    let page = format!("/organizer/expos/{expo}");
    let form_sel = format!("form[action='/organizer/expos/{expo}']");
    let (status, _, body) = get(&app, &staff, &page).await;
    assert_eq!(status, 200, "{page}");
    let html = scraper::Html::parse_document(&body);
    let fields: Vec<(String, String)> = html
        .select(
            &scraper::Selector::parse(&format!(
                "{form_sel} input[name], {form_sel} select[name], {form_sel} textarea[name]"
            ))
            .expect("sel"),
        )
        .filter_map(|e| {
            let name = e.value().attr("name")?.to_owned();
            if e.value().attr("type") == Some("checkbox") && e.value().attr("checked").is_none() {
                return None;
            }
            let value = match e.value().name() {
                "select" => e
                    .select(&scraper::Selector::parse("option[selected]").expect("sel"))
                    .next()
                    .and_then(|o| o.value().attr("value"))
                    .unwrap_or("")
                    .to_owned(),
                "textarea" => e.text().collect(),
                _ => e.value().attr("value").unwrap_or("on").to_owned(),
            };
            Some((name, value))
        })
        .filter(|(k, _)| k != "csrf_token" && k != "retention_days")
        .collect();
    let action = page.clone();
    assert_eq!(
        html.select(&scraper::Selector::parse(&form_sel).expect("sel"))
            .count(),
        1,
        "the settings form"
    );
    for (value, status, stored) in [("10", 422, 365), ("forever", 422, 365), ("730", 303, 730)] {
        let mut form: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        form.push(("retention_days", value));
        let res = post(&app, &staff, &page, &action, &form).await;
        assert_eq!(res.status().as_u16(), status, "retention {value}");
        let now: i32 = app
            .with_db(move |c| {
                expos::table
                    .find(expo)
                    .select(expos::retention_days)
                    .first(c)
                    .expect("days")
            })
            .await;
        assert_eq!(now, stored, "retention {value}");
    }
}
on_both_databases!(an_expos_retention_period_is_set_in_its_settings);
