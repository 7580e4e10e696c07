//! The foreign buyer's pages: onboarding, the supplier directory with match reasons,
//! a supplier's page with the slots it can book, and the agenda with move, cancel and
//! calendar files. Times in the buyer's own zone with the venue's beside.

use std::collections::BTreeSet;

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{NaiveDateTime, TimeZone as _};
use chrono_tz::Tz;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::format::{TimePair, time_pair};
use super::page::{Chrome, render, render_with_status};
use super::page_cache::{PageKey, cached};
use super::public::see_other;
use super::session::{self, SignedInBuyer};
use crate::domain::profile::BuyerProfileForm;
use crate::domain::status::RequestStatus;
use crate::domain::{BuyerId, FieldError, MeetingId, SlotId, SupplierId, reference};
use crate::flows::booking::{self, Availability, BookError, SupplierCard};
use crate::flows::requests::{self, Priority, RequestError};
use crate::mail::calendar::Method;
use crate::store::{self, buyers, meetings, participants};

fn tz(name: &str) -> Result<Tz, AppError> {
    Ok(crate::domain::TimeZone::stored(name)?.tz())
}

/// Form fields as urlencoded pairs, so repeated keys (checkbox groups) are kept.
fn pairs(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body).into_owned().collect()
}

// ------------------------------------------------------------------ home / agenda

#[derive(Template)]
#[template(path = "buyer/home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub buyer: participants::BuyerSummary,
    pub agenda: Vec<(meetings::AgendaItem, TimePair)>,
    /// When the buyer's calendar address was made, if it has one (the address itself
    /// is shown only once, when it is made).
    pub feed_made: Option<String>,
    pub products: std::collections::HashMap<i32, Vec<String>>,
    /// The buyer's ratings, by meeting.
    pub ratings: std::collections::HashMap<i32, i32>,
    pub now: chrono::NaiveDateTime,
}

impl HomePage {
    /// Meetings grouped by the buyer's local day.
    pub fn days(&self) -> Vec<(String, Vec<&(meetings::AgendaItem, TimePair)>)> {
        let mut out: Vec<(String, Vec<&(meetings::AgendaItem, TimePair)>)> = Vec::new();
        for row in &self.agenda {
            let day = row.1.local.split(" · ").next().unwrap_or("").to_owned();
            match out.last_mut() {
                Some((d, rows)) if *d == day => rows.push(row),
                _ => out.push((day, vec![row])),
            }
        }
        out
    }

    /// Started meetings can be rated, no longer moved or cancelled.
    pub fn started(&self, m: &meetings::AgendaItem) -> bool {
        m.starts_at <= self.now
    }

    pub fn rating_of(&self, m: &meetings::AgendaItem) -> Option<i32> {
        self.ratings.get(&m.meeting.0).copied()
    }

    pub fn products_of(&self, supplier: &SupplierId) -> String {
        self.products
            .get(&supplier.0)
            .map(|p| p.iter().take(3).cloned().collect::<Vec<_>>().join(", "))
            .unwrap_or_default()
    }

    pub fn country_name(&self) -> &'static str {
        reference::country_name(&self.buyer.country).unwrap_or("")
    }
}

pub async fn home(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, agenda_page(state, me, chrome)).await
}

async fn agenda_page(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (buyer, agenda, products, ratings, feed_made) = state
        .db(move |c| {
            let buyer = participants::buyer_summary(c, me.id)?.ok_or(AppError::NotFound)?;
            let feed_made = crate::store::feeds::made_at(c, crate::domain::Role::Buyer, me.id.0)?;
            let agenda = meetings::for_buyer(c, me.id)?;
            let ids: Vec<i32> = agenda.iter().map(|m| m.supplier.0).collect();
            let products = meetings::product_names(c, &ids)?;
            let ids: Vec<i32> = agenda.iter().map(|m| m.meeting.0).collect();
            let ratings = crate::store::outcomes::ratings_of(c, &ids)?;
            Ok((buyer, agenda, products, ratings, feed_made))
        })
        .await?;
    if !buyer.profile_complete {
        return Ok(see_other("/buyer/profile"));
    }
    let (own, venue) = (tz(&buyer.timezone)?, tz(&buyer.venue_timezone)?);
    let agenda = agenda
        .into_iter()
        .map(|m| {
            let t = time_pair(m.starts_at, m.ends_at, own, venue);
            (m, t)
        })
        .collect();
    let feed_made = feed_made.map(|t| t.format("%-d %B %Y").to_string());

    render(&HomePage {
        chrome,
        buyer,
        agenda,
        feed_made,
        products,
        ratings,
        now: crate::store::now(),
    })
}

