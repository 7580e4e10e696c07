//! Who has arrived at the venue.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult, audit};
use crate::db::schema::{buyers, check_ins, suppliers};
use crate::domain::status::SupplierStatus;
use crate::domain::{ExpoId, OrganizerId};

/// A participant at the check-in desk.
#[derive(Clone, Debug)]
pub struct Arrival {
    pub role: &'static str,
    pub id: i32,
    pub name: String,
    pub detail: String,
    pub checked_in_at: Option<NaiveDateTime>,
}

/// Checks a buyer or an approved supplier of the expo in; checking in twice keeps the
/// first time. Returns whether this call checked them in. Errors: `NotFound`.
pub fn check_in(
    conn: &mut DbConnection,
    expo: ExpoId,
    role: &str,
    person: i32,
    organizer: OrganizerId,
    now: NaiveDateTime,
) -> StoreResult<bool> {
    conn.write_tx(|conn| {
        let exists: i64 = match role {
            "buyer" => buyers::table
                .filter(buyers::id.eq(person))
                .filter(buyers::expo_id.eq(expo.0))
                .count()
                .get_result(conn)?,
            "supplier" => suppliers::table
                .filter(suppliers::id.eq(person))
                .filter(suppliers::expo_id.eq(expo.0))
                .filter(suppliers::status.eq(SupplierStatus::Approved))
                .count()
                .get_result(conn)?,
            _ => 0,
        };
        if exists != 1 {
            return Err(StoreError::NotFound);
        }
        let already: i64 = check_ins::table
            .filter(check_ins::expo_id.eq(expo.0))
            .filter(check_ins::role.eq(role))
            .filter(check_ins::person_id.eq(person))
            .count()
            .get_result(conn)?;
        if already > 0 {
            return Ok(false);
        }
        diesel::insert_into(check_ins::table)
            .values((
                check_ins::expo_id.eq(expo.0),
                check_ins::role.eq(role),
                check_ins::person_id.eq(person),
                check_ins::checked_in_at.eq(now),
                check_ins::organizer_id.eq(Some(organizer.0)),
            ))
            .execute(conn)
            .map_err(|e| StoreError::from_unique(e, "already checked in"))?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: Some(organizer.0),
                action: "participant.checked_in",
                subject_type: role,
                subject_id: Some(person),
                detail: "",
            },
            now,
        )?;
        Ok(true)
    })
}

/// Buyers and approved suppliers of the expo whose name, organisation or email holds
/// every word of `query` (everyone when empty), with their check-in time. Three queries.
pub fn desk(conn: &mut DbConnection, expo: ExpoId, query: &str) -> QueryResult<Vec<Arrival>> {
    let times: HashMap<(String, i32), NaiveDateTime> = check_ins::table
        .filter(check_ins::expo_id.eq(expo.0))
        .select((
            check_ins::role,
            check_ins::person_id,
            check_ins::checked_in_at,
        ))
        .load::<(String, i32, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(r, p, t)| ((r, p), t))
        .collect();
    let mut out: Vec<Arrival> = buyers::table
        .filter(buyers::expo_id.eq(expo.0))
        .select((
            buyers::id,
            buyers::name,
            buyers::organisation,
            buyers::email,
        ))
        .load::<(i32, String, String, String)>(conn)?
        .into_iter()
        .map(|(id, name, org, email)| Arrival {
            role: "buyer",
            id,
            checked_in_at: times.get(&("buyer".to_owned(), id)).copied(),
            detail: format!("{org} · {email}"),
            name,
        })
        .collect();
    out.extend(
        suppliers::table
            .filter(suppliers::expo_id.eq(expo.0))
            .filter(suppliers::status.eq(SupplierStatus::Approved))
            .select((
                suppliers::id,
                suppliers::company_name_en,
                suppliers::company_name_ko,
                suppliers::contact_name,
            ))
            .load::<(i32, String, String, String)>(conn)?
            .into_iter()
            .map(|(id, en, ko, contact)| Arrival {
                role: "supplier",
                id,
                checked_in_at: times.get(&("supplier".to_owned(), id)).copied(),
                detail: format!("{ko} · {contact}"),
                name: en,
            }),
    );
    let words: Vec<String> = query
        .to_lowercase()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    out.retain(|a| {
        let hay = format!("{} {}", a.name, a.detail).to_lowercase();
        words.iter().all(|w| hay.contains(w))
    });
    out.sort_by_key(|a| a.name.to_lowercase());
    Ok(out)
}
