//! `expomatch demo`: a realistic expo on a fresh database of its own, and one-time
//! sign-in links for a demo organizer, supplier and buyer.

pub mod data;
mod sample_mail;
mod scheduling;

use std::collections::HashSet;

use chrono::{Datelike, NaiveDateTime, NaiveTime, TimeDelta};
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use crate::db::DbConnection;
use crate::db::schema::{slots, suppliers as suppliers_t};
use crate::domain::slots::{DayPlan, generate};
use crate::domain::status::{ExpoStatus, SupplierStatus};
use crate::domain::token::{Purpose, RawToken};
use crate::domain::{
    BuyerId, CountryCode, EmailAddress, ExpoId, FieldError, PersonName, Role, SlotId, SupplierId,
    TableId, TimeZone, password,
};
use crate::store::{self, StoreError, expos, meetings, organizers, participants, tokens};

pub use sample_mail::queue_sample_mail;
pub use scheduling::{seed_accepted_requests, seed_interpreters};

/// Paths (without host) that sign in as each demo person once.
pub struct DemoLinks {
    pub organizer: String,
    /// A co-host agency's staff member (issue 25).
    pub cohost: String,
    /// The demo supplier's second person, its export manager (issue 25).
    pub colleague: String,
    pub supplier: String,
    pub buyer: String,
    pub buyer_id: BuyerId,
    pub supplier_id: SupplierId,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
    #[error("demo data is invalid: {0}")]
    Data(#[from] FieldError),
    #[error("demo slot plan is invalid: {0}")]
    Plan(#[from] crate::domain::slots::SlotPlanError),
}

const VENUE_TZ: &str = "Asia/Seoul";
const MEETINGS_TARGET: usize = 90;

/// Seeds the demo expo three weeks from `now` (so it is always upcoming) and returns
/// the sign-in links. Deterministic apart from dates and tokens.
pub fn seed(conn: &mut DbConnection, now: NaiveDateTime) -> Result<DemoLinks, SeedError> {
    let tz = TimeZone::parse(VENUE_TZ)?;
    let first_day = (now + TimeDelta::days(21)).date();
    // Expos run on weekdays: move a weekend start to Monday.
    let first_day = match first_day.weekday() {
        chrono::Weekday::Sat => first_day + TimeDelta::days(2),
        chrono::Weekday::Sun => first_day + TimeDelta::days(1),
        _ => first_day,
    };
    let days = [first_day, first_day + TimeDelta::days(1)];

    let organizer = organizers::create(
        conn,
        &EmailAddress::parse("organizer@expomatch.example")?,
        &PersonName::parse("name", "Kim Soo-jin (Demo organizer)")?,
        &password::Password::parse(&crate::domain::token::random_urlsafe(24))?.hash(),
        now,
    )?;

    let expo = expos::create(
        conn,
        &expos::NewExpo {
            name: "Korea Public Procurement Export Consultation 2026",
            venue: "COEX Hall C, Seoul",
            venue_timezone: tz,
            description: "Two days of 1:1 export consultations between invited foreign public buyers and Korean suppliers of innovative products.",
            status: ExpoStatus::Open,
            booking_opens_at: Some(now - TimeDelta::days(7)),
            booking_closes_at: Some(
                days[0].and_hms_opt(0, 0, 0).unwrap_or(now) - TimeDelta::hours(9 + 24),
            ),
            self_booking: true,
            requests_enabled: true,
            max_meetings_per_participant: Some(12),
            request_expiry_days: 7,
            retention_days: 365,
            fixed_side: "supplier",
            sender_name: "KOTRA Export Consultation Desk",
            contact_email: "export-desk@kotra.example",
            meeting_mode: crate::domain::status::MeetingMode::Table,
            video_base_url: "",
            reminder_minutes: 15,
        },
        now,
    )?;

    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN);
    for date in days {
        let plan = DayPlan {
            date,
            starts: t(9, 0),
            ends: t(17, 0),
            slot_minutes: 30,
            gap_minutes: 0,
            breaks: vec![(t(12, 0), t(13, 0))],
        };
        let planned = generate(&plan, tz)?;
        expos::add_day(conn, expo, &plan, &planned)?;
    }
    let labels: Vec<(String, String)> = (1..=20)
        .map(|i| {
            let note = match i {
                1..=3 => "English–Korean interpreter",
                4 => "Spanish–Korean interpreter",
                5 => "Vietnamese–Korean interpreter",
                _ => "",
            };
            (format!("A{i}"), note.to_owned())
        })
        .collect();
    let tables = expos::add_tables(conn, expo, &labels)?;

    let buyers = seed_buyers(conn, expo, now)?;
    // The demo's buyers have completed their profiles (onboarding is for new ones).
    diesel::update(
        crate::db::schema::buyers::table.filter(crate::db::schema::buyers::expo_id.eq(expo.0)),
    )
    .set(crate::db::schema::buyers::profile_completed_at.eq(Some(now - TimeDelta::days(5))))
    .execute(conn)?;
    let suppliers = seed_suppliers(conn, expo, now)?;
    let slot_ids: Vec<SlotId> = slots::table
        .filter(slots::expo_id.eq(expo.0))
        .order(slots::starts_at)
        .select(slots::id)
        .load::<i32>(conn)?
        .into_iter()
        .map(SlotId)
        .collect();
    let (demo_buyer, demo_supplier) =
        book_meetings(conn, expo, &buyers, &suppliers, &slot_ids, &tables, now)?;
    // The second day is online from now on: a meeting booked on it gets a video room
    // (on the public Jitsi Meet server; a real expo names its own in the settings).
    // The meetings the demo booked before stay at their tables.
    diesel::update(
        crate::db::schema::consultation_days::table
            .filter(crate::db::schema::consultation_days::expo_id.eq(expo.0))
            .filter(crate::db::schema::consultation_days::day.eq(days[1])),
    )
    .set(
        crate::db::schema::consultation_days::meeting_mode
            .eq(Some(crate::domain::status::MeetingMode::Online.code())),
    )
    .execute(conn)?;
    diesel::update(crate::db::schema::expos::table.find(expo.0))
        .set(crate::db::schema::expos::video_base_url.eq("https://meet.jit.si"))
        .execute(conn)?;
    // The demo's people registered (or completed their profiles) with the consents
    // the forms ask for.
    store::privacy::consent_for_demo(conn, now)?;

    let (cohost, _) = seed_staff(conn, expo, organizer, now)?;
    let demo_meetings: Vec<i32> = crate::db::schema::meetings::table
        .filter(crate::db::schema::meetings::supplier_id.eq(demo_supplier.0))
        .filter(
            crate::db::schema::meetings::status.eq_any(crate::domain::status::MeetingStatus::LIVE),
        )
        .order(crate::db::schema::meetings::id)
        .select(crate::db::schema::meetings::id)
        .load(conn)?;
    let colleague = seed_team(conn, demo_supplier, &demo_meetings, now)?;

    let link = |conn: &mut DbConnection, role: Role, id: i32| -> Result<String, SeedError> {
        let token: RawToken =
            tokens::issue(conn, role, id, Purpose::SignIn, TimeDelta::hours(24), now)?;
        Ok(format!("/auth/link/{}", token.as_str()))
    };
    Ok(DemoLinks {
        organizer: link(conn, Role::Organizer, organizer.0)?,
        cohost: link(conn, Role::Organizer, cohost.0)?,
        colleague: {
            let token: RawToken = tokens::issue(
                conn,
                Role::Supplier,
                colleague,
                Purpose::MemberSignIn,
                TimeDelta::hours(24),
                now,
            )?;
            format!("/auth/link/{}", token.as_str())
        },
        supplier: link(conn, Role::Supplier, demo_supplier.0)?,
        buyer: link(conn, Role::Buyer, demo_buyer.0)?,
        buyer_id: demo_buyer,
        supplier_id: demo_supplier,
    })
}

/// The demo supplier's second person: an export manager who attends its first
/// meeting beside the primary contact. Returns the member's id.
fn seed_team(
    conn: &mut DbConnection,
    supplier: crate::domain::SupplierId,
    meetings: &[i32],
    now: NaiveDateTime,
) -> Result<i32, SeedError> {
    let member = store::team::add(
        conn,
        Role::Supplier,
        supplier.0,
        &store::team::NewMember {
            email: &EmailAddress::parse("export.manager@supplier.example")?,
            name: "Park Seo-yeon",
            title: "Export manager",
        },
        Some(crate::i18n::Locale::Ko),
        now,
    )?;
    if let Some(first) = meetings.first() {
        let both = store::team::Attendance {
            contact: true,
            members: vec![member.id],
        };
        store::team::set_attendance(
            conn,
            crate::domain::MeetingId(*first),
            Role::Supplier,
            supplier.0,
            &both,
            now,
        )?;
    }
    Ok(member.id)
}

/// The demo's staff: a co-host agency that brought the first dozen approved suppliers,
/// with one staff member, and an on-site check-in volunteer. Returns their accounts.
fn seed_staff(
    conn: &mut DbConnection,
    expo: crate::domain::ExpoId,
    organizer: crate::domain::OrganizerId,
    now: NaiveDateTime,
) -> Result<(crate::domain::OrganizerId, crate::domain::OrganizerId), SeedError> {
    use crate::domain::status::StaffRole;
    use crate::store::staff::{NewMember, add};
    const AGENCY: &str = "Gyeonggi Business & Science Accelerator";
    let (cohost, _) = add(
        conn,
        expo,
        organizer,
        &NewMember {
            email: &EmailAddress::parse("cohost@expomatch.example")?,
            name: &PersonName::parse("name", "Lee Ji-won (Demo co-host, GBSA)")?,
            role: StaffRole::Cohost,
            agency: Some(AGENCY),
        },
        now,
    )?;
    let (onsite, _) = add(
        conn,
        expo,
        organizer,
        &NewMember {
            email: &EmailAddress::parse("checkin@expomatch.example")?,
            name: &PersonName::parse("name", "Choi Min-ho (Demo check-in volunteer)")?,
            role: StaffRole::Onsite,
            agency: None,
        },
        now,
    )?;
    let agency: i32 = crate::db::schema::expo_cohosts::table
        .filter(crate::db::schema::expo_cohosts::expo_id.eq(expo.0))
        .select(crate::db::schema::expo_cohosts::id)
        .first(conn)?;
    let brought: Vec<i32> = crate::db::schema::suppliers::table
        .filter(crate::db::schema::suppliers::expo_id.eq(expo.0))
        .filter(
            crate::db::schema::suppliers::status
                .eq(crate::domain::status::SupplierStatus::Approved),
        )
        .order(crate::db::schema::suppliers::id)
        .select(crate::db::schema::suppliers::id)
        .limit(12)
        .load(conn)?;
    diesel::update(
        crate::db::schema::suppliers::table
            .filter(crate::db::schema::suppliers::id.eq_any(&brought)),
    )
    .set(crate::db::schema::suppliers::cohost_id.eq(agency))
    .execute(conn)?;
    Ok((cohost, onsite))
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out
}

struct SeededBuyer {
    id: BuyerId,
    interests: &'static [&'static str],
}

