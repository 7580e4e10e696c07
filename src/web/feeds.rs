//! Calendar subscription addresses for buyers and suppliers: made (and remade) by
//! their owner, shown once, kept only hashed (`store::feeds`), and answered at
//! `/calendar/<secret>.ics` for calendar apps, which have no session.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render};
use super::session;
use crate::domain::token::RawToken;
use crate::domain::{BuyerId, Role, SupplierId};
use crate::store::{self, feeds};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/calendar/{file}", web::get().to(feed))
        .route("/buyer/subscription", web::post().to(renew))
        .route("/supplier/agenda/subscription", web::post().to(renew));
}

/// The page that shows a new address, the only time it is ever shown.
#[derive(Template)]
#[template(path = "feed_ready.html")]
pub struct FeedReadyPage {
    pub chrome: Chrome,
    pub url: String,
    pub back: &'static str,
}

impl FeedReadyPage {
    /// The same address for calendar apps that open `webcal:` links.
    pub fn webcal_url(&self) -> String {
        self.url
            .replacen("https://", "webcal://", 1)
            .replacen("http://", "webcal://", 1)
    }
}

/// Makes a new subscription address for the signed-in buyer or supplier and shows it;
/// the previous address stops working at once.
pub async fn renew(
    state: web::Data<AppState>,
    req: HttpRequest,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let who = session::identity(&req)
        .filter(|who| matches!(who.role, Role::Buyer | Role::Supplier))
        .ok_or(AppError::Forbidden("errpage-no-feed"))?;
    let (role, id) = (who.role, who.id);
    let token = state
        .db(move |c| Ok(feeds::renew(c, role, id, store::now())?))
        .await?;
    let back = match role {
        Role::Supplier => "/supplier/agenda#subscribe",
        _ => "/buyer#subscribe",
    };
    let mut page = render(&FeedReadyPage {
        chrome,
        url: state.absolute(&feed_path(&token)),
        back,
    })?;
    // The answer holds the secret: no cache may keep it.
    page.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(page)
}

/// Where a subscription address points; the one place that writes one.
pub fn feed_path(token: &RawToken) -> String {
    format!("/calendar/{}.ics", token.as_str())
}

/// The agenda of whoever owns the address, as a calendar file. An unknown, replaced or
/// malformed address is a 404, whatever it looks like.
pub async fn feed(
    state: web::Data<AppState>,
    file: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = file
        .strip_suffix(".ics")
        .and_then(RawToken::parse)
        .ok_or(AppError::NotFound)?;
    let hash = token.hash();
    let owner = state
        .db(move |c| Ok(feeds::owner(c, &hash)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let (ics, filename) = match owner {
        (Role::Supplier, id) => (
            super::supplier::agenda_feed(&state, SupplierId(id)).await?,
            "agenda.ics",
        ),
        (Role::Buyer, id) => (
            super::buyer::agenda_feed(&state, BuyerId(id)).await?,
            "expomatch-agenda.ics",
        ),
        (Role::Organizer, _) => return Err(AppError::NotFound),
    };
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .body(ics))
}
