//! A buyer's meeting requests: sending one (must meet / would like) to a supplier,
//! and answering the ones suppliers send. Each change and its message go in one
//! transaction; the organizer schedules accepted requests.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{buyers, expos, meeting_requests, suppliers};
use crate::domain::status::{RequestStatus, SupplierStatus};
use crate::domain::{BuyerId, SupplierId};
use crate::mail::messages::{MailContext, RequestEvent, queue_request_event};
use crate::store::{DbConnection, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    #[error("not found")]
    NotFound,
    /// Not possible now, with the reason a person reads.
    #[error("{0}")]
    Refused(crate::domain::text::Text),
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
    #[error(transparent)]
    Mail(#[from] crate::mail::QueueError),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Priority {
    Must,
    WouldLike,
}

impl Priority {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "must" => Some(Self::Must),
            "would_like" => Some(Self::WouldLike),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Must => "must",
            Self::WouldLike => "would_like",
        }
    }
}

/// Sends a request from the buyer to an approved supplier of its expo and tells the
/// supplier. Errors: `NotFound`; `Refused` when the expo does not use requests or a
/// request between the two is already open.
pub fn send(
    conn: &mut DbConnection,
    buyer: BuyerId,
    supplier: SupplierId,
    priority: Priority,
    message: &str,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<i32, RequestError> {
    conn.write_tx(|conn| {
        let complete: Option<Option<NaiveDateTime>> = buyers::table
            .find(buyer.0)
            .select(buyers::profile_completed_at)
            .first(conn)
            .optional()?;
        match complete {
            None => return Err(RequestError::NotFound),
            Some(None) => {
                return Err(RequestError::Refused(crate::text!(
                    "sup-page-request-profile-first"
                )));
            }
            Some(Some(_)) => {}
        }
        let row: Option<(i32, bool, i32)> = suppliers::table
            .inner_join(expos::table)
            .inner_join(buyers::table.on(buyers::expo_id.eq(suppliers::expo_id)))
            .filter(suppliers::id.eq(supplier.0))
            .filter(suppliers::status.eq(SupplierStatus::Approved))
            .filter(buyers::id.eq(buyer.0))
            .select((
                expos::id,
                expos::requests_enabled,
                expos::request_expiry_days,
            ))
            .first(conn)
            .optional()?;
        let (expo, enabled, expiry_days) = row.ok_or(RequestError::NotFound)?;
        if !enabled {
            return Err(RequestError::Refused(crate::text!(
                "sup-page-request-disabled"
            )));
        }
        let id: i32 = diesel::insert_into(meeting_requests::table)
            .values((
                meeting_requests::expo_id.eq(expo),
                meeting_requests::buyer_id.eq(buyer.0),
                meeting_requests::supplier_id.eq(supplier.0),
                meeting_requests::requested_by.eq("buyer"),
                meeting_requests::priority.eq(priority.as_str()),
                meeting_requests::message.eq(message),
                meeting_requests::expires_at.eq(now + chrono::TimeDelta::days(expiry_days.into())),
                meeting_requests::created_at.eq(now),
            ))
            .returning(meeting_requests::id)
            .get_result(conn)
            .map_err(|e| match StoreError::from_unique(e, "") {
                StoreError::Conflict(_) => {
                    RequestError::Refused(crate::text!("sup-page-request-open"))
                }
                StoreError::Db(e) => RequestError::Db(e),
                StoreError::NotFound => RequestError::NotFound,
            })?;
        queue_request_event(conn, id, RequestEvent::Received, ctx, now)?;
        Ok(id)
    })
}

/// Accepts or declines a pending request a supplier (or the organizer) sent to this
/// buyer, and tells the supplier. Errors: `NotFound` (not the buyer's, or one it
/// sent itself); `Refused` when it was already answered.
pub fn answer(
    conn: &mut DbConnection,
    buyer: BuyerId,
    request: i32,
    accept: bool,
    reason: &str,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), RequestError> {
    conn.write_tx(|conn| {
        meeting_requests::table
            .filter(meeting_requests::id.eq(request))
            .filter(meeting_requests::buyer_id.eq(buyer.0))
            .filter(meeting_requests::requested_by.ne("buyer"))
            .select(meeting_requests::id)
            .first::<i32>(conn)
            .optional()?
            .ok_or(RequestError::NotFound)?;
        let changed = diesel::update(
            meeting_requests::table
                .find(request)
                .filter(meeting_requests::status.eq(RequestStatus::Pending)),
        )
        .set((
            meeting_requests::status.eq(if accept {
                RequestStatus::Accepted
            } else {
                RequestStatus::Declined
            }),
            meeting_requests::response_reason.eq(reason),
            meeting_requests::responded_at.eq(now),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(RequestError::Refused(crate::text!(
                "sup-page-request-answered"
            )));
        }
        let event = if accept {
            RequestEvent::Accepted
        } else {
            RequestEvent::Declined { reason }
        };
        queue_request_event(conn, request, event, ctx, now)?;
        Ok(())
    })
}

/// A request as the buyer's requests page lists it.
#[derive(Clone, Debug)]
pub struct BuyerRequest {
    pub id: i32,
    pub incoming: bool,
    pub supplier: SupplierId,
    pub supplier_name_en: String,
    pub supplier_name_ko: String,
    pub priority: String,
    pub message: String,
    pub status: RequestStatus,
    pub response_reason: String,
    /// When a pending request expires unanswered.
    pub expires_at: Option<NaiveDateTime>,
}

/// One request as read with its supplier's names.
#[derive(Queryable, Selectable)]
#[diesel(table_name = meeting_requests)]
struct RequestRow {
    id: i32,
    requested_by: String,
    #[diesel(select_expression = suppliers::id, select_expression_type = suppliers::id)]
    supplier: i32,
    #[diesel(
        select_expression = suppliers::company_name_en,
        select_expression_type = suppliers::company_name_en
    )]
    supplier_name_en: String,
    #[diesel(
        select_expression = suppliers::company_name_ko,
        select_expression_type = suppliers::company_name_ko
    )]
    supplier_name_ko: String,
    priority: String,
    message: String,
    status: RequestStatus,
    response_reason: String,
    expires_at: Option<NaiveDateTime>,
}

