//! The access export: everything the service holds about one person.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::consents::{Consent, consents_of};
use crate::db::schema::{
    buyer_interests, buyers, consultation_tables, deletion_requests, expos, meeting_ratings,
    meeting_requests, meetings, outbox, products, sectors, slots, supplier_markets,
    supplier_sectors, suppliers,
};
use crate::domain::Role;
use crate::store::{DbConnection, StoreError, StoreResult};

/// Named values in the order a person reads them; a JSON object in the export.
#[derive(Clone, Debug, Default)]
pub struct Fields(pub Vec<(&'static str, String)>);

impl Serialize for Fields {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (*k, v)))
    }
}

impl Fields {
    fn push(&mut self, name: &'static str, value: impl ToString) {
        self.0.push((name, value.to_string()));
    }

    fn opt<T: ToString>(&mut self, name: &'static str, value: Option<T>) {
        self.push(name, value.map(|v| v.to_string()).unwrap_or_default());
    }

    /// An instant to the second, in UTC (`2026-12-06 19:07:56`), as the page shows it.
    fn time(&mut self, name: &'static str, value: Option<NaiveDateTime>) {
        self.opt(name, value.map(|t| t.format("%Y-%m-%d %H:%M:%S")));
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct MeetingEntry {
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub table: String,
    /// The other party, as shown on the person's agenda.
    pub with: String,
    pub status: String,
    pub cancel_reason: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RequestEntry {
    pub with: String,
    pub requested_by: String,
    pub priority: String,
    pub message: String,
    pub status: String,
    pub created_at: NaiveDateTime,
}

#[derive(Clone, Debug, Serialize)]
pub struct MessageEntry {
    pub subject: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RatingEntry {
    pub meeting_starts_at: NaiveDateTime,
    pub with: String,
    pub rating: i32,
    pub comment: String,
}

/// Everything the service holds about one person, for the "my data" page and its
/// JSON download. Holds no secret: no password hash, sign-in link or calendar token,
/// and messages by subject only (their bodies carry sign-in links).
#[derive(Clone, Debug, Serialize)]
pub struct PersonalData {
    pub role: Role,
    pub id: i32,
    pub expo: String,
    pub exported_at: NaiveDateTime,
    pub profile: Fields,
    pub meetings: Vec<MeetingEntry>,
    pub requests: Vec<RequestEntry>,
    pub ratings: Vec<RatingEntry>,
    pub consents: Vec<Consent>,
    pub messages: Vec<MessageEntry>,
    pub deletion_requested_at: Option<NaiveDateTime>,
}

/// What the service holds about the person. Errors: `NotFound` for an unknown one.
pub fn export(
    conn: &mut DbConnection,
    role: Role,
    id: i32,
    now: NaiveDateTime,
) -> StoreResult<PersonalData> {
    let mut profile = Fields::default();
    let (expo, email) = match role {
        Role::Buyer => {
            #[allow(clippy::type_complexity)]
            let row: (
                String,
                String,
                String,
                String,
                String,
                String,
                String,
                String,
                String,
                bool,
                Option<NaiveDateTime>,
                Option<NaiveDateTime>,
                NaiveDateTime,
                String,
            ) = buyers::table
                .inner_join(expos::table)
                .filter(buyers::id.eq(id))
                .select((
                    buyers::name,
                    buyers::email,
                    buyers::organisation,
                    buyers::position_title,
                    buyers::country,
                    buyers::timezone,
                    buyers::languages,
                    buyers::looking_for,
                    expos::name,
                    buyers::needs_interpreter,
                    buyers::invited_at,
                    buyers::profile_completed_at,
                    buyers::created_at,
                    buyers::email,
                ))
                .first(conn)
                .optional()?
                .ok_or(StoreError::NotFound)?;
            let interests: Vec<String> = buyer_interests::table
                .inner_join(sectors::table)
                .filter(buyer_interests::buyer_id.eq(id))
                .select(sectors::name_en)
                .load(conn)?;
            profile.push("name", &row.0);
            profile.push("email", &row.1);
            profile.push("organisation", &row.2);
            profile.push("position", &row.3);
            profile.push("country", &row.4);
            profile.push("time_zone", &row.5);
            profile.push("languages", &row.6);
            profile.push("looking_for", &row.7);
            profile.push("interests", interests.join(", "));
            profile.push("needs_interpreter", row.9);
            profile.time("invited_at", row.10);
            profile.time("profile_completed_at", row.11);
            profile.time("created_at", Some(row.12));
            (row.8, row.13)
        }
        Role::Supplier => {
            #[allow(clippy::type_complexity)]
            let row: (
                (String, String, String, String, String, String, String),
                (String, String, String, String, Option<i32>, String, String),
                (String, NaiveDateTime, String),
            ) = suppliers::table
                .inner_join(expos::table)
                .filter(suppliers::id.eq(id))
                .select((
                    (
                        suppliers::email,
                        suppliers::company_name_ko,
                        suppliers::company_name_en,
                        suppliers::business_reg_no,
                        suppliers::representative,
                        suppliers::contact_name,
                        suppliers::phone,
                    ),
                    (
                        suppliers::website,
                        suppliers::address,
                        suppliers::company_size,
                        suppliers::languages,
                        suppliers::year_founded,
                        suppliers::catalogue_url,
                        suppliers::pitch,
                    ),
                    (suppliers::status, suppliers::created_at, expos::name),
                ))
                .first(conn)
                .optional()?
                .ok_or(StoreError::NotFound)?;
            let (a, b, c) = row;
            let sector_names: Vec<String> = supplier_sectors::table
                .inner_join(sectors::table)
                .filter(supplier_sectors::supplier_id.eq(id))
                .select(sectors::name_en)
                .load(conn)?;
            let markets: Vec<(String, String)> = supplier_markets::table
                .filter(supplier_markets::supplier_id.eq(id))
                .select((supplier_markets::kind, supplier_markets::country))
                .load(conn)?;
            let product_names: Vec<String> = products::table
                .filter(products::supplier_id.eq(id))
                .select(products::name)
                .order(products::position)
                .load(conn)?;
            let markets_of = |kind: &str| {
                markets
                    .iter()
                    .filter(|(k, _)| k == kind)
                    .map(|(_, c)| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            profile.push("email", &a.0);
            profile.push("company_name_ko", &a.1);
            profile.push("company_name_en", &a.2);
            profile.push("business_registration_number", &a.3);
            profile.push("representative", &a.4);
            profile.push("contact_name", &a.5);
            profile.push("phone", &a.6);
            profile.push("website", &b.0);
            profile.push("address", &b.1);
            profile.push("company_size", &b.2);
            profile.push("languages", &b.3);
            profile.opt("year_founded", b.4);
            profile.push("catalogue_url", &b.5);
            profile.push("pitch", &b.6);
            profile.push("sectors", sector_names.join(", "));
            profile.push("markets_served", markets_of("served"));
            profile.push("target_markets", markets_of("target"));
            profile.push("products", product_names.join(", "));
            profile.push("status", &c.0);
            profile.time("created_at", Some(c.1));
            (c.2, a.0)
        }
        Role::Organizer => return Err(StoreError::NotFound),
    };

    let meetings = meeting_entries(conn, role, id)?;
    let requests = request_entries(conn, role, id)?;
    let ratings = if role == Role::Buyer {
        meetings::table
            .inner_join(meeting_ratings::table)
            .inner_join(slots::table)
            .inner_join(suppliers::table)
            .filter(meetings::buyer_id.eq(id))
            .select((
                slots::starts_at,
                suppliers::company_name_en,
                meeting_ratings::rating,
                meeting_ratings::comment,
            ))
            .order(slots::starts_at)
            .load::<(NaiveDateTime, String, i32, String)>(conn)?
            .into_iter()
            .map(|(meeting_starts_at, with, rating, comment)| RatingEntry {
                meeting_starts_at,
                with,
                rating,
                comment,
            })
            .collect()
    } else {
        Vec::new()
    };
    let messages = outbox::table
        .filter(outbox::to_address.eq(&email))
        .select((
            outbox::subject,
            outbox::status,
            outbox::created_at,
            outbox::sent_at,
        ))
        .order(outbox::id)
        .load::<(String, String, NaiveDateTime, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .map(|(subject, status, created_at, sent_at)| MessageEntry {
            subject,
            status,
            created_at,
            sent_at,
        })
        .collect();
    let deletion_requested_at = deletion_requests::table
        .filter(deletion_requests::role.eq(role.as_str()))
        .filter(deletion_requests::person_id.eq(id))
        .filter(deletion_requests::done_at.is_null())
        .select(deletion_requests::requested_at)
        .first(conn)
        .optional()?;
    Ok(PersonalData {
        role,
        id,
        expo,
        exported_at: now,
        profile,
        meetings,
        requests,
        ratings,
        consents: consents_of(conn, role, id)?,
        messages,
        deletion_requested_at,
    })
}

type MeetingRow = (
    NaiveDateTime,
    NaiveDateTime,
    String,
    String,
    String,
    String,
    String,
    String,
);

fn meeting_entries(conn: &mut DbConnection, role: Role, id: i32) -> QueryResult<Vec<MeetingEntry>> {
    let base = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table);
    let rows: Vec<MeetingRow> = match role {
        Role::Buyer => base.filter(meetings::buyer_id.eq(id)).into_boxed(),
        _ => base.filter(meetings::supplier_id.eq(id)).into_boxed(),
    }
    .select((
        slots::starts_at,
        slots::ends_at,
        consultation_tables::label,
        buyers::name,
        buyers::organisation,
        suppliers::company_name_en,
        meetings::status,
        meetings::cancel_reason,
    ))
    .order(slots::starts_at)
    .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(starts_at, ends_at, table, buyer, org, supplier, status, cancel_reason)| {
                MeetingEntry {
                    starts_at,
                    ends_at,
                    table,
                    with: if role == Role::Buyer {
                        supplier
                    } else if org.is_empty() {
                        buyer
                    } else {
                        format!("{buyer} ({org})")
                    },
                    status,
                    cancel_reason,
                }
            },
        )
        .collect())
}

fn request_entries(conn: &mut DbConnection, role: Role, id: i32) -> QueryResult<Vec<RequestEntry>> {
    let base = meeting_requests::table
        .inner_join(buyers::table)
        .inner_join(suppliers::table);
    let rows: Vec<(
        String,
        String,
        String,
        String,
        String,
        String,
        NaiveDateTime,
    )> = match role {
        Role::Buyer => base.filter(meeting_requests::buyer_id.eq(id)).into_boxed(),
        _ => base
            .filter(meeting_requests::supplier_id.eq(id))
            .into_boxed(),
    }
    .select((
        buyers::name,
        suppliers::company_name_en,
        meeting_requests::requested_by,
        meeting_requests::priority,
        meeting_requests::message,
        meeting_requests::status,
        meeting_requests::created_at,
    ))
    .order(meeting_requests::created_at)
    .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(buyer, supplier, requested_by, priority, message, status, created_at)| RequestEntry {
                with: if role == Role::Buyer { supplier } else { buyer },
                requested_by,
                priority,
                message,
                status,
                created_at,
            },
        )
        .collect())
}
