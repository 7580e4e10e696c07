//! The improvement run in the browser (issue 26): an organizer computes a draft, lets
//! the solver keep improving it, watches the progress page refresh itself (no script of
//! ours involved), stops it, and publishes the draft it kept.

use super::*;
use expomatch::db::schema::{expos, organizers, schedule_improvements, schedule_runs};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_organizer_starts_watches_and_stops_an_improvement_then_publishes() {
    let Some(driver) = start_driver().await else {
        eprintln!("skipped: chromedriver not found (install chromium-driver)");
        return;
    };
    let (app, _, _) = demo_app().await;
    let (organizer, expo) = app
        .with_db(|c| {
            expomatch::demo::seed_accepted_requests(c).expect("requests");
            crate::scheduling::improve::crowd_the_demo(c, 300);
            let organizer: i32 = organizers::table
                .filter(organizers::email.eq("minji.choi@kotra.example"))
                .select(organizers::id)
                .first(c)
                .expect("organizer");
            let expo: i32 = expos::table
                .order(expos::id)
                .select(expos::id)
                .first(c)
                .expect("expo");
            (organizer, expo)
        })
        .await;
    let sign_in = link(&app, Role::Organizer, organizer, TimeDelta::minutes(30)).await;
    let schedule = app.url(&format!("/organizer/expos/{expo}/schedule"));
    let client = browser(&driver, 1280, 900).await;
    journey(client, "improve-desktop", |c| async move {
        c.goto(&sign_in).await.map_err(|e| e.to_string())?;
        click(&c, "#continue").await?;
        wait_path(&c, "/organizer").await?;
        c.goto(&schedule).await.map_err(|e| e.to_string())?;
        click(&c, "#compute").await?;
        wait_text(&c, "#run-status", "Draft").await?;
        let draft = c.current_url().await.map_err(|e| e.to_string())?;
        let breaks_before = text(&c, "#breaks").await?;
        // The form offers the server's budget (60 s here); a wrong one is refused.
        set(&c, "#improve-seconds", "5").await?;
        c.execute(
            "document.querySelector('#improve-seconds').closest('form').noValidate = true;",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
        click(&c, "#start-improve").await?;
        wait_text(&c, ".flash", "from 10 to 60").await?;
        save(&c, "improve-refused").await;
        set(&c, "#improve-seconds", "60").await?;
        click(&c, "#start-improve").await?;
        wait_path(&c, &format!("{}/improve", draft.path())).await?;
        wait_text(&c, "#improve-state", "Running").await?;
        accessible(&c, "improvement progress").await?;
        save(&c, "improve-running").await;
        // The page reloads itself while the run works: a mark left on this page is
        // gone after the refresh, and the elapsed time has moved on.
        c.execute("window.improveMark = 1;", vec![])
            .await
            .map_err(|e| e.to_string())?;
        let mut reloaded = false;
        for _ in 0..50 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let mark = c
                .execute("return window.improveMark === 1;", vec![])
                .await
                .map_err(|e| e.to_string())?;
            if mark == serde_json::Value::Bool(false) {
                reloaded = true;
                break;
            }
        }
        check(reloaded, "the progress page refreshed itself within 5 s")?;
        // Crowded, the demo's draft takes far longer than this to prove: stop it.
        wait_text(&c, "#improve-state", "Running").await?;
        click(&c, "#stop-improve").await?;
        wait_text(&c, ".flash", "Stopping").await?;
        let mut state = String::new();
        for _ in 0..100 {
            state = text(&c, "#improve-state").await.unwrap_or_default();
            if !state.contains("Running") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        check(
            state.contains("Stopped"),
            format!("ended on request: {state}"),
        )?;
        save(&c, "improve-stopped").await;
        let breaks_after = text(&c, "#improve-breaks").await?;
        click(&c, "#back-to-draft").await?;
        wait_text(&c, "#run-status", "Draft").await?;
        let shown = text(&c, "#breaks").await?;
        check(
            shown == breaks_after,
            format!("the draft shows the best found: {shown} vs {breaks_after}"),
        )?;
        let last = text(&c, "#improve-last").await?;
        check(
            last.contains(&breaks_before),
            format!("the draft page says how the run went: {last}"),
        )?;
        click(&c, "#publish").await?;
        wait_text(&c, "#run-status", "Published").await?;
        save(&c, "improve-published").await;
        Ok(())
    })
    .await;
    let (state, stored, run_breaks): (String, i32, i32) = app
        .with_db(|c| {
            let (state, best, run) = schedule_improvements::table
                .select((
                    schedule_improvements::state,
                    schedule_improvements::breaks_best,
                    schedule_improvements::run_id,
                ))
                .first::<(String, i32, i32)>(c)
                .expect("one improvement");
            let breaks = schedule_runs::table
                .find(run)
                .select(schedule_runs::breaks)
                .first(c)
                .expect("run");
            (state, best, breaks)
        })
        .await;
    assert_eq!(state, "stopped");
    assert_eq!(stored, run_breaks);
}
