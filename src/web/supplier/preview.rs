//! The supplier's profile exactly as buyers see it.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::matching::Match;
use crate::domain::reference;
use crate::domain::status::SupplierStatus;
use crate::flows::booking::SupplierCard;
use crate::store::suppliers::StoredProfile;
use crate::web::AppState;
use crate::web::buyer::SlotChoice;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::session::SignedInSupplier;

use super::load_profile;

/// The supplier's page exactly as buyers see it: the buyer page's own partial, fed
/// the same card, with booking replaced by a note.
#[derive(Template)]
#[template(path = "supplier/preview.html")]
pub struct PreviewPage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub card: SupplierCard,
    pub choices: Vec<SlotChoice>,
    pub closed: Option<String>,
    pub problem: Option<String>,
    pub alternatives: Vec<SlotChoice>,
    pub current: Option<SlotChoice>,
    pub action: String,
    pub heading: String,
    /// The buyers' request form stays off in the preview.
    pub requests: bool,
}

impl PreviewPage {
    pub fn days(&self) -> Vec<(String, Vec<&SlotChoice>)> {
        Vec::new()
    }
}

/// The card buyers get for this supplier (without a match score: that depends on
/// the buyer).
fn card_of(p: &StoredProfile) -> SupplierCard {
    SupplierCard {
        id: p.id,
        name_ko: p.company_name_ko.clone(),
        name_en: p.company_name_en.clone(),
        city: p.address.clone(),
        website: p.website.clone(),
        pitch: p.pitch.clone(),
        pitch_en: p.pitch_en.clone(),
        languages: p.languages.clone(),
        sectors: p
            .sectors
            .iter()
            .filter_map(|c| reference::sector(c).map(|s| ((*c).clone(), s.1.to_owned())))
            .collect(),
        served_markets: p.served_markets.clone(),
        target_markets: p.target_markets.clone(),
        products: p
            .products
            .iter()
            .map(|x| {
                (
                    x.name.clone(),
                    x.description.clone(),
                    x.hs_code.clone(),
                    x.image_url.clone(),
                )
            })
            .collect(),
        products_en: p
            .products
            .iter()
            .map(|x| (x.name_en.clone(), x.description_en.clone()))
            .collect(),
        fit: Match {
            score: 0,
            reasons: Vec::new(),
        },
        catalogue_url: p.catalogue_url.clone(),
        company_size: p.company_size.clone(),
        year_founded: p.year_founded,
    }
}

pub async fn preview(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let p = load_profile(&state, &me).await?;
    let t = chrome.t;
    render(&PreviewPage {
        chrome,
        card: card_of(&p),
        choices: Vec::new(),
        closed: Some(t.get("sup-preview-closed")),
        problem: None,
        alternatives: Vec::new(),
        current: None,
        action: String::new(),
        heading: t.get("sup-page-book"),
        requests: false,
        p,
    })
}
