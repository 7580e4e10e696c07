//! Email verification: the confirm page a link opens and the button that confirms and signs in.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::Role;
use crate::domain::token::{Purpose, RawToken};
use crate::store::suppliers;
use crate::store::{self, tokens::RedeemError};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::public::see_other;
use crate::web::session;

use super::link_problem::{link_problem, split};

#[derive(Template)]
#[template(path = "registration/confirm.html")]
pub struct ConfirmPage {
    pub chrome: Chrome,
    /// Catalogue keys.
    pub title: &'static str,
    pub name: String,
    pub button: &'static str,
    pub action: String,
}

/// Shows whose email a verification link confirms; the button uses it (so mail
/// scanners that open links do not use them up).
pub async fn show_verify(
    state: web::Data<AppState>,
    chrome: Chrome,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let raw = token.into_inner();
    let Some(token) = RawToken::parse(&raw) else {
        return link_problem(chrome, &RedeemError::Unknown, Purpose::VerifyEmail);
    };
    let peeked = state
        .db(move |c| {
            split(suppliers::peek_link(
                c,
                &token,
                Purpose::VerifyEmail,
                store::now(),
            ))
        })
        .await?;
    match peeked {
        Ok((_, name)) => render(&ConfirmPage {
            chrome,
            title: "reg-confirm-title",
            name,
            button: "reg-confirm-button",
            action: format!("/register/verify/{raw}"),
        }),
        Err(problem) => link_problem(chrome, &problem, Purpose::VerifyEmail),
    }
}

/// Confirms the email, signs the supplier in and shows its state (now pending).
pub async fn verify(
    state: web::Data<AppState>,
    session: Session,
    chrome: Chrome,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let Some(token) = RawToken::parse(&token) else {
        return link_problem(chrome, &RedeemError::Unknown, Purpose::VerifyEmail);
    };
    let done = state
        .db(move |c| split(suppliers::verify_email(c, &token, store::now())))
        .await?;
    match done {
        Ok((id, name)) => {
            session::sign_in(&state, &session, Role::Supplier, id.0, name, chrome.t).await?;
            session::flash(&session, "success", crate::text!("reg-flash-verified"));
            let to =
                crate::web::privacy::landing_after_sign_in(&state, &session, Role::Supplier, id.0)
                    .await?;
            Ok(see_other(to))
        }
        Err(problem) => link_problem(chrome, &problem, Purpose::VerifyEmail),
    }
}
