//! The organizer's meeting changes (move, cancel, add); both participants are told.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::flows::meetings::Moved;

use crate::domain::{BuyerId, ExpoId};
use crate::store::{self, StoreError};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

/// An organizer's meeting change that was refused, as the reason to show; any other
/// failure as the error page.
fn refusal(e: crate::flows::meetings::ChangeError) -> Result<String, AppError> {
    match e {
        crate::flows::meetings::ChangeError::Store(StoreError::Conflict(why)) => Ok(why),
        crate::flows::meetings::ChangeError::Store(e) => Err(e.into()),
        other => Err(AppError::internal(other)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveFields {
    slot: String,
    table: String,
}

/// Moves a meeting to another time and/or table; both participants get the update.
pub async fn move_meeting(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<MoveFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = crate::domain::MeetingId(id.into_inner());
    let back = format!("/organizer/meetings/{}", meeting.0);
    let slot = fields
        .slot
        .trim()
        .parse::<i32>()
        .map_err(|_| AppError::BadRequest("choose the new time".into()))?;
    let table = match fields.table.trim() {
        "" => None,
        t => Some(crate::domain::TableId(t.parse::<i32>().map_err(|_| {
            AppError::BadRequest("choose a table or \"any free table\"".into())
        })?)),
    };
    let ctx = state.mail();
    let organizer = me.id;
    let moved = state
        .db(move |c| {
            match crate::flows::meetings::move_to(
                c,
                meeting,
                crate::domain::SlotId(slot),
                table,
                organizer,
                &ctx,
                store::now(),
            ) {
                Ok(moved) => Ok(Ok(moved)),
                Err(e) => refusal(e).map(Err),
            }
        })
        .await?;
    match moved {
        Ok(Moved::Time) => {
            session::flash(&session, "success", crate::text!("org-flash-meeting-moved"))
        }
        Ok(Moved::Table) => session::flash(
            &session,
            "success",
            crate::text!("org-flash-meeting-table-changed"),
        ),
        Ok(Moved::Unchanged) => session::flash(
            &session,
            "success",
            crate::text!("org-flash-meeting-unchanged"),
        ),
        Err(why) => session::flash(
            &session,
            "error",
            crate::text!("org-flash-not-moved", why = why),
        ),
    }
    Ok(see_other(&back))
}

#[derive(Deserialize, Default)]
pub struct CancelFields {
    #[serde(default)]
    reason: String,
}

/// Cancels a meeting with a reason; both participants get the cancellation.
pub async fn cancel_meeting(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<CancelFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = crate::domain::MeetingId(id.into_inner());
    let reason = fields.into_inner().reason.trim().to_owned();
    let back = format!("/organizer/meetings/{}", meeting.0);
    if reason.is_empty() || reason.chars().count() > 500 {
        session::flash(&session, "error", crate::text!("err-setup-cancel-reason"));
        return Ok(see_other(&back));
    }
    let ctx = state.mail();
    let organizer = me.id;
    state
        .db(move |c| {
            crate::flows::meetings::cancel(c, meeting, &reason, organizer, &ctx, store::now())
                .map_err(|e| match e {
                    crate::flows::meetings::ChangeError::Store(s) => AppError::from(s),
                    other => AppError::internal(other),
                })
        })
        .await?;
    session::flash(
        &session,
        "success",
        crate::text!("org-flash-meeting-cancelled"),
    );
    Ok(see_other(&back))
}

#[derive(Deserialize, Default)]
pub struct AddMeetingFields {
    #[serde(default)]
    buyer: String,
    #[serde(default)]
    supplier: String,
    #[serde(default)]
    slot: String,
    #[serde(default)]
    day: String,
}

/// Adds a meeting at the first free table; both participants are told.
pub async fn add_meeting(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<AddMeetingFields>,
) -> Result<HttpResponse, AppError> {
    let expo = ExpoId(id.into_inner());
    let f = fields.into_inner();
    let back = format!(
        "/organizer/expos/{}/grid?day={}",
        expo.0,
        f.day.trim().parse::<i32>().unwrap_or(0)
    );
    let number = |raw: &str, what: &str| {
        raw.trim()
            .parse::<i32>()
            .map_err(|_| AppError::BadRequest(format!("choose a {what}")))
    };
    let (buyer, supplier, slot) = (
        number(&f.buyer, "buyer")?,
        number(&f.supplier, "supplier")?,
        number(&f.slot, "time")?,
    );
    let ctx = state.mail();
    let organizer = me.id;
    let added = state
        .db(move |c| {
            match crate::flows::meetings::add(
                c,
                expo,
                BuyerId(buyer),
                crate::domain::SupplierId(supplier),
                crate::domain::SlotId(slot),
                organizer,
                &ctx,
                store::now(),
            ) {
                Ok(_) => Ok(Ok(())),
                Err(e) => refusal(e).map(Err),
            }
        })
        .await?;
    match added {
        Ok(()) => session::flash(&session, "success", crate::text!("org-flash-meeting-added")),
        Err(why) => session::flash(
            &session,
            "error",
            crate::text!("org-flash-not-added", why = why),
        ),
    }
    Ok(see_other(&back))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VideoFields {
    video_url: String,
}

/// Pastes (or clears) the video link of one online or hybrid meeting: it comes before
/// the supplier's, the table's and a generated room. Only `https` links; anything else
/// is refused with the reason and changes nothing. Participants keep their own join
/// links, which lead to the new room at once.
pub async fn set_meeting_video(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<VideoFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = id.into_inner();
    let back = format!("/organizer/meetings/{meeting}#online-joins");
    let link = match crate::domain::online::VideoLink::parse("video_url", &fields.video_url) {
        Ok(link) => link.map(|l| l.as_str().to_owned()).unwrap_or_default(),
        Err(e) => {
            session::flash(&session, "error", e.message);
            return Ok(see_other(&back));
        }
    };
    let organizer = me.id;
    state
        .db(move |c| {
            Ok(store::audit::by_organizer(
                c,
                organizer,
                "meeting.video_link",
                ("meeting", Some(meeting)),
                if link.is_empty() { "cleared" } else { "set" },
                store::now(),
                |c| store::online::set_meeting_link(c, crate::domain::MeetingId(meeting), &link),
            )?)
        })
        .await?;
    session::flash(&session, "success", crate::text!("org-flash-video-saved"));
    Ok(see_other(&back))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ModeFields {
    mode: String,
}

/// Changes how a booked meeting takes place (at a table, online or hybrid) at the
/// same time; both sides get the updated invitation.
pub async fn set_meeting_mode(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<ModeFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = crate::domain::MeetingId(id.into_inner());
    let back = format!("/organizer/meetings/{}#meeting-mode", meeting.0);
    let Ok(mode) = fields
        .mode
        .trim()
        .parse::<crate::domain::status::MeetingMode>()
    else {
        session::flash(&session, "error", crate::text!("err-meeting-mode"));
        return Ok(see_other(&back));
    };
    let ctx = state.mail();
    let organizer = me.id;
    let changed = state
        .db(move |c| {
            match crate::flows::meetings::change_mode(
                c,
                meeting,
                mode,
                organizer,
                &ctx,
                store::now(),
            ) {
                Ok(changed) => Ok(Ok(changed)),
                Err(e) => refusal(e).map(Err),
            }
        })
        .await?;
    match changed {
        Ok(true) => session::flash(&session, "success", crate::text!("org-flash-mode-changed")),
        Ok(false) => session::flash(
            &session,
            "success",
            crate::text!("org-flash-meeting-unchanged"),
        ),
        Err(why) => session::flash(
            &session,
            "error",
            crate::text!("org-flash-not-moved", why = why),
        ),
    }
    Ok(see_other(&back))
}
