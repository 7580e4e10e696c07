//! Lists of countries and languages read in name order, in the reader's language.

use super::*;

/// The visible names of a list's choices, without the empty "any" choice.
fn names(html: &Html, css: &str) -> Vec<String> {
    html.select(&sel(css))
        .filter(|o| o.value().attr("value").is_none_or(|v| !v.is_empty()))
        .map(|o| o.text().collect::<String>().trim().to_owned())
        .collect()
}

fn assert_sorted(what: &str, names: &[String], key: fn(&str) -> String) {
    assert!(names.len() > 3, "{what}: a list to sort: {names:?}");
    let mut sorted = names.to_vec();
    sorted.sort_by_key(|n| key(n));
    assert_eq!(names, sorted.as_slice(), "{what} in name order");
}

/// A Latin name as it sorts in English: case and accents do not count.
fn folded(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

async fn country_and_language_lists_are_sorted_by_name_in_the_readers_language(app: TestApp) {
    let buyer = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let id: i32 = expomatch::db::schema::buyers::table
                .select(expomatch::db::schema::buyers::id)
                .order(expomatch::db::schema::buyers::id)
                .first(c)
                .expect("a buyer");
            diesel::update(expomatch::db::schema::buyers::table.find(id))
                .set(expomatch::db::schema::buyers::locale.eq(Some("ko")))
                .execute(c)
                .expect("Korean");
            id
        })
        .await;
    // English names sort as letters do, whatever their case; Hangul names by syllable,
    // which is the code points' order.
    let english: fn(&str) -> String = folded;
    let hangul: fn(&str) -> String = str::to_owned;
    for (accept, key) in [("en", english), ("ko", hangul)] {
        let res = app
            .new_client()
            .get(app.url("/register"))
            .header("Accept-Language", accept)
            .send()
            .await
            .expect("GET");
        let html = Html::parse_document(&res.text().await.expect("body"));
        let languages: Vec<String> = html
            .select(&sel("label.checkbox"))
            .filter(|l| l.inner_html().contains("name=\"languages\""))
            .map(|l| l.text().collect::<String>().trim().to_owned())
            .collect();
        assert_sorted(
            &format!("{accept}: the supplier's languages"),
            &languages,
            key,
        );
    }
    let client = app.signed_in_as(Role::Buyer, buyer).await;
    let res = client
        .get(app.url("/buyer/suppliers"))
        .send()
        .await
        .expect("GET");
    let html = Html::parse_document(&res.text().await.expect("body"));
    assert_eq!(lang_dir(&html).0, "ko");
    assert_sorted(
        "ko: the directory's markets",
        &names(&html, "select[name=country] option"),
        hangul,
    );
    assert_sorted(
        "ko: the directory's languages",
        &names(&html, "select[name=language] option"),
        hangul,
    );
    let res = client
        .get(app.url("/buyer/profile"))
        .send()
        .await
        .expect("GET");
    let html = Html::parse_document(&res.text().await.expect("body"));
    assert_sorted(
        "ko: the buyer's countries",
        &names(&html, "select[name=country] option"),
        hangul,
    );
}
on_both_databases!(country_and_language_lists_are_sorted_by_name_in_the_readers_language);
