//! The buyer's agenda feed: its secret address and replacing it.

use super::*;

async fn the_agenda_feed_needs_its_secret_and_a_new_one_retires_the_old(app: TestApp) {
    let (buyer, _) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    let (_, html) = app.get_html("/buyer").await;
    assert!(
        !select_text(&html, "#make-feed").is_empty(),
        "no address until asked for"
    );
    let feed = new_feed_address(&app, "/buyer", "/buyer/subscription").await;
    let anonymous = app.new_client();
    let res = anonymous.get(&feed).send().await.expect("feed");
    assert_eq!(res.status().as_u16(), 200);
    let ics = res.text().await.expect("ics");
    let live: i64 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::buyer_id.eq(buyer))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("count")
        })
        .await;
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        usize::try_from(live).unwrap_or(0)
    );
    // The address is shown once: the agenda only says that there is one.
    let (_, html) = app.get_html("/buyer").await;
    assert!(
        html.html().contains("/buyer/subscription") && !html.html().contains(&feed),
        "the agenda does not repeat the address"
    );
    // Only the hash is stored.
    let secret = feed
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .trim_end_matches(".ics")
        .to_owned();
    let stored: Vec<String> = app
        .with_db(|c| {
            expomatch::db::schema::calendar_feeds::table
                .select(expomatch::db::schema::calendar_feeds::token_hash)
                .load(c)
                .expect("feeds")
        })
        .await;
    assert!(
        stored.len() == 1 && !stored.contains(&secret),
        "hashed, not the secret"
    );
    // The last character changed (to one it is not), so the secret is one off.
    let last = if secret.ends_with('A') { 'B' } else { 'A' };
    let forged = feed.replace(&secret, &format!("{}{last}", &secret[..secret.len() - 1]));
    assert_eq!(
        anonymous
            .get(&forged)
            .send()
            .await
            .expect("forged")
            .status()
            .as_u16(),
        404
    );
    assert_eq!(
        anonymous
            .get(app.url(&format!("/calendar/buyer/{buyer}/0000.ics")))
            .send()
            .await
            .expect("bad")
            .status()
            .as_u16(),
        404
    );
    let newer = new_feed_address(&app, "/buyer", "/buyer/subscription").await;
    assert_ne!(newer, feed);
    assert_eq!(
        anonymous
            .get(&feed)
            .send()
            .await
            .expect("old")
            .status()
            .as_u16(),
        404,
        "the old address stops at once"
    );
    assert_eq!(
        anonymous
            .get(&newer)
            .send()
            .await
            .expect("new")
            .status()
            .as_u16(),
        200
    );
}
on_both_databases!(the_agenda_feed_needs_its_secret_and_a_new_one_retires_the_old);
