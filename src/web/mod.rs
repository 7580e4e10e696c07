//! The actix layer: routes, sessions, CSRF, errors, and one module per audience.
//! Handlers stay thin: extract, parse, one store call in `web::block`, render.

pub mod account;
pub mod assets;
pub mod badges;
pub mod board;
pub mod buyer;
pub mod checkin;
pub mod errors;
pub mod feeds;
mod interpreter_agenda;
pub mod interpreters;
mod join;
pub mod language;
mod unsubscribe;
pub use crate::domain::display as format;
pub mod acting;
pub mod layout;
pub mod middleware;
pub mod ops;
pub mod organizer;
pub mod outcomes;
pub mod page;
pub mod page_cache;
pub mod participants;
pub mod privacy;
pub mod profile_form;
pub mod public;
pub mod ratings;
pub mod registration;
pub mod schedule;
pub mod session;
pub mod setup;
pub mod staff;
pub mod status;
pub mod supplier;
pub mod team;

use std::sync::Arc;

use actix_web::web;

use crate::config::Settings;
use crate::db::{DbConnection, DbPool};
use errors::AppError;

/// What every handler can reach. Cheap to clone; built once in `lib.rs`.
#[derive(Clone)]
pub struct AppState {
    pub pool: DbPool,
    pub settings: Arc<Settings>,
    /// Public address for links in emails, without a trailing slash.
    pub base_url: Arc<str>,
    /// Rendered pages, served again while the data under them is unchanged.
    pub pages: Arc<page_cache::PageCache>,
    /// Sign-ins checked lately, while the data under them is unchanged.
    pub checked: Arc<session::CheckedSessions>,
    /// When the process started, and whether it is stopping (`/readyz`).
    pub lifecycle: Arc<ops::Lifecycle>,
    /// This instance's one slot for a draft's improvement run.
    pub solver: crate::flows::scheduling::improve::SolverSlot,
}

impl AppState {
    /// Runs `f` with a pooled connection on the blocking thread pool.
    pub async fn db<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        // Staff acting for a company: whatever this call writes names them too.
        let acting = acting::current();
        web::block(move || {
            let mut conn = pool
                .get()
                .map_err(|e| AppError::Unavailable(e.to_string()))?;
            crate::store::acting::with(acting, || f(&mut conn))
        })
        .await?
    }

    /// What messages need to know about the site, owned, for building them off the
    /// async threads. The one place a handler gets a [`crate::mail::MailContext`].
    pub fn mail(&self) -> crate::mail::MailContext {
        crate::mail::MailContext::new(&self.base_url, self.settings.mail.from.clone())
            .with_secret(&self.settings.secret_key)
    }

    /// Spends one sign-in attempt for the client address and one for the email;
    /// `TooManyRequests` when either budget is used up. The budgets live in the
    /// database, shared by every instance on it (`store::attempts`).
    pub async fn limit_sign_in(
        &self,
        req: &actix_web::HttpRequest,
        email: &crate::domain::EmailAddress,
    ) -> Result<(), AppError> {
        let budgets = vec![
            public::client_key(req, &self.settings.proxies),
            format!("email:{email}"),
        ];
        let per_minute = self.settings.login_attempts_per_minute;
        let allowed = self
            .db(move |c| {
                Ok(crate::store::attempts::spend(
                    c,
                    &budgets,
                    per_minute,
                    crate::store::now(),
                )?)
            })
            .await?;
        if allowed {
            Ok(())
        } else {
            Err(AppError::TooManyRequests)
        }
    }

    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }
}

/// Every route. Actix tries them in the order given and matches each pattern with a
/// `{…}` in it by regular expression, so the pages buyers and suppliers load all day
/// come before the organizer's (most of the patterns); the prefixes never overlap, so
/// the order changes nothing else.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(public::index))
        .configure(ops::routes)
        .configure(staff::routes)
        .configure(acting::routes)
        .configure(team::routes)
        .configure(language::routes)
        .configure(feeds::routes)
        .configure(privacy::routes)
        .configure(buyer::routes)
        .configure(supplier::routes)
        .configure(ratings::routes)
        .configure(join::routes)
        .configure(interpreter_agenda::routes)
        .configure(unsubscribe::routes)
        .route("/static/{name}", web::get().to(assets::serve))
        .route("/signin", web::get().to(public::sign_in_form))
        .route("/signin", web::post().to(public::sign_in))
        .route("/signin/link", web::get().to(public::link_form))
        .route("/signin/link", web::post().to(public::request_link))
        .route("/signin/link/sent", web::get().to(public::link_sent))
        .route("/auth/link/{token}", web::get().to(public::show_link))
        .route("/auth/link/{token}", web::post().to(public::use_link))
        .route("/signout", web::post().to(public::sign_out))
        .configure(account::routes)
        .route("/organizer", web::get().to(organizer::home))
        .route("/organizer/email", web::get().to(organizer::email))
        .route(
            "/organizer/email/{id}",
            web::get().to(organizer::email_message),
        )
        .route(
            "/organizer/email/{id}/html",
            web::get().to(organizer::email_html),
        )
        .route(
            "/organizer/email/{id}/invite.ics",
            web::get().to(organizer::email_calendar),
        )
        .route(
            "/organizer/email/{id}/resend",
            web::post().to(organizer::email_resend),
        )
        .route("/organizer/suppliers", web::get().to(organizer::suppliers))
        .route("/organizer/audit", web::get().to(organizer::audit))
        .route("/organizer/staff", web::get().to(organizer::staff))
        .route("/organizer/status", web::get().to(status::status))
        .route(
            "/organizer/staff/{id}/sign-out",
            web::post().to(organizer::end_staff_sign_ins),
        )
        .route(
            "/organizer/suppliers/{id}/decide",
            web::post().to(organizer::decide_supplier),
        )
        .configure(setup::routes)
        .configure(layout::routes)
        .configure(participants::routes)
        .configure(schedule::routes)
        .configure(outcomes::routes)
        .configure(board::routes)
        .configure(checkin::routes)
        .configure(interpreters::routes)
        .configure(registration::routes);
}

pub async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}
