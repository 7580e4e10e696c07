//! Changing a consultation day or the tables after meetings exist. The pages list the
//! meetings in the way; nothing changes until they are moved or cancelled.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render_with_status};
use super::public::see_other;
use super::session::{self, SignedInOrganizer};
use crate::domain::setup::DayForm;
use crate::domain::slots::generate;
use crate::domain::text::Text;
use crate::domain::{DayId, ExpoId, FieldError, TableId, TimeZone};
use crate::store::layout::{self, Affected, DayRecord, LayoutError, TableRecord};
use crate::store::{self, StoreError, audit, expos};

/// Venue-time labels for the meetings in the way.
pub struct AffectedRow {
    pub meeting: i32,
    pub when: String,
    pub table: String,
    pub buyer: String,
    pub supplier: String,
}

fn affected_rows(
    t: crate::i18n::Locale,
    affected: &[Affected],
    venue: &str,
) -> Result<Vec<AffectedRow>, AppError> {
    let tz = crate::domain::TimeZone::stored(venue)?.tz();
    Ok(affected
        .iter()
        .map(|a| AffectedRow {
            meeting: a.meeting.0,
            when: t.time_pair(&a.starts_at, &a.ends_at, tz, tz).local,
            table: a.table.clone(),
            buyer: a.buyer.clone(),
            supplier: a.supplier.clone(),
        })
        .collect())
}

#[derive(Template)]
#[template(path = "organizer/day.html")]
pub struct DayPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub day: DayRecord,
    pub form: DayForm,
    pub errors: Vec<FieldError>,
    pub affected: Vec<AffectedRow>,
    /// What the refused change was: "change" or "remove".
    pub refused: &'static str,
}

impl DayPage {
    /// The ways meetings can be held.
    pub fn modes(&self) -> &'static [crate::domain::status::MeetingMode] {
        crate::domain::status::MeetingMode::ALL
    }

    pub fn err(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| self.chrome.t.text(&e.message))
    }
}

async fn load_day(
    state: &AppState,
    expo: ExpoId,
    day: DayId,
) -> Result<(expos::ExpoSettings, DayRecord), AppError> {
    state
        .db(move |c| {
            let settings = expos::settings(c, expo)?.ok_or(AppError::NotFound)?;
            let record = layout::day(c, expo, day)?.ok_or(AppError::NotFound)?;
            Ok((settings, record))
        })
        .await
}

struct DayOutcome {
    form: DayForm,
    errors: Vec<FieldError>,
    affected: Vec<Affected>,
    refused: &'static str,
}

async fn day_page(
    state: &AppState,
    chrome: Chrome,
    expo: ExpoId,
    day: DayId,
    outcome: Option<DayOutcome>,
) -> Result<HttpResponse, AppError> {
    let (settings, record) = load_day(state, expo, day).await?;
    let outcome = outcome.unwrap_or_else(|| DayOutcome {
        form: DayForm::of(&record.plan),
        errors: Vec::new(),
        affected: Vec::new(),
        refused: "",
    });
    let status = if !outcome.affected.is_empty() {
        StatusCode::CONFLICT
    } else if !outcome.errors.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let affected = affected_rows(chrome.t, &outcome.affected, &settings.venue_timezone)?;
    render_with_status(
        &DayPage {
            chrome,
            expo: settings,
            day: record,
            form: outcome.form,
            errors: outcome.errors,
            affected,
            refused: outcome.refused,
        },
        status,
    )
}

/// The page that changes or removes one consultation day.
pub async fn show_day(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, day) = path.into_inner();
    day_page(&state, chrome, ExpoId(expo), DayId(day), None).await
}

