//! Interpreters of an expo and the meetings they sit in. The partial unique index
//! `meetings_live_slot_interpreter` keeps each interpreter to one live meeting per
//! slot, whatever races; these functions only decide whom to ask.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult};
use crate::db::schema::{buyers, consultation_tables, interpreters, meetings, slots, suppliers};
use crate::domain::interpreting::{self, Interpreter, Need, NewInterpreter, Uncovered};
use crate::domain::status::MeetingStatus;
use crate::domain::{ExpoId, MeetingId};

/// An interpreter on the organizer's list.
#[derive(Clone, Debug)]
pub struct InterpreterRow {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub languages: Vec<String>,
    pub note: String,
    /// Live meetings assigned.
    pub meetings: i64,
}

fn split(languages: &str) -> Vec<String> {
    languages.split_whitespace().map(str::to_owned).collect()
}

/// Where and in which language an interpreter is written to.
pub struct Contact {
    pub name: String,
    pub email: String,
    pub locale: crate::i18n::Locale,
}

/// An interpreter's name, address and mail language (`interpreting::mail_locale`).
/// Errors: `NotFound`.
pub fn contact(conn: &mut DbConnection, interpreter: i32) -> QueryResult<Contact> {
    let (name, email, languages): (String, String, String) = interpreters::table
        .find(interpreter)
        .select((
            interpreters::name,
            interpreters::email,
            interpreters::languages,
        ))
        .first(conn)?;
    Ok(Contact {
        name,
        email,
        locale: interpreting::mail_locale(&split(&languages)),
    })
}

/// The expo's interpreters by name, with how many live meetings each has.
pub fn list(conn: &mut DbConnection, expo: ExpoId) -> StoreResult<Vec<InterpreterRow>> {
    let rows: Vec<(i32, String, String, String, String)> = interpreters::table
        .filter(interpreters::expo_id.eq(expo.0))
        .order((interpreters::name, interpreters::id))
        .select((
            interpreters::id,
            interpreters::name,
            interpreters::email,
            interpreters::languages,
            interpreters::note,
        ))
        .load(conn)?;
    let counts: HashMap<i32, i64> = meetings::table
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .filter(meetings::interpreter_id.is_not_null())
        .group_by(meetings::interpreter_id)
        .select((meetings::interpreter_id.assume_not_null(), count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|(id, name, email, languages, note)| InterpreterRow {
            meetings: counts.get(&id).copied().unwrap_or(0),
            id,
            name,
            email,
            languages: split(&languages),
            note,
        })
        .collect())
}

/// Adds an interpreter to the expo.
pub fn add(
    conn: &mut DbConnection,
    expo: ExpoId,
    new: &NewInterpreter,
    now: NaiveDateTime,
) -> StoreResult<i32> {
    Ok(diesel::insert_into(interpreters::table)
        .values((
            interpreters::expo_id.eq(expo.0),
            interpreters::name.eq(&new.name),
            interpreters::email.eq(&new.email),
            interpreters::languages.eq(new.languages.join(" ")),
            interpreters::note.eq(&new.note),
            interpreters::created_at.eq(now),
        ))
        .returning(interpreters::id)
        .get_result(conn)?)
}

