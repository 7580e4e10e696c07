//! Pages anyone can open: the landing page, health check, and the three ways in
//! (password, "email me a link", following a link).

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render, render_with_status};
use super::session::{self, Identity};
use crate::domain::token::{Purpose, RawToken};
use crate::domain::{BuyerId, EmailAddress, OrganizerId, Role, SupplierId, password};
use crate::store::{self, expos, organizers, outbox, participants, tokens};

#[derive(Template)]
#[template(path = "public/index.html")]
pub struct IndexPage {
    pub chrome: Chrome,
    pub expos: Vec<expos::ExpoSummary>,
}

impl IndexPage {
    pub fn dates(&self, e: &expos::ExpoSummary) -> String {
        super::format::date_range(e.first_day, e.last_day)
    }
}

pub async fn index(state: web::Data<AppState>, chrome: Chrome) -> Result<HttpResponse, AppError> {
    let expos = state.db(|c| Ok(expos::summaries(c, true)?)).await?;
    render(&IndexPage { chrome, expos })
}

pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.settings.database.backend_name();
    match state.db(|c| Ok(c.ping()?)).await {
        Ok(()) => HttpResponse::Ok()
            .content_type(ContentType::json())
            .body(format!(r#"{{"status":"ok","database":"{backend}"}}"#)),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            HttpResponse::ServiceUnavailable()
                .content_type(ContentType::json())
                .body(format!(
                    r#"{{"status":"unavailable","database":"{backend}"}}"#
                ))
        }
    }
}

