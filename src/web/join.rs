//! Joining an online or hybrid meeting through the service: the signed-in participant
//! (or an organizer) at `/meetings/{id}/join`, or anyone holding a participant's own
//! link from their email or calendar at `/join/{meeting}/{role}/{person}/{key}`. The
//! join is recorded, then the browser goes to the room; the room's address is never
//! written on a page.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use diesel::prelude::*;

use crate::db::schema::meetings;
use crate::domain::online::{Room, join_key_valid};
use crate::domain::status::{MeetingMode, MeetingStatus};
use crate::domain::text::Text;
use crate::domain::{MeetingId, Party, Role};
use crate::text;
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render_with_status};
use crate::web::session;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/meetings/{id}/join", web::get().to(signed_in))
        .route(
            "/join/{meeting}/{role}/{person}/{key}",
            web::get().to(by_link),
        );
}

#[derive(Template)]
#[template(path = "public/join.html")]
struct JoinPage {
    chrome: Chrome,
    heading: &'static str,
    message: Text,
    back: Option<String>,
}

/// The signed-in participant's (or an organizer's) Join button.
async fn signed_in(
    state: web::Data<AppState>,
    path: web::Path<i32>,
    req: HttpRequest,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let Some(who) = session::identity(&req) else {
        return Err(AppError::NotSignedIn {
            next: req.path().to_owned(),
        });
    };
    join(
        &state,
        MeetingId(path.into_inner()),
        who.role.into(),
        who.id,
        chrome,
    )
    .await
}

/// A participant's own join link, from their email or calendar file.
async fn by_link(
    state: web::Data<AppState>,
    path: web::Path<(i32, String, i32, String)>,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (meeting, role, person, key) = path.into_inner();
    let Some(role) = Party::parse_participant(&role) else {
        return Err(AppError::NotFound);
    };
    if !join_key_valid(&state.settings.secret_key, meeting, role, person, &key) {
        return Err(AppError::NotFound);
    }
    join(&state, MeetingId(meeting), role, person, chrome).await
}

/// What the Join button found.
enum Outcome {
    Go(String),
    Refused(&'static str, Text),
}

async fn join(
    state: &AppState,
    meeting: MeetingId,
    role: Party,
    person: i32,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let secret = state.settings.secret_key.clone();
    let outcome = state
        .db(move |c| {
            let row: Option<(i32, i32, Option<i32>, MeetingStatus)> = meetings::table
                .find(meeting.0)
                .select((
                    meetings::buyer_id,
                    meetings::supplier_id,
                    meetings::interpreter_id,
                    meetings::status,
                ))
                .first(c)
                .optional()?;
            let Some((buyer, supplier, interpreter, status)) = row else {
                return Err(AppError::NotFound);
            };
            let own = match role {
                Party::Buyer => buyer == person,
                Party::Supplier => supplier == person,
                Party::Interpreter => interpreter == Some(person),
                Party::Organizer => true,
            };
            if !own {
                return Err(AppError::NotFound);
            }
            if status == MeetingStatus::Cancelled {
                return Ok(Outcome::Refused(
                    "join-cancelled-heading",
                    text!("join-cancelled"),
                ));
            }
            let (mode, room) =
                crate::store::online::room_of(c, meeting, &secret)?.ok_or(AppError::NotFound)?;
            if mode == MeetingMode::Table {
                return Ok(Outcome::Refused(
                    "join-at-table-heading",
                    text!("join-at-table"),
                ));
            }
            let (Room::Link(url) | Room::Generated(url)) = room else {
                return Ok(Outcome::Refused(
                    "join-not-yet-heading",
                    text!("join-not-yet"),
                ));
            };
            crate::store::online::record_join(c, meeting, role, person, crate::store::now())?;
            Ok(Outcome::Go(url))
        })
        .await?;
    match outcome {
        Outcome::Go(url) => Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, url))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .insert_header((header::REFERRER_POLICY, "no-referrer"))
            .finish()),
        Outcome::Refused(heading, message) => {
            let back = match chrome.user.as_ref().map(|u| u.role) {
                Some(Role::Buyer) => Some("/buyer".to_owned()),
                Some(Role::Supplier) => Some("/supplier/agenda".to_owned()),
                Some(Role::Organizer) => Some(format!("/organizer/meetings/{}", meeting.0)),
                None => None,
            };
            render_with_status(
                &JoinPage {
                    chrome,
                    heading,
                    message,
                    back,
                },
                actix_web::http::StatusCode::CONFLICT,
            )
        }
    }
}
