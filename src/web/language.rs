//! Which language a request is answered in, and the switcher that changes it.
//!
//! In order: the signed-in person's language (from their record at sign-in, or the
//! switcher), the `lang` cookie a visitor's switcher set, the browser's
//! `Accept-Language`, English.

use actix_session::Session;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::session;
use crate::i18n::Locale;

/// The cookie a visitor's language choice is kept in.
pub const COOKIE: &str = "lang";

/// The language this request is answered in.
pub fn of(req: &HttpRequest) -> Locale {
    let signed_in = session::identity(req)
        .and_then(|who| who.lang)
        .and_then(|code| Locale::parse(&code));
    signed_in
        .or_else(|| chosen(req))
        .or_else(|| accepted(req))
        .unwrap_or_default()
}

/// What the visitor's `lang` cookie says.
pub fn chosen(req: &HttpRequest) -> Option<Locale> {
    req.cookie(COOKIE).and_then(|c| Locale::parse(c.value()))
}

/// What the browser asks for.
pub fn accepted(req: &HttpRequest) -> Option<Locale> {
    req.headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Locale::negotiate)
}

#[derive(Deserialize)]
struct Back {
    back: Option<String>,
}

/// `GET /language/{code}?back=/path`: a link, so that it works signed out and without
/// a form; changing one's own language is harmless if a link is followed by mistake.
async fn switch(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    code: web::Path<String>,
    back: web::Query<Back>,
) -> Result<HttpResponse, AppError> {
    let locale = Locale::parse(&code)
        .filter(|l| Locale::OFFERED.contains(l))
        .ok_or(AppError::NotFound)?;
    if let Some(who) = session::identity(&req) {
        let (role, id, seat) = (who.role, who.id, who.seat);
        // A colleague's language is their own; staff acting for a company leave the
        // company's as it is (their pages follow the cookie).
        state
            .db(move |c| match (seat.member, seat.acting_by) {
                (Some(member), _) => Ok(crate::store::team::set_language(c, member, locale)?),
                (None, Some(_)) => Ok(()),
                (None, None) => Ok(crate::store::languages::set(c, role, id, locale)?),
            })
            .await?;
        session::relanguage(&session, locale);
    }
    let back = back
        .back
        .as_deref()
        .and_then(super::public::safe_next)
        .unwrap_or_else(|| "/".to_owned());
    let cookie = Cookie::build(COOKIE, locale.code())
        .path("/")
        .same_site(SameSite::Lax)
        .http_only(true)
        .max_age(Duration::days(365))
        .finish();
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, back))
        .cookie(cookie)
        .finish())
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/language/{code}", web::get().to(switch));
}
