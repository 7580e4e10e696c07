//! The organizer sets up an expo, one page or form per module; this module lists its routes.

mod buyers;
mod days;
mod expo;
mod grid;
mod import;
mod meeting;
mod meeting_changes;
mod new_expo;
mod tables;
mod video_links;

use actix_web::web;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.configure(video_links::routes);
    cfg.route("/organizer/expos/new", web::get().to(new_expo::new_expo))
        .route("/organizer/expos", web::post().to(new_expo::create_expo))
        .route("/organizer/expos/{id}", web::get().to(expo::expo))
        .route("/organizer/expos/{id}", web::post().to(expo::update_expo))
        .route(
            "/organizer/expos/{id}/status",
            web::post().to(expo::set_status),
        )
        .route("/organizer/expos/{id}/days", web::post().to(days::add_day))
        .route(
            "/organizer/expos/{id}/tables",
            web::post().to(tables::add_tables),
        )
        .route(
            "/organizer/expos/{id}/buyers",
            web::post().to(buyers::invite_buyer),
        )
        .route("/organizer/expos/{id}/grid", web::get().to(grid::grid))
        .route(
            "/organizer/expos/{id}/meetings",
            web::post().to(meeting_changes::add_meeting),
        )
        .route("/organizer/meetings/{id}", web::get().to(meeting::meeting))
        .route(
            "/organizer/meetings/{id}/move",
            web::post().to(meeting_changes::move_meeting),
        )
        .route(
            "/organizer/meetings/{id}/cancel",
            web::post().to(meeting_changes::cancel_meeting),
        )
        .route(
            "/organizer/meetings/{id}/mode",
            web::post().to(meeting_changes::set_meeting_mode),
        )
        .route(
            "/organizer/meetings/{id}/video",
            web::post().to(meeting_changes::set_meeting_video),
        )
        .route(
            "/organizer/expos/{id}/import",
            web::get().to(import::import_form),
        )
        .route(
            "/organizer/expos/{id}/import/preview",
            web::post().to(import::import_preview),
        )
        .route(
            "/organizer/expos/{id}/import/file",
            web::post().to(import::import_file),
        )
        .route(
            "/organizer/expos/{id}/import",
            web::post().to(import::import_confirm),
        )
        .route(
            "/organizer/expos/{id}/buyers/{buyer}/invite",
            web::post().to(buyers::resend_invitation),
        );
}

/// A slot plan the day form cannot have, as a field error's text.
pub(crate) fn slot_plan_text(e: &crate::domain::slots::SlotPlanError) -> crate::domain::text::Text {
    use crate::domain::slots::SlotPlanError as E;
    match e {
        E::EndsBeforeStart => crate::text!("err-setup-day-ends-before-start"),
        E::SlotLength => crate::text!("err-setup-day-slot-length"),
        E::NoSlots => crate::text!("err-setup-day-no-slots"),
        E::GapLength => crate::text!("err-setup-day-gap-length"),
        E::Break => crate::text!("err-setup-day-break"),
        E::NonexistentLocalTime(at) => crate::text!(
            "err-setup-day-nonexistent-time",
            time = at.format("%H:%M").to_string()
        ),
    }
}

/// A unique index's refusal in the setup stores (`StoreError::Conflict`), as a field
/// error's text: the stores say which rule in English for the log; people read the key.
pub(crate) fn conflict_text(why: &str) -> crate::domain::text::Text {
    if why.contains("consultation day on that date") {
        crate::text!("err-setup-day-taken")
    } else if why.contains("slot at this time") {
        crate::text!("err-setup-slot-taken")
    } else if why.contains("label") {
        crate::text!("err-setup-table-label-taken")
    } else if why.contains("buyer with this email") {
        crate::text!("err-setup-buyer-taken")
    } else {
        crate::text!("err-setup-conflict")
    }
}
