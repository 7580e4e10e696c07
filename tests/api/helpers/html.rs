//! Reading pages: the CSRF token, the text under a selector, a redirect's target.

use scraper::{Html, Selector};

/// The CSRF token in a page's forms.
pub fn csrf_in(html: &Html) -> String {
    let sel = Selector::parse("input[name=csrf_token]").expect("selector");
    html.select(&sel)
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("a csrf_token in the page")
        .to_owned()
}

pub fn select_text(html: &Html, css: &str) -> Vec<String> {
    let sel = Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"));
    html.select(&sel)
        .map(|e| {
            e.text()
                .collect::<Vec<_>>()
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}
