//! The company profile as stored: written at registration and on edits, read for the form and the public page.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::registration::ensure_reg_no_free;
use crate::db::schema::{expos, products, sectors, supplier_markets, supplier_sectors, suppliers};
use crate::domain::status::SupplierStatus;
use crate::domain::supplier::SupplierProfile;
use crate::domain::{ExpoId, SupplierId};
use crate::store::{DbConnection, audit};

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// Another supplier of the same expo has this registration number.
    #[error("this business registration number is already registered for this expo")]
    RegNoTaken,
    /// The expo does not exist or takes no registrations.
    #[error("this expo does not take registrations")]
    ExpoClosed,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

/// Writes every profile field and replaces sectors, markets and products.
pub(super) fn write_profile(
    conn: &mut DbConnection,
    id: SupplierId,
    p: &SupplierProfile,
    now: NaiveDateTime,
) -> Result<(), ProfileError> {
    diesel::update(suppliers::table.find(id.0))
        .set((
            suppliers::company_name_ko.eq(&p.company_name_ko),
            suppliers::company_name_en.eq(&p.company_name_en),
            suppliers::business_reg_no.eq(p.business_reg_no.as_str()),
            suppliers::representative.eq(&p.representative),
            suppliers::contact_name.eq(&p.contact_name),
            suppliers::phone.eq(p.phone.as_str()),
            suppliers::website.eq(p.website.as_ref().map_or("", |w| w.as_str())),
            suppliers::address.eq(&p.address),
            suppliers::company_size.eq(p.company_size.as_str()),
            suppliers::year_founded.eq(p.year_founded),
            suppliers::languages.eq(p.languages.join(" ")),
            suppliers::catalogue_url.eq(p.catalogue_url.as_ref().map_or("", |w| w.as_str())),
            suppliers::pitch.eq(&p.pitch),
            suppliers::pitch_en.eq(&p.pitch_en),
            suppliers::updated_at.eq(now),
        ))
        .execute(conn)
        .map_err(|e| match e {
            diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            ) => ProfileError::RegNoTaken,
            other => other.into(),
        })?;
    diesel::delete(supplier_sectors::table.filter(supplier_sectors::supplier_id.eq(id.0)))
        .execute(conn)?;
    for code in &p.sectors {
        let sector: i32 = sectors::table
            .filter(sectors::code.eq(code))
            .select(sectors::id)
            .first(conn)?;
        diesel::insert_into(supplier_sectors::table)
            .values((
                supplier_sectors::supplier_id.eq(id.0),
                supplier_sectors::sector_id.eq(sector),
            ))
            .execute(conn)?;
    }
    diesel::delete(supplier_markets::table.filter(supplier_markets::supplier_id.eq(id.0)))
        .execute(conn)?;
    for (kind, markets) in [("served", &p.served_markets), ("target", &p.target_markets)] {
        for country in markets {
            diesel::insert_into(supplier_markets::table)
                .values((
                    supplier_markets::supplier_id.eq(id.0),
                    supplier_markets::country.eq(country.as_str()),
                    supplier_markets::kind.eq(kind),
                ))
                .execute(conn)?;
        }
    }
    diesel::delete(products::table.filter(products::supplier_id.eq(id.0))).execute(conn)?;
    for (position, product) in p.products.iter().enumerate() {
        diesel::insert_into(products::table)
            .values((
                products::supplier_id.eq(id.0),
                products::name.eq(&product.name),
                products::description.eq(&product.description),
                products::name_en.eq(&product.name_en),
                products::description_en.eq(&product.description_en),
                products::hs_code.eq(product.hs_code.as_ref().map(|h| h.as_str())),
                products::image_url.eq(product.image_url.as_ref().map(|u| u.as_str())),
                products::position.eq(i32::try_from(position).unwrap_or(i32::MAX)),
            ))
            .execute(conn)?;
    }
    crate::store::directory::suppliers_changed(conn, &[id.0])?;
    Ok(())
}

/// Replaces the supplier's profile (everything but email, password and status), all
/// or nothing. Errors: `NotFound`, `RegNoTaken`, `Db`.
pub fn update_profile(
    conn: &mut DbConnection,
    id: SupplierId,
    profile: &SupplierProfile,
    now: NaiveDateTime,
) -> Result<(), ProfileError> {
    conn.write_tx(|conn| {
        let expo: i32 = suppliers::table
            .find(id.0)
            .select(suppliers::expo_id)
            .first(conn)
            .optional()?
            .ok_or(ProfileError::NotFound)?;
        ensure_reg_no_free(conn, ExpoId(expo), profile, Some(id))?;
        write_profile(conn, id, profile, now)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "supplier",
                actor_id: Some(id.0),
                action: "supplier.profile_updated",
                subject_type: "supplier",
                subject_id: Some(id.0),
                detail: "",
            },
            now,
        )?;
        Ok(())
    })
}

