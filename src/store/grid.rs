//! The organizer's meeting grid: one consultation day as tables × slots.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::{
    buyers, consultation_days, consultation_tables, meetings, slots, suppliers,
};
use crate::domain::status::{MeetingStatus, SupplierStatus};
use crate::domain::{BuyerId, DayId, ExpoId, MeetingId, SupplierId, TableId};

#[derive(Clone, Debug)]
pub struct Cell {
    pub meeting: MeetingId,
    pub buyer: String,
    pub supplier: String,
    /// Whether the meeting is one the filter asks for (always, without a person filter);
    /// the others are shown only as taken.
    pub wanted: bool,
    /// For an online or hybrid meeting: how many of the two have joined (0, 1 or 2).
    pub joined: Option<u8>,
    /// An online or hybrid meeting outside the hours its buyer accepts on their own
    /// clock (the scheduler never places one there; a hand-made booking or a change
    /// of the buyer's hours can).
    pub outside_hours: bool,
}

/// Which part of a day the grid shows: one table's column, or one supplier's or one
/// buyer's meetings (only the tables where they meet). Each is optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GridFilter {
    pub table: Option<TableId>,
    pub supplier: Option<SupplierId>,
    pub buyer: Option<BuyerId>,
}

#[derive(Clone, Debug)]
pub struct Grid {
    pub days: Vec<(DayId, chrono::NaiveDate)>,
    pub day: Option<DayId>,
    /// Every active table of the expo, for the filter.
    pub all_tables: Vec<(i32, String)>,
    /// The tables shown, as columns.
    pub tables: Vec<(i32, String)>,
    /// The filter applied: the one asked for, less a table that is not one of the
    /// expo's active tables.
    pub filter: GridFilter,
    /// (slot id, starts, ends, one cell per table in `tables` order)
    pub rows: Vec<(i32, NaiveDateTime, NaiveDateTime, Vec<Option<Cell>>)>,
}

/// The day the grid opens on: the one asked for if it is the expo's, else `today`
/// if it is a consultation day, else the first day.
pub fn choose_day(
    days: &[(DayId, chrono::NaiveDate)],
    asked: Option<DayId>,
    today: chrono::NaiveDate,
) -> Option<DayId> {
    asked
        .filter(|a| days.iter().any(|(id, _)| id == a))
        .or_else(|| days.iter().find(|(_, d)| *d == today).map(|(id, _)| *id))
        .or_else(|| days.first().map(|(id, _)| *id))
}

