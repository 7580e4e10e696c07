//! The supplier directory: filters, paging, best match first.

use std::collections::BTreeSet;

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::reference;
use crate::flows::booking::{self, SupplierCard};
use crate::store::{buyers, directory};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::page_cache::{PageKey, cached};
use crate::web::session::SignedInBuyer;

#[derive(Deserialize, Default, Clone)]
pub struct DirectoryQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub experience: String,
    /// From 1; a page past the last shows the last.
    #[serde(default)]
    pub page: String,
}

/// Suppliers per directory page: a phone scrolls through this many comfortably.
pub const DIRECTORY_PAGE: usize = 20;

#[derive(Template)]
#[template(path = "buyer/directory.html")]
pub struct DirectoryPage {
    pub chrome: Chrome,
    pub query: DirectoryQuery,
    /// This page's suppliers.
    pub cards: Vec<SupplierCard>,
    /// Suppliers that match the filters, on all pages.
    pub matching: usize,
    /// Approved suppliers at the expo.
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    /// Directory words misspelt search words were read as.
    pub corrected: Vec<String>,
    pub sectors: Vec<(String, String, String)>,
    /// (code, name) of the markets and languages the expo's suppliers have, by name.
    pub markets: Choices,
    pub languages: Choices,
}

/// (code, name) choices of a filter.
/// (code, name in the reader's language) of a filter's choices.
type Choices = Vec<(&'static str, String)>;

/// The choices of the directory's market and language filters: those some supplier
/// has (any other would only ever show an empty list), plus the one asked for, sorted
/// by name as the reader's language sorts them.
fn filter_choices(
    t: crate::i18n::Locale,
    markets: &[String],
    languages: &[String],
    query: &DirectoryQuery,
) -> (Choices, Choices) {
    fn known<'a>(
        codes: impl Iterator<Item = &'a str>,
        find: impl Fn(&str) -> Option<&'static str>,
        name: impl Fn(&str) -> String,
    ) -> Vec<(&'static str, String)> {
        let codes: BTreeSet<&str> = codes.collect();
        codes
            .into_iter()
            .filter_map(find)
            .map(|code| (code, name(code)))
            .collect()
    }
    let markets = known(
        markets
            .iter()
            .map(String::as_str)
            .chain([query.country.as_str()]),
        |code| {
            reference::COUNTRIES
                .iter()
                .find(|(c, _, _)| *c == code)
                .map(|&(c, _, _)| c)
        },
        |code| t.country(code),
    );
    let languages = known(
        languages
            .iter()
            .map(String::as_str)
            .chain([query.language.as_str()]),
        |code| {
            reference::LANGUAGES
                .iter()
                .find(|(c, _)| *c == code)
                .map(|&(c, _)| c)
        },
        |code| t.language(code),
    );
    (t.sorted(markets), t.sorted(languages))
}

impl DirectoryPage {
    /// The position of this page's first supplier among the matching ones, from 1.
    pub fn first_shown(&self) -> usize {
        (self.page - 1) * DIRECTORY_PAGE + 1
    }

    pub fn last_shown(&self) -> usize {
        self.first_shown() + self.cards.len() - 1
    }

    /// The link to page `n` with the same filters.
    pub fn page_link(&self, n: usize) -> String {
        let q = &self.query;
        let mut link = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("q", q.q.as_str()),
            ("sector", q.sector.as_str()),
            ("country", q.country.as_str()),
            ("language", q.language.as_str()),
            ("experience", q.experience.as_str()),
        ] {
            if !value.is_empty() {
                link.append_pair(name, value);
            }
        }
        link.append_pair("page", &n.to_string());
        format!("/buyer/suppliers?{}", link.finish())
    }

    pub fn filtered(&self) -> bool {
        !(self.query.q.is_empty()
            && self.query.sector.is_empty()
            && self.query.country.is_empty()
            && self.query.language.is_empty()
            && self.query.experience.is_empty())
    }

    /// How many of the filters behind "Filters" are set (the search box stays out).
    pub fn filters_set(&self) -> usize {
        [
            &self.query.sector,
            &self.query.country,
            &self.query.language,
            &self.query.experience,
        ]
        .iter()
        .filter(|v| !v.is_empty())
        .count()
    }
}

/// Approved suppliers, best match first, filtered by text, sector, market, language
/// and export experience. Unknown filter values are a clear 400, not an empty list.
pub async fn directory(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    query: web::Query<DirectoryQuery>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, directory_page(state, me, chrome, query)).await
}

async fn directory_page(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    query: web::Query<DirectoryQuery>,
) -> Result<HttpResponse, AppError> {
    let mut query = query.into_inner();
    query.country = query.country.trim().to_ascii_uppercase();
    if !query.country.is_empty() && reference::country_name(&query.country).is_none() {
        return Err(AppError::BadRequest(format!(
            "there is no country {:?}",
            query.country
        )));
    }
    if !query.language.is_empty() && reference::language_name(&query.language).is_none() {
        return Err(AppError::BadRequest(format!(
            "there is no language {:?}",
            query.language
        )));
    }
    if !["", "exporting", "new"].contains(&query.experience.as_str()) {
        return Err(AppError::BadRequest(format!(
            "there is no export experience {:?}",
            query.experience
        )));
    }
    if query.q.chars().count() > 200 {
        return Err(AppError::BadRequest(
            "the search text is longer than 200 characters".into(),
        ));
    }
    let page = match query.page.trim() {
        "" => 1,
        raw => raw
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                AppError::BadRequest(format!("there is no page {raw:?}: pages count from 1"))
            })?,
    };
    let sectors = state.db(|c| Ok(buyers::sectors(c)?)).await?;
    if !query.sector.is_empty() && !sectors.iter().any(|(code, _, _)| *code == query.sector) {
        return Err(AppError::BadRequest(format!(
            "there is no sector {:?}",
            query.sector
        )));
    }
    let asked = query.clone();
    let (found, markets, languages) = state
        .db(move |c| {
            let facts = booking::buyer_facts(c, me.id)?.ok_or(AppError::NotFound)?;
            let search = directory::Search {
                text: &asked.q,
                sector: &asked.sector,
                country: &asked.country,
                language: &asked.language,
                experience: &asked.experience,
            };
            Ok((
                directory::find(c, &facts, &search, page, DIRECTORY_PAGE)?,
                directory::filter_values(c, facts.expo, 'm')?,
                directory::filter_values(c, facts.expo, 'l')?,
            ))
        })
        .await?;
    let (markets, languages) = filter_choices(chrome.t, &markets, &languages, &query);
    render(&DirectoryPage {
        chrome,
        query,
        cards: found.cards,
        matching: found.matching,
        total: found.total,
        page: found.page,
        pages: found.pages,
        corrected: found.corrected,
        sectors,
        markets,
        languages,
    })
}
