//! A supplier's page as a buyer sees it: the slots it can book, and booking one.

use crate::text;
use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{NaiveDateTime, TimeZone as _};
use chrono_tz::Tz;
use serde::Deserialize;

use super::tz;
use crate::domain::{MeetingId, SlotId, SupplierId};
use crate::flows::booking::{self, Availability, BookError, SupplierCard};
use crate::flows::requests::{self};
use crate::i18n::Locale;
use crate::i18n::format::TimePair;
use crate::store::{self, participants};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::page_cache::{PageKey, cached};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInBuyer};

/// A bookable slot as the buyer reads it.
pub struct SlotChoice {
    pub id: SlotId,
    pub time: TimePair,
    pub day: String,
    /// Outside the hours a remote buyer takes online meetings (on their own clock).
    pub outside_hours: bool,
}

#[derive(Template)]
#[template(path = "buyer/supplier.html")]
pub struct SupplierPage {
    pub chrome: Chrome,
    pub card: SupplierCard,
    pub choices: Vec<SlotChoice>,
    pub closed: Option<String>,
    pub problem: Option<String>,
    pub alternatives: Vec<SlotChoice>,
    /// On the move page: the meeting's own time, shown as current and not offered.
    pub current: Option<SlotChoice>,
    pub action: String,
    pub heading: String,
    /// The expo takes requests (and this is not the move page).
    pub requests: bool,
}

impl SupplierPage {
    /// The slots grouped by the buyer's local day, for a readable list.
    pub fn days(&self) -> Vec<(String, Vec<&SlotChoice>)> {
        let mut out: Vec<(String, Vec<&SlotChoice>)> = Vec::new();
        for c in &self.choices {
            match out.last_mut() {
                Some((day, list)) if *day == c.day => list.push(c),
                _ => out.push((c.day.clone(), vec![c])),
            }
        }
        out
    }
}

pub(super) fn choices(
    slots: &[(SlotId, NaiveDateTime, NaiveDateTime)],
    own: Tz,
    venue: Tz,
    t: Locale,
    hours: Option<crate::domain::online::Hours>,
) -> Vec<SlotChoice> {
    slots
        .iter()
        .map(|(id, s, e)| SlotChoice {
            id: *id,
            time: t.time_pair(s, e, own, venue),
            day: t.date(&own.from_utc_datetime(s).date_naive()),
            outside_hours: hours.is_some_and(|h| !h.contain(own, *s, *e)),
        })
        .collect()
}

/// The buyer's own meeting's time, as a slot choice (for the move page).
pub(super) async fn current_choice(
    state: &AppState,
    me: &SignedInBuyer,
    meeting: MeetingId,
    v: &SupplierView,
    t: Locale,
) -> Result<Option<SlotChoice>, AppError> {
    let buyer = me.id;
    let slot = state
        .db(move |c| Ok(booking::own_meeting_slot(c, buyer, meeting)?))
        .await?;
    Ok(choices(&[slot], v.own, v.venue, t, v.hours).pop())
}

pub(super) struct SupplierView {
    pub(super) card: SupplierCard,
    pub(super) availability: Availability,
    pub(super) own: Tz,
    pub(super) venue: Tz,
    pub(super) requests: bool,
    /// A remote buyer's hours for online meetings.
    pub(super) hours: Option<crate::domain::online::Hours>,
}

pub(super) async fn supplier_view(
    state: &AppState,
    me: &SignedInBuyer,
    supplier: SupplierId,
    moving: Option<MeetingId>,
) -> Result<SupplierView, AppError> {
    let buyer = me.id;
    state
        .db(move |c| {
            let facts = booking::buyer_facts(c, buyer)?.ok_or(AppError::NotFound)?;
            let summary = participants::buyer_summary(c, buyer)?.ok_or(AppError::NotFound)?;
            let card = booking::supplier_cards(c, &facts, Some(supplier))?
                .pop()
                .ok_or(AppError::NotFound)?;
            let availability = booking::availability(c, &facts, supplier, moving, store::now())?;
            let requests = moving.is_none() && requests::enabled(c, buyer)?;
            let hours = crate::store::buyers::online_hours(c, buyer)?;
            Ok(SupplierView {
                card,
                availability,
                own: tz(&summary.timezone)?,
                venue: tz(&summary.venue_timezone)?,
                requests,
                hours,
            })
        })
        .await
}

