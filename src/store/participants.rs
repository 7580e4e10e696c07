//! Buyers and suppliers: creation, the summaries their home pages show, and lookups
//! by email for sign-in links.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult};
use crate::db::schema::{
    buyer_interests, buyers, expos, products, sectors, supplier_markets, supplier_sectors,
    suppliers,
};
use crate::domain::status::{MeetingStatus, SupplierStatus};
use crate::domain::{BuyerId, CountryCode, EmailAddress, ExpoId, Role, SupplierId, TimeZone};

pub struct NewBuyer<'a> {
    pub expo: ExpoId,
    pub email: &'a EmailAddress,
    pub name: &'a str,
    pub organisation: &'a str,
    pub position_title: &'a str,
    pub country: CountryCode,
    pub timezone: TimeZone,
    pub languages: &'a [&'a str],
    pub interests: &'a [&'a str],
    pub looking_for: &'a str,
    pub needs_interpreter: bool,
    pub invited_at: Option<NaiveDateTime>,
}

/// Creates a buyer with its interests (sector codes). Errors: `Conflict` when the expo
/// already has a buyer with this email; `NotFound` for an unknown sector code.
pub fn create_buyer(
    conn: &mut DbConnection,
    new: &NewBuyer<'_>,
    now: NaiveDateTime,
) -> StoreResult<BuyerId> {
    conn.write_tx(|conn| {
        let id: i32 = diesel::insert_into(buyers::table)
            .values((
                buyers::expo_id.eq(new.expo.0),
                buyers::email.eq(new.email.as_str()),
                buyers::name.eq(new.name),
                buyers::organisation.eq(new.organisation),
                buyers::position_title.eq(new.position_title),
                buyers::country.eq(new.country.as_str()),
                buyers::timezone.eq(new.timezone.name()),
                buyers::languages.eq(new.languages.join(" ")),
                buyers::looking_for.eq(new.looking_for),
                buyers::needs_interpreter.eq(new.needs_interpreter),
                buyers::invited_at.eq(new.invited_at),
                buyers::created_at.eq(now),
                buyers::updated_at.eq(now),
            ))
            .returning(buyers::id)
            .get_result(conn)
            .map_err(|e| {
                StoreError::from_unique(
                    e,
                    "a buyer with this email is already invited to this expo",
                )
            })?;
        for code in new.interests {
            let sector = sector_id(conn, code)?;
            diesel::insert_into(buyer_interests::table)
                .values((
                    buyer_interests::buyer_id.eq(id),
                    buyer_interests::sector_id.eq(sector),
                ))
                .execute(conn)?;
        }
        Ok(BuyerId(id))
    })
}

pub struct NewProduct<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub hs_code: Option<&'a str>,
}

pub struct NewSupplier<'a> {
    pub expo: ExpoId,
    pub email: &'a EmailAddress,
    pub password_hash: Option<&'a str>,
    pub email_verified_at: Option<NaiveDateTime>,
    pub status: SupplierStatus,
    pub company_name_ko: &'a str,
    pub company_name_en: &'a str,
    pub business_reg_no: &'a str,
    pub representative: &'a str,
    pub contact_name: &'a str,
    pub phone: &'a str,
    pub website: &'a str,
    pub address: &'a str,
    pub company_size: &'a str,
    pub year_founded: Option<i32>,
    pub languages: &'a [&'a str],
    pub pitch: &'a str,
    pub sectors: &'a [&'a str],
    pub served_markets: &'a [&'a str],
    pub target_markets: &'a [&'a str],
    pub products: &'a [NewProduct<'a>],
}

