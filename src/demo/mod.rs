//! `expomatch demo`: a realistic expo on a fresh database of its own, and one-time
//! sign-in links for a demo organizer, supplier and buyer.

pub mod data;

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

/// Paths (without host) that sign in as each demo person once.
pub struct DemoLinks {
    pub organizer: String,
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
    // The demo's people registered (or completed their profiles) with the consents
    // the forms ask for.
    store::privacy::consent_for_demo(conn, now)?;

    let link = |conn: &mut DbConnection, role: Role, id: i32| -> Result<String, SeedError> {
        let token: RawToken =
            tokens::issue(conn, role, id, Purpose::SignIn, TimeDelta::hours(24), now)?;
        Ok(format!("/auth/link/{}", token.as_str()))
    };
    Ok(DemoLinks {
        organizer: link(conn, Role::Organizer, organizer.0)?,
        supplier: link(conn, Role::Supplier, demo_supplier.0)?,
        buyer: link(conn, Role::Buyer, demo_buyer.0)?,
        buyer_id: demo_buyer,
        supplier_id: demo_supplier,
    })
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
    conn.write_tx(|conn| {
        let expo: i32 = suppliers_t::table
            .select(suppliers_t::expo_id)
            .first(conn)?;
        let approved: i64 = suppliers_t::table
            .filter(suppliers_t::expo_id.eq(expo))
            .filter(suppliers_t::status.eq("approved"))
            .count()
            .get_result(conn)?;
        let missing = total.saturating_sub(usize::try_from(approved).unwrap_or(usize::MAX));
        for n in 0..missing {
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
        Ok(missing)
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

/// Queues one or more messages of every kind the product sends, as a real expo would
/// have produced them by now, so the organizer's Email page shows them all: every
/// buyer's invitation, both sides' confirmation of every booked meeting, a moved and
/// a cancelled meeting, requests received, accepted and declined, a published agenda,
/// a reminder, supplier decisions and a sign-in link.
pub fn queue_sample_mail(
    conn: &mut DbConnection,
    links: &DemoLinks,
    ctx: &crate::mail::MailContext,
) -> Result<usize, crate::mail::QueueError> {
    use crate::db::schema::{buyers, consultation_days, meeting_requests, meetings as m};
    use crate::mail::messages::{self as msg, AgendaKind, MeetingChange, RequestEvent};
    let now = store::now();
    conn.write_tx(|conn| {
        let buyer_ids: Vec<i32> = buyers::table.select(buyers::id).order(buyers::id).load(conn)?;
        for id in &buyer_ids {
            msg::queue_invitation(conn, BuyerId(*id), ctx, now)?;
        }
        let meeting_ids: Vec<i32> = m::table.select(m::id).order(m::id).load(conn)?;
        for id in &meeting_ids {
            msg::queue_meeting_change(conn, crate::domain::MeetingId(*id), MeetingChange::Booked, ctx, now)?;
        }
        // The demo buyer's first meeting moves to a slot where both sides and a table
        // are free; its last one is cancelled.
        let mine: Vec<(i32, i32, i32)> = m::table
            .filter(m::buyer_id.eq(links.buyer_id.0))
            .order(m::slot_id)
            .select((m::id, m::supplier_id, m::slot_id))
            .load(conn)?;
        if let Some(&(meeting, supplier, slot)) = mine.first()
            && let Some((free_slot, table)) = free_slot_for(conn, links.buyer_id.0, supplier, slot)?
        {
            diesel::update(m::table.find(meeting))
                .set((m::slot_id.eq(free_slot), m::table_id.eq(table)))
                .execute(conn)?;
            msg::queue_meeting_change(conn, crate::domain::MeetingId(meeting), MeetingChange::Moved, ctx, now)?;
        }
        if let Some(&(meeting, _, _)) = mine.last().filter(|_| mine.len() > 1) {
            diesel::update(m::table.find(meeting))
                .set((m::status.eq("cancelled"), m::cancel_reason.eq("Flight delayed"), m::cancelled_at.eq(Some(now))))
                .execute(conn)?;
            let reason = "My flight is delayed; I will arrive in the afternoon.";
            msg::queue_meeting_change(conn, crate::domain::MeetingId(meeting), MeetingChange::Cancelled { reason }, ctx, now)?;
        }
        // Requests: to the demo supplier, one of each answer.
        let expo: i32 = buyers::table.find(links.buyer_id.0).select(buyers::expo_id).first(conn)?;
        let answers = [("pending", None), ("accepted", None), ("declined", Some("We do not export to this market yet."))];
        // From the last buyers who have no request to that supplier yet.
        let asked: Vec<i32> = meeting_requests::table
            .filter(meeting_requests::supplier_id.eq(links.supplier_id.0))
            .select(meeting_requests::buyer_id)
            .load(conn)?;
        let mut askers = buyer_ids.iter().rev().filter(|b| !asked.contains(b));
        for (i, (status, reason)) in answers.iter().enumerate() {
            let Some(&buyer) = askers.next() else { continue };
            let id: i32 = diesel::insert_into(meeting_requests::table)
                .values((
                    meeting_requests::expo_id.eq(expo),
                    meeting_requests::buyer_id.eq(buyer),
                    meeting_requests::supplier_id.eq(links.supplier_id.0),
                    meeting_requests::requested_by.eq("buyer"),
                    meeting_requests::priority.eq(if i == 0 { "must" } else { "would_like" }),
                    meeting_requests::message.eq("We would like to learn about your products for our 2027 tender."),
                    meeting_requests::status.eq(status),
                    meeting_requests::response_reason.eq(reason.unwrap_or("")),
                    meeting_requests::created_at.eq(now),
                ))
                .returning(meeting_requests::id)
                .get_result(conn)?;
            let event = match reason {
                Some(reason) => RequestEvent::Declined { reason },
                None if *status == "accepted" => RequestEvent::Accepted,
                None => RequestEvent::Received,
            };
            msg::queue_request_event(conn, id, event, ctx, now)?;
        }
        msg::queue_agenda(conn, Role::Buyer, links.buyer_id.0, AgendaKind::Published, ctx, now)?;
        msg::queue_agenda(conn, Role::Supplier, links.supplier_id.0, AgendaKind::Published, ctx, now)?;
        let first_day: Option<chrono::NaiveDate> = consultation_days::table
            .select(consultation_days::day)
            .order(consultation_days::day)
            .first(conn)
            .optional()?;
        if let Some(day) = first_day {
            msg::queue_agenda(conn, Role::Buyer, links.buyer_id.0, AgendaKind::Reminder(day), ctx, now)?;
        }
        msg::queue_supplier_decision(conn, links.supplier_id, true, "", ctx, now)?;
        let pending: Option<i32> = suppliers_t::table
            .filter(suppliers_t::status.eq("pending"))
            .select(suppliers_t::id)
            .order(suppliers_t::id)
            .first(conn)
            .optional()?;
        if let Some(id) = pending {
            let reason = "The business registration certificate is missing; please upload it and register again.";
            diesel::update(suppliers_t::table.find(id))
                .set((suppliers_t::status.eq("rejected"), suppliers_t::status_reason.eq(reason)))
                .execute(conn)?;
            msg::queue_supplier_decision(conn, SupplierId(id), false, reason, ctx, now)?;
        }
        // A supplier that has not confirmed its email yet gets its verification link;
        // the demo supplier asked to reset its password; someone registered again with
        // an address that already has an account.
        let unverified: Option<(i32, String, String, String)> = suppliers_t::table
            .filter(suppliers_t::status.eq("unverified"))
            .select((suppliers_t::id, suppliers_t::email, suppliers_t::contact_name, suppliers_t::company_name_en))
            .first(conn)
            .optional()?;
        let expo_name: String = crate::db::schema::expos::table.find(expo).select(crate::db::schema::expos::name).first(conn)?;
        let letters = {
            let mut letters = Vec::new();
            if let Some((id, email, contact, company)) = unverified {
                let lifetime = crate::domain::token::Purpose::VerifyEmail.lifetime();
                let token = tokens::issue(conn, Role::Supplier, id, crate::domain::token::Purpose::VerifyEmail, lifetime, now)?;
                let link = format!("{}/register/verify/{}", ctx.base_url(), token.as_str());
                letters.push((email, crate::mail::supplier::verify_email(&contact, &company, &expo_name, &link, lifetime.num_days())?));
            }
            let (supplier_email, supplier_contact): (String, String) = suppliers_t::table
                .find(links.supplier_id.0)
                .select((suppliers_t::email, suppliers_t::contact_name))
                .first(conn)?;
            let lifetime = crate::domain::token::Purpose::PasswordReset.lifetime();
            let token = tokens::issue(conn, Role::Supplier, links.supplier_id.0, crate::domain::token::Purpose::PasswordReset, lifetime, now)?;
            let link = format!("{}/signin/reset/{}", ctx.base_url(), token.as_str());
            letters.push((supplier_email.clone(), crate::mail::supplier::password_reset(&supplier_contact, &link, lifetime.num_minutes())?));
            let token = tokens::issue(conn, Role::Supplier, links.supplier_id.0, crate::domain::token::Purpose::PasswordReset, lifetime, now)?;
            let link = format!("{}/signin/reset/{}", ctx.base_url(), token.as_str());
            letters.push((supplier_email, crate::mail::supplier::account_exists(&expo_name, &link, lifetime.num_minutes())?));
            letters
        };
        for (to, letter) in &letters {
            crate::store::outbox::enqueue(
                conn,
                &crate::store::outbox::NewMessage {
                    kind: letter.kind,
                    to_address: to,
                    to_name: &letter.to_name,
                    subject: &letter.subject,
                    body_text: &letter.text,
                    body_html: Some(&letter.html),
                },
                now,
            )?;
        }
        let buyer_email: String = buyers::table.find(links.buyer_id.0).select(buyers::email).first(conn)?;
        let email = EmailAddress::parse(&buyer_email).map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
        crate::mail::queue_sign_in_links(conn, &email, ctx.base_url(), now)?;
        let total: i64 = crate::db::schema::outbox::table.count().get_result(conn)?;
        Ok(usize::try_from(total).unwrap_or(0))
    })
}

/// A slot (other than `avoid`) where the buyer and the supplier are both free, with a
/// free table.
fn free_slot_for(
    conn: &mut DbConnection,
    buyer: i32,
    supplier: i32,
    avoid: i32,
) -> QueryResult<Option<(i32, i32)>> {
    use crate::db::schema::{consultation_tables, meetings as m};
    let live = || m::table.filter(m::status.eq_any(["booked", "held"]));
    let busy: Vec<i32> = live()
        .filter(m::buyer_id.eq(buyer).or(m::supplier_id.eq(supplier)))
        .select(m::slot_id)
        .load(conn)?;
    let candidates: Vec<i32> = slots::table
        .filter(slots::id.ne_all(busy))
        .filter(slots::id.ne(avoid))
        .order(slots::starts_at)
        .select(slots::id)
        .load(conn)?;
    for slot in candidates {
        let taken: Vec<i32> = live()
            .filter(m::slot_id.eq(slot))
            .select(m::table_id)
            .load(conn)?;
        let table: Option<i32> = consultation_tables::table
            .filter(consultation_tables::id.ne_all(taken))
            .order(consultation_tables::position)
            .select(consultation_tables::id)
            .first(conn)
            .optional()?;
        if let Some(table) = table {
            return Ok(Some((slot, table)));
        }
    }
    Ok(None)
}

/// Interpreters on the demo expo's list, assigned to the meetings that need one (some
/// stay uncovered: the Interpreters page says why). Returns how many got one.
pub fn seed_interpreters(conn: &mut DbConnection) -> Result<usize, SeedError> {
    use crate::db::schema::expos;
    use crate::domain::interpreting::NewInterpreter;
    let now = store::now();
    conn.write_tx(|conn| {
        let expo: i32 = expos::table
            .select(expos::id)
            .order(expos::id)
            .first(conn)?;
        for (name, email, languages, note) in [
            (
                "Lucía Fernández",
                "lucia@interpreters.example",
                "es ko en",
                "Spanish desk, all days",
            ),
            (
                "Dmitri Kovalenko",
                "dmitri@interpreters.example",
                "ru kk ko",
                "",
            ),
            (
                "Layla Haddad",
                "layla@interpreters.example",
                "ar ko en fr",
                "Mornings preferred",
            ),
            ("Nguyen Thi Mai", "mai@interpreters.example", "vi ko", ""),
        ] {
            let new = NewInterpreter {
                name: name.into(),
                email: email.into(),
                languages: languages.split(' ').map(str::to_owned).collect(),
                note: note.into(),
            };
            store::interpreters::add(conn, ExpoId(expo), &new, now)?;
        }
        Ok(store::interpreters::assign_all(conn, ExpoId(expo), now)?.assigned)
    })
}

/// Accepted requests waiting for the organizer's scheduler: two or three per buyer,
/// with suppliers it has no meeting or request with, a third of them "must meet" and
/// some asking for the morning. Deterministic. Returns how many were added.
pub fn seed_accepted_requests(conn: &mut DbConnection) -> Result<usize, SeedError> {
    use crate::db::schema::{buyers, expos, meeting_requests, meetings as m};
    let now = store::now();
    conn.write_tx(|conn| {
        let expo: i32 = expos::table
            .select(expos::id)
            .order(expos::id)
            .first(conn)?;
        let buyer_ids: Vec<i32> = buyers::table
            .filter(buyers::expo_id.eq(expo))
            .order(buyers::id)
            .select(buyers::id)
            .load(conn)?;
        let supplier_ids: Vec<i32> = suppliers_t::table
            .filter(suppliers_t::expo_id.eq(expo))
            .filter(suppliers_t::status.eq("approved"))
            .order(suppliers_t::id)
            .select(suppliers_t::id)
            .load(conn)?;
        let mut taken: std::collections::HashSet<(i32, i32)> = m::table
            .select((m::buyer_id, m::supplier_id))
            .load::<(i32, i32)>(conn)?
            .into_iter()
            .chain(
                meeting_requests::table
                    .select((meeting_requests::buyer_id, meeting_requests::supplier_id))
                    .load::<(i32, i32)>(conn)?,
            )
            .collect();
        if supplier_ids.is_empty() {
            return Ok(0);
        }
        let mut added = 0;
        for (i, buyer) in buyer_ids.iter().enumerate() {
            for k in 0..(2 + i % 2) {
                let supplier = supplier_ids[(i * 7 + k * 13 + 3) % supplier_ids.len()];
                if !taken.insert((*buyer, supplier)) {
                    continue;
                }
                diesel::insert_into(meeting_requests::table)
                    .values((
                        meeting_requests::expo_id.eq(expo),
                        meeting_requests::buyer_id.eq(buyer),
                        meeting_requests::supplier_id.eq(supplier),
                        meeting_requests::requested_by.eq("buyer"),
                        meeting_requests::priority.eq(if added % 3 == 0 {
                            "must"
                        } else {
                            "would_like"
                        }),
                        meeting_requests::preferred_session
                            .eq((added % 5 == 0).then_some("morning")),
                        meeting_requests::status.eq("accepted"),
                        meeting_requests::responded_at.eq(Some(now)),
                        meeting_requests::created_at.eq(now),
                    ))
                    .execute(conn)?;
                added += 1;
            }
        }
        Ok(added)
    })
}