fn seed_buyers(
    conn: &mut DbConnection,
    expo: ExpoId,
    now: NaiveDateTime,
) -> Result<Vec<SeededBuyer>, SeedError> {
    let mut out = Vec::new();
    for b in data::BUYERS {
        let id = create_buyer(conn, expo, b, None, now)?;
        out.push(SeededBuyer {
            id,
            interests: b.interests,
        });
    }
    Ok(out)
}

/// Invites one written-out buyer, or its numbered copy ("… (2)", with its own email).
fn create_buyer(
    conn: &mut DbConnection,
    expo: ExpoId,
    b: &data::DemoBuyer,
    copy: Option<usize>,
    now: NaiveDateTime,
) -> Result<BuyerId, SeedError> {
    let person = b
        .name
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(".");
    let number = copy.map(|c| c.to_string()).unwrap_or_default();
    let email = EmailAddress::parse(&format!(
        "{}{number}@{}.example",
        slug(&person).replace('-', "."),
        slug(b.organisation)
    ))?;
    let name = match copy {
        Some(c) => format!("{} ({c})", b.name),
        None => b.name.to_owned(),
    };
    Ok(participants::create_buyer(
        conn,
        &participants::NewBuyer {
            expo,
            email: &email,
            name: &name,
            organisation: b.organisation,
            position_title: b.position,
            country: CountryCode::parse(b.country)?,
            timezone: TimeZone::parse(b.timezone)?,
            languages: b.languages,
            interests: b.interests,
            looking_for: b.looking_for,
            needs_interpreter: b.needs_interpreter,
            invited_at: Some(now - TimeDelta::days(10)),
        },
        now,
    )?)
}