/// Re-plans a day. Slots whose time stays keep their meetings; when a slot that goes
/// away holds a meeting, the page lists those meetings and nothing changes.
pub async fn change_day(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    path: web::Path<(i32, i32)>,
    form: web::Form<DayForm>,
) -> Result<HttpResponse, AppError> {
    let (expo, day) = path.into_inner();
    let (expo, day) = (ExpoId(expo), DayId(day));
    let form = form.into_inner();
    let refuse = |form: DayForm, errors: Vec<FieldError>, affected: Vec<Affected>| DayOutcome {
        form,
        errors,
        affected,
        refused: "change",
    };
    let plan = match form.parse() {
        Ok(plan) => plan,
        Err(errors) => {
            let outcome = refuse(form, errors, Vec::new());
            return day_page(&state, chrome, expo, day, Some(outcome)).await;
        }
    };
    let (settings, _) = load_day(&state, expo, day).await?;
    let tz = TimeZone::stored(&settings.venue_timezone)?;
    let planned = match generate(&plan, tz) {
        Ok(p) => p,
        Err(e) => {
            let errors = vec![FieldError::new("date", super::setup::slot_plan_text(&e))];
            let outcome = refuse(form, errors, vec![]);
            return day_page(&state, chrome, expo, day, Some(outcome)).await;
        }
    };
    let organizer = me.id;
    let detail = format!(
        "{} {}–{}, {} min slots",
        plan.date,
        plan.starts.format("%H:%M"),
        plan.ends.format("%H:%M"),
        plan.slot_minutes
    );
    let result = state
        .db(move |c| {
            Ok(audit::by_organizer(
                c,
                organizer,
                "day.changed",
                ("day", Some(day.0)),
                &detail,
                store::now(),
                |c| layout::replan_day(c, expo, day, &plan, &planned),
            ))
        })
        .await?;
    match result {
        Ok(done) => {
            session::flash(
                &session,
                "success",
                crate::text!(
                    "org-flash-day-changed",
                    kept = done.kept,
                    added = done.added,
                    removed = done.removed
                ),
            );
            Ok(see_other(&format!("/organizer/expos/{}#days", expo.0)))
        }
        Err(LayoutError::Affected(affected)) => {
            let outcome = refuse(form, Vec::new(), affected);
            day_page(&state, chrome, expo, day, Some(outcome)).await
        }
        Err(LayoutError::Store(StoreError::Conflict(why))) => {
            let errors = vec![FieldError::new("date", super::setup::conflict_text(&why))];
            let outcome = refuse(form, errors, vec![]);
            day_page(&state, chrome, expo, day, Some(outcome)).await
        }
        Err(LayoutError::Store(e)) => Err(e.into()),
    }
}

/// Removes a day without meetings; with meetings, lists them instead.
pub async fn remove_day(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, day) = path.into_inner();
    let (expo, day) = (ExpoId(expo), DayId(day));
    let organizer = me.id;
    let result = state
        .db(move |c| {
            Ok(audit::by_organizer(
                c,
                organizer,
                "day.removed",
                ("day", Some(day.0)),
                "",
                store::now(),
                |c| layout::remove_day(c, expo, day),
            ))
        })
        .await?;
    match result {
        Ok(()) => {
            session::flash(&session, "success", crate::text!("org-flash-day-removed"));
            Ok(see_other(&format!("/organizer/expos/{}#days", expo.0)))
        }
        Err(LayoutError::Affected(affected)) => {
            let (_, record) = load_day(&state, expo, day).await?;
            let outcome = DayOutcome {
                form: DayForm::of(&record.plan),
                errors: Vec::new(),
                affected,
                refused: "remove",
            };
            day_page(&state, chrome, expo, day, Some(outcome)).await
        }
        Err(LayoutError::Store(e)) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "organizer/tables.html")]
pub struct TablesPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub tables: Vec<TableRecord>,
    /// The table whose change was refused, with the reason or the meetings in the way.
    pub problem: Option<(i32, Text)>,
    pub affected: Vec<AffectedRow>,
}

impl TablesPage {
    /// Tables at the venue (online rooms aside).
    pub fn at_venue(&self) -> usize {
        self.tables.iter().filter(|t| !t.online).count()
    }

    pub fn problem_for(&self, table: &TableId) -> Option<String> {
        self.problem
            .as_ref()
            .filter(|(id, _)| *id == table.0)
            .map(|(_, why)| self.chrome.t.text(why))
    }
}

async fn tables_page(
    state: &AppState,
    chrome: Chrome,
    expo: ExpoId,
    problem: Option<(i32, Text)>,
    affected: Vec<Affected>,
) -> Result<HttpResponse, AppError> {
    let (settings, tables) = state
        .db(move |c| {
            let settings = expos::settings(c, expo)?.ok_or(AppError::NotFound)?;
            Ok((settings, layout::tables(c, expo)?))
        })
        .await?;
    let status = if !affected.is_empty() {
        StatusCode::CONFLICT
    } else if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let affected = affected_rows(chrome.t, &affected, &settings.venue_timezone)?;
    render_with_status(
        &TablesPage {
            chrome,
            expo: settings,
            tables,
            problem,
            affected,
        },
        status,
    )
}

