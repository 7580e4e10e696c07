//! The supplier cancels a booked meeting, with a reason the buyer is told.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;
use serde::Deserialize;

use crate::domain::MeetingId;
use crate::domain::status::MeetingStatus;
use crate::domain::text::Text;
use crate::i18n::Locale;
use crate::mail::messages::{self, MeetingChange};
use crate::store;
use crate::store::agenda;
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInSupplier};

use super::{change_error, clock, day_title};

#[derive(Template)]
#[template(path = "supplier/cancel.html")]
pub struct CancelPage {
    pub chrome: Chrome,
    pub m: agenda::MeetingFacts,
    pub when: String,
    pub reason: String,
    pub error: Option<Text>,
}

impl CancelPage {
    pub fn error_text(&self) -> Option<String> {
        self.error.as_ref().map(|e| self.chrome.t.text(e))
    }
}

async fn meeting_facts(
    state: &AppState,
    me: &SignedInSupplier,
    t: Locale,
    meeting: MeetingId,
) -> Result<(agenda::MeetingFacts, String), AppError> {
    let id = me.id;
    let m = state
        .db(move |c| agenda::facts(c, id, meeting)?.ok_or(AppError::NotFound))
        .await?;
    let tz = crate::domain::TimeZone::stored(&m.venue_timezone)?.tz();
    let when = t.arg(
        "fmt-venue-time",
        "time",
        format!(
            "{} · {}",
            day_title(t, tz.from_utc_datetime(&m.starts_at).date_naive()),
            clock(t, m.starts_at, m.ends_at, tz)
        ),
    );
    Ok((m, when))
}

pub async fn cancel_form(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let (m, when) = meeting_facts(&state, &me, chrome.t, MeetingId(id.into_inner())).await?;
    if m.status != MeetingStatus::Booked {
        return Err(AppError::Conflict(
            "this meeting is no longer booked, so it cannot be cancelled".to_owned(),
        ));
    }
    render(&CancelPage {
        chrome,
        m,
        when,
        reason: String::new(),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
}

/// Cancels the meeting; the buyer's notice is queued in the same transaction.
pub async fn cancel(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    chrome: Chrome,
    id: web::Path<i32>,
    form: web::Form<ReasonForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let reason = form.into_inner().reason.trim().to_owned();
    let problem = if reason.is_empty() {
        Some(crate::text!("sup-cancel-reason-missing"))
    } else if reason.chars().count() > 500 {
        Some(crate::text!("err-sup-too-long", max = 500))
    } else {
        None
    };
    if let Some(problem) = problem {
        let (m, when) = meeting_facts(&state, &me, chrome.t, meeting).await?;
        return render_with_status(
            &CancelPage {
                chrome,
                m,
                when,
                reason,
                error: Some(problem),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let (supplier, ctx) = (me.id, state.mail());
    state
        .db(move |c| {
            let r = reason.clone();
            agenda::cancel_by_supplier(
                c,
                supplier,
                meeting,
                &reason,
                |c, meeting| {
                    let change = MeetingChange::Cancelled { reason: &r };
                    messages::queue_meeting_change(c, meeting, change, &ctx, store::now())
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                },
                store::now(),
            )
            .map_err(change_error)
        })
        .await?;
    session::flash(&session, "success", crate::text!("sup-flash-cancelled"));
    Ok(see_other("/supplier/agenda"))
}
