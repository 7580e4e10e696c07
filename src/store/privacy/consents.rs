//! Consents: recording, listing, withdrawing, and whether one is due.

use chrono::NaiveDateTime;
use diesel::dsl::max;
use diesel::prelude::*;
use serde::Serialize;

use super::notice::current_notice;
use crate::db::schema::{buyers, consents, suppliers};
use crate::domain::Role;
use crate::domain::privacy::ConsentKind;
use crate::store::DbConnection;

/// One consent as recorded.
#[derive(Clone, Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = consents)]
pub struct Consent {
    #[serde(skip)]
    pub id: i32,
    pub kind: String,
    pub notice_version: i32,
    pub granted_at: NaiveDateTime,
    pub ip: String,
    pub withdrawn_at: Option<NaiveDateTime>,
}

impl Consent {
    pub fn kind(&self) -> Option<ConsentKind> {
        ConsentKind::parse(&self.kind)
    }

    /// The label for people; a code the program does not know is shown as it is.
    pub fn label(&self) -> &str {
        match self.kind() {
            Some(kind) => kind.label(),
            None => &self.kind,
        }
    }

    pub fn withdrawable(&self) -> bool {
        self.withdrawn_at.is_none() && self.kind().is_some_and(ConsentKind::withdrawable)
    }
}

/// Records that the person gave each of `kinds` to notice `version`, from `ip`, and
/// withdraws an earlier optional consent they did not give again (the form showed it
/// unticked). Runs in the caller's transaction when there is one.
pub fn record_consents(
    conn: &mut DbConnection,
    role: Role,
    person: i32,
    kinds: &[ConsentKind],
    version: i32,
    ip: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    conn.write_tx(|c| {
        for kind in kinds {
            diesel::insert_into(consents::table)
                .values((
                    consents::role.eq(role.as_str()),
                    consents::person_id.eq(person),
                    consents::kind.eq(kind.as_str()),
                    consents::notice_version.eq(version),
                    consents::granted_at.eq(now),
                    consents::ip.eq(ip),
                ))
                .execute(c)?;
        }
        if !kinds.contains(&ConsentKind::Marketing) {
            withdraw(c, role, person, ConsentKind::Marketing, now)?;
        }
        Ok(())
    })
}

/// Every consent the person gave, newest first.
pub fn consents_of(conn: &mut DbConnection, role: Role, person: i32) -> QueryResult<Vec<Consent>> {
    consents::table
        .filter(consents::role.eq(role.as_str()))
        .filter(consents::person_id.eq(person))
        .select(Consent::as_select())
        .order((consents::granted_at.desc(), consents::id.desc()))
        .load(conn)
}

/// Whether the person must consent (again) before using their pages: they have not
/// consented to collection under the current notice version.
pub fn consent_due(conn: &mut DbConnection, role: Role, person: i32) -> QueryResult<bool> {
    let current = current_notice(conn)?.version;
    let latest: Option<i32> = consents::table
        .filter(consents::role.eq(role.as_str()))
        .filter(consents::person_id.eq(person))
        .filter(consents::kind.eq(ConsentKind::Collection.as_str()))
        .filter(consents::withdrawn_at.is_null())
        .select(max(consents::notice_version))
        .first(conn)?;
    Ok(latest.is_none_or(|v| v < current))
}

/// Withdraws the person's live consents of `kind`; returns how many. The rows stay,
/// as the record of what was given.
pub fn withdraw(
    conn: &mut DbConnection,
    role: Role,
    person: i32,
    kind: ConsentKind,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        consents::table
            .filter(consents::role.eq(role.as_str()))
            .filter(consents::person_id.eq(person))
            .filter(consents::kind.eq(kind.as_str()))
            .filter(consents::withdrawn_at.is_null()),
    )
    .set(consents::withdrawn_at.eq(now))
    .execute(conn)
}

/// Consents for every buyer with a complete profile and every supplier that has none
/// yet, to the current notice, as if given when they registered. Only for the demo
/// expo, whose people never saw a form.
pub fn consent_for_demo(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    let version = current_notice(conn)?.version;
    let with: Vec<(String, i32)> = consents::table
        .select((consents::role, consents::person_id))
        .load(conn)?;
    let buyers_done: Vec<i32> = buyers::table
        .filter(buyers::profile_completed_at.is_not_null())
        .select(buyers::id)
        .load(conn)?;
    let suppliers_all: Vec<i32> = suppliers::table.select(suppliers::id).load(conn)?;
    let mut n = 0;
    conn.write_tx(|c| {
        for (role, ids) in [(Role::Buyer, buyers_done), (Role::Supplier, suppliers_all)] {
            for id in ids {
                if with.iter().any(|(r, p)| r == role.as_str() && *p == id) {
                    continue;
                }
                let kinds = [ConsentKind::Collection, ConsentKind::Provision];
                record_consents(c, role, id, &kinds, version, "", now)?;
                n += 1;
            }
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(n)
}