/// A supplier's whole profile as stored, for the edit form and the public preview.
#[derive(Clone, Debug)]
pub struct StoredProfile {
    pub id: SupplierId,
    pub expo_id: ExpoId,
    pub expo_name: String,
    pub venue: String,
    pub venue_timezone: String,
    pub requests_enabled: bool,
    pub email: String,
    pub status: SupplierStatus,
    pub status_reason: String,
    pub has_password: bool,
    pub company_name_ko: String,
    pub company_name_en: String,
    pub business_reg_no: String,
    pub representative: String,
    pub contact_name: String,
    pub phone: String,
    pub website: String,
    pub address: String,
    pub company_size: String,
    pub year_founded: Option<i32>,
    pub languages: Vec<String>,
    pub catalogue_url: String,
    /// The description as first written (usually Korean), and its English half.
    pub pitch: String,
    pub pitch_en: String,
    pub sectors: Vec<String>,
    pub served_markets: Vec<String>,
    pub target_markets: Vec<String>,
    pub products: Vec<StoredProduct>,
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = products)]
pub struct StoredProduct {
    pub name: String,
    pub description: String,
    pub name_en: String,
    pub description_en: String,
    pub hs_code: Option<String>,
    pub image_url: Option<String>,
}

/// A supplier's row with its expo's, as the profile reads it.
#[derive(Queryable, Selectable)]
#[diesel(table_name = suppliers)]
struct ProfileRow {
    id: i32,
    expo_id: i32,
    email: String,
    password_hash: Option<String>,
    status: SupplierStatus,
    status_reason: String,
    company_name_ko: String,
    company_name_en: String,
    business_reg_no: String,
    representative: String,
    contact_name: String,
    phone: String,
    website: String,
    address: String,
    company_size: String,
    year_founded: Option<i32>,
    languages: String,
    catalogue_url: String,
    pitch: String,
    pitch_en: String,
    #[diesel(select_expression = expos::name, select_expression_type = expos::name)]
    expo_name: String,
    #[diesel(select_expression = expos::venue, select_expression_type = expos::venue)]
    venue: String,
    #[diesel(select_expression = expos::venue_timezone, select_expression_type = expos::venue_timezone)]
    venue_timezone: String,
    #[diesel(select_expression = expos::requests_enabled, select_expression_type = expos::requests_enabled)]
    requests_enabled: bool,
}

/// The profile, or `None` for an unknown id.
pub fn profile(conn: &mut DbConnection, id: SupplierId) -> QueryResult<Option<StoredProfile>> {
    let row: Option<ProfileRow> = suppliers::table
        .inner_join(expos::table)
        .filter(suppliers::id.eq(id.0))
        .select(ProfileRow::as_select())
        .first(conn)
        .optional()?;
    let Some(r) = row else {
        return Ok(None);
    };
    let id = r.id;
    let sectors: Vec<String> = supplier_sectors::table
        .inner_join(sectors::table)
        .filter(supplier_sectors::supplier_id.eq(id))
        .order(sectors::position)
        .select(sectors::code)
        .load(conn)?;
    let markets: Vec<(String, String)> = supplier_markets::table
        .filter(supplier_markets::supplier_id.eq(id))
        .order(supplier_markets::country)
        .select((supplier_markets::country, supplier_markets::kind))
        .load(conn)?;
    let products: Vec<StoredProduct> = products::table
        .filter(products::supplier_id.eq(id))
        .order(products::position)
        .select(StoredProduct::as_select())
        .load(conn)?;
    let pick = |kind: &str| {
        markets
            .iter()
            .filter(|(_, k)| k == kind)
            .map(|(c, _)| c.clone())
            .collect::<Vec<_>>()
    };
    Ok(Some(StoredProfile {
        id: SupplierId(id),
        expo_id: ExpoId(r.expo_id),
        expo_name: r.expo_name,
        venue: r.venue,
        venue_timezone: r.venue_timezone,
        requests_enabled: r.requests_enabled,
        email: r.email,
        status: r.status,
        status_reason: r.status_reason,
        has_password: r.password_hash.is_some(),
        company_name_ko: r.company_name_ko,
        company_name_en: r.company_name_en,
        business_reg_no: r.business_reg_no,
        representative: r.representative,
        contact_name: r.contact_name,
        phone: r.phone,
        website: r.website,
        address: r.address,
        company_size: r.company_size,
        year_founded: r.year_founded,
        languages: r.languages.split_whitespace().map(str::to_owned).collect(),
        catalogue_url: r.catalogue_url,
        pitch: r.pitch,
        pitch_en: r.pitch_en,
        sectors,
        served_markets: pick("served"),
        target_markets: pick("target"),
        products,
    }))
}