/// The buyer's check-in QR code, an SVG the organizer's phone scans. Its own URL, so
/// the browser keeps it (about 300 µs and 10 kB saved on every agenda view).
pub async fn checkin_qr(
    state: web::Data<AppState>,
    me: SignedInBuyer,
) -> Result<HttpResponse, AppError> {
    let buyer = state
        .db(move |c| participants::buyer_summary(c, me.id)?.ok_or(AppError::NotFound))
        .await?;
    let svg = super::checkin::qr_svg(&format!(
        "{}{}",
        state.base_url,
        super::checkin::checkin_path(buyer.expo_id, "buyer", me.id.0)
    ));
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml")
        .insert_header(("Cache-Control", "private, max-age=86400"))
        .body(svg))
}

// ------------------------------------------------------------------ profile

#[derive(Template)]
#[template(path = "buyer/profile.html")]
pub struct ProfilePage {
    pub chrome: Chrome,
    pub form: BuyerProfileForm,
    pub errors: Vec<FieldError>,
    pub first_time: bool,
    pub sectors: Vec<(String, String, String)>,
    /// Asked at the first completion only; later notices are consented to on the
    /// consent page.
    pub consent: Option<super::privacy::ConsentBlock>,
}

impl ProfilePage {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn countries(&self) -> &'static [(&'static str, &'static str, &'static str)] {
        reference::COUNTRIES
    }

    pub fn languages(&self) -> &'static [(&'static str, &'static str)] {
        reference::LANGUAGES
    }

    pub fn zones(&self) -> Vec<&'static str> {
        chrono_tz::TZ_VARIANTS
            .iter()
            .map(|z| z.name())
            .filter(|n| n.contains('/') && !n.starts_with("Etc/"))
            .collect()
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.form.languages.iter().any(|l| l == code)
    }

    pub fn has_interest(&self, code: &str) -> bool {
        self.form.interests.iter().any(|l| l == code)
    }
}

pub async fn profile_form(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (form, done, sectors, notice) = state
        .db(move |c| {
            let (form, done) = buyers::profile_form(c, me.id)?.ok_or(AppError::NotFound)?;
            Ok((
                form,
                done,
                buyers::sectors(c)?,
                store::privacy::current_notice(c)?,
            ))
        })
        .await?;
    render(&ProfilePage {
        chrome,
        form,
        errors: Vec::new(),
        first_time: !done,
        sectors,
        consent: (!done).then(|| super::privacy::ConsentBlock::fresh(notice)),
    })
}

