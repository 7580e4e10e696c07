//! The foreign buyer's pages, one per module (times in its own zone, the venue's beside); this module lists their routes.

mod calendar;
mod directory;
mod home;
mod meeting_changes;
mod profile;
mod requests;
mod supplier;

use actix_web::web;
use chrono_tz::Tz;

use super::errors::AppError;

pub use calendar::agenda_feed;
pub use supplier::SlotChoice;

fn tz(name: &str) -> Result<Tz, AppError> {
    Ok(crate::domain::TimeZone::stored(name)?.tz())
}

/// Form fields as urlencoded pairs, so repeated keys (checkbox groups) are kept.
fn pairs(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body).into_owned().collect()
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/buyer", web::get().to(home::home))
        .route("/buyer/checkin.svg", web::get().to(home::checkin_qr))
        .route("/buyer/profile", web::get().to(profile::profile_form))
        .route("/buyer/profile", web::post().to(profile::save_profile))
        .route("/buyer/suppliers", web::get().to(directory::directory))
        .route("/buyer/suppliers/{id}", web::get().to(supplier::supplier))
        .route("/buyer/suppliers/{id}/book", web::post().to(supplier::book))
        .route(
            "/buyer/suppliers/{id}/request",
            web::post().to(requests::send_request),
        )
        .route("/buyer/requests", web::get().to(requests::requests_page))
        .route(
            "/buyer/requests/{id}/answer",
            web::post().to(requests::answer_request),
        )
        .route(
            "/buyer/meetings/{id}/move",
            web::get().to(meeting_changes::move_form),
        )
        .route(
            "/buyer/meetings/{id}/move",
            web::post().to(meeting_changes::move_meeting),
        )
        .route(
            "/buyer/meetings/{id}/cancel",
            web::post().to(meeting_changes::cancel_meeting),
        )
        .route(
            "/buyer/meetings/{id}/calendar.ics",
            web::get().to(calendar::meeting_calendar),
        );
}
