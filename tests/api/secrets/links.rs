//! What staff see of secret-bearing messages, and exports that cannot run formulas.

use super::*;

async fn staff_see_that_a_message_went_out_but_never_a_usable_link(app: TestApp) {
    let (buyer, supplier, expo) = seeded(&app).await;
    // Messages holding each kind of link: a reset, a sign-in link, a verification.
    let supplier_email: String = app
        .with_db(move |c| {
            suppliers::table
                .find(supplier)
                .select(suppliers::email)
                .first(c)
                .expect("email")
        })
        .await;
    let stranger = app.new_client();
    let page = stranger
        .get(app.url("/signin/forgot"))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    let csrf = csrf_in(&Html::parse_document(&page));
    stranger
        .post(app.url("/signin/forgot"))
        .form(&[("email", supplier_email.as_str()), ("csrf_token", &csrf)])
        .send()
        .await
        .expect("forgot");
    let buyer_email: String = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select(buyers::email)
                .first(c)
                .expect("email")
        })
        .await;
    let page = stranger
        .get(app.url("/signin/link"))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    let csrf = csrf_in(&Html::parse_document(&page));
    stranger
        .post(app.url("/signin/link"))
        .form(&[("email", buyer_email.as_str()), ("csrf_token", &csrf)])
        .send()
        .await
        .expect("link");
    let secrets = app.with_db(secrets_in_outbox).await;
    assert!(
        secrets.len() >= 2,
        "the reset and the sign-in link were queued: {secrets:?}"
    );

    organizer(&app, &app.client).await;
    let ids: Vec<i32> = app
        .with_db(|c| outbox::table.select(outbox::id).load(c).expect("ids"))
        .await;
    let mut pages = vec![
        "/organizer/email".to_owned(),
        "/organizer/audit".to_owned(),
        format!("/organizer/expos/{expo}/participants.csv"),
    ];
    for id in &ids {
        pages.push(format!("/organizer/email/{id}"));
        pages.push(format!("/organizer/email/{id}/html"));
        pages.push(format!("/organizer/email/{id}/invite.ics"));
    }
    let mut hidden = 0;
    for page in &pages {
        let body = app.get(page).await.text().await.expect("body");
        for secret in &secrets {
            assert!(
                !body.contains(secret.as_str()),
                "{page} shows a secret link"
            );
        }
        hidden += body.matches("[hidden]").count();
    }
    assert!(
        hidden >= secrets.len(),
        "each link is shown as hidden ({hidden})"
    );
    // Resending still works, and still hides the link.
    let reset_id: i32 = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("password_reset"))
                .select(outbox::id)
                .first(c)
                .expect("reset")
        })
        .await;
    let res = app
        .post_form(
            &format!("/organizer/email/{reset_id}"),
            &format!("/organizer/email/{reset_id}/resend"),
            &[],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let body = app.get(&location(&res)).await.text().await.expect("body");
    assert!(
        body.contains("/signin/reset/[hidden]"),
        "the resent copy is hidden too"
    );
}
on_both_databases!(staff_see_that_a_message_went_out_but_never_a_usable_link);

async fn csv_exports_cannot_run_formulas_in_a_spreadsheet(app: TestApp) {
    let (_, supplier, expo) = seeded(&app).await;
    app.with_db(move |c| {
        diesel::update(suppliers::table.find(supplier))
            .set((
                suppliers::company_name_en.eq("=HYPERLINK(\"http://evil.example\",\"x\")"),
                suppliers::company_name_ko.eq("@SUM(1+1)"),
            ))
            .execute(c)
            .expect("rename")
    })
    .await;
    organizer(&app, &app.client).await;
    for export in ["participants.csv", "meetings.csv"] {
        let body = app
            .get(&format!("/organizer/expos/{expo}/{export}"))
            .await
            .text()
            .await
            .expect("csv");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.trim_start_matches('\u{feff}').as_bytes());
        let mut seen = 0;
        for record in reader.records() {
            for cell in record.expect("record").iter() {
                assert!(
                    !cell.starts_with(['=', '+', '@', '\t', '\r']) || cell.is_empty(),
                    "{export}: a cell a spreadsheet would run: {cell:?}"
                );
                if cell.starts_with("'=HYPERLINK") || cell.starts_with("'@SUM") {
                    seen += 1;
                }
            }
        }
        assert!(seen >= 1, "{export} still holds the name, neutralised");
    }
}
on_both_databases!(csv_exports_cannot_run_formulas_in_a_spreadsheet);