/// Saves the profile; every bad field is shown next to itself and nothing is stored.
pub async fn save_profile(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    session: Session,
    req: HttpRequest,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let fields = pairs(&body);
    let form = BuyerProfileForm::from_pairs(&fields);
    let parsed = form.parse();
    let to_save = parsed.clone();
    let notice = super::privacy::current_notice(&state).await?;
    let version = notice.version;
    let (block, kinds) = super::privacy::ConsentBlock::parse(notice, &fields);
    let consent_errors = block.errors.clone();
    let ip = super::privacy::client_ip(&req, &state);
    let (saved, first_time, sectors) = state
        .db(move |c| {
            let first_time = !buyers::profile_form(c, me.id)?.ok_or(AppError::NotFound)?.1;
            let saved = match (to_save, first_time, kinds) {
                (Err(mut errors), true, _) => {
                    errors.extend(consent_errors);
                    Err(errors)
                }
                (Ok(_), true, Err(())) => Err(consent_errors),
                (Ok(profile), first_time, kinds) => {
                    let now = store::now();
                    let saved = c.write_tx(|c| {
                        buyers::save_profile(c, me.id, &profile, now)?;
                        if let (true, Ok(kinds)) = (first_time, kinds) {
                            store::privacy::record_consents(
                                c,
                                crate::domain::Role::Buyer,
                                me.id.0,
                                &kinds,
                                version,
                                &ip,
                                now,
                            )?;
                        }
                        Ok::<_, store::StoreError>(())
                    });
                    match saved {
                        Ok(()) => Ok(profile.name),
                        Err(store::StoreError::NotFound) => Err(vec![FieldError::new(
                            "interests",
                            "Choose sectors from the list.",
                        )]),
                        Err(e) => return Err(e.into()),
                    }
                }
                (Err(errors), false, _) => Err(errors),
            };
            Ok((saved, first_time, buyers::sectors(c)?))
        })
        .await?;
    match saved {
        Ok(name) => {
            // The name in the header follows the profile.
            session::rename(&session, name);
            session::flash(
                &session,
                "success",
                if first_time {
                    "Welcome! Your profile is complete: find suppliers below."
                } else {
                    "Your profile is saved."
                },
            );
            Ok(see_other(if first_time {
                "/buyer/suppliers"
            } else {
                "/buyer/profile"
            }))
        }
        Err(errors) => render_with_status(
            &ProfilePage {
                chrome,
                form,
                errors,
                first_time,
                sectors,
                consent: first_time.then_some(block),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

// ------------------------------------------------------------------ directory

#[derive(Deserialize, Default, Clone)]
pub struct DirectoryQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub experience: String,
    /// From 1; a page past the last shows the last.
    #[serde(default)]
    pub page: String,
}

/// Suppliers per directory page: a phone scrolls through this many comfortably.
pub const DIRECTORY_PAGE: usize = 20;

#[derive(Template)]
#[template(path = "buyer/directory.html")]
pub struct DirectoryPage {
    pub chrome: Chrome,
    pub query: DirectoryQuery,
    /// This page's suppliers.
    pub cards: Vec<SupplierCard>,
    /// Suppliers that match the filters, on all pages.
    pub matching: usize,
    /// Approved suppliers at the expo.
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub sectors: Vec<(String, String, String)>,
    /// (code, name) of the markets and languages the expo's suppliers have, by name.
    pub markets: Choices,
    pub languages: Choices,
}

/// (code, name) choices of a filter.
type Choices = Vec<(&'static str, &'static str)>;

/// The choices of the directory's market and language filters: those some supplier
/// has (any other would only ever show an empty list), plus the one asked for, sorted
/// by name.
fn filter_choices(cards: &[SupplierCard], query: &DirectoryQuery) -> (Choices, Choices) {
    fn named(
        codes: BTreeSet<&str>,
        find: fn(&str) -> Option<(&'static str, &'static str)>,
    ) -> Choices {
        let mut named: Vec<_> = codes.into_iter().filter_map(find).collect();
        named.sort_by_key(|&(_, name)| name);
        named
    }
    let markets = cards
        .iter()
        .flat_map(|c| c.served_markets.iter().chain(&c.target_markets))
        .map(String::as_str)
        .chain([query.country.as_str()])
        .collect();
    let languages = cards
        .iter()
        .flat_map(|c| &c.languages)
        .map(String::as_str)
        .chain([query.language.as_str()])
        .collect();
    (
        named(markets, |code| {
            reference::COUNTRIES
                .iter()
                .find(|(c, _, _)| *c == code)
                .map(|&(c, name, _)| (c, name))
        }),
        named(languages, |code| {
            reference::LANGUAGES
                .iter()
                .find(|(c, _)| *c == code)
                .copied()
        }),
    )
}

impl DirectoryPage {
    pub fn language_name(&self, code: &str) -> &'static str {
        reference::language_name(code).unwrap_or("")
    }

    /// The position of this page's first supplier among the matching ones, from 1.
    pub fn first_shown(&self) -> usize {
        (self.page - 1) * DIRECTORY_PAGE + 1
    }

    pub fn last_shown(&self) -> usize {
        self.first_shown() + self.cards.len() - 1
    }

    /// The link to page `n` with the same filters.
    pub fn page_link(&self, n: usize) -> String {
        let q = &self.query;
        let mut link = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("q", q.q.as_str()),
            ("sector", q.sector.as_str()),
            ("country", q.country.as_str()),
            ("language", q.language.as_str()),
            ("experience", q.experience.as_str()),
        ] {
            if !value.is_empty() {
                link.append_pair(name, value);
            }
        }
        link.append_pair("page", &n.to_string());
        format!("/buyer/suppliers?{}", link.finish())
    }

    pub fn filtered(&self) -> bool {
        !(self.query.q.is_empty()
            && self.query.sector.is_empty()
            && self.query.country.is_empty()
            && self.query.language.is_empty()
            && self.query.experience.is_empty())
    }
}

fn matches(card: &SupplierCard, q: &DirectoryQuery) -> bool {
    let text = q.q.trim().to_lowercase();
    let text_ok = text.is_empty() || {
        let hay = format!(
            "{} {} {} {}",
            card.name_en,
            card.name_ko,
            card.pitch,
            card.products
                .iter()
                .map(|(n, d, _, _)| format!("{n} {d}"))
                .collect::<Vec<_>>()
                .join(" ")
        )
        .to_lowercase();
        text.split_whitespace().all(|w| hay.contains(w))
    };
    text_ok
        && (q.sector.is_empty() || card.sectors.iter().any(|(c, _)| *c == q.sector))
        && (q.country.is_empty()
            || card.served_markets.contains(&q.country)
            || card.target_markets.contains(&q.country))
        && (q.language.is_empty() || card.languages.contains(&q.language))
        && match q.experience.as_str() {
            "exporting" => !card.served_markets.is_empty(),
            "new" => card.served_markets.is_empty(),
            _ => true,
        }
}

/// Approved suppliers, best match first, filtered by text, sector, market, language
/// and export experience. Unknown filter values are a clear 400, not an empty list.
pub async fn directory(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    query: web::Query<DirectoryQuery>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, directory_page(state, me, chrome, query)).await
}

