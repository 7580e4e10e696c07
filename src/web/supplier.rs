//! The supplier's pages: home (registration state), profile and its public preview,
//! availability, meeting requests and the agenda. Every handler works on the
//! signed-in supplier's own rows only; another supplier's meeting is a 404.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone as _};
use serde::Deserialize;

use super::AppState;
use super::buyer::SlotChoice;
use super::errors::AppError;
use super::page::{Chrome, render, render_with_status};
use super::page_cache::{PageKey, cached};
use super::profile_form::ProfileForm;
use super::public::see_other;
use super::session::{self, SignedInSupplier};
use crate::domain::matching::Match;
use crate::domain::status::{MeetingStatus, RequestStatus, SupplierStatus};
use crate::domain::supplier::SupplierForm;
use crate::domain::{BuyerId, FieldError, MeetingId, SlotId, reference};
use crate::domain::{Role, SupplierId};
use crate::flows::booking::SupplierCard;
use crate::mail::messages::{self, MeetingChange, RequestEvent};
use crate::store::agenda::{self, ChangeError};
use crate::store::suppliers::{self, BlockError, ProfileError, StoredProfile};
use crate::store::{self};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/supplier", web::get().to(home))
        .route("/supplier/profile", web::get().to(profile_form))
        .route("/supplier/profile", web::post().to(save_profile))
        .route("/supplier/profile/preview", web::get().to(preview))
        .route("/supplier/availability", web::get().to(availability))
        .route(
            "/supplier/availability/{slot}/block",
            web::post().to(block_slot),
        )
        .route(
            "/supplier/availability/{slot}/unblock",
            web::post().to(unblock_slot),
        )
        .route("/supplier/agenda", web::get().to(agenda_page))
        .route("/supplier/agenda/print", web::get().to(agenda_print))
        .route(
            "/supplier/meetings/{id}/calendar.ics",
            web::get().to(meeting_calendar),
        )
        .route("/supplier/meetings/{id}/cancel", web::get().to(cancel_form))
        .route("/supplier/meetings/{id}/cancel", web::post().to(cancel))
        .route("/supplier/requests", web::get().to(requests_page))
        .route("/supplier/requests/{id}/answer", web::post().to(answer))
        .route("/supplier/requests/new", web::post().to(request_meeting));
}

fn venue_tz(p: &StoredProfile) -> Result<chrono_tz::Tz, AppError> {
    Ok(crate::domain::TimeZone::stored(&p.venue_timezone)?.tz())
}

fn country_name(code: &str) -> &'static str {
    reference::country_name(code).unwrap_or("")
}

async fn load_profile(state: &AppState, me: &SignedInSupplier) -> Result<StoredProfile, AppError> {
    let id = me.id;
    state
        .db(move |c| suppliers::profile(c, id)?.ok_or(AppError::NotFound))
        .await
}

// ---------------------------------------------------------------- home

#[derive(Template)]
#[template(path = "supplier/home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub agenda: Vec<AgendaDay>,
    pub blocked: usize,
}

impl HomePage {
    pub fn status_text(&self) -> &'static str {
        match self.p.status {
            SupplierStatus::Unverified => {
                "Please confirm your email address: open the link we emailed you. 이메일의 확인 링크를 눌러 주세요."
            }
            SupplierStatus::Pending => {
                "Your email is confirmed. The organizer is checking your registration; we will email you when it is approved. 주최측 승인을 기다리고 있습니다."
            }
            SupplierStatus::Approved => {
                "Your company is approved: buyers can find you and book meetings. 승인 완료: 바이어가 상담을 예약할 수 있습니다."
            }
            SupplierStatus::Rejected => {
                "Your registration was not approved. Contact the organizer if you have questions."
            }
        }
    }

    pub fn step_class(&self, step: u8) -> &'static str {
        let reached = match self.p.status {
            SupplierStatus::Unverified => 1,
            SupplierStatus::Pending => 2,
            SupplierStatus::Rejected => 3,
            SupplierStatus::Approved => 4,
        };
        if step < reached {
            "done"
        } else if step == reached {
            "current"
        } else {
            ""
        }
    }

    pub fn meeting_count(&self) -> usize {
        self.agenda.iter().map(|d| d.rows.len()).sum()
    }
}