struct SeededSupplier {
    id: SupplierId,
    sectors: &'static [&'static str],
}

fn seed_suppliers(
    conn: &mut DbConnection,
    expo: ExpoId,
    now: NaiveDateTime,
) -> Result<Vec<SeededSupplier>, SeedError> {
    let mut out = Vec::new();
    for (i, s) in data::SUPPLIERS.iter().enumerate() {
        let email = EmailAddress::parse(&format!("export@{}.example", slug(s.name_en)))?;
        // A few registrations wait for approval or email verification, as in real life.
        let status = match i % 20 {
            7 | 13 => SupplierStatus::Pending,
            19 => SupplierStatus::Unverified,
            _ => SupplierStatus::Approved,
        };
        let products: Vec<participants::NewProduct<'_>> = s
            .products
            .iter()
            .map(|p| participants::NewProduct {
                name: p.name,
                description: p.description,
                hs_code: p.hs_code,
            })
            .collect();
        let website = format!("https://www.{}.example", slug(s.name_en));
        let id = participants::create_supplier(
            conn,
            &participants::NewSupplier {
                expo,
                email: &email,
                password_hash: None,
                email_verified_at: (status != SupplierStatus::Unverified)
                    .then_some(now - TimeDelta::days(20)),
                status,
                company_name_ko: s.name_ko,
                company_name_en: s.name_en,
                business_reg_no: s.business_reg_no,
                representative: s.representative,
                contact_name: s.representative,
                phone: "+82 2 6000 1234",
                website: &website,
                address: s.city,
                company_size: s.size,
                year_founded: Some(s.founded),
                languages: s.languages,
                pitch: s.pitch,
                sectors: s.sectors,
                served_markets: s.served_markets,
                target_markets: s.target_markets,
                products: &products,
            },
            now,
        )?;
        if status == SupplierStatus::Approved {
            out.push(SeededSupplier {
                id,
                sectors: s.sectors,
            });
        }
    }
    Ok(out)
}

