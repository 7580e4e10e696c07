//! A supplier's side of meetings and meeting requests: the agenda, cancelling a
//! meeting, answering and sending requests. Every function takes the signed-in
//! supplier's id and only ever sees or changes that supplier's rows: another
//! supplier's meeting or request is `NotFound`, exactly like one that does not exist.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DbConnection, audit};
use crate::db::schema::{
    buyers, consultation_tables, expos, interpreters, meeting_requests, meetings, slots, suppliers,
};
use crate::domain::status::{MeetingStatus, RequestStatus, SupplierStatus};
use crate::domain::{BuyerId, MeetingId, SupplierId};

/// One meeting on a supplier's agenda.
#[derive(Clone, Debug)]
pub struct Entry {
    pub meeting: MeetingId,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub table: String,
    pub table_note: String,
    pub buyer_name: String,
    pub buyer_organisation: String,
    pub buyer_country: String,
    pub buyer_languages: Vec<String>,
    pub buyer_needs_interpreter: bool,
    /// The interpreter the organizers assigned, if any.
    pub interpreter: Option<String>,
    /// The calendar SEQUENCE of the meeting.
    pub sequence: i32,
    pub mode: crate::domain::status::MeetingMode,
}

/// [`Entry`] as read.
#[derive(Queryable, Selectable)]
#[diesel(table_name = meetings)]
struct EntryRow {
    #[diesel(column_name = id)]
    meeting: i32,
    #[diesel(column_name = ical_sequence)]
    sequence: i32,
    mode: crate::domain::status::MeetingMode,
    #[diesel(select_expression = slots::starts_at, select_expression_type = slots::starts_at)]
    starts_at: NaiveDateTime,
    #[diesel(select_expression = slots::ends_at, select_expression_type = slots::ends_at)]
    ends_at: NaiveDateTime,
    #[diesel(select_expression = consultation_tables::label, select_expression_type = consultation_tables::label)]
    table: String,
    #[diesel(select_expression = consultation_tables::note, select_expression_type = consultation_tables::note)]
    table_note: String,
    #[diesel(select_expression = buyers::name, select_expression_type = buyers::name)]
    buyer_name: String,
    #[diesel(select_expression = buyers::organisation, select_expression_type = buyers::organisation)]
    buyer_organisation: String,
    #[diesel(select_expression = buyers::country, select_expression_type = buyers::country)]
    buyer_country: String,
    #[diesel(select_expression = buyers::languages, select_expression_type = buyers::languages)]
    buyer_languages: String,
    #[diesel(select_expression = buyers::needs_interpreter, select_expression_type = buyers::needs_interpreter)]
    buyer_needs_interpreter: bool,
    #[diesel(
        select_expression = interpreters::name.nullable(),
        select_expression_type = diesel::dsl::Nullable<interpreters::name>
    )]
    interpreter: Option<String>,
}

