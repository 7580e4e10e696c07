//! The fuzzer's own parts checked, and a NUL character refused before the database.

use super::*;

#[test]
fn the_route_matcher_prefers_literal_routes_and_reads_parameters() {
    assert_eq!(
        route_of("POST", "/supplier/requests/new").as_deref(),
        Some("/supplier/requests/new")
    );
    assert_eq!(
        route_of("POST", "/supplier/requests/7/answer").as_deref(),
        Some("/supplier/requests/{id}/answer")
    );
    assert_eq!(
        route_of("GET", "/organizer/expos/1/meetings.csv").as_deref(),
        Some("/organizer/expos/{id}/meetings.{format}")
    );
    assert_eq!(route_of("GET", "/nowhere"), None);
}

#[test]
fn generated_business_registration_numbers_carry_their_check_digit() {
    assert_eq!(business_reg_no(0).len(), 12);
    for n in [0, 1, 77, 699_999_999] {
        let raw = business_reg_no(n);
        assert!(
            expomatch::domain::supplier::BusinessRegNo::parse(&raw).is_ok(),
            "{raw}"
        );
    }
}

async fn a_nul_character_in_a_form_or_a_query_is_refused_before_it_reaches_the_database(
    app: TestApp,
) {
    let (organizer, supplier) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            (
                organizers::table
                    .select(organizers::id)
                    .order(organizers::id)
                    .first::<i32>(c)
                    .expect("organizer"),
                suppliers::table
                    .filter(suppliers::status.eq("approved"))
                    .select(suppliers::id)
                    .order(suppliers::id)
                    .first::<i32>(c)
                    .expect("supplier"),
            )
        })
        .await;
    let client = app.signed_in_as(Role::Organizer, organizer).await;
    let res = client
        .get(app.url("/organizer/expos/1/participants?q=Seoul%00"))
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status().as_u16(), 400, "a search with NUL");
    let supplier_client = app.signed_in_as(Role::Supplier, supplier).await;
    let (_, html) = {
        let res = supplier_client
            .get(app.url("/supplier"))
            .send()
            .await
            .expect("GET");
        (
            res.status(),
            Html::parse_document(&res.text().await.expect("body")),
        )
    };
    let token = html
        .select(&sel("input[name=csrf_token]"))
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("token")
        .to_owned();
    let meeting: i32 = app
        .with_db(move |c| {
            use expomatch::db::schema::meetings;
            meetings::table
                .filter(meetings::supplier_id.eq(supplier))
                .filter(meetings::status.eq("booked"))
                .select(meetings::id)
                .first(c)
                .expect("meeting")
        })
        .await;
    let res = supplier_client
        .post(app.url(&format!("/supplier/meetings/{meeting}/cancel")))
        .form(&[
            ("csrf_token", token.as_str()),
            ("reason", "Flight\0cancelled"),
        ])
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status().as_u16(), 400, "a reason with NUL");
    let status: String = app
        .with_db(move |c| {
            use expomatch::db::schema::meetings;
            meetings::table
                .find(meeting)
                .select(meetings::status)
                .first(c)
                .expect("status")
        })
        .await;
    assert_eq!(status, "booked", "nothing changed");
}
on_both_databases!(a_nul_character_in_a_form_or_a_query_is_refused_before_it_reaches_the_database);
