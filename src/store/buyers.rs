//! A buyer's own profile: read for the form, written by onboarding.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult};
use crate::db::schema::{buyer_interests, buyers, sectors};
use crate::domain::BuyerId;
use crate::domain::profile::{BuyerProfile, BuyerProfileForm};

/// The seeded export sectors: (code, English name, Korean name), in display order.
pub fn sectors(conn: &mut DbConnection) -> QueryResult<Vec<(String, String, String)>> {
    sectors::table
        .order(sectors::position)
        .select((sectors::code, sectors::name_en, sectors::name_ko))
        .load(conn)
}

/// The stored profile as form values, and whether onboarding is done.
pub fn profile_form(
    conn: &mut DbConnection,
    buyer: BuyerId,
) -> QueryResult<Option<(BuyerProfileForm, bool)>> {
    type Row = (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        bool,
        Option<NaiveDateTime>,
    );
    let row: Option<Row> = buyers::table
        .find(buyer.0)
        .select((
            buyers::name,
            buyers::organisation,
            buyers::position_title,
            buyers::country,
            buyers::timezone,
            buyers::languages,
            buyers::looking_for,
            buyers::needs_interpreter,
            buyers::profile_completed_at,
        ))
        .first(conn)
        .optional()?;
    let Some((
        name,
        organisation,
        position_title,
        country,
        timezone,
        languages,
        looking_for,
        needs_interpreter,
        done,
    )) = row
    else {
        return Ok(None);
    };
    let interests = buyer_interests::table
        .inner_join(sectors::table)
        .filter(buyer_interests::buyer_id.eq(buyer.0))
        .select(sectors::code)
        .load(conn)?;
    Ok(Some((
        BuyerProfileForm {
            name,
            organisation,
            position_title,
            country,
            timezone,
            languages: languages.split_whitespace().map(str::to_owned).collect(),
            interests,
            looking_for,
            needs_interpreter,
        },
        done.is_some(),
    )))
}

/// Saves the profile and its interests, and marks onboarding complete (the first
/// time). Errors: `NotFound` for an unknown buyer or sector code.
pub fn save_profile(
    conn: &mut DbConnection,
    buyer: BuyerId,
    p: &BuyerProfile,
    now: NaiveDateTime,
) -> StoreResult<()> {
    conn.write_tx(|conn| {
        let sector_ids: Vec<i32> = sectors::table
            .filter(sectors::code.eq_any(&p.interests))
            .select(sectors::id)
            .load(conn)?;
        if sector_ids.len() != p.interests.len() {
            return Err(StoreError::NotFound);
        }
        let updated = diesel::update(buyers::table.find(buyer.0))
            .set((
                buyers::name.eq(&p.name),
                buyers::organisation.eq(&p.organisation),
                buyers::position_title.eq(&p.position_title),
                buyers::country.eq(p.country.as_str()),
                buyers::timezone.eq(p.timezone.name()),
                buyers::languages.eq(p.languages.join(" ")),
                buyers::looking_for.eq(&p.looking_for),
                buyers::needs_interpreter.eq(p.needs_interpreter),
                buyers::updated_at.eq(now),
            ))
            .execute(conn)?;
        if updated != 1 {
            return Err(StoreError::NotFound);
        }
        diesel::update(
            buyers::table
                .find(buyer.0)
                .filter(buyers::profile_completed_at.is_null()),
        )
        .set(buyers::profile_completed_at.eq(now))
        .execute(conn)?;
        diesel::delete(buyer_interests::table.filter(buyer_interests::buyer_id.eq(buyer.0)))
            .execute(conn)?;
        for sector in sector_ids {
            diesel::insert_into(buyer_interests::table)
                .values((
                    buyer_interests::buyer_id.eq(buyer.0),
                    buyer_interests::sector_id.eq(sector),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}
