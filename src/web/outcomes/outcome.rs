//! The outcome form: what a held meeting produced, as the organizer records it (the supplier's version reuses the page).

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::outcome::{CURRENCIES, CurrencyCode, Interest, OutcomeForm};
use crate::domain::status::MeetingStatus;
use crate::domain::{FieldError, MeetingId};
use crate::store::{self, StoreError, outcomes};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

#[derive(Template)]
#[template(path = "organizer/outcome.html")]
pub struct OutcomePage {
    pub chrome: Chrome,
    pub m: store::meetings::MailView,
    pub form: OutcomeForm,
    pub errors: Vec<FieldError>,
    /// Where the form posts, and the page it came from.
    pub action: String,
    pub back: String,
    /// The supplier's version also offers "the buyer did not come".
    pub supplier: bool,
}

impl OutcomePage {
    pub fn err(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| self.chrome.t.text(&e.message))
    }

    pub fn levels(&self) -> [Interest; 5] {
        Interest::ALL
    }

    pub fn currencies(&self) -> Vec<&'static str> {
        CURRENCIES.iter().map(|(c, _)| *c).collect()
    }
}

async fn outcome_page(
    state: &AppState,
    chrome: Chrome,
    meeting: MeetingId,
    form: Option<OutcomeForm>,
    errors: Vec<FieldError>,
) -> Result<HttpResponse, AppError> {
    let base = format!("/organizer/meetings/{}", meeting.0);
    outcome_page_at(state, chrome, meeting, form, errors, (base, false)).await
}

pub(super) async fn outcome_page_at(
    state: &AppState,
    chrome: Chrome,
    meeting: MeetingId,
    form: Option<OutcomeForm>,
    errors: Vec<FieldError>,
    (base, supplier): (String, bool),
) -> Result<HttpResponse, AppError> {
    let (m, stored) = state
        .db(move |c| {
            let m = store::meetings::mail_view(c, meeting)?.ok_or(AppError::NotFound)?;
            Ok((m, outcomes::for_meeting(c, meeting)?))
        })
        .await?;
    let form = form.unwrap_or_else(|| match stored {
        Some(s) => {
            let currency = s.currency.as_deref().and_then(CurrencyCode::parse);
            OutcomeForm {
                interest_level: s.interest,
                amount: match (s.value_minor, currency) {
                    (Some(v), Some(c)) => {
                        c.format(v).trim_end_matches(c.as_str()).trim().to_owned()
                    }
                    _ => String::new(),
                },
                currency: s.currency.unwrap_or_default(),
                products: s.products,
                follow_up_on: s
                    .follow_up_on
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                notes: s.notes,
            }
        }
        None => OutcomeForm {
            currency: "USD".into(),
            ..OutcomeForm::default()
        },
    });
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_with_status(
        &OutcomePage {
            chrome,
            m,
            form,
            errors,
            action: format!("{base}/outcome"),
            back: if supplier {
                "/supplier/agenda".to_owned()
            } else {
                base
            },
            supplier,
        },
        status,
    )
}

pub async fn show_outcome(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    outcome_page(&state, chrome, MeetingId(id.into_inner()), None, Vec::new()).await
}

/// Saves what a held meeting produced; a bad field re-renders the form with its message.
pub async fn save_outcome(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<OutcomeForm>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(id.into_inner());
    let form = form.into_inner();
    let outcome = match form.parse() {
        Ok(o) => o,
        Err(errors) => return outcome_page(&state, chrome, meeting, Some(form), errors).await,
    };
    let organizer = me.id;
    let saved = state
        .db(move |c| {
            match outcomes::record(
                c,
                meeting,
                &outcome,
                ("organizer", organizer.0),
                store::now(),
            ) {
                Ok(()) => Ok(Ok(())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            }
        })
        .await?;
    match saved {
        Ok(()) => {
            session::flash(&session, "success", crate::text!("ops-outcome-saved"));
            Ok(see_other(&format!("/organizer/meetings/{}", meeting.0)))
        }
        Err(why) => {
            let errors = vec![FieldError::new("interest_level", super::refusal(&why))];
            outcome_page(&state, chrome, meeting, Some(form), errors).await
        }
    }
}
