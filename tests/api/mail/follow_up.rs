//! Follow-up questions to suppliers three and six months after their meetings.

use super::*;

async fn suppliers_are_asked_three_and_six_months_later_what_came_of_their_meetings(app: TestApp) {
    use chrono::{Months, NaiveDate};
    use expomatch::db::schema::consultation_days;
    use expomatch::domain::outcome::{CurrencyCode, Interest, Outcome};
    use expomatch::mail::surveys;
    let backend = app.backend;
    drop(app);
    let smtp = SmtpServer::start_on(SmtpServer::free_port());
    let app = app_with_smtp(backend, &smtp).await;
    let (last, busy_email, other_email) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            // Suppliers who chose English (a supplier with no choice reads Korean).
            diesel::update(suppliers::table)
                .set(suppliers::locale.eq("en"))
                .execute(c)
                .expect("english");
            // The expo ended three months and a day ago.
            let days: Vec<(i32, NaiveDate)> = consultation_days::table
                .select((consultation_days::id, consultation_days::day))
                .load(c)
                .expect("days");
            let last = days.iter().map(|d| d.1).max().expect("a day");
            let target = store::now()
                .date()
                .checked_sub_months(Months::new(3))
                .expect("date")
                - TimeDelta::days(1);
            for (id, day) in &days {
                diesel::update(consultation_days::table.find(id))
                    .set(consultation_days::day.eq(*day + (target - last)))
                    .execute(c)
                    .expect("shift");
            }
            let busy: i32 = meetings::table
                .group_by(meetings::supplier_id)
                .having(diesel::dsl::count_star().ge(2))
                .select(meetings::supplier_id)
                .first(c)
                .expect("a supplier with two meetings");
            let mine: Vec<i32> = meetings::table
                .filter(meetings::supplier_id.eq(busy))
                .order(meetings::id)
                .select(meetings::id)
                .load(c)
                .expect("mine");
            let other: i32 = meetings::table
                .filter(meetings::supplier_id.ne(busy))
                .order(meetings::id)
                .select(meetings::id)
                .first(c)
                .expect("other");
            for id in [mine[0], mine[1], other] {
                diesel::update(meetings::table.find(id))
                    .set(meetings::status.eq("held"))
                    .execute(c)
                    .expect("held");
            }
            let outcome = Outcome {
                interest: Interest::ContractExpected,
                value: Some((1_250_000, CurrencyCode::parse("USD").expect("usd"))),
                products: String::new(),
                follow_up_on: None,
                notes: String::new(),
            };
            expomatch::store::outcomes::record(
                c,
                MeetingId(mine[0]),
                &outcome,
                ("supplier", busy),
                store::now(),
            )
            .expect("outcome");
            let other_supplier: i32 = meetings::table
                .find(other)
                .select(meetings::supplier_id)
                .first(c)
                .expect("s");
            let mut email = |id: i32| {
                suppliers::table
                    .find(id)
                    .select(suppliers::email)
                    .first::<String>(c)
                    .expect("email")
            };
            (target, email(busy), email(other_supplier))
        })
        .await;
    let from: lettre::message::Mailbox = "Expo <expo@kotra.example>".parse().expect("from");
    let base = app.address.clone();
    let queue = |at: chrono::NaiveDateTime| {
        let (from, base) = (from.clone(), base.clone());
        app.with_db(move |c| {
            let ctx = MailContext::new(&base, from);
            surveys::queue_due(c, &ctx, at).expect("queue")
        })
    };
    let due3 = surveys::due_at(last, 3, chrono_tz::Asia::Seoul).expect("due");
    let due6 = surveys::due_at(last, 6, chrono_tz::Asia::Seoul).expect("due");
    assert!(due3 <= store::now(), "the three months are over");
    assert_eq!(
        queue(due3 - TimeDelta::minutes(1)).await,
        0,
        "nothing before 10:00 venue time"
    );
    // The app's own worker queues due surveys on its minute tick too, and may get
    // there first: count the claims, whoever made them.
    let _ = queue(store::now()).await;
    let claimed: i64 = app
        .with_db(|c| {
            expomatch::db::schema::follow_ups_sent::table
                .count()
                .get_result(c)
                .expect("claims")
        })
        .await;
    assert_eq!(claimed, 2, "one per supplier with held meetings");
    assert_eq!(queue(store::now()).await, 0, "never twice");

    // Delivered over SMTP by the app's worker.
    let received = smtp.wait_for(2).await;
    assert_eq!(received.len(), 2);
    let parsed: Vec<(String, String, String)> = received
        .iter()
        .map(|raw| {
            let msg = MessageParser::default().parse(raw).expect("MIME");
            let to = msg
                .to()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .unwrap_or_default()
                .to_owned();
            (
                to,
                msg.subject().unwrap_or_default().to_owned(),
                msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
            )
        })
        .collect();
    let mut to: Vec<&str> = parsed.iter().map(|p| p.0.as_str()).collect();
    to.sort_unstable();
    let mut expected = vec![busy_email.as_str(), other_email.as_str()];
    expected.sort_unstable();
    assert_eq!(to, expected);
    let (_, subject, text) = parsed
        .iter()
        .find(|p| p.0 == busy_email)
        .expect("the busy supplier's");
    assert!(
        subject.starts_with("3 months after ") && subject.ends_with(": how did your meetings go?"),
        "{subject}"
    );
    assert!(text.contains("What came of your 2 meetings?"), "{text}");
    assert!(
        text.contains("so far: Contract expected · ") && text.contains("12,500.00"),
        "{text}"
    );
    assert!(text.contains("so far: no result recorded yet"), "{text}");
    let outcome_links: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.contains("/supplier/meetings/") && w.ends_with("/outcome"))
        .collect();
    assert_eq!(outcome_links.len(), 2, "{text}");
    // The sign-in link works once and leads to the supplier's pages.
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/auth/link/"))
        .expect("a sign-in link");
    let client = app.new_client();
    let res = use_link(&client, link).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier");
    let res = client.get(outcome_links[0]).send().await.expect("GET");
    assert_eq!(
        res.status().as_u16(),
        200,
        "the update link opens the outcome form"
    );
    let res = app.new_client().get(link).send().await.expect("GET");
    assert_eq!(res.status().as_u16(), 410, "the link works once");

    // Six months: asked again; a milestone missed by more than the limit is skipped.
    assert_eq!(queue(due6 - TimeDelta::minutes(1)).await, 0);
    assert_eq!(queue(due6 + TimeDelta::minutes(1)).await, 2);
    assert_eq!(
        queue(due6 + surveys::LATE_LIMIT + TimeDelta::days(1)).await,
        0
    );
    let kinds: Vec<String> = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("follow_up"))
                .select(outbox::subject)
                .load(c)
                .expect("rows")
        })
        .await;
    assert_eq!(
        kinds
            .iter()
            .filter(|s| s.starts_with("6 months after "))
            .count(),
        2,
        "{kinds:?}"
    );
    assert_eq!(kinds.len(), 4);
}
on_both_databases!(suppliers_are_asked_three_and_six_months_later_what_came_of_their_meetings);
