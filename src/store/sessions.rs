//! Sign-in sessions kept on the server, so that they can be ended: the cookie carries
//! a random session key, this table its SHA-256 only. A session is good while its row
//! exists, it was used within the idle limit and it is younger than the absolute one.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::sessions;
use crate::domain::Role;
use crate::domain::token::{RawToken, TokenHash};

/// How long a session may go unused, and how long it may last at most.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifetimes {
    pub idle: Duration,
    pub absolute: Duration,
}

impl Lifetimes {
    /// How stale `last_seen_at` may be before a request writes it again: a twentieth of
    /// the idle limit, at most an hour. Each touch is a write (and on SQLite makes every
    /// instance's kept pages stale), so it must stay rare; the idle limit is then kept
    /// to within that much.
    pub fn touch_after(&self) -> Duration {
        (self.idle / 20).min(Duration::hours(1))
    }
}

#[derive(Queryable, Selectable, Debug)]
#[diesel(table_name = sessions)]
struct SessionRow {
    role: String,
    person_id: i32,
    created_at: NaiveDateTime,
    last_seen_at: NaiveDateTime,
    member_id: Option<i32>,
    acting_by: Option<i32>,
}

/// Who holds a supplier's or buyer's session besides the company: one of its team
/// members (`None`: the primary contact), or a staff member acting for it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Seat {
    pub member: Option<i32>,
    pub acting_by: Option<i32>,
}

/// A session that is good now: whose it is and until when it stays good unless used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Live {
    pub role: Role,
    pub person_id: i32,
    pub seat: Seat,
    /// The earlier of the idle and the absolute end, as things stand.
    pub ends_at: NaiveDateTime,
}

/// Starts a session for a person and returns its key (for the cookie; only its hash is
/// stored).
pub fn start(
    conn: &mut DbConnection,
    role: Role,
    person_id: i32,
    now: NaiveDateTime,
) -> QueryResult<RawToken> {
    start_seated(conn, role, person_id, Seat::default(), now)
}

/// Starts a session for a company's team member or for staff acting for it.
pub fn start_seated(
    conn: &mut DbConnection,
    role: Role,
    person_id: i32,
    seat: Seat,
    now: NaiveDateTime,
) -> QueryResult<RawToken> {
    let key = RawToken::generate();
    diesel::insert_into(sessions::table)
        .values((
            sessions::key_hash.eq(key.hash().0),
            sessions::role.eq(role.as_str()),
            sessions::person_id.eq(person_id),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
            sessions::member_id.eq(seat.member),
            sessions::acting_by.eq(seat.acting_by),
        ))
        .execute(conn)?;
    Ok(key)
}

/// The session with this key when it is good at `now`, touching its last use when that
/// is older than [`Lifetimes::touch_after`]. A session past either limit is deleted and
/// reads as `None`, as does an unknown key.
pub fn check(
    conn: &mut DbConnection,
    key: &TokenHash,
    limits: Lifetimes,
    now: NaiveDateTime,
) -> QueryResult<Option<Live>> {
    let Some(row) = sessions::table
        .find(&key.0)
        .select(SessionRow::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let hard_end = row.created_at + limits.absolute;
    let idle_end = row.last_seen_at + limits.idle;
    let role = Role::parse(&row.role);
    if now >= hard_end || now >= idle_end || role.is_none() {
        diesel::delete(sessions::table.find(&key.0)).execute(conn)?;
        return Ok(None);
    }
    let mut last_seen = row.last_seen_at;
    if now - row.last_seen_at >= limits.touch_after() {
        diesel::update(sessions::table.find(&key.0))
            .set(sessions::last_seen_at.eq(now))
            .execute(conn)?;
        last_seen = now;
    }
    Ok(role.map(|role| Live {
        role,
        person_id: row.person_id,
        seat: Seat {
            member: row.member_id,
            acting_by: row.acting_by,
        },
        ends_at: hard_end.min(last_seen + limits.idle),
    }))
}

/// Ends one session (signing out). Ending one that is gone already is not an error.
pub fn end(conn: &mut DbConnection, key: &TokenHash) -> QueryResult<()> {
    diesel::delete(sessions::table.find(&key.0))
        .execute(conn)
        .map(|_| ())
}

/// Ends every session of a person but `keep` (the one changing its password keeps
/// its own); returns how many ended.
pub fn end_all(
    conn: &mut DbConnection,
    role: Role,
    person_id: i32,
    keep: Option<&TokenHash>,
) -> QueryResult<usize> {
    let mine = sessions::table
        .filter(sessions::role.eq(role.as_str()))
        .filter(sessions::person_id.eq(person_id));
    match keep {
        Some(keep) => diesel::delete(mine.filter(sessions::key_hash.ne(&keep.0))).execute(conn),
        None => diesel::delete(mine).execute(conn),
    }
}

/// Ends every session of one team member (removed from its company); returns how
/// many ended.
pub fn end_member(conn: &mut DbConnection, member: i32) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::member_id.eq(member))).execute(conn)
}

/// Ends every session in which this staff member acts for a company (removed from an
/// expo, or stopped acting); returns how many ended.
pub fn end_acting(conn: &mut DbConnection, staff: i32) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::acting_by.eq(staff))).execute(conn)
}

/// How many good sessions a person has (for the organizer's page).
pub fn count_for(
    conn: &mut DbConnection,
    role: Role,
    person_id: i32,
    limits: Lifetimes,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    sessions::table
        .filter(sessions::role.eq(role.as_str()))
        .filter(sessions::person_id.eq(person_id))
        .filter(sessions::created_at.gt(now - limits.absolute))
        .filter(sessions::last_seen_at.gt(now - limits.idle))
        .count()
        .get_result(conn)
}