/// The buyer's requests, newest first: the ones it sent and the ones it received.
pub fn list(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<Vec<BuyerRequest>> {
    let rows: Vec<RequestRow> = meeting_requests::table
        .inner_join(suppliers::table)
        .filter(meeting_requests::buyer_id.eq(buyer.0))
        .order(meeting_requests::id.desc())
        .select(RequestRow::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| BuyerRequest {
            id: r.id,
            incoming: r.requested_by != "buyer",
            supplier: SupplierId(r.supplier),
            supplier_name_en: r.supplier_name_en,
            supplier_name_ko: r.supplier_name_ko,
            priority: r.priority,
            message: r.message,
            status: r.status,
            response_reason: r.response_reason,
            expires_at: r.expires_at,
        })
        .collect())
}

/// Whether the buyer's expo takes requests.
pub fn enabled(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<bool> {
    buyers::table
        .inner_join(expos::table)
        .filter(buyers::id.eq(buyer.0))
        .select(expos::requests_enabled)
        .first(conn)
}

/// Marks every pending request whose answer time is over as expired and tells the side
/// that asked, each in the same transaction as its change. Returns how many expired.
/// Safe with several app instances: only a request still pending is changed.
pub fn expire_due(
    conn: &mut DbConnection,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<usize, RequestError> {
    let due: Vec<(i32, i32)> = meeting_requests::table
        .inner_join(expos::table.on(expos::id.eq(meeting_requests::expo_id)))
        .filter(meeting_requests::status.eq(RequestStatus::Pending))
        .filter(meeting_requests::expires_at.le(now))
        .select((meeting_requests::id, expos::request_expiry_days))
        .limit(500)
        .load(conn)?;
    let mut expired = 0;
    for (id, days) in due {
        let done = conn.write_tx(|conn| {
            let changed = diesel::update(
                meeting_requests::table
                    .find(id)
                    .filter(meeting_requests::status.eq(RequestStatus::Pending)),
            )
            .set((
                meeting_requests::status.eq(RequestStatus::Expired),
                meeting_requests::responded_at.eq(now),
            ))
            .execute(conn)?;
            if changed == 1 {
                queue_request_event(conn, id, RequestEvent::Expired { days }, ctx, now)?;
            }
            Ok::<_, RequestError>(changed)
        })?;
        expired += done;
    }
    Ok(expired)
}