pub async fn home(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, home_page(state, me, chrome)).await
}

async fn home_page(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let id = me.id;
    let (p, entries, blocked) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            let entries = agenda::for_supplier(c, id)?;
            let blocked = suppliers::availability(c, id)?
                .iter()
                .filter(|s| s.blocked)
                .count();
            Ok((p, entries, blocked))
        })
        .await?;
    let agenda = agenda_days(&p, entries)?;
    render(&HomePage {
        chrome,
        p,
        agenda,
        blocked,
    })
}

// ---------------------------------------------------------------- profile

#[derive(Template)]
#[template(path = "supplier/profile.html")]
pub struct ProfilePage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub pf: ProfileForm,
}

pub async fn profile_form(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let p = load_profile(&state, &me).await?;
    let pf = ProfileForm::from_stored(&p);
    render(&ProfilePage { chrome, p, pf })
}

/// Saves the whole profile; invalid input re-renders the form (422) with what was
/// typed and changes nothing.
pub async fn save_profile(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    chrome: Chrome,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let typed = SupplierForm::from_pairs(&form.into_inner());
    let errors = match typed.parse(chrono::Utc::now().year()) {
        Ok(profile) => {
            let id = me.id;
            let saved = state
                .db(
                    move |c| match suppliers::update_profile(c, id, &profile, store::now()) {
                        Ok(()) => Ok(Ok(())),
                        Err(ProfileError::Db(e)) => Err(e.into()),
                        Err(ProfileError::NotFound | ProfileError::ExpoClosed) => {
                            Err(AppError::NotFound)
                        }
                        Err(ProfileError::RegNoTaken) => Ok(Err(())),
                    },
                )
                .await?;
            match saved {
                Ok(()) => {
                    session::flash(
                        &session,
                        "success",
                        "Your profile is saved. 저장되었습니다.",
                    );
                    return Ok(see_other("/supplier/profile/preview"));
                }
                Err(()) => vec![FieldError::new(
                    "business_reg_no",
                    "Another company at this expo has this registration number.",
                )],
            }
        }
        Err(errors) => errors,
    };
    let p = load_profile(&state, &me).await?;
    render_with_status(
        &ProfilePage {
            chrome,
            p,
            pf: ProfileForm::new(typed, errors),
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// The supplier's page exactly as buyers see it: the buyer page's own partial, fed
/// the same card, with booking replaced by a note.
#[derive(Template)]
#[template(path = "supplier/preview.html")]
pub struct PreviewPage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub card: SupplierCard,
    pub choices: Vec<SlotChoice>,
    pub closed: Option<String>,
    pub problem: Option<String>,
    pub alternatives: Vec<SlotChoice>,
    pub action: String,
    pub heading: String,
    /// The buyers' request form stays off in the preview.
    pub requests: bool,
}

impl PreviewPage {
    pub fn country_name(&self, code: &str) -> &'static str {
        country_name(code)
    }

    pub fn language_name(&self, code: &str) -> &'static str {
        reference::language_name(code).unwrap_or("")
    }

    pub fn days(&self) -> Vec<(String, Vec<&SlotChoice>)> {
        Vec::new()
    }
}

/// The card buyers get for this supplier (without a match score: that depends on
/// the buyer).
fn card_of(p: &StoredProfile) -> SupplierCard {
    SupplierCard {
        id: p.id,
        name_ko: p.company_name_ko.clone(),
        name_en: p.company_name_en.clone(),
        city: p.address.clone(),
        website: p.website.clone(),
        pitch: p.pitch.clone(),
        languages: p.languages.clone(),
        sectors: p
            .sectors
            .iter()
            .filter_map(|c| reference::sector(c).map(|s| ((*c).clone(), s.1.to_owned())))
            .collect(),
        served_markets: p.served_markets.clone(),
        target_markets: p.target_markets.clone(),
        products: p
            .products
            .iter()
            .map(|x| {
                (
                    x.name.clone(),
                    x.description.clone(),
                    x.hs_code.clone(),
                    x.image_url.clone(),
                )
            })
            .collect(),
        fit: Match {
            score: 0,
            reasons: Vec::new(),
        },
        catalogue_url: p.catalogue_url.clone(),
        company_size: p.company_size.clone(),
        year_founded: p.year_founded,
    }
}

