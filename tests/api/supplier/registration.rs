//! A supplier registers, confirms its email and waits; bad registrations store nothing.

use super::*;

#[test]
fn the_sectors_offered_are_the_sectors_the_database_holds() {
    // Checked on the SQLite tree; the schema test keeps the PostgreSQL tree the same.
    let dir = tempfile::tempdir().expect("dir");
    let url = expomatch::db::DatabaseUrl::Sqlite(dir.path().join("s.sqlite"));
    let pool = expomatch::db::build_pool(&url, 1).expect("pool");
    let mut c = pool.get().expect("conn");
    let rows: Vec<(String, String, String)> = sectors::table
        .order(sectors::position)
        .select((sectors::code, sectors::name_en, sectors::name_ko))
        .load(&mut c)
        .expect("sectors");
    let expected: Vec<(String, String, String)> = expomatch::domain::reference::SECTORS
        .iter()
        .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned()))
        .collect();
    assert_eq!(rows, expected);
}

async fn a_supplier_registers_in_korean_and_english_and_is_asked_to_confirm_its_email(
    app: TestApp,
) {
    app.with_db(seed).await;
    let (status, html) = app.get_html("/register").await;
    assert_eq!(status, 200);
    assert!(
        !select_text(&html, "input[name=expo]").is_empty()
            || !select_text(&html, "select[name=expo]").is_empty()
    );

    let res = post_registration(&app, &valid_fields()).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/register/sent");
    let (status, html) = app.get_html("/register/sent").await;
    assert_eq!(status, 200);
    assert!(select_text(&html, ".auth-card").join(" ").contains(EMAIL));

    let stored = app
        .with_db(|c| {
            let id = supplier_id(c, EMAIL);
            let row: (String, String, String, String, Option<String>) = suppliers::table
                .find(id)
                .select((
                    suppliers::company_name_ko,
                    suppliers::status,
                    suppliers::business_reg_no,
                    suppliers::address,
                    suppliers::password_hash,
                ))
                .first(c)
                .expect("row");
            let sector_count: i64 = supplier_sectors::table
                .filter(supplier_sectors::supplier_id.eq(id))
                .count()
                .get_result(c)
                .expect("sectors");
            let markets: Vec<(String, String)> = supplier_markets::table
                .filter(supplier_markets::supplier_id.eq(id))
                .order((supplier_markets::kind, supplier_markets::country))
                .select((supplier_markets::kind, supplier_markets::country))
                .load(c)
                .expect("markets");
            let product: (String, Option<String>) = products::table
                .filter(products::supplier_id.eq(id))
                .select((products::name, products::hs_code))
                .first(c)
                .expect("product");
            let verify_mails: i64 = outbox::table
                .filter(outbox::to_address.eq(EMAIL))
                .filter(outbox::kind.eq("verify_email"))
                .count()
                .get_result(c)
                .expect("mail");
            (row, sector_count, markets, product, verify_mails)
        })
        .await;
    let ((name_ko, status, reg_no, address, hash), sector_count, markets, product, verify_mails) =
        stored;
    assert_eq!(name_ko, "㈜한빛워터텍");
    assert_eq!(address, "경기도 성남시 분당구 판교로 123");
    assert_eq!(status, "unverified");
    assert_eq!(reg_no, "617-81-04424");
    assert!(hash.is_some_and(|h| h.starts_with("$argon2id$")));
    assert_eq!(sector_count, 2);
    assert_eq!(
        markets,
        [
            ("served".into(), "TH".into()),
            ("served".into(), "VN".into()),
            ("target".into(), "KE".into()),
            ("target".into(), "PE".into())
        ]
    );
    assert_eq!(
        product,
        (
            "막여과 정수 장치 (Membrane filtration unit)".to_owned(),
            Some("842121".to_owned())
        )
    );
    assert_eq!(verify_mails, 1);
}
on_both_databases!(a_supplier_registers_in_korean_and_english_and_is_asked_to_confirm_its_email);

