//! Rendered pages kept per viewer and served again, byte for byte, while nothing
//! under them can have changed. A page is served from the cache only when:
//!
//! - the database's data version is the one read *before* the page was rendered
//!   (`db::changes`): after any commit since, the page is rendered afresh, so a taken
//!   slot is not offered from the cache (this instance's own writes count at once,
//!   anyone else's within about a millisecond; booking checks the slot again anyway);
//! - the UTC minute it was rendered in has not ended. Slot times, and so every moment
//!   a meeting starts or a slot stops being bookable, fall on whole minutes; a page
//!   never outlives the minute in which it was true;
//! - it is the same viewer (role, id, session's CSRF token) asking for the same path
//!   and query, with no one-time flash message to show.
//!
//! Only 200 responses are kept; a page that had to create a CSRF token while rendering
//! is not (its token belongs to that response's new cookie).

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};

use actix_session::SessionExt;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::HeaderMap;
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};

use super::errors::AppError;
use super::page::Chrome;
use super::session;
use crate::db::changes::DataVersion;

/// Beyond this many bytes of pages, stale entries are dropped, then all.
const MAX_BYTES: usize = 64 * 1024 * 1024;

pub struct PageCache {
    version: DataVersion,
    state: Mutex<Entries>,
    /// Pages rendered for the cache (for tests and figures).
    renders: std::sync::atomic::AtomicU64,
}

#[derive(Default)]
struct Entries {
    pages: HashMap<String, Entry>,
    bytes: usize,
    /// One gate per page being rendered: whoever asks for it meanwhile waits for that
    /// render instead of rendering the same page too.
    rendering: HashMap<String, Arc<tokio::sync::Mutex<()>>>,
}

struct Entry {
    version: u64,
    minute: i64,
    headers: HeaderMap,
    body: Bytes,
}

/// Who asks for what: the cache key of one request, or `None` when the page must be
/// rendered afresh (a flash message to show).
pub struct PageKey {
    key: String,
    csrf: Option<String>,
}

impl PageKey {
    pub fn of(req: &HttpRequest, chrome: &Chrome) -> Option<Self> {
        if chrome.flash.is_some() {
            return None;
        }
        let csrf = session::stored_csrf_token(&req.get_session());
        let who = chrome
            .user
            .as_ref()
            .map_or_else(String::new, |u| format!("{}:{}", u.role.label(), u.id));
        Some(Self {
            key: format!(
                "{who}\n{}\n{}?{}",
                csrf.as_deref().unwrap_or(""),
                req.path(),
                req.query_string()
            ),
            csrf,
        })
    }
}

fn minute_now() -> i64 {
    chrono::Utc::now().timestamp().div_euclid(60)
}

