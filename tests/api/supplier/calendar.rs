//! A supplier's calendar files and its secret agenda address.

use super::*;

async fn each_meeting_downloads_as_a_calendar_file_only_for_its_own_supplier(app: TestApp) {
    app.with_db(seed).await;
    let (mine, meeting, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    let (_, theirs, _) = app.with_db(|c| supplier_with_meeting(c, 1)).await;
    assert_eq!(app.sign_in(Role::Supplier, mine).await, "/supplier");
    let res = app
        .get(&format!("/supplier/meetings/{meeting}/calendar.ics"))
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let kind = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(kind.starts_with("text/calendar"), "{kind}");
    let ics = res.text().await.expect("body");
    assert!(
        ics.contains("BEGIN:VEVENT") && ics.contains(&format!("UID:meeting-{meeting}@")),
        "{ics}"
    );
    let res = app
        .get(&format!("/supplier/meetings/{theirs}/calendar.ics"))
        .await;
    assert_eq!(res.status().as_u16(), 404, "not another supplier's meeting");
}
on_both_databases!(each_meeting_downloads_as_a_calendar_file_only_for_its_own_supplier);

async fn a_supplier_subscribes_to_its_agenda_with_a_secret_address_it_can_replace(app: TestApp) {
    app.with_db(seed).await;
    let (supplier, meeting, _) = app.with_db(|c| supplier_with_meeting(c, 0)).await;
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let (_, html) = app.get_html("/supplier/agenda").await;
    assert!(
        !select_text(&html, "#make-feed").is_empty(),
        "no address until asked for"
    );
    let url = new_feed_address(&app, "/supplier/agenda", "/supplier/agenda/subscription").await;
    assert!(url.contains("/calendar/"), "{url}");
    // A calendar app fetches it without any session.
    let feed = app.new_client().get(&url).send().await.expect("feed");
    assert_eq!(feed.status().as_u16(), 200);
    let ics = feed.text().await.expect("body");
    assert!(ics.contains(&format!("UID:meeting-{meeting}@")), "{ics}");
    // Published (RFC 5546 PUBLISH, as the buyer's feed), never an invitation or a
    // cancellation that a calendar would ask the supplier to answer.
    assert!(
        !ics.contains("METHOD:REQUEST") && !ics.contains("METHOD:CANCEL"),
        "a feed, not an invitation"
    );
    let live: i64 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("count")
        })
        .await;
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        usize::try_from(live).expect("count")
    );
    // A new address retires the old one.
    new_feed_address(&app, "/supplier/agenda", "/supplier/agenda/subscription").await;
    let old = app.new_client().get(&url).send().await.expect("old feed");
    assert_eq!(old.status().as_u16(), 404);
    let wrong = app
        .new_client()
        .get(app.url("/calendar/supplier/not-a-token.ics"))
        .send()
        .await
        .expect("wrong");
    assert_eq!(wrong.status().as_u16(), 404);
}
on_both_databases!(a_supplier_subscribes_to_its_agenda_with_a_secret_address_it_can_replace);