async fn directory_page(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    query: web::Query<DirectoryQuery>,
) -> Result<HttpResponse, AppError> {
    let mut query = query.into_inner();
    query.country = query.country.trim().to_ascii_uppercase();
    if !query.country.is_empty() && reference::country_name(&query.country).is_none() {
        return Err(AppError::BadRequest(format!(
            "there is no country {:?}",
            query.country
        )));
    }
    if !query.language.is_empty() && reference::language_name(&query.language).is_none() {
        return Err(AppError::BadRequest(format!(
            "there is no language {:?}",
            query.language
        )));
    }
    if !["", "exporting", "new"].contains(&query.experience.as_str()) {
        return Err(AppError::BadRequest(format!(
            "there is no export experience {:?}",
            query.experience
        )));
    }
    if query.q.chars().count() > 200 {
        return Err(AppError::BadRequest(
            "the search text is longer than 200 characters".into(),
        ));
    }
    let page = match query.page.trim() {
        "" => 1,
        raw => raw
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                AppError::BadRequest(format!("there is no page {raw:?}: pages count from 1"))
            })?,
    };
    let (cards, sectors) = state
        .db(move |c| {
            let facts = booking::buyer_facts(c, me.id)?.ok_or(AppError::NotFound)?;
            Ok((
                booking::supplier_cards(c, &facts, None)?,
                buyers::sectors(c)?,
            ))
        })
        .await?;
    if !query.sector.is_empty() && !sectors.iter().any(|(code, _, _)| *code == query.sector) {
        return Err(AppError::BadRequest(format!(
            "there is no sector {:?}",
            query.sector
        )));
    }
    let total = cards.len();
    let (markets, languages) = filter_choices(&cards, &query);
    let mut cards: Vec<SupplierCard> = cards.into_iter().filter(|c| matches(c, &query)).collect();
    let matching = cards.len();
    let pages = matching.div_ceil(DIRECTORY_PAGE).max(1);
    let page = page.min(pages);
    cards.truncate(page * DIRECTORY_PAGE);
    let cards = cards.split_off((page - 1) * DIRECTORY_PAGE);
    render(&DirectoryPage {
        chrome,
        query,
        cards,
        matching,
        total,
        page,
        pages,
        sectors,
        markets,
        languages,
    })
}

