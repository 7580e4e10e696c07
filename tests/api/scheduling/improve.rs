//! The improvement run of a draft over HTTP: wrong budgets refused, one run per expo,
//! progress on its page, stopped on request with the best draft kept, a run whose
//! server went away taken over, and the improved draft published.

use expomatch::db::schema::{audit_log, schedule_improvements, schedule_runs};
use expomatch::domain::{EmailAddress, ExpoId, OrganizerId, PersonName, Role, password::Password};
use expomatch::flows::scheduling::{ScheduleError, improve};

use super::*;

fn state_of(html: &scraper::Html) -> String {
    select_text(html, "#improve-state").join("")
}

/// Accepted requests between the demo's first buyers and suppliers that have none, up
/// to `n`: enough that proving the draft optimal takes the solver a while.
pub(crate) fn crowd_the_demo(c: &mut expomatch::db::DbConnection, n: usize) -> usize {
    use expomatch::db::schema::meetings;
    let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
    let mut taken: Vec<(i32, i32)> = meetings::table
        .select((meetings::buyer_id, meetings::supplier_id))
        .load(c)
        .expect("pairs");
    taken.extend(
        meeting_requests::table
            .select((meeting_requests::buyer_id, meeting_requests::supplier_id))
            .load::<(i32, i32)>(c)
            .expect("asked"),
    );
    let buyer_ids: Vec<i32> = buyers::table
        .filter(buyers::expo_id.eq(expo))
        .order(buyers::id)
        .select(buyers::id)
        .load(c)
        .expect("buyers");
    let supplier_ids: Vec<i32> = suppliers::table
        .filter(suppliers::expo_id.eq(expo))
        .filter(suppliers::status.eq("approved"))
        .order(suppliers::id)
        .select(suppliers::id)
        .load(c)
        .expect("suppliers");
    let mut made = 0;
    for (i, b) in buyer_ids.iter().enumerate() {
        for s in supplier_ids.iter().skip(i % 3).step_by(3).take(6) {
            if made >= n || taken.contains(&(*b, *s)) {
                continue;
            }
            diesel::insert_into(meeting_requests::table)
                .values((
                    meeting_requests::expo_id.eq(expo),
                    meeting_requests::buyer_id.eq(b),
                    meeting_requests::supplier_id.eq(s),
                    meeting_requests::requested_by.eq("buyer"),
                    meeting_requests::priority.eq("would_like"),
                    meeting_requests::status.eq("accepted"),
                    meeting_requests::created_at.eq(store::now()),
                ))
                .execute(c)
                .expect("request");
            made += 1;
        }
    }
    made
}