impl PageCache {
    pub fn new(version: DataVersion) -> Self {
        Self {
            version,
            state: Mutex::default(),
            renders: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// This process has (possibly) just written to the database.
    pub fn note_write(&self) {
        self.version.note_write();
    }

    /// The page for `key` from the cache when it is still true, else `render`'s, kept
    /// for the next request when it may be.
    pub async fn serve<F>(
        &self,
        req: &HttpRequest,
        key: Option<PageKey>,
        render: F,
    ) -> Result<HttpResponse, AppError>
    where
        F: Future<Output = Result<HttpResponse, AppError>>,
    {
        let Some(key) = key else {
            return render.await;
        };
        // Most requests end here: the page is still true.
        let Some(version) = self.version.current() else {
            return render.await;
        };
        if let Some(hit) = self.hit(&key.key, version, minute_now()) {
            return Ok(hit);
        }
        // One render per page at a time. Right after a change every open connection
        // asks for the page at once; rendering it once for each (64 directories of 300
        // scored suppliers) made the slowest answers wait 0.4 s.
        let Some(gate) = self.gate(&key.key) else {
            return render.await;
        };
        let turn = gate.lock().await;
        let served = self.serve_in_turn(req, key, render).await;
        drop(turn);
        self.release(&gate);
        served
    }

    /// [`Self::serve`] once this request's turn has come: the page may have been
    /// rendered by the request before it.
    async fn serve_in_turn<F>(
        &self,
        req: &HttpRequest,
        key: PageKey,
        render: F,
    ) -> Result<HttpResponse, AppError>
    where
        F: Future<Output = Result<HttpResponse, AppError>>,
    {
        // Read before rendering: a commit during the render makes this entry stale.
        let Some(version) = self.version.current() else {
            return render.await;
        };
        let minute = minute_now();
        if let Some(hit) = self.hit(&key.key, version, minute) {
            return Ok(hit);
        }
        self.renders
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let response = render.await?;
        if response.status() != StatusCode::OK
            || session::stored_csrf_token(&req.get_session()) != key.csrf
        {
            return Ok(response);
        }
        let headers = response.headers().clone();
        let body = match response.into_body().try_into_bytes() {
            Ok(body) => body,
            Err(body) => return Ok(rebuild(&headers, body)),
        };
        self.keep(
            key.key,
            Entry {
                version,
                minute,
                headers: headers.clone(),
                body: body.clone(),
            },
        );
        Ok(rebuild(&headers, body))
    }

    /// The gate of the page `key`, shared with whoever else is rendering or waiting.
    fn gate(&self, key: &str) -> Option<Arc<tokio::sync::Mutex<()>>> {
        let mut entries = self.state.lock().ok()?;
        Some(Arc::clone(
            entries.rendering.entry(key.to_owned()).or_default(),
        ))
    }

    /// Forgets a gate no one else holds (the map's reference and `gate` are the last).
    fn release(&self, gate: &Arc<tokio::sync::Mutex<()>>) {
        if let Ok(mut entries) = self.state.lock() {
            entries
                .rendering
                .retain(|_, g| !(Arc::ptr_eq(g, gate) && Arc::strong_count(g) <= 2));
        }
    }

    fn hit(&self, key: &str, version: u64, minute: i64) -> Option<HttpResponse> {
        let entries = self.state.lock().ok()?;
        let entry = entries.pages.get(key)?;
        (entry.version == version && entry.minute == minute)
            .then(|| rebuild(&entry.headers, entry.body.clone()))
    }

    fn keep(&self, key: String, entry: Entry) {
        let Ok(mut entries) = self.state.lock() else {
            return;
        };
        entries.bytes += entry.body.len();
        if let Some(old) = entries.pages.insert(key, entry) {
            entries.bytes -= old.body.len();
        }
        if entries.bytes > MAX_BYTES {
            let (version, minute) = (self.version.current(), minute_now());
            entries
                .pages
                .retain(|_, e| Some(e.version) == version && e.minute == minute);
            if entries.pages.values().map(|e| e.body.len()).sum::<usize>() > MAX_BYTES {
                entries.pages.clear();
            }
            entries.bytes = entries.pages.values().map(|e| e.body.len()).sum();
        }
    }

    /// Pages rendered for the cache so far, hits not counted (for tests and figures).
    pub fn renders(&self) -> u64 {
        self.renders.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Entries kept (for tests and figures).
    pub fn len(&self) -> usize {
        self.state.lock().map_or(0, |e| e.pages.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn rebuild(headers: &HeaderMap, body: impl MessageBody + 'static) -> HttpResponse {
    let mut response = HttpResponse::Ok().body(body);
    for (name, value) in headers {
        response.headers_mut().append(name.clone(), value.clone());
    }
    response
}

/// After every state-changing request, tells the cache that the database may have
/// changed, so the person's next page shows their change even before the database's
/// own notice arrives (PostgreSQL).
pub async fn note_writes(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let state = writes
        .then(|| req.app_data::<web::Data<super::AppState>>().cloned())
        .flatten();
    let response = next.call(req).await;
    if let Some(state) = state {
        state.pages.note_write();
    }
    response.map(ServiceResponse::map_into_boxed_body)
}

/// Serves the page `render` makes through the app's page cache (see the module docs).
/// `key` comes from [`PageKey::of`], taken before the page's `Chrome` moves into it.
pub async fn cached<F>(
    req: &HttpRequest,
    key: Option<PageKey>,
    render: F,
) -> Result<HttpResponse, AppError>
where
    F: Future<Output = Result<HttpResponse, AppError>>,
{
    match req.app_data::<web::Data<super::AppState>>() {
        Some(state) => state.pages.serve(req, key, render).await,
        None => render.await,
    }
}
