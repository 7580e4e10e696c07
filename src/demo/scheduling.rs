//! Interpreters for the meetings that need one, and accepted requests waiting for the scheduler.

use diesel::prelude::*;

use super::SeedError;
use crate::db::DbConnection;
use crate::db::schema::suppliers as suppliers_t;
use crate::domain::ExpoId;
use crate::domain::status::{RequestStatus, SupplierStatus};
use crate::store;

/// Interpreters on the demo expo's list, assigned to the meetings that need one (some
/// stay uncovered: the Interpreters page says why). Returns how many got one.
pub fn seed_interpreters(conn: &mut DbConnection) -> Result<usize, SeedError> {
    use crate::db::schema::expos;
    use crate::domain::interpreting::NewInterpreter;
    let now = store::now();
    conn.write_tx(|conn| {
        let expo: i32 = expos::table
            .select(expos::id)
            .order(expos::id)
            .first(conn)?;
        for (name, email, languages, note) in [
            (
                "Lucía Fernández",
                "lucia@interpreters.example",
                "es ko en",
                "Spanish desk, all days",
            ),
            (
                "Dmitri Kovalenko",
                "dmitri@interpreters.example",
                "ru kk ko",
                "",
            ),
            (
                "Layla Haddad",
                "layla@interpreters.example",
                "ar ko en fr",
                "Mornings preferred",
            ),
            ("Nguyen Thi Mai", "mai@interpreters.example", "vi ko", ""),
        ] {
            let new = NewInterpreter {
                name: name.into(),
                email: email.into(),
                languages: languages.split(' ').map(str::to_owned).collect(),
                note: note.into(),
            };
            store::interpreters::add(conn, ExpoId(expo), &new, now)?;
        }
        Ok(store::interpreters::assign_all(conn, ExpoId(expo), now)?.assigned)
    })
}

/// Accepted requests waiting for the organizer's scheduler: two or three per buyer,
/// with suppliers it has no meeting or request with, a third of them "must meet" and
/// some asking for the morning. Deterministic. Returns how many were added.
pub fn seed_accepted_requests(conn: &mut DbConnection) -> Result<usize, SeedError> {
    use crate::db::schema::{buyers, expos, meeting_requests, meetings as m};
    let now = store::now();
    conn.write_tx(|conn| {
        let expo: i32 = expos::table
            .select(expos::id)
            .order(expos::id)
            .first(conn)?;
        let buyer_ids: Vec<i32> = buyers::table
            .filter(buyers::expo_id.eq(expo))
            .order(buyers::id)
            .select(buyers::id)
            .load(conn)?;
        let supplier_ids: Vec<i32> = suppliers_t::table
            .filter(suppliers_t::expo_id.eq(expo))
            .filter(suppliers_t::status.eq(SupplierStatus::Approved))
            .order(suppliers_t::id)
            .select(suppliers_t::id)
            .load(conn)?;
        let mut taken: std::collections::HashSet<(i32, i32)> = m::table
            .select((m::buyer_id, m::supplier_id))
            .load::<(i32, i32)>(conn)?
            .into_iter()
            .chain(
                meeting_requests::table
                    .select((meeting_requests::buyer_id, meeting_requests::supplier_id))
                    .load::<(i32, i32)>(conn)?,
            )
            .collect();
        if supplier_ids.is_empty() {
            return Ok(0);
        }
        let mut added = 0;
        for (i, buyer) in buyer_ids.iter().enumerate() {
            for k in 0..(2 + i % 2) {
                let supplier = supplier_ids[(i * 7 + k * 13 + 3) % supplier_ids.len()];
                if !taken.insert((*buyer, supplier)) {
                    continue;
                }
                diesel::insert_into(meeting_requests::table)
                    .values((
                        meeting_requests::expo_id.eq(expo),
                        meeting_requests::buyer_id.eq(buyer),
                        meeting_requests::supplier_id.eq(supplier),
                        meeting_requests::requested_by.eq("buyer"),
                        meeting_requests::priority.eq(if added % 3 == 0 {
                            "must"
                        } else {
                            "would_like"
                        }),
                        meeting_requests::preferred_session
                            .eq((added % 5 == 0).then_some("morning")),
                        meeting_requests::status.eq(RequestStatus::Accepted),
                        meeting_requests::responded_at.eq(Some(now)),
                        meeting_requests::created_at.eq(now),
                    ))
                    .execute(conn)?;
                added += 1;
            }
        }
        Ok(added)
    })
}
