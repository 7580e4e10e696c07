//! Meetings. The database's partial unique indexes guarantee that a buyer, a supplier
//! and a table each hold at most one live (booked or held) meeting per slot.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult};
use crate::db::schema::{
    buyers, consultation_tables, expos, interpreters, meetings, slots, suppliers,
};
use crate::domain::status::MeetingStatus;
use crate::domain::{BuyerId, ExpoId, MeetingId, SlotId, SupplierId, TableId};

pub struct NewMeeting {
    pub expo: ExpoId,
    pub slot: SlotId,
    pub table: TableId,
    pub buyer: BuyerId,
    pub supplier: SupplierId,
    pub source: &'static str,
    /// At a table, online (`table` is then an online room) or hybrid.
    pub mode: crate::domain::status::MeetingMode,
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
            meetings::mode.eq(new.mode),
            meetings::status.eq(MeetingStatus::Booked),
            meetings::created_at.eq(now),
            meetings::updated_at.eq(now),
        ))
        .returning(meetings::id)
        .get_result(conn)
        .map(MeetingId)
        .map_err(|e| StoreError::from_unique(e, "this slot was just taken"))
}

/// One line of an agenda, seen from one side.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = meetings)]
pub struct AgendaItem {
    #[diesel(column_name = id)]
    #[diesel(deserialize_as = i32)]
    pub meeting: MeetingId,
    #[diesel(select_expression = slots::starts_at, select_expression_type = slots::starts_at)]
    pub starts_at: NaiveDateTime,
    #[diesel(select_expression = slots::ends_at, select_expression_type = slots::ends_at)]
    pub ends_at: NaiveDateTime,
    #[diesel(select_expression = consultation_tables::label, select_expression_type = consultation_tables::label)]
    pub table: String,
    #[diesel(select_expression = buyers::name, select_expression_type = buyers::name)]
    pub buyer_name: String,
    #[diesel(select_expression = buyers::organisation, select_expression_type = buyers::organisation)]
    pub buyer_organisation: String,
    #[diesel(select_expression = buyers::country, select_expression_type = buyers::country)]
    pub buyer_country: String,
    #[diesel(select_expression = suppliers::company_name_en, select_expression_type = suppliers::company_name_en)]
    pub supplier_name_en: String,
    #[diesel(select_expression = suppliers::company_name_ko, select_expression_type = suppliers::company_name_ko)]
    pub supplier_name_ko: String,
    #[diesel(select_expression = suppliers::id, select_expression_type = suppliers::id)]
    #[diesel(deserialize_as = i32)]
    pub supplier: SupplierId,
    /// The interpreter the organizers assigned, if any.
    #[diesel(
        select_expression = interpreters::name.nullable(),
        select_expression_type = diesel::dsl::Nullable<interpreters::name>
    )]
    pub interpreter: Option<String>,
    pub mode: crate::domain::status::MeetingMode,
}

impl AgendaItem {
    /// Online or hybrid: the row has a Join button.
    pub fn joinable(&self) -> bool {
        self.mode.has_video()
    }

    /// Online only: no table to go to.
    pub fn online(&self) -> bool {
        self.mode == crate::domain::status::MeetingMode::Online
    }
}