/// Deletes sessions past either limit (they no longer work anyway); returns how many.
/// Looks before it deletes: on PostgreSQL even an empty delete notifies every
/// instance's page cache.
pub fn delete_expired(
    conn: &mut DbConnection,
    limits: Lifetimes,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let expired = sessions::created_at
        .le(now - limits.absolute)
        .or(sessions::last_seen_at.le(now - limits.idle));
    let any: Option<String> = sessions::table
        .filter(expired)
        .select(sessions::key_hash)
        .first(conn)
        .optional()?;
    if any.is_none() {
        return Ok(0);
    }
    diesel::delete(sessions::table.filter(expired)).execute(conn)
}

/// Ends every session of a buyer or supplier of `expo` on an organizer's say (a
/// shared laptop, a lost phone, someone who left the company), recorded in the audit
/// log with the change. Returns how many ended. Errors: `NotFound` when the person is
/// not one of the expo's.
pub fn end_all_by_organizer(
    conn: &mut DbConnection,
    organizer: crate::domain::OrganizerId,
    expo: crate::domain::ExpoId,
    role: Role,
    person_id: i32,
    now: NaiveDateTime,
) -> super::StoreResult<usize> {
    use crate::db::schema::{buyers, suppliers};
    let belongs: i64 = match role {
        Role::Buyer => buyers::table
            .filter(buyers::id.eq(person_id))
            .filter(buyers::expo_id.eq(expo.0))
            .count()
            .get_result(conn)?,
        Role::Supplier => suppliers::table
            .filter(suppliers::id.eq(person_id))
            .filter(suppliers::expo_id.eq(expo.0))
            .count()
            .get_result(conn)?,
        Role::Organizer => 0,
    };
    if belongs == 0 {
        return Err(super::StoreError::NotFound);
    }
    let action = match role {
        Role::Buyer => "buyer.sign_ins_ended",
        _ => "supplier.sign_ins_ended",
    };
    super::audit::by_organizer(
        conn,
        organizer,
        action,
        (role.as_str(), Some(person_id)),
        "",
        now,
        |conn| Ok(end_all(conn, role, person_id, None)?),
    )
}

/// A person's email and password hash, for changing the password while signed in
/// (organizers and suppliers have passwords; buyers sign in by link only).
pub fn credentials_of(
    conn: &mut DbConnection,
    role: Role,
    person_id: i32,
) -> QueryResult<Option<(String, Option<String>)>> {
    use crate::db::schema::{organizers, suppliers};
    match role {
        Role::Organizer => organizers::table
            .find(person_id)
            .select((organizers::email, organizers::password_hash.nullable()))
            .first(conn)
            .optional(),
        Role::Supplier => suppliers::table
            .find(person_id)
            .select((suppliers::email, suppliers::password_hash))
            .first(conn)
            .optional(),
        Role::Buyer => Ok(None),
    }
}

/// Sets a new password for a signed-in organizer or supplier and ends every other
/// session of theirs (`keep` is the one that changed it), all in one transaction,
/// recorded in the audit log. Returns how many other sessions ended.
pub fn change_password(
    conn: &mut DbConnection,
    role: Role,
    person_id: i32,
    password_hash: &str,
    keep: &TokenHash,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    use crate::db::schema::{organizers, suppliers};
    conn.write_tx(|conn| {
        match role {
            Role::Organizer => diesel::update(organizers::table.find(person_id))
                .set(organizers::password_hash.eq(password_hash))
                .execute(conn)?,
            Role::Supplier => diesel::update(suppliers::table.find(person_id))
                .set((
                    suppliers::password_hash.eq(password_hash),
                    suppliers::updated_at.eq(now),
                ))
                .execute(conn)?,
            Role::Buyer => return Err(diesel::result::Error::NotFound),
        };
        let ended = end_all(conn, role, person_id, Some(keep))?;
        super::audit::record(
            conn,
            &super::audit::Entry {
                actor_role: role.as_str(),
                actor_id: Some(person_id),
                action: match role {
                    Role::Organizer => "organizer.password_changed",
                    _ => "supplier.password_changed",
                },
                subject_type: role.as_str(),
                subject_id: Some(person_id),
                detail: "",
            },
            now,
        )?;
        Ok(ended)
    })
}

/// Ends every session of an organizer on another organizer's say (someone who left,
/// a lost laptop), audit-logged with the change. When `actor` ends its own, the session
/// `keep` (the one asking) stays. Returns how many ended. Errors: `NotFound` for an
/// unknown organizer.
pub fn end_all_of_organizer(
    conn: &mut DbConnection,
    actor: crate::domain::OrganizerId,
    target: crate::domain::OrganizerId,
    keep: &TokenHash,
    now: NaiveDateTime,
) -> super::StoreResult<usize> {
    use crate::db::schema::organizers;
    let exists: i64 = organizers::table
        .filter(organizers::id.eq(target.0))
        .count()
        .get_result(conn)?;
    if exists == 0 {
        return Err(super::StoreError::NotFound);
    }
    super::audit::by_organizer(
        conn,
        actor,
        "organizer.sign_ins_ended",
        ("organizer", Some(target.0)),
        "",
        now,
        |conn| {
            let keep = (actor == target).then_some(keep);
            Ok(end_all(conn, Role::Organizer, target.0, keep)?)
        },
    )
}
