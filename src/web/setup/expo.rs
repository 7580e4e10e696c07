//! The expo page: its settings form and lifecycle status, with the day, table and buyer forms it shows.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;
use serde::Deserialize;

use crate::domain::setup::{BuyerForm, DayForm, ExpoForm};
use crate::domain::status::ExpoStatus;
use crate::domain::{ExpoId, FieldError};
use crate::store::{self, buyers, expos};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

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
    #[serde(default)]
    sender_name: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    meeting_mode: String,
    #[serde(default)]
    video_base_url: String,
    #[serde(default)]
    reminder_minutes: String,
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
            sender_name: f.sender_name,
            contact_email: f.contact_email,
            meeting_mode: f.meeting_mode,
            video_base_url: f.video_base_url,
            reminder_minutes: f.reminder_minutes,
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
        sender_name: e.sender_name.clone(),
        contact_email: e.contact_email.clone(),
        meeting_mode: e.meeting_mode.clone(),
        video_base_url: e.video_base_url.clone(),
        reminder_minutes: e.reminder_minutes.to_string(),
        max_meetings: e
            .max_meetings_per_participant
            .map(|m| m.to_string())
            .unwrap_or_default(),
    })
}

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
    /// The ways meetings can be held, for the expo's default.
    pub fn meeting_modes(&self) -> &'static [crate::domain::status::MeetingMode] {
        crate::domain::status::MeetingMode::ALL
    }

    /// An error of the settings form (the shared expo fields use this name).
    pub fn error(&self, field: &str) -> Option<String> {
        self.err("settings", field)
    }

    pub fn err(&self, section: &str, field: &str) -> Option<String> {
        if self.section != section {
            return None;
        }
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| self.chrome.t.text(&e.message))
    }

    /// Countries by their name in the viewer's language.
    pub fn countries(&self) -> Vec<(&'static str, String)> {
        self.chrome.t.countries()
    }

    /// The languages a buyer's emails and pages can use, by their own names: the one
    /// posted back, or English, selected.
    pub fn locales(&self) -> Vec<(&'static str, &'static str, bool)> {
        let chosen = crate::domain::setup::parse_locale(&self.buyer_form.language)
            .unwrap_or(crate::i18n::Locale::En);
        crate::i18n::Locale::OFFERED
            .iter()
            .map(|l| (l.code(), l.native_name(), *l == chosen))
            .collect()
    }

    /// A buyer's progress, in the viewer's language.
    pub fn progress(&self, b: &buyers::BuyerRow) -> String {
        self.chrome.t.label(&b.state())
    }

    /// The catalogue key of the line saying what the status means.
    pub fn status_help(&self) -> &'static str {
        match self.expo.status {
            ExpoStatus::Draft => "org-expo-help-draft",
            ExpoStatus::Open => "org-expo-help-open",
            ExpoStatus::Closed => "org-expo-help-closed",
        }
    }
}

pub(super) struct Loaded {
    pub(super) expo: expos::ExpoSettings,
    pub(super) days: Vec<expos::DaySummary>,
    pub(super) tables: Vec<(String, String)>,
    pub(super) buyers: Vec<buyers::BuyerRow>,
    pub(super) dashboard: expos::Dashboard,
}

pub(super) async fn load(state: &AppState, id: ExpoId) -> Result<Loaded, AppError> {
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

pub(super) async fn page(
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

pub(super) fn default_day_form() -> DayForm {
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
            session::flash(
                &session,
                "success",
                crate::text!("org-flash-settings-saved"),
            );
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
        match to {
            ExpoStatus::Draft => crate::text!("org-flash-expo-now-draft"),
            ExpoStatus::Open => crate::text!("org-flash-expo-now-open"),
            ExpoStatus::Closed => crate::text!("org-flash-expo-now-closed"),
        },
    );
    Ok(see_other(&format!("/organizer/expos/{}", id.0)))
}
