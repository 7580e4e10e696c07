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
use crate::domain::status::{MeetingStatus, MessageStatus, RequestStatus, SupplierStatus};
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
    pub status: MeetingStatus,
    pub cancel_reason: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RequestEntry {
    pub with: String,
    pub requested_by: String,
    pub priority: String,
    pub message: String,
    pub status: RequestStatus,
    pub created_at: NaiveDateTime,
}

#[derive(Clone, Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = outbox)]
pub struct MessageEntry {
    pub subject: String,
    pub status: MessageStatus,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(Clone, Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = meeting_ratings)]
pub struct RatingEntry {
    #[diesel(select_expression = slots::starts_at)]
    pub meeting_starts_at: NaiveDateTime,
    #[diesel(select_expression = suppliers::company_name_en)]
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

/// A buyer's own fields and its expo's name, as the export reads them.
#[derive(Queryable, Selectable)]
#[diesel(table_name = buyers)]
struct BuyerRow {
    name: String,
    email: String,
    organisation: String,
    position_title: String,
    country: String,
    timezone: String,
    languages: String,
    looking_for: String,
    #[diesel(select_expression = expos::name)]
    expo_name: String,
    needs_interpreter: bool,
    invited_at: Option<NaiveDateTime>,
    profile_completed_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
}

/// A supplier's own fields and its expo's name, as the export reads them.
#[derive(Queryable, Selectable)]
#[diesel(table_name = suppliers)]
struct SupplierRow {
    email: String,
    company_name_ko: String,
    company_name_en: String,
    business_reg_no: String,
    representative: String,
    contact_name: String,
    phone: String,
    website: String,
    address: String,
    company_size: String,
    languages: String,
    year_founded: Option<i32>,
    catalogue_url: String,
    pitch: String,
    status: SupplierStatus,
    created_at: NaiveDateTime,
    #[diesel(select_expression = expos::name)]
    expo_name: String,
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
            let row: BuyerRow = buyers::table
                .inner_join(expos::table)
                .filter(buyers::id.eq(id))
                .select(BuyerRow::as_select())
                .first(conn)
                .optional()?
                .ok_or(StoreError::NotFound)?;
            let interests: Vec<String> = buyer_interests::table
                .inner_join(sectors::table)
                .filter(buyer_interests::buyer_id.eq(id))
                .select(sectors::name_en)
                .load(conn)?;
            profile.push("name", &row.name);
            profile.push("email", &row.email);
            profile.push("organisation", &row.organisation);
            profile.push("position", &row.position_title);
            profile.push("country", &row.country);
            profile.push("time_zone", &row.timezone);
            profile.push("languages", &row.languages);
            profile.push("looking_for", &row.looking_for);
            profile.push("interests", interests.join(", "));
            profile.push("needs_interpreter", row.needs_interpreter);
            profile.time("invited_at", row.invited_at);
            profile.time("profile_completed_at", row.profile_completed_at);
            profile.time("created_at", Some(row.created_at));
            (row.expo_name, row.email)
        }
        Role::Supplier => {
            let row: SupplierRow = suppliers::table
                .inner_join(expos::table)
                .filter(suppliers::id.eq(id))
                .select(SupplierRow::as_select())
                .first(conn)
                .optional()?
                .ok_or(StoreError::NotFound)?;
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
            profile.push("email", &row.email);
            profile.push("company_name_ko", &row.company_name_ko);
            profile.push("company_name_en", &row.company_name_en);
            profile.push("business_registration_number", &row.business_reg_no);
            profile.push("representative", &row.representative);
            profile.push("contact_name", &row.contact_name);
            profile.push("phone", &row.phone);
            profile.push("website", &row.website);
            profile.push("address", &row.address);
            profile.push("company_size", &row.company_size);
            profile.push("languages", &row.languages);
            profile.opt("year_founded", row.year_founded);
            profile.push("catalogue_url", &row.catalogue_url);
            profile.push("pitch", &row.pitch);
            profile.push("sectors", sector_names.join(", "));
            profile.push("markets_served", markets_of("served"));
            profile.push("target_markets", markets_of("target"));
            profile.push("products", product_names.join(", "));
            profile.push("status", row.status.label());
            profile.time("created_at", Some(row.created_at));
            (row.expo_name, row.email)
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
            .select(RatingEntry::as_select())
            .order(slots::starts_at)
            .load(conn)?
    } else {
        Vec::new()
    };
    let messages = outbox::table
        .filter(outbox::to_address.eq(&email))
        .select(MessageEntry::as_select())
        .order(outbox::id)
        .load(conn)?;
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

/// A meeting of the person, with both sides' names, as the export reads it.
#[derive(Queryable, Selectable)]
#[diesel(table_name = meetings)]
struct MeetingRow {
    #[diesel(select_expression = slots::starts_at)]
    starts_at: NaiveDateTime,
    #[diesel(select_expression = slots::ends_at)]
    ends_at: NaiveDateTime,
    #[diesel(select_expression = consultation_tables::label)]
    table: String,
    #[diesel(select_expression = buyers::name)]
    buyer: String,
    #[diesel(select_expression = buyers::organisation)]
    organisation: String,
    #[diesel(select_expression = suppliers::company_name_en)]
    supplier: String,
    status: MeetingStatus,
    cancel_reason: String,
}

/// A meeting request of the person, with both sides' names, as the export reads it.
#[derive(Queryable, Selectable)]
#[diesel(table_name = meeting_requests)]
struct RequestRow {
    #[diesel(select_expression = buyers::name)]
    buyer: String,
    #[diesel(select_expression = suppliers::company_name_en)]
    supplier: String,
    requested_by: String,
    priority: String,
    message: String,
    status: RequestStatus,
    created_at: NaiveDateTime,
}

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
    .select(MeetingRow::as_select())
    .order(slots::starts_at)
    .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| MeetingEntry {
            starts_at: row.starts_at,
            ends_at: row.ends_at,
            table: row.table,
            with: if role == Role::Buyer {
                row.supplier
            } else if row.organisation.is_empty() {
                row.buyer
            } else {
                format!("{} ({})", row.buyer, row.organisation)
            },
            status: row.status,
            cancel_reason: row.cancel_reason,
        })
        .collect())
}

fn request_entries(conn: &mut DbConnection, role: Role, id: i32) -> QueryResult<Vec<RequestEntry>> {
    let base = meeting_requests::table
        .inner_join(buyers::table)
        .inner_join(suppliers::table);
    let rows: Vec<RequestRow> = match role {
        Role::Buyer => base.filter(meeting_requests::buyer_id.eq(id)).into_boxed(),
        _ => base
            .filter(meeting_requests::supplier_id.eq(id))
            .into_boxed(),
    }
    .select(RequestRow::as_select())
    .order(meeting_requests::created_at)
    .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| RequestEntry {
            with: if role == Role::Buyer {
                row.supplier
            } else {
                row.buyer
            },
            requested_by: row.requested_by,
            priority: row.priority,
            message: row.message,
            status: row.status,
            created_at: row.created_at,
        })
        .collect())
}
