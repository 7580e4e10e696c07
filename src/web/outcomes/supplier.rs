//! The supplier records what one of its meetings produced, or that the buyer did not come.

use actix_session::Session;
use actix_web::{HttpResponse, web};

use crate::domain::outcome::OutcomeForm;
use crate::domain::status::MeetingStatus;
use crate::domain::{FieldError, MeetingId};
use crate::store::{self, StoreError, outcomes};
use crate::text;
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::Chrome;
use crate::web::public::see_other;
use crate::web::session;

use super::outcome::outcome_page_at;

/// The supplier's meeting, or 404.
async fn supplier_meeting(
    state: &AppState,
    supplier: crate::domain::SupplierId,
    meeting: MeetingId,
) -> Result<store::agenda::MeetingFacts, AppError> {
    state
        .db(move |c| store::agenda::facts(c, supplier, meeting)?.ok_or(AppError::NotFound))
        .await
}

/// The supplier records what one of its meetings produced.
pub async fn supplier_outcome(
    state: web::Data<AppState>,
    me: crate::web::session::SignedInSupplier,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let facts = supplier_meeting(&state, me.id, meeting).await?;
    if facts.starts_at > store::now() && facts.status != MeetingStatus::Held {
        session::flash(&session, "error", text!("err-ops-outcome-not-started"));
        return Ok(see_other("/supplier/agenda"));
    }
    let base = format!("/supplier/meetings/{}", meeting.0);
    outcome_page_at(&state, chrome, meeting, None, Vec::new(), (base, true)).await
}

/// Saving an outcome tells that the meeting took place: a booked meeting that has
/// started is marked held first. Before it starts, nothing can be recorded.
pub async fn supplier_save_outcome(
    state: web::Data<AppState>,
    me: crate::web::session::SignedInSupplier,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<OutcomeForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let facts = supplier_meeting(&state, me.id, meeting).await?;
    let base = format!("/supplier/meetings/{}", meeting.0);
    let form = form.into_inner();
    let refuse = |why: crate::domain::text::Text| vec![FieldError::new("interest_level", why)];
    if facts.starts_at > store::now() && facts.status != MeetingStatus::Held {
        let errors = refuse(text!("err-ops-outcome-not-started"));
        return outcome_page_at(&state, chrome, meeting, Some(form), errors, (base, true)).await;
    }
    let outcome = match form.parse() {
        Ok(o) => o,
        Err(errors) => {
            return outcome_page_at(&state, chrome, meeting, Some(form), errors, (base, true))
                .await;
        }
    };
    let supplier = me.id;
    let was_booked = facts.status == MeetingStatus::Booked;
    let saved = state
        .db(move |c| {
            let by = ("supplier", supplier.0);
            let result = c.write_tx(|c| {
                if was_booked {
                    outcomes::mark_attendance_by(c, meeting, true, by, "", store::now())?;
                }
                outcomes::record(c, meeting, &outcome, by, store::now())
            });
            match result {
                Ok(()) => Ok(Ok(())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            }
        })
        .await?;
    match saved {
        Ok(()) => {
            session::flash(&session, "success", text!("ops-outcome-saved-thanks"));
            Ok(see_other("/supplier/agenda"))
        }
        Err(why) => {
            let errors = refuse(super::refusal(&why));
            outcome_page_at(&state, chrome, meeting, Some(form), errors, (base, true)).await
        }
    }
}

/// The supplier says the buyer did not come (once the meeting has started).
pub async fn supplier_no_show(
    state: web::Data<AppState>,
    me: crate::web::session::SignedInSupplier,
    session: Session,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let facts = supplier_meeting(&state, me.id, meeting).await?;
    if facts.starts_at > store::now() {
        session::flash(&session, "error", text!("err-ops-no-show-not-started"));
        return Ok(see_other(&format!(
            "/supplier/meetings/{}/outcome",
            meeting.0
        )));
    }
    let supplier = me.id;
    let ctx = state.mail();
    state
        .db(move |c| {
            let by = ("supplier", supplier.0);
            match crate::flows::attendance::record(c, meeting, false, by, "", &ctx, store::now()) {
                Ok(_) => Ok(()),
                Err(crate::flows::attendance::AttendanceError::Store(e)) => Err(e.into()),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?;
    session::flash(&session, "success", text!("ops-no-show-marked"));
    Ok(see_other("/supplier/agenda"))
}
