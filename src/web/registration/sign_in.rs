//! Password sign-in for suppliers.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::{EmailAddress, Role, password};
use crate::store::suppliers;
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::public::see_other;
use crate::web::session;

#[derive(Template)]
#[template(path = "registration/signin.html")]
pub struct SignInPage {
    pub chrome: Chrome,
    pub email: String,
    /// A catalogue key.
    pub error: Option<&'static str>,
}

pub async fn sign_in_form(chrome: Chrome) -> Result<HttpResponse, AppError> {
    if let Some(user) = &chrome.user {
        return Ok(see_other(user.role.home_path()));
    }
    render(&SignInPage {
        chrome,
        email: String::new(),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// Password sign-in. A wrong password, an unknown email and an account without a
/// password get the same answer, after the same argon2 work.
pub async fn sign_in(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    form: web::Form<SignInForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let wrong = |chrome: Chrome, email: String| {
        render_with_status(
            &SignInPage {
                chrome,
                email,
                error: Some("reg-signin-wrong"),
            },
            StatusCode::UNAUTHORIZED,
        )
    };
    let Ok(email) = EmailAddress::parse(&form.email) else {
        return render_with_status(
            &SignInPage {
                chrome,
                email: form.email,
                error: Some("reg-signin-email-missing"),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    state.limit_sign_in(&req, &email).await?;
    let candidate = form.password;
    let lookup = email.clone();
    let found = state
        .db(move |c| {
            let found = suppliers::credentials(c, &lookup)?;
            Ok(match found {
                Some((id, Some(hash), name)) if password::verify(&candidate, &hash) => {
                    Some((id, name))
                }
                Some((_, Some(_), _)) => None,
                _ => {
                    password::verify_dummy(&candidate);
                    None
                }
            })
        })
        .await?;
    let Some((id, name)) = found else {
        return wrong(chrome, form.email);
    };
    session::sign_in(&state, &session, Role::Supplier, id.0, name, chrome.t).await?;
    let to =
        crate::web::privacy::landing_after_sign_in(&state, &session, Role::Supplier, id.0).await?;
    Ok(see_other(to))
}
