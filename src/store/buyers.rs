//! A buyer's own profile: read for the form, written by onboarding.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult};
use crate::db::schema::{buyer_interests, buyers, sectors};
use crate::domain::BuyerId;
use crate::domain::profile::{BuyerProfile, BuyerProfileForm};
use crate::domain::status::{BuyerProgress, MeetingStatus};

/// The seeded export sectors: (code, English name, Korean name), in display order.
pub fn sectors(conn: &mut DbConnection) -> QueryResult<Vec<(String, String, String)>> {
    sectors::table
        .order(sectors::position)
        .select((sectors::code, sectors::name_en, sectors::name_ko))
        .load(conn)
}

/// A buyer's profile columns as stored.
#[derive(Queryable, Selectable)]
#[diesel(table_name = buyers)]
struct ProfileRow {
    name: String,
    organisation: String,
    position_title: String,
    country: String,
    timezone: String,
    languages: String,
    looking_for: String,
    needs_interpreter: bool,
    remote: bool,
    hours_from: i32,
    hours_to: i32,
    profile_completed_at: Option<NaiveDateTime>,
}

/// The stored profile as form values, and whether onboarding is done.
pub fn profile_form(
    conn: &mut DbConnection,
    buyer: BuyerId,
) -> QueryResult<Option<(BuyerProfileForm, bool)>> {
    let row: Option<ProfileRow> = buyers::table
        .find(buyer.0)
        .select(ProfileRow::as_select())
        .first(conn)
        .optional()?;
    let Some(r) = row else {
        return Ok(None);
    };
    let interests = buyer_interests::table
        .inner_join(sectors::table)
        .filter(buyer_interests::buyer_id.eq(buyer.0))
        .select(sectors::code)
        .load(conn)?;
    Ok(Some((
        BuyerProfileForm {
            name: r.name,
            organisation: r.organisation,
            position_title: r.position_title,
            country: r.country,
            timezone: r.timezone,
            languages: r.languages.split_whitespace().map(str::to_owned).collect(),
            interests,
            looking_for: r.looking_for,
            needs_interpreter: r.needs_interpreter,
            remote: r.remote,
            hours_from: crate::domain::online::Hours::show(r.hours_from),
            hours_to: crate::domain::online::Hours::show(r.hours_to),
        },
        r.profile_completed_at.is_some(),
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
                buyers::remote.eq(p.remote),
                buyers::hours_from.eq(p.hours.from),
                buyers::hours_to.eq(p.hours.to),
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
        // What the buyer looks for changed: their scores are made again when next needed.
        super::directory::forget_buyer(conn, buyer)?;
        Ok(())
    })
}

/// A buyer as the organizer's list shows it, with its state.
#[derive(Clone, Debug)]
pub struct BuyerRow {
    pub id: BuyerId,
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub country: String,
    pub timezone: String,
    pub invited_at: Option<NaiveDateTime>,
    pub signed_in_at: Option<NaiveDateTime>,
    pub profile_done: bool,
    pub meetings: i64,
}

impl BuyerRow {
    pub fn country_name(&self) -> &str {
        crate::domain::reference::country_label(&self.country)
    }

    /// invited → signed in → profile complete → meetings booked.
    pub fn state(&self) -> BuyerProgress {
        if self.meetings > 0 {
            BuyerProgress::MeetingsBooked
        } else if self.profile_done {
            BuyerProgress::ProfileComplete
        } else if self.signed_in_at.is_some() {
            BuyerProgress::SignedIn
        } else if self.invited_at.is_some() {
            BuyerProgress::Invited
        } else {
            BuyerProgress::NotInvited
        }
    }
}

/// [`BuyerRow`] as read, before its meeting count.
#[derive(Queryable, Selectable)]
#[diesel(table_name = buyers)]
struct BuyerListRow {
    id: i32,
    name: String,
    organisation: String,
    email: String,
    country: String,
    timezone: String,
    invited_at: Option<NaiveDateTime>,
    first_signed_in_at: Option<NaiveDateTime>,
    profile_completed_at: Option<NaiveDateTime>,
}

/// The expo's buyers by name, with their state. Two queries.
pub fn for_expo(
    conn: &mut DbConnection,
    expo: crate::domain::ExpoId,
) -> QueryResult<Vec<BuyerRow>> {
    use crate::db::schema::meetings;
    let rows: Vec<BuyerListRow> = buyers::table
        .filter(buyers::expo_id.eq(expo.0))
        .order(buyers::name)
        .select(BuyerListRow::as_select())
        .load(conn)?;
    let counts: Vec<(i32, i64)> = meetings::table
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .group_by(meetings::buyer_id)
        .select((meetings::buyer_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| BuyerRow {
            id: BuyerId(r.id),
            meetings: counts
                .iter()
                .find(|(b, _)| *b == r.id)
                .map_or(0, |(_, n)| *n),
            name: r.name,
            organisation: r.organisation,
            email: r.email,
            country: r.country,
            timezone: r.timezone,
            invited_at: r.invited_at,
            signed_in_at: r.first_signed_in_at,
            profile_done: r.profile_completed_at.is_some(),
        })
        .collect())
}

/// Records that an invitation went out (again).
pub fn mark_invited(
    conn: &mut DbConnection,
    buyer: BuyerId,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(buyers::table.find(buyer.0))
        .set(buyers::invited_at.eq(Some(now)))
        .execute(conn)
        .map(|_| ())
}

/// A remote buyer's hours for online meetings; `None` for a buyer who comes to the venue.
pub fn online_hours(
    conn: &mut DbConnection,
    buyer: BuyerId,
) -> QueryResult<Option<crate::domain::online::Hours>> {
    let row: Option<(bool, i32, i32)> = buyers::table
        .find(buyer.0)
        .select((buyers::remote, buyers::hours_from, buyers::hours_to))
        .first(conn)
        .optional()?;
    Ok(row
        .and_then(|(remote, from, to)| remote.then_some(crate::domain::online::Hours { from, to })))
}
