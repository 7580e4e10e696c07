//! On the day and after: whether a meeting was held, and what it produced.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult, audit};
use crate::db::schema::{
    buyers, meeting_outcomes, meeting_ratings, meetings, sectors, slots, supplier_sectors,
    suppliers,
};
use crate::domain::outcome::{CurrencyCode, Interest, Outcome};
use crate::domain::status::MeetingStatus;
use crate::domain::{BuyerId, ExpoId, MeetingId};

/// What deciding on a meeting's attendance needs to know.
#[derive(Clone, Debug)]
pub struct AttendanceFacts {
    pub status: MeetingStatus,
    pub starts_at: NaiveDateTime,
    /// When the meeting last changed: for a held or no-show meeting, when that was
    /// recorded.
    pub changed_at: NaiveDateTime,
    pub venue_timezone: String,
    pub has_outcome: bool,
}

/// The meeting's attendance facts, or `None` for an unknown meeting.
pub fn attendance_facts(
    conn: &mut DbConnection,
    meeting: MeetingId,
) -> StoreResult<Option<AttendanceFacts>> {
    use crate::db::schema::expos;
    let row: Option<(MeetingStatus, NaiveDateTime, NaiveDateTime, i32)> = meetings::table
        .inner_join(slots::table)
        .filter(meetings::id.eq(meeting.0))
        .select((
            meetings::status,
            slots::starts_at,
            meetings::updated_at,
            meetings::expo_id,
        ))
        .first(conn)
        .optional()?;
    let Some((status, starts_at, changed_at, expo)) = row else {
        return Ok(None);
    };
    let venue_timezone: String = expos::table
        .find(expo)
        .select(expos::venue_timezone)
        .first(conn)?;
    let outcomes: i64 = meeting_outcomes::table
        .filter(meeting_outcomes::meeting_id.eq(meeting.0))
        .count()
        .get_result(conn)?;
    Ok(Some(AttendanceFacts {
        status,
        starts_at,
        changed_at,
        venue_timezone,
        has_outcome: outcomes > 0,
    }))
}

/// Marks a booked (or already marked) meeting held or a no-show, keeping `reason` (an
/// early record's explanation) in the audit log. A no-show frees the slot. Returns the
/// status before. Errors: `NotFound` for a meeting that is unknown or cancelled;
/// `Conflict` when marking a no-show held again while another meeting holds its slot.
/// Whether it may be recorded now is the caller's question
/// ([`crate::domain::attendance`]).
pub fn mark_attendance_by(
    conn: &mut DbConnection,
    meeting: MeetingId,
    held: bool,
    by: (&str, i32),
    reason: &str,
    now: NaiveDateTime,
) -> StoreResult<MeetingStatus> {
    conn.write_tx(|conn| {
        let to = if held {
            MeetingStatus::Held
        } else {
            MeetingStatus::NoShow
        };
        let marked = [
            MeetingStatus::Booked,
            MeetingStatus::Held,
            MeetingStatus::NoShow,
        ];
        let before: MeetingStatus = meetings::table
            .find(meeting.0)
            .filter(meetings::status.eq_any(marked))
            .select(meetings::status)
            .first(conn)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let changed = diesel::update(
            meetings::table
                .find(meeting.0)
                .filter(meetings::status.eq(before)),
        )
        .set((meetings::status.eq(to), meetings::updated_at.eq(now)))
        .execute(conn)
        .map_err(|e| {
            StoreError::from_unique(
                e,
                "another meeting now holds that slot, so it cannot be marked held",
            )
        })?;
        if changed != 1 {
            return Err(StoreError::NotFound);
        }
        audit::record(
            conn,
            &audit::Entry {
                actor_role: by.0,
                actor_id: Some(by.1),
                action: if held {
                    "meeting.held"
                } else {
                    "meeting.no_show"
                },
                subject_type: "meeting",
                subject_id: Some(meeting.0),
                detail: reason,
            },
            now,
        )?;
        Ok(before)
    })
}

/// Takes back a held or no-show mark: the meeting is booked again. Returns the status
/// undone. Errors: `NotFound` for a meeting that is not marked; `Conflict` when an
/// outcome is recorded (remove it first) or another meeting has taken the freed slot.
pub fn undo_attendance(
    conn: &mut DbConnection,
    meeting: MeetingId,
    by: (&str, i32),
    now: NaiveDateTime,
) -> StoreResult<MeetingStatus> {
    conn.write_tx(|conn| {
        let before: MeetingStatus = meetings::table
            .find(meeting.0)
            .filter(meetings::status.eq_any([MeetingStatus::Held, MeetingStatus::NoShow]))
            .select(meetings::status)
            .first(conn)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let outcomes: i64 = meeting_outcomes::table
            .filter(meeting_outcomes::meeting_id.eq(meeting.0))
            .count()
            .get_result(conn)?;
        if outcomes > 0 {
            return Err(StoreError::Conflict(
                "an outcome is recorded for this meeting".into(),
            ));
        }
        diesel::update(
            meetings::table
                .find(meeting.0)
                .filter(meetings::status.eq(before)),
        )
        .set((
            meetings::status.eq(MeetingStatus::Booked),
            meetings::updated_at.eq(now),
        ))
        .execute(conn)
        .map_err(|e| {
            StoreError::from_unique(
                e,
                "another meeting now holds that slot, so it cannot be marked held",
            )
        })?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: by.0,
                actor_id: Some(by.1),
                action: "meeting.attendance_undone",
                subject_type: "meeting",
                subject_id: Some(meeting.0),
                detail: before.code(),
            },
            now,
        )?;
        Ok(before)
    })
}

