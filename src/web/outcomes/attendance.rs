//! The organizer marks a meeting held or a no-show.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::MeetingId;
use crate::domain::status::MeetingStatus;
use crate::store::{self, StoreError, outcomes};
use crate::text;
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::Chrome;
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AttendanceFields {
    /// The stored code of held or no-show.
    attendance: String,
}

/// Marks a meeting held or a no-show.
pub async fn attendance(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<AttendanceFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let held = match fields.attendance.parse::<MeetingStatus>() {
        Ok(MeetingStatus::Held) => true,
        Ok(MeetingStatus::NoShow) => false,
        _ => {
            return Err(AppError::BadRequest(chrome.t.get("err-ops-attendance")));
        }
    };
    let organizer = me.id;
    let done = state
        .db(
            move |c| match outcomes::mark_attendance(c, meeting, held, organizer, store::now()) {
                Ok(()) => Ok(Ok(())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            },
        )
        .await?;
    let back = format!("/organizer/meetings/{}", meeting.0);
    match done {
        Ok(()) if held => {
            session::flash(&session, "success", text!("ops-attendance-held"));
            Ok(see_other(&format!("{back}/outcome")))
        }
        Ok(()) => {
            session::flash(&session, "success", text!("ops-attendance-no-show"));
            Ok(see_other(&back))
        }
        Err(why) => {
            session::flash(
                &session,
                "error",
                text!(
                    "ops-not-changed",
                    why = chrome.t.text(&super::refusal(&why))
                ),
            );
            Ok(see_other(&back))
        }
    }
}
