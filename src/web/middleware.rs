//! Cross-cutting request handling: CSRF checks on every state-changing request,
//! request logging without secrets, and security headers.

use std::time::Instant;

use actix_session::SessionExt;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::{DefaultHeaders, Next};
use actix_web::{FromRequest, HttpMessage, web};

use tracing::Instrument;

use super::errors::AppError;
use super::session;
use crate::domain::secrets;

/// The form field (or `X-CSRF-Token` header, or query parameter for multipart uploads)
/// that must echo the session's token on every POST, PUT, PATCH and DELETE.
pub const CSRF_FIELD: &str = "csrf_token";

/// Refuses a state-changing request whose token does not match the session's, before
/// any handler runs, so no route can forget the check.
pub async fn csrf_guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    // A mail program's one-click unsubscribe (RFC 8058) posts without a session; the
    // link's own key names the person and allows nothing but stopping that email.
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || (req.method() == Method::POST && req.path().starts_with("/unsubscribe/"))
    {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    }
    let expected = session::stored_csrf_token(&req.get_session());
    let from_header = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let from_query = form_field(req.query_string().as_bytes());
    let is_urlencoded = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));

    let (http_req, mut payload) = req.into_parts();
    let (submitted, payload) = if from_header.is_some() || from_query.is_some() || !is_urlencoded {
        (from_header.or(from_query), payload)
    } else {
        let body = web::Bytes::from_request(&http_req, &mut payload).await?;
        (form_field(&body), Payload::from(body))
    };
    let req = ServiceRequest::from_parts(http_req, payload);

    match (expected, submitted) {
        (Some(expected), Some(submitted))
            if constant_time_eq(expected.as_bytes(), submitted.as_bytes()) =>
        {
            next.call(req)
                .await
                .map(ServiceResponse::map_into_boxed_body)
        }
        _ => {
            tracing::warn!(route = %route_of(req.request()), "refused a request without a valid CSRF token");
            Ok(req.error_response(AppError::Csrf))
        }
    }
}

fn form_field(body: &[u8]) -> Option<String> {
    url::form_urlencoded::parse(body)
        .find(|(k, _)| k == CSRF_FIELD)
        .map(|(_, v)| v.into_owned())
}

use crate::domain::token::constant_time_eq;

/// Refuses (400) a query string or form body holding a NUL character. No field has a
/// use for one, and PostgreSQL cannot store one in text: it would fail the query with a
/// 500 wherever the value reached the database (SQLite stores it silently).
pub async fn refuse_nul_bytes(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let has_nul = |raw: &[u8]| {
        url::form_urlencoded::parse(raw).any(|(k, v)| k.contains('\0') || v.contains('\0'))
    };
    if has_nul(req.query_string().as_bytes()) {
        return Ok(req.error_response(AppError::BadRequest(NUL_REFUSED.to_owned())));
    }
    let is_urlencoded = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    if !is_urlencoded {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    }
    let (http_req, mut payload) = req.into_parts();
    let body = web::Bytes::from_request(&http_req, &mut payload).await?;
    let req = ServiceRequest::from_parts(http_req, Payload::from(body.clone()));
    if has_nul(&body) {
        return Ok(req.error_response(AppError::BadRequest(NUL_REFUSED.to_owned())));
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

const NUL_REFUSED: &str = "a field holds a NUL character";

/// Answers a HEAD request as its GET, without the body (actix-http leaves the body out
/// of a response to HEAD): uptime monitors and link checkers ask with HEAD, and every
/// page answered them 404 before.
pub async fn head_as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    next.call(req).await
}

/// One log line per request: method, route, status, duration and the request id.
///
/// The line names the path with any secret hidden (`/signin/reset/[hidden]`,
/// `domain::secrets`) and never the query, so no secret a URL carries reaches the log. A 500 page shows the id, and
/// every line logged while the request is handled carries it ([`in_request_span`]).
pub async fn request_log(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let id = RequestId::new();
    req.extensions_mut().insert(id.clone());
    let response = next.call(req).await;
    let micros = started.elapsed().as_micros();
    match &response {
        Ok(res) => {
            let route = route_of(res.request());
            let status = res.status().as_u16();
            tracing::info!(id = %id.0, %method, %route, status, micros, "request");
            if crate::metrics::enabled() {
                // The pattern, not the path: ids and link secrets stay out of labels.
                let pattern = res.request().match_pattern();
                crate::metrics::request(
                    crate::metrics::method_label(&method),
                    pattern.as_deref().unwrap_or("unmatched"),
                    status,
                    started.elapsed(),
                );
            }
        }
        Err(e) => {
            tracing::warn!(id = %id.0, %method, error = %secrets::redact(&e.to_string()), micros, "request failed")
        }
    }
    response
}

/// Runs the rest of the request inside a span that carries its id, so every line it
/// logs (an internal error, say) names the request. Placed inside the page cache: a
/// page answered from memory logs nothing else and needs no span.
pub async fn in_request_span(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let id = req
        .extensions()
        .get::<RequestId>()
        .map(|id| id.0.clone())
        .unwrap_or_default();
    next.call(req)
        .instrument(tracing::info_span!("request", id = %id))
        .await
}

/// A short id per request, shown on a 500 page and logged with every line: a random
/// prefix drawn once per process (instances differ) and a counter, so making one costs
/// no system call.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

impl RequestId {
    fn new() -> Self {
        use std::sync::OnceLock;
        use std::sync::atomic::{AtomicU32, Ordering};
        static PREFIX: OnceLock<u32> = OnceLock::new();
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let prefix = *PREFIX.get_or_init(|| {
            let bytes = crate::domain::token::random_bytes(4);
            u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
        });
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        Self(format!("{:06x}{:06x}", prefix >> 8, n & 0x00ff_ffff))
    }

    /// The id of the request being handled, if it went through [`request_log`].
    pub fn of(req: &actix_web::HttpRequest) -> Option<String> {
        req.extensions().get::<Self>().map(|id| id.0.clone())
    }
}

/// What a log line says a request asked for: its path, without the query and with the
/// secret tail of a secret route hidden (`/signin/reset/[hidden]`). Cheaper than
/// matching the route pattern again, which cost a kept page a fifth of its rate.
fn route_of(req: &actix_web::HttpRequest) -> std::borrow::Cow<'_, str> {
    // The percent-decoded path, as the router read it: `/auth/l%69nk/<token>` is a
    // sign-in link too, and its secret is hidden like any other.
    secrets::redact(req.match_info().as_str())
}