/// Creates a supplier with sectors, markets and products in one transaction.
/// Errors: `Conflict` when the email or the registration number is taken; `NotFound`
/// for an unknown sector code.
pub fn create_supplier(
    conn: &mut DbConnection,
    new: &NewSupplier<'_>,
    now: NaiveDateTime,
) -> StoreResult<SupplierId> {
    conn.write_tx(|conn| {
        let id: i32 = diesel::insert_into(suppliers::table)
            .values((
                suppliers::expo_id.eq(new.expo.0),
                suppliers::email.eq(new.email.as_str()),
                suppliers::password_hash.eq(new.password_hash),
                suppliers::email_verified_at.eq(new.email_verified_at),
                suppliers::status.eq(new.status),
                suppliers::company_name_ko.eq(new.company_name_ko),
                suppliers::company_name_en.eq(new.company_name_en),
                suppliers::business_reg_no.eq(new.business_reg_no),
                suppliers::representative.eq(new.representative),
                suppliers::contact_name.eq(new.contact_name),
                suppliers::phone.eq(new.phone),
                suppliers::website.eq(new.website),
                suppliers::address.eq(new.address),
                suppliers::company_size.eq(new.company_size),
                suppliers::year_founded.eq(new.year_founded),
                suppliers::languages.eq(new.languages.join(" ")),
                suppliers::pitch.eq(new.pitch),
                suppliers::created_at.eq(now),
                suppliers::updated_at.eq(now),
            ))
            .returning(suppliers::id)
            .get_result(conn)
            .map_err(|e| {
                StoreError::from_unique(
                    e,
                    "a supplier with this email or registration number already exists",
                )
            })?;
        for code in new.sectors {
            let sector = sector_id(conn, code)?;
            diesel::insert_into(supplier_sectors::table)
                .values((
                    supplier_sectors::supplier_id.eq(id),
                    supplier_sectors::sector_id.eq(sector),
                ))
                .execute(conn)?;
        }
        for (kind, markets) in [
            ("served", new.served_markets),
            ("target", new.target_markets),
        ] {
            for country in markets {
                diesel::insert_into(supplier_markets::table)
                    .values((
                        supplier_markets::supplier_id.eq(id),
                        supplier_markets::country.eq(country),
                        supplier_markets::kind.eq(kind),
                    ))
                    .execute(conn)?;
            }
        }
        for (position, product) in new.products.iter().enumerate() {
            diesel::insert_into(products::table)
                .values((
                    products::supplier_id.eq(id),
                    products::name.eq(product.name),
                    products::description.eq(product.description),
                    products::hs_code.eq(product.hs_code),
                    products::position.eq(i32::try_from(position).unwrap_or(0)),
                ))
                .execute(conn)?;
        }
        crate::store::directory::suppliers_changed(conn, &[id])?;
        Ok(SupplierId(id))
    })
}

fn sector_id(conn: &mut DbConnection, code: &str) -> StoreResult<i32> {
    sectors::table
        .filter(sectors::code.eq(code))
        .select(sectors::id)
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)
}

#[derive(Clone, Debug)]
pub struct BuyerSummary {
    pub id: BuyerId,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub timezone: String,
    pub expo_id: ExpoId,
    pub expo_name: String,
    pub venue: String,
    pub venue_timezone: String,
    pub profile_complete: bool,
}

pub fn buyer_summary(conn: &mut DbConnection, id: BuyerId) -> QueryResult<Option<BuyerSummary>> {
    type Row = (
        i32,
        String,
        String,
        String,
        String,
        String,
        Option<NaiveDateTime>,
        i32,
        String,
        String,
        String,
    );
    let row: Option<Row> = buyers::table
        .inner_join(expos::table)
        .filter(buyers::id.eq(id.0))
        .select((
            buyers::id,
            buyers::name,
            buyers::email,
            buyers::organisation,
            buyers::country,
            buyers::timezone,
            buyers::profile_completed_at,
            expos::id,
            expos::name,
            expos::venue,
            expos::venue_timezone,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(
        |(
            id,
            name,
            email,
            organisation,
            country,
            timezone,
            completed,
            expo_id,
            expo_name,
            venue,
            venue_timezone,
        )| {
            BuyerSummary {
                id: BuyerId(id),
                name,
                email,
                organisation,
                country,
                timezone,
                expo_id: ExpoId(expo_id),
                expo_name,
                venue,
                venue_timezone,
                profile_complete: completed.is_some(),
            }
        },
    ))
}

/// Records the buyer's first sign-in (kept if already set).
pub fn mark_buyer_signed_in(
    conn: &mut DbConnection,
    id: BuyerId,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(
        buyers::table
            .find(id.0)
            .filter(buyers::first_signed_in_at.is_null()),
    )
    .set(buyers::first_signed_in_at.eq(now))
    .execute(conn)
    .map(|_| ())
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = suppliers)]
pub struct SupplierSummary {
    #[diesel(deserialize_as = i32)]
    pub id: SupplierId,
    pub email: String,
    pub company_name_ko: String,
    pub company_name_en: String,
    pub status: SupplierStatus,
    pub status_reason: String,
    #[diesel(deserialize_as = i32)]
    pub expo_id: ExpoId,
    #[diesel(select_expression = expos::name, select_expression_type = expos::name)]
    pub expo_name: String,
    #[diesel(select_expression = expos::venue, select_expression_type = expos::venue)]
    pub venue: String,
    #[diesel(
        select_expression = expos::venue_timezone,
        select_expression_type = expos::venue_timezone
    )]
    pub venue_timezone: String,
}

