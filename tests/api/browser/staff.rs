//! Co-host staff in the browser (issue 25): a co-host's staff member signs in by link,
//! approves a waiting supplier (claiming it for their agency), finds no buttons on
//! another agency's supplier, and is refused when they try anyway.

use super::*;
use expomatch::db::schema::{expo_cohosts, organizers};
use expomatch::domain::status::StaffRole;
use expomatch::domain::{ExpoId, OrganizerId};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cohost_approves_its_own_supplier_and_cannot_edit_another_agencys() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    // The demo's co-host (GBSA); one waiting registration; a supplier of Agency B.
    let (cohost, waiting, theirs) = app
        .with_db(|c| {
            let cohost: i32 = organizers::table
                .filter(organizers::email.eq("cohost@expomatch.example"))
                .select(organizers::id)
                .first(c)
                .expect("the demo's co-host");
            let admin: i32 = organizers::table
                .order(organizers::id)
                .select(organizers::id)
                .first(c)
                .expect("admin");
            let expo: i32 = suppliers::table
                .select(suppliers::expo_id)
                .first(c)
                .expect("expo");
            store::staff::add(
                c,
                ExpoId(expo),
                OrganizerId(admin),
                &store::staff::NewMember {
                    email: &EmailAddress::parse("b@busan.example").expect("email"),
                    name: &PersonName::parse("name", "Kang B").expect("name"),
                    role: StaffRole::Cohost,
                    agency: Some("Busan Agency"),
                },
                store::now(),
            )
            .expect("agency B");
            let b: i32 = expo_cohosts::table
                .filter(expo_cohosts::name.eq("Busan Agency"))
                .select(expo_cohosts::id)
                .first(c)
                .expect("B");
            let untagged: Vec<i32> = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .filter(suppliers::cohost_id.is_null())
                .order(suppliers::id.desc())
                .select(suppliers::id)
                .limit(2)
                .load(c)
                .expect("untagged");
            diesel::update(suppliers::table.find(untagged[0]))
                .set(suppliers::status.eq("pending"))
                .execute(c)
                .expect("waiting");
            diesel::update(suppliers::table.find(untagged[1]))
                .set((suppliers::status.eq("pending"), suppliers::cohost_id.eq(b)))
                .execute(c)
                .expect("B's waiting");
            (cohost, untagged[0], untagged[1])
        })
        .await;
    let sign_in = link(&app, Role::Organizer, cohost, TimeDelta::minutes(30)).await;
    let client = browser(&driver, 1280, 900).await;
    let approved_list = app.url("/organizer/suppliers?status=approved");
    journey(client, "cohost-desktop", |c| async move {
        c.goto(&sign_in).await.map_err(|e| e.to_string())?;
        click(&c, "#continue").await?;
        wait_path(&c, "/organizer").await?;
        let nav = text(&c, "nav").await?;
        check(
            nav.contains("Suppliers") && !nav.contains("Audit log"),
            format!("a co-host's menu: {nav}"),
        )?;
        click(&c, "nav a[href='/organizer/suppliers']").await?;
        wait_path(&c, "/organizer/suppliers").await?;
        accessible(&c, "co-host's registrations").await?;
        save(&c, "cohost-registrations").await;
        let b_card = text(&c, &format!("#supplier-{theirs}")).await?;
        check(b_card.contains("Busan Agency"), format!("tagged: {b_card}"))?;
        let b_buttons = c
            .find_all(Locator::Css(&format!("#supplier-{theirs} form")))
            .await
            .map_err(|e| e.to_string())?;
        check(b_buttons.is_empty(), "no buttons on another agency's supplier")?;
        click(
            &c,
            &format!("#supplier-{waiting} form input[value=approve] ~ button"),
        )
        .await?;
        let flash = text(&c, ".flash").await?;
        check(!flash.is_empty(), format!("approved: {flash}"))?;
        // Approved now, and brought by the co-host's agency.
        c.goto(&approved_list)
            .await
            .map_err(|e| e.to_string())?;
        let mine = text(&c, &format!("#supplier-{waiting}")).await?;
        check(
            mine.contains("Gyeonggi Business & Science Accelerator"),
            format!("claimed: {mine}"),
        )?;
        // Trying another agency's supplier anyway, from a page of the co-host's own:
        // the form posts, the server refuses.
        c.execute(
            "const f = document.createElement('form'); f.method = 'post'; \
             f.action = '/organizer/suppliers/' + arguments[0] + '/decide'; \
             const t = document.querySelector('input[name=csrf_token]').cloneNode(); f.appendChild(t); \
             const d = document.createElement('input'); d.name = 'decision'; d.value = 'approve'; f.appendChild(d); \
             document.body.appendChild(f); f.submit();",
            vec![serde_json::Value::from(theirs)],
        )
        .await
        .map_err(|e| e.to_string())?;
        let refused = text(&c, "h1").await?;
        check(
            refused.contains("Not allowed"),
            format!("refused: {refused}"),
        )?;
        save(&c, "cohost-refused").await;
        Ok(())
    })
    .await;
    let status: String = app
        .with_db(move |c| {
            suppliers::table
                .find(theirs)
                .select(suppliers::status)
                .first(c)
                .expect("status")
        })
        .await;
    assert_eq!(status, "pending", "another agency's supplier is untouched");
}