// ------------------------------------------------------------------ supplier page + booking

/// A bookable slot as the buyer reads it.
pub struct SlotChoice {
    pub id: SlotId,
    pub time: TimePair,
    pub day: String,
}

#[derive(Template)]
#[template(path = "buyer/supplier.html")]
pub struct SupplierPage {
    pub chrome: Chrome,
    pub card: SupplierCard,
    pub choices: Vec<SlotChoice>,
    pub closed: Option<String>,
    pub problem: Option<String>,
    pub alternatives: Vec<SlotChoice>,
    pub action: String,
    pub heading: String,
    /// The expo takes requests (and this is not the move page).
    pub requests: bool,
}

impl SupplierPage {
    pub fn country_name(&self, code: &str) -> &'static str {
        reference::country_name(code).unwrap_or("")
    }

    pub fn language_name(&self, code: &str) -> &'static str {
        reference::language_name(code).unwrap_or("")
    }

    /// The slots grouped by the buyer's local day, for a readable list.
    pub fn days(&self) -> Vec<(String, Vec<&SlotChoice>)> {
        let mut out: Vec<(String, Vec<&SlotChoice>)> = Vec::new();
        for c in &self.choices {
            match out.last_mut() {
                Some((day, list)) if *day == c.day => list.push(c),
                _ => out.push((c.day.clone(), vec![c])),
            }
        }
        out
    }
}

fn choices(
    slots: &[(SlotId, NaiveDateTime, NaiveDateTime)],
    own: Tz,
    venue: Tz,
) -> Vec<SlotChoice> {
    slots
        .iter()
        .map(|(id, s, e)| SlotChoice {
            id: *id,
            time: time_pair(*s, *e, own, venue),
            day: own.from_utc_datetime(s).format("%A %-d %B").to_string(),
        })
        .collect()
}

struct SupplierView {
    card: SupplierCard,
    availability: Availability,
    own: Tz,
    venue: Tz,
    requests: bool,
}

async fn supplier_view(
    state: &AppState,
    me: &SignedInBuyer,
    supplier: SupplierId,
    moving: Option<MeetingId>,
) -> Result<SupplierView, AppError> {
    let buyer = me.id;
    state
        .db(move |c| {
            let facts = booking::buyer_facts(c, buyer)?.ok_or(AppError::NotFound)?;
            let summary = participants::buyer_summary(c, buyer)?.ok_or(AppError::NotFound)?;
            let card = booking::supplier_cards(c, &facts, Some(supplier))?
                .pop()
                .ok_or(AppError::NotFound)?;
            let availability = booking::availability(c, &facts, supplier, moving, store::now())?;
            let requests = moving.is_none() && requests::enabled(c, buyer)?;
            Ok(SupplierView {
                card,
                availability,
                own: tz(&summary.timezone)?,
                venue: tz(&summary.venue_timezone)?,
                requests,
            })
        })
        .await
}

pub async fn supplier(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    id: web::Path<i32>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, supplier_page(state, me, chrome, id)).await
}

