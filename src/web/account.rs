//! The signed-in person's own account: changing the password (organizers and
//! suppliers; buyers sign in by link and have none).

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render, render_with_status};
use super::public::see_other;
use super::session::{self, Identity};
use crate::domain::password::{self, Password};
use crate::domain::{EmailAddress, Role};
use crate::store::{self, sessions};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/account/password", web::get().to(password_form))
        .route("/account/password", web::post().to(change_password));
}

#[derive(Template)]
#[template(path = "account/password.html")]
pub struct PasswordPage {
    pub chrome: Chrome,
    pub current_error: Option<&'static str>,
    pub new_error: Option<String>,
}

/// The signed-in organizer or supplier; a buyer is told it has no password, a visitor
/// is sent to sign in.
fn with_password(req: &HttpRequest) -> Result<Identity, AppError> {
    match session::identity(req) {
        Some(who) if who.role != Role::Buyer => Ok(who),
        Some(_) => Err(AppError::Forbidden(
            "Buyers sign in with emailed links and have no password to change.",
        )),
        None => Err(AppError::NotSignedIn {
            next: "/account/password".to_owned(),
        }),
    }
}

pub async fn password_form(req: HttpRequest, chrome: Chrome) -> Result<HttpResponse, AppError> {
    with_password(&req)?;
    render(&PasswordPage {
        chrome,
        current_error: None,
        new_error: None,
    })
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
}

/// Checks the current password, sets the new one and ends every other session; a
/// wrong current password or a weak new one shows the form again and changes nothing.
pub async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    form: web::Form<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let who = with_password(&req)?;
    let keep = who.key_hash().ok_or(AppError::NotSignedIn {
        next: "/account/password".to_owned(),
    })?;
    let form = form.into_inner();
    let again = |chrome, current_error, new_error| {
        render_with_status(
            &PasswordPage {
                chrome,
                current_error,
                new_error,
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    let new_password = match Password::parse(&form.password) {
        Ok(p) => p,
        Err(e) => return again(chrome, None, Some(e.message)),
    };
    let (role, id) = (who.role, who.id);
    let (email, hash) = state
        .db(move |c| Ok(sessions::credentials_of(c, role, id)?))
        .await?
        .ok_or(AppError::NotFound)?;
    // Guessing the current password from a stolen session costs sign-in attempts.
    if let Ok(email) = EmailAddress::parse(&email) {
        state.limit_sign_in(&req, &email).await?;
    }
    let candidate = form.current;
    let right = web::block(move || hash.is_some_and(|h| password::verify(&candidate, &h))).await?;
    if !right {
        return again(chrome, Some("That is not your current password."), None);
    }
    let new_hash = web::block(move || new_password.hash()).await?;
    state
        .db(move |c| {
            Ok(sessions::change_password(
                c,
                role,
                id,
                &new_hash,
                &keep,
                store::now(),
            )?)
        })
        .await?;
    session::flash(
        &session,
        "success",
        "Your new password is saved. Any other sign-ins have ended.",
    );
    Ok(see_other(role.home_path()))
}
