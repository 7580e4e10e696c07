//! Every page of every role passes through the catalogue: with the pseudo-locale
//! (`en-XA`, English wrapped in ⟦…⟧) no visible text, button, label or placeholder is
//! left that is neither a catalogue message nor the data people typed.

use std::collections::BTreeSet;
use std::sync::Arc;

use expomatch::db::schema::{
    buyers, consultation_tables, day_breaks, expo_cohosts, expos, interpreters, meeting_requests,
    meetings, organizers, privacy_notices, products, suppliers, team_members,
};
use scraper::node::Node;

use super::*;

/// Text people typed (names, descriptions, messages): shown as written in every language.
fn typed_text(c: &mut expomatch::db::DbConnection) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    macro_rules! col {
        ($t:ident :: $col:ident) => {
            all.extend(
                $t::table
                    .select($t::$col)
                    .load::<String>(c)
                    .expect("text column"),
            );
        };
    }
    col!(expos::name);
    col!(expos::venue);
    col!(expos::venue_timezone);
    col!(expos::description);
    col!(day_breaks::label);
    col!(consultation_tables::label);
    col!(consultation_tables::note);
    col!(suppliers::company_name_ko);
    col!(suppliers::company_name_en);
    col!(suppliers::representative);
    col!(suppliers::contact_name);
    col!(suppliers::email);
    col!(suppliers::website);
    col!(suppliers::address);
    col!(suppliers::pitch);
    col!(suppliers::pitch_en);
    col!(suppliers::catalogue_url);
    col!(suppliers::status_reason);
    col!(products::name);
    col!(products::description);
    col!(products::name_en);
    col!(products::description_en);
    col!(buyers::name);
    col!(buyers::email);
    col!(buyers::organisation);
    col!(buyers::position_title);
    col!(buyers::looking_for);
    col!(buyers::timezone);
    col!(meeting_requests::message);
    col!(meeting_requests::response_reason);
    col!(meetings::cancel_reason);
    col!(interpreters::name);
    col!(expo_cohosts::name);
    col!(team_members::name);
    col!(team_members::email);
    col!(team_members::title);
    col!(organizers::name);
    col!(organizers::email);
    col!(privacy_notices::officer_name);
    col!(privacy_notices::officer_email);
    col!(privacy_notices::transfer_recipient);
    // The notice's own text is the organizer's to write, in the words they choose.
    col!(privacy_notices::body);
    all.retain(|s| !s.trim().is_empty());
    // The longest first, so a name is removed whole before a shorter one inside it.
    all.sort_by_key(|s| std::cmp::Reverse(s.len()));
    all.dedup();
    all
}

/// Removes every ⟦…⟧ message (innermost first: messages may carry messages).
fn strip_messages(text: &str) -> String {
    let mut s = text.to_owned();
    while let Some(open) = s.rfind('⟦') {
        let Some(close) = s[open..].find('⟧') else {
            break;
        };
        s.replace_range(open..open + close + '⟧'.len_utf8(), " ");
    }
    s
}

/// What is left of a text once messages, typed data, addresses and codes are taken out:
/// the words that did not pass through the catalogue.
fn untranslated(text: &str, typed: &[String]) -> Option<String> {
    let mut s = strip_messages(text);
    for t in typed {
        if s.contains(t.as_str()) {
            s = s.replace(t.as_str(), " ");
        }
    }
    let left: Vec<&str> = s
        .split_whitespace()
        .filter(|w| {
            !(w.contains('@')
                || w.contains("://")
                // Paths and time-zone ids (Asia/Seoul) are identifiers.
                || w.contains('/')
                || *w == "expomatch"
                || *w == "em"
                // Codes people read as codes: KR, USD, HS codes.
                || (w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())))
        })
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .collect();
    (!left.is_empty()).then(|| left.join(" "))
}

/// The visible text of a page, piece by piece: text nodes outside scripts, styles, the
/// language switcher (each language's own name is meant to be read as it is) and
/// anything marked `translate="no"` (column names a file must use), and the attributes
/// people read.
fn pieces(html: &Html) -> Vec<String> {
    let mut out = Vec::new();
    let skip = ["script", "style", "head", "code", "pre", "textarea"];
    for node in html.tree.nodes() {
        match node.value() {
            Node::Text(t) => {
                let hidden = node.ancestors().any(|a| {
                    a.value().as_element().is_some_and(|e| {
                        skip.contains(&e.name())
                            || e.id() == Some("languages")
                            || e.attr("translate") == Some("no")
                    })
                });
                if !hidden && !t.trim().is_empty() {
                    out.push(t.trim().to_owned());
                }
            }
            Node::Element(e) if e.attr("translate") != Some("no") => {
                for attr in ["placeholder", "title", "aria-label", "alt"] {
                    if let Some(v) = e.attr(attr) {
                        out.push(v.to_owned());
                    }
                }
                if e.name() == "input" && matches!(e.attr("type"), Some("submit" | "button")) {
                    out.push(e.attr("value").unwrap_or_default().to_owned());
                }
            }
            _ => {}
        }
    }
    out
}

