//! The organizer's queue of supplier registrations.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::{expos, products, sectors, supplier_sectors, suppliers};
use crate::domain::SupplierId;
use crate::domain::status::SupplierStatus;

#[derive(Clone, Debug)]
pub struct Registration {
    pub id: SupplierId,
    pub expo: crate::domain::ExpoId,
    pub expo_name: String,
    /// The co-host agency that brought the supplier, if one did: its id and name.
    pub cohost: Option<i32>,
    pub agency: Option<String>,
    pub name_en: String,
    pub name_ko: String,
    pub email: String,
    pub business_reg_no: String,
    pub city: String,
    pub pitch: String,
    pub pitch_en: String,
    pub status: SupplierStatus,
    pub status_reason: String,
    pub created_at: NaiveDateTime,
    /// Sector codes (pages name them in the viewer's language).
    pub sectors: Vec<String>,
    pub products: Vec<String>,
}

impl Registration {
    /// The company description in the reader's half of the profile.
    pub fn pitch_for(&self, t: &crate::i18n::Locale) -> &str {
        crate::domain::supplier::localized(&self.pitch, &self.pitch_en, *t)
    }
}

/// One registration as read, before its sectors and products are attached.
#[derive(Queryable, Selectable)]
#[diesel(table_name = suppliers)]
struct RegistrationRow {
    id: i32,
    expo_id: i32,
    cohost_id: Option<i32>,
    #[diesel(select_expression = expos::name, select_expression_type = expos::name)]
    expo_name: String,
    #[diesel(column_name = company_name_en)]
    name_en: String,
    #[diesel(column_name = company_name_ko)]
    name_ko: String,
    email: String,
    business_reg_no: String,
    #[diesel(column_name = address)]
    city: String,
    pitch: String,
    pitch_en: String,
    status: SupplierStatus,
    status_reason: String,
    created_at: NaiveDateTime,
}

/// Registrations in one status, oldest first so the queue is worked in order. Three
/// queries in all.
pub fn by_status(
    conn: &mut DbConnection,
    status: SupplierStatus,
) -> QueryResult<Vec<Registration>> {
    let rows: Vec<RegistrationRow> = suppliers::table
        .inner_join(expos::table)
        .filter(suppliers::status.eq(status))
        .order(suppliers::created_at)
        .select(RegistrationRow::as_select())
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let sector_rows: Vec<(i32, String)> = supplier_sectors::table
        .inner_join(sectors::table)
        .filter(supplier_sectors::supplier_id.eq_any(&ids))
        .order(sectors::position)
        .select((supplier_sectors::supplier_id, sectors::code))
        .load(conn)?;
    let product_rows: Vec<(i32, String)> = products::table
        .filter(products::supplier_id.eq_any(&ids))
        .order((products::supplier_id, products::position))
        .select((products::supplier_id, products::name))
        .load(conn)?;
    let agencies: Vec<(i32, String)> = suppliers::table
        .inner_join(crate::db::schema::expo_cohosts::table)
        .filter(suppliers::id.eq_any(&ids))
        .select((suppliers::id, crate::db::schema::expo_cohosts::name))
        .load(conn)?;
    let of = |rows: &[(i32, String)], id: i32| -> Vec<String> {
        rows.iter()
            .filter(|(s, _)| *s == id)
            .map(|(_, n)| n.clone())
            .collect()
    };
    Ok(rows
        .into_iter()
        .map(|r| Registration {
            id: SupplierId(r.id),
            sectors: of(&sector_rows, r.id),
            products: of(&product_rows, r.id),
            expo: crate::domain::ExpoId(r.expo_id),
            cohost: r.cohost_id,
            agency: agencies
                .iter()
                .find(|(s, _)| *s == r.id)
                .map(|(_, n)| n.clone()),
            expo_name: r.expo_name,
            name_en: r.name_en,
            name_ko: r.name_ko,
            email: r.email,
            business_reg_no: r.business_reg_no,
            city: r.city,
            pitch: r.pitch,
            pitch_en: r.pitch_en,
            status: r.status,
            status_reason: r.status_reason,
            created_at: r.created_at,
        })
        .collect())
}

/// How many registrations are in each status.
pub fn counts(conn: &mut DbConnection) -> QueryResult<Vec<(SupplierStatus, i64)>> {
    suppliers::table
        .group_by(suppliers::status)
        .select((suppliers::status, diesel::dsl::count_star()))
        .load(conn)
}