async fn supplier_page(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let supplier = SupplierId(id.into_inner());
    let v = supplier_view(&state, &me, supplier, None).await?;
    render(&SupplierPage {
        chrome,
        heading: "Book a meeting".to_owned(),
        action: format!("/buyer/suppliers/{}/book", supplier.0),
        choices: choices(&v.availability.slots, v.own, v.venue),
        closed: v.availability.closed,
        requests: v.requests,
        card: v.card,
        problem: None,
        alternatives: Vec::new(),
    })
}

#[derive(Deserialize)]
pub struct SlotForm {
    #[serde(default)]
    slot: String,
    #[serde(default)]
    reason: String,
}

fn parse_slot(raw: &str) -> Result<SlotId, AppError> {
    raw.trim()
        .parse::<i32>()
        .map(SlotId)
        .map_err(|_| AppError::BadRequest("choose one of the offered times".into()))
}

/// Books the chosen slot. A slot someone took a moment ago answers 409 with the
/// nearest free alternatives; a slot that was never offered answers 422 with why.
pub async fn book(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<SlotForm>,
) -> Result<HttpResponse, AppError> {
    let supplier = SupplierId(id.into_inner());
    let slot = parse_slot(&form.slot)?;
    let ctx = state.mail();
    let buyer = me.id;
    let outcome = state
        .db(
            move |c| match booking::book(c, buyer, supplier, slot, &ctx, store::now()) {
                Ok(id) => Ok(Ok(id)),
                Err(BookError::Store(store::StoreError::NotFound)) => Err(AppError::NotFound),
                Err(e @ (BookError::Taken { .. } | BookError::NotOffered(_))) => Ok(Err(e)),
                Err(BookError::Store(e)) => Err(e.into()),
                Err(BookError::Mail(e)) => Err(AppError::internal(e)),
            },
        )
        .await?;
    match outcome {
        Ok(_) => {
            session::flash(
                &session,
                "success",
                "Your meeting is booked. A confirmation with a calendar invitation is on its way.",
            );
            Ok(see_other("/buyer"))
        }
        Err(problem) => booking_problem(&state, &me, chrome, supplier, None, problem).await,
    }
}

async fn booking_problem(
    state: &AppState,
    me: &SignedInBuyer,
    chrome: Chrome,
    supplier: SupplierId,
    moving: Option<MeetingId>,
    problem: BookError,
) -> Result<HttpResponse, AppError> {
    let v = supplier_view(state, me, supplier, moving).await?;
    let (status, message, alternatives) = match problem {
        BookError::Taken { alternatives } => (
            StatusCode::CONFLICT,
            "This slot was just taken by someone else. Here are the nearest free times:".to_owned(),
            choices(&alternatives, v.own, v.venue),
        ),
        BookError::NotOffered(why) => (StatusCode::UNPROCESSABLE_ENTITY, why, Vec::new()),
        other => return Err(AppError::internal(other)),
    };
    let (heading, action) = match moving {
        Some(m) => (
            "Move your meeting".to_owned(),
            format!("/buyer/meetings/{}/move", m.0),
        ),
        None => (
            "Book a meeting".to_owned(),
            format!("/buyer/suppliers/{}/book", supplier.0),
        ),
    };
    render_with_status(
        &SupplierPage {
            chrome,
            heading,
            action,
            choices: choices(&v.availability.slots, v.own, v.venue),
            closed: v.availability.closed,
            requests: v.requests,
            card: v.card,
            problem: Some(message),
            alternatives,
        },
        status,
    )
}

// ------------------------------------------------------------------ move / cancel

pub async fn move_form(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let buyer = me.id;
    let supplier = state
        .db(move |c| Ok(booking::own_meeting_supplier(c, buyer, meeting)?))
        .await?;
    let v = supplier_view(&state, &me, supplier, Some(meeting)).await?;
    render(&SupplierPage {
        chrome,
        heading: "Move your meeting".to_owned(),
        action: format!("/buyer/meetings/{}/move", meeting.0),
        choices: choices(&v.availability.slots, v.own, v.venue),
        closed: v.availability.closed,
        requests: v.requests,
        card: v.card,
        problem: None,
        alternatives: Vec::new(),
    })
}

