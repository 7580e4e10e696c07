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

/// Under each role's own area, so that role checks, crawls and fuzzing treat it as
/// one of that role's pages.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/password", web::get().to(password_form))
        .route("/organizer/password", web::post().to(change_password))
        .route("/supplier/password", web::get().to(password_form))
        .route("/supplier/password", web::post().to(change_password));
}

#[derive(Template)]
#[template(path = "account/password.html")]
pub struct PasswordPage {
    pub chrome: Chrome,
    pub action: &'static str,
    /// A catalogue key.
    pub current_error: Option<&'static str>,
    pub new_error: Option<String>,
}

impl PasswordPage {
    pub fn current_text(&self) -> Option<String> {
        self.current_error.map(|key| self.chrome.t.get(key))
    }
}

/// The signed-in organizer or supplier whose area the path is in; anyone else is
/// refused (a buyer signs in by link and has no password), a visitor sent to sign in.
fn with_password(req: &HttpRequest) -> Result<Identity, AppError> {
    let area = if req.path().starts_with("/organizer/") {
        Role::Organizer
    } else {
        Role::Supplier
    };
    match session::identity(req) {
        Some(who) if who.role == area => Ok(who),
        Some(_) => Err(AppError::Forbidden(
            "This page belongs to another kind of account. Buyers sign in with emailed links and have no password.",
        )),
        None => Err(AppError::NotSignedIn {
            next: req.path().to_owned(),
        }),
    }
}

/// The form's own address, in the person's area.
fn password_path(role: Role) -> &'static str {
    match role {
        Role::Organizer => "/organizer/password",
        _ => "/supplier/password",
    }
}

pub async fn password_form(req: HttpRequest, chrome: Chrome) -> Result<HttpResponse, AppError> {
    let who = with_password(&req)?;
    render(&PasswordPage {
        chrome,
        action: password_path(who.role),
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
    let t = chrome.t;
    let who = with_password(&req)?;
    let keep = who.key_hash().ok_or(AppError::NotSignedIn {
        next: password_path(who.role).to_owned(),
    })?;
    let form = form.into_inner();
    let action = password_path(who.role);
    let again = |chrome, current_error, new_error| {
        render_with_status(
            &PasswordPage {
                chrome,
                action,
                current_error,
                new_error,
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    let new_password = match Password::parse(&form.password) {
        Ok(p) => p,
        Err(e) => return again(chrome, None, Some(t.text(&e.message))),
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
        return again(chrome, Some("acct-wrong-current"), None);
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
    session::flash(&session, "success", crate::text!("acct-flash-saved"));
    Ok(see_other(role.home_path()))
}
