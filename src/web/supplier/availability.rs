//! The supplier's availability: its slots by day, blocking and unblocking one.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;

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
    /// The venue date, for the day's range form.
    pub date: chrono::NaiveDate,
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
    /// A refused change of several slots, and why.
    pub range_problem: Option<Text>,
    /// How many slots the last change of several touched, while it can be undone.
    pub undo: Option<usize>,
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
    (problem, range_problem): (Option<(SlotId, Text)>, Option<Text>),
    undo: Option<usize>,
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
                date: s.day,
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
            range_problem,
            undo,
        },
        status,
    )
}

pub async fn availability(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let undo = undo_of(&session).map(|u| u.slots.len());
    availability_page(&state, &me, chrome, (None, None), undo, StatusCode::OK).await
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
            let undo = undo_of(&session).map(|u| u.slots.len());
            let problem = (Some((slot, why)), None);
            availability_page(&state, &me, chrome, problem, undo, StatusCode::CONFLICT).await
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

/// The session key of the last change of several slots, kept so it can be undone.
const UNDO: &str = "availability_undo";

/// A change of several slots, as the undo button reverses it.
#[derive(serde::Serialize, serde::Deserialize)]
struct Undo {
    /// The change made: "block" (undo opens them) or "open" (undo blocks them).
    made: String,
    slots: Vec<i32>,
}

fn undo_of(session: &Session) -> Option<Undo> {
    session.get::<Undo>(UNDO).ok().flatten()
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct RangeFields {
    /// The venue date, YYYY-MM-DD.
    day: String,
    /// First and last slot ids of the range.
    from: String,
    to: String,
    /// "day", "morning" or "afternoon": overrides from and to.
    part: String,
    /// "block" or "open".
    change: String,
}

/// Marks a range of one day's slots (or a whole day, or half of it) unavailable or
/// available again, in one step; slots holding a meeting stay as they are and are
/// named. The change can be undone from the page.
pub async fn change_range(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    chrome: Chrome,
    fields: web::Form<RangeFields>,
) -> Result<HttpResponse, AppError> {
    use crate::domain::slots::{DayPart, RangeError, pick};
    let refuse = |why: Text| (None, Some(why));
    let block = match fields.change.as_str() {
        "block" => true,
        "open" => false,
        _ => return Err(AppError::BadRequest(chrome.t.get("err-sup-avail-change"))),
    };
    let day = chrono::NaiveDate::parse_from_str(fields.day.trim(), "%Y-%m-%d").ok();
    let choice = if fields.part.is_empty() {
        let id = |raw: &str| raw.trim().parse::<i32>().ok().map(SlotId);
        match (id(&fields.from), id(&fields.to)) {
            (Some(from), Some(to)) => Some(Err((from, to))),
            _ => None,
        }
    } else {
        DayPart::parse(&fields.part).map(Ok)
    };
    let undo_count = undo_of(&session).map(|u| u.slots.len());
    let (Some(day), Some(choice)) = (day, choice) else {
        let why = crate::text!("err-sup-avail-range");
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return availability_page(&state, &me, chrome, refuse(why), undo_count, status).await;
    };
    let id = me.id;
    let done = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            let tz = venue_tz(&p)?;
            let of_day: Vec<(SlotId, chrono::NaiveTime)> = suppliers::availability(c, id)?
                .into_iter()
                .filter(|s| s.day == day)
                .map(|s| (s.slot, tz.from_utc_datetime(&s.starts_at).time()))
                .collect();
            let picked = match pick(&of_day, choice) {
                Ok(picked) if !picked.is_empty() => picked,
                Ok(_) => return Ok(Err(crate::text!("err-sup-avail-none"))),
                Err(RangeError::Backwards) => {
                    return Ok(Err(crate::text!("err-sup-avail-backwards")));
                }
                Err(RangeError::NotThatDay) => return Ok(Err(crate::text!("err-sup-avail-range"))),
            };
            if block {
                match suppliers::block_slots(c, id, &picked, store::now()) {
                    Ok(done) => Ok(Ok((done.newly, done.kept))),
                    Err(BlockError::NotFound) => Err(AppError::NotFound),
                    Err(BlockError::Db(e)) => Err(e.into()),
                    Err(e @ BlockError::HasMeeting { .. }) => Err(AppError::internal(e)),
                }
            } else {
                Ok(Ok((suppliers::unblock_slots(c, id, &picked)?, Vec::new())))
            }
        })
        .await?;
    let (changed, kept) = match done {
        Ok(done) => done,
        Err(why) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return availability_page(&state, &me, chrome, refuse(why), undo_count, status).await;
        }
    };
    let count = changed.len();
    let message = match (block, kept.is_empty()) {
        (true, true) => crate::text!("sup-flash-slots-blocked", count = count),
        (true, false) => {
            let names: Vec<String> = kept.into_iter().map(|(_, buyer)| buyer).collect();
            crate::text!(
                "sup-flash-slots-blocked-kept",
                count = count,
                kept = names.len(),
                buyers = names.join(", ")
            )
        }
        (false, _) => crate::text!("sup-flash-slots-open", count = count),
    };
    if changed.is_empty() {
        let _ = session.remove(UNDO);
    } else {
        let _ = session.insert(
            UNDO,
            Undo {
                made: if block { "block" } else { "open" }.to_owned(),
                slots: changed.iter().map(|s| s.0).collect(),
            },
        );
    }
    session::flash(&session, "success", message);
    Ok(see_other("/supplier/availability"))
}

/// Reverses the last change of several slots (once).
pub async fn undo_range(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let Some(undo) = undo_of(&session) else {
        session::flash(&session, "error", crate::text!("sup-flash-nothing-to-undo"));
        return Ok(see_other("/supplier/availability"));
    };
    let _ = session.remove(UNDO);
    let id = me.id;
    let slots: Vec<SlotId> = undo.slots.iter().copied().map(SlotId).collect();
    let reopen = undo.made == "block";
    let done = state
        .db(move |c| {
            if reopen {
                Ok(suppliers::unblock_slots(c, id, &slots)?.len())
            } else {
                match suppliers::block_slots(c, id, &slots, store::now()) {
                    Ok(done) => Ok(done.newly.len()),
                    Err(BlockError::NotFound) => Err(AppError::NotFound),
                    Err(BlockError::Db(e)) => Err(e.into()),
                    Err(e @ BlockError::HasMeeting { .. }) => Err(AppError::internal(e)),
                }
            }
        })
        .await?;
    session::flash(
        &session,
        "success",
        crate::text!("sup-flash-undone", count = done),
    );
    Ok(see_other("/supplier/availability"))
}
