//! The supplier's agenda: the page, its print version and its calendar files.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;

use crate::domain::{MeetingId, Role, SupplierId, reference};
use crate::store;
use crate::store::agenda;
use crate::store::suppliers::{self, StoredProfile};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::session::SignedInSupplier;

use super::{clock, day_title, venue_tz};
use crate::i18n::Locale;

pub struct AgendaRow {
    pub meeting: MeetingId,
    pub time: String,
    pub table: String,
    pub table_note: String,
    pub buyer: String,
    pub organisation: String,
    pub country: String,
    pub languages: String,
    /// Needed: the buyer asked, or shares no language with the supplier.
    pub interpreter: bool,
    pub interpreter_name: Option<String>,
    /// The meeting has begun: its outcome can be recorded, it can no longer be cancelled.
    pub started: bool,
    pub mode: crate::domain::status::MeetingMode,
    /// Who of the company attends, and who of the staff last changed it for them.
    pub note: crate::store::team::MeetingNote,
}

impl AgendaRow {
    /// Online or hybrid: the row has a Join button.
    pub fn joinable(&self) -> bool {
        self.mode.has_video()
    }

    /// Online only: no table to go to.
    pub fn online(&self) -> bool {
        self.mode == crate::domain::status::MeetingMode::Online
    }
}

pub struct AgendaDay {
    pub title: String,
    pub rows: Vec<AgendaRow>,
}

/// Groups meetings by venue day. An interpreter is needed when the buyer asked for
/// one or shares no language with the supplier's staff.
/// The company's notes of each meeting (attendees, done for them by staff).
pub(super) fn annotate(
    days: &mut [AgendaDay],
    mut notes: std::collections::HashMap<i32, crate::store::team::MeetingNote>,
) {
    for row in days.iter_mut().flat_map(|d| d.rows.iter_mut()) {
        row.note = notes.remove(&row.meeting.0).unwrap_or_default();
    }
}

/// The notes of these agenda entries (one call, four queries).
pub(super) fn notes_of(
    c: &mut crate::store::DbConnection,
    supplier: crate::domain::SupplierId,
    entries: &[agenda::Entry],
) -> Result<std::collections::HashMap<i32, crate::store::team::MeetingNote>, AppError> {
    let ids: Vec<i32> = entries.iter().map(|e| e.meeting.0).collect();
    Ok(crate::store::team::notes(
        c,
        Role::Supplier,
        supplier.0,
        &ids,
    )?)
}

pub(super) fn agenda_days(
    t: Locale,
    p: &StoredProfile,
    entries: Vec<agenda::Entry>,
) -> Result<Vec<AgendaDay>, AppError> {
    let tz = venue_tz(p)?;
    let mut days: Vec<AgendaDay> = Vec::new();
    let now = crate::store::now();
    for e in entries {
        let started = e.starts_at <= now;
        let title = day_title(t, tz.from_utc_datetime(&e.starts_at).date_naive());
        let buyer_languages: Vec<&str> = e.buyer_languages.iter().map(String::as_str).collect();
        let own: Vec<&str> = p.languages.iter().map(String::as_str).collect();
        let row = AgendaRow {
            meeting: e.meeting,
            time: clock(t, e.starts_at, e.ends_at, tz),
            mode: e.mode,
            table: e.table,
            table_note: e.table_note,
            buyer: e.buyer_name,
            organisation: e.buyer_organisation,
            country: if e.buyer_country.is_empty() {
                String::new()
            } else {
                t.country(&e.buyer_country)
            },
            languages: e
                .buyer_languages
                .iter()
                .filter(|l| reference::language_name(l).is_some())
                .map(|l| t.language(l))
                .collect::<Vec<_>>()
                .join(", "),
            interpreter: crate::domain::interpreting::needed(
                &buyer_languages,
                &own,
                e.buyer_needs_interpreter,
            ),
            interpreter_name: e.interpreter,
            started,
            note: crate::store::team::MeetingNote::default(),
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
    /// The company's name in the reader's language first, the other half beside it.
    pub fn name_first(&self) -> &str {
        crate::domain::supplier::localized(
            &self.p.company_name_ko,
            &self.p.company_name_en,
            self.chrome.t,
        )
    }

    pub fn name_second(&self) -> &str {
        let first = self.name_first();
        if first == self.p.company_name_en {
            &self.p.company_name_ko
        } else {
            &self.p.company_name_en
        }
    }

    pub fn print_js(&self) -> String {
        crate::web::assets::url("print.js")
    }
}

async fn agenda_data(
    state: &AppState,
    me: &SignedInSupplier,
    t: Locale,
) -> Result<(StoredProfile, Vec<AgendaDay>, String), AppError> {
    let id = me.id;
    let (p, entries) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            let entries = agenda::for_supplier(c, id)?;
            let notes = notes_of(c, id, &entries)?;
            Ok((p, (entries, notes)))
        })
        .await?;
    let (entries, notes) = entries;
    let mut days = agenda_days(t, &p, entries)?;
    annotate(&mut days, notes);
    let printed_at = t.date_time(&venue_tz(&p)?.from_utc_datetime(&store::now()).naive_local());
    Ok((p, days, printed_at))
}

pub async fn agenda_page(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (p, days, _) = agenda_data(&state, &me, chrome.t).await?;
    let id = me.id;
    let feed_made = state
        .db(move |c| Ok(crate::store::feeds::made_at(c, Role::Supplier, id.0)?))
        .await?
        .map(|at| chrome.t.date(&at.date()));
    render(&AgendaPage {
        chrome,
        p,
        days,
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
            let t = crate::store::languages::for_mail(
                c,
                crate::domain::Role::Supplier,
                supplier.0,
                crate::i18n::Locale::Ko,
            )?;
            Ok(crate::mail::supplier::meeting_file(
                &view,
                t,
                &ctx,
                store::now(),
            ))
        })
        .await?;
    Ok(calendar_response(ics, &format!("meeting-{meeting}.ics")))
}

/// The supplier's whole agenda as a calendar file, for its subscription address
/// (`web::feeds`).
/// Built like every calendar file of the site (`mail::calendar::meetings_calendar`):
/// each meeting keeps its invitation's UID, an online one carries the supplier's own
/// join link, and a cancelled meeting simply leaves the feed.
pub async fn agenda_feed(state: &AppState, id: SupplierId) -> Result<String, AppError> {
    let (p, views, t) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            let views = crate::store::meetings::mail_views_for_supplier(c, id)?;
            let t = crate::store::languages::for_mail(
                c,
                crate::domain::Role::Supplier,
                id.0,
                crate::i18n::Locale::Ko,
            )?;
            Ok((p, views, t))
        })
        .await?;
    Ok(crate::mail::messages::meetings_calendar(
        &views,
        crate::domain::Role::Supplier,
        crate::mail::calendar::Method::Publish,
        Some(&format!("{} · {}", p.expo_name, p.company_name_en)),
        t,
        &state.mail(),
        store::now(),
    ))
}

pub async fn agenda_print(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (p, days, printed_at) = agenda_data(&state, &me, chrome.t).await?;
    let checkin_qr = crate::web::checkin::qr_svg(&format!(
        "{}{}",
        state.base_url,
        crate::web::checkin::checkin_path(p.expo_id, "supplier", p.id.0)
    ));
    render(&AgendaPrintPage {
        chrome,
        p,
        days,
        printed_at,
        checkin_qr,
    })
}