/// The grid of one day of the expo (see [`choose_day`]), narrowed by `filter` (an
/// unknown table is dropped from it; see [`Grid::filter`]):
/// only the chosen day's slots, only the filtered table's column, and with a buyer or
/// supplier filter only the tables where they meet that day, their meetings marked
/// `wanted`. Four queries.
pub fn day_grid(
    conn: &mut DbConnection,
    expo: ExpoId,
    day: Option<DayId>,
    today: chrono::NaiveDate,
    filter: &GridFilter,
) -> QueryResult<Grid> {
    let days: Vec<(DayId, chrono::NaiveDate)> = consultation_days::table
        .filter(consultation_days::expo_id.eq(expo.0))
        .order(consultation_days::day)
        .select((consultation_days::id, consultation_days::day))
        .load::<(i32, chrono::NaiveDate)>(conn)?
        .into_iter()
        .map(|(id, d)| (DayId(id), d))
        .collect();
    let chosen = choose_day(&days, day, today);
    let all_tables: Vec<(i32, String)> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .filter(consultation_tables::active.eq(true))
        .order(consultation_tables::position)
        .select((consultation_tables::id, consultation_tables::label))
        .load(conn)?;
    let filter = GridFilter {
        table: filter
            .table
            .filter(|t| all_tables.iter().any(|(id, _)| *id == t.0)),
        ..*filter
    };
    let Some(chosen) = chosen else {
        return Ok(Grid {
            days: Vec::new(),
            day: None,
            tables: all_tables.clone(),
            all_tables,
            filter,
            rows: Vec::new(),
        });
    };
    let slot_rows: Vec<(i32, NaiveDateTime, NaiveDateTime)> = slots::table
        .filter(slots::day_id.eq(chosen.0))
        .order(slots::starts_at)
        .select((slots::id, slots::starts_at, slots::ends_at))
        .load(conn)?;
    // (slot, table, meeting, buyer id, buyer, supplier id, supplier)
    let cells: Vec<(i32, i32, i32, i32, String, i32, String)> = meetings::table
        .inner_join(slots::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .filter(slots::day_id.eq(chosen.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .select((
            meetings::slot_id,
            meetings::table_id,
            meetings::id,
            meetings::buyer_id,
            buyers::name,
            meetings::supplier_id,
            suppliers::company_name_en,
        ))
        .load(conn)?;
    let video: Vec<i32> = meetings::table
        .inner_join(slots::table)
        .filter(slots::day_id.eq(chosen.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .filter(meetings::mode.ne(crate::domain::status::MeetingMode::Table))
        .select(meetings::id)
        .load(conn)?;
    let joins = crate::store::online::joins_of(conn, &video)?;
    let hours: Vec<(i32, NaiveDateTime, NaiveDateTime, String, i32, i32)> = meetings::table
        .inner_join(slots::table)
        .inner_join(buyers::table)
        .filter(meetings::id.eq_any(&video))
        .select((
            meetings::id,
            slots::starts_at,
            slots::ends_at,
            buyers::timezone,
            buyers::hours_from,
            buyers::hours_to,
        ))
        .load(conn)?;
    let outside: std::collections::HashSet<i32> = hours
        .into_iter()
        .filter(|(_, starts, ends, zone, from, to)| {
            // A buyer whose stored zone no longer reads keeps the venue's judgement.
            crate::domain::TimeZone::stored(zone).is_ok_and(|z| {
                !crate::domain::online::Hours {
                    from: *from,
                    to: *to,
                }
                .contain(z.tz(), *starts, *ends)
            })
        })
        .map(|(id, ..)| id)
        .collect();
    let joined = |meeting: i32| {
        video.contains(&meeting).then(|| {
            joins.get(&meeting).map_or(0, |j| {
                u8::from(j.buyer.is_some()) + u8::from(j.supplier.is_some())
            })
        })
    };
    let wanted = |c: &(i32, i32, i32, i32, String, i32, String)| {
        filter.buyer.is_none_or(|b| b.0 == c.3) && filter.supplier.is_none_or(|s| s.0 == c.5)
    };
    let person_filter = filter.buyer.is_some() || filter.supplier.is_some();
    let tables: Vec<(i32, String)> = all_tables
        .iter()
        .filter(|(t, _)| filter.table.is_none_or(|f| f.0 == *t))
        .filter(|(t, _)| !person_filter || cells.iter().any(|c| c.1 == *t && wanted(c)))
        .cloned()
        .collect();
    let rows = slot_rows
        .into_iter()
        .map(|(slot, starts, ends)| {
            let line = tables
                .iter()
                .map(|(table, _)| {
                    cells
                        .iter()
                        .find(|c| c.0 == slot && c.1 == *table)
                        .map(|c| Cell {
                            meeting: MeetingId(c.2),
                            buyer: c.4.clone(),
                            supplier: c.6.clone(),
                            wanted: wanted(c),
                            joined: joined(c.2),
                            outside_hours: outside.contains(&c.2),
                        })
                })
                .collect();
            (slot, starts, ends, line)
        })
        .collect();
    Ok(Grid {
        days,
        day: Some(chosen),
        all_tables,
        tables,
        filter,
        rows,
    })
}

/// One line of the meetings export.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = meetings)]
pub struct ExportRow {
    #[diesel(column_name = id)]
    pub meeting: i32,
    pub status: MeetingStatus,
    #[diesel(select_expression = slots::starts_at, select_expression_type = slots::starts_at)]
    pub starts_at: NaiveDateTime,
    #[diesel(select_expression = slots::ends_at, select_expression_type = slots::ends_at)]
    pub ends_at: NaiveDateTime,
    #[diesel(select_expression = consultation_tables::label, select_expression_type = consultation_tables::label)]
    pub table: String,
    #[diesel(select_expression = buyers::name, select_expression_type = buyers::name)]
    pub buyer: String,
    #[diesel(select_expression = buyers::organisation, select_expression_type = buyers::organisation)]
    pub buyer_organisation: String,
    #[diesel(select_expression = buyers::country, select_expression_type = buyers::country)]
    pub buyer_country: String,
    #[diesel(select_expression = buyers::email, select_expression_type = buyers::email)]
    pub buyer_email: String,
    #[diesel(select_expression = suppliers::company_name_en, select_expression_type = suppliers::company_name_en)]
    pub supplier_en: String,
    #[diesel(select_expression = suppliers::company_name_ko, select_expression_type = suppliers::company_name_ko)]
    pub supplier_ko: String,
    #[diesel(select_expression = suppliers::email, select_expression_type = suppliers::email)]
    pub supplier_email: String,
    pub cancel_reason: String,
}

/// Whose meetings to list.
#[derive(Clone, Copy, Debug)]
pub enum Whose {
    All,
    Buyer(crate::domain::BuyerId),
    Supplier(crate::domain::SupplierId),
    Table(crate::domain::TableId),
}

/// Every meeting of the expo, cancelled ones included, in time and table order.
pub fn export(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<ExportRow>> {
    meetings_of(conn, expo, Whose::All)
}

/// The meetings of the expo that one buyer, supplier or table has (or all), cancelled
/// ones included, in time and table order. One query.
pub fn meetings_of(
    conn: &mut DbConnection,
    expo: ExpoId,
    whose: Whose,
) -> QueryResult<Vec<ExportRow>> {
    let query = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .filter(meetings::expo_id.eq(expo.0))
        .order((slots::starts_at, consultation_tables::position))
        .into_boxed();
    let query = match whose {
        Whose::All => query,
        Whose::Buyer(b) => query.filter(meetings::buyer_id.eq(b.0)),
        Whose::Supplier(s) => query.filter(meetings::supplier_id.eq(s.0)),
        Whose::Table(t) => query.filter(meetings::table_id.eq(t.0)),
    };
    query.select(ExportRow::as_select()).load(conn)
}

/// (id, display name) choices for a form.
pub type Choices = Vec<(i32, String)>;

/// Buyers and approved suppliers of the expo by name, for the "add a meeting" form.
pub fn choosable(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<(Choices, Choices)> {
    let buyers: Vec<(i32, String, String)> = buyers::table
        .filter(buyers::expo_id.eq(expo.0))
        .order(buyers::name)
        .select((buyers::id, buyers::name, buyers::organisation))
        .load(conn)?;
    let suppliers: Vec<(i32, String, String)> = suppliers::table
        .filter(suppliers::expo_id.eq(expo.0))
        .filter(suppliers::status.eq(SupplierStatus::Approved))
        .order(suppliers::company_name_en)
        .select((
            suppliers::id,
            suppliers::company_name_en,
            suppliers::company_name_ko,
        ))
        .load(conn)?;
    Ok((
        buyers
            .into_iter()
            .map(|(id, n, o)| {
                (
                    id,
                    if o.is_empty() {
                        n
                    } else {
                        format!("{n} — {o}")
                    },
                )
            })
            .collect(),
        suppliers
            .into_iter()
            .map(|(id, en, ko)| (id, format!("{en} ({ko})")))
            .collect(),
    ))
}

/// A time a meeting can move to, with the tables free then.
#[derive(Clone, Debug)]
pub struct MoveOption {
    pub slot: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub tables: Vec<(i32, String)>,
}

/// Where a booked meeting can go: every slot of its expo that has not started by
/// `now` in which both participants are free and available, with the free tables (its
/// own slot included, for a change of table only). Empty for a meeting that is not
/// booked. Five queries.
pub fn move_options(
    conn: &mut DbConnection,
    meeting: MeetingId,
    now: NaiveDateTime,
) -> QueryResult<Vec<MoveOption>> {
    use crate::db::schema::blocked_slots;
    let Some((expo, buyer, supplier, own_slot, mode)) = meetings::table
        .find(meeting.0)
        .filter(meetings::status.eq(MeetingStatus::Booked))
        .select((
            meetings::expo_id,
            meetings::buyer_id,
            meetings::supplier_id,
            meetings::slot_id,
            meetings::mode,
        ))
        .first::<(i32, i32, i32, i32, crate::domain::status::MeetingMode)>(conn)
        .optional()?
    else {
        return Ok(Vec::new());
    };
    // An online meeting moves among online rooms (a new one is made when all are in
    // use), one at a table among the tables.
    let in_room = !mode.has_table();
    let all_slots: Vec<(i32, NaiveDateTime, NaiveDateTime)> = slots::table
        .filter(slots::expo_id.eq(expo))
        .order(slots::starts_at)
        .select((slots::id, slots::starts_at, slots::ends_at))
        .load(conn)?;
    let live: Vec<(i32, i32, i32, i32)> = meetings::table
        .filter(meetings::expo_id.eq(expo))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .filter(meetings::id.ne(meeting.0))
        .select((
            meetings::slot_id,
            meetings::table_id,
            meetings::buyer_id,
            meetings::supplier_id,
        ))
        .load(conn)?;
    let blocked: Vec<i32> = blocked_slots::table
        .filter(
            blocked_slots::buyer_id
                .eq(buyer)
                .or(blocked_slots::supplier_id.eq(supplier)),
        )
        .select(blocked_slots::slot_id)
        .load(conn)?;
    let tables: Vec<(i32, String)> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo))
        .filter(consultation_tables::active.eq(true))
        .filter(consultation_tables::online.eq(in_room))
        .order(consultation_tables::position)
        .select((consultation_tables::id, consultation_tables::label))
        .load(conn)?;
    let taken: std::collections::HashSet<(i32, i32)> =
        live.iter().map(|(s, t, _, _)| (*s, *t)).collect();
    Ok(all_slots
        .into_iter()
        .filter(|(slot, starts_at, _)| *starts_at > now || *slot == own_slot)
        .filter(|(slot, _, _)| !blocked.contains(slot))
        .filter(|(slot, _, _)| {
            !live
                .iter()
                .any(|(s, _, b, p)| s == slot && (*b == buyer || *p == supplier))
        })
        .filter_map(|(slot, starts_at, ends_at)| {
            let free: Vec<(i32, String)> = tables
                .iter()
                .filter(|(t, _)| !taken.contains(&(slot, *t)))
                .cloned()
                .collect();
            (in_room || !free.is_empty()).then_some(MoveOption {
                slot,
                starts_at,
                ends_at,
                tables: free,
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 5, d).expect("date")
    }

    #[test]
    fn the_grid_opens_on_the_asked_day_then_today_then_the_first_day() {
        let days = [(DayId(7), date(10)), (DayId(8), date(11))];
        assert_eq!(choose_day(&days, Some(DayId(7)), date(11)), Some(DayId(7)));
        assert_eq!(choose_day(&days, None, date(11)), Some(DayId(8)));
        assert_eq!(choose_day(&days, Some(DayId(99)), date(11)), Some(DayId(8)));
        assert_eq!(choose_day(&days, None, date(3)), Some(DayId(7)));
        assert_eq!(choose_day(&[], None, date(3)), None);
    }
}
