//! A supplier's requests: best match first (or newest first), filtered by state, each
//! with its match in words.

use super::*;
use chrono::TimeDelta;
use expomatch::domain::BuyerId;

async fn a_suppliers_requests_are_listed_best_match_first_and_filtered_by_state(app: TestApp) {
    app.with_db(seed).await;
    // An approved supplier, asked by every buyer without an open request to it, a day
    // apart; the last one's request is declined.
    let (supplier, asked) = app
        .with_db(|c| {
            let supplier: i32 = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .order(suppliers::id)
                .select(suppliers::id)
                .first(c)
                .expect("supplier");
            let expo: i32 = suppliers::table
                .find(supplier)
                .select(suppliers::expo_id)
                .first(c)
                .expect("expo");
            let already: Vec<i32> = meeting_requests::table
                .filter(meeting_requests::supplier_id.eq(supplier))
                .select(meeting_requests::buyer_id)
                .load(c)
                .expect("asked");
            let buyers: Vec<i32> = buyers::table
                .filter(buyers::expo_id.eq(expo))
                .filter(buyers::id.ne_all(already))
                .order(buyers::id)
                .select(buyers::id)
                .limit(12)
                .load(c)
                .expect("buyers");
            let mut asked = Vec::new();
            for (i, buyer) in buyers.iter().enumerate() {
                let last = i + 1 == buyers.len();
                let id: i32 = diesel::insert_into(meeting_requests::table)
                    .values((
                        meeting_requests::expo_id.eq(expo),
                        meeting_requests::buyer_id.eq(buyer),
                        meeting_requests::supplier_id.eq(supplier),
                        meeting_requests::requested_by.eq("buyer"),
                        meeting_requests::priority.eq("would_like"),
                        meeting_requests::message.eq(""),
                        meeting_requests::status.eq(if last { "declined" } else { "pending" }),
                        meeting_requests::response_reason.eq(""),
                        meeting_requests::created_at
                            .eq(store::now() - TimeDelta::days(i64::try_from(i).expect("i"))),
                    ))
                    .returning(meeting_requests::id)
                    .get_result(c)
                    .expect("request");
                asked.push((id, *buyer, i));
            }
            (supplier, asked)
        })
        .await;
    let buyer_ids: Vec<BuyerId> = asked.iter().map(|(_, b, _)| BuyerId(*b)).collect();
    let fits = app
        .with_db(move |c| {
            expomatch::store::directory::fits_for_supplier(c, SupplierId(supplier), &buyer_ids)
                .expect("fits")
        })
        .await;
    let score = |buyer: i32| fits.get(&BuyerId(buyer)).map_or(0, |m| m.score);
    let scores: std::collections::BTreeSet<u32> = asked.iter().map(|(_, b, _)| score(*b)).collect();
    assert!(scores.len() > 1, "the buyers match differently: {scores:?}");
    let pending: Vec<&(i32, i32, usize)> = asked.iter().take(asked.len() - 1).collect();
    let ids = |html: &Html, css: &str| -> Vec<i32> {
        html.select(&Selector::parse(css).expect("selector"))
            .filter_map(|e| e.value().attr("id")?.strip_prefix("request-")?.parse().ok())
            .collect()
    };
    app.sign_in(Role::Supplier, supplier).await;

    // Best match first; among equals, newest first.
    let (status, html) = app.get_html("/supplier/requests").await;
    assert_eq!(status, 200);
    let mut want = pending.clone();
    want.sort_by(|a, b| score(b.1).cmp(&score(a.1)).then(a.2.cmp(&b.2)));
    let want: Vec<i32> = want.iter().map(|r| r.0).collect();
    let shown: Vec<i32> = ids(&html, "article.request")
        .into_iter()
        .filter(|id| want.contains(id))
        .collect();
    assert_eq!(shown, want, "best match first");
    // The match reads as words, never as a bare number.
    let badges = select_text(&html, "article.request .badge.match");
    assert!(!badges.is_empty());
    for b in &badges {
        assert!(
            ["Strong match", "Good match", "Some match"].contains(&b.as_str()),
            "{b}"
        );
    }
    // The buyers to ask come best match first too.
    let listed: Vec<i32> = html
        .select(&Selector::parse("td[id^=buyer-]").expect("selector"))
        .filter_map(|e| e.value().attr("id")?.strip_prefix("buyer-")?.parse().ok())
        .collect();
    let all_fits = {
        let ids: Vec<BuyerId> = listed.iter().copied().map(BuyerId).collect();
        app.with_db(move |c| {
            expomatch::store::directory::fits_for_supplier(c, SupplierId(supplier), &ids)
                .expect("fits")
        })
        .await
    };
    let listed_scores: Vec<u32> = listed
        .iter()
        .map(|b| all_fits.get(&BuyerId(*b)).map_or(0, |m| m.score))
        .collect();
    assert!(listed.len() > 5, "{listed:?}");
    assert!(
        listed_scores.windows(2).all(|w| w[0] >= w[1]),
        "buyers best match first: {listed_scores:?}"
    );
    // Newest first.
    let (_, html) = app.get_html("/supplier/requests?sort=date").await;
    let shown: Vec<i32> = ids(&html, "article.request")
        .into_iter()
        .filter(|id| asked.iter().any(|r| r.0 == *id))
        .collect();
    let newest: Vec<i32> = pending.iter().map(|r| r.0).collect();
    assert_eq!(shown, newest, "newest first");
    // Only the declined ones.
    let declined = asked.last().expect("one").0;
    let (_, html) = app.get_html("/supplier/requests?status=declined").await;
    assert!(ids(&html, "article.request").is_empty(), "no pending shown");
    assert!(ids(&html, "tr[id^=request-]").contains(&declined));
    assert_eq!(
        select_text(&html, "#status option[selected]"),
        vec!["Declined".to_owned()]
    );
    // A state that does not exist: said so, and everything shown.
    let (status, html) = app.get_html("/supplier/requests?status=lost").await;
    assert_eq!(status, 200);
    assert_eq!(select_text(&html, "#bad-filter").len(), 1);
    assert!(ids(&html, "article.request").len() >= pending.len());
}
on_both_databases!(a_suppliers_requests_are_listed_best_match_first_and_filtered_by_state);

async fn the_directory_says_how_well_a_supplier_fits_in_words(app: TestApp) {
    let buyer: i32 = app
        .with_db(|c| {
            seed(c);
            buyers::table
                .filter(buyers::profile_completed_at.is_not_null())
                .order(buyers::id)
                .select(buyers::id)
                .first(c)
                .expect("buyer")
        })
        .await;
    app.sign_in(Role::Buyer, buyer).await;
    let (_, html) = app.get_html("/buyer/suppliers").await;
    let badges = select_text(&html, ".supplier-card .badge.ok");
    assert!(!badges.is_empty(), "the best matches say so");
    for b in &badges {
        assert!(
            ["Strong match", "Good match", "Some match"].contains(&b.as_str()),
            "a match in words, not a number: {b}"
        );
    }
}
on_both_databases!(the_directory_says_how_well_a_supplier_fits_in_words);