pub async fn preview(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let p = load_profile(&state, &me).await?;
    render(&PreviewPage {
        chrome,
        card: card_of(&p),
        choices: Vec::new(),
        closed: Some(
            "Here buyers see your free times and book a meeting with one click.".to_owned(),
        ),
        problem: None,
        alternatives: Vec::new(),
        action: String::new(),
        heading: "Book a meeting".to_owned(),
        requests: false,
        p,
    })
}

// ---------------------------------------------------------------- availability

pub struct SlotRow {
    pub slot: SlotId,
    pub time: String,
    pub blocked: bool,
    pub meeting: Option<(MeetingId, String, String)>,
}

pub struct SlotDay {
    pub title: String,
    pub rows: Vec<SlotRow>,
}

#[derive(Template)]
#[template(path = "supplier/availability.html")]
pub struct AvailabilityPage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub days: Vec<SlotDay>,
    /// A refused change: the slot and why.
    pub problem: Option<(SlotId, String)>,
}

impl AvailabilityPage {
    pub fn problem_for(&self, slot: &SlotId) -> Option<&str> {
        self.problem
            .as_ref()
            .filter(|(s, _)| s == slot)
            .map(|(_, m)| m.as_str())
    }
}

fn day_title(day: NaiveDate) -> String {
    day.format("%A %-d %B %Y").to_string()
}

fn clock(starts: NaiveDateTime, ends: NaiveDateTime, tz: chrono_tz::Tz) -> String {
    format!(
        "{}–{}",
        tz.from_utc_datetime(&starts).format("%H:%M"),
        tz.from_utc_datetime(&ends).format("%H:%M")
    )
}

async fn availability_page(
    state: &AppState,
    me: &SignedInSupplier,
    chrome: Chrome,
    problem: Option<(SlotId, String)>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let id = me.id;
    let (p, slots) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            Ok((p, suppliers::availability(c, id)?))
        })
        .await?;
    let tz = venue_tz(&p)?;
    let mut days: Vec<SlotDay> = Vec::new();
    for s in slots {
        let title = day_title(s.day);
        let row = SlotRow {
            slot: s.slot,
            time: clock(s.starts_at, s.ends_at, tz),
            blocked: s.blocked,
            meeting: s.meeting,
        };
        match days.last_mut() {
            Some(d) if d.title == title => d.rows.push(row),
            _ => days.push(SlotDay {
                title,
                rows: vec![row],
            }),
        }
    }
    render_with_status(
        &AvailabilityPage {
            chrome,
            p,
            days,
            problem,
        },
        status,
    )
}

pub async fn availability(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    availability_page(&state, &me, chrome, None, StatusCode::OK).await
}

/// Marks a slot unavailable. A slot holding a meeting is refused (409) with the
/// meeting named and a link to cancel it.
pub async fn block_slot(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    chrome: Chrome,
    slot: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let slot = SlotId(slot.into_inner());
    let id = me.id;
    let done = state
        .db(
            move |c| match suppliers::block_slot(c, id, slot, store::now()) {
                Ok(()) => Ok(Ok(())),
                Err(BlockError::NotFound) => Err(AppError::NotFound),
                Err(BlockError::Db(e)) => Err(e.into()),
                Err(e @ BlockError::HasMeeting { .. }) => Ok(Err(e)),
            },
        )
        .await?;
    match done {
        Ok(()) => {
            session::flash(&session, "success", "The slot is marked unavailable.");
            Ok(see_other("/supplier/availability"))
        }
        Err(BlockError::HasMeeting { buyer, table, .. }) => {
            let why = format!(
                "You have a meeting with {buyer} at table {table} in this slot. Cancel the meeting first (from your agenda), then mark the slot unavailable."
            );
            availability_page(&state, &me, chrome, Some((slot, why)), StatusCode::CONFLICT).await
        }
        Err(_) => Err(AppError::NotFound),
    }
}

