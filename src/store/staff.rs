//! An expo's staff and co-host agencies (issue 25): who may work on which expo in
//! which role, and which agency brought a supplier. The rule of what each role may do
//! is `domain::staff::allows`; this module reads and writes who holds which role.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult, audit};
use crate::db::schema::{
    buyers, consultation_days, consultation_tables, expo_cohosts, expo_staff, interpreters,
    meetings, organizers, schedule_runs, suppliers,
};
use crate::domain::status::{StaffRole, SupplierStatus};
use crate::domain::{EmailAddress, ExpoId, OrganizerId, PersonName, SupplierId};

/// One role of a staff member on one expo; `cohost` for a co-host's staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub expo: ExpoId,
    pub role: StaffRole,
    pub cohost: Option<i32>,
}

/// What a signed-in organizer account may reach: everything (a site administrator),
/// or the expos it is staff of.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Standing {
    pub site_admin: bool,
    pub posts: Vec<Post>,
}

impl Standing {
    pub fn on(&self, expo: ExpoId) -> Option<Post> {
        self.posts.iter().copied().find(|p| p.expo == expo)
    }

    /// Whether the expo is one this account may open at all.
    pub fn sees(&self, expo: ExpoId) -> bool {
        self.site_admin || self.on(expo).is_some()
    }
}

pub fn standing(conn: &mut DbConnection, who: OrganizerId) -> QueryResult<Standing> {
    let site_admin: bool = organizers::table
        .find(who.0)
        .select(organizers::site_admin)
        .first(conn)
        .optional()?
        .unwrap_or(false);
    let posts = expo_staff::table
        .filter(expo_staff::organizer_id.eq(who.0))
        .select((expo_staff::expo_id, expo_staff::role, expo_staff::cohost_id))
        .load::<(i32, StaffRole, Option<i32>)>(conn)?
        .into_iter()
        .map(|(expo, role, cohost)| Post {
            expo: ExpoId(expo),
            role,
            cohost,
        })
        .collect();
    Ok(Standing { site_admin, posts })
}

/// The supplier a request touches: its expo, the agency that brought it, its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SupplierScope {
    pub expo: ExpoId,
    pub supplier: SupplierId,
    pub cohost: Option<i32>,
    pub status: SupplierStatus,
}

pub fn supplier_scope(
    conn: &mut DbConnection,
    supplier: SupplierId,
) -> QueryResult<Option<SupplierScope>> {
    suppliers::table
        .find(supplier.0)
        .select((suppliers::expo_id, suppliers::cohost_id, suppliers::status))
        .first::<(i32, Option<i32>, SupplierStatus)>(conn)
        .optional()
        .map(|row| {
            row.map(|(expo, cohost, status)| SupplierScope {
                expo: ExpoId(expo),
                supplier,
                cohost,
                status,
            })
        })
}

/// A meeting's supplier scope (the meeting belongs to its supplier's agency).
pub fn meeting_scope(conn: &mut DbConnection, meeting: i32) -> QueryResult<Option<SupplierScope>> {
    let supplier: Option<i32> = meetings::table
        .find(meeting)
        .select(meetings::supplier_id)
        .first(conn)
        .optional()?;
    match supplier {
        Some(s) => supplier_scope(conn, SupplierId(s)),
        None => Ok(None),
    }
}

/// One member of an expo's staff, as the staff page lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The staff row's id (what the page posts to change or remove it).
    pub id: i32,
    pub organizer: i32,
    pub name: String,
    pub email: String,
    pub role: StaffRole,
    pub agency: Option<String>,
}

