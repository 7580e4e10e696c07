//! The organizer marks a meeting held or a no-show (after a confirmation, and before
//! its start only with a reason), or takes that back the same day.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::MeetingId;
use crate::domain::status::MeetingStatus;
use crate::flows::attendance::{self, AttendanceError};
use crate::store::{self, meetings};
use crate::text;
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AttendanceFields {
    /// The stored code of held or no-show.
    attendance: String,
    /// Why attendance is recorded before the meeting's start.
    reason: String,
    /// "yes" once the organizer has confirmed.
    confirm: String,
}

/// The question asked before attendance is recorded.
#[derive(Template)]
#[template(path = "organizer/attendance_confirm.html")]
pub struct ConfirmPage {
    pub chrome: Chrome,
    pub m: meetings::MailView,
    pub when: String,
    pub to: MeetingStatus,
    pub reason: String,
}

impl ConfirmPage {
    pub fn state(&self) -> String {
        self.chrome.t.label(&self.to)
    }
}

/// Marks a meeting held or a no-show once the organizer has confirmed; without the
/// confirmation it asks, and changes nothing.
pub async fn attendance(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<AttendanceFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let to = match fields.attendance.parse::<MeetingStatus>() {
        Ok(s @ (MeetingStatus::Held | MeetingStatus::NoShow)) => s,
        _ => {
            return Err(AppError::BadRequest(chrome.t.get("err-ops-attendance")));
        }
    };
    let back = format!("/organizer/meetings/{}", meeting.0);
    let reason = fields.reason.trim().to_owned();
    if fields.confirm != "yes" {
        let m = state
            .db(move |c| store::meetings::mail_view(c, meeting)?.ok_or(AppError::NotFound))
            .await?;
        let venue = crate::domain::TimeZone::stored(&m.venue_timezone)?.tz();
        let when = chrome
            .t
            .time_pair(&m.starts_at, &m.ends_at, venue, venue)
            .local;
        return render(&ConfirmPage {
            chrome,
            m,
            when,
            to,
            reason,
        });
    }
    let organizer = me.id;
    let ctx = state.mail();
    let held = to == MeetingStatus::Held;
    let done = state
        .db(move |c| {
            let by = ("organizer", organizer.0);
            outcome(attendance::record(
                c,
                meeting,
                held,
                by,
                &reason,
                &ctx,
                store::now(),
            ))
        })
        .await?;
    match done {
        Ok(_) if held => {
            session::flash(&session, "success", text!("ops-attendance-held"));
            Ok(see_other(&format!("{back}/outcome")))
        }
        Ok(_) => {
            session::flash(&session, "success", text!("ops-attendance-no-show"));
            Ok(see_other(&back))
        }
        Err(why) => {
            session::flash(
                &session,
                "error",
                text!("ops-not-changed", why = chrome.t.text(&why)),
            );
            Ok(see_other(&back))
        }
    }
}

/// Takes back a held or no-show record made today.
pub async fn undo(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let organizer = me.id;
    let ctx = state.mail();
    let done = state
        .db(move |c| {
            outcome(attendance::undo(
                c,
                meeting,
                ("organizer", organizer.0),
                &ctx,
                store::now(),
            ))
        })
        .await?;
    match done {
        Ok(_) => session::flash(&session, "success", text!("ops-attendance-undone")),
        Err(why) => session::flash(
            &session,
            "error",
            text!("ops-not-changed", why = chrome.t.text(&why)),
        ),
    }
    Ok(see_other(&format!("/organizer/meetings/{}", meeting.0)))
}

/// A refusal for the person, or the error for the error page.
fn outcome<T>(
    result: Result<T, AttendanceError>,
) -> Result<Result<T, crate::domain::text::Text>, AppError> {
    match result {
        Ok(v) => Ok(Ok(v)),
        Err(AttendanceError::Refused(why)) => Ok(Err(why)),
        Err(AttendanceError::Store(e)) => Err(e.into()),
        Err(e) => Err(AppError::internal(e)),
    }
}