pub async fn unblock_slot(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    slot: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let slot = SlotId(slot.into_inner());
    let id = me.id;
    state
        .db(move |c| Ok(suppliers::unblock_slot(c, id, slot)?))
        .await?;
    session::flash(&session, "success", "The slot is available again.");
    Ok(see_other("/supplier/availability"))
}

// ---------------------------------------------------------------- agenda

pub struct AgendaRow {
    pub meeting: MeetingId,
    pub time: String,
    pub table: String,
    pub table_note: String,
    pub buyer: String,
    pub organisation: String,
    pub country: &'static str,
    pub languages: String,
    /// Needed: the buyer asked, or shares no language with the supplier.
    pub interpreter: bool,
    pub interpreter_name: Option<String>,
}

pub struct AgendaDay {
    pub title: String,
    pub rows: Vec<AgendaRow>,
}

/// Groups meetings by venue day. An interpreter is needed when the buyer asked for
/// one or shares no language with the supplier's staff.
fn agenda_days(p: &StoredProfile, entries: Vec<agenda::Entry>) -> Result<Vec<AgendaDay>, AppError> {
    let tz = venue_tz(p)?;
    let mut days: Vec<AgendaDay> = Vec::new();
    for e in entries {
        let title = day_title(tz.from_utc_datetime(&e.starts_at).date_naive());
        let buyer_languages: Vec<&str> = e.buyer_languages.iter().map(String::as_str).collect();
        let own: Vec<&str> = p.languages.iter().map(String::as_str).collect();
        let row = AgendaRow {
            meeting: e.meeting,
            time: clock(e.starts_at, e.ends_at, tz),
            table: e.table,
            table_note: e.table_note,
            buyer: e.buyer_name,
            organisation: e.buyer_organisation,
            country: country_name(&e.buyer_country),
            languages: e
                .buyer_languages
                .iter()
                .filter_map(|l| reference::language_name(l))
                .collect::<Vec<_>>()
                .join(", "),
            interpreter: crate::domain::interpreting::needed(
                &buyer_languages,
                &own,
                e.buyer_needs_interpreter,
            ),
            interpreter_name: e.interpreter,
        };
        match days.last_mut() {
            Some(d) if d.title == title => d.rows.push(row),
            _ => days.push(AgendaDay {
                title,
                rows: vec![row],
            }),
        }
    }
    Ok(days)
}

#[derive(Template)]
#[template(path = "supplier/agenda.html")]
pub struct AgendaPage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub days: Vec<AgendaDay>,
    pub printed_at: String,
    /// When the supplier's calendar address was made, if it has one (the address
    /// itself is shown only once, when it is made).
    pub feed_made: Option<String>,
}

#[derive(Template)]
#[template(path = "supplier/agenda_print.html")]
pub struct AgendaPrintPage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub days: Vec<AgendaDay>,
    pub printed_at: String,
    /// Inline SVG: the organizer's phone opens the check-in page from it.
    pub checkin_qr: String,
}

impl AgendaPrintPage {
    pub fn print_js(&self) -> String {
        super::assets::url("print.js")
    }
}

async fn agenda_data(
    state: &AppState,
    me: &SignedInSupplier,
) -> Result<(StoredProfile, Vec<AgendaDay>, String), AppError> {
    let id = me.id;
    let (p, entries) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            Ok((p, agenda::for_supplier(c, id)?))
        })
        .await?;
    let days = agenda_days(&p, entries)?;
    let printed_at = venue_tz(&p)?
        .from_utc_datetime(&store::now())
        .format("%-d %B %Y, %H:%M")
        .to_string();
    Ok((p, days, printed_at))
}

pub async fn agenda_page(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (p, days, printed_at) = agenda_data(&state, &me).await?;
    let id = me.id;
    let feed_made = state
        .db(move |c| Ok(crate::store::feeds::made_at(c, Role::Supplier, id.0)?))
        .await?
        .map(|t| t.format("%-d %B %Y").to_string());
    render(&AgendaPage {
        chrome,
        p,
        days,
        printed_at,
        feed_made,
    })
}

