//! Online and hybrid meetings in the database: the mode a meeting gets, the online
//! rooms that take the place of tables, each meeting's room, and the joins.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{
    buyers, consultation_days, consultation_tables, expos, meeting_joins, meetings, slots,
    suppliers,
};
use crate::domain::online::{self, Room, RoomSources};
use crate::domain::status::MeetingMode;
use crate::domain::{BuyerId, ExpoId, MeetingId, Party, SlotId, TableId};

fn mode_of(code: &str) -> MeetingMode {
    code.parse().unwrap_or(MeetingMode::Table)
}

/// The mode each slot of the expo gives a meeting of this buyer (a remote buyer's are
/// all online; otherwise the day's mode, else the expo's).
pub fn modes_for_buyer(
    conn: &mut DbConnection,
    expo: ExpoId,
    buyer: BuyerId,
) -> QueryResult<HashMap<i32, MeetingMode>> {
    let remote: bool = buyers::table
        .find(buyer.0)
        .select(buyers::remote)
        .first(conn)?;
    let expo_mode: String = expos::table
        .find(expo.0)
        .select(expos::meeting_mode)
        .first(conn)?;
    let rows: Vec<(i32, Option<String>)> = slots::table
        .inner_join(consultation_days::table)
        .filter(slots::expo_id.eq(expo.0))
        .select((slots::id, consultation_days::meeting_mode))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(slot, day)| {
            let mode = online::mode_for(mode_of(&expo_mode), day.as_deref().map(mode_of), remote);
            (slot, mode)
        })
        .collect())
}

/// The mode a meeting of this buyer in this slot gets.
pub fn mode_for(
    conn: &mut DbConnection,
    expo: ExpoId,
    buyer: BuyerId,
    slot: SlotId,
) -> QueryResult<MeetingMode> {
    Ok(modes_for_buyer(conn, expo, buyer)?
        .get(&slot.0)
        .copied()
        .unwrap_or(MeetingMode::Table))
}

/// A free online room for the slot, made when every existing one is in use. `skip`:
/// rooms a concurrent booking just took. Rooms are numbered "Online 1", "Online 2"…
pub fn free_room(
    conn: &mut DbConnection,
    expo: ExpoId,
    slot: SlotId,
    skip: &[i32],
) -> QueryResult<TableId> {
    let taken: Vec<i32> = meetings::table
        .filter(meetings::slot_id.eq(slot.0))
        .filter(crate::store::live_meetings())
        .select(meetings::table_id)
        .load(conn)?;
    let rooms: Vec<(i32, String)> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .filter(consultation_tables::online.eq(true))
        .filter(consultation_tables::active.eq(true))
        .order(consultation_tables::position)
        .select((consultation_tables::id, consultation_tables::label))
        .load(conn)?;
    if let Some((id, _)) = rooms
        .iter()
        .find(|(id, _)| !taken.contains(id) && !skip.contains(id))
    {
        return Ok(TableId(*id));
    }
    let position: Option<i32> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .select(diesel::dsl::max(consultation_tables::position))
        .first(conn)?;
    let mut n = rooms.len() + 1;
    loop {
        let label = format!("Online {n}");
        // A concurrent booking may make the same room a moment earlier: its unique label
        // refuses this one, and the room is used as found (a savepoint on PostgreSQL,
        // so the refusal does not end the caller's transaction).
        let insert = |c: &mut DbConnection| {
            diesel::insert_into(consultation_tables::table)
                .values((
                    consultation_tables::expo_id.eq(expo.0),
                    consultation_tables::label.eq(&label),
                    consultation_tables::position.eq(position.unwrap_or(0) + 1000 + n as i32),
                    consultation_tables::online.eq(true),
                ))
                .execute(c)
        };
        let inserted = if conn.is_sqlite() {
            insert(conn)
        } else {
            conn.write_tx(insert)
        };
        match inserted {
            Ok(_) => {}
            Err(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            )) => {}
            Err(e) => return Err(e),
        }
        let id: i32 = consultation_tables::table
            .filter(consultation_tables::expo_id.eq(expo.0))
            .filter(consultation_tables::label.eq(&label))
            .select(consultation_tables::id)
            .first(conn)?;
        if !taken.contains(&id) && !skip.contains(&id) {
            return Ok(TableId(id));
        }
        n += 1;
    }
}