/// Adds consultation tables to the demo expo until it has `total` ("A21", "A22", …).
/// Returns how many it added.
pub fn seed_more_tables(conn: &mut DbConnection, total: usize) -> Result<usize, SeedError> {
    use crate::db::schema::consultation_tables;
    conn.write_tx(|conn| {
        let expo: i32 = suppliers_t::table
            .select(suppliers_t::expo_id)
            .first(conn)?;
        let have: i64 = consultation_tables::table
            .filter(consultation_tables::expo_id.eq(expo))
            .count()
            .get_result(conn)?;
        let have = usize::try_from(have).unwrap_or(usize::MAX);
        let labels: Vec<(String, String)> = (have + 1..=total)
            .map(|i| (format!("A{i}"), String::new()))
            .collect();
        expos::add_tables(conn, ExpoId(expo), &labels)?;
        Ok(labels.len())
    })
}

/// A one-time sign-in link (path) for every buyer of the demo expo, valid for 24 hours:
/// for load tests that book as many buyers at once.
pub fn buyer_sign_in_links(conn: &mut DbConnection) -> Result<Vec<String>, SeedError> {
    use crate::db::schema::buyers;
    let now = store::now();
    conn.write_tx(|conn| {
        let ids: Vec<i32> = buyers::table
            .order(buyers::id)
            .select(buyers::id)
            .load(conn)?;
        ids.into_iter()
            .map(|id| {
                let token: RawToken = tokens::issue(
                    conn,
                    Role::Buyer,
                    id,
                    Purpose::SignIn,
                    TimeDelta::hours(24),
                    now,
                )?;
                Ok(format!("/auth/link/{}", token.as_str()))
            })
            .collect()
    })
}