pub async fn move_meeting(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<SlotForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let slot = parse_slot(&form.slot)?;
    let ctx = state.mail();
    let buyer = me.id;
    let outcome = state
        .db(move |c| {
            let supplier = booking::own_meeting_supplier(c, buyer, meeting)?;
            match booking::move_meeting(c, buyer, meeting, slot, &ctx, store::now()) {
                Ok(()) => Ok((supplier, Ok(()))),
                Err(BookError::Store(store::StoreError::NotFound)) => Err(AppError::NotFound),
                Err(e @ (BookError::Taken { .. } | BookError::NotOffered(_))) => {
                    Ok((supplier, Err(e)))
                }
                Err(BookError::Store(e)) => Err(e.into()),
                Err(BookError::Mail(e)) => Err(AppError::internal(e)),
            }
        })
        .await?;
    match outcome {
        (_, Ok(())) => {
            session::flash(
                &session,
                "success",
                "Your meeting has moved. Both of you get an updated calendar invitation.",
            );
            Ok(see_other("/buyer"))
        }
        (supplier, Err(problem)) => {
            booking_problem(&state, &me, chrome, supplier, Some(meeting), problem).await
        }
    }
}

pub async fn cancel_meeting(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<SlotForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let reason = form.reason.trim().to_owned();
    if reason.is_empty() || reason.chars().count() > 500 {
        session::flash(
            &session,
            "error",
            "Please give a short reason (up to 500 characters) so the supplier understands.",
        );
        return Ok(see_other("/buyer"));
    }
    let ctx = state.mail();
    let buyer = me.id;
    state
        .db(move |c| {
            match booking::cancel_meeting(c, buyer, meeting, &reason, &ctx, store::now()) {
                Ok(()) => Ok(()),
                Err(BookError::Store(store::StoreError::NotFound)) => Err(AppError::NotFound),
                Err(BookError::Store(e)) => Err(e.into()),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?;
    session::flash(
        &session,
        "success",
        "The meeting is cancelled and the supplier is told why.",
    );
    Ok(see_other("/buyer"))
}

// ------------------------------------------------------------------ calendar files

fn ics_response(body: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{filename}\""),
        ))
        .body(body)
}

/// One meeting as a calendar file; only the buyer's own.
pub async fn meeting_calendar(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let buyer = me.id;
    let view = state
        .db(move |c| {
            booking::own_meeting_supplier(c, buyer, meeting)?;
            meetings::mail_view(c, meeting)?.ok_or(AppError::NotFound)
        })
        .await?;
    let ctx = state.mail();
    let body = crate::mail::messages::meetings_calendar(
        &[view],
        Method::Publish,
        None,
        &ctx,
        store::now(),
    );
    Ok(ics_response(body, &format!("meeting-{}.ics", meeting.0)))
}

/// The buyer's whole agenda as a calendar file, for its subscription address
/// (`web::feeds`).
pub async fn agenda_feed(state: &AppState, buyer: BuyerId) -> Result<String, AppError> {
    let views = state
        .db(move |c| Ok(meetings::mail_views_for_buyer(c, buyer)?))
        .await?;
    let ctx = state.mail();
    Ok(crate::mail::messages::meetings_calendar(
        &views,
        Method::Publish,
        Some("Export consultations"),
        &ctx,
        store::now(),
    ))
}

// ------------------------------------------------------------------ requests

#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    priority: String,
    #[serde(default)]
    message: String,
}