/// Where a new (or moved) meeting of this buyer in `slot` goes: its mode, and a free
/// physical table (the pair's home table first) or, for an online meeting, a free
/// online room. `None`: no physical table is free. `skip`: tables a concurrent booking
/// just took.
pub fn place(
    conn: &mut DbConnection,
    expo: ExpoId,
    buyer: BuyerId,
    supplier: crate::domain::SupplierId,
    slot: SlotId,
    skip: &[i32],
) -> QueryResult<Option<(TableId, MeetingMode)>> {
    let mode = mode_for(conn, expo, buyer, slot)?;
    if mode == MeetingMode::Online {
        return Ok(Some((free_room(conn, expo, slot, skip)?, mode)));
    }
    let home = crate::store::layout::home_table(conn, expo, buyer, supplier)?;
    Ok(crate::store::layout::free_table(conn, expo, slot, home, skip)?.map(|t| (t, mode)))
}

/// A meeting's mode and room, as its Join button leads to.
pub fn room_of(
    conn: &mut DbConnection,
    meeting: MeetingId,
    secret: &[u8],
) -> QueryResult<Option<(MeetingMode, Room)>> {
    let row: Option<(String, String, String, String, String)> = meetings::table
        .inner_join(suppliers::table)
        .inner_join(consultation_tables::table)
        .inner_join(expos::table.on(expos::id.eq(meetings::expo_id)))
        .filter(meetings::id.eq(meeting.0))
        .select((
            meetings::mode,
            meetings::video_url,
            suppliers::video_url,
            consultation_tables::video_url,
            expos::video_base_url,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(mode, m, s, t, base)| {
        let mode = mode_of(&mode);
        let room = online::room(
            mode,
            meeting.0,
            &RoomSources {
                meeting: &m,
                supplier: &s,
                table: &t,
                jitsi_base: &base,
            },
            secret,
        );
        (mode, room)
    }))
}