/// Adds buyers to the demo expo until it has `total`: numbered copies of the written-out
/// ones ("… (2)"), invited and with their profiles complete. Returns how many it added.
pub fn seed_more_buyers(conn: &mut DbConnection, total: usize) -> Result<usize, SeedError> {
    use crate::db::schema::buyers;
    let now = store::now();
    conn.write_tx(|conn| {
        let expo: i32 = suppliers_t::table
            .select(suppliers_t::expo_id)
            .first(conn)?;
        let have: i64 = buyers::table
            .filter(buyers::expo_id.eq(expo))
            .count()
            .get_result(conn)?;
        let missing = total.saturating_sub(usize::try_from(have).unwrap_or(usize::MAX));
        for n in 0..missing {
            let copy = n / data::BUYERS.len() + 2;
            create_buyer(
                conn,
                ExpoId(expo),
                &data::BUYERS[n % data::BUYERS.len()],
                Some(copy),
                now,
            )?;
        }
        diesel::update(buyers::table.filter(buyers::profile_completed_at.is_null()))
            .set(buyers::profile_completed_at.eq(Some(now - TimeDelta::days(5))))
            .execute(conn)?;
        Ok(missing)
    })
}

/// The approved suppliers the written-out demo data puts in the directory.
pub fn written_suppliers() -> usize {
    (0..data::SUPPLIERS.len())
        .filter(|i| !matches!(i % 20, 7 | 13 | 19))
        .count()
}

/// Adds approved suppliers to the demo expo until its directory lists `total`: numbered
/// copies of the written-out ones ("… (2)", "… (3)"), to try the site at the size of a
/// real export consultation (300 suppliers). Returns how many it added.
pub fn seed_more_suppliers(conn: &mut DbConnection, total: usize) -> Result<usize, SeedError> {
    let now = store::now();
    let expo: i32 = suppliers_t::table
        .select(suppliers_t::expo_id)
        .first(conn)?;
    let approved: i64 = suppliers_t::table
        .filter(suppliers_t::expo_id.eq(expo))
        .filter(suppliers_t::status.eq(SupplierStatus::Approved))
        .count()
        .get_result(conn)?;
    let missing = total.saturating_sub(usize::try_from(approved).unwrap_or(usize::MAX));
    // A few hundred to a transaction: a national directory in one would keep every
    // version of the rows each addition touches (the expo's) until the end.
    for first in (0..missing).step_by(500) {
        seed_copies(conn, expo, first..missing.min(first + 500), now)?;
        if !conn.is_sqlite() {
            // Fresh statistics as the tables grow from nothing, or PostgreSQL plans
            // the next batch's lookups as scans of tables it thinks are empty.
            diesel::connection::SimpleConnection::batch_execute(conn, "ANALYZE")?;
        }
    }
    Ok(missing)
}

/// Adds the numbered copies `range` of the written-out suppliers, in one transaction.
fn seed_copies(
    conn: &mut DbConnection,
    expo: i32,
    range: std::ops::Range<usize>,
    now: NaiveDateTime,
) -> Result<(), SeedError> {
    conn.write_tx(|conn| {
        for n in range {
            let s = &data::SUPPLIERS[n % data::SUPPLIERS.len()];
            let copy = n / data::SUPPLIERS.len() + 2;
            let email = EmailAddress::parse(&format!("export{copy}@{}.example", slug(s.name_en)))?;
            let name_en = format!("{} ({copy})", s.name_en);
            let name_ko = format!("{} ({copy})", s.name_ko);
            let reg_no = crate::domain::supplier::BusinessRegNo::from_serial(
                900_000_000 + u32::try_from(n).unwrap_or(0),
            );
            let products: Vec<participants::NewProduct<'_>> = s
                .products
                .iter()
                .map(|p| participants::NewProduct {
                    name: p.name,
                    description: p.description,
                    hs_code: p.hs_code,
                })
                .collect();
            let website = format!("https://www.{}-{copy}.example", slug(s.name_en));
            participants::create_supplier(
                conn,
                &participants::NewSupplier {
                    expo: ExpoId(expo),
                    email: &email,
                    password_hash: None,
                    email_verified_at: Some(now - TimeDelta::days(20)),
                    status: SupplierStatus::Approved,
                    company_name_ko: &name_ko,
                    company_name_en: &name_en,
                    business_reg_no: reg_no.as_str(),
                    representative: s.representative,
                    contact_name: s.representative,
                    phone: "+82 2 6000 1234",
                    website: &website,
                    address: s.city,
                    company_size: s.size,
                    year_founded: Some(s.founded),
                    languages: s.languages,
                    pitch: s.pitch,
                    sectors: s.sectors,
                    served_markets: s.served_markets,
                    target_markets: s.target_markets,
                    products: &products,
                },
                now,
            )?;
        }
        Ok(())
    })
}