/// The supplier's live meetings in time order.
pub fn for_supplier(conn: &mut DbConnection, id: SupplierId) -> QueryResult<Vec<Entry>> {
    let rows: Vec<EntryRow> = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .left_join(interpreters::table)
        .filter(meetings::supplier_id.eq(id.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .order(slots::starts_at)
        .select(EntryRow::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| Entry {
            meeting: MeetingId(r.meeting),
            sequence: r.sequence,
            mode: r.mode,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            table: r.table,
            table_note: r.table_note,
            buyer_name: r.buyer_name,
            buyer_organisation: r.buyer_organisation,
            buyer_country: r.buyer_country,
            buyer_languages: super::words(&r.buyer_languages),
            buyer_needs_interpreter: r.buyer_needs_interpreter,
            interpreter: r.interpreter,
        })
        .collect())
}

/// A meeting of the supplier's, for the cancellation page.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = meetings)]
pub struct MeetingFacts {
    #[diesel(column_name = id)]
    #[diesel(deserialize_as = i32)]
    pub meeting: MeetingId,
    pub status: MeetingStatus,
    #[diesel(select_expression = slots::starts_at, select_expression_type = slots::starts_at)]
    pub starts_at: NaiveDateTime,
    #[diesel(select_expression = slots::ends_at, select_expression_type = slots::ends_at)]
    pub ends_at: NaiveDateTime,
    #[diesel(select_expression = consultation_tables::label, select_expression_type = consultation_tables::label)]
    pub table: String,
    #[diesel(select_expression = buyers::name, select_expression_type = buyers::name)]
    pub buyer_name: String,
    #[diesel(select_expression = buyers::email, select_expression_type = buyers::email)]
    pub buyer_email: String,
    #[diesel(select_expression = buyers::organisation, select_expression_type = buyers::organisation)]
    pub buyer_organisation: String,
    #[diesel(select_expression = buyers::timezone, select_expression_type = buyers::timezone)]
    pub buyer_timezone: String,
    #[diesel(select_expression = suppliers::company_name_en, select_expression_type = suppliers::company_name_en)]
    pub supplier_name_en: String,
    #[diesel(select_expression = suppliers::company_name_ko, select_expression_type = suppliers::company_name_ko)]
    pub supplier_name_ko: String,
    #[diesel(select_expression = expos::name, select_expression_type = expos::name)]
    pub expo_name: String,
    #[diesel(select_expression = expos::venue, select_expression_type = expos::venue)]
    pub venue: String,
    #[diesel(select_expression = expos::venue_timezone, select_expression_type = expos::venue_timezone)]
    pub venue_timezone: String,
}

/// One of the supplier's meetings (live or not); `None` when it is not theirs.
pub fn facts(
    conn: &mut DbConnection,
    supplier: SupplierId,
    meeting: MeetingId,
) -> QueryResult<Option<MeetingFacts>> {
    meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .inner_join(expos::table.on(expos::id.eq(meetings::expo_id)))
        .filter(meetings::id.eq(meeting.0))
        .filter(meetings::supplier_id.eq(supplier.0))
        .select(MeetingFacts::as_select())
        .first(conn)
        .optional()
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    /// Not the supplier's, or does not exist.
    #[error("not found")]
    NotFound,
    /// The meeting or request is no longer open to this change (already cancelled,
    /// answered, …); nothing was changed.
    #[error("{0}")]
    NotOpen(&'static str),
    /// The email could not be written; nothing was changed.
    #[error("cannot write the email: {0}")]
    Letter(String),
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

/// Cancels one of the supplier's live meetings with a reason; `notify` queues the
/// messages (with their calendar cancellations) in the same transaction, so the
/// buyer is told exactly when the meeting is gone, or nothing changes. Errors:
/// `NotFound`, `NotOpen` (already cancelled or held), `Letter`, `Db`.
pub fn cancel_by_supplier<F>(
    conn: &mut DbConnection,
    supplier: SupplierId,
    meeting: MeetingId,
    reason: &str,
    notify: F,
    now: NaiveDateTime,
) -> Result<MeetingFacts, ChangeError>
where
    F: FnOnce(&mut DbConnection, MeetingId) -> Result<(), String>,
{
    conn.write_tx(|conn| {
        let facts = facts(conn, supplier, meeting)?.ok_or(ChangeError::NotFound)?;
        let changed = diesel::update(
            meetings::table
                .find(meeting.0)
                .filter(meetings::supplier_id.eq(supplier.0))
                .filter(meetings::status.eq(MeetingStatus::Booked)),
        )
        .set((
            meetings::status.eq(MeetingStatus::Cancelled),
            meetings::cancel_reason.eq(reason),
            meetings::cancelled_at.eq(now),
            meetings::updated_at.eq(now),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(ChangeError::NotOpen(
                "this meeting is no longer booked, so it cannot be cancelled",
            ));
        }
        notify(conn, meeting).map_err(ChangeError::Letter)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "supplier",
                actor_id: Some(supplier.0),
                action: "meeting.cancelled",
                subject_type: "meeting",
                subject_id: Some(meeting.0),
                detail: reason,
            },
            now,
        )?;
        Ok(facts)
    })
}

/// A meeting request as the supplier's requests page lists it.
#[derive(Clone, Debug)]
pub struct Request {
    pub id: i32,
    pub incoming: bool,
    pub buyer: BuyerId,
    pub buyer_name: String,
    pub buyer_organisation: String,
    pub buyer_country: String,
    pub priority: String,
    pub message: String,
    pub status: RequestStatus,
    pub response_reason: String,
    pub created_at: NaiveDateTime,
}

/// [`Request`] as read.
#[derive(Queryable, Selectable)]
#[diesel(table_name = meeting_requests)]
struct RequestRow {
    id: i32,
    requested_by: String,
    #[diesel(select_expression = buyers::id, select_expression_type = buyers::id)]
    buyer: i32,
    #[diesel(select_expression = buyers::name, select_expression_type = buyers::name)]
    buyer_name: String,
    #[diesel(select_expression = buyers::organisation, select_expression_type = buyers::organisation)]
    buyer_organisation: String,
    #[diesel(select_expression = buyers::country, select_expression_type = buyers::country)]
    buyer_country: String,
    priority: String,
    message: String,
    status: RequestStatus,
    response_reason: String,
    created_at: NaiveDateTime,
}

/// The supplier's requests, newest first: incoming (from buyers or organizers) and
/// the ones it sent.
pub fn requests(conn: &mut DbConnection, supplier: SupplierId) -> QueryResult<Vec<Request>> {
    let rows: Vec<RequestRow> = meeting_requests::table
        .inner_join(buyers::table)
        .filter(meeting_requests::supplier_id.eq(supplier.0))
        .order(meeting_requests::id.desc())
        .select(RequestRow::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| Request {
            id: r.id,
            incoming: r.requested_by != "supplier",
            buyer: BuyerId(r.buyer),
            buyer_name: r.buyer_name,
            buyer_organisation: r.buyer_organisation,
            buyer_country: r.buyer_country,
            priority: r.priority,
            message: r.message,
            status: r.status,
            response_reason: r.response_reason,
            created_at: r.created_at,
        })
        .collect())
}

/// Accepts or declines a pending request made to the supplier, with a reason;
/// `notify` queues the requester's message in the same transaction. Errors:
/// `NotFound` (not the supplier's, or one it sent itself), `NotOpen` (already
/// answered), `Letter`, `Db`.
pub fn answer_request<F>(
    conn: &mut DbConnection,
    supplier: SupplierId,
    request: i32,
    accept: bool,
    reason: &str,
    notify: F,
    now: NaiveDateTime,
) -> Result<(), ChangeError>
where
    F: FnOnce(&mut DbConnection, i32) -> Result<(), String>,
{
    conn.write_tx(|conn| {
        meeting_requests::table
            .filter(meeting_requests::id.eq(request))
            .filter(meeting_requests::supplier_id.eq(supplier.0))
            .filter(meeting_requests::requested_by.ne("supplier"))
            .select(meeting_requests::id)
            .first::<i32>(conn)
            .optional()?
            .ok_or(ChangeError::NotFound)?;
        let status = if accept {
            RequestStatus::Accepted
        } else {
            RequestStatus::Declined
        };
        let changed = diesel::update(
            meeting_requests::table
                .find(request)
                .filter(meeting_requests::status.eq(RequestStatus::Pending)),
        )
        .set((
            meeting_requests::status.eq(status),
            meeting_requests::response_reason.eq(reason),
            meeting_requests::responded_at.eq(now),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(ChangeError::NotOpen(
                "this request has already been answered",
            ));
        }
        notify(conn, request).map_err(ChangeError::Letter)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "supplier",
                actor_id: Some(supplier.0),
                action: if accept {
                    "request.accepted"
                } else {
                    "request.declined"
                },
                subject_type: "meeting_request",
                subject_id: Some(request),
                detail: reason,
            },
            now,
        )?;
        Ok(())
    })
}