pub fn members(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<Member>> {
    expo_staff::table
        .inner_join(organizers::table)
        .left_join(expo_cohosts::table)
        .filter(expo_staff::expo_id.eq(expo.0))
        .order((expo_staff::role, organizers::name))
        .select((
            expo_staff::id,
            organizers::id,
            organizers::name,
            organizers::email,
            expo_staff::role,
            expo_cohosts::name.nullable(),
        ))
        .load::<(i32, i32, String, String, StaffRole, Option<String>)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(id, organizer, name, email, role, agency)| Member {
                    id,
                    organizer,
                    name,
                    email,
                    role,
                    agency,
                })
                .collect()
        })
}

/// The expo's co-host agencies, by name.
pub fn cohosts(conn: &mut DbConnection, expo: ExpoId) -> QueryResult<Vec<(i32, String)>> {
    expo_cohosts::table
        .filter(expo_cohosts::expo_id.eq(expo.0))
        .order(expo_cohosts::name)
        .select((expo_cohosts::id, expo_cohosts::name))
        .load(conn)
}

/// The co-host agency of this name on the expo, made if new.
fn cohost_named(
    conn: &mut DbConnection,
    expo: ExpoId,
    name: &str,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    let found: Option<i32> = expo_cohosts::table
        .filter(expo_cohosts::expo_id.eq(expo.0))
        .filter(expo_cohosts::name.eq(name))
        .select(expo_cohosts::id)
        .first(conn)
        .optional()?;
    match found {
        Some(id) => Ok(id),
        None => diesel::insert_into(expo_cohosts::table)
            .values((
                expo_cohosts::expo_id.eq(expo.0),
                expo_cohosts::name.eq(name),
                expo_cohosts::created_at.eq(now),
            ))
            .returning(expo_cohosts::id)
            .get_result(conn),
    }
}

/// Someone to add to an expo's staff.
pub struct NewMember<'a> {
    pub email: &'a EmailAddress,
    pub name: &'a PersonName,
    pub role: StaffRole,
    /// The co-host agency's name; required for (and only for) co-host staff.
    pub agency: Option<&'a str>,
}

/// Adds a person to the expo's staff, with an account of their own made if the email
/// has none (no password: they sign in with the emailed link and may set one). Audited.
/// Returns the account and whether it is new. Errors: `Conflict` for a site
/// administrator (they may do everything already) or someone already on the staff.
pub fn add(
    conn: &mut DbConnection,
    expo: ExpoId,
    by: OrganizerId,
    member: &NewMember<'_>,
    now: NaiveDateTime,
) -> StoreResult<(OrganizerId, bool)> {
    // `email|role code`: the audit page names the role in the reader's language.
    let detail = format!("{}|{}", member.email, member.role.code());
    audit::by_organizer(
        conn,
        by,
        "staff.add",
        ("expo", Some(expo.0)),
        &detail,
        now,
        |conn| {
            let existing: Option<(i32, bool)> = organizers::table
                .filter(organizers::email.eq(member.email.as_str()))
                .select((organizers::id, organizers::site_admin))
                .first(conn)
                .optional()?;
            let (who, new) = match existing {
                Some((_, true)) => {
                    return Err(StoreError::Conflict("err-staff-is-admin".to_owned()));
                }
                Some((id, false)) => (OrganizerId(id), false),
                None => {
                    let id: i32 = diesel::insert_into(organizers::table)
                        .values((
                            organizers::email.eq(member.email.as_str()),
                            organizers::name.eq(member.name.as_str()),
                            organizers::password_hash.eq(""),
                            organizers::created_at.eq(now),
                            organizers::site_admin.eq(false),
                        ))
                        .returning(organizers::id)
                        .get_result(conn)?;
                    (OrganizerId(id), true)
                }
            };
            let cohost = match (member.role, member.agency) {
                (StaffRole::Cohost, Some(agency)) => Some(cohost_named(conn, expo, agency, now)?),
                _ => None,
            };
            diesel::insert_into(expo_staff::table)
                .values((
                    expo_staff::expo_id.eq(expo.0),
                    expo_staff::organizer_id.eq(who.0),
                    expo_staff::role.eq(member.role),
                    expo_staff::cohost_id.eq(cohost),
                    expo_staff::created_at.eq(now),
                ))
                .execute(conn)
                .map_err(|e| StoreError::from_unique(e, "err-staff-already"))?;
            Ok((who, new))
        },
    )
}

