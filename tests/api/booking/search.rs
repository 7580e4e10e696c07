//! Searching the directory in Korean and English: the same 40 queries return the same
//! suppliers on SQLite and on PostgreSQL, including misspellings that should and
//! should not be forgiven.

use std::collections::BTreeSet;

use expomatch::domain::status::SupplierStatus;

use super::*;

/// (English name, Korean name, sectors, served, target, languages, pitch, products)
type Fixture = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

const SUPPLIERS: &[Fixture] = &[
    (
        "Hanil Medical",
        "한일메디칼",
        &["medical"],
        &["PE"],
        &[],
        &["ko", "en"],
        "초음파 의료기기 전문 제조",
        &[(
            "Portable ultrasound",
            "Handheld ultrasound scanner for clinics",
            "9018.12",
        )],
    ),
    (
        "Daewon Pumps",
        "대원펌프",
        &["water", "machinery"],
        &["VN"],
        &["PE"],
        &["ko", "en", "es"],
        "산업용 펌프와 정수 설비",
        &[(
            "Centrifugal pump",
            "Stainless centrifugal pumps for water utilities",
            "8413.70",
        )],
    ),
    (
        "Clearwater Filters",
        "맑은물필터",
        &["water"],
        &[],
        &["CL"],
        &["ko"],
        "Membrane water purification for cities",
        &[("정수기 필터", "역삼투 멤브레인 필터", "8421.21")],
    ),
    (
        "Seoul Medicine Lab",
        "서울의약연구소",
        &["medical", "chemicals"],
        &["JP"],
        &[],
        &["ko", "ja"],
        "Generic medicine and pharmaceutical ingredients",
        &[("Antibiotic tablets", "Amoxicillin 500 mg", "3004.10")],
    ),
    (
        "K-Beauty Works",
        "케이뷰티웍스",
        &["cosmetics"],
        &["US"],
        &[],
        &["ko", "en"],
        "화장품 ODM for export",
        &[("Sheet mask", "Hydrating masks", "3304.99")],
    ),
    (
        "Thermotech Energy",
        "써모텍에너지",
        &["energy"],
        &[],
        &["PE"],
        &["ko", "en"],
        "Thermal energy storage and heat pumps",
        &[(
            "Heat pump",
            "Air-source heat pumps for buildings",
            "8418.61",
        )],
    ),
    (
        "Safe Valve Korea",
        "세이프밸브코리아",
        &["machinery"],
        &["CL"],
        &[],
        &["ko", "en"],
        "Industrial valves and valve actuators",
        &[("Gate valve", "Cast iron gate valves", "8481.80")],
    ),
    (
        "Smart Grid Co",
        "스마트그리드",
        &["ict", "energy"],
        &["VN"],
        &[],
        &["ko", "en", "vi"],
        "스마트 미터와 전력 관리 소프트웨어",
        &[("Smart meter", "AMI smart electricity meter", "9028.30")],
    ),
    (
        "Green Harvest Foods",
        "그린하베스트",
        &["agrifood"],
        &["US", "JP"],
        &[],
        &["ko", "en"],
        "Korean kimchi and fermented foods",
        &[("김치", "Fermented cabbage kimchi", "2005.99")],
    ),
    (
        "Hospital Beds Inc",
        "병원침대",
        &["medical"],
        &[],
        &[],
        &["ko"],
        "Electric hospital beds and medical furniture",
        &[("Electric bed", "ICU beds", "9402.90")],
    ),
];

/// (search, the suppliers it finds by their position in `SUPPLIERS`, from 1)
const QUERIES: &[(&str, &[usize])] = &[
    // Korean: two-syllable words, parts of compounds, sector names.
    ("의료", &[1, 4, 10]),
    ("의료기기", &[1, 4, 10]),
    ("펌프", &[2]),
    ("정수", &[2, 3]),
    ("정수기", &[3]),
    ("화장품", &[5]),
    ("김치", &[9]),
    ("스마트", &[8]),
    ("밸브", &[7]),
    ("수처리", &[2, 3]),
    ("페루", &[1, 2, 6]),
    ("베트남", &[2, 8]),
    // English: plurals, stems, beginnings of words.
    ("pump", &[2, 6]),
    ("pumps", &[2, 6]),
    ("Pumping", &[2, 6]),
    ("medical", &[1, 4, 10]),
    ("medicine", &[4]),
    ("ultrasound", &[1]),
    ("therm", &[6]),
    ("valve", &[7]),
    ("valves", &[7]),
    ("valv", &[7]),
    // Thermotech too: its sector's Spanish name is "Energía y equipos eléctricos".
    ("electric", &[6, 8, 10]),
    ("kimchi", &[9]),
    ("Korea", &[7, 9]),
    ("ICU", &[10]),
    ("Amoxicillin", &[4]),
    ("water treatment", &[2, 3]),
    ("heat pump", &[6]),
    ("hospital bed", &[10]),
    ("smart meter", &[8]),
    ("Kimchi 김치", &[9]),
    // Country names in English and other languages, HS codes.
    ("Peru", &[1, 2, 6]),
    ("Vietnam", &[2, 8]),
    ("Japón", &[4, 9]),
    ("8413", &[2]),
    ("8413.70", &[2]),
    ("3004", &[4]),
    // Misspellings that are forgiven...
    ("valev", &[7]),
    ("medcal", &[1, 4, 10]),
    ("ultrasuond", &[1]),
    // ...and words that only look alike, or are nothing.
    ("pimp", &[]),
    ("cosmic", &[]),
    ("xyzzy", &[]),
    ("pump valve", &[]),
];

