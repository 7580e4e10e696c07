//! Importing buyers from CSV and Excel: a preview first, then the import on confirmation.

use super::*;

async fn a_csv_import_previews_every_row_imports_only_on_confirmation_and_never_twice(
    app: TestApp,
) {
    let (organizer, expo) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let o = organizers::create(
                c,
                &EmailAddress::parse("import@kotra.example").expect("email"),
                &PersonName::parse("name", "Import Person").expect("name"),
                &Password::parse("an import password").expect("pw").hash(),
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
    let existing: String = app
        .with_db(|c| buyers::table.select(buyers::email).first(c).expect("email"))
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    let csv = format!(
        "name,organisation,country,email,languages,interests\n\
         Ahmed Al-Farsi,Oman Water,OM,ahmed@omanwater.example,ar en,water\n\
         Broken Email,X,OM,ahmed@,,\n\
         Nowhere,X,XX,nowhere@x.example,,\n\
         Old Friend,Y,PE,{existing},,\n\
         Twice,Z,OM,AHMED@omanwater.example,,\n\
         김서연,KOICA,KR,seoyeon@koica.example,ko en,education\n"
    );
    let before: i64 = app
        .with_db(|c| buyers::table.count().get_result(c).expect("n"))
        .await;
    let page = format!("/organizer/expos/{expo}/import");
    let res = app
        .post_form(&page, &format!("{page}/preview"), &[("csv", &csv)])
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert_eq!(select_text(&html, "#count-new"), vec!["2".to_owned()]);
    assert_eq!(select_text(&html, "#count-already"), vec!["1".to_owned()]);
    assert_eq!(select_text(&html, "#count-invalid"), vec!["3".to_owned()]);
    let invalid_lines = select_text(&html, ".row-invalid td:first-child");
    assert_eq!(
        invalid_lines,
        vec!["3".to_owned(), "4".to_owned(), "6".to_owned()],
        "every bad row with its line"
    );
    assert_eq!(
        app.with_db(|c| buyers::table.count().get_result::<i64>(c).expect("n"))
            .await,
        before,
        "nothing saved by the preview"
    );
    let res = app.post_form(&page, &page, &[("csv", &csv)]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        app.with_db(|c| buyers::table.count().get_result::<i64>(c).expect("n"))
            .await,
        before + 2
    );
    let invitations: i64 = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("invitation"))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(invitations, 2);
    // The same file again: no duplicates.
    app.post_form(&page, &page, &[("csv", &csv)]).await;
    assert_eq!(
        app.with_db(|c| buyers::table.count().get_result::<i64>(c).expect("n"))
            .await,
        before + 2
    );
    // A file without the needed columns is refused as a whole.
    let res = app
        .post_form(
            &page,
            &format!("{page}/preview"),
            &[("csv", "name,phone\nX,1\n")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert!(select_text(&html, "#import-problem")[0].contains("email, country"));
}
on_both_databases!(a_csv_import_previews_every_row_imports_only_on_confirmation_and_never_twice);

async fn an_excel_workbook_upload_previews_like_csv_and_imports_on_confirmation(app: TestApp) {
    let (organizer, expo) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let o = organizers::create(
                c,
                &EmailAddress::parse("xlsx@kotra.example").expect("email"),
                &PersonName::parse("name", "Sheet Person").expect("name"),
                &Password::parse("a spreadsheet password")
                    .expect("pw")
                    .hash(),
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
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in [
        ["name", "email", "country", "organisation"],
        ["Lucía Paredes", "lucia@agua.example", "PE", "Agua Lima"],
        ["No Email", "nobody@", "PE", "X"],
        [
            "이서준",
            "seojun@kotra-partner.example",
            "VN",
            "Hanoi Imports",
        ],
    ]
    .iter()
    .enumerate()
    {
        for (c, cell) in row.iter().enumerate() {
            sheet
                .write_string(
                    u32::try_from(r).expect("row"),
                    u16::try_from(c).expect("col"),
                    *cell,
                )
                .expect("cell");
        }
    }
    let xlsx = book.save_to_buffer().expect("xlsx");
    let page = format!("/organizer/expos/{expo}/import");
    let token = app.csrf_token(&page).await;
    let upload = |bytes: Vec<u8>, name: &'static str, with_token: bool| {
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(name),
        );
        let url = if with_token {
            app.url(&format!("{page}/file?csrf_token={token}"))
        } else {
            app.url(&format!("{page}/file"))
        };
        app.client.post(url).multipart(form).send()
    };
    let res = upload(xlsx.clone(), "buyers.xlsx", false)
        .await
        .expect("POST");
    assert_eq!(
        res.status().as_u16(),
        403,
        "an upload needs the CSRF token too"
    );
    let res = upload(xlsx.clone(), "buyers.xlsx", true)
        .await
        .expect("POST");
    assert_eq!(res.status().as_u16(), 200);
    let html = scraper::Html::parse_document(&res.text().await.expect("body"));
    assert_eq!(select_text(&html, "#count-new"), vec!["2".to_owned()]);
    assert_eq!(
        select_text(&html, ".row-invalid td:first-child"),
        vec!["3".to_owned()],
        "the sheet's row number"
    );
    let csv = html
        .select(&scraper::Selector::parse("input[name=csv]").expect("s"))
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("the confirmation carries the rows")
        .to_owned();
    let before: i64 = app
        .with_db(|c| buyers::table.count().get_result(c).expect("n"))
        .await;
    let res = app.post_form(&page, &page, &[("csv", &csv)]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        app.with_db(|c| buyers::table.count().get_result::<i64>(c).expect("n"))
            .await,
        before + 2
    );
    let name: String = app
        .with_db(|c| {
            buyers::table
                .filter(buyers::email.eq("seojun@kotra-partner.example"))
                .select(buyers::name)
                .first(c)
                .expect("imported")
        })
        .await;
    assert_eq!(name, "이서준");
    // Bad files change nothing and say what to do.
    for (case, bytes) in [
        (
            "latin-1 text",
            b"name,email,country\nJos\xe9,j@x.example,ES\n".to_vec(),
        ),
        ("broken workbook", b"PK\x03\x04garbage".to_vec()),
        ("empty", Vec::new()),
    ] {
        let res = upload(bytes, "buyers.csv", true).await.expect("POST");
        assert_eq!(res.status().as_u16(), 422, "case {case}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, "#import-problem").len(),
            1,
            "case {case}"
        );
    }
    assert_eq!(
        app.with_db(|c| buyers::table.count().get_result::<i64>(c).expect("n"))
            .await,
        before + 2
    );
}
on_both_databases!(an_excel_workbook_upload_previews_like_csv_and_imports_on_confirmation);
