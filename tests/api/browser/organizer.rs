//! An organizer's browser journeys: the sign-in form, setting up an expo, moving meetings.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organizer_signs_in_with_the_form_and_sees_the_expo_figures() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    let (expo, table) = app
        .with_db(|c| {
            use expomatch::db::schema::{consultation_tables, expos};
            expomatch::demo::seed_accepted_requests(c).expect("accepted requests");
            expomatch::demo::seed_interpreters(c).expect("interpreters");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let table: i32 = consultation_tables::table
                .filter(consultation_tables::expo_id.eq(expo))
                .select(consultation_tables::id)
                .first(c)
                .expect("table");
            (expo, table)
        })
        .await;
    let client = browser(&driver, 1280, 900).await;
    journey(client, "organizer-desktop", |c| async move {
        c.goto(&app.url("/organizer"))
            .await
            .map_err(|e| e.to_string())?;
        wait_path(&c, "/signin").await?;
        accessible(&c, "sign-in form").await?;
        // Wrong password first: a clear message, still on the form.
        let form = c
            .form(Locator::Css("form.form"))
            .await
            .map_err(|e| e.to_string())?;
        form.set_by_name("email", "minji.choi@kotra.example")
            .await
            .map_err(|e| e.to_string())?;
        form.set_by_name("password", "not the password")
            .await
            .map_err(|e| e.to_string())?;
        form.submit().await.map_err(|e| e.to_string())?;
        let error = text(&c, ".flash.error").await?;
        check(
            error.contains("not right"),
            format!("wrong password message: {error}"),
        )?;
        accessible(&c, "sign-in refused").await?;
        let form = c
            .form(Locator::Css("form.form"))
            .await
            .map_err(|e| e.to_string())?;
        form.set_by_name("password", "browser test passphrase")
            .await
            .map_err(|e| e.to_string())?;
        form.submit().await.map_err(|e| e.to_string())?;
        wait_path(&c, "/organizer").await?;
        check(text(&c, "h1").await? == "Expos", "the organizer home")?;
        let stats = text(&c, ".card .grid-4").await?;
        check(
            stats.contains("40") && stats.contains("foreign buyers"),
            format!("figures: {stats}"),
        )?;
        accessible(&c, "organizer home").await?;
        save(&c, "organizer-desktop").await;
        // The demo's accepted requests become a draft, which reads on a phone too.
        c.goto(&app.url(&format!("/organizer/expos/{expo}/schedule")))
            .await
            .map_err(|e| e.to_string())?;
        click(&c, "#compute").await?;
        wait_text(&c, "#run-status", "Draft").await?;
        c.set_window_size(500, 900)
            .await
            .map_err(|e| e.to_string())?;
        let beyond = past_right_edge(&c, "#placed-list td").await?;
        check(
            beyond <= 0.0,
            format!(
                "the draft's placed meetings are on the screen (right edge {beyond} px past it)"
            ),
        )?;
        accessible(&c, "schedule draft on a phone").await?;
        save(&c, "organizer-draft-phone").await;
        // On the day, the check-in desk, a table's agenda, the participants and the
        // interpreters are looked up on phones too.
        for (path, cells) in [
            (
                format!("/organizer/expos/{expo}/participants"),
                "#buyer-results td, #supplier-results td",
            ),
            (format!("/organizer/expos/{expo}"), ".buyer-list td"),
            (
                format!("/organizer/expos/{expo}/interpreters"),
                "#interpreter-list td, #interpreter-needs td",
            ),
            (
                format!("/organizer/expos/{expo}/checkin"),
                "#desk td, #desk button",
            ),
            (
                format!("/organizer/expos/{expo}/tables/{table}/agenda"),
                "#organizer-agenda td",
            ),
        ] {
            c.goto(&app.url(&path)).await.map_err(|e| e.to_string())?;
            let beyond = past_right_edge(&c, cells).await?;
            check(
                beyond <= 0.0,
                format!("{path} fits a phone (right edge {beyond} px past it)"),
            )?;
            accessible(&c, &path).await?;
            let page = path.rsplit('/').next().unwrap_or_default();
            save(&c, &format!("organizer-phone-{page}")).await;
        }
        // The expo's sender name and contact sit in its settings form, on a phone too.
        c.goto(&app.url(&format!("/organizer/expos/{expo}")))
            .await
            .map_err(|e| e.to_string())?;
        c.execute(
            "document.getElementById('sender_name').scrollIntoView({block: 'center'});",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
        let beyond = past_right_edge(&c, "#settings input, #settings .hint").await?;
        check(
            beyond <= 0.0,
            format!("the expo settings fit a phone (right edge {beyond} px past it)"),
        )?;
        save(&c, "organizer-phone-expo-sender").await;
        c.set_window_size(1280, 900)
            .await
            .map_err(|e| e.to_string())?;
        c.execute(
            "document.getElementById('sender_name').scrollIntoView({block: 'center'});",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
        save(&c, "organizer-desktop-expo-sender").await;
        c.find(Locator::Css("form[action='/signout'] button"))
            .await
            .map_err(|e| e.to_string())?
            .click()
            .await
            .map_err(|e| e.to_string())?;
        wait_path(&c, "/").await?;
        check(text(&c, ".who").await?.contains("Sign in"), "signed out")?;
        accessible(&c, "home page").await?;
        Ok(())
    })
    .await;
}

/// A new organizer's first event: creates an expo, generates a day and tables, imports
/// buyers from a pasted list, then on the demo expo moves a meeting, cancels it and
/// downloads the meetings as an Excel file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organizer_creates_an_expo_imports_buyers_and_moves_and_cancels_a_meeting() {
    use expomatch::db::schema::{expos, organizers as organizer_rows};
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    let (organizer, demo_expo) = app
        .with_db(|c| {
            let o: i32 = organizer_rows::table
                .filter(organizer_rows::email.eq("minji.choi@kotra.example"))
                .select(organizer_rows::id)
                .first(c)
                .expect("organizer");
            let e: i32 = expos::table.select(expos::id).first(c).expect("expo");
            (o, e)
        })
        .await;
    let signin = link(&app, Role::Organizer, organizer, TimeDelta::minutes(30)).await;
    let client = browser(&driver, 1280, 900).await;
    let app = &app;
    journey(client, "organizer-journey", |c| async move {
        c.goto(&signin).await.map_err(|e| e.to_string())?;
        accessible(&c, "organizer's link page").await?;
        click(&c, "#continue").await?;
        wait_path(&c, "/organizer").await?;
        accessible(&c, "expo list").await?;
        c.goto(&app.url("/organizer/expos/new"))
            .await
            .map_err(|e| e.to_string())?;
        accessible(&c, "new expo form").await?;
        set(&c, "#name", "Busan Water Week 2027").await?;
        set(&c, "#venue", "BEXCO Hall 2").await?;
        set(&c, "#venue_timezone", "Asia/Seoul").await?;
        click(&c, "#create-expo").await?;
        wait_text(&c, ".flash.success", "draft").await?;
        check(
            text(&c, "h1").await?.contains("Busan Water Week 2027"),
            "the new expo's page",
        )?;
        accessible(&c, "new expo page").await?;
        let expo_path = c
            .current_url()
            .await
            .map_err(|e| e.to_string())?
            .path()
            .to_owned();
        set(&c, "#date", "2027-03-09").await?;
        click(&c, "#add-day").await?;
        wait_text(&c, ".flash.success", "Day added with 14 slots").await?;
        click(&c, "#add-tables").await?;
        wait_text(&c, ".flash.success", "20 tables added").await?;
        accessible(&c, "expo with days and tables").await?;
        save(&c, "organizer-new-expo").await;
        click(&c, "#import-buyers").await?;
        wait_path(&c, &format!("{expo_path}/import")).await?;
        accessible(&c, "import page").await?;
        set(
            &c,
            "#csv",
            "name,organisation,country,email\n\
             Lucía Paredes,Agua Lima,PE,lucia@agua.example\n\
             Bad Row,X,ZZ,bad@\n\
             Nguyen Van An,Saigon Water,VN,an@saigonwater.example\n",
        )
        .await?;
        click(&c, "#preview-import").await?;
        wait_text(&c, "#count-new", "2").await?;
        check(
            text(&c, ".row-invalid td:first-child").await? == "3",
            "the bad row with its line number",
        )?;
        accessible(&c, "import preview").await?;
        save(&c, "organizer-import-preview").await;
        click(&c, "#confirm-import").await?;
        wait_text(&c, ".flash.success", "2 buyers imported").await?;
        accessible(&c, "after the import").await?;

        // On the demo expo: open a meeting from the grid, move it, cancel it.
        c.goto(&app.url(&format!("/organizer/expos/{demo_expo}/grid")))
            .await
            .map_err(|e| e.to_string())?;
        accessible(&c, "meeting grid").await?;
        click(&c, ".meeting-grid td.cell-booked a").await?;
        let before = text(&c, "dl.facts").await?;
        accessible(&c, "meeting page").await?;
        // The form opens on the meeting's own time: choose another.
        let other = c
            .execute(
                "const s = document.querySelector('#move-slot'); \
                 const o = [...s.options].find(o => !o.selected); return o ? o.value : null;",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        let other = other.as_str().ok_or("no other time offered")?.to_owned();
        set(&c, "#move-slot", &other).await?;
        click(&c, "#move-meeting").await?;
        wait_text(&c, ".flash.success", "moved").await?;
        let after = text(&c, "dl.facts").await?;
        check(
            before != after,
            format!("the time or table changed: {after}"),
        )?;
        accessible(&c, "meeting moved").await?;
        save(&c, "organizer-meeting-moved").await;
        set(&c, "#reason", "The buyer's flight was cancelled").await?;
        click(&c, "#cancel-meeting").await?;
        wait_text(&c, ".flash.success", "cancelled").await?;
        check(
            text(&c, "#meeting-status").await? == "Cancelled",
            "the meeting shows as cancelled",
        )?;
        accessible(&c, "meeting cancelled").await?;
        let export = c
            .execute(
                "return fetch(arguments[0]).then(r => r.status + ' ' + \
                r.headers.get('content-type'));",
                vec![serde_json::Value::String(format!(
                    "/organizer/expos/{demo_expo}/meetings.xlsx"
                ))],
            )
            .await
            .map_err(|e| e.to_string())?;
        check(
            export
                .as_str()
                .is_some_and(|s| s.starts_with("200 ") && s.contains("spreadsheetml")),
            format!("the Excel export downloads: {export}"),
        )?;
        Ok(())
    })
    .await;
}