async fn every_page_of_every_role_passes_through_the_catalogue(app: TestApp) {
    let (organizer, buyer, supplier, typed) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let pseudo = Some(Locale::Pseudo.code());
            diesel::update(organizers::table)
                .set(organizers::locale.eq(pseudo))
                .execute(c)
                .expect("organizers");
            diesel::update(suppliers::table)
                .set(suppliers::locale.eq(pseudo))
                .execute(c)
                .expect("suppliers");
            diesel::update(buyers::table)
                .set(buyers::locale.eq(pseudo))
                .execute(c)
                .expect("buyers");
            let buyer: i32 = buyers::table
                .filter(buyers::profile_completed_at.is_not_null())
                .select(buyers::id)
                .order(buyers::id)
                .first(c)
                .expect("buyer");
            let supplier: i32 = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .select(suppliers::id)
                .order(suppliers::id)
                .first(c)
                .expect("supplier");
            let organizer: i32 = organizers::table
                .select(organizers::id)
                .order(organizers::id)
                .first(c)
                .expect("organizer");
            (organizer, buyer, supplier, typed_text(c))
        })
        .await;
    let visitor = {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let url: url::Url = app.url("/").parse().expect("url");
        jar.add_cookie_str("lang=en-XA", &url);
        client_with_cookies(Some(jar))
    };
    let roles = vec![
        (
            "visitor",
            visitor,
            vec![
                "/",
                "/signin",
                "/signin/supplier",
                "/signin/link",
                "/signin/forgot",
                "/register",
                "/privacy",
            ],
            "",
        ),
        (
            "buyer",
            app.signed_in_as(Role::Buyer, buyer).await,
            vec!["/buyer"],
            "/buyer",
        ),
        (
            "supplier",
            app.signed_in_as(Role::Supplier, supplier).await,
            vec!["/supplier"],
            "/supplier",
        ),
        (
            "organizer",
            app.signed_in_as(Role::Organizer, organizer).await,
            vec!["/organizer"],
            "/organizer",
        ),
    ];
    let mut problems = BTreeSet::new();
    let mut pages_seen = 0;
    for (who, client, starts, area) in &roles {
        let pages = crate::fuzz::crawl::crawl(&app, client, starts, area, 1).await;
        assert!(!pages.is_empty(), "{who}: no pages crawled");
        pages_seen += pages.len();
        for (url, body) in pages {
            let html = Html::parse_document(&body);
            assert_eq!(
                lang_dir(&html).0,
                "en-XA",
                "{who} {url} is in the pseudo-locale"
            );
            for piece in pieces(&html) {
                if let Some(left) = untranslated(&piece, &typed) {
                    let route = crate::fuzz::crawl::route_of("GET", &url).unwrap_or(url.clone());
                    problems.insert(format!("{who} {route}: {left:?} in {piece:?}"));
                }
            }
        }
    }
    eprintln!("pseudo-locale: {pages_seen} pages read");
    for p in &problems {
        eprintln!("untranslated: {p}");
    }
    assert!(
        problems.is_empty(),
        "{} pieces of text did not pass through the catalogue:\n{}",
        problems.len(),
        problems
            .into_iter()
            .take(300)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

on_both_databases!(every_page_of_every_role_passes_through_the_catalogue);

#[test]
fn the_check_finds_english_left_outside_the_catalogue() {
    let typed = vec!["Hanbit Foods".to_owned()];
    assert_eq!(
        untranslated("⟦Book a meeting with Hanbit Foods⟧", &typed),
        None
    );
    assert_eq!(
        untranslated("Hanbit Foods · ⟦Booked⟧ KR 14:00", &typed),
        None
    );
    assert_eq!(
        untranslated("⟦Booked⟧ expires soon", &typed).as_deref(),
        Some("expires soon")
    );
    assert_eq!(untranslated("⟦outer ⟦inner⟧ text⟧", &typed), None);
}

#[test]
fn text_marked_translate_no_and_the_switcher_are_not_read() {
    let html = Html::parse_document(
        r#"<html><body><form><div class="field"><select id="l"><option value="en" lang="en" translate="no" selected>English</option></select></div></form><nav id="languages"><a href="/language/es">Español</a></nav><p>⟦Hello⟧</p></body></html>"#,
    );
    assert_eq!(pieces(&html), ["⟦Hello⟧"]);
}
