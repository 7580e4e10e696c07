//! Creating an expo: the new-expo form, and the handler that saves it as a draft.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::expo::ExpoFields;
use crate::domain::FieldError;
use crate::domain::setup::ExpoForm;
use crate::domain::status::ExpoStatus;
use crate::store::{self, expos};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

#[derive(Template)]
#[template(path = "organizer/expo_new.html")]
pub struct NewExpoPage {
    pub chrome: Chrome,
    pub form: ExpoForm,
    pub errors: Vec<FieldError>,
}

impl NewExpoPage {
    /// The ways meetings can be held, for the expo's default.
    pub fn meeting_modes(&self) -> &'static [crate::domain::status::MeetingMode] {
        crate::domain::status::MeetingMode::ALL
    }

    pub fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| self.chrome.t.text(&e.message))
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
                            sender_name: &input.sender_name,
                            contact_email: input.contact_email.as_ref().map_or("", |e| e.as_str()),
                            meeting_mode: input.meeting_mode,
                            video_base_url: &input.video_base_url,
                            reminder_minutes: input.reminder_minutes,
                        },
                        store::now(),
                    )
                },
            )?)
        })
        .await?;
    session::flash(&session, "success", crate::text!("org-flash-expo-created"));
    Ok(see_other(&format!("/organizer/expos/{}", id.0)))
}
