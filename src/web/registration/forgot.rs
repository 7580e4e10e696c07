//! "Forgot password": asking for a reset link, and the page saying it was sent.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::EmailAddress;
use crate::domain::token::{Purpose, RawToken};
use crate::mail;
use crate::store;
use crate::store::suppliers::{self, LinkLetter};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::public::see_other;
use crate::web::session;

#[derive(Template)]
#[template(path = "registration/forgot.html")]
pub struct ForgotPage {
    pub chrome: Chrome,
    pub email: String,
    pub error: Option<String>,
    pub sent: bool,
}

pub async fn forgot_form(chrome: Chrome) -> Result<HttpResponse, AppError> {
    render(&ForgotPage {
        chrome,
        email: String::new(),
        error: None,
        sent: false,
    })
}

pub async fn forgot_sent(chrome: Chrome) -> Result<HttpResponse, AppError> {
    render(&ForgotPage {
        chrome,
        email: String::new(),
        error: None,
        sent: true,
    })
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

/// Queues a reset link if the email is a supplier's; the answer is the same either way.
pub async fn forgot(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    form: web::Form<EmailForm>,
) -> Result<HttpResponse, AppError> {
    let t = chrome.t;
    let email = match EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            return render_with_status(
                &ForgotPage {
                    chrome,
                    email: form.email.clone(),
                    error: Some(t.text(&e.message)),
                    sent: false,
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    state.limit_sign_in(&req, &email).await?;
    let base = state.base_url.clone();
    let for_db = email.clone();
    state
        .db(move |c| {
            let token = RawToken::generate();
            let name = suppliers::credentials(c, &for_db)?
                .map(|(_, _, name)| name)
                .unwrap_or_default();
            let letter = mail::supplier::password_reset(
                t,
                &name,
                &format!("{base}/signin/reset/{}", token.as_str()),
                Purpose::PasswordReset.lifetime().num_minutes(),
            )
            .map_err(AppError::internal)?;
            suppliers::queue_password_reset(
                c,
                &for_db,
                &LinkLetter { token, letter },
                store::now(),
            )?;
            Ok(())
        })
        .await?;
    session::flash(
        &session,
        "email",
        crate::text!("flash-email", email = email.as_str()),
    );
    Ok(see_other("/signin/forgot/sent"))
}
