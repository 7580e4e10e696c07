//! Interpreters: the organizer's list, which meetings need one, an automatic
//! assignment, a choice per meeting, and each interpreter's printable day sheet.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{NaiveDateTime, TimeZone as _};
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, form_status, render_with_status};
use super::public::see_other;
use super::session::{self, SignedInOrganizer};
use crate::domain::interpreting::{self, NewInterpreter};
use crate::domain::{ExpoId, FieldError, MeetingId};
use crate::flows::meetings::ChangeError;
use crate::i18n::Locale;
use crate::store::interpreters::{self, InterpreterRow};
use crate::store::{self, StoreError, audit, expos};
use crate::text;

/// "Spanish, Korean" for a list of codes, in `t`'s language.
pub fn language_names(t: Locale, codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| t.language(c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Day and hours of a meeting in venue time: ("Tue 8 Sep", "10:00–10:30").
fn when(
    t: Locale,
    venue: chrono_tz::Tz,
    starts: NaiveDateTime,
    ends: NaiveDateTime,
) -> (String, String) {
    let (s, e) = (
        venue.from_utc_datetime(&starts),
        venue.from_utc_datetime(&ends),
    );
    (t.day(&s.date_naive()), t.time_range(&s.time(), &e.time()))
}

/// A meeting that needs an interpreter, as the overview shows it.
pub struct NeedLine {
    pub meeting: i32,
    pub day: String,
    pub hours: String,
    pub table: String,
    pub buyer: String,
    pub buyer_languages: String,
    pub supplier: String,
    pub supplier_languages: String,
    pub interpreter: Option<String>,
}

#[derive(Template)]
#[template(path = "organizer/interpreters.html")]
pub struct ListPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub interpreters: Vec<InterpreterRow>,
    pub needs: Vec<NeedLine>,
    pub covered: usize,
    /// The add form as typed, and what is wrong with it.
    pub form: InterpreterFields,
    pub errors: Vec<FieldError>,
    /// After an automatic assignment: meetings still without one, with the reason.
    pub uncovered: Vec<(NeedLine, String)>,
}

impl ListPage {
    pub fn error(&self, field: &str) -> Option<String> {
        crate::domain::values::message_for(&self.errors, field).map(|m| self.chrome.t.text(m))
    }

    pub fn names(&self, codes: &[String]) -> String {
        language_names(self.chrome.t, codes)
    }

    /// "Ana Ruiz, Lima Trading (Spanish)": the buyer with their languages.
    pub fn buyer_with_languages(&self, n: &NeedLine) -> String {
        format!("{} ({})", n.buyer, n.buyer_languages)
    }

    /// The coverage line: how many of the meetings that need an interpreter have one.
    pub fn coverage(&self) -> String {
        self.chrome.t.arg2(
            "ops-interp-coverage",
            "covered",
            self.covered,
            "count",
            self.needs.len(),
        )
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct InterpreterFields {
    pub name: String,
    pub email: String,
    pub languages: String,
    pub note: String,
}

async fn list_page(
    state: &AppState,
    chrome: Chrome,
    expo: ExpoId,
    form: InterpreterFields,
    errors: Vec<FieldError>,
    uncovered: Vec<(interpreters::NeedRow, interpreting::Uncovered)>,
) -> Result<HttpResponse, AppError> {
    let t = chrome.t;
    let (settings, people, needs) = state
        .db(move |c| {
            let settings = expos::settings(c, expo)?.ok_or(AppError::NotFound)?;
            Ok((
                settings,
                interpreters::list(c, expo)?,
                interpreters::needs(c, expo)?,
            ))
        })
        .await?;
    let venue = crate::domain::TimeZone::stored(&settings.venue_timezone)?.tz();
    let names: std::collections::HashMap<i32, String> =
        people.iter().map(|p| (p.id, p.name.clone())).collect();
    let line = |r: &interpreters::NeedRow| {
        let (day, hours) = when(t, venue, r.starts_at, r.ends_at);
        NeedLine {
            meeting: r.meeting,
            day,
            hours,
            table: r.table.clone(),
            buyer: format!("{}, {}", r.buyer_name, r.buyer_organisation),
            buyer_languages: language_names(t, &r.buyer_languages),
            supplier: r.supplier_name.clone(),
            supplier_languages: language_names(t, &r.supplier_languages),
            interpreter: r.interpreter.and_then(|i| names.get(&i).cloned()),
        }
    };
    let covered = needs.iter().filter(|n| n.interpreter.is_some()).count();
    let status = form_status(&errors);
    render_with_status(
        &ListPage {
            chrome,
            expo: settings,
            covered,
            needs: needs.iter().map(line).collect(),
            uncovered: uncovered
                .iter()
                .map(|(r, why)| {
                    let why = why.describe(t, &r.buyer_languages, &r.supplier_languages);
                    (line(r), why)
                })
                .collect(),
            interpreters: people,
            form,
            errors,
        },
        status,
    )
}

/// The expo's interpreters and the meetings that need one.
pub async fn list(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    expo: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let expo = ExpoId(expo.into_inner());
    list_page(
        &state,
        chrome,
        expo,
        InterpreterFields::default(),
        vec![],
        vec![],
    )
    .await
}

pub async fn add(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    expo: web::Path<i32>,
    form: web::Form<InterpreterFields>,
) -> Result<HttpResponse, AppError> {
    let expo = ExpoId(expo.into_inner());
    let form = form.into_inner();
    let new: NewInterpreter =
        match interpreting::parse_interpreter(&form.name, &form.email, &form.languages, &form.note)
        {
            Ok(new) => new,
            Err(errors) => return list_page(&state, chrome, expo, form, errors, vec![]).await,
        };
    let organizer = me.id;
    let name = new.name.clone();
    state
        .db(move |c| {
            expos::settings(c, expo)?.ok_or(AppError::NotFound)?;
            let detail = format!("{} · {}", new.name, new.languages.join(" "));
            audit::by_organizer(
                c,
                organizer,
                "interpreter.added",
                ("expo", Some(expo.0)),
                &detail,
                store::now(),
                |c| interpreters::add(c, expo, &new, store::now()),
            )?;
            Ok(())
        })
        .await?;
    session::flash(&session, "success", text!("ops-interp-added", name = name));
    Ok(see_other(&format!(
        "/organizer/expos/{}/interpreters",
        expo.0
    )))
}

pub async fn edit(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    path: web::Path<(i32, i32)>,
    form: web::Form<InterpreterFields>,
) -> Result<HttpResponse, AppError> {
    let (expo, id) = path.into_inner();
    let expo = ExpoId(expo);
    let form = form.into_inner();
    let new: NewInterpreter =
        match interpreting::parse_interpreter(&form.name, &form.email, &form.languages, &form.note)
        {
            Ok(new) => new,
            Err(errors) => return sheet_page(&state, chrome, expo, id, form, errors).await,
        };
    let organizer = me.id;
    let ctx = state.mail();
    let lost = state
        .db(move |c| {
            let detail = format!("{} · {}", new.name, new.languages.join(" "));
            let now = store::now();
            Ok(audit::by_organizer(
                c,
                organizer,
                "interpreter.changed",
                ("interpreter", Some(id)),
                &detail,
                now,
                |c| crate::flows::interpreters::update(c, expo, id, &new, &ctx, now),
            )?)
        })
        .await?;
    let message = match lost {
        0 => text!("ops-interp-saved"),
        n => text!("ops-interp-saved-lost", count = n),
    };
    session::flash(&session, "success", message);
    Ok(see_other(&format!(
        "/organizer/expos/{}/interpreters/{id}",
        expo.0
    )))
}

pub async fn remove(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, id) = path.into_inner();
    let expo = ExpoId(expo);
    let organizer = me.id;
    let ctx = state.mail();
    let cleared = state
        .db(move |c| {
            let now = store::now();
            Ok(audit::by_organizer(
                c,
                organizer,
                "interpreter.removed",
                ("interpreter", Some(id)),
                "",
                now,
                |c| crate::flows::interpreters::remove(c, expo, id, &ctx, now),
            )?)
        })
        .await?;
    let message = match cleared {
        0 => text!("ops-interp-removed"),
        n => text!("ops-interp-removed-lost", count = n),
    };
    session::flash(&session, "success", message);
    Ok(see_other(&format!(
        "/organizer/expos/{}/interpreters",
        expo.0
    )))
}

/// Assigns interpreters to every upcoming meeting that needs one and has none.
pub async fn assign(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    expo: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let expo = ExpoId(expo.into_inner());
    let organizer = me.id;
    let ctx = state.mail();
    let outcome = state
        .db(move |c| {
            expos::settings(c, expo)?.ok_or(AppError::NotFound)?;
            let now = store::now();
            Ok(audit::by_organizer(
                c,
                organizer,
                "interpreters.assigned",
                ("expo", Some(expo.0)),
                "",
                now,
                |c| crate::flows::interpreters::assign_all(c, expo, &ctx, now),
            ))
        })
        .await?;
    match outcome {
        Ok(done) => {
            let assigned = done.assigned;
            if done.uncovered.is_empty() {
                session::flash(
                    &session,
                    "success",
                    text!("ops-interp-assigned-all", count = assigned),
                );
                return Ok(see_other(&format!(
                    "/organizer/expos/{}/interpreters",
                    expo.0
                )));
            }
            let mut chrome = chrome;
            chrome.flash = Some(session::Flash {
                kind: "warning".into(),
                message: text!("ops-interp-assigned-some", count = assigned),
            });
            list_page(
                &state,
                chrome,
                expo,
                InterpreterFields::default(),
                vec![],
                done.uncovered,
            )
            .await
        }
        Err(ChangeError::Store(StoreError::Conflict(_))) => {
            session::flash(&session, "error", text!("ops-interp-changed-meanwhile"));
            Ok(see_other(&format!(
                "/organizer/expos/{}/interpreters",
                expo.0
            )))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChooseFields {
    /// An interpreter id, or empty for none.
    interpreter: String,
}

/// Sets a meeting's interpreter from its page.
pub async fn choose(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    meeting: web::Path<i32>,
    form: web::Form<ChooseFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(meeting.into_inner());
    let choice = match form.interpreter.trim() {
        "" => None,
        raw => Some(
            raw.parse::<i32>()
                .map_err(|_| AppError::BadRequest(chrome.t.get("err-ops-interp-choose")))?,
        ),
    };
    let organizer = me.id;
    let ctx = state.mail();
    let result = state
        .db(move |c| {
            let expo = store::meetings::mail_view(c, meeting)?
                .ok_or(AppError::NotFound)?
                .expo;
            let detail = choice.map_or_else(|| "none".to_owned(), |i| i.to_string());
            let now = store::now();
            Ok(audit::by_organizer(
                c,
                organizer,
                "meeting.interpreter",
                ("meeting", Some(meeting.0)),
                &detail,
                now,
                |c| crate::flows::interpreters::choose(c, expo, meeting, choice, &ctx, now),
            ))
        })
        .await?;
    match result {
        Ok(()) => session::flash(
            &session,
            "success",
            if choice.is_some() {
                text!("ops-interp-chosen")
            } else {
                text!("ops-interp-unchosen")
            },
        ),
        Err(ChangeError::Store(StoreError::Conflict(why))) => {
            session::flash(&session, "error", text!("ops-not-changed", why = why))
        }
        Err(e) => return Err(e.into()),
    }
    Ok(see_other(&format!(
        "/organizer/meetings/{}#interpreter",
        meeting.0
    )))
}

pub struct SheetRow {
    pub meeting: i32,
    pub day: String,
    pub hours: String,
    pub table: String,
    pub buyer: String,
    pub buyer_detail: String,
    pub supplier: String,
}

#[derive(Template)]
#[template(path = "organizer/interpreter_sheet.html")]
pub struct SheetPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub interpreter: InterpreterRow,
    pub languages: String,
    pub rows: Vec<SheetRow>,
    /// The edit form as typed, and what is wrong with it.
    pub form: InterpreterFields,
    pub errors: Vec<FieldError>,
}

impl SheetPage {
    pub fn error(&self, field: &str) -> Option<String> {
        crate::domain::values::message_for(&self.errors, field).map(|m| self.chrome.t.text(m))
    }
}

/// An interpreter's meetings by day, in venue time, printable, with the edit form.
pub async fn sheet(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, id) = path.into_inner();
    sheet_page(
        &state,
        chrome,
        ExpoId(expo),
        id,
        InterpreterFields::default(),
        vec![],
    )
    .await
}

async fn sheet_page(
    state: &AppState,
    chrome: Chrome,
    expo: ExpoId,
    id: i32,
    form: InterpreterFields,
    errors: Vec<FieldError>,
) -> Result<HttpResponse, AppError> {
    let (settings, (interpreter, lines)) = state
        .db(move |c| {
            let settings = expos::settings(c, expo)?.ok_or(AppError::NotFound)?;
            let sheet = interpreters::sheet(c, expo, id)?.ok_or(AppError::NotFound)?;
            Ok((settings, sheet))
        })
        .await?;
    let venue = crate::domain::TimeZone::stored(&settings.venue_timezone)?.tz();
    let t = chrome.t;
    let rows = lines
        .into_iter()
        .map(|l| {
            let (day, hours) = when(t, venue, l.starts_at, l.ends_at);
            SheetRow {
                meeting: l.meeting,
                day,
                hours,
                table: l.table,
                buyer: format!("{}, {}", l.buyer_name, l.buyer_organisation),
                buyer_detail: format!(
                    "{} · {}",
                    t.country(&l.buyer_country),
                    language_names(t, &l.buyer_languages)
                ),
                supplier: format!("{} ({})", l.supplier_name_en, l.supplier_name_ko),
            }
        })
        .collect();
    let status = form_status(&errors);
    let form = if errors.is_empty() {
        InterpreterFields {
            name: interpreter.name.clone(),
            email: interpreter.email.clone(),
            languages: interpreter.languages.join(" "),
            note: interpreter.note.clone(),
        }
    } else {
        form
    };
    render_with_status(
        &SheetPage {
            chrome,
            expo: settings,
            languages: language_names(t, &interpreter.languages),
            interpreter,
            rows,
            form,
            errors,
        },
        status,
    )
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/expos/{id}/interpreters", web::get().to(list))
        .route("/organizer/expos/{id}/interpreters", web::post().to(add))
        .route(
            "/organizer/expos/{id}/interpreters/assign",
            web::post().to(assign),
        )
        .route(
            "/organizer/expos/{id}/interpreters/{interpreter}",
            web::get().to(sheet),
        )
        .route(
            "/organizer/expos/{id}/interpreters/{interpreter}",
            web::post().to(edit),
        )
        .route(
            "/organizer/expos/{id}/interpreters/{interpreter}/remove",
            web::post().to(remove),
        )
        .route(
            "/organizer/meetings/{id}/interpreter",
            web::post().to(choose),
        );
}
