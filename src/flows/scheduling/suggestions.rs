//! The suggested pairs: the best matches per buyer that have no meeting yet.

use std::collections::BTreeSet;

use diesel::prelude::*;

use crate::db::schema::{buyers, match_scores, meeting_requests, meetings};
use crate::domain::matching::Reason;
use crate::domain::status::{MeetingStatus, RequestStatus};
use crate::domain::{BuyerId, ExpoId, SupplierId};
use crate::store::DbConnection;

/// A buyer's best matches that have no meeting and no open request yet.
#[derive(Clone, Debug)]
pub struct Suggestion {
    pub buyer: BuyerId,
    pub buyer_name: String,
    pub organisation: String,
    /// The buyer's country code (pages name it in the viewer's language).
    pub country: String,
    /// (supplier, English name, Korean name, score, reasons), best first.
    pub picks: Vec<(SupplierId, String, String, u32, Vec<Reason>)>,
}

/// Up to `per_buyer` suggestions for every buyer with a complete profile.
pub fn suggested_pairs(
    conn: &mut DbConnection,
    expo: ExpoId,
    per_buyer: usize,
) -> QueryResult<Vec<Suggestion>> {
    let rows: Vec<(i32, String, String, String)> = buyers::table
        .filter(buyers::expo_id.eq(expo.0))
        .filter(buyers::profile_completed_at.is_not_null())
        .order(buyers::name)
        .select((
            buyers::id,
            buyers::name,
            buyers::organisation,
            buyers::country,
        ))
        .load(conn)?;
    let taken: BTreeSet<(i32, i32)> = meetings::table
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .select((meetings::buyer_id, meetings::supplier_id))
        .load::<(i32, i32)>(conn)?
        .into_iter()
        .chain(
            meeting_requests::table
                .filter(meeting_requests::expo_id.eq(expo.0))
                .filter(meeting_requests::status.eq_any([
                    RequestStatus::Pending,
                    RequestStatus::Accepted,
                    RequestStatus::Scheduled,
                ]))
                .select((meeting_requests::buyer_id, meeting_requests::supplier_id))
                .load::<(i32, i32)>(conn)?,
        )
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for (id, name, organisation, country) in rows {
        let Some(facts) = crate::flows::booking::buyer_facts(conn, BuyerId(id))? else {
            continue;
        };
        // The buyer's best-scored suppliers (kept in `match_scores`), enough of them
        // to leave `per_buyer` after those the buyer already meets or asked for.
        crate::store::directory::make_ready(conn, &facts)?;
        let skip = taken.iter().filter(|(b, _)| *b == id).count();
        let best: Vec<i32> = match_scores::table
            .filter(match_scores::buyer_id.eq(id))
            .filter(match_scores::score.gt(0))
            .order((
                match_scores::score.desc(),
                match_scores::sort_name,
                match_scores::supplier_id,
            ))
            .select(match_scores::supplier_id)
            .limit(i64::try_from(per_buyer + skip).unwrap_or(i64::MAX))
            .load(conn)?;
        let best: Vec<i32> = best
            .into_iter()
            .filter(|supplier| !taken.contains(&(id, *supplier)))
            .take(per_buyer)
            .collect();
        let picks = crate::store::directory::cards_in_order(conn, &facts, &best)?
            .into_iter()
            .map(|card| {
                (
                    card.id,
                    card.name_en,
                    card.name_ko,
                    card.fit.score,
                    card.fit.reasons,
                )
            })
            .collect();
        out.push(Suggestion {
            buyer: BuyerId(id),
            buyer_name: name,
            organisation,
            country,
            picks,
        });
    }
    Ok(out)
}
