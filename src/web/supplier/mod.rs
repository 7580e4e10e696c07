//! The supplier's pages: home (registration state), profile and its public preview,
//! availability, meeting requests and the agenda. Every handler works on the
//! signed-in supplier's own rows only; another supplier's meeting is a 404.

mod agenda;
mod availability;
mod cancel;
mod home;
mod preview;
mod profile;
mod requests;

use actix_web::web;
use chrono::{NaiveDate, NaiveDateTime, TimeZone as _};

use super::AppState;
use super::errors::AppError;
use super::session::SignedInSupplier;
use crate::i18n::Locale;
use crate::store::agenda::ChangeError;
use crate::store::suppliers::{self, StoredProfile};

pub use agenda::agenda_feed;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/supplier", web::get().to(home::home))
        .route("/supplier/profile", web::get().to(profile::profile_form))
        .route("/supplier/profile", web::post().to(profile::save_profile))
        .route("/supplier/profile/preview", web::get().to(preview::preview))
        .route(
            "/supplier/availability",
            web::get().to(availability::availability),
        )
        .route(
            "/supplier/availability/range",
            web::post().to(availability::change_range),
        )
        .route(
            "/supplier/availability/undo",
            web::post().to(availability::undo_range),
        )
        .route(
            "/supplier/availability/{slot}/block",
            web::post().to(availability::block_slot),
        )
        .route(
            "/supplier/availability/{slot}/unblock",
            web::post().to(availability::unblock_slot),
        )
        .route("/supplier/agenda", web::get().to(agenda::agenda_page))
        .route(
            "/supplier/agenda/print",
            web::get().to(agenda::agenda_print),
        )
        .route(
            "/supplier/meetings/{id}/calendar.ics",
            web::get().to(agenda::meeting_calendar),
        )
        .route(
            "/supplier/meetings/{id}/cancel",
            web::get().to(cancel::cancel_form),
        )
        .route(
            "/supplier/meetings/{id}/cancel",
            web::post().to(cancel::cancel),
        )
        .route("/supplier/requests", web::get().to(requests::requests_page))
        .route(
            "/supplier/requests/{id}/answer",
            web::post().to(requests::answer),
        )
        .route(
            "/supplier/requests/new",
            web::post().to(requests::request_meeting),
        );
}

/// The venue's time zone: every time on these pages is shown in it.
fn venue_tz(p: &StoredProfile) -> Result<chrono_tz::Tz, AppError> {
    Ok(crate::domain::TimeZone::stored(&p.venue_timezone)?.tz())
}

/// The signed-in supplier's profile (404 if it is gone).
async fn load_profile(state: &AppState, me: &SignedInSupplier) -> Result<StoredProfile, AppError> {
    let id = me.id;
    state
        .db(move |c| suppliers::profile(c, id)?.ok_or(AppError::NotFound))
        .await
}

/// A day's heading in the reader's language, e.g. "Mon 2 March 2026".
fn day_title(t: Locale, day: NaiveDate) -> String {
    t.date(&day)
}

/// A slot's start and end in the venue's time, e.g. "09:00–09:30".
fn clock(t: Locale, starts: NaiveDateTime, ends: NaiveDateTime, tz: chrono_tz::Tz) -> String {
    t.time_range(
        &tz.from_utc_datetime(&starts).time(),
        &tz.from_utc_datetime(&ends).time(),
    )
}

/// A refused meeting or request change as the error page that says why.
fn change_error(e: ChangeError) -> AppError {
    match e {
        ChangeError::NotFound => AppError::NotFound,
        ChangeError::NotOpen(why) => AppError::Conflict(why.to_owned()),
        ChangeError::Letter(why) => AppError::internal(anyhow::anyhow!("email: {why}")),
        ChangeError::Db(e) => e.into(),
    }
}