/// Records that `role`/`person` went through the Join button.
pub fn record_join(
    conn: &mut DbConnection,
    meeting: MeetingId,
    role: impl Into<Party>,
    person: i32,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(meeting_joins::table)
        .values((
            meeting_joins::meeting_id.eq(meeting.0),
            meeting_joins::role.eq(role.into().as_str()),
            meeting_joins::person_id.eq(person),
            meeting_joins::joined_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Who joined a meeting, first join per role.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Joins {
    pub buyer: Option<NaiveDateTime>,
    pub supplier: Option<NaiveDateTime>,
    /// The meeting's interpreter (who does not count for attendance).
    pub interpreter: Option<NaiveDateTime>,
}

impl Joins {
    /// The attendance the joins suggest once the meeting is over: both came, or
    /// somebody did not.
    pub fn both(&self) -> bool {
        self.buyer.is_some() && self.supplier.is_some()
    }
}

/// The first join of buyer and supplier for each meeting in `ids`.
pub fn joins_of(conn: &mut DbConnection, ids: &[i32]) -> QueryResult<HashMap<i32, Joins>> {
    let rows: Vec<(i32, String, NaiveDateTime)> = meeting_joins::table
        .filter(meeting_joins::meeting_id.eq_any(ids))
        .order(meeting_joins::joined_at)
        .select((
            meeting_joins::meeting_id,
            meeting_joins::role,
            meeting_joins::joined_at,
        ))
        .load(conn)?;
    let mut out: HashMap<i32, Joins> = HashMap::new();
    for (meeting, role, at) in rows {
        let j = out.entry(meeting).or_default();
        match role.as_str() {
            "buyer" => {
                j.buyer.get_or_insert(at);
            }
            "supplier" => {
                j.supplier.get_or_insert(at);
            }
            "interpreter" => {
                j.interpreter.get_or_insert(at);
            }
            _ => {}
        }
    }
    Ok(out)
}

/// The link pasted for one meeting (empty: none), as the organizer sees it on the
/// meeting's page. Errors: `NotFound`.
pub fn meeting_link(conn: &mut DbConnection, meeting: MeetingId) -> QueryResult<String> {
    meetings::table
        .find(meeting.0)
        .select(meetings::video_url)
        .first(conn)
}

/// Sets (or, with "", clears) the link pasted for one meeting. Errors: `NotFound`.
pub fn set_meeting_link(
    conn: &mut DbConnection,
    meeting: MeetingId,
    link: &str,
) -> Result<(), crate::store::StoreError> {
    let n = diesel::update(meetings::table.find(meeting.0))
        .set(meetings::video_url.eq(link))
        .execute(conn)?;
    if n == 1 {
        Ok(())
    } else {
        Err(crate::store::StoreError::NotFound)
    }
}

/// A row of a video-link file with what it names looked up in the expo.
#[derive(Debug, Clone)]
pub struct JudgedLink {
    pub row: online::LinkRow,
    /// What the row names, as the organizer knows it ("A3", a company, "#42").
    pub names: String,
    /// The table, supplier or meeting found; `None` when the row has a problem.
    found: Option<online::LinkTarget>,
    id: Option<i32>,
}

impl JudgedLink {
    pub fn ok(&self) -> bool {
        self.row.problems.is_empty()
    }
}

/// Looks up what each row names among the expo's tables, suppliers and live
/// meetings; a row naming something else gets a problem.
pub fn judge_links(
    conn: &mut DbConnection,
    expo: ExpoId,
    rows: Vec<online::LinkRow>,
) -> QueryResult<Vec<JudgedLink>> {
    use crate::domain::online::LinkTarget;
    use crate::domain::status::MeetingStatus;
    let tables: HashMap<String, i32> = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .select((consultation_tables::label, consultation_tables::id))
        .load::<(String, i32)>(conn)?
        .into_iter()
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for mut row in rows {
        let (names, id) = match &row.target {
            None => (String::new(), None),
            Some(LinkTarget::Table(label)) => (label.clone(), tables.get(label).copied()),
            Some(LinkTarget::Supplier(email)) => {
                let found: Option<(i32, String)> = suppliers::table
                    .filter(suppliers::expo_id.eq(expo.0))
                    .filter(suppliers::email.eq(email))
                    .select((suppliers::id, suppliers::company_name_en))
                    .first(conn)
                    .optional()?;
                match found {
                    Some((id, name)) => (format!("{name} <{email}>"), Some(id)),
                    None => (email.clone(), None),
                }
            }
            Some(LinkTarget::Meeting(n)) => {
                let found: Option<i32> = meetings::table
                    .filter(meetings::id.eq(n))
                    .filter(meetings::expo_id.eq(expo.0))
                    .filter(meetings::status.eq_any(MeetingStatus::LIVE))
                    .select(meetings::id)
                    .first(conn)
                    .optional()?;
                (format!("#{n}"), found)
            }
        };
        if row.target.is_some() && id.is_none() && row.problems.is_empty() {
            row.problems
                .push(crate::text!("err-links-not-found", what = names.as_str()));
        }
        out.push(JudgedLink {
            found: row.target.clone(),
            names,
            id,
            row,
        });
    }
    Ok(out)
}

/// Stores the links of judged rows, all or none: `Conflict` when any row has a
/// problem. Returns how many were set or cleared.
pub fn apply_links(
    conn: &mut DbConnection,
    rows: &[JudgedLink],
) -> Result<usize, crate::store::StoreError> {
    use crate::domain::online::LinkTarget;
    if rows.iter().any(|r| !r.ok()) {
        return Err(crate::store::StoreError::Conflict(
            "the file has rows with problems".into(),
        ));
    }
    conn.write_tx(|conn| {
        for r in rows {
            let (Some(target), Some(id)) = (&r.found, r.id) else {
                continue;
            };
            let link = r.row.link.as_ref().map_or("", |l| l.as_str());
            match target {
                LinkTarget::Table(_) => {
                    diesel::update(consultation_tables::table.find(id))
                        .set(consultation_tables::video_url.eq(link))
                        .execute(conn)?;
                }
                LinkTarget::Supplier(_) => {
                    diesel::update(suppliers::table.find(id))
                        .set(suppliers::video_url.eq(link))
                        .execute(conn)?;
                }
                LinkTarget::Meeting(_) => {
                    diesel::update(meetings::table.find(id))
                        .set(meetings::video_url.eq(link))
                        .execute(conn)?;
                }
            }
        }
        Ok(rows.len())
    })
}

/// How many tables, suppliers and meetings of the expo have a pasted link.
pub fn pasted_counts(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<(i64, i64, i64)> {
    let tables = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .filter(consultation_tables::video_url.ne(""))
        .count()
        .get_result(conn)?;
    let suppliers = suppliers::table
        .filter(suppliers::expo_id.eq(expo.0))
        .filter(suppliers::video_url.ne(""))
        .count()
        .get_result(conn)?;
    let meetings = meetings::table
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::video_url.ne(""))
        .count()
        .get_result(conn)?;
    Ok((tables, suppliers, meetings))
}
