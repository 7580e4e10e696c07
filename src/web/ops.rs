//! What the machines around the service ask it: is it alive (`/healthz`), may it get
//! traffic (`/readyz`), and what are its figures (`/metrics`, for Prometheus).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};

use super::AppState;
use super::errors::AppError;
use crate::store;

/// Where the process is in its life: when it started, and whether it is stopping.
#[derive(Debug)]
pub struct Lifecycle {
    pub started: Instant,
    stopping: AtomicBool,
}

impl Default for Lifecycle {
    fn default() -> Self {
        Self {
            started: Instant::now(),
            stopping: AtomicBool::new(false),
        }
    }
}

impl Lifecycle {
    pub fn is_stopping(&self) -> bool {
        self.stopping.load(Ordering::SeqCst)
    }

    /// From now on `/readyz` answers 503.
    pub fn begin_stopping(&self) {
        self.stopping.store(true, Ordering::SeqCst);
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz))
        .route("/metrics", web::get().to(metrics));
}

fn json(status: actix_web::http::StatusCode, body: String) -> HttpResponse {
    HttpResponse::build(status)
        .content_type(ContentType::json())
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}

/// Liveness: the process answers and reaches its database.
pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    use actix_web::http::StatusCode;
    let backend = state.settings.database.backend_name();
    match state.db(|c| Ok(c.ping()?)).await {
        Ok(()) => json(
            StatusCode::OK,
            format!(r#"{{"status":"ok","database":"{backend}"}}"#),
        ),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            json(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(r#"{{"status":"unavailable","database":"{backend}"}}"#),
            )
        }
    }
}

/// Readiness: 200 only while the database answers with every migration of this
/// version applied and the server is not stopping; 503 otherwise, with the reason.
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    use actix_web::http::StatusCode;
    if state.lifecycle.is_stopping() {
        return json(
            StatusCode::SERVICE_UNAVAILABLE,
            r#"{"status":"stopping"}"#.to_owned(),
        );
    }
    let checked = state
        .db(|c| {
            c.ping()?;
            crate::db::pending_migrations(c).map_err(|e| AppError::Unavailable(e.to_string()))
        })
        .await;
    match checked {
        Ok(0) => json(StatusCode::OK, r#"{"status":"ready"}"#.to_owned()),
        Ok(pending) => json(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(r#"{{"status":"migrations not applied","unapplied":{pending}}}"#),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            json(
                StatusCode::SERVICE_UNAVAILABLE,
                r#"{"status":"database unavailable"}"#.to_owned(),
            )
        }
    }
}

/// `/metrics` on the site's own address: only with `EXPOMATCH_METRICS_TOKEN` set, and
/// only to a request that carries it as a bearer token (401 otherwise, 404 when unset,
/// so the endpoint is not even seen where it is off).
pub async fn metrics(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let Some(token) = state.settings.ops.metrics_token.as_deref() else {
        return Err(AppError::NotFound);
    };
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let allowed = given.is_some_and(|given| {
        crate::domain::token::constant_time_eq(given.as_bytes(), token.as_bytes())
    });
    if !allowed {
        return Ok(HttpResponse::Unauthorized()
            .insert_header((header::WWW_AUTHENTICATE, r#"Bearer realm="metrics""#))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .finish());
    }
    scrape(state).await
}

/// `/metrics` on the separate metrics listener (`EXPOMATCH_METRICS_BIND`): that
/// address is the protection, so no token is asked for.
pub async fn metrics_open(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    scrape(state).await
}

async fn scrape(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let figures = state
        .db(|c| Ok(store::health::figures(c, store::now())?))
        .await?;
    let body = crate::metrics::render(
        &figures,
        &state.pool.state(),
        state.lifecycle.started.elapsed(),
    );
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}
