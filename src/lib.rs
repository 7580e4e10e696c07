//! expomatch: export consultation meetings at trade expos.
//!
//! `lib.rs` builds the app; `main.rs` only parses the command line and starts it, so
//! tests can start the very same app on a random port.

pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod flows;
pub mod i18n;
pub mod mail;
pub mod store;
pub mod web;

use std::net::TcpListener;
use std::sync::Arc;

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession};
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite, time::Duration as CookieDuration};
use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web as aw};

use config::Settings;
use db::DbPool;

pub struct Application {
    port: u16,
    base_url: String,
    server: Server,
    sender: Option<mail::sender::Sender>,
    poll: std::time::Duration,
    pages: Arc<web::page_cache::PageCache>,
}

impl Application {
    /// Migrates the database, builds the pool and binds the listener. Port 0 picks a
    /// free port (tests do this); `port()` tells which.
    pub fn build(settings: Settings) -> anyhow::Result<Self> {
        let pool = db::build_pool(&settings.database, settings.pool_size)?;
        Self::build_with_pool(settings, pool)
    }

    pub fn build_with_pool(settings: Settings, pool: DbPool) -> anyhow::Result<Self> {
        let indexed = store::directory::catch_up(&mut *pool.get()?)?;
        if indexed > 0 {
            tracing::info!(suppliers = indexed, "directory search terms made");
        }
        let listener = TcpListener::bind(&settings.bind)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", settings.bind))?;
        let addr = listener.local_addr()?;
        let base_url = settings
            .base_url
            .clone()
            .unwrap_or_else(|| format!("http://{addr}"));
        let mailer = mail::transport::Mailer::from_url(
            settings.mail.smtp_url.as_deref(),
            &settings.data_dir,
        )?;
        let session_limits = settings.sessions;
        let sent_mail_days = settings.sent_mail_retention_days;
        let sender = settings.mail.worker.then(|| {
            mail::sender::Sender::new(
                pool.clone(),
                mailer,
                mail::sender::SenderConfig {
                    secret: settings.secret_key.clone(),
                    ..mail::sender::SenderConfig::new(settings.mail.from.clone(), &base_url)
                },
            )
            .with_timed("expired meeting requests", |c, ctx, now| {
                Ok(flows::requests::expire_due(c, ctx, now)?)
            })
            .with_timed("expired sessions", move |c, _, now| {
                Ok(store::sessions::delete_expired(c, session_limits, now)?)
            })
            .with_daily("personal data retention", move |c, now| {
                let report = store::privacy::purge(c, now, sent_mail_days, false)?;
                Ok(report.people() + report.message_bodies)
            })
        });
        let poll = settings.mail.poll;
        let state = web::AppState {
            pool,
            base_url: base_url.clone().into(),
            pages: Arc::new(web::page_cache::PageCache::new(
                db::changes::DataVersion::watch(&settings.database),
                settings.page_cache,
            )),
            checked: Arc::default(),
            settings: Arc::new(settings),
        };
        let pages = Arc::clone(&state.pages);
        let server = run(listener, state)?;
        Ok(Self {
            port: addr.port(),
            base_url,
            server,
            sender,
            poll,
            pages,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The app's page cache: a process that writes to the database beside the app's
    /// own requests (the tests) tells it with `note_write`.
    pub fn page_cache(&self) -> Arc<web::page_cache::PageCache> {
        Arc::clone(&self.pages)
    }

    /// Serves until stopped; the outbox worker runs beside the server meanwhile.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let worker = self
            .sender
            .map(|sender| tokio::spawn(sender.run(self.poll)));
        let result = self.server.await;
        if let Some(worker) = worker {
            worker.abort();
        }
        result
    }
}

fn run(listener: TcpListener, state: web::AppState) -> anyhow::Result<Server> {
    let key = Key::derive_from(&state.settings.secret_key);
    let secure = state.base_url.starts_with("https://");
    let workers = state.settings.workers;
    let state_ttl = state.settings.sessions.absolute.num_seconds();
    let data = aw::Data::new(state);
    let server = HttpServer::new(move || {
        let sessions = SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
            .cookie_name(web::session::COOKIE_NAME.to_owned())
            .cookie_secure(secure)
            .cookie_http_only(true)
            .cookie_same_site(SameSite::Lax)
            .cookie_content_security(CookieContentSecurity::Private)
            // The cookie may last as long as a session can; the server decides sooner.
            .session_lifecycle(
                PersistentSession::default().session_ttl(CookieDuration::seconds(state_ttl)),
            )
            .build();
        App::new()
            .app_data(data.clone())
            .app_data(
                aw::FormConfig::default()
                    // Pasted buyer lists are the largest forms.
                    .limit(2 * 1024 * 1024)
                    .error_handler(|e, _| web::errors::AppError::BadRequest(e.to_string()).into()),
            )
            .app_data(aw::PayloadConfig::new(2 * 1024 * 1024))
            .app_data(
                aw::QueryConfig::default()
                    .error_handler(|e, _| web::errors::AppError::BadRequest(e.to_string()).into()),
            )
            .app_data(
                aw::PathConfig::default()
                    .error_handler(|_, _| web::errors::AppError::NotFound.into()),
            )
            .wrap(from_fn(web::page_cache::note_writes))
            .wrap(from_fn(web::privacy::consent_gate))
            .wrap(from_fn(web::middleware::csrf_guard))
            .wrap(from_fn(web::middleware::refuse_nul_bytes))
            .wrap(from_fn(web::errors::dress_errors))
            .wrap(from_fn(web::session::verify))
            .wrap(sessions)
            .wrap(from_fn(web::middleware::in_request_span))
            .wrap(from_fn(web::page_cache::serve_kept))
            .wrap(from_fn(web::middleware::revalidate))
            .wrap(web::middleware::security_headers())
            .wrap(from_fn(web::middleware::head_as_get))
            .wrap(from_fn(web::middleware::request_log))
            .configure(web::routes)
            .default_service(aw::to(web::not_found))
    })
    .workers(workers)
    .listen(listener)?
    .run();
    Ok(server)
}