/// The email of a member of the expo's staff (what the audit entry names).
/// Errors: `NotFound` for a member of another expo.
fn member_email(conn: &mut DbConnection, expo: ExpoId, member: i32) -> StoreResult<String> {
    expo_staff::table
        .inner_join(organizers::table)
        .filter(expo_staff::id.eq(member))
        .filter(expo_staff::expo_id.eq(expo.0))
        .select(organizers::email)
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)
}

/// Gives a staff member of the expo another role (and agency, for co-host staff).
/// Audited. Errors: `NotFound` for a member of another expo.
pub fn change(
    conn: &mut DbConnection,
    expo: ExpoId,
    member: i32,
    role: StaffRole,
    agency: Option<&str>,
    by: OrganizerId,
    now: NaiveDateTime,
) -> StoreResult<()> {
    let detail = format!("{}|{}", member_email(conn, expo, member)?, role.code());
    audit::by_organizer(
        conn,
        by,
        "staff.change",
        ("expo", Some(expo.0)),
        &detail,
        now,
        |conn| {
            let cohost = match (role, agency) {
                (StaffRole::Cohost, Some(agency)) => Some(cohost_named(conn, expo, agency, now)?),
                _ => None,
            };
            let n = diesel::update(
                expo_staff::table
                    .filter(expo_staff::id.eq(member))
                    .filter(expo_staff::expo_id.eq(expo.0)),
            )
            .set((expo_staff::role.eq(role), expo_staff::cohost_id.eq(cohost)))
            .execute(conn)?;
            if n == 0 {
                return Err(StoreError::NotFound);
            }
            // A new role may not cover acting for the company they act for.
            let who: i32 = expo_staff::table
                .find(member)
                .select(expo_staff::organizer_id)
                .first(conn)?;
            super::sessions::end_acting(conn, who)?;
            Ok(())
        },
    )
}

/// Takes a member off the expo's staff; a person left on no expo's staff is signed
/// out everywhere. Audited. Returns the account. Errors: `NotFound`.
pub fn remove(
    conn: &mut DbConnection,
    expo: ExpoId,
    member: i32,
    by: OrganizerId,
    now: NaiveDateTime,
) -> StoreResult<OrganizerId> {
    let detail = member_email(conn, expo, member)?;
    audit::by_organizer(
        conn,
        by,
        "staff.remove",
        ("expo", Some(expo.0)),
        &detail,
        now,
        |conn| {
            let who: i32 = expo_staff::table
                .filter(expo_staff::id.eq(member))
                .filter(expo_staff::expo_id.eq(expo.0))
                .select(expo_staff::organizer_id)
                .first(conn)
                .optional()?
                .ok_or(StoreError::NotFound)?;
            diesel::delete(expo_staff::table.filter(expo_staff::id.eq(member))).execute(conn)?;
            // Acting for a company ends with the post it came from.
            super::sessions::end_acting(conn, who)?;
            let left: i64 = expo_staff::table
                .filter(expo_staff::organizer_id.eq(who))
                .count()
                .get_result(conn)?;
            if left == 0 {
                super::sessions::end_all(conn, crate::domain::Role::Organizer, who, None)?;
            }
            Ok(OrganizerId(who))
        },
    )
}

/// How a staff member acting for a company on `expo` is named to it: their name,
/// and their agency's for co-host staff ("Kim Minji (GBSA)").
pub fn acting_label(
    conn: &mut DbConnection,
    who: OrganizerId,
    expo: ExpoId,
) -> QueryResult<String> {
    let name: String = organizers::table
        .find(who.0)
        .select(organizers::name)
        .first(conn)?;
    let agency: Option<String> = expo_staff::table
        .inner_join(expo_cohosts::table)
        .filter(expo_staff::organizer_id.eq(who.0))
        .filter(expo_staff::expo_id.eq(expo.0))
        .select(expo_cohosts::name)
        .first(conn)
        .optional()?;
    Ok(match agency {
        Some(agency) => format!("{name} ({agency})"),
        None => name,
    })
}

