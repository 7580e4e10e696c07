//! The organizer sets up an expo: settings and lifecycle, consultation days (the
//! slot grid is generated), tables, and the buyers it invites.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render, render_with_status};
use super::public::see_other;
use super::session::{self, SignedInOrganizer};
use crate::domain::setup::{BuyerForm, DayForm, ExpoForm, parse_tables};
use crate::domain::slots::generate;
use crate::domain::status::{ExpoStatus, MeetingStatus};
use crate::domain::{BuyerId, ExpoId, FieldError, TimeZone, reference};
use crate::flows::invitations::{self, InviteError};
use crate::store::{self, StoreError, buyers, expos};

#[derive(Deserialize, Default)]
pub struct ExpoFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    venue: String,
    #[serde(default)]
    venue_timezone: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    booking_opens: String,
    #[serde(default)]
    booking_closes: String,
    self_booking: Option<String>,
    requests_enabled: Option<String>,
    #[serde(default)]
    max_meetings: String,
    #[serde(default)]
    request_expiry_days: String,
    #[serde(default)]
    retention_days: String,
    #[serde(default)]
    fixed_side: String,
}

impl From<ExpoFields> for ExpoForm {
    fn from(f: ExpoFields) -> Self {
        Self {
            name: f.name,
            venue: f.venue,
            venue_timezone: f.venue_timezone,
            description: f.description,
            booking_opens: f.booking_opens,
            booking_closes: f.booking_closes,
            self_booking: f.self_booking.is_some(),
            requests_enabled: f.requests_enabled.is_some(),
            max_meetings: f.max_meetings,
            request_expiry_days: f.request_expiry_days,
            retention_days: f.retention_days,
            fixed_side: f.fixed_side,
        }
    }
}

fn form_of(e: &expos::ExpoSettings) -> Result<ExpoForm, AppError> {
    let tz = crate::domain::TimeZone::stored(&e.venue_timezone)?.tz();
    let local = |t: Option<chrono::NaiveDateTime>| {
        t.map(|t| {
            tz.from_utc_datetime(&t)
                .format("%Y-%m-%dT%H:%M")
                .to_string()
        })
        .unwrap_or_default()
    };
    Ok(ExpoForm {
        name: e.name.clone(),
        venue: e.venue.clone(),
        venue_timezone: e.venue_timezone.clone(),
        description: e.description.clone(),
        booking_opens: local(e.booking_opens_at),
        booking_closes: local(e.booking_closes_at),
        self_booking: e.self_booking,
        requests_enabled: e.requests_enabled,
        request_expiry_days: e.request_expiry_days.to_string(),
        retention_days: e.retention_days.to_string(),
        fixed_side: e.fixed_side.clone(),
        max_meetings: e
            .max_meetings_per_participant
            .map(|m| m.to_string())
            .unwrap_or_default(),
    })
}

fn zones() -> Vec<&'static str> {
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|z| z.name())
        .filter(|n| n.contains('/') && !n.starts_with("Etc/"))
        .collect()
}

// ------------------------------------------------------------------ new expo

#[derive(Template)]
#[template(path = "organizer/expo_new.html")]
pub struct NewExpoPage {
    pub chrome: Chrome,
    pub form: ExpoForm,
    pub errors: Vec<FieldError>,
}

impl NewExpoPage {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn zones(&self) -> Vec<&'static str> {
        zones()
    }
}

pub async fn new_expo(_me: SignedInOrganizer, chrome: Chrome) -> Result<HttpResponse, AppError> {
    let form = ExpoForm {
        venue_timezone: "Asia/Seoul".into(),
        self_booking: true,
        ..ExpoForm::default()
    };
    render(&NewExpoPage {
        chrome,
        form,
        errors: Vec::new(),
    })
}