/// Books about [`MEETINGS_TARGET`] meetings between buyers and suppliers that share a
/// sector, never double-booking anyone; returns the buyer and supplier with the most
/// meetings, who become the demo people.
fn book_meetings(
    conn: &mut DbConnection,
    expo: ExpoId,
    buyers: &[SeededBuyer],
    suppliers: &[SeededSupplier],
    slot_ids: &[SlotId],
    tables: &[TableId],
    now: NaiveDateTime,
) -> Result<(BuyerId, SupplierId), SeedError> {
    let mut rng = StdRng::seed_from_u64(2026);
    let mut busy: HashSet<(char, i32, SlotId)> = HashSet::new();
    let mut tables_used: HashSet<(SlotId, TableId)> = HashSet::new();
    let mut pairs: HashSet<(BuyerId, SupplierId)> = HashSet::new();
    let mut count_b = vec![0usize; buyers.len()];
    let mut count_s = vec![0usize; suppliers.len()];
    let mut booked = 0;
    let mut attempts = 0;
    while booked < MEETINGS_TARGET && attempts < 10_000 {
        attempts += 1;
        let bi = rng.gen_range(0..buyers.len());
        let buyer = &buyers[bi];
        let matching: Vec<usize> = (0..suppliers.len())
            .filter(|&si| {
                suppliers[si]
                    .sectors
                    .iter()
                    .any(|s| buyer.interests.contains(s))
            })
            .collect();
        let Some(&si) = matching.choose(&mut rng) else {
            continue;
        };
        let supplier = &suppliers[si];
        if pairs.contains(&(buyer.id, supplier.id)) {
            continue;
        }
        let slot = slot_ids[rng.gen_range(0..slot_ids.len())];
        if busy.contains(&('b', buyer.id.0, slot)) || busy.contains(&('s', supplier.id.0, slot)) {
            continue;
        }
        let Some(&table) = tables.iter().find(|t| !tables_used.contains(&(slot, **t))) else {
            continue;
        };
        meetings::book(
            conn,
            &meetings::NewMeeting {
                expo,
                slot,
                table,
                buyer: buyer.id,
                supplier: supplier.id,
                source: "buyer",
                mode: crate::domain::status::MeetingMode::Table,
            },
            now,
        )?;
        busy.insert(('b', buyer.id.0, slot));
        busy.insert(('s', supplier.id.0, slot));
        tables_used.insert((slot, table));
        pairs.insert((buyer.id, supplier.id));
        count_b[bi] += 1;
        count_s[si] += 1;
        booked += 1;
    }
    let best = |counts: &[usize]| {
        counts
            .iter()
            .enumerate()
            .max_by_key(|(i, c)| (**c, usize::MAX - i))
            .map_or(0, |(i, _)| i)
    };
    let demo_supplier = suppliers
        .get(best(&count_s))
        .map(|s| s.id)
        .or_else(|| {
            suppliers_t::table
                .select(suppliers_t::id)
                .first::<i32>(conn)
                .ok()
                .map(SupplierId)
        })
        .ok_or(StoreError::NotFound)?;
    let demo_buyer = buyers
        .get(best(&count_b))
        .map(|b| b.id)
        .ok_or(StoreError::NotFound)?;
    Ok((demo_buyer, demo_supplier))
}

/// Seeds inside one write transaction, so a failed seed leaves nothing behind.
pub fn seed_in_transaction(conn: &mut DbConnection) -> Result<DemoLinks, SeedError> {
    conn.write_tx(|c| seed(c, store::now()))
}