async fn searching_in_korean_and_english_finds_the_same_suppliers_on_both_databases(app: TestApp) {
    let buyer = app
        .with_db(|c| {
            let now = store::now();
            let expo = open_expo(c, "Search test expo", "COEX, Seoul");
            for (n, (en, ko, sectors, served, target, languages, pitch, products)) in
                SUPPLIERS.iter().enumerate()
            {
                let products: Vec<participants::NewProduct<'_>> = products
                    .iter()
                    .map(|(name, description, hs)| participants::NewProduct {
                        name,
                        description,
                        hs_code: Some(hs),
                    })
                    .collect();
                participants::create_supplier(
                    c,
                    &participants::NewSupplier {
                        expo,
                        email: &EmailAddress::parse(&format!("s{n}@search.example"))
                            .expect("email"),
                        password_hash: None,
                        email_verified_at: Some(now),
                        status: SupplierStatus::Approved,
                        company_name_ko: ko,
                        company_name_en: en,
                        business_reg_no: expomatch::domain::supplier::BusinessRegNo::from_serial(
                            700_000_000 + u32::try_from(n).expect("small"),
                        )
                        .as_str(),
                        representative: "",
                        contact_name: "",
                        phone: "",
                        website: "",
                        address: "Seoul",
                        company_size: "small",
                        year_founded: None,
                        languages,
                        pitch,
                        sectors,
                        served_markets: served,
                        target_markets: target,
                        products: &products,
                    },
                    now,
                )
                .expect("supplier");
            }
            let buyer = participants::create_buyer(
                c,
                &participants::NewBuyer {
                    expo,
                    email: &EmailAddress::parse("buyer@search.example").expect("email"),
                    name: "Ana Flores",
                    organisation: "Ministerio de Salud",
                    position_title: "",
                    country: CountryCode::parse("PE").expect("country"),
                    timezone: TimeZone::parse("America/Lima").expect("zone"),
                    languages: &["es", "en"],
                    interests: &["medical"],
                    looking_for: "ultrasound",
                    needs_interpreter: false,
                    invited_at: Some(now),
                },
                now,
            )
            .expect("buyer")
            .0;
            diesel::update(buyers::table.find(buyer))
                .set(buyers::profile_completed_at.eq(Some(now)))
                .execute(c)
                .expect("profile complete");
            store::privacy::consent_for_demo(c, now).expect("consents");
            buyer
        })
        .await;
    app.sign_in(Role::Buyer, buyer).await;
    let mut wrong = Vec::new();
    for (query, expected) in QUERIES {
        let path = format!(
            "/buyer/suppliers?q={}",
            url::form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>()
        );
        let (status, html) = app.get_html(&path).await;
        assert_eq!(status, 200, "{query}");
        let found: BTreeSet<String> = select_text(&html, ".supplier-card h2 a")
            .into_iter()
            .collect();
        let expected: BTreeSet<String> = expected
            .iter()
            .map(|n| SUPPLIERS[n - 1].0.to_owned())
            .collect();
        if found != expected {
            wrong.push(format!("{query:?}: found {found:?}, expected {expected:?}"));
        }
        // The count says as many as are listed (a word's beginning can match several
        // words of one supplier; it still counts once).
        let said = select_text(&html, ".subtitle").join(" ");
        let count = match expected.len() {
            0 => format!("None of the {} suppliers match.", SUPPLIERS.len()),
            n if n == SUPPLIERS.len() => format!("of {n}."),
            n => format!("of {n} matching ({} suppliers).", SUPPLIERS.len()),
        };
        if found == expected && !said.contains(&count) {
            wrong.push(format!("{query:?}: the page says {said:?}, not {count:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} queries:\n{}",
        wrong.len(),
        QUERIES.len(),
        wrong.join("\n")
    );
    // A search and a filter together; a stopword alone asks for nothing.
    let (_, html) = app.get_html("/buyer/suppliers?q=pump&sector=energy").await;
    assert_eq!(
        select_text(&html, ".supplier-card h2 a"),
        vec!["Thermotech Energy"]
    );
    let (_, html) = app.get_html("/buyer/suppliers?q=of").await;
    assert_eq!(
        select_text(&html, ".supplier-card h2 a").len(),
        SUPPLIERS.len()
    );
    // A supplier's change reaches the ranking of a buyer whose scores are kept: Green
    // Harvest starts making medical goods for Peru and climbs to second place.
    let ranking = |html: &scraper::Html| select_text(html, ".supplier-card h2 a");
    let (_, html) = app.get_html("/buyer/suppliers").await;
    let before = ranking(&html);
    assert_eq!(before[0], "Hanil Medical", "{before:?}");
    assert_ne!(before[1], "Green Harvest Foods", "{before:?}");
    app.with_db(|c| {
        let id: i32 = suppliers::table
            .filter(suppliers::company_name_en.eq("Green Harvest Foods"))
            .select(suppliers::id)
            .first(c)
            .expect("supplier");
        c.write_tx(|c| {
            diesel::sql_query(format!(
                "INSERT INTO supplier_sectors (supplier_id, sector_id) \
                 SELECT {id}, id FROM sectors WHERE code = 'medical'"
            ))
            .execute(c)?;
            diesel::insert_into(supplier_markets::table)
                .values((
                    supplier_markets::supplier_id.eq(id),
                    supplier_markets::country.eq("PE"),
                    supplier_markets::kind.eq("served"),
                ))
                .execute(c)?;
            expomatch::store::directory::suppliers_changed(c, &[id])
        })
        .expect("changed");
    })
    .await;
    let (_, html) = app.get_html("/buyer/suppliers").await;
    let after = ranking(&html);
    assert_eq!(
        after[..2],
        ["Hanil Medical", "Green Harvest Foods"],
        "{after:?}"
    );
    let (_, html) = app.get_html("/buyer/suppliers?q=%ED%8E%98%EB%A3%A8").await; // 페루
    assert!(
        ranking(&html).contains(&"Green Harvest Foods".to_owned()),
        "now sells to Peru"
    );
    // A forgiven misspelling says what it was read as.
    let (_, html) = app.get_html("/buyer/suppliers?q=valev").await;
    assert!(
        select_text(&html, "[role=status]")
            .iter()
            .any(|t| t.contains("valve")),
        "the correction is shown"
    );
}
on_both_databases!(searching_in_korean_and_english_finds_the_same_suppliers_on_both_databases);

async fn a_supplier_approved_on_one_instance_is_in_the_directory_of_the_other_at_once(
    app: TestApp,
) {
    use expomatch::domain::PersonName;
    use expomatch::domain::password::Password;
    let (buyer, _) = demo(&app).await;
    let (organizer, pending, name) = app
        .with_db(|c| {
            let organizer = expomatch::store::organizers::create(
                c,
                &EmailAddress::parse("two@kotra.example").expect("email"),
                &PersonName::parse("name", "Two Instances").expect("name"),
                &Password::parse("a password for two instances")
                    .expect("pw")
                    .hash(),
                store::now(),
            )
            .expect("organizer");
            let (pending, name): (i32, String) = suppliers::table
                .filter(suppliers::status.eq("pending"))
                .select((suppliers::id, suppliers::company_name_en))
                .order(suppliers::id)
                .first(c)
                .expect("pending");
            (organizer.0, pending, name)
        })
        .await;
    let elsewhere = app.second_instance().await;
    let client = elsewhere.new_client();
    elsewhere.sign_in_with(&client, Role::Buyer, buyer).await;
    let search = format!(
        "/buyer/suppliers?q={}",
        url::form_urlencoded::byte_serialize(name.as_bytes()).collect::<String>()
    );
    let listed = |client: reqwest::Client| {
        let url = elsewhere.url(&search);
        async move {
            let body = client
                .get(url)
                .send()
                .await
                .expect("get")
                .text()
                .await
                .expect("body");
            let html = scraper::Html::parse_document(&body);
            select_text(&html, ".supplier-card h2 a")
        }
    };
    assert!(
        !listed(client.clone()).await.contains(&name),
        "pending: not listed"
    );
    app.sign_in(Role::Organizer, organizer).await;
    let decide = format!("/organizer/suppliers/{pending}/decide");
    let res = app
        .post_form("/organizer/suppliers", &decide, &[("decision", "approve")])
        .await;
    assert_eq!(location(&res), "/organizer/suppliers");
    // The other instance hears of the change by PostgreSQL's NOTIFY (or SQLite's data
    // version) within milliseconds; on a loaded machine, allow it up to two seconds.
    let within_a_moment = |want: bool| {
        let client = client.clone();
        let name = name.clone();
        let listed = &listed;
        async move {
            for _ in 0..40 {
                if listed(client.clone()).await.contains(&name) == want {
                    return true;
                }
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            false
        }
    };
    assert!(
        within_a_moment(true).await,
        "approved on one instance, listed on the other"
    );
    let res = app
        .post_form(
            "/organizer/suppliers",
            &decide,
            &[
                ("decision", "reject"),
                ("reason", "Wrong registration number."),
            ],
        )
        .await;
    assert_eq!(location(&res), "/organizer/suppliers");
    assert!(
        within_a_moment(false).await,
        "rejected on one instance, gone from the other"
    );
}
on_both_databases!(a_supplier_approved_on_one_instance_is_in_the_directory_of_the_other_at_once);