/// Marks the supplier as brought by the co-host agency (a co-host's staff approved it).
pub fn tag_supplier(conn: &mut DbConnection, supplier: SupplierId, cohost: i32) -> QueryResult<()> {
    diesel::update(suppliers::table.find(supplier.0))
        .set(suppliers::cohost_id.eq(cohost))
        .execute(conn)
        .map(|_| ())
}

/// Claims the supplier for the co-host agency unless another agency has it already
/// (one conditional update, so of two agencies approving at once one wins). Returns
/// whether the supplier is now the agency's.
pub fn claim_supplier(
    conn: &mut DbConnection,
    supplier: SupplierId,
    cohost: i32,
) -> QueryResult<bool> {
    diesel::update(
        suppliers::table.find(supplier.0).filter(
            suppliers::cohost_id
                .is_null()
                .or(suppliers::cohost_id.eq(cohost)),
        ),
    )
    .set(suppliers::cohost_id.eq(cohost))
    .execute(conn)
    .map(|n| n == 1)
}

/// Whether a co-host's staff (agency `cohost`) may change this supplier: one their
/// agency brought, or a waiting one no agency has claimed (approving it claims it).
pub fn in_scope(cohost: Option<i32>, scope: &SupplierScope) -> bool {
    match (cohost, scope.cohost) {
        (Some(mine), Some(theirs)) => mine == theirs,
        (Some(_), None) => scope.status == SupplierStatus::Pending,
        (None, _) => false,
    }
}

/// A thing of an expo that an organizer path names by id under `/organizer/expos/{id}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Child {
    Table,
    Interpreter,
    Run,
    Day,
    Buyer,
    Supplier,
}

impl Child {
    /// The kind a path parameter names (`{table}`, `{buyer}`, …; a check-in's or a
    /// sign-out's `{person}` by the role or area beside it).
    pub fn of_param(name: &str, role: Option<&str>) -> Option<Self> {
        match (name, role) {
            ("table", _) => Some(Self::Table),
            ("interpreter", _) => Some(Self::Interpreter),
            ("run", _) => Some(Self::Run),
            ("day", _) => Some(Self::Day),
            ("buyer", _) | ("person", Some("buyer" | "buyers")) => Some(Self::Buyer),
            ("supplier", _) | ("person", Some("supplier" | "suppliers")) => Some(Self::Supplier),
            _ => None,
        }
    }
}

/// The expo a thing belongs to, if it exists.
pub fn expo_of(conn: &mut DbConnection, child: Child, id: i32) -> QueryResult<Option<ExpoId>> {
    let expo: Option<i32> = match child {
        Child::Table => consultation_tables::table
            .find(id)
            .select(consultation_tables::expo_id)
            .first(conn)
            .optional()?,
        Child::Interpreter => interpreters::table
            .find(id)
            .select(interpreters::expo_id)
            .first(conn)
            .optional()?,
        Child::Run => schedule_runs::table
            .find(id)
            .select(schedule_runs::expo_id)
            .first(conn)
            .optional()?,
        Child::Day => consultation_days::table
            .find(id)
            .select(consultation_days::expo_id)
            .first(conn)
            .optional()?,
        Child::Buyer => buyers::table
            .find(id)
            .select(buyers::expo_id)
            .first(conn)
            .optional()?,
        Child::Supplier => suppliers::table
            .find(id)
            .select(suppliers::expo_id)
            .first(conn)
            .optional()?,
    };
    Ok(expo.map(ExpoId))
}