async fn an_invalid_registration_is_shown_again_with_the_message_next_to_the_field_and_stores_nothing(
    app: TestApp,
) {
    app.with_db(seed).await;
    let long = "A".repeat(121);
    let cases: Vec<(&str, Changes, &str, &str)> = vec![
        (
            "wrong check digit",
            vec![("business_reg_no", Some("617-81-04425"))],
            "business_reg_no",
            "last digit",
        ),
        (
            "nine digits",
            vec![("business_reg_no", Some("617-81-0442"))],
            "business_reg_no",
            "10 digits",
        ),
        (
            "malformed email",
            vec![("email", Some("sujin.lee@@hanbit"))],
            "email",
            "email address like",
        ),
        (
            "malformed phone",
            vec![("phone", Some("전화 주세요"))],
            "phone",
            "phone number like",
        ),
        (
            "unknown target country",
            vec![("target_markets", Some("PE, ZZ"))],
            "target_markets",
            "ZZ",
        ),
        (
            "unknown served country",
            vec![("served_markets", Some("Narnia"))],
            "served_markets",
            "Narnia",
        ),
        (
            "unknown sector",
            vec![("sectors", Some("spaceships"))],
            "sectors",
            "not a sector",
        ),
        (
            "no sector",
            vec![("sectors", None)],
            "sectors",
            "at least one sector",
        ),
        (
            "over-long English name",
            vec![("company_name_en", Some(long.as_str()))],
            "company_name_en",
            "at most 120",
        ),
        (
            "missing representative",
            vec![("representative", None)],
            "representative",
            "required",
        ),
        (
            "missing Korean name",
            vec![("company_name_ko", Some("   "))],
            "company_name_ko",
            "required",
        ),
        (
            "English description in Korean",
            vec![("pitch_en", Some("수처리 전문 기업입니다"))],
            "pitch_en",
            "English",
        ),
        (
            "short password",
            vec![("password", Some("short"))],
            "password",
            "at least 10",
        ),
        (
            "bad HS code",
            vec![("product_hs_code_0", Some("8"))],
            "product_hs_code_0",
            "2 to 10 digits",
        ),
        (
            "no product",
            vec![
                ("product_name_0", None),
                ("product_description_0", None),
                ("product_hs_code_0", None),
                ("product_image_url_0", None),
            ],
            "product_name_0",
            "at least one product",
        ),
    ];
    let before = app.with_db(counts).await;
    for (case, changes, field, message) in cases {
        let fields = with(&changes);
        let (status, html) = html_of(post_registration(&app, &fields).await).await;
        assert_eq!(status, 422, "case {case}");
        let errors = select_text(&html, &format!("#{field}-error"));
        assert!(
            errors.len() == 1 && errors[0].contains(message),
            "case {case}: errors next to {field}: {errors:?}"
        );
        let wrapper = select_text(&html, &format!(".invalid #{field}-error"));
        assert_eq!(wrapper.len(), 1, "case {case}: the field is marked invalid");
        assert!(
            !select_text(&html, "#form-problems").is_empty(),
            "case {case}: a summary at the top"
        );
        // The summary says which field, and links to it; it takes the focus.
        let link = select_text(&html, &format!("#form-problems a[href='#{field}']"));
        assert!(
            link.len() == 1 && link[0].contains(message),
            "case {case}: the summary links to {field}: {link:?}"
        );
        assert_eq!(
            html.select(&Selector::parse(&format!("[id='{field}']")).expect("selector"))
                .count(),
            1,
            "case {case}: the link has a target"
        );
        assert_eq!(
            html.select(
                &Selector::parse("#form-problems[autofocus][tabindex='-1']").expect("selector")
            )
            .count(),
            1,
            "case {case}: the summary takes the focus"
        );
        // Everything typed is still there, Hangul included (the password is not echoed).
        for (name, typed) in [
            ("company_name_ko", "㈜한빛워터텍"),
            ("address", "경기도 성남시 분당구 판교로 123"),
            ("contact_name", "이수진"),
        ] {
            if field != name {
                assert_eq!(input_value(&html, name), typed, "case {case}: {name} kept");
            }
        }
        if let Some((_, Some(bad))) = changes.first()
            && !["password", "sectors"].contains(&field)
        {
            assert_eq!(
                input_value(&html, field).trim(),
                bad.trim(),
                "case {case}: the refused value is shown for correction"
            );
        }
        let checked = Selector::parse("input[name=languages][checked]").expect("selector");
        assert_eq!(
            html.select(&checked).count(),
            2,
            "case {case}: check boxes kept"
        );
        assert_eq!(
            app.with_db(counts).await,
            before,
            "case {case}: nothing stored, nothing queued"
        );
    }
}
on_both_databases!(
    an_invalid_registration_is_shown_again_with_the_message_next_to_the_field_and_stores_nothing
);

