//! Personal data (PIPA): the public privacy notice, consents asked again when the
//! notice changed, each person's "my data" page with its JSON download and deletion
//! request, and the organizer's notice editor and deletion queue.

mod consent;
mod consent_block;
mod gate;
mod my_data;
mod notice;
mod organizer;

use actix_web::{HttpRequest, web};

use super::AppState;
use crate::domain::Role;

pub use consent_block::{ConsentBlock, current_notice};
pub use gate::{consent_gate, landing_after_sign_in};
pub use notice::my_data_path;

/// Set in the session of a person who must consent to the current notice before using
/// their pages; [`consent_gate`] sends them to their consent page until they do.
const CONSENT_DUE: &str = "privacy_due";

/// The person's data pages: `…/privacy`, its JSON, consent, news and deletion forms.
fn base_of(role: Role) -> &'static str {
    match role {
        Role::Buyer => "/buyer/privacy",
        _ => "/supplier/privacy",
    }
}

/// Where a person consents to the current notice.
pub fn consent_path(role: Role) -> &'static str {
    match role {
        Role::Buyer => "/buyer/privacy/consent",
        _ => "/supplier/privacy/consent",
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/privacy", web::get().to(notice::notice_page))
        .route("/buyer/privacy", web::get().to(my_data::buyer_data))
        .route(
            "/buyer/privacy/data.json",
            web::get().to(my_data::buyer_json),
        )
        .route(
            "/buyer/privacy/consent",
            web::get().to(consent::buyer_consent_form),
        )
        .route(
            "/buyer/privacy/consent",
            web::post().to(consent::buyer_consent),
        )
        .route("/buyer/privacy/news", web::post().to(my_data::buyer_news))
        .route(
            "/buyer/privacy/reminders",
            web::post().to(my_data::buyer_reminders),
        )
        .route(
            "/buyer/privacy/delete",
            web::post().to(my_data::buyer_delete),
        )
        .route("/supplier/privacy", web::get().to(my_data::supplier_data))
        .route(
            "/supplier/privacy/data.json",
            web::get().to(my_data::supplier_json),
        )
        .route(
            "/supplier/privacy/consent",
            web::get().to(consent::supplier_consent_form),
        )
        .route(
            "/supplier/privacy/consent",
            web::post().to(consent::supplier_consent),
        )
        .route(
            "/supplier/privacy/news",
            web::post().to(my_data::supplier_news),
        )
        .route(
            "/supplier/privacy/reminders",
            web::post().to(my_data::supplier_reminders),
        )
        .route(
            "/supplier/privacy/delete",
            web::post().to(my_data::supplier_delete),
        )
        .route(
            "/organizer/privacy",
            web::get().to(organizer::organizer_page),
        )
        .route("/organizer/privacy", web::post().to(organizer::save_notice))
        .route(
            "/organizer/privacy/requests/{id}/carry-out",
            web::post().to(organizer::carry_out),
        );
}

/// The client address a consent is recorded with (the proxy's header only when the
/// settings trust it).
pub(crate) fn client_ip(req: &HttpRequest, state: &AppState) -> String {
    let key = super::public::client_key(req, &state.settings.proxies);
    key.strip_prefix("ip:").unwrap_or(&key).to_owned()
}