#[derive(Template)]
#[template(path = "public/signin.html")]
pub struct SignInPage {
    pub chrome: Chrome,
    pub email: String,
    pub next: String,
    pub error: Option<String>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

pub async fn sign_in_form(
    chrome: Chrome,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    if let Some(user) = &chrome.user {
        return Ok(see_other(user.role.home_path()));
    }
    render(&SignInPage {
        chrome,
        email: String::new(),
        next: safe_next(&query.next).unwrap_or_default(),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn sign_in(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    form: web::Form<SignInForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let next = safe_next(&form.next);
    let again = |chrome: Chrome, message: &str, status: StatusCode| {
        render_with_status(
            &SignInPage {
                chrome,
                email: form.email.clone(),
                next: next.clone().unwrap_or_default(),
                error: Some(message.to_owned()),
            },
            status,
        )
    };
    let Ok(email) = EmailAddress::parse(&form.email) else {
        return again(
            chrome,
            "Enter the email address you were registered with.",
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    if !state
        .sign_in_limiter
        .allow(&[client_key(&req), format!("email:{email}")])
    {
        return Err(AppError::TooManyRequests);
    }
    let password = form.password.clone();
    let lookup = email.clone();
    let found = state
        .db(move |c| {
            let Some((id, hash)) = organizers::credentials(c, &lookup)? else {
                password::verify_dummy(&password);
                return Ok(None);
            };
            if !password::verify(&password, &hash) {
                return Ok(None);
            }
            Ok(organizers::get(c, id)?)
        })
        .await?;
    let Some(organizer) = found else {
        return again(
            chrome,
            "The email or the password is not right. Check both and try again.",
            StatusCode::UNAUTHORIZED,
        );
    };
    session::sign_in(
        &session,
        &Identity {
            role: Role::Organizer,
            id: organizer.id,
            name: organizer.name,
        },
    )?;
    Ok(see_other(
        next.as_deref().unwrap_or(Role::Organizer.home_path()),
    ))
}

#[derive(Template)]
#[template(path = "public/link_request.html")]
pub struct LinkRequestPage {
    pub chrome: Chrome,
    pub email: String,
    pub error: Option<String>,
    pub intro: Option<&'static str>,
}

pub async fn link_form(chrome: Chrome) -> Result<HttpResponse, AppError> {
    render(&LinkRequestPage {
        chrome,
        email: String::new(),
        error: None,
        intro: None,
    })
}

#[derive(Deserialize)]
pub struct LinkForm {
    #[serde(default)]
    email: String,
}

/// Queues a sign-in link for every buyer or supplier account with this email, and
/// answers the same whether there is one or not (no account enumeration).
pub async fn request_link(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    form: web::Form<LinkForm>,
) -> Result<HttpResponse, AppError> {
    let email = match EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            return render_with_status(
                &LinkRequestPage {
                    chrome,
                    email: form.email.clone(),
                    error: Some(e.message),
                    intro: None,
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    if !state
        .sign_in_limiter
        .allow(&[client_key(&req), format!("email:{email}")])
    {
        return Err(AppError::TooManyRequests);
    }
    let base = state.base_url.clone();
    let queued_for = email.clone();
    state
        .db(move |c| {
            c.write_tx(|c| {
                let now = store::now();
                for (role, id, name) in participants::link_recipients(c, &queued_for)? {
                    let token = tokens::issue(
                        c,
                        role,
                        id,
                        Purpose::SignIn,
                        Purpose::SignIn.lifetime(),
                        now,
                    )?;
                    let link = format!("{base}/auth/link/{}", token.as_str());
                    let mail = crate::mail::sign_in_link(
                        &name,
                        &link,
                        Purpose::SignIn.lifetime().num_minutes(),
                    )
                    .map_err(AppError::internal)?;
                    outbox::enqueue(
                        c,
                        &outbox::NewMessage {
                            kind: "sign_in_link",
                            to_address: queued_for.as_str(),
                            to_name: &name,
                            subject: &mail.subject,
                            body_text: &mail.text,
                            body_html: Some(&mail.html),
                        },
                        now,
                    )?;
                }
                Ok::<_, AppError>(())
            })
        })
        .await?;
    session::flash(&session, "info", email.as_str());
    Ok(see_other("/signin/link/sent"))
}

#[derive(Template)]
#[template(path = "public/link_sent.html")]
pub struct LinkSentPage {
    pub chrome: Chrome,
}

pub async fn link_sent(chrome: Chrome) -> Result<HttpResponse, AppError> {
    render(&LinkSentPage { chrome })
}

/// Signs in with a one-time link and lands on the role's home page. A link that has
/// expired or was used says so and offers a fresh one.
pub async fn follow_link(
    state: web::Data<AppState>,
    session: Session,
    chrome: Chrome,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let problem = |chrome: Chrome, intro: &'static str, status: StatusCode| {
        render_with_status(
            &LinkRequestPage {
                chrome,
                email: String::new(),
                error: None,
                intro: Some(intro),
            },
            status,
        )
    };
    let Some(token) = RawToken::parse(&token) else {
        return problem(
            chrome,
            "This sign-in link is not valid. It may have been cut off when it was copied. Ask for a new one below.",
            StatusCode::NOT_FOUND,
        );
    };
    let redeemed = state
        .db(move |c| {
            let now = store::now();
            let redeemed = match tokens::redeem(c, &token, now) {
                Ok(r) => r,
                Err(tokens::RedeemError::Db(e)) => return Err(e.into()),
                Err(problem) => return Ok(Err(problem)),
            };
            let name = match redeemed.role {
                Role::Organizer => {
                    organizers::get(c, OrganizerId(redeemed.subject_id))?.map(|o| o.name)
                }
                Role::Supplier => {
                    participants::supplier_summary(c, SupplierId(redeemed.subject_id))?
                        .map(|s| s.company_name_en)
                }
                Role::Buyer => {
                    participants::mark_buyer_signed_in(c, BuyerId(redeemed.subject_id), now)?;
                    participants::buyer_summary(c, BuyerId(redeemed.subject_id))?.map(|b| b.name)
                }
            };
            Ok(Ok(name.map(|name| (redeemed, name))))
        })
        .await?;
    match redeemed {
        Ok(Some((redeemed, name))) => {
            session::sign_in(
                &session,
                &Identity {
                    role: redeemed.role,
                    id: redeemed.subject_id,
                    name,
                },
            )?;
            Ok(see_other(redeemed.role.home_path()))
        }
        Ok(None) | Err(tokens::RedeemError::Unknown | tokens::RedeemError::Db(_)) => problem(
            chrome,
            "This sign-in link is not valid. Ask for a new one below.",
            StatusCode::NOT_FOUND,
        ),
        Err(tokens::RedeemError::Expired) => problem(
            chrome,
            "This sign-in link has expired. Links only work for a limited time, to keep your account safe. Enter your email and we will send you a fresh one.",
            StatusCode::GONE,
        ),
        Err(tokens::RedeemError::Used) => problem(
            chrome,
            "This sign-in link has already been used. Each link works once. Enter your email and we will send you a fresh one.",
            StatusCode::GONE,
        ),
    }
}

pub async fn sign_out(session: Session) -> HttpResponse {
    session::sign_out(&session);
    see_other("/")
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// Only same-site paths may be a redirect target after sign-in.
fn safe_next(next: &str) -> Option<String> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.contains("://");
    ok.then(|| next.to_owned())
}

fn client_key(req: &HttpRequest) -> String {
    format!(
        "ip:{}",
        req.peer_addr()
            .map_or_else(|| "unknown".to_owned(), |a| a.ip().to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert_eq!(safe_next("/organizer"), Some("/organizer".into()));
        for bad in [
            "",
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "organizer",
        ] {
            assert_eq!(safe_next(bad), None, "case {bad:?}");
        }
    }
}
