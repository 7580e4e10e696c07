//! Delivery: a server down, refused recipients, several workers, who sees the email pages.

use super::*;

async fn with_the_mail_server_down_bookings_succeed_and_each_message_goes_out_once_it_is_back(
    app: TestApp,
) {
    let backend = app.backend;
    drop(app);
    let port = SmtpServer::free_port();
    let app = TestApp::spawn_with(
        backend,
        Options {
            smtp_url: format!("smtp://127.0.0.1:{port}"),
            ..Options::default()
        },
    )
    .await;
    let base = app.address.clone();
    app.with_db(move |c| book_one(c, &base)).await;
    // The worker tries, fails, and schedules a retry.
    let mut waited = 0;
    let rows = loop {
        let rows: Vec<(String, i32, String)> = app
            .with_db(|c| {
                outbox::table
                    .select((outbox::status, outbox::attempts, outbox::last_error))
                    .load(c)
                    .expect("rows")
            })
            .await;
        if rows.iter().all(|(_, attempts, _)| *attempts >= 1) || waited > 100 {
            break rows;
        }
        waited += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(rows.len(), 2, "the booking's messages are kept");
    for (status, attempts, error) in &rows {
        assert_eq!(
            (status.as_str(), *attempts),
            ("pending", 1),
            "error: {error}"
        );
        assert!(!error.is_empty());
    }
    // The server comes back; the retry time comes.
    let smtp = SmtpServer::start_on(port);
    app.with_db(|c| {
        diesel::update(outbox::table)
            .set(outbox::next_attempt_at.eq(store::now() - TimeDelta::seconds(1)))
            .execute(c)
            .expect("due")
    })
    .await;
    let delivered = smtp.wait_for(2).await;
    assert_eq!(delivered.len(), 2, "each message exactly once");
    let statuses: Vec<(String, i32)> = app
        .with_db(|c| {
            outbox::table
                .select((outbox::status, outbox::attempts))
                .load(c)
                .expect("rows")
        })
        .await;
    assert!(
        statuses.iter().all(|(s, a)| s == "sent" && *a == 2),
        "{statuses:?}"
    );
}
on_both_databases!(
    with_the_mail_server_down_bookings_succeed_and_each_message_goes_out_once_it_is_back
);

async fn a_refused_recipient_fails_visibly_and_can_be_sent_again(app: TestApp) {
    let backend = app.backend;
    drop(app);
    let smtp = SmtpServer::start_on(SmtpServer::free_port());
    smtp.refuse.store(true, Ordering::SeqCst);
    let app = app_with_smtp(backend, &smtp).await;
    let base = app.address.clone();
    app.with_db(move |c| book_one(c, &base)).await;
    let mut failed = Vec::new();
    for _ in 0..200 {
        failed = app
            .with_db(|c| {
                outbox::table
                    .filter(outbox::status.eq("failed"))
                    .select((outbox::id, outbox::last_error))
                    .load::<(i32, String)>(c)
                    .expect("rows")
            })
            .await;
        if failed.len() == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(failed.len(), 2, "a 5xx answer is permanent: no retries");
    assert!(
        failed[0].1.contains("550"),
        "the error is kept: {}",
        failed[0].1
    );

    // The organizer sees it and sends it again once the address is fixed.
    let organizer = app
        .with_db(|c| {
            store::organizers::create(
                c,
                &expomatch::domain::EmailAddress::parse("ops@kotra.example").expect("email"),
                &expomatch::domain::PersonName::parse("name", "Ops").expect("name"),
                &expomatch::domain::password::Password::parse("organizer password")
                    .expect("pw")
                    .hash(),
                store::now(),
            )
            .expect("organizer")
        })
        .await;
    app.sign_in(Role::Organizer, organizer.0).await;
    let (status, html) = app.get_html("/organizer/email?status=failed").await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, "#count-failed .stat-value"),
        vec!["2".to_owned()]
    );
    assert_eq!(select_text(&html, ".email-list tbody tr").len(), 2);
    let (status, html) = app
        .get_html(&format!("/organizer/email/{}", failed[0].0))
        .await;
    assert_eq!(status, 200);
    assert!(select_text(&html, "#last-error")[0].contains("550"));
    smtp.refuse.store(false, Ordering::SeqCst);
    let page = format!("/organizer/email/{}", failed[0].0);
    let res = app.post_form(&page, &format!("{page}/resend"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        smtp.wait_for(1).await.len(),
        1,
        "the resent message arrives"
    );
    let (_, html) = app.get_html(&page).await;
    assert_eq!(select_text(&html, "#status"), vec!["Delivered".to_owned()]);
    // Bad input: an unknown status or message is a clear error.
    assert_eq!(app.get_html("/organizer/email?status=lost").await.0, 400);
    assert_eq!(app.get_html("/organizer/email/999999").await.0, 404);
    assert_eq!(app.get_html("/organizer/email/abc").await.0, 404);
}
on_both_databases!(a_refused_recipient_fails_visibly_and_can_be_sent_again);

async fn two_workers_on_one_database_never_send_a_message_twice(app: TestApp) {
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
    let base = app.address.clone();
    let total = app
        .with_db(move |c| {
            let booked = book_one(c, &base);
            for _ in 0..19 {
                change(c, booked.meeting, MeetingChange::Moved, &base);
            }
            outbox::table.count().get_result::<i64>(c).expect("count")
        })
        .await;
    assert_eq!(total, 40);
    let mailers = [Mailer::memory(), Mailer::memory()];
    let mut runs = Vec::new();
    for mailer in &mailers {
        let mut config = SenderConfig::new(
            "Expo <expo@kotra.example>".parse().expect("from"),
            &app.address,
        );
        config.batch = 3;
        let sender = Sender::new(app.pool.clone(), mailer.clone(), config);
        runs.push(tokio::spawn(
            async move { sender.drain().await.expect("drain") },
        ));
    }
    let mut sent = 0;
    for run in runs {
        sent += run.await.expect("worker").sent;
    }
    let delivered: usize = mailers
        .iter()
        .map(|m| match m {
            Mailer::Memory(box_) => box_.lock().map(|b| b.len()).unwrap_or(0),
            _ => 0,
        })
        .sum();
    assert_eq!(
        (sent, delivered),
        (40, 40),
        "every message once, none twice"
    );
}
on_both_databases!(two_workers_on_one_database_never_send_a_message_twice);

async fn messages_claimed_by_a_worker_that_died_are_sent_by_another(app: TestApp) {
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
    let base = app.address.clone();
    let claimed = app
        .with_db(move |c| {
            book_one(c, &base);
            // A worker claims the batch and dies before its lease ends.
            let now = store::now();
            store::outbox::claim_due(
                c,
                "dead-worker",
                now,
                now + TimeDelta::milliseconds(200),
                10,
            )
            .expect("claim")
            .len()
        })
        .await;
    assert_eq!(claimed, 2);
    let mailer = Mailer::memory();
    let sender = Sender::new(
        app.pool.clone(),
        mailer.clone(),
        SenderConfig::new(
            "Expo <expo@kotra.example>".parse().expect("from"),
            &app.address,
        ),
    );
    assert_eq!(
        sender.drain().await.expect("drain").sent,
        0,
        "a live claim is respected"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        sender.drain().await.expect("drain").sent,
        2,
        "an expired claim is taken over"
    );
    let statuses: Vec<String> = app
        .with_db(|c| outbox::table.select(outbox::status).load(c).expect("rows"))
        .await;
    assert_eq!(statuses, vec!["sent".to_owned(), "sent".to_owned()]);
}
on_both_databases!(messages_claimed_by_a_worker_that_died_are_sent_by_another);

async fn only_organizers_open_the_email_pages(app: TestApp) {
    let buyer: i32 = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            buyers::table.select(buyers::id).first(c).expect("buyer")
        })
        .await;
    assert_eq!(
        location(&app.get("/organizer/email").await),
        "/signin?next=%2Forganizer%2Femail"
    );
    app.sign_in(Role::Buyer, buyer).await;
    for path in [
        "/organizer/email",
        "/organizer/email/1",
        "/organizer/email/1/html",
        "/organizer/email/1/invite.ics",
    ] {
        assert_eq!(app.get_html(path).await.0, 403, "case {path}");
    }
}
on_both_databases!(only_organizers_open_the_email_pages);
