//! A remote buyer on a phone books an online meeting and joins it through the service.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_remote_buyer_books_an_online_meeting_on_a_phone_and_follows_its_join_button() {
    use expomatch::db::schema::meetings;
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, buyer, _) = demo_app().await;
    app.with_db(move |c| {
        diesel::update(buyers::table.find(buyer))
            .set(buyers::remote.eq(true))
            .execute(c)
            .expect("remote")
    })
    .await;
    let signin = link(&app, Role::Buyer, buyer, TimeDelta::minutes(30)).await;
    let client = browser(&driver, 390, 844).await;
    let app = &app;
    journey(client, "online-phone", |c| async move {
        c.goto(&signin).await.map_err(|e| e.to_string())?;
        click(&c, "#continue").await?;
        wait_path(&c, "/buyer").await?;
        let before: Vec<i32> = app
            .with_db(move |c| {
                meetings::table
                    .filter(meetings::buyer_id.eq(buyer))
                    .select(meetings::id)
                    .load(c)
                    .expect("meetings")
            })
            .await;
        let met = before.clone();
        let supplier: i32 = app
            .with_db(move |c| {
                let with: Vec<i32> = meetings::table
                    .filter(meetings::id.eq_any(met))
                    .select(meetings::supplier_id)
                    .load(c)
                    .expect("met");
                suppliers::table
                    .filter(suppliers::status.eq("approved"))
                    .filter(suppliers::id.ne_all(with))
                    .select(suppliers::id)
                    .first(c)
                    .expect("a supplier not met yet")
            })
            .await;
        c.goto(&app.url(&format!("/buyer/suppliers/{supplier}")))
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "#book button.slot").await?;
        wait_path(&c, "/buyer").await?;
        wait_text(&c, ".flash.success", "booked").await?;
        let meeting: i32 = app
            .with_db(move |c| {
                meetings::table
                    .filter(meetings::buyer_id.eq(buyer))
                    .filter(meetings::id.ne_all(before))
                    .select(meetings::id)
                    .first(c)
                    .expect("the new meeting")
            })
            .await;
        let row = text(&c, &format!("#meeting-{meeting}")).await?;
        check(
            row.contains("Online"),
            format!("the row says Online: {row}"),
        )?;
        accessible(&c, "agenda with an online meeting").await?;
        save(&c, "online-agenda-phone").await;
        let overflow = c
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth;",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        check(
            overflow.as_i64().unwrap_or(1) <= 0,
            format!("no sideways scrolling (overflow {overflow})"),
        )?;
        // The room is a page of this test's own site (the test has no video server):
        // the Join button goes through the service, which records it and redirects.
        let room = app.url("/privacy");
        app.with_db(move |c| {
            diesel::update(meetings::table.find(meeting))
                .set(meetings::video_url.eq(room))
                .execute(c)
                .expect("room")
        })
        .await;
        click(&c, &format!("#join-{meeting}")).await?;
        wait_path(&c, "/privacy").await?;
        let joins: i64 = app
            .with_db(move |c| {
                use expomatch::db::schema::meeting_joins;
                meeting_joins::table
                    .filter(meeting_joins::meeting_id.eq(meeting))
                    .count()
                    .get_result(c)
                    .expect("joins")
            })
            .await;
        check(joins == 1, format!("the join is recorded once: {joins}"))
    })
    .await;
}
