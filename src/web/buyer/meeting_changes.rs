//! The buyer moves or cancels one of its meetings.

use crate::text;
use actix_session::Session;
use actix_web::{HttpResponse, web};

use super::supplier::{
    SlotForm, SupplierPage, booking_problem, choices, current_choice, parse_slot, supplier_view,
};
use crate::domain::MeetingId;
use crate::flows::booking::{self, BookError};
use crate::store::{self};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInBuyer};

pub async fn move_form(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let buyer = me.id;
    let supplier = state
        .db(move |c| Ok(booking::own_meeting_supplier(c, buyer, meeting)?))
        .await?;
    let v = supplier_view(&state, &me, supplier, Some(meeting)).await?;
    let t = chrome.t;
    let current = current_choice(&state, &me, meeting, &v, t).await?;
    let own = current.as_ref().map(|c| c.id);
    render(&SupplierPage {
        chrome,
        heading: t.get("buy-book-move-heading"),
        action: format!("/buyer/meetings/{}/move", meeting.0),
        choices: choices(&v.availability.slots, v.own, v.venue, t, v.hours)
            .into_iter()
            .filter(|c| Some(c.id) != own)
            .collect(),
        current,
        closed: v.availability.closed.map(|why| t.text(&why)),
        requests: v.requests,
        card: v.card,
        problem: None,
        alternatives: Vec::new(),
    })
}

pub async fn move_meeting(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<SlotForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let slot = parse_slot(&form.slot)?;
    let ctx = state.mail();
    let buyer = me.id;
    let outcome = state
        .db(move |c| {
            let supplier = booking::own_meeting_supplier(c, buyer, meeting)?;
            match booking::move_meeting(c, buyer, meeting, slot, &ctx, store::now()) {
                Ok(()) => Ok((supplier, Ok(()))),
                Err(BookError::Store(store::StoreError::NotFound)) => Err(AppError::NotFound),
                Err(e @ (BookError::Taken { .. } | BookError::NotOffered(_))) => {
                    Ok((supplier, Err(e)))
                }
                Err(BookError::Store(e)) => Err(e.into()),
                Err(BookError::Mail(e)) => Err(AppError::internal(e)),
            }
        })
        .await?;
    match outcome {
        (_, Ok(())) => {
            session::flash(&session, "success", text!("buy-flash-moved"));
            Ok(see_other("/buyer"))
        }
        (supplier, Err(problem)) => {
            booking_problem(&state, &me, chrome, supplier, Some(meeting), problem).await
        }
    }
}

pub async fn cancel_meeting(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<SlotForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let reason = form.reason.trim().to_owned();
    if reason.is_empty() || reason.chars().count() > 500 {
        session::flash(&session, "error", text!("buy-flash-cancel-reason"));
        return Ok(see_other("/buyer"));
    }
    let ctx = state.mail();
    let buyer = me.id;
    state
        .db(move |c| {
            match booking::cancel_meeting(c, buyer, meeting, &reason, &ctx, store::now()) {
                Ok(()) => Ok(()),
                Err(BookError::Store(store::StoreError::NotFound)) => Err(AppError::NotFound),
                Err(BookError::Store(e)) => Err(e.into()),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?;
    session::flash(&session, "success", text!("buy-flash-cancelled"));
    Ok(see_other("/buyer"))
}
