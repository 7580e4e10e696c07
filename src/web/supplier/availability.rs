//! The supplier's availability: its slots by day, blocking and unblocking one.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::text::Text;
use crate::domain::{MeetingId, SlotId};
use crate::store;
use crate::store::suppliers::{self, BlockError, StoredProfile};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInSupplier};

use super::{clock, day_title, venue_tz};

pub struct SlotRow {
    pub slot: SlotId,
    pub time: String,
    pub blocked: bool,
    pub meeting: Option<(MeetingId, String, String)>,
}

pub struct SlotDay {
    pub title: String,
    pub rows: Vec<SlotRow>,
}

#[derive(Template)]
#[template(path = "supplier/availability.html")]
pub struct AvailabilityPage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub days: Vec<SlotDay>,
    /// A refused change: the slot and why.
    pub problem: Option<(SlotId, Text)>,
}

impl AvailabilityPage {
    pub fn problem_for(&self, slot: &SlotId) -> Option<&Text> {
        self.problem
            .as_ref()
            .filter(|(s, _)| s == slot)
            .map(|(_, m)| m)
    }
}

async fn availability_page(
    state: &AppState,
    me: &SignedInSupplier,
    chrome: Chrome,
    problem: Option<(SlotId, Text)>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let id = me.id;
    let (p, slots) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            Ok((p, suppliers::availability(c, id)?))
        })
        .await?;
    let tz = venue_tz(&p)?;
    let mut days: Vec<SlotDay> = Vec::new();
    for s in slots {
        let title = day_title(chrome.t, s.day);
        let row = SlotRow {
            slot: s.slot,
            time: clock(chrome.t, s.starts_at, s.ends_at, tz),
            blocked: s.blocked,
            meeting: s.meeting,
        };
        match days.last_mut() {
            Some(d) if d.title == title => d.rows.push(row),
            _ => days.push(SlotDay {
                title,
                rows: vec![row],
            }),
        }
    }
    render_with_status(
        &AvailabilityPage {
            chrome,
            p,
            days,
            problem,
        },
        status,
    )
}

pub async fn availability(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    availability_page(&state, &me, chrome, None, StatusCode::OK).await
}

/// Marks a slot unavailable. A slot holding a meeting is refused (409) with the
/// meeting named and a link to cancel it.
pub async fn block_slot(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    chrome: Chrome,
    slot: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let slot = SlotId(slot.into_inner());
    let id = me.id;
    let done = state
        .db(
            move |c| match suppliers::block_slot(c, id, slot, store::now()) {
                Ok(()) => Ok(Ok(())),
                Err(BlockError::NotFound) => Err(AppError::NotFound),
                Err(BlockError::Db(e)) => Err(e.into()),
                Err(e @ BlockError::HasMeeting { .. }) => Ok(Err(e)),
            },
        )
        .await?;
    match done {
        Ok(()) => {
            session::flash(&session, "success", crate::text!("sup-flash-slot-blocked"));
            Ok(see_other("/supplier/availability"))
        }
        Err(BlockError::HasMeeting { buyer, table, .. }) => {
            let why = crate::text!("sup-avail-has-meeting", buyer = buyer, table = table);
            availability_page(&state, &me, chrome, Some((slot, why)), StatusCode::CONFLICT).await
        }
        Err(_) => Err(AppError::NotFound),
    }
}

pub async fn unblock_slot(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    slot: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let slot = SlotId(slot.into_inner());
    let id = me.id;
    state
        .db(move |c| Ok(suppliers::unblock_slot(c, id, slot)?))
        .await?;
    session::flash(&session, "success", crate::text!("sup-flash-slot-open"));
    Ok(see_other("/supplier/availability"))
}
