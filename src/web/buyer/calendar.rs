//! Calendar files: one meeting, and the buyer's whole agenda for its feed.

use actix_web::{HttpResponse, web};

use crate::domain::{BuyerId, MeetingId};
use crate::flows::booking::{self};
use crate::mail::calendar::Method;
use crate::store::{self, meetings};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::session::SignedInBuyer;

fn ics_response(body: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{filename}\""),
        ))
        .body(body)
}

/// One meeting as a calendar file; only the buyer's own.
pub async fn meeting_calendar(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let buyer = me.id;
    let view = state
        .db(move |c| {
            booking::own_meeting_supplier(c, buyer, meeting)?;
            let t = crate::store::languages::for_mail(
                c,
                crate::domain::Role::Buyer,
                buyer.0,
                crate::i18n::Locale::En,
            )?;
            Ok((
                meetings::mail_view(c, meeting)?.ok_or(AppError::NotFound)?,
                t,
            ))
        })
        .await?;
    let (view, t) = view;
    let ctx = state.mail();
    let body = crate::mail::messages::meetings_calendar(
        &[view],
        crate::domain::Role::Buyer,
        Method::Publish,
        None,
        t,
        &ctx,
        store::now(),
    );
    Ok(ics_response(body, &format!("meeting-{}.ics", meeting.0)))
}

/// The buyer's whole agenda as a calendar file, for its subscription address
/// (`web::feeds`).
pub async fn agenda_feed(state: &AppState, buyer: BuyerId) -> Result<String, AppError> {
    let (views, t) = state
        .db(move |c| {
            let t = crate::store::languages::for_mail(
                c,
                crate::domain::Role::Buyer,
                buyer.0,
                crate::i18n::Locale::En,
            )?;
            Ok((meetings::mail_views_for_buyer(c, buyer)?, t))
        })
        .await?;
    let ctx = state.mail();
    Ok(crate::mail::messages::meetings_calendar(
        &views,
        crate::domain::Role::Buyer,
        Method::Publish,
        Some(&t.get("mail-cal-feed-name")),
        t,
        &ctx,
        store::now(),
    ))
}