/// Live meetings of one buyer, in time order.
pub fn for_buyer(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<Vec<AgendaItem>> {
    meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .left_join(interpreters::table)
        .filter(meetings::buyer_id.eq(buyer.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .order(slots::starts_at)
        .select(AgendaItem::as_select())
        .load(conn)
}

/// Live meetings of one supplier, in time order.
pub fn for_supplier(conn: &mut DbConnection, supplier: SupplierId) -> QueryResult<Vec<AgendaItem>> {
    meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .left_join(interpreters::table)
        .filter(meetings::supplier_id.eq(supplier.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .order(slots::starts_at)
        .select(AgendaItem::as_select())
        .load(conn)
}

/// Everything a notification about one meeting says, for both sides.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = meetings)]
pub struct MailView {
    #[diesel(column_name = id)]
    #[diesel(deserialize_as = i32)]
    pub meeting: MeetingId,
    #[diesel(column_name = ical_sequence)]
    pub sequence: i32,
    pub status: MeetingStatus,
    #[diesel(select_expression = slots::starts_at, select_expression_type = slots::starts_at)]
    pub starts_at: NaiveDateTime,
    #[diesel(select_expression = slots::ends_at, select_expression_type = slots::ends_at)]
    pub ends_at: NaiveDateTime,
    #[diesel(select_expression = consultation_tables::label, select_expression_type = consultation_tables::label)]
    pub table: String,
    #[diesel(column_name = slot_id)]
    #[diesel(deserialize_as = i32)]
    pub slot: SlotId,
    #[diesel(select_expression = expos::id, select_expression_type = expos::id)]
    #[diesel(deserialize_as = i32)]
    pub expo: ExpoId,
    #[diesel(select_expression = expos::name, select_expression_type = expos::name)]
    pub expo_name: String,
    #[diesel(select_expression = expos::venue, select_expression_type = expos::venue)]
    pub venue: String,
    #[diesel(select_expression = expos::venue_timezone, select_expression_type = expos::venue_timezone)]
    pub venue_timezone: String,
    /// The display name the organizer set for the expo's emails (may be empty).
    #[diesel(select_expression = expos::sender_name, select_expression_type = expos::sender_name)]
    pub expo_sender_name: String,
    /// The organizer's contact address (may be empty).
    #[diesel(select_expression = expos::contact_email, select_expression_type = expos::contact_email)]
    pub expo_contact_email: String,
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
    #[diesel(select_expression = suppliers::email, select_expression_type = suppliers::email)]
    pub supplier_email: String,
    pub mode: crate::domain::status::MeetingMode,
    #[diesel(column_name = buyer_id)]
    pub buyer_id: i32,
    #[diesel(column_name = supplier_id)]
    pub supplier_id: i32,
    /// The interpreter scheduled on the meeting, if any.
    pub interpreter_id: Option<i32>,
    #[diesel(select_expression = interpreters::name.nullable(), select_expression_type = diesel::dsl::Nullable<interpreters::name>)]
    pub interpreter_name: Option<String>,
    #[diesel(select_expression = interpreters::email.nullable(), select_expression_type = diesel::dsl::Nullable<interpreters::email>)]
    pub interpreter_email: Option<String>,
}

impl MailView {
    /// The join link of `who` (buyer, supplier or the meeting's interpreter) for an
    /// online or hybrid meeting.
    pub fn join_link(
        &self,
        who: impl Into<crate::domain::Party>,
        ctx: &crate::mail::MailContext,
    ) -> Option<String> {
        use crate::domain::Party;
        if !self.mode.has_video() {
            return None;
        }
        let who = who.into();
        let person = match who {
            Party::Buyer => self.buyer_id,
            Party::Supplier => self.supplier_id,
            Party::Interpreter => self.interpreter_id?,
            Party::Organizer => return None,
        };
        Some(ctx.join_link(self.meeting.0, who, person))
    }
}

pub fn mail_view(conn: &mut DbConnection, meeting: MeetingId) -> QueryResult<Option<MailView>> {
    Ok(mail_views(conn, Some(meeting), None, None, None)?.pop())
}

/// The live meetings of one buyer as mail views, in time order, in one query (the
/// calendar feed polls this).
pub fn mail_views_for_buyer(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<Vec<MailView>> {
    mail_views(conn, None, Some(buyer), None, None)
}

/// The live meetings of one supplier as mail views, in time order, in one query.
pub fn mail_views_for_supplier(
    conn: &mut DbConnection,
    supplier: SupplierId,
) -> QueryResult<Vec<MailView>> {
    mail_views(conn, None, None, Some(supplier), None)
}

/// The live meetings an interpreter sits in, as mail views, in time order.
pub fn mail_views_for_interpreter(
    conn: &mut DbConnection,
    interpreter: i32,
) -> QueryResult<Vec<MailView>> {
    mail_views(conn, None, None, None, Some(interpreter))
}

fn mail_views(
    conn: &mut DbConnection,
    meeting: Option<MeetingId>,
    buyer: Option<BuyerId>,
    supplier: Option<SupplierId>,
    interpreter: Option<i32>,
) -> QueryResult<Vec<MailView>> {
    let mut query = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .inner_join(expos::table.on(expos::id.eq(meetings::expo_id)))
        .left_join(interpreters::table)
        .select(MailView::as_select())
        .order(slots::starts_at)
        .into_boxed();
    if let Some(m) = meeting {
        query = query.filter(meetings::id.eq(m.0));
    }
    if let Some(b) = buyer {
        query = query
            .filter(meetings::buyer_id.eq(b.0))
            .filter(meetings::status.eq_any(MeetingStatus::LIVE));
    }
    if let Some(s) = supplier {
        query = query
            .filter(meetings::supplier_id.eq(s.0))
            .filter(meetings::status.eq_any(MeetingStatus::LIVE));
    }
    if let Some(i) = interpreter {
        query = query
            .filter(meetings::interpreter_id.eq(i))
            .filter(meetings::status.eq_any(MeetingStatus::LIVE));
    }
    query.load(conn)
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

/// Records who changed the meeting for which side (staff acting for a company), or
/// that the last change was nobody's on someone's behalf.
pub fn set_arranged(
    conn: &mut DbConnection,
    meeting: MeetingId,
    by: Option<(i32, crate::domain::Role)>,
) -> QueryResult<()> {
    diesel::update(meetings::table.find(meeting.0))
        .set((
            meetings::arranged_by.eq(by.map(|b| b.0)),
            meetings::arranged_for.eq(by.map(|b| b.1.as_str())),
        ))
        .execute(conn)
        .map(|_| ())
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
