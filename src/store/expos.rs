//! Expos, their consultation days with generated slots, and their tables.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult};
use crate::db::schema::{
    buyers, consultation_days, consultation_tables, day_breaks, expos, meetings, slots, suppliers,
};
use crate::domain::slots::{DayPlan, PlannedSlot};
use crate::domain::status::{ExpoStatus, MeetingStatus, SupplierStatus};
use crate::domain::{DayId, ExpoId, TableId, TimeZone};

pub struct NewExpo<'a> {
    pub name: &'a str,
    pub venue: &'a str,
    pub venue_timezone: TimeZone,
    pub description: &'a str,
    pub status: ExpoStatus,
    pub booking_opens_at: Option<NaiveDateTime>,
    pub booking_closes_at: Option<NaiveDateTime>,
    pub self_booking: bool,
    pub requests_enabled: bool,
    pub max_meetings_per_participant: Option<i32>,
    pub request_expiry_days: i32,
    pub retention_days: i32,
    pub fixed_side: &'a str,
    /// The display name of the expo's emails; empty: the expo's name.
    pub sender_name: &'a str,
    /// The organizer's contact address (Reply-To of the expo's emails); may be empty.
    pub contact_email: &'a str,
    pub meeting_mode: crate::domain::status::MeetingMode,
    pub video_base_url: &'a str,
    pub reminder_minutes: i32,
}

pub fn create(
    conn: &mut DbConnection,
    new: &NewExpo<'_>,
    now: NaiveDateTime,
) -> QueryResult<ExpoId> {
    diesel::insert_into(expos::table)
        .values((
            expos::name.eq(new.name),
            expos::venue.eq(new.venue),
            expos::venue_timezone.eq(new.venue_timezone.name()),
            expos::description.eq(new.description),
            expos::status.eq(new.status),
            expos::booking_opens_at.eq(new.booking_opens_at),
            expos::booking_closes_at.eq(new.booking_closes_at),
            expos::self_booking.eq(new.self_booking),
            expos::requests_enabled.eq(new.requests_enabled),
            expos::max_meetings_per_participant.eq(new.max_meetings_per_participant),
            expos::request_expiry_days.eq(new.request_expiry_days),
            expos::retention_days.eq(new.retention_days),
            expos::fixed_side.eq(new.fixed_side),
            expos::sender_name.eq(new.sender_name),
            expos::contact_email.eq(new.contact_email),
            expos::meeting_mode.eq(new.meeting_mode.code()),
            expos::video_base_url.eq(new.video_base_url),
            expos::reminder_minutes.eq(new.reminder_minutes),
            expos::created_at.eq(now),
            expos::updated_at.eq(now),
        ))
        .returning(expos::id)
        .get_result(conn)
        .map(ExpoId)
}

/// Who an expo's emails come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailSender {
    /// The display name: the one the organizer set, or the expo's name.
    pub name: String,
    /// The organizer's contact address, when one is set.
    pub reply_to: Option<String>,
}