pub async fn create_expo(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    fields: web::Form<ExpoFields>,
) -> Result<HttpResponse, AppError> {
    let form: ExpoForm = fields.into_inner().into();
    let input = match form.parse() {
        Ok(input) => input,
        Err(errors) => {
            return render_with_status(
                &NewExpoPage {
                    chrome,
                    form,
                    errors,
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let organizer = me.id;
    let id = state
        .db(move |c| {
            let detail = input.name.clone();
            Ok(store::audit::by_organizer(
                c,
                organizer,
                "expo.created",
                ("expo", None),
                &detail,
                store::now(),
                |c| {
                    expos::create(
                        c,
                        &expos::NewExpo {
                            name: &input.name,
                            venue: &input.venue,
                            venue_timezone: input.venue_timezone,
                            description: &input.description,
                            status: ExpoStatus::Draft,
                            booking_opens_at: input.booking_opens_at,
                            booking_closes_at: input.booking_closes_at,
                            self_booking: input.self_booking,
                            requests_enabled: input.requests_enabled,
                            max_meetings_per_participant: input.max_meetings,
                            request_expiry_days: input.request_expiry_days,
                            retention_days: input.retention_days,
                            fixed_side: input.fixed_side,
                        },
                        store::now(),
                    )
                },
            )?)
        })
        .await?;
    session::flash(
        &session,
        "success",
        "The expo is created as a draft. Add its days, tables and buyers, then open it.",
    );
    Ok(see_other(&format!("/organizer/expos/{}", id.0)))
}

// ------------------------------------------------------------------ the expo page

#[derive(Template)]
#[template(path = "organizer/expo.html")]
pub struct ExpoPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub form: ExpoForm,
    pub days: Vec<expos::DaySummary>,
    pub day_form: DayForm,
    pub tables: Vec<(String, String)>,
    pub buyers: Vec<buyers::BuyerRow>,
    pub buyer_form: BuyerForm,
    pub dashboard: expos::Dashboard,
    pub errors: Vec<FieldError>,
    /// Which form the errors belong to: "settings", "day", "tables", "buyer".
    pub section: &'static str,
}

impl ExpoPage {
    /// An error of the settings form (the shared expo fields use this name).
    pub fn error(&self, field: &str) -> Option<&str> {
        self.err("settings", field)
    }

    pub fn err(&self, section: &str, field: &str) -> Option<&str> {
        if self.section != section {
            return None;
        }
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn zones(&self) -> Vec<&'static str> {
        zones()
    }

    pub fn countries(&self) -> &'static [(&'static str, &'static str, &'static str)] {
        reference::COUNTRIES
    }

    pub fn status_help(&self) -> &'static str {
        match self.expo.status {
            ExpoStatus::Draft => {
                "Draft: only organizers see it. Set it up, then open it: buyers can then book within the booking window."
            }
            ExpoStatus::Open => {
                "Open: suppliers can register, buyers can book within the booking window."
            }
            ExpoStatus::Closed => {
                "Closed: nothing can be booked or changed by participants; organizers can still edit and report."
            }
        }
    }
}

struct Loaded {
    expo: expos::ExpoSettings,
    days: Vec<expos::DaySummary>,
    tables: Vec<(String, String)>,
    buyers: Vec<buyers::BuyerRow>,
    dashboard: expos::Dashboard,
}

async fn load(state: &AppState, id: ExpoId) -> Result<Loaded, AppError> {
    state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            let days = expos::days(c, id)?;
            let tables = expos::tables(c, id)?;
            let buyers = buyers::for_expo(c, id)?;
            let suppliers = store::participants::suppliers_for_expo(c, id)?;
            let slots = days.iter().map(|d| d.slots).sum();
            let table_count = i64::try_from(tables.len()).unwrap_or(i64::MAX);
            Ok(Loaded {
                dashboard: expos::Dashboard::of(&buyers, &suppliers, slots, table_count),
                expo,
                days,
                tables,
                buyers,
            })
        })
        .await
}