/// A buyer of the supplier's expo, as the "request a meeting" list shows it.
#[derive(Clone, Debug)]
pub struct BuyerCard {
    pub id: BuyerId,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub looking_for: String,
    pub open_request: bool,
}

/// The buyers of the supplier's expo, by country and name, marking those with an
/// open request between the two.
pub fn buyers_for(conn: &mut DbConnection, supplier: SupplierId) -> QueryResult<Vec<BuyerCard>> {
    let rows: Vec<(i32, String, String, String, String)> = buyers::table
        .inner_join(suppliers::table.on(suppliers::expo_id.eq(buyers::expo_id)))
        .filter(suppliers::id.eq(supplier.0))
        .order((buyers::country, buyers::name))
        .select((
            buyers::id,
            buyers::name,
            buyers::organisation,
            buyers::country,
            buyers::looking_for,
        ))
        .load(conn)?;
    let open: Vec<i32> = meeting_requests::table
        .filter(meeting_requests::supplier_id.eq(supplier.0))
        .filter(meeting_requests::status.eq_any(RequestStatus::OPEN))
        .select(meeting_requests::buyer_id)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name, organisation, country, looking_for)| BuyerCard {
            id: BuyerId(id),
            open_request: open.contains(&id),
            name,
            organisation,
            country,
            looking_for,
        })
        .collect())
}

