//! Buyers rate the meetings they attended; the report averages the ratings.

use super::*;

async fn buyers_rate_the_meetings_they_attended_and_the_report_averages_them(app: TestApp) {
    use chrono::TimeDelta;
    use expomatch::db::schema::{meeting_ratings, slots};
    use expomatch::store;
    let (expo, _) = organizer_with_demo(&app).await;
    let (buyer, past, other_past, future, theirs) = app
        .with_db(|c| {
            let buyer: i32 = meetings::table
                .filter(meetings::status.eq("booked"))
                .group_by(meetings::buyer_id)
                .having(diesel::dsl::count_star().ge(3))
                .select(meetings::buyer_id)
                .first(c)
                .expect("a busy buyer");
            let mine: Vec<(i32, i32)> = meetings::table
                .inner_join(slots::table)
                .filter(meetings::buyer_id.eq(buyer))
                .filter(meetings::status.eq("booked"))
                .order(slots::starts_at)
                .select((meetings::id, meetings::slot_id))
                .load(c)
                .expect("mine");
            for (i, (_, slot)) in mine.iter().take(2).enumerate() {
                let starts = store::now() - TimeDelta::hours(2 + i64::try_from(i).expect("i"));
                diesel::update(slots::table.find(slot))
                    .set((
                        slots::starts_at.eq(starts),
                        slots::ends_at.eq(starts + TimeDelta::minutes(30)),
                    ))
                    .execute(c)
                    .expect("into the past");
            }
            let theirs: i32 = meetings::table
                .filter(meetings::buyer_id.ne(buyer))
                .select(meetings::id)
                .first(c)
                .expect("another's");
            (buyer, mine[0].0, mine[1].0, mine[2].0, theirs)
        })
        .await;
    let client = app.new_client();
    app.sign_in_with(&client, Role::Buyer, buyer).await;
    let get = |path: String| {
        let client = client.clone();
        let url = app.url(&path);
        async move {
            let res = client.get(url).send().await.expect("GET");
            (res.status().as_u16(), res.text().await.expect("body"))
        }
    };
    let post = |path: String, fields: Vec<(&'static str, String)>| {
        let client = client.clone();
        let (url, home) = (app.url(&path), app.url("/buyer"));
        async move {
            // The session's token, from a page every buyer has.
            let page = client
                .get(&home)
                .send()
                .await
                .expect("GET")
                .text()
                .await
                .expect("body");
            let token = csrf_in(&scraper::Html::parse_document(&page));
            let mut body = fields;
            body.push(("csrf_token", token));
            let res = client.post(url).form(&body).send().await.expect("POST");
            (res.status().as_u16(), res.text().await.unwrap_or_default())
        }
    };
    let stored = |meeting: i32| {
        app.with_db(move |c| {
            meeting_ratings::table
                .find(meeting)
                .select((meeting_ratings::rating, meeting_ratings::comment))
                .first::<(i32, String)>(c)
                .optional()
                .expect("rating")
        })
    };

    // Started meetings offer "Rate"; an upcoming one still offers move and cancel.
    let (status, home) = get("/buyer".into()).await;
    assert_eq!(status, 200);
    let html = scraper::Html::parse_document(&home);
    assert_eq!(
        select_text(&html, &format!("#rate-{past}")),
        vec!["Rate this meeting"]
    );
    assert!(select_text(&html, &format!("#rate-{future}")).is_empty());
    assert!(home.contains(&format!("/buyer/meetings/{future}/move")));
    assert!(!home.contains(&format!("/buyer/meetings/{past}/move")));

    // Bad input: out of range, missing, not started yet, someone else's meeting.
    for bad in ["0", "6", "", "4.5", "five", "99999999999999999999"] {
        let (status, body) = post(
            format!("/buyer/meetings/{past}/rate"),
            vec![("rating", bad.into()), ("comment", String::new())],
        )
        .await;
        assert_eq!(status, 422, "rating {bad:?}");
        assert!(body.contains("Choose from 1 (not useful) to 5"), "{bad:?}");
    }
    let (status, body) = post(
        format!("/buyer/meetings/{future}/rate"),
        vec![("rating", "4".into()), ("comment", String::new())],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("once it has started"));
    let (status, _) = post(
        format!("/buyer/meetings/{theirs}/rate"),
        vec![("rating", "4".into()), ("comment", String::new())],
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(get(format!("/buyer/meetings/{theirs}/rate")).await.0, 404);
    assert_eq!(stored(past).await, None);
    assert_eq!(stored(future).await, None);
    assert_eq!(stored(theirs).await, None);

    // A rating with a hostile comment is stored as text; changing it keeps one rating.
    let comment = "<script>alert(1)</script> Useful, samples next week";
    let (status, _) = post(
        format!("/buyer/meetings/{past}/rate"),
        vec![("rating", "4".into()), ("comment", comment.into())],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(stored(past).await, Some((4, comment.to_owned())));
    let (_, home) = get("/buyer".into()).await;
    assert!(home.contains("You rated it 4/5"));
    let (status, _) = post(
        format!("/buyer/meetings/{past}/rate"),
        vec![("rating", "5".into()), ("comment", comment.into())],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(stored(past).await, Some((5, comment.to_owned())));
    let (status, _) = post(
        format!("/buyer/meetings/{other_past}/rate"),
        vec![("rating", "2".into()), ("comment", String::new())],
    )
    .await;
    assert_eq!(status, 303);

    // The organizer reads it on the meeting page, escaped, and the report averages
    // the held meetings' ratings.
    let (_, html) = app.get_html(&format!("/organizer/meetings/{past}")).await;
    let shown = select_text(&html, "#buyer-rating");
    assert!(
        shown[0].starts_with("5/5") && shown[0].contains("<script>alert(1)</script>"),
        "{shown:?}"
    );
    let raw = app
        .get(&format!("/organizer/meetings/{past}"))
        .await
        .text()
        .await
        .expect("body");
    assert!(!raw.contains("<script>alert(1)"), "the comment is escaped");
    for m in [past, other_past] {
        let page = format!("/organizer/meetings/{m}");
        let res = app
            .post_form(
                &page,
                &format!("{page}/attendance"),
                &[("attendance", "held"), ("confirm", "yes")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    let (_, html) = app
        .get_html(&format!("/organizer/expos/{expo}/report"))
        .await;
    assert_eq!(select_text(&html, "#average-rating"), vec!["3.5"]);
    let csv = app
        .get(&format!("/organizer/expos/{expo}/report.csv"))
        .await
        .text()
        .await
        .expect("csv");
    assert!(
        csv.lines()
            .next()
            .expect("header")
            .ends_with("average buyer rating,ratings"),
        "{csv}"
    );
    assert!(
        csv.lines().nth(1).expect("totals").ends_with(",3.5,2"),
        "{csv}"
    );
    let countries: Vec<&str> = csv
        .lines()
        .filter_map(|l| l.strip_prefix("country,"))
        .collect();
    assert!(!countries.is_empty(), "{csv}");
    assert!(
        countries
            .iter()
            .all(|l| l.split(',').next().is_some_and(|name| name.len() > 2)),
        "countries by name: {csv}"
    );
}
on_both_databases!(buyers_rate_the_meetings_they_attended_and_the_report_averages_them);
