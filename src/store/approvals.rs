//! The organizer's queue of supplier registrations.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::{expos, products, sectors, supplier_sectors, suppliers};
use crate::domain::SupplierId;

#[derive(Clone, Debug)]
pub struct Registration {
    pub id: SupplierId,
    pub expo_name: String,
    pub name_en: String,
    pub name_ko: String,
    pub email: String,
    pub business_reg_no: String,
    pub city: String,
    pub pitch: String,
    pub status: String,
    pub status_reason: String,
    pub created_at: NaiveDateTime,
    pub sectors: Vec<String>,
    pub products: Vec<String>,
}

/// Registrations in one status (`pending`, `approved`, `rejected`, `unverified`),
/// oldest first so the queue is worked in order. Three queries in all.
pub fn by_status(conn: &mut DbConnection, status: &str) -> QueryResult<Vec<Registration>> {
    type Row = (
        i32,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        NaiveDateTime,
    );
    let rows: Vec<Row> = suppliers::table
        .inner_join(expos::table)
        .filter(suppliers::status.eq(status))
        .order(suppliers::created_at)
        .select((
            suppliers::id,
            expos::name,
            suppliers::company_name_en,
            suppliers::company_name_ko,
            suppliers::email,
            suppliers::business_reg_no,
            suppliers::address,
            suppliers::pitch,
            suppliers::status,
            suppliers::status_reason,
            suppliers::created_at,
        ))
        .load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let sector_rows: Vec<(i32, String)> = supplier_sectors::table
        .inner_join(sectors::table)
        .filter(supplier_sectors::supplier_id.eq_any(&ids))
        .order(sectors::position)
        .select((supplier_sectors::supplier_id, sectors::name_en))
        .load(conn)?;
    let product_rows: Vec<(i32, String)> = products::table
        .filter(products::supplier_id.eq_any(&ids))
        .order((products::supplier_id, products::position))
        .select((products::supplier_id, products::name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                expo_name,
                name_en,
                name_ko,
                email,
                business_reg_no,
                city,
                pitch,
                status,
                status_reason,
                created_at,
            )| {
                Registration {
                    id: SupplierId(id),
                    sectors: sector_rows
                        .iter()
                        .filter(|(s, _)| *s == id)
                        .map(|(_, n)| n.clone())
                        .collect(),
                    products: product_rows
                        .iter()
                        .filter(|(s, _)| *s == id)
                        .map(|(_, n)| n.clone())
                        .collect(),
                    expo_name,
                    name_en,
                    name_ko,
                    email,
                    business_reg_no,
                    city,
                    pitch,
                    status,
                    status_reason,
                    created_at,
                }
            },
        )
        .collect())
}

/// How many registrations are in each status.
pub fn counts(conn: &mut DbConnection) -> QueryResult<Vec<(String, i64)>> {
    suppliers::table
        .group_by(suppliers::status)
        .select((suppliers::status, diesel::dsl::count_star()))
        .load(conn)
}
