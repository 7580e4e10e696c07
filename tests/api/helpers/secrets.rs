//! Secret-bearing links: making a calendar address, finding secrets in text.

use scraper::{Html, Selector};

use super::TestApp;

/// Makes a new calendar address from `page` (POST `action`) and returns it, read from
/// the one page that shows it.
pub async fn new_feed_address(app: &TestApp, page: &str, action: &str) -> String {
    let res = app.post_form(page, action, &[]).await;
    assert_eq!(res.status().as_u16(), 200, "the new address is shown");
    assert_eq!(
        res.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store"),
        "no cache keeps the page with the address"
    );
    let html = Html::parse_document(&res.text().await.expect("body"));
    let sel = Selector::parse("#feed-url").expect("selector");
    html.select(&sel)
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("the address")
        .to_owned()
}

/// The secret tails of the secret-bearing links in `text` (`expomatch::domain::secrets`),
/// at least 20 characters long: ids in paths are not secrets.
pub fn secret_tails(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for prefix in expomatch::domain::secrets::SECRET_PATHS {
        let mut rest = text;
        while let Some(at) = rest.find(prefix) {
            rest = &rest[at + prefix.len()..];
            let token: String = rest
                .chars()
                .take_while(|ch| ch.is_ascii_alphanumeric() || *ch == '-' || *ch == '_')
                .collect();
            if token.len() >= 20 {
                found.push(token);
            }
        }
    }
    found
}
