//! A buyer's side of booking: the supplier directory, the free slots of a supplier,
//! booking, moving and cancelling. Every write re-checks the rules inside its
//! transaction; the partial unique indexes have the last word under races.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::schema::{
    blocked_slots, buyer_interests, buyers, consultation_tables, expos, meetings, products,
    sectors, slots, supplier_markets, supplier_sectors, suppliers,
};
use crate::domain::matching::{self, BuyerNeeds, Match, SupplierOffer};
use crate::domain::status::{ExpoStatus, MeetingStatus, SupplierStatus};
use crate::domain::{BuyerId, ExpoId, MeetingId, SlotId, SupplierId};
use crate::mail::messages::{MailContext, MeetingChange, queue_meeting_change};
use crate::store::{DbConnection, StoreError, meetings as m};

/// A buyer's own facts that booking and matching need.
#[derive(Clone, Debug)]
pub struct BuyerFacts {
    pub id: BuyerId,
    pub expo: ExpoId,
    pub country: String,
    pub timezone: String,
    pub languages: Vec<String>,
    pub interests: Vec<String>,
    pub looking_for: String,
    pub needs_interpreter: bool,
    pub profile_complete: bool,
}

pub fn buyer_facts(conn: &mut DbConnection, buyer: BuyerId) -> QueryResult<Option<BuyerFacts>> {
    type Row = (
        i32,
        i32,
        String,
        String,
        String,
        String,
        bool,
        Option<NaiveDateTime>,
    );
    let row: Option<Row> = buyers::table
        .find(buyer.0)
        .select((
            buyers::id,
            buyers::expo_id,
            buyers::country,
            buyers::timezone,
            buyers::languages,
            buyers::looking_for,
            buyers::needs_interpreter,
            buyers::profile_completed_at,
        ))
        .first(conn)
        .optional()?;
    let Some((id, expo, country, timezone, languages, looking_for, needs_interpreter, completed)) =
        row
    else {
        return Ok(None);
    };
    let interests = buyer_interests::table
        .inner_join(sectors::table)
        .filter(buyer_interests::buyer_id.eq(id))
        .select(sectors::code)
        .load(conn)?;
    Ok(Some(BuyerFacts {
        id: BuyerId(id),
        expo: ExpoId(expo),
        country,
        timezone,
        languages: languages.split_whitespace().map(str::to_owned).collect(),
        interests,
        looking_for,
        needs_interpreter,
        profile_complete: completed.is_some(),
    }))
}

/// A supplier as buyers see it.
#[derive(Clone, Debug)]
pub struct SupplierCard {
    pub id: SupplierId,
    pub name_ko: String,
    pub name_en: String,
    pub city: String,
    pub website: String,
    pub pitch: String,
    pub languages: Vec<String>,
    /// (code, English name)
    pub sectors: Vec<(String, String)>,
    pub served_markets: Vec<String>,
    pub target_markets: Vec<String>,
    /// (name, description, HS code, picture link)
    pub products: Vec<(String, String, Option<String>, Option<String>)>,
    pub fit: Match,
    pub catalogue_url: String,
    pub company_size: String,
    pub year_founded: Option<i32>,
}

impl SupplierCard {
    /// "Small (10–49 employees)", or nothing for an unknown size.
    pub fn size_label(&self) -> &'static str {
        crate::domain::supplier::CompanySize::parse(&self.company_size)
            .map_or("", crate::domain::supplier::CompanySize::label)
    }
}