fn calendar_response(ics: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .body(ics)
}

/// One meeting as a calendar file; another supplier's meeting is a 404.
pub async fn meeting_calendar(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let (meeting, supplier) = (MeetingId(id.into_inner()), me.id);
    let ctx = state.mail();
    let ics = state
        .db(move |c| {
            let mine = agenda::facts(c, supplier, meeting)?.filter(|m| m.status.is_live());
            if mine.is_none() {
                return Err(AppError::NotFound);
            }
            let view = crate::store::meetings::mail_view(c, meeting)?.ok_or(AppError::NotFound)?;
            Ok(crate::mail::supplier::meeting_file(
                &view,
                &ctx,
                store::now(),
            ))
        })
        .await?;
    Ok(calendar_response(ics, &format!("meeting-{meeting}.ics")))
}

/// The supplier's whole agenda as a calendar file, for its subscription address
/// (`web::feeds`).
pub async fn agenda_feed(state: &AppState, id: SupplierId) -> Result<String, AppError> {
    let base = state.base_url.clone();
    state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            let entries = agenda::for_supplier(c, id)?;
            Ok(crate::mail::supplier::agenda_feed(
                &p,
                &entries,
                &base,
                store::now(),
            ))
        })
        .await
}

pub async fn agenda_print(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (p, days, printed_at) = agenda_data(&state, &me).await?;
    let checkin_qr = super::checkin::qr_svg(&format!(
        "{}{}",
        state.base_url,
        super::checkin::checkin_path(p.expo_id, "supplier", p.id.0)
    ));
    render(&AgendaPrintPage {
        chrome,
        p,
        days,
        printed_at,
        checkin_qr,
    })
}

#[derive(Template)]
#[template(path = "supplier/cancel.html")]
pub struct CancelPage {
    pub chrome: Chrome,
    pub m: agenda::MeetingFacts,
    pub when: String,
    pub reason: String,
    pub error: Option<String>,
}

async fn meeting_facts(
    state: &AppState,
    me: &SignedInSupplier,
    meeting: MeetingId,
) -> Result<(agenda::MeetingFacts, String), AppError> {
    let id = me.id;
    let m = state
        .db(move |c| agenda::facts(c, id, meeting)?.ok_or(AppError::NotFound))
        .await?;
    let tz = crate::domain::TimeZone::stored(&m.venue_timezone)?.tz();
    let when = format!(
        "{} · {} venue time",
        day_title(tz.from_utc_datetime(&m.starts_at).date_naive()),
        clock(m.starts_at, m.ends_at, tz)
    );
    Ok((m, when))
}