/// Sends a meeting request (must meet / would like) to the supplier.
pub async fn send_request(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<RequestForm>,
) -> Result<HttpResponse, AppError> {
    let supplier = SupplierId(id.into_inner());
    let back = format!("/buyer/suppliers/{}", supplier.0);
    let Some(priority) = Priority::parse(&form.priority) else {
        session::flash(
            &session,
            "error",
            "Choose whether you must meet this supplier or would like to.",
        );
        return Ok(see_other(&back));
    };
    let message = form.message.trim().to_owned();
    if message.chars().count() > 1000
        || message
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        session::flash(
            &session,
            "error",
            "Keep the message under 1,000 characters of plain text.",
        );
        return Ok(see_other(&back));
    }
    let ctx = state.mail();
    let buyer = me.id;
    let sent = state
        .db(move |c| {
            match requests::send(c, buyer, supplier, priority, &message, &ctx, store::now()) {
                Ok(_) => Ok(Ok(())),
                Err(RequestError::NotFound) => Err(AppError::NotFound),
                Err(RequestError::Refused(why)) => Ok(Err(why)),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?;
    match sent {
        Ok(()) => {
            session::flash(
                &session,
                "success",
                "Your request is sent. You will hear when the supplier answers.",
            );
            Ok(see_other("/buyer/requests"))
        }
        Err(why) => {
            session::flash(&session, "error", why);
            Ok(see_other(&back))
        }
    }
}

#[derive(Template)]
#[template(path = "buyer/requests.html")]
pub struct RequestsPage {
    pub chrome: Chrome,
    pub enabled: bool,
    pub requests: Vec<requests::BuyerRequest>,
}

impl RequestsPage {
    pub fn priority_label(&self, priority: &str) -> &'static str {
        if priority == "must" {
            "must meet"
        } else {
            "would like"
        }
    }
}

pub async fn requests_page(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let buyer = me.id;
    let (enabled, list) = state
        .db(move |c| Ok((requests::enabled(c, buyer)?, requests::list(c, buyer)?)))
        .await?;
    render(&RequestsPage {
        chrome,
        enabled,
        requests: list,
    })
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    reason: String,
}

/// Accepts or declines a supplier's request; declining needs a reason.
pub async fn answer_request(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    let request = id.into_inner();
    let accept = match form.answer.as_str() {
        "accept" => true,
        "decline" => false,
        other => {
            return Err(AppError::BadRequest(format!(
                "the answer must be accept or decline, not {other:?}"
            )));
        }
    };
    let reason = form.reason.trim().to_owned();
    if !accept && (reason.is_empty() || reason.chars().count() > 500) {
        session::flash(
            &session,
            "error",
            "Please give the supplier a short reason (up to 500 characters) for declining.",
        );
        return Ok(see_other("/buyer/requests"));
    }
    let ctx = state.mail();
    let buyer = me.id;
    let answered = state
        .db(move |c| {
            match requests::answer(c, buyer, request, accept, &reason, &ctx, store::now()) {
                Ok(()) => Ok(Ok(())),
                Err(RequestError::NotFound) => Err(AppError::NotFound),
                Err(RequestError::Refused(why)) => Ok(Err(why)),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?;
    match answered {
        Ok(()) => session::flash(
            &session,
            "success",
            if accept {
                "Accepted: the organizer will schedule the meeting."
            } else {
                "Declined; the supplier is told why."
            },
        ),
        Err(why) => session::flash(&session, "error", why),
    }
    Ok(see_other("/buyer/requests"))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/buyer", web::get().to(home))
        .route("/buyer/checkin.svg", web::get().to(checkin_qr))
        .route("/buyer/profile", web::get().to(profile_form))
        .route("/buyer/profile", web::post().to(save_profile))
        .route("/buyer/suppliers", web::get().to(directory))
        .route("/buyer/suppliers/{id}", web::get().to(supplier))
        .route("/buyer/suppliers/{id}/book", web::post().to(book))
        .route(
            "/buyer/suppliers/{id}/request",
            web::post().to(send_request),
        )
        .route("/buyer/requests", web::get().to(requests_page))
        .route(
            "/buyer/requests/{id}/answer",
            web::post().to(answer_request),
        )
        .route("/buyer/meetings/{id}/move", web::get().to(move_form))
        .route("/buyer/meetings/{id}/move", web::post().to(move_meeting))
        .route(
            "/buyer/meetings/{id}/cancel",
            web::post().to(cancel_meeting),
        )
        .route(
            "/buyer/meetings/{id}/calendar.ics",
            web::get().to(meeting_calendar),
        );
}
