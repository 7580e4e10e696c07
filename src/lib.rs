//! expomatch: export consultation meetings at trade expos.
//!
//! `lib.rs` builds the app; `main.rs` only parses the command line and starts it, so
//! tests can start the very same app on a random port.

pub mod config;
pub mod db;
pub mod demo;
pub mod doctor;
pub mod domain;
pub mod flows;
pub mod i18n;
pub mod mail;
pub mod metrics;
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
    /// The listener of `EXPOMATCH_METRICS_BIND`, and its port.
    metrics: Option<(Server, u16)>,
    sender: Option<mail::sender::Sender>,
    poll: std::time::Duration,
    pages: Arc<web::page_cache::PageCache>,
    lifecycle: Arc<web::ops::Lifecycle>,
    stop: Stopper,
    ops: config::OpsSettings,
}

/// Asks a running [`Application`] to stop as SIGTERM does: `/readyz` turns 503, then
/// (after the shutdown delay) the server stops accepting, finishes the requests in
/// flight and the email batch being sent, and `run_until_stopped` returns.
#[derive(Clone, Default)]
pub struct Stopper(Arc<tokio::sync::Notify>);

impl Stopper {
    pub fn stop(&self) {
        self.0.notify_one();
    }
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
        let backups = match (&settings.ops.backups, &settings.database) {
            (Some(schedule), db::DatabaseUrl::Sqlite(path)) => {
                Some((schedule.clone(), path.clone()))
            }
            _ => None,
        };
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
            .with_daily_if(backups, "database backup", |(schedule, path), _, now| {
                match db::backup::scheduled(path, schedule, now) {
                    Ok(Some((file, deleted))) => {
                        metrics::backup("ok");
                        tracing::info!(file = %file.display(), deleted, "backup written");
                        Ok(1)
                    }
                    Ok(None) => Ok(0),
                    Err(e) => {
                        metrics::backup("error");
                        Err(e.into())
                    }
                }
            })
        });
        let metrics_on =
            settings.ops.metrics_token.is_some() || settings.ops.metrics_bind.is_some();
        if metrics_on {
            metrics::enable();
        }
        let poll = settings.mail.poll;
        let state = web::AppState {
            pool,
            base_url: base_url.clone().into(),
            pages: Arc::new(web::page_cache::PageCache::new(
                db::changes::DataVersion::watch(&settings.database),
                settings.page_cache,
            )),
            checked: Arc::default(),
            lifecycle: Arc::default(),
            solver: Default::default(),
            settings: Arc::new(settings),
        };
        let pages = Arc::clone(&state.pages);
        let lifecycle = Arc::clone(&state.lifecycle);
        let ops = state.settings.ops.clone();
        let metrics = match &ops.metrics_bind {
            Some(bind) => Some(metrics_listener(bind, state.clone())?),
            None => None,
        };
        let server = run(listener, state)?;
        Ok(Self {
            port: addr.port(),
            base_url,
            server,
            metrics,
            sender,
            poll,
            pages,
            lifecycle,
            stop: Stopper::default(),
            ops,
        })
    }

    /// The port of the separate metrics listener, if one was asked for.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics.as_ref().map(|(_, port)| *port)
    }

    /// Stops the app as SIGTERM would (see [`Stopper`]).
    pub fn stopper(&self) -> Stopper {
        self.stop.clone()
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
    /// Stopping (a [`Stopper`], or SIGTERM/SIGINT with [`Self::run_until_signalled`]):
    /// `/readyz` answers 503 at once; after the shutdown delay the server stops
    /// accepting and finishes the requests in flight, then the outbox worker finishes
    /// the batch it is sending, each within the grace period. What is still queued
    /// stays queued in the database for the next start.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.serve(std::future::pending()).await
    }

    /// [`Self::run_until_stopped`], also stopping on SIGTERM or SIGINT.
    /// A second signal while stopping ends the process at once (exit 1), as a person
    /// pressing Ctrl-C twice expects.
    pub async fn run_until_signalled(self) -> std::io::Result<()> {
        let (first, second) = tokio::sync::oneshot::channel::<&'static str>();
        tokio::spawn(signals(first));
        self.serve(async move { second.await.unwrap_or("signal listener gone") })
            .await
    }

    async fn serve(
        self,
        signal: impl std::future::Future<Output = &'static str> + Send + 'static,
    ) -> std::io::Result<()> {
        let (stop_worker, worker_stop) = tokio::sync::watch::channel(false);
        let stop_worker = Arc::new(stop_worker);
        // When the server stops accepting: the grace period counts from then, for the
        // requests in flight and the email batch alike (both stop at once).
        let draining: Arc<std::sync::OnceLock<std::time::Instant>> = Arc::default();
        let worker = self
            .sender
            .map(|sender| tokio::spawn(sender.run(self.poll, worker_stop)));
        let handle = self.server.handle();
        let metrics_handle = self.metrics.as_ref().map(|(server, _)| server.handle());
        let metrics_server = self.metrics.map(|(server, _)| tokio::spawn(server));
        let (lifecycle, stop, ops) = (self.lifecycle, self.stop, self.ops);
        let grace = ops.shutdown_grace;
        let (stop_worker_, draining_) = (Arc::clone(&stop_worker), Arc::clone(&draining));
        tokio::spawn(async move {
            let why = tokio::select! {
                why = signal => why,
                () = stop.0.notified() => "asked",
            };
            lifecycle.begin_stopping();
            tracing::info!(
                why,
                delay_seconds = ops.shutdown_delay.as_secs(),
                grace_seconds = grace.as_secs(),
                "stopping: /readyz answers 503"
            );
            tokio::time::sleep(ops.shutdown_delay).await;
            let _ = draining_.set(std::time::Instant::now());
            // The worker finishes the batch it is sending and stops; what requests
            // still queue stays queued for the next start.
            let _ = stop_worker_.send(true);
            // Graceful: no new connections; requests in flight finish (up to the
            // grace period, set on the server).
            handle.stop(true).await;
            if let Some(metrics) = metrics_handle {
                metrics.stop(false).await;
            }
        });
        let result = self.server.await;
        let _ = stop_worker.send(true);
        if let Some(worker) = worker {
            let abort = worker.abort_handle();
            let left = draining
                .get()
                .map_or(grace, |at| grace.saturating_sub(at.elapsed()));
            if tokio::time::timeout(left, worker).await.is_err() {
                tracing::warn!("the outbox worker did not finish within the grace period");
                abort.abort();
            }
        }
        if let Some(metrics) = metrics_server {
            metrics.abort();
        }
        tracing::info!("stopped");
        result
    }
}