/// Approved suppliers of the buyer's expo (all, or one), with their fit for this buyer.
/// Four queries whatever the number of suppliers.
pub fn supplier_cards(
    conn: &mut DbConnection,
    buyer: &BuyerFacts,
    only: Option<SupplierId>,
) -> QueryResult<Vec<SupplierCard>> {
    let mut query = suppliers::table
        .filter(suppliers::expo_id.eq(buyer.expo.0))
        .filter(suppliers::status.eq(SupplierStatus::Approved))
        .select((
            suppliers::id,
            suppliers::company_name_ko,
            suppliers::company_name_en,
            suppliers::address,
            suppliers::website,
            suppliers::pitch,
            suppliers::languages,
            suppliers::catalogue_url,
            suppliers::company_size,
            suppliers::year_founded,
        ))
        .into_boxed();
    if let Some(id) = only {
        query = query.filter(suppliers::id.eq(id.0));
    }
    type CardRow = (
        i32,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        Option<i32>,
    );
    let rows: Vec<CardRow> = query.load(conn)?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let mut sector_map: HashMap<i32, Vec<(String, String)>> = HashMap::new();
    for (id, code, name) in supplier_sectors::table
        .inner_join(sectors::table)
        .filter(supplier_sectors::supplier_id.eq_any(&ids))
        .order(sectors::position)
        .select((
            supplier_sectors::supplier_id,
            sectors::code,
            sectors::name_en,
        ))
        .load::<(i32, String, String)>(conn)?
    {
        sector_map.entry(id).or_default().push((code, name));
    }
    let mut markets: HashMap<(i32, bool), Vec<String>> = HashMap::new();
    for (id, country, kind) in supplier_markets::table
        .filter(supplier_markets::supplier_id.eq_any(&ids))
        .order(supplier_markets::country)
        .select((
            supplier_markets::supplier_id,
            supplier_markets::country,
            supplier_markets::kind,
        ))
        .load::<(i32, String, String)>(conn)?
    {
        markets
            .entry((id, kind == "served"))
            .or_default()
            .push(country);
    }
    type ProductRow = (String, String, Option<String>, Option<String>);
    let mut product_map: HashMap<i32, Vec<ProductRow>> = HashMap::new();
    for (id, name, description, hs, image) in products::table
        .filter(products::supplier_id.eq_any(&ids))
        .order((products::supplier_id, products::position))
        .select((
            products::supplier_id,
            products::name,
            products::description,
            products::hs_code,
            products::image_url,
        ))
        .load::<(i32, String, String, Option<String>, Option<String>)>(conn)?
    {
        product_map
            .entry(id)
            .or_default()
            .push((name, description, hs, image));
    }
    let interests: Vec<&str> = buyer.interests.iter().map(String::as_str).collect();
    let languages: Vec<&str> = buyer.languages.iter().map(String::as_str).collect();
    let needs = BuyerNeeds {
        interests: &interests,
        country: &buyer.country,
        languages: &languages,
        needs_interpreter: buyer.needs_interpreter,
        looking_for: &buyer.looking_for,
    };
    let mut cards: Vec<SupplierCard> = rows
        .into_iter()
        .map(
            |(id, name_ko, name_en, city, website, pitch, langs, catalogue_url, size, founded)| {
                let sectors = sector_map.remove(&id).unwrap_or_default();
                let served = markets.remove(&(id, true)).unwrap_or_default();
                let target = markets.remove(&(id, false)).unwrap_or_default();
                let products = product_map.remove(&id).unwrap_or_default();
                let languages: Vec<String> = langs.split_whitespace().map(str::to_owned).collect();
                let fit = {
                    let s: Vec<(&str, &str)> = sectors
                        .iter()
                        .map(|(c, n)| (c.as_str(), n.as_str()))
                        .collect();
                    let sv: Vec<&str> = served.iter().map(String::as_str).collect();
                    let tg: Vec<&str> = target.iter().map(String::as_str).collect();
                    let lg: Vec<&str> = languages.iter().map(String::as_str).collect();
                    let pr: Vec<(&str, &str)> = products
                        .iter()
                        .map(|(n, d, _, _)| (n.as_str(), d.as_str()))
                        .collect();
                    matching::score(
                        &needs,
                        &SupplierOffer {
                            sectors: &s,
                            served_markets: &sv,
                            target_markets: &tg,
                            languages: &lg,
                            products: &pr,
                            pitch: &pitch,
                        },
                    )
                };
                SupplierCard {
                    id: SupplierId(id),
                    name_ko,
                    name_en,
                    city,
                    website,
                    pitch,
                    languages,
                    sectors,
                    served_markets: served,
                    target_markets: target,
                    products,
                    fit,
                    catalogue_url,
                    company_size: size,
                    year_founded: founded,
                }
            },
        )
        .collect();
    cards.sort_by(|a, b| {
        b.fit
            .score
            .cmp(&a.fit.score)
            .then_with(|| a.name_en.cmp(&b.name_en))
    });
    Ok(cards)
}