async fn a_business_number_already_registered_for_the_expo_is_refused_beside_its_field(
    app: TestApp,
) {
    app.with_db(seed).await;
    let taken: String = app
        .with_db(|c| {
            suppliers::table
                .select(suppliers::business_reg_no)
                .first(c)
                .expect("reg no")
        })
        .await;
    let before = app.with_db(counts).await;
    let (status, html) =
        html_of(post_registration(&app, &with(&[("business_reg_no", Some(taken.as_str()))])).await)
            .await;
    assert_eq!(status, 422);
    assert!(select_text(&html, "#business_reg_no-error")[0].contains("already registered"));
    assert_eq!(app.with_db(counts).await, before);
}
on_both_databases!(a_business_number_already_registered_for_the_expo_is_refused_beside_its_field);

async fn registering_again_with_a_known_email_looks_the_same_and_emails_the_owner(app: TestApp) {
    app.with_db(seed).await;
    post_registration(&app, &valid_fields()).await;
    let again = post_registration(&app, &with(&[("business_reg_no", Some("220-81-62517"))])).await;
    assert_eq!(again.status().as_u16(), 303);
    assert_eq!(location(&again), "/register/sent", "no account enumeration");
    let (accounts, notices) = app
        .with_db(|c| {
            let accounts: i64 = suppliers::table
                .filter(suppliers::email.eq(EMAIL))
                .count()
                .get_result(c)
                .expect("count");
            let notices: i64 = outbox::table
                .filter(outbox::to_address.eq(EMAIL))
                .filter(outbox::kind.eq("account_exists"))
                .count()
                .get_result(c)
                .expect("count");
            (accounts, notices)
        })
        .await;
    assert_eq!((accounts, notices), (1, 1));
}
on_both_databases!(registering_again_with_a_known_email_looks_the_same_and_emails_the_owner);

async fn the_emailed_link_confirms_the_address_and_the_supplier_then_waits_for_approval(
    app: TestApp,
) {
    app.with_db(seed).await;
    post_registration(&app, &valid_fields()).await;
    let link = app
        .with_db(|c| mailed_link(c, EMAIL, "verify_email", "http"))
        .await;
    let path = path_of(&link);
    assert!(path.starts_with("/register/verify/"), "{path}");
    // Opening the link does not use it: a mail scanner cannot burn it.
    let (status, html) = app.get_html(&path).await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, ".auth-card .muted"),
        vec!["Hanbit Watertech Co., Ltd.".to_owned()]
    );
    let res = use_link(&app.client, &app.url(&path)).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier");
    let (status, html) = app.get_html("/supplier").await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, "#supplier-status"),
        vec!["Waiting for approval".to_owned()]
    );
    assert!(select_text(&html, ".flash.success")[0].contains("confirmed"));
    assert_eq!(
        select_text(&html, "h1")[0],
        "㈜한빛워터텍 (Hanbit Watertech Co., Ltd.)"
    );
    // The link works once.
    let res = app
        .new_client()
        .get(app.url(&path))
        .send()
        .await
        .expect("again");
    assert_eq!(res.status().as_u16(), 410);

    // The organizer approves (the organizer pages call this store function).
    let id = app.with_db(|c| supplier_id(c, EMAIL)).await;
    app.with_db(move |c| {
        supplier_store::set_status(
            c,
            SupplierId(id),
            expomatch::domain::status::SupplierStatus::Approved,
            "",
            None,
            store::now(),
        )
        .expect("approve")
    })
    .await;
    let (_, html) = app.get_html("/supplier").await;
    assert_eq!(
        select_text(&html, "#supplier-status"),
        vec!["Approved".to_owned()]
    );
    assert!(select_text(&html, "#status-text")[0].contains("buyers can find you"));
}
on_both_databases!(the_emailed_link_confirms_the_address_and_the_supplier_then_waits_for_approval);