/// The sender of an expo's emails. Errors: `NotFound` for no such expo.
pub fn mail_sender(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<MailSender> {
    let (name, sender_name, contact): (String, String, String) = expos::table
        .find(expo.0)
        .select((expos::name, expos::sender_name, expos::contact_email))
        .first(conn)?;
    Ok(MailSender {
        name: if sender_name.trim().is_empty() {
            name
        } else {
            sender_name
        },
        reply_to: (!contact.trim().is_empty()).then_some(contact),
    })
}

/// What a buyer's invitation tells about the expo: its consultation days (first and
/// last, venue dates), the booking deadline (UTC) and the organizer's contact.
#[derive(Clone, Debug, Default)]
pub struct InvitationFacts {
    pub first_day: Option<chrono::NaiveDate>,
    pub last_day: Option<chrono::NaiveDate>,
    pub booking_closes_at: Option<NaiveDateTime>,
    pub contact_email: String,
    pub sender_name: String,
}

pub fn invitation_facts(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<InvitationFacts> {
    let (closes, contact, sender): (Option<NaiveDateTime>, String, String) = expos::table
        .find(expo.0)
        .select((
            expos::booking_closes_at,
            expos::contact_email,
            expos::sender_name,
        ))
        .first(conn)?;
    let days: Vec<chrono::NaiveDate> = consultation_days::table
        .filter(consultation_days::expo_id.eq(expo.0))
        .order(consultation_days::day)
        .select(consultation_days::day)
        .load(conn)?;
    Ok(InvitationFacts {
        first_day: days.first().copied(),
        last_day: days.last().copied(),
        booking_closes_at: closes,
        contact_email: contact,
        sender_name: sender,
    })
}

/// Adds a day and its generated slots in one transaction. Errors: `Conflict` when the
/// expo already has that date or a slot overlaps another day's slot.
pub fn add_day(
    conn: &mut DbConnection,
    expo: ExpoId,
    plan: &DayPlan,
    planned: &[PlannedSlot],
) -> StoreResult<DayId> {
    conn.write_tx(|conn| {
        let day: i32 = diesel::insert_into(consultation_days::table)
            .values((
                consultation_days::expo_id.eq(expo.0),
                consultation_days::day.eq(plan.date),
                consultation_days::starts_at.eq(plan.starts),
                consultation_days::ends_at.eq(plan.ends),
                consultation_days::slot_minutes
                    .eq(i32::try_from(plan.slot_minutes).unwrap_or(i32::MAX)),
                consultation_days::gap_minutes
                    .eq(i32::try_from(plan.gap_minutes).unwrap_or(i32::MAX)),
            ))
            .returning(consultation_days::id)
            .get_result(conn)
            .map_err(|e| {
                StoreError::from_unique(e, "this expo already has a consultation day on that date")
            })?;
        for (starts, ends) in &plan.breaks {
            diesel::insert_into(day_breaks::table)
                .values((
                    day_breaks::day_id.eq(day),
                    day_breaks::starts_at.eq(starts),
                    day_breaks::ends_at.eq(ends),
                    day_breaks::label.eq("Break"),
                ))
                .execute(conn)?;
        }
        for slot in planned {
            diesel::insert_into(slots::table)
                .values((
                    slots::expo_id.eq(expo.0),
                    slots::day_id.eq(day),
                    slots::position.eq(slot.position),
                    slots::starts_at.eq(slot.starts_at),
                    slots::ends_at.eq(slot.ends_at),
                    slots::session.eq(slot.session.as_str()),
                ))
                .execute(conn)
                .map_err(|e| StoreError::from_unique(e, "a slot at this time already exists"))?;
        }
        Ok(DayId(day))
    })
}

/// Adds tables labelled as given, in order. Errors: `Conflict` on a repeated label.
pub fn add_tables(
    conn: &mut DbConnection,
    expo: ExpoId,
    labels: &[(String, String)],
) -> StoreResult<Vec<TableId>> {
    conn.write_tx(|conn| {
        let start: i64 = consultation_tables::table
            .filter(consultation_tables::expo_id.eq(expo.0))
            .select(count_star())
            .first(conn)?;
        let mut ids = Vec::with_capacity(labels.len());
        for (i, (label, note)) in labels.iter().enumerate() {
            let position = i32::try_from(start).unwrap_or(0) + i32::try_from(i).unwrap_or(0);
            let id = diesel::insert_into(consultation_tables::table)
                .values((
                    consultation_tables::expo_id.eq(expo.0),
                    consultation_tables::label.eq(label),
                    consultation_tables::note.eq(note),
                    consultation_tables::position.eq(position),
                ))
                .returning(consultation_tables::id)
                .get_result(conn)
                .map_err(|e| {
                    StoreError::from_unique(e, "a table with this label already exists")
                })?;
            ids.push(TableId(id));
        }
        Ok(ids)
    })
}

/// An expo as the public landing page and the organizer's home list it.
#[derive(Clone, Debug)]
pub struct ExpoSummary {
    pub id: ExpoId,
    pub name: String,
    pub venue: String,
    pub venue_timezone: String,
    pub description: String,
    pub status: ExpoStatus,
    pub first_day: Option<chrono::NaiveDate>,
    pub last_day: Option<chrono::NaiveDate>,
    pub days: i64,
    pub tables: i64,
    pub slots: i64,
    pub buyers: i64,
    pub suppliers_approved: i64,
    pub suppliers_pending: i64,
    pub meetings: i64,
}

/// All expos with their figures, newest first. `public_only` leaves out drafts.
pub fn summaries(conn: &mut DbConnection, public_only: bool) -> QueryResult<Vec<ExpoSummary>> {
    let mut query = expos::table
        .select((
            expos::id,
            expos::name,
            expos::venue,
            expos::venue_timezone,
            expos::description,
            expos::status,
        ))
        .order(expos::id.desc())
        .into_boxed();
    if public_only {
        query = query.filter(expos::status.ne(ExpoStatus::Draft));
    }
    let rows: Vec<(i32, String, String, String, String, ExpoStatus)> = query.load(conn)?;
    // Seven grouped counts for all expos at once, whatever their number.
    let per_expo = |pairs: Vec<(i32, i64)>| -> HashMap<i32, i64> { pairs.into_iter().collect() };
    let days: Vec<(i32, chrono::NaiveDate)> = consultation_days::table
        .order(consultation_days::day)
        .select((consultation_days::expo_id, consultation_days::day))
        .load(conn)?;
    let tables = per_expo(
        consultation_tables::table
            .filter(consultation_tables::active.eq(true))
            .group_by(consultation_tables::expo_id)
            .select((consultation_tables::expo_id, count_star()))
            .load(conn)?,
    );
    let slot_counts = per_expo(
        slots::table
            .group_by(slots::expo_id)
            .select((slots::expo_id, count_star()))
            .load(conn)?,
    );
    let buyer_counts = per_expo(
        buyers::table
            .group_by(buyers::expo_id)
            .select((buyers::expo_id, count_star()))
            .load(conn)?,
    );
    let supplier_counts =
        |conn: &mut DbConnection, status: SupplierStatus| -> QueryResult<HashMap<i32, i64>> {
            Ok(per_expo(
                suppliers::table
                    .filter(suppliers::status.eq(status))
                    .group_by(suppliers::expo_id)
                    .select((suppliers::expo_id, count_star()))
                    .load(conn)?,
            ))
        };
    let approved = supplier_counts(conn, SupplierStatus::Approved)?;
    let pending = supplier_counts(conn, SupplierStatus::Pending)?;
    let meeting_counts = per_expo(
        meetings::table
            .filter(meetings::status.eq_any(MeetingStatus::LIVE))
            .group_by(meetings::expo_id)
            .select((meetings::expo_id, count_star()))
            .load(conn)?,
    );
    let count = |map: &HashMap<i32, i64>, id: i32| map.get(&id).copied().unwrap_or(0);
    Ok(rows
        .into_iter()
        .map(|(id, name, venue, venue_timezone, description, status)| {
            let own: Vec<chrono::NaiveDate> = days
                .iter()
                .filter(|(e, _)| *e == id)
                .map(|(_, d)| *d)
                .collect();
            ExpoSummary {
                id: ExpoId(id),
                first_day: own.first().copied(),
                last_day: own.last().copied(),
                days: i64::try_from(own.len()).unwrap_or(0),
                tables: count(&tables, id),
                slots: count(&slot_counts, id),
                buyers: count(&buyer_counts, id),
                suppliers_approved: count(&approved, id),
                suppliers_pending: count(&pending, id),
                meetings: count(&meeting_counts, id),
                name,
                venue,
                venue_timezone,
                description,
                status,
            }
        })
        .collect())
}

/// An expo's settings, as the organizer's forms show them.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = expos)]
pub struct ExpoSettings {
    #[diesel(deserialize_as = i32)]
    pub id: ExpoId,
    pub name: String,
    pub venue: String,
    pub venue_timezone: String,
    pub description: String,
    pub status: ExpoStatus,
    pub booking_opens_at: Option<NaiveDateTime>,
    pub booking_closes_at: Option<NaiveDateTime>,
    pub self_booking: bool,
    pub requests_enabled: bool,
    pub max_meetings_per_participant: Option<i32>,
    pub request_expiry_days: i32,
    pub retention_days: i32,
    pub fixed_side: String,
    pub sender_name: String,
    pub contact_email: String,
    pub meeting_mode: String,
    pub video_base_url: String,
    pub reminder_minutes: i32,
}

pub fn settings(conn: &mut DbConnection, id: ExpoId) -> QueryResult<Option<ExpoSettings>> {
    expos::table
        .find(id.0)
        .select(ExpoSettings::as_select())
        .first(conn)
        .optional()
}

/// Moves an expo through draft → open → closed (and back to open from closed).
/// Errors: `NotFound`; `Conflict` for a step the lifecycle does not allow.
pub fn set_status(
    conn: &mut DbConnection,
    id: ExpoId,
    to: ExpoStatus,
    now: NaiveDateTime,
) -> StoreResult<()> {
    conn.write_tx(|conn| {
        let from: ExpoStatus = expos::table
            .find(id.0)
            .select(expos::status)
            .first(conn)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        if !from.can_become(to) {
            return Err(StoreError::Conflict(format!(
                "an expo cannot go from {} to {}",
                from.label().to_lowercase(),
                to.label().to_lowercase()
            )));
        }
        diesel::update(expos::table.find(id.0))
            .set((expos::status.eq(to), expos::updated_at.eq(now)))
            .execute(conn)?;
        Ok(())
    })
}

/// A consultation day with its slot figures.
#[derive(Clone, Debug)]
pub struct DaySummary {
    pub id: DayId,
    pub day: chrono::NaiveDate,
    pub starts: chrono::NaiveTime,
    pub ends: chrono::NaiveTime,
    pub slot_minutes: i32,
    pub slots: i64,
    pub meetings: i64,
}

pub fn days(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<DaySummary>> {
    let rows: Vec<(
        i32,
        chrono::NaiveDate,
        chrono::NaiveTime,
        chrono::NaiveTime,
        i32,
    )> = consultation_days::table
        .filter(consultation_days::expo_id.eq(expo.0))
        .order(consultation_days::day)
        .select((
            consultation_days::id,
            consultation_days::day,
            consultation_days::starts_at,
            consultation_days::ends_at,
            consultation_days::slot_minutes,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, day, starts, ends, slot_minutes)| {
            Ok(DaySummary {
                id: DayId(id),
                day,
                starts,
                ends,
                slot_minutes,
                slots: slots::table
                    .filter(slots::day_id.eq(id))
                    .select(count_star())
                    .first(conn)?,
                meetings: meetings::table
                    .inner_join(slots::table)
                    .filter(slots::day_id.eq(id))
                    .filter(meetings::status.eq_any(MeetingStatus::LIVE))
                    .select(count_star())
                    .first(conn)?,
            })
        })
        .collect()
}

/// Labels and notes of the expo's tables in use, in order.
pub fn tables(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<(String, String)>> {
    consultation_tables::table
        .filter(consultation_tables::expo_id.eq(expo.0))
        .filter(consultation_tables::active.eq(true))
        .filter(consultation_tables::online.eq(false))
        .order(consultation_tables::position)
        .select((consultation_tables::label, consultation_tables::note))
        .load(conn)
}

/// Saves an expo's settings. Errors: `NotFound`.
pub fn update(
    conn: &mut DbConnection,
    id: ExpoId,
    input: &crate::domain::setup::ExpoInput,
    now: NaiveDateTime,
) -> StoreResult<()> {
    let changed = diesel::update(expos::table.find(id.0))
        .set((
            expos::name.eq(&input.name),
            expos::venue.eq(&input.venue),
            expos::venue_timezone.eq(input.venue_timezone.name()),
            expos::description.eq(&input.description),
            expos::booking_opens_at.eq(input.booking_opens_at),
            expos::booking_closes_at.eq(input.booking_closes_at),
            expos::self_booking.eq(input.self_booking),
            expos::requests_enabled.eq(input.requests_enabled),
            expos::max_meetings_per_participant.eq(input.max_meetings),
            expos::request_expiry_days.eq(input.request_expiry_days),
            expos::retention_days.eq(input.retention_days),
            expos::fixed_side.eq(input.fixed_side),
            expos::sender_name.eq(&input.sender_name),
            expos::contact_email.eq(input.contact_email.as_ref().map_or("", |e| e.as_str())),
            expos::meeting_mode.eq(input.meeting_mode.code()),
            expos::video_base_url.eq(&input.video_base_url),
            expos::reminder_minutes.eq(input.reminder_minutes),
            expos::updated_at.eq(now),
        ))
        .execute(conn)?;
    if changed == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

/// The figures at the top of an expo's page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dashboard {
    pub buyers: usize,
    pub buyers_invited: usize,
    pub buyers_signed_in: usize,
    pub buyers_profile_complete: usize,
    pub buyers_without_meeting: usize,
    pub suppliers_registered: usize,
    pub suppliers_pending: usize,
    pub suppliers_approved: usize,
    pub suppliers_without_meeting: usize,
    pub meetings: i64,
    /// Slots × tables in use: the most meetings the grid can hold.
    pub capacity: i64,
}

impl Dashboard {
    pub fn of(
        buyers: &[super::buyers::BuyerRow],
        suppliers: &[super::participants::SupplierRow],
        slots: i64,
        tables: i64,
    ) -> Self {
        let approved: Vec<_> = suppliers
            .iter()
            .filter(|s| s.status == SupplierStatus::Approved)
            .collect();
        Self {
            buyers: buyers.len(),
            buyers_invited: buyers.iter().filter(|b| b.invited_at.is_some()).count(),
            buyers_signed_in: buyers.iter().filter(|b| b.signed_in_at.is_some()).count(),
            buyers_profile_complete: buyers.iter().filter(|b| b.profile_done).count(),
            buyers_without_meeting: buyers.iter().filter(|b| b.meetings == 0).count(),
            suppliers_registered: suppliers.len(),
            suppliers_pending: suppliers
                .iter()
                .filter(|s| s.status == SupplierStatus::Pending)
                .count(),
            suppliers_approved: approved.len(),
            suppliers_without_meeting: approved.iter().filter(|s| s.meetings == 0).count(),
            // Each meeting counts once per buyer side.
            meetings: buyers.iter().map(|b| b.meetings).sum(),
            capacity: slots * tables,
        }
    }

    /// Share of the grid's capacity that is booked, in whole percent.
    pub fn filled_percent(&self) -> i64 {
        if self.capacity == 0 {
            0
        } else {
            (self.meetings * 100 + self.capacity / 2) / self.capacity
        }
    }
}
