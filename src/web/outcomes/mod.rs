//! On the day and after: an organizer marks a meeting held or a no-show, records what
//! it produced, and reads the export report.

mod attendance;
mod outcome;
mod report;
mod supplier;

use actix_web::web;

use crate::domain::text::Text;
use crate::text;

/// A store's refusal to change a meeting's attendance or outcome, for the person.
fn refusal(why: &str) -> Text {
    match why {
        "mark the meeting as held before recording its outcome" => {
            text!("err-ops-outcome-not-held")
        }
        "another meeting now holds that slot, so it cannot be marked held" => {
            text!("err-ops-attendance-slot-taken")
        }
        other => text!("err-ops-refused", why = other.to_owned()),
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/supplier/meetings/{id}/outcome",
        web::get().to(supplier::supplier_outcome),
    )
    .route(
        "/supplier/meetings/{id}/outcome",
        web::post().to(supplier::supplier_save_outcome),
    )
    .route(
        "/supplier/meetings/{id}/no-show",
        web::post().to(supplier::supplier_no_show),
    )
    .route(
        "/organizer/meetings/{id}/attendance",
        web::post().to(attendance::attendance),
    )
    .route(
        "/organizer/meetings/{id}/attendance/undo",
        web::post().to(attendance::undo),
    )
    .route(
        "/organizer/meetings/{id}/outcome",
        web::get().to(outcome::show_outcome),
    )
    .route(
        "/organizer/meetings/{id}/outcome",
        web::post().to(outcome::save_outcome),
    )
    .route(
        "/organizer/expos/{id}/report",
        web::get().to(report::show_report),
    )
    .route(
        "/organizer/expos/{id}/report.{format}",
        web::get().to(report::export_report),
    );
}
