//! The organizer's status page: the figures the metrics endpoint gives Prometheus
//! (`store::health`), for a person — is email going out, what went wrong last, how
//! big is the database, when was the last backup.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render};
use super::session::SignedInOrganizer;
use crate::domain::status::MessageStatus;
use crate::store::{self, health::Figures};

#[derive(Template)]
#[template(path = "organizer/status.html")]
pub struct StatusPage {
    pub chrome: Chrome,
    pub figures: Figures,
    pub version: &'static str,
    pub backend: &'static str,
    pub pending_migrations: usize,
    pub uptime_minutes: i64,
    pub worker: bool,
    pub metrics: bool,
    pub proxies: bool,
    /// Where the server's daily backups go and how many it keeps, with the newest
    /// backup's file name and time (UTC).
    pub backups: Option<Backups>,
}

pub struct Backups {
    pub dir: String,
    pub keep: usize,
    pub latest: Option<(String, chrono::NaiveDateTime)>,
}

impl StatusPage {
    pub fn count(&self, status: &MessageStatus) -> i64 {
        self.figures.count(*status)
    }

    pub fn statuses(&self) -> &'static [MessageStatus] {
        MessageStatus::ALL
    }

    pub fn healthy(&self) -> bool {
        self.figures.outbox_healthy()
    }

    /// Minutes the oldest waiting message has waited (rounded up: a message queued a
    /// moment ago has waited "1 minute", not "0").
    pub fn oldest_minutes(&self) -> Option<i64> {
        self.figures.oldest_unsent_seconds.map(|s| (s + 59) / 60)
    }

    /// The database size in megabytes with one decimal.
    pub fn database_megabytes(&self) -> Option<String> {
        self.figures
            .database_bytes
            .map(|b| format!("{:.1}", b as f64 / 1_000_000.0))
    }

    pub fn kind_label(&self, code: &str) -> String {
        self.chrome
            .t
            .get(crate::domain::mail_kind::label_key_of(code))
    }
}

pub async fn status(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (figures, pending_migrations) = state
        .db(|c| {
            let figures = store::health::figures(c, store::now())?;
            let pending = crate::db::pending_migrations(c)
                .map_err(|e| AppError::Unavailable(e.to_string()))?;
            Ok((figures, pending))
        })
        .await?;
    let settings = &state.settings;
    let backups = settings.ops.backups.as_ref().map(|b| Backups {
        dir: b.dir.display().to_string(),
        keep: b.keep,
        latest: crate::db::backup::latest_scheduled(&b.dir).map(|(path, at)| {
            (
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                at,
            )
        }),
    });
    render(&StatusPage {
        chrome,
        figures,
        version: env!("CARGO_PKG_VERSION"),
        backend: settings.database.backend_name(),
        pending_migrations,
        uptime_minutes: i64::try_from(state.lifecycle.started.elapsed().as_secs() / 60)
            .unwrap_or(i64::MAX),
        worker: settings.mail.worker,
        metrics: settings.ops.metrics_token.is_some() || settings.ops.metrics_bind.is_some(),
        proxies: !settings.proxies.is_empty(),
        backups,
    })
}
