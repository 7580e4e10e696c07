//! Pages anyone can open: the landing page, health check, and the three ways in
//! (password, "email me a link", following a link).

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render, render_with_status};
use super::page_cache::{PageKey, cached};
use super::session;
use crate::domain::text::Text;
use crate::domain::token::RawToken;
use crate::domain::{EmailAddress, Role, password};
use crate::store::{self, expos, organizers, signin, tokens};
use crate::text;

#[derive(Template)]
#[template(path = "public/index.html")]
pub struct IndexPage {
    pub chrome: Chrome,
    pub expos: Vec<expos::ExpoSummary>,
}

pub async fn index(
    state: web::Data<AppState>,
    chrome: Chrome,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, async move {
        let expos = state.db(|c| Ok(expos::summaries(c, true)?)).await?;
        render(&IndexPage { chrome, expos })
    })
    .await
}

#[derive(Template)]
#[template(path = "public/signin.html")]
pub struct SignInPage {
    pub chrome: Chrome,
    pub email: String,
    pub next: String,
    pub error: Option<Text>,
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
    let again = |chrome: Chrome, message: Text, status: StatusCode| {
        render_with_status(
            &SignInPage {
                chrome,
                email: form.email.clone(),
                next: next.clone().unwrap_or_default(),
                error: Some(message),
            },
            status,
        )
    };
    let Ok(email) = EmailAddress::parse(&form.email) else {
        return again(
            chrome,
            text!("pub-signin-email-needed"),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    state.limit_sign_in(&req, &email).await?;
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
        return again(chrome, text!("pub-signin-wrong"), StatusCode::UNAUTHORIZED);
    };
    session::sign_in(
        &state,
        &session,
        Role::Organizer,
        organizer.id,
        organizer.name,
        chrome.t,
    )
    .await?;
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
    pub intro: Option<Text>,
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
    let t = chrome.t;
    let email = match EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            return render_with_status(
                &LinkRequestPage {
                    chrome,
                    email: form.email.clone(),
                    error: Some(t.text(&e.message)),
                    intro: None,
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    state.limit_sign_in(&req, &email).await?;
    let base = state.base_url.clone();
    let queued_for = email.clone();
    state
        .db(move |c| {
            crate::mail::queue_sign_in_links(c, &queued_for, &base, t, store::now())
                .map_err(AppError::internal)
        })
        .await?;
    session::flash(
        &session,
        "email",
        crate::text!("flash-email", email = email.as_str()),
    );
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

#[derive(Template)]
#[template(path = "public/link_confirm.html")]
pub struct LinkConfirmPage {
    pub chrome: Chrome,
    pub name: String,
    /// Whom the link signs in as (shown by its label in the viewer's language).
    pub role: Role,
    pub action: String,
}

/// Shows whom a link signs in, with a button that uses it. Opening the link does not
/// use it up, so mail scanners that open links cannot burn it, and nobody can be
/// signed into someone else's account by a link planted in a page.
pub async fn show_link(
    state: web::Data<AppState>,
    chrome: Chrome,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let raw = token.into_inner();
    let Some(token) = RawToken::parse(&raw) else {
        return link_problem(chrome, tokens::RedeemError::Unknown);
    };
    let peeked = state
        .db(move |c| match signin::peek(c, &token, store::now()) {
            Err(tokens::RedeemError::Db(e)) => Err(e.into()),
            other => Ok(other),
        })
        .await?;
    match peeked {
        Ok(who) => render(&LinkConfirmPage {
            chrome,
            name: who.name,
            role: who.role,
            action: format!("/auth/link/{raw}"),
        }),
        Err(problem) => link_problem(chrome, problem),
    }
}

/// Uses the link, starts a fresh session and lands on the role's home page.
pub async fn use_link(
    state: web::Data<AppState>,
    session: Session,
    chrome: Chrome,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let Some(token) = RawToken::parse(&token) else {
        return link_problem(chrome, tokens::RedeemError::Unknown);
    };
    let consumed = state
        .db(move |c| match signin::consume(c, &token, store::now()) {
            Err(tokens::RedeemError::Db(e)) => Err(e.into()),
            other => Ok(other),
        })
        .await?;
    match consumed {
        Ok(who) => {
            let seated = session::Seated {
                seat: store::sessions::Seat {
                    member: who.member,
                    acting_by: None,
                },
                acting_name: None,
            };
            session::sign_in_seated(
                &state, &session, who.role, who.id, who.name, chrome.t, seated,
            )
            .await?;
            // A colleague lands on the company's pages; consent is the primary contact's.
            let to = match who.member {
                Some(_) => who.role.home_path(),
                None => {
                    super::privacy::landing_after_sign_in(&state, &session, who.role, who.id)
                        .await?
                }
            };
            Ok(see_other(to))
        }
        Err(problem) => link_problem(chrome, problem),
    }
}

/// What went wrong with a link, and a form for a fresh one.
fn link_problem(chrome: Chrome, problem: tokens::RedeemError) -> Result<HttpResponse, AppError> {
    let (intro, status) = match problem {
        tokens::RedeemError::Expired => (text!("pub-link-expired"), StatusCode::GONE),
        tokens::RedeemError::Used => (text!("pub-link-used"), StatusCode::GONE),
        tokens::RedeemError::Unknown | tokens::RedeemError::Db(_) => {
            (text!("pub-link-invalid"), StatusCode::NOT_FOUND)
        }
    };
    render_with_status(
        &LinkRequestPage {
            chrome,
            email: String::new(),
            error: None,
            intro: Some(intro),
        },
        status,
    )
}

pub async fn sign_out(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session::sign_out(&state, &session).await?;
    Ok(see_other("/"))
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// Only same-site paths may be a redirect target after sign-in.
/// Browsers drop tabs and line breaks inside URLs, so those are refused too: a tab
/// between two slashes would otherwise make `//host`, another site.
pub(crate) fn safe_next(next: &str) -> Option<String> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.contains("://")
        && !next.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then(|| next.to_owned())
}

/// The client's address as rate limits and consent records know it: the peer, or,
/// behind a trusted proxy, the hop it added (`domain::proxy::client_address`).
pub(crate) fn client_address(
    req: &HttpRequest,
    proxies: &crate::domain::proxy::TrustedProxies,
) -> Option<std::net::IpAddr> {
    let peer = req.peer_addr()?.ip();
    if proxies.is_empty() {
        return Some(peer);
    }
    let values = |name: &str| -> Vec<&str> {
        req.headers()
            .get_all(name)
            .filter_map(|v| v.to_str().ok())
            .collect()
    };
    Some(crate::domain::proxy::client_address(
        peer,
        proxies,
        &values("forwarded"),
        &values("x-forwarded-for"),
    ))
}

pub(crate) fn client_key(
    req: &HttpRequest,
    proxies: &crate::domain::proxy::TrustedProxies,
) -> String {
    format!(
        "ip:{}",
        client_address(req, proxies).map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())
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
            "/\t/evil.example",
            "/\n/evil",
            "/ /evil",
        ] {
            assert_eq!(safe_next(bad), None, "case {bad:?}");
        }
    }
}