/// Tells `first` the name of the first SIGTERM or SIGINT; on a second one, exits.
async fn signals(first: tokio::sync::oneshot::Sender<&'static str>) {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) else {
        tracing::error!("cannot listen for SIGTERM and SIGINT");
        return;
    };
    let name = tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
    };
    let _ = first.send(name);
    let again = tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
    };
    tracing::warn!(
        signal = again,
        "a second signal while stopping: exiting now"
    );
    std::process::exit(1);
}

/// The separate `/metrics` listener: one worker, no sessions, nothing else routed.
fn metrics_listener(bind: &str, state: web::AppState) -> anyhow::Result<(Server, u16)> {
    let listener = TcpListener::bind(bind)
        .map_err(|e| anyhow::anyhow!("cannot listen for metrics on {bind}: {e}"))?;
    let port = listener.local_addr()?.port();
    let data = aw::Data::new(state);
    let server = HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .route("/metrics", aw::get().to(web::ops::metrics_open))
    })
    .workers(1)
    .disable_signals()
    .listen(listener)?
    .run();
    Ok((server, port))
}

fn run(listener: TcpListener, state: web::AppState) -> anyhow::Result<Server> {
    let key = Key::derive_from(&state.settings.secret_key);
    let secure = state.base_url.starts_with("https://");
    let workers = state.settings.workers;
    let state_ttl = state.settings.sessions.absolute.num_seconds();
    let grace = state.settings.ops.shutdown_grace;
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
            .wrap(from_fn(web::acting::seat_guard))
            .wrap(from_fn(web::staff::guard))
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
    // Stopping is ours (`Application::serve`): signals set /readyz first.
    .disable_signals()
    .shutdown_timeout(grace.as_secs())
    .listen(listener)?
    .run();
    Ok(server)
}
