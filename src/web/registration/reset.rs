//! Password reset: the form a reset link opens and saving the new password.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::token::{Purpose, RawToken};
use crate::domain::{Role, password};
use crate::store::suppliers;
use crate::store::{self, tokens::RedeemError};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::public::see_other;
use crate::web::session;

use super::link_problem::{link_problem, split};

#[derive(Template)]
#[template(path = "registration/reset.html")]
pub struct ResetPage {
    pub chrome: Chrome,
    pub name: String,
    pub action: String,
    pub error: Option<String>,
}

pub async fn reset_form(
    state: web::Data<AppState>,
    chrome: Chrome,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let raw = token.into_inner();
    let Some(token) = RawToken::parse(&raw) else {
        return link_problem(chrome, &RedeemError::Unknown, Purpose::PasswordReset);
    };
    let peeked = state
        .db(move |c| {
            split(suppliers::peek_link(
                c,
                &token,
                Purpose::PasswordReset,
                store::now(),
            ))
        })
        .await?;
    match peeked {
        Ok((_, name)) => render(&ResetPage {
            chrome,
            name,
            action: format!("/signin/reset/{raw}"),
            error: None,
        }),
        Err(problem) => link_problem(chrome, &problem, Purpose::PasswordReset),
    }
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

/// Sets the new password with the link, signs in and lands on the supplier's home.
pub async fn reset(
    state: web::Data<AppState>,
    session: Session,
    chrome: Chrome,
    token: web::Path<String>,
    form: web::Form<ResetForm>,
) -> Result<HttpResponse, AppError> {
    let t = chrome.t;
    let raw = token.into_inner();
    let Some(token) = RawToken::parse(&raw) else {
        return link_problem(chrome, &RedeemError::Unknown, Purpose::PasswordReset);
    };
    let new_password = match password::Password::parse(&form.password) {
        Ok(p) => p,
        Err(e) => {
            let peek = RawToken::parse(&raw);
            let name = state
                .db(move |c| {
                    Ok(peek
                        .and_then(|t| {
                            suppliers::peek_link(c, &t, Purpose::PasswordReset, store::now()).ok()
                        })
                        .map(|(_, n)| n)
                        .unwrap_or_default())
                })
                .await?;
            return render_with_status(
                &ResetPage {
                    chrome,
                    name,
                    action: format!("/signin/reset/{raw}"),
                    error: Some(t.text(&e.message)),
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let hash = web::block(move || new_password.hash()).await?;
    let done = state
        .db(move |c| split(suppliers::reset_password(c, &token, &hash, store::now())))
        .await?;
    match done {
        Ok((id, name)) => {
            session::sign_in(&state, &session, Role::Supplier, id.0, name, chrome.t).await?;
            session::flash(
                &session,
                "success",
                crate::text!("reg-flash-password-saved"),
            );
            let to =
                crate::web::privacy::landing_after_sign_in(&state, &session, Role::Supplier, id.0)
                    .await?;
            Ok(see_other(to))
        }
        Err(problem) => link_problem(chrome, &problem, Purpose::PasswordReset),
    }
}