pub fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        // Sign-in links carry secrets in their path; never leak them to other sites.
        .add(("Referrer-Policy", "no-referrer"))
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ))
        .add((
            "Permissions-Policy",
            "camera=(self), geolocation=(), microphone=()",
        ))
}

/// Pages are asked for again on every visit (`Cache-Control: private, no-cache`: never
/// kept by a shared cache, never shown from the browser's without asking) and carry
/// an `ETag`; a browser that already has the page gets `304 Not Modified` and no body.
/// Only HTML answered 200, and only where the handler set no caching of its own.
pub async fn revalidate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    use std::hash::{Hash, Hasher};
    let get = req.method() == Method::GET;
    let asked = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let res = next.call(req).await?;
    let headers = res.headers();
    let html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !get
        || !html
        || res.status() != actix_web::http::StatusCode::OK
        || headers.contains_key(header::CACHE_CONTROL)
        || headers.contains_key(header::ETAG)
    {
        return Ok(res.map_into_boxed_body());
    }
    let (req, res) = res.into_parts();
    let (mut res, body) = res.into_parts();
    let bytes = actix_web::body::to_bytes(body)
        .await
        .map_err(|e| actix_web::error::ErrorInternalServerError(e.into()))?;
    let mut hasher = std::hash::DefaultHasher::new();
    bytes.hash(&mut hasher);
    let tag = format!("W/\"{:016x}\"", hasher.finish());
    let same = asked.is_some_and(|asked| {
        asked
            .split(',')
            .any(|one| one.trim() == tag || one.trim() == "*")
    });
    let headers = res.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("private, no-cache"),
    );
    if let Ok(value) = header::HeaderValue::from_str(&tag) {
        headers.insert(header::ETAG, value);
    }
    let res = if same {
        *res.status_mut() = actix_web::http::StatusCode::NOT_MODIFIED;
        headers_without_body(&mut res);
        res.set_body(BoxBody::new(()))
    } else {
        res.set_body(BoxBody::new(bytes))
    };
    Ok(ServiceResponse::new(req, res))
}

/// A 304 carries no body, so no length or type of one.
fn headers_without_body<B>(res: &mut actix_web::HttpResponse<B>) {
    let headers = res.headers_mut();
    headers.remove(header::CONTENT_LENGTH);
    headers.remove(header::CONTENT_TYPE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_whole() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }

    #[test]
    fn the_csrf_field_is_found_in_a_form_body() {
        assert_eq!(form_field(b"a=1&csrf_token=xyz&b=2"), Some("xyz".into()));
        assert_eq!(form_field(b"a=1"), None);
    }
}