/// The free slots a buyer may book with a supplier, or why none can be booked.
#[derive(Clone, Debug, Default)]
pub struct Availability {
    pub slots: Vec<(SlotId, NaiveDateTime, NaiveDateTime)>,
    /// Set when booking is not possible at all (window closed, limit reached…).
    pub closed: Option<String>,
}

/// Computes where buyer and supplier are both free, not blocked, a table is free and
/// the slot lies ahead, subject to the expo's booking window, mode and limits.
/// `moving` leaves that meeting out (it is the one being moved).
pub fn availability(
    conn: &mut DbConnection,
    buyer: &BuyerFacts,
    supplier: SupplierId,
    moving: Option<MeetingId>,
    now: NaiveDateTime,
) -> QueryResult<Availability> {
    let closed = |why: String| {
        Ok(Availability {
            slots: Vec::new(),
            closed: Some(why),
        })
    };
    let max = match booking_rules(conn, buyer.expo, now)? {
        Ok(max) => max,
        Err(why) => return closed(why),
    };
    let live = || {
        meetings::table
            .filter(meetings::status.eq_any(MeetingStatus::LIVE))
            .filter(meetings::id.ne(moving.map_or(0, |m| m.0)))
            .into_boxed()
    };
    let buyer_slots: HashSet<i32> = live()
        .filter(meetings::buyer_id.eq(buyer.id.0))
        .select(meetings::slot_id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    let supplier_slots: HashSet<i32> = live()
        .filter(meetings::supplier_id.eq(supplier.0))
        .select(meetings::slot_id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    if moving.is_none() {
        let pair: i64 = live()
            .filter(meetings::buyer_id.eq(buyer.id.0))
            .filter(meetings::supplier_id.eq(supplier.0))
            .select(count_star())
            .first(conn)?;
        if let Some(why) = limit_reached(max, buyer_slots.len(), supplier_slots.len(), pair > 0) {
            return closed(why);
        }
    }
    let blocked: HashSet<i32> = blocked_slots::table
        .filter(
            blocked_slots::supplier_id
                .eq(supplier.0)
                .or(blocked_slots::buyer_id.eq(buyer.id.0)),
        )
        .select(blocked_slots::slot_id)
        .load::<i32>(conn)?
        .into_iter()
        .collect();
    let tables: i64 = consultation_tables::table
        .filter(consultation_tables::expo_id.eq(buyer.expo.0))
        .filter(consultation_tables::active.eq(true))
        .select(count_star())
        .first(conn)?;
    // Counted per slot in the database, on the partial index of live meetings
    // (migration 000009).
    let used: HashMap<i32, i64> = meetings::table
        .filter(crate::store::live_meetings())
        .filter(meetings::expo_id.eq(buyer.expo.0))
        .filter(meetings::id.ne(moving.map_or(0, |m| m.0)))
        .filter(
            meetings::table_id.eq_any(
                consultation_tables::table
                    .filter(consultation_tables::expo_id.eq(buyer.expo.0))
                    .filter(consultation_tables::active.eq(true))
                    .select(consultation_tables::id),
            ),
        )
        .group_by(meetings::slot_id)
        .select((meetings::slot_id, count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    let all: Vec<(i32, NaiveDateTime, NaiveDateTime)> = slots::table
        .filter(slots::expo_id.eq(buyer.expo.0))
        .filter(slots::starts_at.gt(now))
        .order(slots::starts_at)
        .select((slots::id, slots::starts_at, slots::ends_at))
        .load(conn)?;
    let slots = all
        .into_iter()
        .filter(|(id, _, _)| {
            !buyer_slots.contains(id)
                && !supplier_slots.contains(id)
                && !blocked.contains(id)
                && used.get(id).copied().unwrap_or(0) < tables
        })
        .map(|(id, s, e)| (SlotId(id), s, e))
        .collect();
    Ok(Availability {
        slots,
        closed: None,
    })
}

/// The expo's booking window, mode and status as they stand at `now`: `Ok(limit of
/// meetings per participant)` while buyers may book, or why they may not.
fn booking_rules(
    conn: &mut DbConnection,
    expo: ExpoId,
    now: NaiveDateTime,
) -> QueryResult<Result<Option<usize>, String>> {
    let (status, opens, closes, self_booking, max): (
        ExpoStatus,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        bool,
        Option<i32>,
    ) = expos::table
        .find(expo.0)
        .select((
            expos::status,
            expos::booking_opens_at,
            expos::booking_closes_at,
            expos::self_booking,
            expos::max_meetings_per_participant,
        ))
        .first(conn)?;
    let why = if status != ExpoStatus::Open {
        "Booking is not open for this expo."
    } else if opens.is_some_and(|t| now < t) {
        "Booking has not opened yet."
    } else if closes.is_some_and(|t| now >= t) {
        "Booking has closed. Please contact the organizer to change your meetings."
    } else if !self_booking {
        "At this expo the organizer schedules meetings from requests."
    } else {
        return Ok(Ok(max.and_then(|m| usize::try_from(m).ok())));
    };
    Ok(Err(why.to_owned()))
}

/// Why a new meeting is refused whatever the slot: a side at the expo's limit, or the
/// pair already meeting.
fn limit_reached(
    max: Option<usize>,
    buyer_meetings: usize,
    supplier_meetings: usize,
    pair_meets: bool,
) -> Option<String> {
    match max {
        Some(max) if buyer_meetings >= max => {
            Some(format!("You have reached the limit of {max} meetings."))
        }
        Some(max) if supplier_meetings >= max => Some("This supplier's agenda is full.".into()),
        _ if pair_meets => Some(
            "You already have a meeting with this supplier. You can move it from your agenda."
                .into(),
        ),
        _ => None,
    }
}

/// When `slot` starts, if the buyer may book it with the supplier now: the rules of
/// [`availability`] but for one slot, by a few indexed lookups instead of counting
/// every slot of the expo (the cost of a booking grew with the expo's meetings).
/// Tables are left to [`insert_with_table`]. `None`: not open, and [`availability`]
/// tells why.
fn slot_open(
    conn: &mut DbConnection,
    facts: &BuyerFacts,
    supplier: SupplierId,
    slot: SlotId,
    moving: Option<MeetingId>,
    now: NaiveDateTime,
) -> QueryResult<Option<NaiveDateTime>> {
    let Ok(max) = booking_rules(conn, facts.expo, now)? else {
        return Ok(None);
    };
    let starts: Option<NaiveDateTime> = slots::table
        .filter(slots::id.eq(slot.0))
        .filter(slots::expo_id.eq(facts.expo.0))
        .filter(slots::starts_at.gt(now))
        .select(slots::starts_at)
        .first(conn)
        .optional()?;
    let Some(starts) = starts else {
        return Ok(None);
    };
    let other = moving.map_or(0, |m| m.0);
    let buyer_has: Vec<(i32, i32)> = meetings::table
        .filter(crate::store::live_meetings())
        .filter(meetings::buyer_id.eq(facts.id.0))
        .filter(meetings::id.ne(other))
        .select((meetings::slot_id, meetings::supplier_id))
        .load(conn)?;
    let supplier_has: Vec<i32> = meetings::table
        .filter(crate::store::live_meetings())
        .filter(meetings::supplier_id.eq(supplier.0))
        .filter(meetings::id.ne(other))
        .select(meetings::slot_id)
        .load(conn)?;
    if moving.is_none() {
        let pair = buyer_has.iter().any(|&(_, s)| s == supplier.0);
        if limit_reached(max, buyer_has.len(), supplier_has.len(), pair).is_some() {
            return Ok(None);
        }
    }
    if buyer_has.iter().any(|&(s, _)| s == slot.0) || supplier_has.contains(&slot.0) {
        return Ok(None);
    }
    if crate::store::meetings::either_blocked(conn, slot, facts.id, supplier)? {
        return Ok(None);
    }
    Ok(Some(starts))
}

#[derive(Debug, thiserror::Error)]
pub enum BookError {
    /// Someone took it a moment ago; here are the nearest free ones.
    #[error("this slot was just taken")]
    Taken {
        alternatives: Vec<(SlotId, NaiveDateTime, NaiveDateTime)>,
    },
    /// The slot was never on offer to this buyer (or booking is closed): says why.
    #[error("{0}")]
    NotOffered(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] crate::mail::QueueError),
}

impl From<diesel::result::Error> for BookError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Store(e.into())
    }
}

fn nearest(
    slots: &[(SlotId, NaiveDateTime, NaiveDateTime)],
    around: NaiveDateTime,
) -> Vec<(SlotId, NaiveDateTime, NaiveDateTime)> {
    let mut v = slots.to_vec();
    v.sort_by_key(|(_, s, _)| (*s - around).num_seconds().abs());
    v.truncate(3);
    v.sort_by_key(|(_, s, _)| *s);
    v
}

/// Books `slot` for the buyer with the supplier at a free table and queues both
/// confirmations, all in one transaction. Errors: `NotOffered` (with the reason),
/// `Taken` (with the nearest free alternatives) when another booking won the slot.
pub fn book(
    conn: &mut DbConnection,
    buyer: BuyerId,
    supplier: SupplierId,
    slot: SlotId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<MeetingId, BookError> {
    conn.write_tx(|conn| {
        // Buyer first, then supplier: every writer takes them in this order.
        crate::store::lock_buyer(conn, buyer)?;
        crate::store::lock_supplier(conn, supplier)?;
        let facts = buyer_facts(conn, buyer)?.ok_or(StoreError::NotFound)?;
        if !facts.profile_complete {
            return Err(BookError::NotOffered(
                "Please complete your profile first: suppliers see it before they meet you.".into(),
            ));
        }
        let approved: i64 = suppliers::table
            .filter(suppliers::id.eq(supplier.0))
            .filter(suppliers::expo_id.eq(facts.expo.0))
            .filter(suppliers::status.eq(SupplierStatus::Approved))
            .select(count_star())
            .first(conn)?;
        if approved == 0 {
            return Err(StoreError::NotFound.into());
        }
        if slot_open(conn, &facts, supplier, slot, None, now)?.is_none() {
            return Err(refusal(conn, &facts, supplier, slot, None, now)?);
        }
        let Some(id) = insert_with_table(conn, &facts, supplier, slot, None, now)? else {
            return Err(refusal(conn, &facts, supplier, slot, None, now)?);
        };
        queue_meeting_change(conn, id, MeetingChange::Booked, ctx, now)?;
        Ok(id)
    })
}

/// Why `slot` cannot be booked (or moved to): booking closed or a limit reached, the
/// slot never on offer, or taken a moment ago, with the nearest free alternatives.
fn refusal(
    conn: &mut DbConnection,
    facts: &BuyerFacts,
    supplier: SupplierId,
    slot: SlotId,
    moving: Option<MeetingId>,
    now: NaiveDateTime,
) -> Result<BookError, BookError> {
    let offer = availability(conn, facts, supplier, moving, now)?;
    if let Some(why) = offer.closed {
        return Ok(BookError::NotOffered(why));
    }
    let Some(&(_, starts, _)) = offer.slots.iter().find(|(s, _, _)| *s == slot) else {
        return slot_problem(conn, facts, supplier, slot, &offer, now);
    };
    // Offered, but its last table went while this request waited for the lock.
    let others: Vec<_> = offer
        .slots
        .iter()
        .filter(|(s, _, _)| *s != slot)
        .copied()
        .collect();
    Ok(BookError::Taken {
        alternatives: nearest(&others, starts),
    })
}

/// Why a slot that is not in `offer` cannot be booked, judged at `now`.
fn slot_problem(
    conn: &mut DbConnection,
    facts: &BuyerFacts,
    supplier: SupplierId,
    slot: SlotId,
    offer: &Availability,
    now: NaiveDateTime,
) -> Result<BookError, BookError> {
    let starts: Option<NaiveDateTime> = slots::table
        .filter(slots::id.eq(slot.0))
        .filter(slots::expo_id.eq(facts.expo.0))
        .select(slots::starts_at)
        .first(conn)
        .optional()?;
    let Some(starts) = starts else {
        return Ok(BookError::NotOffered(
            "That time is not one of this expo's slots.".to_owned(),
        ));
    };
    if starts <= now {
        return Ok(BookError::NotOffered("That time has passed.".to_owned()));
    }
    let own_busy: i64 = meetings::table
        .filter(meetings::slot_id.eq(slot.0))
        .filter(meetings::buyer_id.eq(facts.id.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .select(count_star())
        .first(conn)?;
    if own_busy > 0 {
        return Ok(BookError::NotOffered(
            "You already have a meeting at that time.".to_owned(),
        ));
    }
    if crate::store::meetings::either_blocked(conn, slot, facts.id, supplier)? {
        return Ok(BookError::NotOffered(
            "The supplier is not available at that time.".to_owned(),
        ));
    }
    Ok(BookError::Taken {
        alternatives: nearest(&offer.slots, starts),
    })
}

/// Inserts the meeting at the first free table, trying the next table when a
/// concurrent booking took that one. `None`: no table is free, or a clash on the buyer
/// or the supplier means the slot is gone.
fn insert_with_table(
    conn: &mut DbConnection,
    facts: &BuyerFacts,
    supplier: SupplierId,
    slot: SlotId,
    moving: Option<MeetingId>,
    now: NaiveDateTime,
) -> Result<Option<MeetingId>, BookError> {
    let mut tried = Vec::new();
    let home = crate::store::layout::home_table(conn, facts.expo, facts.id, supplier)?;
    loop {
        let Some(table) = crate::store::layout::free_table(conn, facts.expo, slot, home, &tried)?
        else {
            return Ok(None);
        };
        let result = match moving {
            None => m::book(
                conn,
                &m::NewMeeting {
                    expo: facts.expo,
                    slot,
                    table,
                    buyer: facts.id,
                    supplier,
                    source: "buyer",
                },
                now,
            ),
            Some(meeting) => conn.write_tx(|c| {
                crate::store::interpreters::release_if_busy(c, meeting, slot.0)?;
                diesel::update(
                    meetings::table
                        .find(meeting.0)
                        .filter(meetings::buyer_id.eq(facts.id.0))
                        .filter(meetings::status.eq(MeetingStatus::Booked)),
                )
                .set((
                    meetings::slot_id.eq(slot.0),
                    meetings::table_id.eq(table.0),
                    meetings::updated_at.eq(now),
                ))
                .execute(c)
                .map_err(|e| StoreError::from_unique(e, "this slot was just taken"))
                .and_then(|n| {
                    if n == 1 {
                        Ok(meeting)
                    } else {
                        Err(StoreError::NotFound)
                    }
                })
            }),
        };
        match result {
            Ok(id) => return Ok(Some(id)),
            Err(StoreError::Conflict(_)) => {
                let clash: i64 = meetings::table
                    .filter(meetings::slot_id.eq(slot.0))
                    .filter(meetings::status.eq_any(MeetingStatus::LIVE))
                    .filter(
                        meetings::buyer_id
                            .eq(facts.id.0)
                            .or(meetings::supplier_id.eq(supplier.0)),
                    )
                    .filter(meetings::id.ne(moving.map_or(0, |m| m.0)))
                    .select(count_star())
                    .first(conn)?;
                if clash > 0 {
                    return Ok(None);
                }
                tried.push(table.0);
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// One of the buyer's own live meetings, or `NotFound` (also for someone else's).
fn own_meeting(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
) -> Result<(SupplierId, SlotId), StoreError> {
    meetings::table
        .filter(meetings::id.eq(meeting.0))
        .filter(meetings::buyer_id.eq(buyer.0))
        .filter(meetings::status.eq(MeetingStatus::Booked))
        .select((meetings::supplier_id, meetings::slot_id))
        .first::<(i32, i32)>(conn)
        .optional()?
        .map(|(s, slot)| (SupplierId(s), SlotId(slot)))
        .ok_or(StoreError::NotFound)
}

/// Moves one of the buyer's meetings to another free slot with the same supplier and
/// notifies both sides (calendar SEQUENCE raised). Errors as [`book`]; `NotFound` for
/// a meeting that is not the buyer's.
pub fn move_meeting(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
    slot: SlotId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), BookError> {
    conn.write_tx(|conn| {
        crate::store::lock_buyer(conn, buyer)?;
        let (supplier, _) = own_meeting(conn, buyer, meeting)?;
        crate::store::lock_supplier(conn, supplier)?;
        let facts = buyer_facts(conn, buyer)?.ok_or(StoreError::NotFound)?;
        let moving = Some(meeting);
        if slot_open(conn, &facts, supplier, slot, moving, now)?.is_none()
            || insert_with_table(conn, &facts, supplier, slot, moving, now)?.is_none()
        {
            return Err(refusal(conn, &facts, supplier, slot, moving, now)?);
        }
        queue_meeting_change(conn, meeting, MeetingChange::Moved, ctx, now)?;
        Ok(())
    })
}

/// Cancels one of the buyer's meetings with a reason and notifies both sides.
/// Errors: `NotFound` for a meeting that is not the buyer's or not live.
pub fn cancel_meeting(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
    reason: &str,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), BookError> {
    conn.write_tx(|conn| {
        crate::store::lock_buyer(conn, buyer)?;
        let (_, slot) = own_meeting(conn, buyer, meeting)?;
        let starts: NaiveDateTime = slots::table
            .find(slot.0)
            .select(slots::starts_at)
            .first(conn)?;
        if starts <= now {
            return Err(BookError::NotOffered(
                "This meeting has already started; please tell the organizer at the venue.".into(),
            ));
        }
        let changed = diesel::update(
            meetings::table
                .find(meeting.0)
                .filter(meetings::status.eq(MeetingStatus::Booked)),
        )
        .set((
            meetings::status.eq(MeetingStatus::Cancelled),
            meetings::cancel_reason.eq(reason),
            meetings::cancelled_at.eq(Some(now)),
            meetings::updated_at.eq(now),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(StoreError::NotFound.into());
        }
        crate::store::audit::record(
            conn,
            &crate::store::audit::Entry {
                actor_role: "buyer",
                actor_id: Some(buyer.0),
                action: "meeting.cancelled",
                subject_type: "meeting",
                subject_id: Some(meeting.0),
                detail: reason,
            },
            now,
        )?;
        queue_meeting_change(conn, meeting, MeetingChange::Cancelled { reason }, ctx, now)?;
        Ok(())
    })
}

/// The buyer's live meeting with its supplier and slot, for the agenda actions.
pub fn own_meeting_supplier(
    conn: &mut DbConnection,
    buyer: BuyerId,
    meeting: MeetingId,
) -> Result<SupplierId, StoreError> {
    own_meeting(conn, buyer, meeting).map(|(s, _)| s)
}
