//! Running it for real (issue 27): the metrics endpoint scraped over HTTP, the
//! organizer's status page, and the server's own daily backups.

use diesel::prelude::*;
use expomatch::db::schema::{organizers, outbox};
use expomatch::domain::Role;

use crate::booking::{book, demo, slot_buttons};
use crate::helpers::*;
use crate::on_both_backends;

const TOKEN: &str = "scrape-token-0123456789";

/// The value of every sample of `name` whose labels hold each of `labels`, summed
/// (0 when there is none).
fn sample(body: &str, name: &str, labels: &[&str]) -> f64 {
    body.lines()
        .filter(|l| !l.starts_with('#'))
        .filter(|l| {
            l.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('{') || rest.starts_with(' '))
        })
        .filter(|l| labels.iter().all(|want| l.contains(want)))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

async fn scrape(app: &TestApp) -> String {
    let res = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .expect("scrape");
    assert_eq!(res.status().as_u16(), 200, "the scrape with the token");
    assert!(
        res.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/plain")),
        "Prometheus text format"
    );
    res.text().await.expect("body")
}

on_both_backends!(metrics_need_their_token_and_move_after_a_booking);
async fn metrics_need_their_token_and_move_after_a_booking(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        Options {
            metrics_token: Some(TOKEN),
            ..Options::default()
        },
    )
    .await;
    let (buyer, supplier) = demo(&app).await;

    // Without the token, or with another: 401 and a Bearer challenge.
    let bare = app.get("/metrics").await;
    assert_eq!(bare.status().as_u16(), 401);
    assert!(
        bare.headers()
            .get("www-authenticate")
            .is_some_and(|v| v.to_str().unwrap_or("").starts_with("Bearer")),
        "a Bearer challenge"
    );
    let wrong = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("scrape-token-0123456780")
        .send()
        .await
        .expect("wrong token");
    assert_eq!(wrong.status().as_u16(), 401);

    let before = scrape(&app).await;
    assert!(
        before.contains("expomatch_build_info{version=\""),
        "{before}"
    );
    for series in [
        "expomatch_outbox_messages{status=\"pending\"}",
        "expomatch_outbox_due_messages",
        "expomatch_outbox_oldest_unsent_age_seconds",
        "expomatch_reminders_due",
        "expomatch_database_size_bytes",
        "expomatch_db_pool_connections{state=\"idle\"}",
        "expomatch_uptime_seconds",
    ] {
        assert!(before.contains(series), "{series} is scraped:\n{before}");
    }
    assert!(
        sample(&before, "expomatch_database_size_bytes", &[]) > 0.0,
        "the database has a size"
    );

    // The buyer signs in (through a link with a secret in its path) and books.
    let link = app.sign_in_link(Role::Buyer, buyer).await;
    let client = app.new_client();
    let signed = use_link(&client, &app.url(&link)).await;
    assert_eq!(signed.status().as_u16(), 303);
    let page = client
        .get(app.url(&format!("/buyer/suppliers/{supplier}")))
        .send()
        .await
        .expect("supplier page")
        .text()
        .await
        .expect("body");
    let slot = slot_buttons(&scraper::Html::parse_document(&page))
        .into_iter()
        .next()
        .expect("a free slot");
    let booked = book(&app, &client, supplier, &slot).await;
    assert_eq!(booked.status().as_u16(), 303, "booked");

    let after = scrape(&app).await;
    let book_route = [
        "route=\"/buyer/suppliers/{id}/book\"",
        "method=\"POST\"",
        "status=\"303\"",
    ];
    assert!(
        sample(&after, "expomatch_http_requests_total", &book_route)
            >= sample(&before, "expomatch_http_requests_total", &book_route) + 1.0,
        "the booking request is counted by its route pattern:\n{after}"
    );
    assert!(
        sample(&after, "expomatch_meetings_booked_total", &[])
            >= sample(&before, "expomatch_meetings_booked_total", &[]) + 1.0,
        "the booking is counted"
    );
    assert!(
        sample(
            &after,
            "expomatch_http_request_duration_seconds_count",
            &["route=\"/buyer/suppliers/{id}/book\""]
        ) >= 1.0,
        "its latency is in the histogram"
    );
    assert!(
        sample(&after, "expomatch_db_pool_wait_seconds_count", &[]) >= 1.0,
        "pool waits are measured"
    );
    // Labels carry patterns, never a path's ids or a link's secret.
    assert!(after.contains("route=\"/auth/link/{token}\""), "{after}");
    let secret = link.rsplit('/').next().expect("token");
    assert!(
        !after.contains(secret),
        "the sign-in secret is not in the metrics"
    );
    assert!(
        !after.contains(&format!("/buyer/suppliers/{supplier}/book")),
        "no path with an id"
    );

    // Both confirmations go out through the worker; the delivery counter moves.
    let mut sent = 0.0;
    for _ in 0..100 {
        sent = sample(&scrape(&app).await, "expomatch_mail_sent_total", &[]);
        if sent >= 2.0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(sent >= 2.0, "deliveries are counted: {sent}");
}

on_both_backends!(without_a_token_there_is_no_metrics_endpoint);
async fn without_a_token_there_is_no_metrics_endpoint(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let res = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .expect("metrics");
    assert_eq!(res.status().as_u16(), 404);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status().as_u16(), 200);
    assert_eq!(
        ready.text().await.expect("body"),
        r#"{"status":"ready"}"#,
        "ready: migrations applied, database answers"
    );
}

async fn organizer(app: &TestApp) -> i32 {
    app.with_db(|c| {
        organizers::table
            .select(organizers::id)
            .order(organizers::id)
            .first::<i32>(c)
            .expect("the demo's organizer")
    })
    .await
}