async fn page(
    state: &AppState,
    chrome: Chrome,
    id: ExpoId,
    section: &'static str,
    errors: Vec<FieldError>,
    forms: (Option<ExpoForm>, DayForm, BuyerForm),
) -> Result<HttpResponse, AppError> {
    let l = load(state, id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = match forms.0 {
        Some(form) => form,
        None => form_of(&l.expo)?,
    };
    render_with_status(
        &ExpoPage {
            chrome,
            form,
            expo: l.expo,
            days: l.days,
            day_form: forms.1,
            tables: l.tables,
            buyers: l.buyers,
            buyer_form: forms.2,
            dashboard: l.dashboard,
            errors,
            section,
        },
        status,
    )
}

fn default_day_form() -> DayForm {
    DayForm {
        starts: "09:00".into(),
        ends: "17:00".into(),
        slot_minutes: "30".into(),
        gap_minutes: "0".into(),
        break_starts: "12:00".into(),
        break_ends: "13:00".into(),
        ..DayForm::default()
    }
}

pub async fn expo(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    page(
        &state,
        chrome,
        ExpoId(id.into_inner()),
        "",
        Vec::new(),
        (None, default_day_form(), BuyerForm::default()),
    )
    .await
}

pub async fn update_expo(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<ExpoFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let form: ExpoForm = fields.into_inner().into();
    match form.parse() {
        Ok(input) => {
            state
                .db(move |c| {
                    Ok(store::audit::by_organizer(
                        c,
                        me.id,
                        "expo.updated",
                        ("expo", Some(id.0)),
                        &input.name,
                        store::now(),
                        |c| expos::update(c, id, &input, store::now()),
                    )?)
                })
                .await?;
            session::flash(&session, "success", "Settings saved.");
            Ok(see_other(&format!("/organizer/expos/{}", id.0)))
        }
        Err(errors) => {
            page(
                &state,
                chrome,
                id,
                "settings",
                errors,
                (Some(form), default_day_form(), BuyerForm::default()),
            )
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    to: String,
}

pub async fn set_status(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<StatusForm>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let raw = form.into_inner().to;
    let to: ExpoStatus = raw
        .parse()
        .map_err(|_| AppError::BadRequest(format!("there is no expo status {raw:?}")))?;
    state
        .db(move |c| {
            Ok(store::audit::by_organizer(
                c,
                me.id,
                "expo.status",
                ("expo", Some(id.0)),
                to.code(),
                store::now(),
                |c| expos::set_status(c, id, to, store::now()),
            )?)
        })
        .await?;
    session::flash(
        &session,
        "success",
        format!("The expo is now {}.", to.label().to_lowercase()),
    );
    Ok(see_other(&format!("/organizer/expos/{}", id.0)))
}

#[derive(Deserialize, Default)]
pub struct DayFields {
    #[serde(default)]
    date: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
    #[serde(default)]
    slot_minutes: String,
    #[serde(default)]
    gap_minutes: String,
    #[serde(default)]
    break_starts: String,
    #[serde(default)]
    break_ends: String,
}

/// Adds a day; its slots are generated from the hours, slot length, gap and break.
pub async fn add_day(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<DayFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let f = fields.into_inner();
    let form = DayForm {
        date: f.date,
        starts: f.starts,
        ends: f.ends,
        slot_minutes: f.slot_minutes,
        gap_minutes: f.gap_minutes,
        break_starts: f.break_starts,
        break_ends: f.break_ends,
    };
    let plan = match form.parse() {
        Ok(plan) => plan,
        Err(errors) => {
            return page(
                &state,
                chrome,
                id,
                "day",
                errors,
                (None, form, BuyerForm::default()),
            )
            .await;
        }
    };
    let expo = load(&state, id).await?.expo;
    let tz = TimeZone::stored(&expo.venue_timezone)?;
    let planned = match generate(&plan, tz) {
        Ok(p) => p,
        Err(e) => {
            let errors = vec![FieldError::new("date", e.to_string())];
            return page(
                &state,
                chrome,
                id,
                "day",
                errors,
                (None, form, BuyerForm::default()),
            )
            .await;
        }
    };
    let n = planned.len();
    let added = state
        .db(move |c| {
            match store::audit::by_organizer(
                c,
                me.id,
                "day.added",
                ("expo", Some(id.0)),
                &plan.date.to_string(),
                store::now(),
                |c| expos::add_day(c, id, &plan, &planned),
            ) {
                Ok(_) => Ok(Ok(())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            }
        })
        .await?;
    match added {
        Ok(()) => {
            session::flash(&session, "success", format!("Day added with {n} slots."));
            Ok(see_other(&format!("/organizer/expos/{}#days", id.0)))
        }
        Err(why) => {
            page(
                &state,
                chrome,
                id,
                "day",
                vec![FieldError::new("date", why)],
                (None, form, BuyerForm::default()),
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct TableFields {
    #[serde(default)]
    count: String,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    note: String,
}

pub async fn add_tables(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<TableFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let input = match parse_tables(&fields.count, &fields.prefix, &fields.note) {
        Ok(i) => i,
        Err(errors) => {
            return page(
                &state,
                chrome,
                id,
                "tables",
                errors,
                (None, default_day_form(), BuyerForm::default()),
            )
            .await;
        }
    };
    let existing: std::collections::HashSet<String> = load(&state, id)
        .await?
        .tables
        .into_iter()
        .map(|(label, _)| label)
        .collect();
    // The next free numbers after the prefix: a removed or renamed table leaves a gap.
    let labels: Vec<(String, String)> = (1..)
        .map(|n| format!("{}{n}", input.prefix))
        .filter(|label| !existing.contains(label))
        .take(input.count as usize)
        .map(|label| (label, input.note.clone()))
        .collect();
    let added = state
        .db(move |c| {
            match store::audit::by_organizer(
                c,
                me.id,
                "tables.added",
                ("expo", Some(id.0)),
                &labels.len().to_string(),
                store::now(),
                |c| expos::add_tables(c, id, &labels),
            ) {
                Ok(ids) => Ok(Ok(ids.len())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            }
        })
        .await?;
    match added {
        Ok(n) => {
            session::flash(&session, "success", format!("{n} tables added."));
            Ok(see_other(&format!("/organizer/expos/{}#tables", id.0)))
        }
        Err(why) => {
            page(
                &state,
                chrome,
                id,
                "tables",
                vec![FieldError::new("prefix", why)],
                (None, default_day_form(), BuyerForm::default()),
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct BuyerFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    timezone: String,
    #[serde(default)]
    languages: String,
}

/// Adds one buyer and emails its invitation with a personal sign-in link.
pub async fn invite_buyer(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<BuyerFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let f = fields.into_inner();
    let form = BuyerForm {
        name: f.name,
        organisation: f.organisation,
        email: f.email,
        country: f.country,
        timezone: f.timezone,
        languages: f.languages,
    };
    let input = match form.parse() {
        Ok(i) => i,
        Err(errors) => {
            return page(
                &state,
                chrome,
                id,
                "buyer",
                errors,
                (None, default_day_form(), form),
            )
            .await;
        }
    };
    load(&state, id).await?;
    let ctx = state.mail();
    let done = state
        .db(move |c| {
            let detail = input.email.as_str().to_owned();
            match store::audit::by_organizer(
                c,
                me.id,
                "buyer.invited",
                ("expo", Some(id.0)),
                &detail,
                store::now(),
                |c| invitations::invite(c, id, &input, &ctx, store::now()),
            ) {
                Ok(_) => Ok(Ok(input.name)),
                Err(InviteError::Store(StoreError::Conflict(why))) => Ok(Err(why)),
                Err(InviteError::Store(e)) => Err(e.into()),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?;
    match done {
        Ok(name) => {
            session::flash(
                &session,
                "success",
                format!("{name} is invited; the email is on its way."),
            );
            Ok(see_other(&format!("/organizer/expos/{}#buyers", id.0)))
        }
        Err(why) => {
            page(
                &state,
                chrome,
                id,
                "buyer",
                vec![FieldError::new("email", why)],
                (None, default_day_form(), form),
            )
            .await
        }
    }
}

pub async fn resend_invitation(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, buyer) = path.into_inner();
    let ctx = state.mail();
    state
        .db(move |c| {
            store::audit::by_organizer(
                c,
                me.id,
                "buyer.invitation_resent",
                ("buyer", Some(buyer)),
                "",
                store::now(),
                |c| invitations::resend(c, ExpoId(expo), BuyerId(buyer), &ctx, store::now()),
            )
            .map_err(|e| match e {
                InviteError::Store(s) => AppError::from(s),
                other => AppError::internal(other),
            })
        })
        .await?;
    session::flash(
        &session,
        "success",
        "A fresh invitation link is on its way.",
    );
    Ok(see_other(&format!("/organizer/expos/{expo}#buyers")))
}

// ------------------------------------------------------------------ CSV import

#[derive(Deserialize, Default)]
pub struct ImportFields {
    #[serde(default)]
    csv: String,
}

#[derive(Template)]
#[template(path = "organizer/import.html")]
pub struct ImportPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub csv: String,
    pub rows: Vec<crate::domain::import::ImportRow>,
    pub problem: Option<String>,
}

impl ImportPage {
    pub fn count(&self, kind: &str) -> usize {
        use crate::domain::import::RowOutcome;
        self.rows
            .iter()
            .filter(|r| {
                matches!(
                    (&r.outcome, kind),
                    (RowOutcome::New(_), "new")
                        | (RowOutcome::AlreadyInvited(_), "already")
                        | (RowOutcome::Invalid(_), "invalid")
                )
            })
            .count()
    }

    pub fn kind(&self, row: &crate::domain::import::ImportRow) -> &'static str {
        use crate::domain::import::RowOutcome;
        match row.outcome {
            RowOutcome::New(_) => "new",
            RowOutcome::AlreadyInvited(_) => "already",
            RowOutcome::Invalid(_) => "invalid",
        }
    }

    pub fn problems(&self, row: &crate::domain::import::ImportRow) -> String {
        match &row.outcome {
            crate::domain::import::RowOutcome::Invalid(p) => p.join("; "),
            crate::domain::import::RowOutcome::AlreadyInvited(_) => {
                "already invited: skipped".to_owned()
            }
            crate::domain::import::RowOutcome::New(b) => format!("{} · {}", b.country, b.timezone),
        }
    }
}

async fn judge(
    state: &AppState,
    id: ExpoId,
    csv: String,
) -> Result<
    (
        expos::ExpoSettings,
        Result<Vec<crate::domain::import::ImportRow>, String>,
    ),
    AppError,
> {
    state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            let existing = invitations::existing_emails(c, id)?;
            let sectors: Vec<String> = buyers::sectors(c)?
                .into_iter()
                .map(|(code, _, _)| code)
                .collect();
            Ok((
                expo,
                crate::domain::import::parse_buyers(&csv, &existing, &sectors)
                    .map_err(|e| e.to_string()),
            ))
        })
        .await
}

pub async fn import_form(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let expo = load(&state, ExpoId(id.into_inner())).await?.expo;
    render(&ImportPage {
        chrome,
        expo,
        csv: String::new(),
        rows: Vec::new(),
        problem: None,
    })
}

/// Shows what the file would do, row by row; saves nothing.
pub async fn import_preview(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
    fields: web::Form<ImportFields>,
) -> Result<HttpResponse, AppError> {
    preview(
        &state,
        chrome,
        ExpoId(id.into_inner()),
        fields.into_inner().csv,
    )
    .await
}

#[derive(actix_multipart::form::MultipartForm)]
pub struct ImportUpload {
    #[multipart(limit = "5MB")]
    file: Option<actix_multipart::form::bytes::Bytes>,
}

/// Previews an uploaded file (Excel workbook or CSV) exactly like pasted text; the
/// confirmation then carries the rows as CSV text, so both paths import the same way.
pub async fn import_file(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
    upload: actix_multipart::form::MultipartForm<ImportUpload>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let converted = match upload.into_inner().file {
        Some(file) if !file.data.is_empty() => {
            crate::domain::import::file_to_csv(&file.data).map_err(|e| e.to_string())
        }
        _ => Err("Choose the file to import first.".to_owned()),
    };
    match converted {
        Ok(csv) => preview(&state, chrome, id, csv).await,
        Err(problem) => {
            let expo = load(&state, id).await?.expo;
            render_with_status(
                &ImportPage {
                    chrome,
                    expo,
                    csv: String::new(),
                    rows: Vec::new(),
                    problem: Some(problem),
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

async fn preview(
    state: &AppState,
    chrome: Chrome,
    id: ExpoId,
    csv: String,
) -> Result<HttpResponse, AppError> {
    let (expo, judged) = judge(state, id, csv.clone()).await?;
    match judged {
        Ok(rows) => render(&ImportPage {
            chrome,
            expo,
            csv,
            rows,
            problem: None,
        }),
        Err(problem) => render_with_status(
            &ImportPage {
                chrome,
                expo,
                csv,
                rows: Vec::new(),
                problem: Some(problem),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

/// Imports the valid new rows of the confirmed file and invites each buyer.
pub async fn import_confirm(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<ImportFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let csv = fields.into_inner().csv;
    let (expo, judged) = judge(&state, id, csv.clone()).await?;
    let rows = match judged {
        Ok(rows) => rows,
        Err(problem) => {
            return render_with_status(
                &ImportPage {
                    chrome,
                    expo,
                    csv,
                    rows: Vec::new(),
                    problem: Some(problem),
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let ctx = state.mail();
    let imported = state
        .db(move |c| {
            let detail = format!("{} rows", rows.len());
            store::audit::by_organizer(
                c,
                me.id,
                "buyers.imported",
                ("expo", Some(id.0)),
                &detail,
                store::now(),
                |c| invitations::import(c, id, &rows, &ctx, store::now()),
            )
            .map_err(|e| match e {
                InviteError::Store(s) => AppError::from(s),
                other => AppError::internal(other),
            })
        })
        .await?;
    session::flash(
        &session,
        "success",
        format!("{imported} buyers imported and invited."),
    );
    Ok(see_other(&format!("/organizer/expos/{}#buyers", id.0)))
}

// ------------------------------------------------------------------ meeting grid

#[derive(Template)]
#[template(path = "organizer/grid.html")]
pub struct GridPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    /// The venue's zone, parsed once when the page is built.
    pub venue: chrono_tz::Tz,
    pub grid: store::grid::Grid,
    pub buyers: Vec<(i32, String)>,
    pub suppliers: Vec<(i32, String)>,
}

impl GridPage {
    fn venue(&self) -> chrono_tz::Tz {
        self.venue
    }

    pub fn time(&self, t: &chrono::NaiveDateTime) -> String {
        self.venue()
            .from_utc_datetime(t)
            .format("%H:%M")
            .to_string()
    }

    pub fn day_label(&self, d: &chrono::NaiveDate) -> String {
        d.format("%a %-d %b").to_string()
    }

    pub fn is_day(&self, id: &crate::domain::DayId) -> bool {
        self.grid.day == Some(*id)
    }

    pub fn booked(&self) -> usize {
        self.grid
            .rows
            .iter()
            .map(|r| r.3.iter().filter(|c| c.is_some()).count())
            .sum()
    }
}

#[derive(Deserialize)]
pub struct GridQuery {
    day: Option<i32>,
}

/// One day as tables × slots, every meeting with its buyer and supplier.
pub async fn grid(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
    query: web::Query<GridQuery>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let day = query.into_inner().day.map(crate::domain::DayId);
    let (expo, grid, (buyers, suppliers)) = state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            Ok((
                expo,
                store::grid::day_grid(c, id, day)?,
                store::grid::choosable(c, id)?,
            ))
        })
        .await?;
    render(&GridPage {
        chrome,
        venue: crate::domain::TimeZone::stored(&expo.venue_timezone)?.tz(),
        expo,
        grid,
        buyers,
        suppliers,
    })
}

#[derive(Template)]
#[template(path = "organizer/meeting.html")]
pub struct MeetingPage {
    pub chrome: Chrome,
    pub m: store::meetings::MailView,
    pub when: String,
    /// (slot id, venue-time label, free tables) where the meeting can move.
    pub moves: Vec<(i32, String, store::grid::Choices)>,
    pub tables: Vec<(i32, String)>,
    pub interpreter: MeetingInterpreter,
    /// The buyer's rating: (stars, comment).
    pub rating: Option<(i32, String)>,
}

/// The interpreter part of the organizer's meeting page.
pub struct MeetingInterpreter {
    pub needed: bool,
    pub current: Option<(i32, String)>,
    /// Interpreters who speak the languages and are free then.
    pub choices: Vec<store::interpreters::InterpreterRow>,
}

pub async fn meeting(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let id = crate::domain::MeetingId(id.into_inner());
    let (m, options, interpreter, rating) = state
        .db(move |c| {
            let m = store::meetings::mail_view(c, id)?.ok_or(AppError::NotFound)?;
            let live = m.status.is_live();
            let interpreter = MeetingInterpreter {
                needed: store::interpreters::needed(c, id)?,
                current: store::interpreters::of_meeting(c, id)?,
                choices: if live {
                    store::interpreters::able_and_free(c, m.expo, id)?
                } else {
                    vec![]
                },
            };
            let rating = store::outcomes::rating_of(c, id)?;
            Ok((
                m,
                store::grid::move_options(c, id, store::now())?,
                interpreter,
                rating,
            ))
        })
        .await?;
    let venue = crate::domain::TimeZone::stored(&m.venue_timezone)?.tz();
    let label = |s, e| crate::domain::display::time_pair(s, e, venue, venue).local;
    let when = label(m.starts_at, m.ends_at);
    let mut tables: Vec<(i32, String)> = options
        .iter()
        .flat_map(|o| o.tables.iter().cloned())
        .collect();
    tables.sort();
    tables.dedup();
    let moves = options
        .into_iter()
        .map(|o| (o.slot, label(o.starts_at, o.ends_at), o.tables))
        .collect();
    render(&MeetingPage {
        chrome,
        m,
        when,
        moves,
        tables,
        interpreter,
        rating,
    })
}

impl MeetingPage {
    pub fn is_current_interpreter(&self, id: &i32) -> bool {
        self.interpreter
            .current
            .as_ref()
            .is_some_and(|(c, _)| c == id)
    }

    /// The first time other than the meeting's own is offered first.
    pub fn is_default(&self, slot: &i32) -> bool {
        self.moves
            .iter()
            .find(|(s, _, _)| *s != self.m.slot.0)
            .is_some_and(|(s, _, _)| s == slot)
    }
}

/// An organizer's meeting change that was refused, as the reason to show; any other
/// failure as the error page.
fn refusal(e: crate::flows::meetings::ChangeError) -> Result<String, AppError> {
    match e {
        crate::flows::meetings::ChangeError::Store(StoreError::Conflict(why)) => Ok(why),
        crate::flows::meetings::ChangeError::Store(e) => Err(e.into()),
        other => Err(AppError::internal(other)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveFields {
    slot: String,
    table: String,
}

/// Moves a meeting to another time and/or table; both participants get the update.
pub async fn move_meeting(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<MoveFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = crate::domain::MeetingId(id.into_inner());
    let back = format!("/organizer/meetings/{}", meeting.0);
    let slot = fields
        .slot
        .trim()
        .parse::<i32>()
        .map_err(|_| AppError::BadRequest("choose the new time".into()))?;
    let table = match fields.table.trim() {
        "" => None,
        t => Some(crate::domain::TableId(t.parse::<i32>().map_err(|_| {
            AppError::BadRequest("choose a table or \"any free table\"".into())
        })?)),
    };
    let ctx = state.mail();
    let organizer = me.id;
    let moved = state
        .db(move |c| {
            match crate::flows::meetings::move_to(
                c,
                meeting,
                crate::domain::SlotId(slot),
                table,
                organizer,
                &ctx,
                store::now(),
            ) {
                Ok(_) => Ok(Ok(())),
                Err(e) => refusal(e).map(Err),
            }
        })
        .await?;
    match moved {
        Ok(()) => session::flash(
            &session,
            "success",
            "The meeting is moved; both participants are emailed the new time.",
        ),
        Err(why) => session::flash(&session, "error", format!("Not moved: {why}.")),
    }
    Ok(see_other(&back))
}

#[derive(Deserialize, Default)]
pub struct CancelFields {
    #[serde(default)]
    reason: String,
}

/// Cancels a meeting with a reason; both participants get the cancellation.
pub async fn cancel_meeting(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<CancelFields>,
) -> Result<HttpResponse, AppError> {
    let meeting = crate::domain::MeetingId(id.into_inner());
    let reason = fields.into_inner().reason.trim().to_owned();
    let back = format!("/organizer/meetings/{}", meeting.0);
    if reason.is_empty() || reason.chars().count() > 500 {
        session::flash(
            &session,
            "error",
            "Write the reason both participants will read (up to 500 characters).",
        );
        return Ok(see_other(&back));
    }
    let ctx = state.mail();
    let organizer = me.id;
    state
        .db(move |c| {
            crate::flows::meetings::cancel(c, meeting, &reason, organizer, &ctx, store::now())
                .map_err(|e| match e {
                    crate::flows::meetings::ChangeError::Store(s) => AppError::from(s),
                    other => AppError::internal(other),
                })
        })
        .await?;
    session::flash(
        &session,
        "success",
        "The meeting is cancelled; both participants are emailed.",
    );
    Ok(see_other(&back))
}

#[derive(Deserialize, Default)]
pub struct AddMeetingFields {
    #[serde(default)]
    buyer: String,
    #[serde(default)]
    supplier: String,
    #[serde(default)]
    slot: String,
    #[serde(default)]
    day: String,
}

/// Adds a meeting at the first free table; both participants are told.
pub async fn add_meeting(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<AddMeetingFields>,
) -> Result<HttpResponse, AppError> {
    let expo = ExpoId(id.into_inner());
    let f = fields.into_inner();
    let back = format!(
        "/organizer/expos/{}/grid?day={}",
        expo.0,
        f.day.trim().parse::<i32>().unwrap_or(0)
    );
    let number = |raw: &str, what: &str| {
        raw.trim()
            .parse::<i32>()
            .map_err(|_| AppError::BadRequest(format!("choose a {what}")))
    };
    let (buyer, supplier, slot) = (
        number(&f.buyer, "buyer")?,
        number(&f.supplier, "supplier")?,
        number(&f.slot, "time")?,
    );
    let ctx = state.mail();
    let organizer = me.id;
    let added = state
        .db(move |c| {
            match crate::flows::meetings::add(
                c,
                expo,
                BuyerId(buyer),
                crate::domain::SupplierId(supplier),
                crate::domain::SlotId(slot),
                organizer,
                &ctx,
                store::now(),
            ) {
                Ok(_) => Ok(Ok(())),
                Err(e) => refusal(e).map(Err),
            }
        })
        .await?;
    match added {
        Ok(()) => session::flash(
            &session,
            "success",
            "Meeting added; both participants are emailed an invitation.",
        ),
        Err(why) => session::flash(&session, "error", format!("Not added: {why}.")),
    }
    Ok(see_other(&back))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/expos/new", web::get().to(new_expo))
        .route("/organizer/expos", web::post().to(create_expo))
        .route("/organizer/expos/{id}", web::get().to(expo))
        .route("/organizer/expos/{id}", web::post().to(update_expo))
        .route("/organizer/expos/{id}/status", web::post().to(set_status))
        .route("/organizer/expos/{id}/days", web::post().to(add_day))
        .route("/organizer/expos/{id}/tables", web::post().to(add_tables))
        .route("/organizer/expos/{id}/buyers", web::post().to(invite_buyer))
        .route("/organizer/expos/{id}/grid", web::get().to(grid))
        .route(
            "/organizer/expos/{id}/meetings",
            web::post().to(add_meeting),
        )
        .route("/organizer/meetings/{id}", web::get().to(meeting))
        .route(
            "/organizer/meetings/{id}/move",
            web::post().to(move_meeting),
        )
        .route(
            "/organizer/meetings/{id}/cancel",
            web::post().to(cancel_meeting),
        )
        .route("/organizer/expos/{id}/import", web::get().to(import_form))
        .route(
            "/organizer/expos/{id}/import/preview",
            web::post().to(import_preview),
        )
        .route(
            "/organizer/expos/{id}/import/file",
            web::post().to(import_file),
        )
        .route(
            "/organizer/expos/{id}/import",
            web::post().to(import_confirm),
        )
        .route(
            "/organizer/expos/{id}/buyers/{buyer}/invite",
            web::post().to(resend_invitation),
        );
}