/// Every table with its label, note and meetings, each editable.
pub async fn show_tables(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    expo: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    tables_page(&state, chrome, ExpoId(expo.into_inner()), None, Vec::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TableEdit {
    label: String,
    note: String,
    /// A video link for the table's online or hybrid meetings (https only; may be empty).
    #[serde(default)]
    video_url: String,
}

/// Renames a table or changes its note (e.g. "Spanish interpreter").
pub async fn edit_table(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    path: web::Path<(i32, i32)>,
    form: web::Form<TableEdit>,
) -> Result<HttpResponse, AppError> {
    let (expo, table) = path.into_inner();
    let (expo, table) = (ExpoId(expo), TableId(table));
    let label = form.label.trim().to_owned();
    let note = form.note.trim().to_owned();
    let video = crate::domain::online::VideoLink::parse("video_url", &form.video_url);
    let video_url = match &video {
        Ok(link) => link
            .as_ref()
            .map(|l| l.as_str().to_owned())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    let problem = if let Err(e) = video {
        Some(e.message)
    } else if label.is_empty() || label.chars().count() > 20 {
        Some(crate::text!("err-setup-table-label"))
    } else if note.chars().count() > 200 {
        Some(crate::text!("err-setup-table-note"))
    } else {
        None
    };
    if let Some(why) = problem {
        return tables_page(&state, chrome, expo, Some((table.0, why)), vec![]).await;
    }
    let organizer = me.id;
    let detail = format!("{label} · {note}");
    let saved = state
        .db(move |c| {
            Ok(audit::by_organizer(
                c,
                organizer,
                "table.changed",
                ("table", Some(table.0)),
                &detail,
                store::now(),
                |c| layout::edit_table(c, expo, table, &label, &note, &video_url),
            ))
        })
        .await?;
    match saved {
        Ok(()) => {
            session::flash(&session, "success", crate::text!("org-flash-table-saved"));
            Ok(see_other(&format!(
                "/organizer/expos/{}/tables#table-{}",
                expo.0, table.0
            )))
        }
        Err(StoreError::Conflict(why)) => {
            let why = super::setup::conflict_text(&why);
            tables_page(&state, chrome, expo, Some((table.0, why)), vec![]).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Takes a table out of use; with meetings at it, lists them instead.
pub async fn remove_table(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, table) = path.into_inner();
    let (expo, table) = (ExpoId(expo), TableId(table));
    let organizer = me.id;
    let removed = state
        .db(move |c| {
            Ok(audit::by_organizer(
                c,
                organizer,
                "table.removed",
                ("table", Some(table.0)),
                "",
                store::now(),
                |c| layout::remove_table(c, expo, table),
            ))
        })
        .await?;
    match removed {
        Ok(label) => {
            session::flash(
                &session,
                "success",
                crate::text!("org-flash-table-removed", label = label),
            );
            Ok(see_other(&format!("/organizer/expos/{}/tables", expo.0)))
        }
        Err(LayoutError::Affected(affected)) => {
            let why = crate::text!("err-setup-table-in-use", count = affected.len());
            tables_page(&state, chrome, expo, Some((table.0, why)), affected).await
        }
        Err(LayoutError::Store(e)) => Err(e.into()),
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/expos/{id}/days/{day}", web::get().to(show_day))
        .route(
            "/organizer/expos/{id}/days/{day}",
            web::post().to(change_day),
        )
        .route(
            "/organizer/expos/{id}/days/{day}/remove",
            web::post().to(remove_day),
        )
        .route(
            "/organizer/expos/{id}/days/{day}/mode",
            web::post().to(day_mode),
        )
        .route("/organizer/expos/{id}/tables", web::get().to(show_tables))
        .route(
            "/organizer/expos/{id}/tables/{table}",
            web::post().to(edit_table),
        )
        .route(
            "/organizer/expos/{id}/tables/{table}/remove",
            web::post().to(remove_table),
        );
}

#[derive(Deserialize)]
pub struct DayModeForm {
    #[serde(default)]
    meeting_mode: String,
}

/// How meetings booked on a day are held: the expo's default (empty), at a table,
/// online or hybrid. An unknown value is a 400 and changes nothing.
pub async fn day_mode(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
    form: web::Form<DayModeForm>,
) -> Result<HttpResponse, AppError> {
    let (expo, day) = path.into_inner();
    let (expo, day) = (ExpoId(expo), DayId(day));
    let mode = match form.meeting_mode.trim() {
        "" => None,
        code => Some(
            code.parse::<crate::domain::status::MeetingMode>()
                .map_err(|_| AppError::BadRequest("unknown meeting mode".into()))?,
        ),
    };
    state
        .db(move |c| {
            c.write_tx(|c| {
                layout::set_day_mode(c, expo, day, mode)?;
                audit::record(
                    c,
                    &audit::Entry {
                        actor_role: "organizer",
                        actor_id: Some(me.id.0),
                        action: "day.mode",
                        subject_type: "consultation_day",
                        subject_id: Some(day.0),
                        detail: mode.map_or("expo default", |m| m.code()),
                    },
                    store::now(),
                )?;
                Ok::<_, StoreError>(())
            })?;
            Ok(())
        })
        .await?;
    session::flash(&session, "success", crate::text!("org-flash-day-mode"));
    Ok(see_other(&format!(
        "/organizer/expos/{}/days/{}",
        expo.0, day.0
    )))
}
