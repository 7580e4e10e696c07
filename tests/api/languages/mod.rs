//! Every person in their language: how a request's language is chosen, the switcher,
//! and every page of every role passing through the catalogue.

use diesel::prelude::*;
use expomatch::domain::Role;
use expomatch::i18n::Locale;
use scraper::{Html, Selector};

use crate::helpers::*;
use crate::on_both_databases;

mod choosing;
mod lists;
mod pseudo;

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e:?}"))
}

/// The `lang` and `dir` of a page's `<html>`.
fn lang_dir(html: &Html) -> (String, String) {
    let root = html.select(&sel("html")).next().expect("html");
    (
        root.value().attr("lang").unwrap_or_default().to_owned(),
        root.value().attr("dir").unwrap_or_default().to_owned(),
    )
}
