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
//! - it is the same session cookie value (as actix parses it for the session
//!   middleware) asking for the same path and query. The cookie is encrypted and holds
//!   the whole session (who is signed in, when, the CSRF token, a flash message), so
//!   the same value always means the same viewer; a page with a one-time flash message
//!   to show is never kept.
//!
//! Only 200 responses are kept; a page that had to create a CSRF token while rendering
//! is not (its token belongs to that response's new cookie), nor a page whose sign-in
//! ends within [`SIGN_IN_MARGIN`] (it must not outlive the sign-in).
//!
//! Because the key is the encrypted cookie, not the session in it, a kept page is
//! found before the session is decrypted: [`serve_kept`] runs outside the session
//! middleware and answers a hit without routing, extractors or handler. Decrypting and parsing the session cost a
//! signed-in reader more than the rest of serving a kept page, network aside.

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
    /// Off (`--page-cache false`): every page is rendered afresh; the data version is
    /// still watched for the sessions checked lately (`web::session`).
    enabled: bool,
    state: Mutex<Entries>,
    /// Pages rendered, kept or not (for tests and figures).
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

/// A page whose viewer's sign-in ends sooner than this is not kept.
pub const SIGN_IN_MARGIN: i64 = 120;

/// Whether a sign-in that ends at `ends_at` (its idle or absolute limit, whichever
/// comes first) still has [`SIGN_IN_MARGIN`] seconds to run at `now` (both Unix
/// seconds), so a page kept for it cannot outlive it. Ending a session on the server
/// is a write, which makes every kept page stale anyway.
fn outlasts_margin(ends_at: i64, now: i64) -> bool {
    ends_at - now >= SIGN_IN_MARGIN
}

/// Who asks for what: the cache key of one request, or `None` when the page must be
/// rendered afresh (a flash message to show, a sign-in about to end).
pub struct PageKey {
    key: String,
    csrf: Option<String>,
}

impl PageKey {
    pub fn of(req: &HttpRequest, chrome: &Chrome) -> Option<Self> {
        if chrome.flash.is_some() {
            return None;
        }
        if let Some(user) = &chrome.user
            && !outlasts_margin(user.ends_at, chrono::Utc::now().timestamp())
        {
            return None;
        }
        Some(Self {
            key: raw_key(req)?,
            csrf: session::stored_csrf_token(&req.get_session()),
        })
    }
}

/// The key of a request as it arrives: its session cookie's value (empty without
/// one), path and query. The cookie is read by actix's own parser, the one the session
/// middleware reads it with, so the key always names the session the page is rendered
/// for (a hand-made split read `expomatch =…` as no cookie, and kept a signed-in page
/// for visitors without one). `None` when the cookies do not parse or the session
/// cookie comes twice.
fn raw_key(req: &HttpRequest) -> Option<String> {
    let cookies = req.cookies().ok()?;
    let mut named = cookies.iter().filter(|c| c.name() == session::COOKIE_NAME);
    let cookie = named.next().map_or("", |c| c.value());
    if named.next().is_some() {
        return None;
    }
    // The page's language comes from the session, the `lang` cookie or the browser's
    // Accept-Language: the last two are part of the key, so a page is only kept for
    // the language it was rendered in.
    let lang = super::language::chosen(req).map_or("", |l| l.code());
    let accepted = super::language::accepted(req).map_or("", |l| l.code());
    Some(format!(
        "{cookie}\n{lang}\n{accepted}\n{}?{}",
        req.path(),
        req.query_string()
    ))
}

fn minute_now() -> i64 {
    chrono::Utc::now().timestamp().div_euclid(60)
}

impl PageCache {
    pub fn new(version: DataVersion, enabled: bool) -> Self {
        Self {
            version,
            enabled,
            state: Mutex::default(),
            renders: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// The database's data version now (`db::changes`), when it is known: it changes
    /// with every commit that can matter to a page or a session.
    pub fn data_version(&self) -> Option<u64> {
        self.version.current()
    }

    /// This process has (possibly) just written to the database.
    pub fn note_write(&self) {
        self.version.note_write();
    }

    /// The page kept for this request, when it is still true (see [`serve_kept`]).
    pub fn kept(&self, req: &HttpRequest) -> Option<HttpResponse> {
        if !self.enabled {
            return None;
        }
        let key = raw_key(req)?;
        self.hit(&key, self.version.current()?, minute_now())
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
        let Some(key) = key.filter(|_| self.enabled) else {
            self.count_render();
            return render.await;
        };
        // Most hits were answered by `serve_kept` already; a page may have been kept
        // since.
        let Some(version) = self.version.current() else {
            self.count_render();
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
            self.count_render();
            return render.await;
        };
        let minute = minute_now();
        if let Some(hit) = self.hit(&key.key, version, minute) {
            return Ok(hit);
        }
        self.count_render();
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

    fn count_render(&self) {
        self.renders
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// Pages rendered so far, kept or not (hits not counted; for tests and figures).
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

/// Answers a GET from the page cache before the session is even decrypted, when the
/// page kept for this exact cookie, path and query is still true; anything else goes
/// on to the session middleware and the handler (which keeps what it renders).
pub async fn serve_kept(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if req.method() == Method::GET
        && let Some(state) = req.app_data::<web::Data<super::AppState>>()
        && let Some(hit) = state.pages.kept(req.request())
    {
        return Ok(req.into_response(hit));
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_kept_only_while_the_sign_in_has_two_minutes_left() {
        let ends = 1_700_000_000;
        assert!(outlasts_margin(ends, ends - 86_400));
        assert!(outlasts_margin(ends, ends - SIGN_IN_MARGIN));
        assert!(!outlasts_margin(ends, ends - SIGN_IN_MARGIN + 1));
        assert!(!outlasts_margin(ends, ends));
        assert!(!outlasts_margin(ends, ends + 86_400));
    }
}