pub async fn supplier(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    id: web::Path<i32>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, supplier_page(state, me, chrome, id)).await
}

async fn supplier_page(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let supplier = SupplierId(id.into_inner());
    let v = supplier_view(&state, &me, supplier, None).await?;
    let t = chrome.t;
    render(&SupplierPage {
        chrome,
        heading: t.get("buy-book-heading"),
        action: format!("/buyer/suppliers/{}/book", supplier.0),
        choices: choices(&v.availability.slots, v.own, v.venue, t, v.hours),
        closed: v.availability.closed.map(|why| t.text(&why)),
        requests: v.requests,
        card: v.card,
        problem: None,
        alternatives: Vec::new(),
        current: None,
    })
}

#[derive(Deserialize)]
pub struct SlotForm {
    #[serde(default)]
    pub(super) slot: String,
    #[serde(default)]
    pub(super) reason: String,
}

pub(super) fn parse_slot(raw: &str) -> Result<SlotId, AppError> {
    raw.trim()
        .parse::<i32>()
        .map(SlotId)
        .map_err(|_| AppError::BadRequest("choose one of the offered times".into()))
}

/// Books the chosen slot. A slot someone took a moment ago answers 409 with the
/// nearest free alternatives; a slot that was never offered answers 422 with why.
pub async fn book(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<SlotForm>,
) -> Result<HttpResponse, AppError> {
    let supplier = SupplierId(id.into_inner());
    let slot = parse_slot(&form.slot)?;
    let ctx = state.mail();
    let buyer = me.id;
    let outcome = state
        .db(
            move |c| match booking::book(c, buyer, supplier, slot, &ctx, store::now()) {
                Ok(id) => Ok(Ok(id)),
                Err(BookError::Store(store::StoreError::NotFound)) => Err(AppError::NotFound),
                Err(e @ (BookError::Taken { .. } | BookError::NotOffered(_))) => Ok(Err(e)),
                Err(BookError::Store(e)) => Err(e.into()),
                Err(BookError::Mail(e)) => Err(AppError::internal(e)),
            },
        )
        .await?;
    match outcome {
        Ok(_) => {
            session::flash(&session, "success", text!("buy-flash-booked"));
            Ok(see_other("/buyer"))
        }
        Err(problem) => booking_problem(&state, &me, chrome, supplier, None, problem).await,
    }
}

pub(super) async fn booking_problem(
    state: &AppState,
    me: &SignedInBuyer,
    chrome: Chrome,
    supplier: SupplierId,
    moving: Option<MeetingId>,
    problem: BookError,
) -> Result<HttpResponse, AppError> {
    let v = supplier_view(state, me, supplier, moving).await?;
    let t = chrome.t;
    let current = match moving {
        Some(m) => current_choice(state, me, m, &v, t).await?,
        None => None,
    };
    let (status, message, alternatives) = match problem {
        BookError::Taken { alternatives } => (
            StatusCode::CONFLICT,
            text!("buy-book-taken"),
            choices(&alternatives, v.own, v.venue, t, v.hours),
        ),
        BookError::NotOffered(why) => (StatusCode::UNPROCESSABLE_ENTITY, why, Vec::new()),
        other => return Err(AppError::internal(other)),
    };
    let (heading, action) = match moving {
        Some(m) => (
            t.get("buy-book-move-heading"),
            format!("/buyer/meetings/{}/move", m.0),
        ),
        None => (
            t.get("buy-book-heading"),
            format!("/buyer/suppliers/{}/book", supplier.0),
        ),
    };
    render_with_status(
        &SupplierPage {
            chrome,
            heading,
            action,
            closed: v.availability.closed.map(|why| t.text(&why)),
            requests: v.requests,
            card: v.card,
            problem: Some(t.text(&message)),
            alternatives: alternatives
                .into_iter()
                .filter(|c| current.as_ref().is_none_or(|own| own.id != c.id))
                .collect(),
            choices: choices(&v.availability.slots, v.own, v.venue, t, v.hours)
                .into_iter()
                .filter(|c| current.as_ref().is_none_or(|own| own.id != c.id))
                .collect(),
            current,
        },
        status,
    )
}