pub fn supplier_summary(
    conn: &mut DbConnection,
    id: SupplierId,
) -> QueryResult<Option<SupplierSummary>> {
    suppliers::table
        .inner_join(expos::table)
        .filter(suppliers::id.eq(id.0))
        .select(SupplierSummary::as_select())
        .first(conn)
        .optional()
}

/// Everyone (buyer or supplier accounts) who signs in with this email, with a display
/// name. Buyers invited to several expos have one entry per expo.
pub fn link_recipients(
    conn: &mut DbConnection,
    email: &EmailAddress,
) -> QueryResult<Vec<(Role, i32, String, ExpoId)>> {
    let mut out: Vec<(Role, i32, String, ExpoId)> = buyers::table
        .filter(buyers::email.eq(email.as_str()))
        .select((buyers::id, buyers::name, buyers::expo_id))
        .load::<(i32, String, i32)>(conn)?
        .into_iter()
        .map(|(id, name, expo)| (Role::Buyer, id, name, ExpoId(expo)))
        .collect();
    let suppliers: Vec<(i32, String, i32)> = suppliers::table
        .filter(suppliers::email.eq(email.as_str()))
        .select((suppliers::id, suppliers::contact_name, suppliers::expo_id))
        .load(conn)?;
    out.extend(
        suppliers
            .into_iter()
            .map(|(id, name, expo)| (Role::Supplier, id, name, ExpoId(expo))),
    );
    Ok(out)
}

/// A supplier as the organizer's participant list shows it.
#[derive(Clone, Debug)]
pub struct SupplierRow {
    pub id: SupplierId,
    pub name_en: String,
    pub name_ko: String,
    pub email: String,
    pub contact: String,
    pub phone: String,
    pub status: SupplierStatus,
    pub meetings: i64,
}

/// [`SupplierRow`] as read, before its meeting count.
#[derive(Queryable, Selectable)]
#[diesel(table_name = suppliers)]
struct SupplierListRow {
    id: i32,
    #[diesel(column_name = company_name_en)]
    name_en: String,
    #[diesel(column_name = company_name_ko)]
    name_ko: String,
    email: String,
    #[diesel(column_name = contact_name)]
    contact: String,
    phone: String,
    status: SupplierStatus,
}

/// Every supplier registered for the expo, by English name, with live meeting counts.
/// Two queries.
pub fn suppliers_for_expo(
    conn: &mut DbConnection,
    expo: crate::domain::ExpoId,
) -> QueryResult<Vec<SupplierRow>> {
    use crate::db::schema::meetings;
    let rows: Vec<SupplierListRow> = suppliers::table
        .filter(suppliers::expo_id.eq(expo.0))
        .order(suppliers::company_name_en)
        .select(SupplierListRow::as_select())
        .load(conn)?;
    let counts: std::collections::HashMap<i32, i64> = meetings::table
        .filter(meetings::expo_id.eq(expo.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .group_by(meetings::supplier_id)
        .select((meetings::supplier_id, diesel::dsl::count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|r| SupplierRow {
            id: SupplierId(r.id),
            meetings: counts.get(&r.id).copied().unwrap_or(0),
            name_en: r.name_en,
            name_ko: r.name_ko,
            email: r.email,
            contact: r.contact,
            phone: r.phone,
            status: r.status,
        })
        .collect())
}