/// Sends a meeting request from an approved supplier to a buyer of its expo, when the
/// expo uses requests; `notify` queues the buyer's message in the same transaction.
/// Errors: `NotFound` (a buyer of another expo, or none), `NotOpen` (requests not
/// used, supplier not approved, or a request between the two is already open),
/// `Letter`, `Db`.
pub fn request_meeting<F>(
    conn: &mut DbConnection,
    supplier: SupplierId,
    buyer: BuyerId,
    message: &str,
    priority: &str,
    notify: F,
    now: NaiveDateTime,
) -> Result<(), ChangeError>
where
    F: FnOnce(&mut DbConnection, i32) -> Result<(), String>,
{
    conn.write_tx(|conn| {
        let same_expo: Option<i32> = buyers::table
            .inner_join(suppliers::table.on(suppliers::expo_id.eq(buyers::expo_id)))
            .filter(buyers::id.eq(buyer.0))
            .filter(suppliers::id.eq(supplier.0))
            .select(buyers::id)
            .first(conn)
            .optional()?;
        if same_expo.is_none() {
            return Err(ChangeError::NotFound);
        }
        let (expo, status, requests_enabled, expiry_days): (i32, SupplierStatus, bool, i32) =
            suppliers::table
                .inner_join(expos::table)
                .filter(suppliers::id.eq(supplier.0))
                .select((
                    expos::id,
                    suppliers::status,
                    expos::requests_enabled,
                    expos::request_expiry_days,
                ))
                .first(conn)?;
        if !requests_enabled {
            return Err(ChangeError::NotOpen(
                "this expo does not use meeting requests",
            ));
        }
        if status != SupplierStatus::Approved {
            return Err(ChangeError::NotOpen(
                "you can send requests once the organizer has approved your registration",
            ));
        }
        let open: Option<i32> = meeting_requests::table
            .filter(meeting_requests::supplier_id.eq(supplier.0))
            .filter(meeting_requests::buyer_id.eq(buyer.0))
            .filter(meeting_requests::status.eq_any(RequestStatus::OPEN))
            .select(meeting_requests::id)
            .first(conn)
            .optional()?;
        if open.is_some() {
            return Err(ChangeError::NotOpen(
                "a request between you and this buyer is already open",
            ));
        }
        let id: i32 = diesel::insert_into(meeting_requests::table)
            .values((
                meeting_requests::expo_id.eq(expo),
                meeting_requests::buyer_id.eq(buyer.0),
                meeting_requests::supplier_id.eq(supplier.0),
                meeting_requests::requested_by.eq("supplier"),
                meeting_requests::priority.eq(priority),
                meeting_requests::message.eq(message),
                meeting_requests::status.eq(RequestStatus::Pending),
                meeting_requests::expires_at.eq(now + chrono::TimeDelta::days(expiry_days.into())),
                meeting_requests::created_at.eq(now),
            ))
            .returning(meeting_requests::id)
            .get_result(conn)
            .map_err(|e| match e {
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ) => ChangeError::NotOpen("a request between you and this buyer is already open"),
                other => other.into(),
            })?;
        notify(conn, id).map_err(ChangeError::Letter)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "supplier",
                actor_id: Some(supplier.0),
                action: "request.sent",
                subject_type: "meeting_request",
                subject_id: Some(id),
                detail: "",
            },
            now,
        )?;
        Ok(())
    })
}