/// Records (or replaces) what a held meeting produced. Errors: `Conflict` when the
/// meeting is not marked held; `NotFound`.
pub fn record(
    conn: &mut DbConnection,
    meeting: MeetingId,
    outcome: &Outcome,
    by: (&str, i32),
    now: NaiveDateTime,
) -> StoreResult<()> {
    conn.write_tx(|conn| {
        let status: Option<MeetingStatus> = meetings::table
            .find(meeting.0)
            .select(meetings::status)
            .first(conn)
            .optional()?;
        match status {
            None => return Err(StoreError::NotFound),
            Some(MeetingStatus::Held) => {}
            Some(_) => {
                return Err(StoreError::Conflict(
                    "mark the meeting as held before recording its outcome".into(),
                ));
            }
        }
        diesel::delete(meeting_outcomes::table.filter(meeting_outcomes::meeting_id.eq(meeting.0)))
            .execute(conn)?;
        diesel::insert_into(meeting_outcomes::table)
            .values((
                meeting_outcomes::meeting_id.eq(meeting.0),
                meeting_outcomes::interest_level.eq(outcome.interest.as_str()),
                meeting_outcomes::expected_value_minor.eq(outcome.value.map(|v| v.0)),
                meeting_outcomes::currency.eq(outcome.value.map(|v| v.1.as_str())),
                meeting_outcomes::products.eq(&outcome.products),
                meeting_outcomes::follow_up_on.eq(outcome.follow_up_on),
                meeting_outcomes::notes.eq(&outcome.notes),
                meeting_outcomes::recorded_by.eq(by.0),
                meeting_outcomes::recorded_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: by.0,
                actor_id: Some(by.1),
                action: "meeting.outcome",
                subject_type: "meeting",
                subject_id: Some(meeting.0),
                detail: outcome.interest.as_str(),
            },
            now,
        )?;
        Ok(())
    })
}

/// An outcome as stored, for the form that edits it.
#[derive(Clone, Debug)]
pub struct Stored {
    pub interest: String,
    pub value_minor: Option<i64>,
    pub currency: Option<String>,
    pub products: String,
    pub follow_up_on: Option<NaiveDate>,
    pub notes: String,
}

pub fn for_meeting(conn: &mut DbConnection, meeting: MeetingId) -> QueryResult<Option<Stored>> {
    meeting_outcomes::table
        .filter(meeting_outcomes::meeting_id.eq(meeting.0))
        .select((
            meeting_outcomes::interest_level,
            meeting_outcomes::expected_value_minor,
            meeting_outcomes::currency,
            meeting_outcomes::products,
            meeting_outcomes::follow_up_on,
            meeting_outcomes::notes,
        ))
        .first::<(
            String,
            Option<i64>,
            Option<String>,
            String,
            Option<NaiveDate>,
            String,
        )>(conn)
        .optional()
        .map(|row| {
            row.map(
                |(interest, value_minor, currency, products, follow_up_on, notes)| Stored {
                    interest,
                    value_minor,
                    currency,
                    products,
                    follow_up_on,
                    notes,
                },
            )
        })
}

/// One held or missed meeting as the report counts it.
#[derive(Clone, Debug)]
pub struct ReportRow {
    pub held: bool,
    pub buyer_country: String,
    pub supplier: String,
    /// The supplier's sectors (English names); the first counts in the sector table.
    pub sectors: Vec<String>,
    pub interest: Option<Interest>,
    pub value: Option<(i64, CurrencyCode)>,
    pub rating: Option<u8>,
}

