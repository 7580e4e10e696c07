//! Meetings. The database's partial unique indexes guarantee that a buyer, a supplier
//! and a table each hold at most one live (booked or held) meeting per slot.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult};
use crate::db::schema::{buyers, consultation_tables, interpreters, meetings, slots, suppliers};
use crate::domain::{BuyerId, ExpoId, MeetingId, SlotId, SupplierId, TableId};

pub struct NewMeeting {
    pub expo: ExpoId,
    pub slot: SlotId,
    pub table: TableId,
    pub buyer: BuyerId,
    pub supplier: SupplierId,
    pub source: &'static str,
}

/// Books a meeting. Errors: `Conflict` when the buyer, the supplier or the table
/// already has a live meeting in that slot (decided by the database, race-safe).
pub fn book(
    conn: &mut DbConnection,
    new: &NewMeeting,
    now: NaiveDateTime,
) -> StoreResult<MeetingId> {
    // Its own (nested: savepoint) transaction, so on PostgreSQL a refused insert does
    // not poison a caller's transaction that wants to try another slot. SQLite undoes
    // just the refused statement by itself.
    if conn.is_sqlite() {
        return book_row(conn, new, now);
    }
    conn.write_tx(|conn| book_row(conn, new, now))
}

fn book_row(
    conn: &mut DbConnection,
    new: &NewMeeting,
    now: NaiveDateTime,
) -> StoreResult<MeetingId> {
    diesel::insert_into(meetings::table)
        .values((
            meetings::expo_id.eq(new.expo.0),
            meetings::slot_id.eq(new.slot.0),
            meetings::table_id.eq(new.table.0),
            meetings::buyer_id.eq(new.buyer.0),
            meetings::supplier_id.eq(new.supplier.0),
            meetings::source.eq(new.source),
            meetings::status.eq("booked"),
            meetings::created_at.eq(now),
            meetings::updated_at.eq(now),
        ))
        .returning(meetings::id)
        .get_result(conn)
        .map(MeetingId)
        .map_err(|e| StoreError::from_unique(e, "this slot was just taken"))
}

/// One line of an agenda, seen from one side.
#[derive(Clone, Debug)]
pub struct AgendaItem {
    pub meeting: MeetingId,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub table: String,
    pub buyer_name: String,
    pub buyer_organisation: String,
    pub buyer_country: String,
    pub supplier_name_en: String,
    pub supplier_name_ko: String,
    pub supplier: SupplierId,
    /// The interpreter the organizers assigned, if any.
    pub interpreter: Option<String>,
}

type AgendaRow = (
    i32,
    NaiveDateTime,
    NaiveDateTime,
    String,
    String,
    String,
    String,
    String,
    String,
    i32,
    Option<String>,
);

