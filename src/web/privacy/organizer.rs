//! The organizer's privacy page: the notice editor and the queue of deletion requests.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::FieldError;
use crate::domain::privacy::NoticeForm;
use crate::store::{self, privacy};
use crate::text;
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

#[derive(Template)]
#[template(path = "organizer/privacy.html")]
pub struct OrganizerPage {
    pub chrome: Chrome,
    pub notice: privacy::Notice,
    pub form: NoticeForm,
    pub errors: Vec<FieldError>,
    pub pending: Vec<privacy::PendingDeletion>,
}

impl OrganizerPage {
    pub fn error(&self, field: &str) -> Option<String> {
        crate::domain::values::message_for(&self.errors, field).map(|m| self.chrome.t.text(m))
    }

    pub fn abroad(&self) -> bool {
        self.form
            .transfers_abroad
            .as_deref()
            .is_some_and(|v| !v.is_empty())
    }
}

fn form_of(n: &privacy::Notice) -> NoticeForm {
    NoticeForm {
        officer_name: n.officer_name.clone(),
        officer_email: n.officer_email.clone(),
        officer_phone: n.officer_phone.clone(),
        transfers_abroad: n.transfers_abroad.then(|| "yes".to_owned()),
        transfer_country: n.transfer_country.clone(),
        transfer_recipient: n.transfer_recipient.clone(),
        body: n.body.clone(),
    }
}

async fn organizer_view(
    state: &AppState,
    chrome: Chrome,
    form: Option<NoticeForm>,
    errors: Vec<FieldError>,
) -> Result<HttpResponse, AppError> {
    let (notice, pending) = state
        .db(|c| Ok((privacy::current_notice(c)?, privacy::pending_deletions(c)?)))
        .await?;
    let status = crate::web::page::form_status(&errors);
    render_with_status(
        &OrganizerPage {
            chrome,
            form: form.unwrap_or_else(|| form_of(&notice)),
            notice,
            errors,
            pending,
        },
        status,
    )
}

pub async fn organizer_page(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    organizer_view(&state, chrome, None, Vec::new()).await
}

/// Saves the notice as a new version; everyone is asked again at their next sign-in.
pub async fn save_notice(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    form: web::Form<NoticeForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let input = match form.parse() {
        Ok(input) => input,
        Err(errors) => return organizer_view(&state, chrome, Some(form), errors).await,
    };
    let version = state
        .db(move |c| Ok(privacy::save_notice(c, me.id, &input, store::now())?))
        .await?;
    session::flash(
        &session,
        "success",
        text!("ops-privacy-published", version = version),
    );
    Ok(see_other("/organizer/privacy"))
}

/// Carries out a deletion request: the person is anonymized, their meetings and
/// outcomes stay for the report.
pub async fn carry_out(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let request = path.into_inner();
    let ctx = state.mail();
    let cancelled = state
        .db(move |c| {
            crate::flows::privacy::carry_out_deletion(c, request, me.id, &ctx, store::now())
                .map_err(|e| match e {
                    crate::flows::meetings::ChangeError::Store(e) => e.into(),
                    other => AppError::internal(other),
                })
        })
        .await?;
    session::flash(
        &session,
        "success",
        if cancelled == 0 {
            text!("ops-privacy-deleted")
        } else {
            text!("ops-privacy-deleted-cancelled", count = cancelled)
        },
    );
    Ok(see_other("/organizer/privacy"))
}