pub async fn cancel_form(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let (m, when) = meeting_facts(&state, &me, MeetingId(id.into_inner())).await?;
    if m.status != MeetingStatus::Booked {
        return Err(AppError::Conflict(
            "this meeting is no longer booked, so it cannot be cancelled".to_owned(),
        ));
    }
    render(&CancelPage {
        chrome,
        m,
        when,
        reason: String::new(),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
}

/// Cancels the meeting; the buyer's notice is queued in the same transaction.
pub async fn cancel(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    chrome: Chrome,
    id: web::Path<i32>,
    form: web::Form<ReasonForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let reason = form.into_inner().reason.trim().to_owned();
    let problem = if reason.is_empty() {
        Some("Tell the buyer why, in a few words (in English).")
    } else if reason.chars().count() > 500 {
        Some("Use at most 500 characters.")
    } else {
        None
    };
    if let Some(problem) = problem {
        let (m, when) = meeting_facts(&state, &me, meeting).await?;
        return render_with_status(
            &CancelPage {
                chrome,
                m,
                when,
                reason,
                error: Some(problem.to_owned()),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let (supplier, ctx) = (me.id, state.mail());
    state
        .db(move |c| {
            let r = reason.clone();
            agenda::cancel_by_supplier(
                c,
                supplier,
                meeting,
                &reason,
                |c, meeting| {
                    let change = MeetingChange::Cancelled { reason: &r };
                    messages::queue_meeting_change(c, meeting, change, &ctx, store::now())
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                },
                store::now(),
            )
            .map_err(change_error)
        })
        .await?;
    session::flash(
        &session,
        "success",
        "The meeting is cancelled and the buyer has been told. The slot is free again.",
    );
    Ok(see_other("/supplier/agenda"))
}

fn change_error(e: ChangeError) -> AppError {
    match e {
        ChangeError::NotFound => AppError::NotFound,
        ChangeError::NotOpen(why) => AppError::Conflict(why.to_owned()),
        ChangeError::Letter(why) => AppError::internal(anyhow::anyhow!("email: {why}")),
        ChangeError::Db(e) => e.into(),
    }
}

// ---------------------------------------------------------------- requests

#[derive(Template)]
#[template(path = "supplier/requests.html")]
pub struct RequestsPage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub requests: Vec<agenda::Request>,
    pub buyers: Vec<agenda::BuyerCard>,
}

impl RequestsPage {
    pub fn country_name(&self, code: &str) -> &'static str {
        country_name(code)
    }

    pub fn pending(&self) -> Vec<&agenda::Request> {
        self.requests
            .iter()
            .filter(|r| r.incoming && r.status == RequestStatus::Pending)
            .collect()
    }

    pub fn answered(&self) -> Vec<&agenda::Request> {
        self.requests
            .iter()
            .filter(|r| !(r.incoming && r.status == RequestStatus::Pending))
            .collect()
    }
}

pub async fn requests_page(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let id = me.id;
    let (p, requests, buyers) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            if !p.requests_enabled {
                return Ok((p, Vec::new(), Vec::new()));
            }
            let requests = agenda::requests(c, id)?;
            let buyers = agenda::buyers_for(c, id)?;
            Ok((p, requests, buyers))
        })
        .await?;
    render(&RequestsPage {
        chrome,
        p,
        requests,
        buyers,
    })
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

pub async fn answer(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let accept = match form.decision.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest("choose accept or decline".into())),
    };
    let reason: String = form.reason.trim().chars().take(500).collect();
    let (request, supplier) = (id.into_inner(), me.id);
    let ctx = state.mail();
    state
        .db(move |c| {
            let r = reason.clone();
            agenda::answer_request(
                c,
                supplier,
                request,
                accept,
                &reason,
                |c, request| {
                    let event = if accept {
                        RequestEvent::Accepted
                    } else {
                        RequestEvent::Declined { reason: &r }
                    };
                    messages::queue_request_event(c, request, event, &ctx, store::now())
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                },
                store::now(),
            )
            .map_err(change_error)
        })
        .await?;
    session::flash(
        &session,
        "success",
        if accept {
            "You accepted the request; the buyer has been told."
        } else {
            "You declined the request; the buyer has been told."
        },
    );
    Ok(see_other("/supplier/requests"))
}

#[derive(Deserialize)]
pub struct NewRequestForm {
    #[serde(default)]
    buyer: i32,
    #[serde(default)]
    message: String,
    /// "must" or "would_like" (the default).
    #[serde(default)]
    priority: String,
}

pub async fn request_meeting(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    form: web::Form<NewRequestForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let message: String = form.message.trim().chars().take(500).collect();
    let priority = match form.priority.as_str() {
        "" => crate::flows::requests::Priority::WouldLike,
        raw => crate::flows::requests::Priority::parse(raw)
            .ok_or_else(|| AppError::BadRequest(format!("there is no request priority {raw:?}")))?,
    };
    let (buyer, supplier) = (BuyerId(form.buyer), me.id);
    let ctx = state.mail();
    state
        .db(move |c| {
            agenda::request_meeting(
                c,
                supplier,
                buyer,
                &message,
                priority.as_str(),
                |c, request| {
                    messages::queue_request_event(
                        c,
                        request,
                        RequestEvent::Received,
                        &ctx,
                        store::now(),
                    )
                    .map(|_| ())
                    .map_err(|e| e.to_string())
                },
                store::now(),
            )
            .map_err(change_error)
        })
        .await?;
    session::flash(
        &session,
        "success",
        "Your request is sent. The buyer will accept or decline it.",
    );
    Ok(see_other("/supplier/requests"))
}
