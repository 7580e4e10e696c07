//! Bilingual company profiles: each reader gets the half in their language.

use expomatch::domain::{EmailAddress, PersonName};
use expomatch::store::organizers;

use super::*;

const PITCH_KO: &str = "소도시를 위한 막여과 정수 장치를 만듭니다.";
const PITCH_EN: &str = "We build membrane water plants for small towns.";

/// A browser whose every request asks for `lang` first.
fn browser_in(lang: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ACCEPT_LANGUAGE,
        reqwest::header::HeaderValue::from_str(lang).expect("header"),
    );
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .expect("client")
}

async fn page(client: &reqwest::Client, url: String) -> Html {
    let res = client.get(&url).send().await.expect("GET");
    assert_eq!(res.status().as_u16(), 200, "{url}");
    Html::parse_document(&res.text().await.expect("body"))
}

async fn an_english_buyer_reads_the_english_profile_and_a_korean_organizer_the_korean(
    app: TestApp,
) {
    let (buyer, supplier, organizer) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let supplier: i32 = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .select(suppliers::id)
                .order(suppliers::id)
                .first(c)
                .expect("supplier");
            let expo: i32 = suppliers::table
                .find(supplier)
                .select(suppliers::expo_id)
                .first(c)
                .expect("expo");
            let buyer: i32 = buyers::table
                .filter(buyers::expo_id.eq(expo))
                .filter(buyers::profile_completed_at.is_not_null())
                .select(buyers::id)
                .order(buyers::id)
                .first(c)
                .expect("buyer");
            diesel::update(suppliers::table.find(supplier))
                .set((
                    suppliers::pitch.eq(PITCH_KO),
                    suppliers::pitch_en.eq(PITCH_EN),
                ))
                .execute(c)
                .expect("pitch");
            let product: i32 = products::table
                .filter(products::supplier_id.eq(supplier))
                .select(products::id)
                .order(products::position)
                .first(c)
                .expect("product");
            diesel::update(products::table.find(product))
                .set((
                    products::name.eq("막여과 장치"),
                    products::name_en.eq("Membrane unit"),
                    products::description.eq("하루 50톤"),
                    products::description_en.eq(""),
                ))
                .execute(c)
                .expect("product");
            let organizer = organizers::create(
                c,
                &EmailAddress::parse("kim@kotra.example").expect("email"),
                &PersonName::parse("name", "김주관").expect("name"),
                &expomatch::domain::password::Password::parse("an organizer password")
                    .expect("pw")
                    .hash(),
                store::now(),
            )
            .expect("organizer");
            (buyer, supplier, organizer.0)
        })
        .await;

    let english = browser_in("en-GB,en;q=0.8");
    app.sign_in_with(&english, Role::Buyer, buyer).await;
    let html = page(&english, app.url(&format!("/buyer/suppliers/{supplier}"))).await;
    assert_eq!(select_text(&html, "#supplier-pitch"), [PITCH_EN]);
    let cells = select_text(&html, "table.data td");
    assert!(
        cells.iter().any(|c| c == "Membrane unit"),
        "the English product name: {cells:?}"
    );
    assert!(
        cells.iter().any(|c| c == "하루 50톤"),
        "no English description: the first-written one shows: {cells:?}"
    );

    let korean = browser_in("ko-KR,ko;q=0.9,en;q=0.5");
    app.sign_in_with(&korean, Role::Organizer, organizer).await;
    let html = page(&korean, app.url("/organizer/suppliers?status=approved")).await;
    assert_eq!(
        select_text(&html, &format!("#supplier-{supplier} p.pitch")),
        [PITCH_KO]
    );
}
on_both_databases!(an_english_buyer_reads_the_english_profile_and_a_korean_organizer_the_korean);