on_both_backends!(the_status_page_shows_outbox_health_and_the_last_error_without_secrets);
async fn the_status_page_shows_outbox_health_and_the_last_error_without_secrets(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        Options {
            outbox_worker: false,
            ..Options::default()
        },
    )
    .await;
    let (buyer, _) = demo(&app).await;
    let me = organizer(&app).await;
    // One message failed for good, its error naming a sign-in link; another has
    // waited five minutes.
    app.with_db(|c| {
        let queue = |c: &mut expomatch::db::DbConnection| {
            expomatch::store::outbox::enqueue(
                c,
                &expomatch::store::outbox::NewMessage {
                    kind: "meeting_booked",
                    to_address: "buyer@example.com",
                    to_name: "A buyer",
                    subject: "Meeting booked",
                    body_text: "See you",
                    body_html: None,
                    expo: None,
                },
                expomatch::store::now() - chrono::TimeDelta::minutes(5),
            )
            .expect("a message")
        };
        let id = queue(c);
        queue(c);
        diesel::update(outbox::table.find(id))
            .set((
                outbox::status.eq("failed"),
                outbox::last_error.eq(
                    "550 mailbox unavailable for https://x.example/auth/link/SECRETTOKEN123456",
                ),
                outbox::next_attempt_at.eq(expomatch::store::now()),
            ))
            .execute(c)
            .expect("fail one");
    })
    .await;
    let client = app.signed_in_as(Role::Organizer, me).await;
    let res = client
        .get(app.url("/organizer/status"))
        .send()
        .await
        .expect("status");
    assert_eq!(res.status().as_u16(), 200);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    let text = |css: &str| select_text(&html, css).join(" ");
    assert_eq!(text("#status-count-failed .stat-value"), "1");
    assert!(
        text("#mail-health").contains("Needs attention"),
        "{}",
        text("#mail-health")
    );
    let error = text("#status-last-error");
    assert!(error.contains("550 mailbox unavailable"), "{error}");
    assert!(
        !error.contains("SECRETTOKEN123456"),
        "the secret is hidden: {error}"
    );
    assert!(
        !text("#status-size").is_empty() && text("#status-size").contains("MB"),
        "database size: {}",
        text("#status-size")
    );
    let oldest = text("#status-oldest");
    assert!(
        oldest == "5 minutes" || oldest == "6 minutes",
        "the waiting message's age: {oldest}"
    );
    assert_eq!(text("#status-count-pending .stat-value"), "1");
    assert_eq!(
        text("#status-backend"),
        match backend {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    );

    // A buyer does not see it.
    let buyer_client = app.signed_in_as(Role::Buyer, buyer).await;
    let refused = buyer_client
        .get(app.url("/organizer/status"))
        .send()
        .await
        .expect("status as buyer");
    assert_ne!(refused.status().as_u16(), 200, "only organizers");
}

/// The server backs the database up when it starts and daily after, and keeps the
/// newest `keep`: older scheduled backups go, other files stay.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_backs_up_daily_and_keeps_the_newest() {
    let dir = tempfile::tempdir().expect("dir");
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).expect("backup dir");
    for old in [
        "expomatch-20260101-020000.sqlite",
        "expomatch-20260102-020000.sqlite",
        "expomatch-20260103-020000.sqlite",
    ] {
        std::fs::write(backups.join(old), b"an old backup").expect("old backup");
    }
    std::fs::write(backups.join("notes.txt"), b"not a backup").expect("other file");
    // One made by hand, named like a backup but not by the schedule: never pruned.
    std::fs::write(backups.join("expomatch-before-upgrade.sqlite"), b"by hand").expect("manual");
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        Options {
            backups: Some(expomatch::db::backup::Schedule {
                dir: backups.clone(),
                keep: 2,
            }),
            ..Options::default()
        },
    )
    .await;
    let _ = demo(&app).await;
    let listing = || {
        let mut names: Vec<String> = std::fs::read_dir(&backups)
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let mut names = listing();
    for _ in 0..100 {
        if names
            .iter()
            .any(|n| n.starts_with("expomatch-2026120") || n.starts_with("expomatch-2027"))
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        names = listing();
    }
    let new: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("expomatch-2") && !n.starts_with("expomatch-202601"))
        .collect();
    assert_eq!(new.len(), 1, "one backup written at start: {names:?}");
    assert_eq!(
        names,
        vec![
            "expomatch-20260103-020000.sqlite".to_owned(),
            new[0].clone(),
            "expomatch-before-upgrade.sqlite".to_owned(),
            "notes.txt".to_owned()
        ],
        "the newest two kept, the older ones deleted, other files left alone"
    );
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(backups.join(new[0]))
            .expect("backup")
            .permissions(),
    );
    assert_eq!(mode & 0o777, 0o600, "readable by the service's user alone");
    let checked = expomatch::db::backup::check(&backups.join(new[0])).expect("a whole database");
    assert_eq!(checked.pending, 0, "a backup of the current version");

    // Started again the same day (a restart, a crash loop): no second backup.
    let again = app
        .second_instance_with(Options {
            backups: Some(expomatch::db::backup::Schedule {
                dir: backups.clone(),
                keep: 2,
            }),
            ..Options::default()
        })
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(
        listing(),
        names,
        "nothing new within a day of the last backup"
    );
    drop(again);

    // The status page names it.
    let me = organizer(&app).await;
    let client = app.signed_in_as(Role::Organizer, me).await;
    let page = client
        .get(app.url("/organizer/status"))
        .send()
        .await
        .expect("status")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&page);
    let shown = select_text(&html, "#status-backups").join(" ");
    assert!(shown.contains(new[0].as_str()), "{shown}");
    assert!(shown.contains("newest 2 kept"), "{shown}");
}