/// Live meetings of one buyer, in time order.
pub fn for_buyer(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<Vec<AgendaItem>> {
    let rows: Vec<AgendaRow> = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .left_join(interpreters::table)
        .filter(meetings::buyer_id.eq(buyer.0))
        .filter(meetings::status.eq_any(["booked", "held"]))
        .order(slots::starts_at)
        .select(agenda_columns())
        .load(conn)?;
    Ok(rows.into_iter().map(to_item).collect())
}

/// Live meetings of one supplier, in time order.
pub fn for_supplier(conn: &mut DbConnection, supplier: SupplierId) -> QueryResult<Vec<AgendaItem>> {
    let rows: Vec<AgendaRow> = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .left_join(interpreters::table)
        .filter(meetings::supplier_id.eq(supplier.0))
        .filter(meetings::status.eq_any(["booked", "held"]))
        .order(slots::starts_at)
        .select(agenda_columns())
        .load(conn)?;
    Ok(rows.into_iter().map(to_item).collect())
}

type AgendaColumns = (
    meetings::id,
    slots::starts_at,
    slots::ends_at,
    consultation_tables::label,
    buyers::name,
    buyers::organisation,
    buyers::country,
    suppliers::company_name_en,
    suppliers::company_name_ko,
    suppliers::id,
    diesel::dsl::Nullable<interpreters::name>,
);

fn agenda_columns() -> AgendaColumns {
    (
        meetings::id,
        slots::starts_at,
        slots::ends_at,
        consultation_tables::label,
        buyers::name,
        buyers::organisation,
        buyers::country,
        suppliers::company_name_en,
        suppliers::company_name_ko,
        suppliers::id,
        interpreters::name.nullable(),
    )
}

fn to_item(row: AgendaRow) -> AgendaItem {
    let (
        id,
        starts_at,
        ends_at,
        table,
        buyer_name,
        buyer_organisation,
        buyer_country,
        supplier_name_en,
        supplier_name_ko,
        supplier,
        interpreter,
    ) = row;
    AgendaItem {
        meeting: MeetingId(id),
        starts_at,
        ends_at,
        table,
        buyer_name,
        buyer_organisation,
        buyer_country,
        supplier_name_en,
        supplier_name_ko,
        supplier: SupplierId(supplier),
        interpreter,
    }
}

/// Everything a notification about one meeting says, for both sides.
#[derive(Clone, Debug)]
pub struct MailView {
    pub meeting: MeetingId,
    pub sequence: i32,
    pub status: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub table: String,
    pub slot: SlotId,
    pub expo: ExpoId,
    pub expo_name: String,
    pub venue: String,
    pub venue_timezone: String,
    pub buyer_name: String,
    pub buyer_email: String,
    pub buyer_organisation: String,
    pub buyer_timezone: String,
    pub supplier_name_en: String,
    pub supplier_name_ko: String,
    pub supplier_email: String,
}

pub fn mail_view(conn: &mut DbConnection, meeting: MeetingId) -> QueryResult<Option<MailView>> {
    Ok(mail_views(conn, Some(meeting), None)?.pop())
}

/// The live meetings of one buyer as mail views, in time order, in one query (the
/// calendar feed polls this).
pub fn mail_views_for_buyer(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<Vec<MailView>> {
    mail_views(conn, None, Some(buyer))
}

type MailRow = (
    (i32, i32, String, NaiveDateTime, NaiveDateTime, String, i32),
    (i32, String, String, String),
    (String, String, String, String),
    (String, String, String),
);

fn mail_views(
    conn: &mut DbConnection,
    meeting: Option<MeetingId>,
    buyer: Option<BuyerId>,
) -> QueryResult<Vec<MailView>> {
    use crate::db::schema::expos;
    let mut query = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .inner_join(expos::table.on(expos::id.eq(meetings::expo_id)))
        .select((
            (
                meetings::id,
                meetings::ical_sequence,
                meetings::status,
                slots::starts_at,
                slots::ends_at,
                consultation_tables::label,
                meetings::slot_id,
            ),
            (expos::id, expos::name, expos::venue, expos::venue_timezone),
            (
                buyers::name,
                buyers::email,
                buyers::organisation,
                buyers::timezone,
            ),
            (
                suppliers::company_name_en,
                suppliers::company_name_ko,
                suppliers::email,
            ),
        ))
        .order(slots::starts_at)
        .into_boxed();
    if let Some(m) = meeting {
        query = query.filter(meetings::id.eq(m.0));
    }
    if let Some(b) = buyer {
        query = query
            .filter(meetings::buyer_id.eq(b.0))
            .filter(meetings::status.eq_any(["booked", "held"]));
    }
    let rows: Vec<MailRow> = query.load(conn)?;
    Ok(rows.into_iter().map(to_view).collect())
}

fn to_view(row: MailRow) -> MailView {
    let (
        (id, sequence, status, starts_at, ends_at, table, slot),
        (expo, expo_name, venue, venue_timezone),
        (buyer_name, buyer_email, buyer_organisation, buyer_timezone),
        (supplier_name_en, supplier_name_ko, supplier_email),
    ) = row;
    MailView {
        meeting: MeetingId(id),
        slot: SlotId(slot),
        expo: ExpoId(expo),
        sequence,
        status,
        starts_at,
        ends_at,
        table,
        expo_name,
        venue,
        venue_timezone,
        buyer_name,
        buyer_email,
        buyer_organisation,
        buyer_timezone,
        supplier_name_en,
        supplier_name_ko,
        supplier_email,
    }
}

/// Whether the buyer or the supplier has marked the slot unavailable.
pub fn either_blocked(
    conn: &mut DbConnection,
    slot: SlotId,
    buyer: BuyerId,
    supplier: SupplierId,
) -> QueryResult<bool> {
    use crate::db::schema::blocked_slots;
    let n: i64 = blocked_slots::table
        .filter(blocked_slots::slot_id.eq(slot.0))
        .filter(
            blocked_slots::buyer_id
                .eq(buyer.0)
                .or(blocked_slots::supplier_id.eq(supplier.0)),
        )
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Raises the meeting's calendar SEQUENCE (every change to a sent invitation must)
/// and returns the new value.
pub fn bump_sequence(conn: &mut DbConnection, meeting: MeetingId) -> QueryResult<i32> {
    diesel::update(meetings::table.find(meeting.0))
        .set(meetings::ical_sequence.eq(meetings::ical_sequence + 1))
        .returning(meetings::ical_sequence)
        .get_result(conn)
}

/// Product names of these suppliers, in their order, for agendas.
pub fn product_names(
    conn: &mut DbConnection,
    supplier_ids: &[i32],
) -> QueryResult<std::collections::HashMap<i32, Vec<String>>> {
    use crate::db::schema::products;
    let rows: Vec<(i32, String)> = products::table
        .filter(products::supplier_id.eq_any(supplier_ids))
        .order((products::supplier_id, products::position))
        .select((products::supplier_id, products::name))
        .load(conn)?;
    let mut out: std::collections::HashMap<i32, Vec<String>> = std::collections::HashMap::new();
    for (id, name) in rows {
        out.entry(id).or_default().push(name);
    }
    Ok(out)
}
