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

use actix_web::web;

pub fn routes(cfg: &mut web::ServiceConfig) {
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
