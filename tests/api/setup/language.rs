//! The language of a buyer's emails and pages, chosen by the organizer: a select in the
//! invite form (English unless changed) and an optional `language` column in the import.

use super::*;

async fn organizer_and_expo(app: &TestApp, email: &'static str) -> i32 {
    let (organizer, expo) = app
        .with_db(move |c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let o = organizers::create(
                c,
                &EmailAddress::parse(email).expect("email"),
                &PersonName::parse("name", "Language Person").expect("name"),
                &Password::parse("a language password").expect("pw").hash(),
                store::now(),
            )
            .expect("organizer");
            (
                o.0,
                expos::table
                    .select(expos::id)
                    .first::<i32>(c)
                    .expect("expo"),
            )
        })
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    expo
}

async fn locale_of(app: &TestApp, email: &'static str) -> Option<Option<String>> {
    app.with_db(move |c| {
        buyers::table
            .filter(buyers::email.eq(email))
            .select(buyers::locale)
            .first::<Option<String>>(c)
            .optional()
            .expect("query")
    })
    .await
}

async fn the_invite_form_offers_each_language_by_its_own_name_english_first_chosen(app: TestApp) {
    let expo = organizer_and_expo(&app, "invite-language@kotra.example").await;
    let page = format!("/organizer/expos/{expo}");
    let (status, html) = app.get_html(&page).await;
    assert_eq!(status, 200);
    let options = select_text(&html, "#buyer-language option");
    assert_eq!(options.len(), expomatch::i18n::Locale::OFFERED.len());
    assert!(options.contains(&"한국어".to_owned()), "{options:?}");
    assert!(options.contains(&"Español".to_owned()), "{options:?}");
    assert_eq!(
        select_text(&html, "#buyer-language option[selected]"),
        vec!["English".to_owned()],
        "English unless the organizer chooses"
    );
    let buyer = |email: &'static str, language: &'static str| {
        vec![
            ("name", "Yuki Tanaka"),
            ("organisation", "JETRO partner"),
            ("email", email),
            ("country", "JP"),
            ("timezone", ""),
            ("languages", "ja, en"),
            ("language", language),
        ]
    };
    for (case, email, language) in [
        ("unknown code", "yuki-bad@example.jp", "klingon"),
        ("a name, not a code", "yuki-name@example.jp", "Japanese"),
    ] {
        let res = app
            .post_form(&page, &format!("{page}/buyers"), &buyer(email, language))
            .await;
        assert_eq!(res.status().as_u16(), 422, "case {case}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, "#buyers .field.invalid .field-error").len(),
            1,
            "case {case}: the language field says what is wrong"
        );
        assert_eq!(
            locale_of(&app, email).await,
            None,
            "case {case}: nothing saved"
        );
    }
    let res = app
        .post_form(
            &page,
            &format!("{page}/buyers"),
            &buyer("yuki@example.jp", "ja"),
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        locale_of(&app, "yuki@example.jp").await,
        Some(Some("ja".to_owned()))
    );
    // The organizer's own page in Korean: the form speaks Korean, the choices still
    // name themselves, and English stays the default.
    assert_eq!(app.get("/language/ko").await.status().as_u16(), 303);
    let (_, html) = app.get_html(&page).await;
    assert_eq!(
        select_text(&html, "#buyers h3"),
        vec!["바이어 초청".to_owned()]
    );
    assert_eq!(
        select_text(&html, "#buyer-language option[selected]"),
        vec!["English".to_owned()]
    );
}
on_both_databases!(the_invite_form_offers_each_language_by_its_own_name_english_first_chosen);

async fn the_import_reads_a_language_column_and_refuses_a_row_with_an_unknown_code(app: TestApp) {
    let expo = organizer_and_expo(&app, "import-language@kotra.example").await;
    let page = format!("/organizer/expos/{expo}/import");
    let csv = "name,country,email,language\n\
               Li Wei,CN,liwei@example.cn,zh\n\
               Kim Minji,KR,minji@example.kr,ko\n\
               Bad Code,PE,bad@example.pe,klingon\n\
               No Choice,PE,nochoice@example.pe,\n\
               Chen Jing,CN,chen@example.cn,zh-CN\n";
    let res = app
        .post_form(&page, &format!("{page}/preview"), &[("csv", csv)])
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert_eq!(select_text(&html, "#count-new"), vec!["4".to_owned()]);
    assert_eq!(
        select_text(&html, ".row-invalid td:first-child"),
        vec!["4".to_owned()],
        "the bad code's row, by its line"
    );
    assert!(
        select_text(&html, ".row-invalid td")
            .iter()
            .any(|cell| cell.contains("language") && cell.contains("klingon")),
        "the row names the column and the value"
    );
    let res = app.post_form(&page, &page, &[("csv", csv)]).await;
    assert_eq!(res.status().as_u16(), 303);
    for (email, want) in [
        ("liwei@example.cn", Some(Some("zh-Hans".to_owned()))),
        ("chen@example.cn", Some(Some("zh-Hans".to_owned()))),
        ("minji@example.kr", Some(Some("ko".to_owned()))),
        ("nochoice@example.pe", Some(None)),
        ("bad@example.pe", None),
    ] {
        assert_eq!(locale_of(&app, email).await, want, "{email}");
    }
}
on_both_databases!(the_import_reads_a_language_column_and_refuses_a_row_with_an_unknown_code);