async fn an_organizer_improves_a_draft_watches_and_stops_it(app: TestApp) {
    let (organizer, expo) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            expomatch::demo::seed_accepted_requests(c).expect("requests");
            crowd_the_demo(c, 300);
            let o = store::organizers::create(
                c,
                &EmailAddress::parse("improve@kotra.example").expect("email"),
                &PersonName::parse("name", "Improve Person").expect("name"),
                &Password::parse("an improving password").expect("pw").hash(),
                store::now(),
            )
            .expect("organizer");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            (o.0, expo)
        })
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    let page = format!("/organizer/expos/{expo}/schedule");
    let res = app.post_form(&page, &page, &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let run_page = location(&res);
    let run: i32 = run_page
        .rsplit('/')
        .next()
        .expect("id")
        .parse()
        .expect("run id");
    let (status, html) = app.get_html(&run_page).await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, "#start-improve").len(),
        1,
        "offered on a draft"
    );
    let before: i32 = app
        .with_db(move |c| {
            schedule_runs::table
                .find(run)
                .select(schedule_runs::breaks)
                .first(c)
                .expect("run")
        })
        .await;
    let improve_url = format!("{run_page}/improve");
    let rows = || async {
        app.with_db(|c| {
            schedule_improvements::table
                .count()
                .get_result::<i64>(c)
                .expect("n")
        })
        .await
    };

    // Wrong budgets: told why, nothing starts.
    for wrong in ["", "5", "61", "3600", "ten", "-30", "60.5"] {
        let res = app
            .post_form(&run_page, &improve_url, &[("seconds", wrong)])
            .await;
        assert_eq!(res.status().as_u16(), 303, "{wrong:?}");
        assert_eq!(location(&res), run_page);
        let (_, html) = app.get_html(&run_page).await;
        assert!(
            select_text(&html, ".flash.error")
                .join("")
                .contains("from 10 to 60"),
            "{wrong:?}"
        );
        assert_eq!(rows().await, 0, "{wrong:?} started nothing");
    }

    // A run whose server went away (no heartbeat for minutes) is taken over.
    let old = store::now() - chrono::TimeDelta::minutes(5);
    app.with_db(move |c| {
        diesel::insert_into(schedule_improvements::table)
            .values((
                schedule_improvements::expo_id.eq(expo),
                schedule_improvements::run_id.eq(run),
                schedule_improvements::state.eq("running"),
                schedule_improvements::started_at.eq(old),
                schedule_improvements::budget_seconds.eq(60),
                schedule_improvements::heartbeat_at.eq(old),
                schedule_improvements::breaks_start.eq(before),
                schedule_improvements::breaks_best.eq(before),
                schedule_improvements::bound.eq(0),
            ))
            .execute(c)
            .expect("a lost run");
    })
    .await;

    // Started with the longest budget this server allows (a minute): it runs, its
    // page refreshes itself and shows it.
    let res = app
        .post_form(&run_page, &improve_url, &[("seconds", "60")])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), improve_url);
    let states: Vec<String> = app
        .with_db(|c| {
            schedule_improvements::table
                .order(schedule_improvements::id)
                .select(schedule_improvements::state)
                .load(c)
                .expect("rows")
        })
        .await;
    assert_eq!(states.first().map(String::as_str), Some("lost"));
    let res = app.get(&improve_url).await;
    assert_eq!(res.status().as_u16(), 200);
    let body = res.text().await.expect("body");
    let html = scraper::Html::parse_document(&body);
    // Crowded, the demo's draft takes the solver far longer than this test to prove.
    let running = state_of(&html) == "Running";
    assert!(running, "{}", state_of(&html));
    if running {
        assert!(
            body.contains(r#"<meta http-equiv="refresh" content="2">"#),
            "refreshes without script"
        );
        assert_eq!(select_text(&html, "#stop-improve").len(), 1);
        // A second run of the same expo is refused, here or on another instance.
        let second = app
            .with_db(move |c| {
                improve::start(
                    c,
                    ExpoId(expo),
                    run,
                    OrganizerId(organizer),
                    std::time::Duration::from_secs(60),
                    store::now(),
                )
                .map(|claimed| claimed.id)
            })
            .await;
        assert!(
            matches!(second, Err(ScheduleError::Refused(_))),
            "one run per expo"
        );
        let (_, html) = app.get_html(&run_page).await;
        assert_eq!(select_text(&html, "#improve-running").len(), 1);
        assert!(select_text(&html, "#start-improve").is_empty());
        // Stop: the run ends soon after, keeping the best draft.
        let res = app
            .post_form(&improve_url, &format!("{improve_url}/stop"), &[])
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    let mut html = app.get_html(&improve_url).await.1;
    for _ in 0..100 {
        if state_of(&html) != "Running" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        html = app.get_html(&improve_url).await.1;
    }
    let state = state_of(&html);
    assert_eq!(state, "Stopped", "ended on request");
    let (after, bound, best, proven_bound): (i32, Option<i32>, i32, i32) = app
        .with_db(move |c| {
            let (breaks, bound) = schedule_runs::table
                .find(run)
                .select((schedule_runs::breaks, schedule_runs::breaks_bound))
                .first::<(i32, Option<i32>)>(c)
                .expect("run");
            let (best, proven) = schedule_improvements::table
                .filter(schedule_improvements::run_id.eq(run))
                .filter(schedule_improvements::state.ne("lost"))
                .select((
                    schedule_improvements::breaks_best,
                    schedule_improvements::bound,
                ))
                .first::<(i32, i32)>(c)
                .expect("improvement");
            (breaks, bound, best, proven)
        })
        .await;
    assert!(after <= before, "never worse: {after} after {before}");
    assert_eq!(after, best, "the draft is the best found");
    assert_eq!(
        bound,
        Some(proven_bound),
        "the draft shows the proven bound"
    );
    assert!(proven_bound <= after);
    assert_eq!(
        select_text(&html, "#improve-breaks"),
        vec![after.to_string()]
    );
    assert!(
        !String::from_utf8_lossy(
            app.get(&improve_url)
                .await
                .bytes()
                .await
                .expect("body")
                .as_ref()
        )
        .contains("http-equiv=\"refresh\"")
    );
    // Stopping again: nothing runs, and the page says so.
    let res = app
        .post_form(&improve_url, &format!("{improve_url}/stop"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&improve_url).await;
    assert!(
        select_text(&html, ".flash.error")
            .join("")
            .contains("No improvement run")
    );
    let actions: Vec<String> = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.like("schedule.improve%"))
                .order(audit_log::id)
                .select(audit_log::action)
                .load(c)
                .expect("audit")
        })
        .await;
    assert_eq!(
        actions,
        vec!["schedule.improve_started", "schedule.improve_finished"]
    );
    // The improved draft publishes like any other, and cannot be improved after.
    let res = app
        .post_form(&run_page, &format!("{run_page}/publish"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&run_page).await;
    assert_eq!(
        select_text(&html, "#run-status"),
        vec!["Published".to_owned()]
    );
    assert!(select_text(&html, "#start-improve").is_empty());
    let res = app
        .post_form(&run_page, &improve_url, &[("seconds", "60")])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&run_page).await;
    assert!(
        select_text(&html, ".flash.error")
            .join("")
            .contains("current draft"),
        "{:?}",
        select_text(&html, ".flash")
    );
    assert_eq!(rows().await, 2, "nothing more started");
}
on_both_databases!(an_organizer_improves_a_draft_watches_and_stops_it);