/// Changes an interpreter's name, email, languages and note. Meetings they can no
/// longer interpret in (a language gone) go back to needing one; returns how many.
/// Errors: `NotFound` outside the expo.
pub fn update(
    conn: &mut DbConnection,
    expo: ExpoId,
    id: i32,
    new: &NewInterpreter,
) -> StoreResult<usize> {
    conn.write_tx(|conn| {
        let changed = diesel::update(
            interpreters::table
                .filter(interpreters::id.eq(id))
                .filter(interpreters::expo_id.eq(expo.0)),
        )
        .set((
            interpreters::name.eq(&new.name),
            interpreters::email.eq(&new.email),
            interpreters::languages.eq(new.languages.join(" ")),
            interpreters::note.eq(&new.note),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(StoreError::NotFound);
        }
        let theirs: Vec<(i32, String, String)> = meetings::table
            .inner_join(buyers::table)
            .inner_join(suppliers::table)
            .filter(meetings::interpreter_id.eq(id))
            .select((meetings::id, buyers::languages, suppliers::languages))
            .load(conn)?;
        let spoken: Vec<&str> = new.languages.iter().map(String::as_str).collect();
        let lost: Vec<i32> = theirs
            .into_iter()
            .filter(|(_, b, s)| {
                let b: Vec<&str> = b.split_whitespace().collect();
                let s: Vec<&str> = s.split_whitespace().collect();
                !interpreting::can_bridge(&spoken, &b, &s)
            })
            .map(|(m, _, _)| m)
            .collect();
        diesel::update(meetings::table.filter(meetings::id.eq_any(&lost)))
            .set(meetings::interpreter_id.eq(None::<i32>))
            .execute(conn)?;
        Ok(lost.len())
    })
}

/// Removes an interpreter; their meetings go back to needing one. Returns how many
/// meetings lost their interpreter. Errors: `NotFound` outside the expo.
pub fn remove(conn: &mut DbConnection, expo: ExpoId, id: i32) -> StoreResult<usize> {
    conn.write_tx(|conn| {
        let gone = diesel::delete(
            interpreters::table
                .filter(interpreters::id.eq(id))
                .filter(interpreters::expo_id.eq(expo.0)),
        )
        .execute(conn)?;
        if gone != 1 {
            return Err(StoreError::NotFound);
        }
        let cleared = diesel::update(meetings::table.filter(meetings::interpreter_id.eq(id)))
            .set(meetings::interpreter_id.eq(None::<i32>))
            .execute(conn)?;
        Ok(cleared)
    })
}

/// A live meeting that needs an interpreter, for the organizer's overview.
#[derive(Clone, Debug)]
pub struct NeedRow {
    pub meeting: i32,
    pub slot: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub table: String,
    pub buyer: i32,
    pub buyer_name: String,
    pub buyer_organisation: String,
    pub buyer_languages: Vec<String>,
    pub supplier_name: String,
    pub supplier_languages: Vec<String>,
    pub interpreter: Option<i32>,
    pub status: MeetingStatus,
}

type NeedTuple = (
    (i32, i32, Option<i32>, MeetingStatus),
    (NaiveDateTime, NaiveDateTime),
    String,
    (i32, String, String, String, bool),
    (String, String),
);

/// Every live meeting of the expo that needs an interpreter, in time order.
pub fn needs(conn: &mut DbConnection, expo: ExpoId) -> StoreResult<Vec<NeedRow>> {
    let rows: Vec<NeedTuple> = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .order((
            slots::starts_at,
            consultation_tables::position,
            meetings::id,
        ))
        .select((
            (
                meetings::id,
                meetings::slot_id,
                meetings::interpreter_id,
                meetings::status,
            ),
            (slots::starts_at, slots::ends_at),
            consultation_tables::label,
            (
                buyers::id,
                buyers::name,
                buyers::organisation,
                buyers::languages,
                buyers::needs_interpreter,
            ),
            (suppliers::company_name_en, suppliers::languages),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(
            |((meeting, slot, interpreter, status), (starts_at, ends_at), table, b, s)| {
                let (buyer, buyer_name, buyer_organisation, bl, asked) = b;
                let (supplier_name, sl) = s;
                let buyer_languages = split(&bl);
                let supplier_languages = split(&sl);
                let bv: Vec<&str> = buyer_languages.iter().map(String::as_str).collect();
                let sv: Vec<&str> = supplier_languages.iter().map(String::as_str).collect();
                interpreting::needed(&bv, &sv, asked).then_some(NeedRow {
                    meeting,
                    slot,
                    starts_at,
                    ends_at,
                    table,
                    buyer,
                    buyer_name,
                    buyer_organisation,
                    buyer_languages,
                    supplier_name,
                    supplier_languages,
                    interpreter,
                    status,
                })
            },
        )
        .collect())
}

/// What an automatic assignment did.
#[derive(Clone, Debug, Default)]
pub struct AutoResult {
    pub assigned: usize,
    /// (meeting, interpreter) for each meeting given one.
    pub new: Vec<(i32, i32)>,
    /// Meetings still without an interpreter that have not ended, with the reason.
    pub uncovered: Vec<(NeedRow, Uncovered)>,
}

/// Assigns interpreters to every booked meeting that needs one, has none and has not
/// started; existing assignments stay. One transaction: a concurrent change makes it
/// fail with `Conflict` and nothing is stored.
pub fn assign_all(
    conn: &mut DbConnection,
    expo: ExpoId,
    now: NaiveDateTime,
) -> StoreResult<AutoResult> {
    conn.write_tx(|conn| {
        let people: Vec<Interpreter> = list(conn, expo)?
            .into_iter()
            .map(|r| Interpreter {
                id: r.id,
                languages: r.languages,
            })
            .collect();
        let rows = needs(conn, expo)?;
        let slot_order: Vec<i32> = {
            let mut v: Vec<(NaiveDateTime, i32)> =
                rows.iter().map(|r| (r.starts_at, r.slot)).collect();
            v.sort();
            v.dedup();
            v.into_iter().map(|(_, s)| s).collect()
        };
        // Meetings that started already keep what they have and only block.
        let open = |r: &NeedRow| r.status == MeetingStatus::Booked && r.starts_at > now;
        let needs: Vec<Need> = rows
            .iter()
            .filter(|r| open(r) || r.interpreter.is_some())
            .map(|r| Need {
                meeting: r.meeting,
                slot: r.slot,
                buyer: r.buyer,
                buyer_languages: r.buyer_languages.clone(),
                supplier_languages: r.supplier_languages.clone(),
                current: r.interpreter,
            })
            .collect();
        let plan = interpreting::assign(&people, &needs, &slot_order);
        for (meeting, interpreter) in &plan.new {
            let n = diesel::update(
                meetings::table
                    .find(meeting)
                    .filter(meetings::interpreter_id.is_null())
                    .filter(meetings::status.eq(MeetingStatus::Booked)),
            )
            .set(meetings::interpreter_id.eq(interpreter))
            .execute(conn)
            .map_err(|e| StoreError::from_unique(e, "meetings changed meanwhile: assign again"))?;
            if n != 1 {
                return Err(StoreError::Conflict(
                    "meetings changed meanwhile: assign again".into(),
                ));
            }
        }
        let by_id: HashMap<i32, &NeedRow> = rows.iter().map(|r| (r.meeting, r)).collect();
        Ok(AutoResult {
            assigned: plan.new.len(),
            new: plan.new.clone(),
            uncovered: plan
                .uncovered
                .into_iter()
                .filter_map(|(m, why)| by_id.get(&m).map(|r| ((*r).clone(), why)))
                .collect(),
        })
    })
}

/// Puts an interpreter in a live meeting of the expo (or takes them out with `None`).
/// Errors: `NotFound` for a meeting or interpreter outside the expo; `Conflict` when
/// the interpreter does not speak the languages or is in another meeting then.
pub fn set(
    conn: &mut DbConnection,
    expo: ExpoId,
    meeting: MeetingId,
    interpreter: Option<i32>,
) -> StoreResult<()> {
    conn.write_tx(|conn| {
        let row = languages_of(conn, expo, meeting)?;
        if let Some(id) = interpreter {
            let langs: String = interpreters::table
                .filter(interpreters::id.eq(id))
                .filter(interpreters::expo_id.eq(expo.0))
                .select(interpreters::languages)
                .first(conn)
                .optional()?
                .ok_or(StoreError::NotFound)?;
            let l = split(&langs);
            let l: Vec<&str> = l.iter().map(String::as_str).collect();
            let b: Vec<&str> = row.0.iter().map(String::as_str).collect();
            let s: Vec<&str> = row.1.iter().map(String::as_str).collect();
            if !interpreting::can_bridge(&l, &b, &s) {
                return Err(StoreError::Conflict(
                    "that interpreter does not speak one of the buyer's languages and one of the supplier's".into(),
                ));
            }
        }
        diesel::update(meetings::table.find(meeting.0))
            .set(meetings::interpreter_id.eq(interpreter))
            .execute(conn)
            .map_err(|e| {
                StoreError::from_unique(e, "that interpreter is in another meeting at that time")
            })?;
        Ok(())
    })
}

/// The buyer's and supplier's languages of a live meeting of the expo.
fn languages_of(
    conn: &mut DbConnection,
    expo: ExpoId,
    meeting: MeetingId,
) -> StoreResult<(Vec<String>, Vec<String>)> {
    let (b, s): (String, String) = meetings::table
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .filter(meetings::id.eq(meeting.0))
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .select((buyers::languages, suppliers::languages))
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    Ok((split(&b), split(&s)))
}

/// Whether a meeting needs an interpreter (see [`interpreting::needed`]).
pub fn needed(conn: &mut DbConnection, meeting: MeetingId) -> StoreResult<bool> {
    let (b, s, asked): (String, String, bool) = meetings::table
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .filter(meetings::id.eq(meeting.0))
        .select((
            buyers::languages,
            suppliers::languages,
            buyers::needs_interpreter,
        ))
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    let (b, s) = (split(&b), split(&s));
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    let s: Vec<&str> = s.iter().map(String::as_str).collect();
    Ok(interpreting::needed(&b, &s, asked))
}

/// The interpreter of a meeting, when it has one: (id, name).
pub fn of_meeting(
    conn: &mut DbConnection,
    meeting: MeetingId,
) -> StoreResult<Option<(i32, String)>> {
    Ok(meetings::table
        .inner_join(interpreters::table)
        .filter(meetings::id.eq(meeting.0))
        .select((interpreters::id, interpreters::name))
        .first(conn)
        .optional()?)
}

/// Interpreters of the expo who could sit in this meeting: they speak the languages
/// and have no other live meeting in its slot.
pub fn able_and_free(
    conn: &mut DbConnection,
    expo: ExpoId,
    meeting: MeetingId,
) -> StoreResult<Vec<InterpreterRow>> {
    let (b, s) = languages_of(conn, expo, meeting)?;
    let slot: i32 = meetings::table
        .find(meeting.0)
        .select(meetings::slot_id)
        .first(conn)?;
    let busy: Vec<Option<i32>> = meetings::table
        .filter(meetings::slot_id.eq(slot))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .filter(meetings::id.ne(meeting.0))
        .select(meetings::interpreter_id)
        .load(conn)?;
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    let s: Vec<&str> = s.iter().map(String::as_str).collect();
    Ok(list(conn, expo)?
        .into_iter()
        .filter(|i| !busy.contains(&Some(i.id)))
        .filter(|i| {
            let l: Vec<&str> = i.languages.iter().map(String::as_str).collect();
            interpreting::can_bridge(&l, &b, &s)
        })
        .collect())
}

/// When a meeting moves to `slot`, its interpreter goes with it only if free then;
/// otherwise the meeting goes back to needing one. Call inside the move's transaction,
/// before the move.
pub fn release_if_busy(conn: &mut DbConnection, meeting: MeetingId, slot: i32) -> StoreResult<()> {
    let busy: Vec<i32> = meetings::table
        .filter(meetings::slot_id.eq(slot))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .filter(meetings::id.ne(meeting.0))
        .filter(meetings::interpreter_id.is_not_null())
        .select(meetings::interpreter_id.assume_not_null())
        .load(conn)?;
    if !busy.is_empty() {
        diesel::update(
            meetings::table
                .find(meeting.0)
                .filter(meetings::interpreter_id.eq_any(busy)),
        )
        .set(meetings::interpreter_id.eq(None::<i32>))
        .execute(conn)?;
    }
    Ok(())
}

/// One line of an interpreter's day sheet.
#[derive(Clone, Debug)]
pub struct SheetLine {
    pub meeting: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub table: String,
    pub buyer_name: String,
    pub buyer_organisation: String,
    pub buyer_country: String,
    pub buyer_languages: Vec<String>,
    pub supplier_name_en: String,
    pub supplier_name_ko: String,
}

type SheetTuple = (
    i32,
    (NaiveDateTime, NaiveDateTime),
    String,
    (String, String, String, String),
    (String, String),
);

/// An interpreter of the expo and their live meetings in time order. `None` when the
/// interpreter is not the expo's.
pub fn sheet(
    conn: &mut DbConnection,
    expo: ExpoId,
    id: i32,
) -> StoreResult<Option<(InterpreterRow, Vec<SheetLine>)>> {
    let Some(me) = list(conn, expo)?.into_iter().find(|i| i.id == id) else {
        return Ok(None);
    };
    let rows: Vec<SheetTuple> = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .filter(meetings::interpreter_id.eq(id))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .order(slots::starts_at)
        .select((
            meetings::id,
            (slots::starts_at, slots::ends_at),
            consultation_tables::label,
            (
                buyers::name,
                buyers::organisation,
                buyers::country,
                buyers::languages,
            ),
            (suppliers::company_name_en, suppliers::company_name_ko),
        ))
        .load(conn)?;
    let lines = rows
        .into_iter()
        .map(
            |(meeting, (starts_at, ends_at), table, (bn, bo, bc, bl), (se, sk))| SheetLine {
                meeting,
                starts_at,
                ends_at,
                table,
                buyer_name: bn,
                buyer_organisation: bo,
                buyer_country: bc,
                buyer_languages: split(&bl),
                supplier_name_en: se,
                supplier_name_ko: sk,
            },
        )
        .collect();
    Ok(Some((me, lines)))
}