/// Every held or no-show meeting of the expo with its outcome. Three queries.
pub fn report_rows(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<ReportRow>> {
    type Row = (
        MeetingStatus,
        String,
        i32,
        String,
        Option<String>,
        Option<i64>,
        Option<String>,
        Option<i32>,
    );
    let rows: Vec<Row> = meetings::table
        .inner_join(buyers::table)
        .inner_join(suppliers::table)
        .left_join(meeting_outcomes::table)
        .left_join(meeting_ratings::table)
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any([MeetingStatus::Held, MeetingStatus::NoShow]))
        .select((
            meetings::status,
            buyers::country,
            suppliers::id,
            suppliers::company_name_en,
            meeting_outcomes::interest_level.nullable(),
            meeting_outcomes::expected_value_minor.nullable(),
            meeting_outcomes::currency.nullable(),
            meeting_ratings::rating.nullable(),
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.2).collect();
    let mut sector_names: std::collections::HashMap<i32, Vec<String>> = Default::default();
    for (supplier, name) in supplier_sectors::table
        .inner_join(sectors::table)
        .filter(supplier_sectors::supplier_id.eq_any(&ids))
        .order(sectors::position)
        .select((supplier_sectors::supplier_id, sectors::name_en))
        .load::<(i32, String)>(conn)?
    {
        sector_names.entry(supplier).or_default().push(name);
    }
    Ok(rows
        .into_iter()
        .map(
            |(status, buyer_country, supplier_id, supplier, interest, value, currency, rating)| {
                ReportRow {
                    held: status == MeetingStatus::Held,
                    buyer_country,
                    supplier,
                    sectors: sector_names.get(&supplier_id).cloned().unwrap_or_default(),
                    interest: interest.as_deref().and_then(Interest::parse),
                    value: value.zip(currency.as_deref().and_then(CurrencyCode::parse)),
                    rating: rating.and_then(|r| u8::try_from(r).ok()),
                }
            },
        )
        .collect())
}

/// Stores (or replaces) a buyer's rating of its own meeting. Errors: `NotFound` for
/// a meeting that is not the buyer's; `Conflict` before the meeting has started or
/// when it was cancelled or missed.
pub fn rate(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
    rating: (u8, &str),
    now: NaiveDateTime,
) -> StoreResult<()> {
    conn.write_tx(|conn| {
        let found: Option<(MeetingStatus, NaiveDateTime)> = meetings::table
            .inner_join(slots::table)
            .filter(meetings::id.eq(meeting.0))
            .filter(meetings::buyer_id.eq(buyer.0))
            .select((meetings::status, slots::starts_at))
            .first(conn)
            .optional()?;
        let (status, starts_at) = found.ok_or(StoreError::NotFound)?;
        if !status.is_live() {
            return Err(StoreError::Conflict(
                "only a meeting that took place can be rated".into(),
            ));
        }
        if starts_at > now {
            return Err(StoreError::Conflict(
                "you can rate the meeting once it has started".into(),
            ));
        }
        diesel::delete(meeting_ratings::table.find(meeting.0)).execute(conn)?;
        diesel::insert_into(meeting_ratings::table)
            .values((
                meeting_ratings::meeting_id.eq(meeting.0),
                meeting_ratings::rating.eq(i32::from(rating.0)),
                meeting_ratings::comment.eq(rating.1),
                meeting_ratings::rated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "buyer",
                actor_id: Some(buyer.0),
                action: "meeting.rated",
                subject_type: "meeting",
                subject_id: Some(meeting.0),
                detail: &rating.0.to_string(),
            },
            now,
        )?;
        Ok(())
    })
}

/// A meeting's rating by its buyer: (stars, comment).
pub fn rating_of(
    conn: &mut DbConnection,
    meeting: MeetingId,
) -> QueryResult<Option<(i32, String)>> {
    meeting_ratings::table
        .find(meeting.0)
        .select((meeting_ratings::rating, meeting_ratings::comment))
        .first(conn)
        .optional()
}

/// Ratings of these meetings, by meeting id.
pub fn ratings_of(
    conn: &mut DbConnection,
    meetings: &[i32],
) -> QueryResult<std::collections::HashMap<i32, i32>> {
    Ok(meeting_ratings::table
        .filter(meeting_ratings::meeting_id.eq_any(meetings))
        .select((meeting_ratings::meeting_id, meeting_ratings::rating))
        .load::<(i32, i32)>(conn)?
        .into_iter()
        .collect())
}

/// A held meeting of a supplier with what was recorded, for the follow-up survey.
#[derive(Clone, Debug)]
pub struct HeldMeeting {
    pub meeting: i32,
    pub starts_at: NaiveDateTime,
    pub buyer_name: String,
    pub buyer_organisation: String,
    pub buyer_country: String,
    pub interest: Option<Interest>,
    pub value: Option<(i64, CurrencyCode)>,
}

type HeldRow = (
    i32,
    NaiveDateTime,
    (String, String, String),
    (Option<String>, Option<i64>, Option<String>),
);

/// The supplier's held meetings in time order, with their recorded results.
pub fn held_for_supplier(
    conn: &mut DbConnection,
    supplier: crate::domain::SupplierId,
) -> QueryResult<Vec<HeldMeeting>> {
    let rows: Vec<HeldRow> = meetings::table
        .inner_join(slots::table)
        .inner_join(buyers::table)
        .left_join(meeting_outcomes::table)
        .filter(meetings::supplier_id.eq(supplier.0))
        .filter(meetings::status.eq(MeetingStatus::Held))
        .order(slots::starts_at)
        .select((
            meetings::id,
            slots::starts_at,
            (buyers::name, buyers::organisation, buyers::country),
            (
                meeting_outcomes::interest_level.nullable(),
                meeting_outcomes::expected_value_minor.nullable(),
                meeting_outcomes::currency.nullable(),
            ),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(meeting, starts_at, (name, org, country), (interest, value, currency))| HeldMeeting {
                meeting,
                starts_at,
                buyer_name: name,
                buyer_organisation: org,
                buyer_country: country,
                interest: interest.as_deref().and_then(Interest::parse),
                value: value.zip(currency.as_deref().and_then(CurrencyCode::parse)),
            },
        )
        .collect())
}
