//! The one error type of the web layer and how each case is shown to a person.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::domain::secrets;
use crate::domain::text::Text;
use crate::store::StoreError;
use crate::text;

/// Logs a panic as one error line with any secret in its message hidden, instead of
/// the standard hook's raw message on stderr (a panic while handling a reset link
/// would print the link). Installed once per process.
pub fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let location = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            tracing::error!(
                panic = %secrets::redact(&message),
                %location,
                "a thread panicked"
            );
        }));
    });
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("page not found")]
    NotFound,
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("the form has expired or did not come from this site")]
    Csrf,
    #[error("sign-in required")]
    NotSignedIn { next: String },
    #[error("too many attempts")]
    TooManyRequests,
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn internal(e: impl Into<anyhow::Error>) -> Self {
        Self::Internal(e.into())
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => Self::NotFound,
            other => Self::Internal(other.into()),
        }
    }
}

/// Times shown in a wrong zone are worse than none: a 500, logged with the zone.
impl From<crate::domain::UnknownStoredZone> for AppError {
    fn from(e: crate::domain::UnknownStoredZone) -> Self {
        Self::Internal(e.into())
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::NotFound,
            StoreError::Conflict(what) => Self::Conflict(what),
            StoreError::Db(db) => db.into(),
        }
    }
}

impl From<crate::flows::meetings::ChangeError> for AppError {
    fn from(e: crate::flows::meetings::ChangeError) -> Self {
        match e {
            crate::flows::meetings::ChangeError::Store(e) => e.into(),
            crate::flows::meetings::ChangeError::Mail(e) => Self::internal(e),
        }
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        Self::Internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub status: u16,
    /// Catalogue keys: the page is shown in the viewer's language.
    pub title: &'static str,
    pub message: Text,
    pub chrome: super::page::Chrome,
    /// Shown on a 500 page, so the person can quote it and staff can find the log line.
    pub request_id: Option<String>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Forbidden(_) | Self::Csrf => StatusCode::FORBIDDEN,
            Self::NotSignedIn { .. } => StatusCode::SEE_OTHER,
            Self::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::NotSignedIn { next } => {
                let target = format!("/signin?next={}", url_encode(next));
                return HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, target))
                    .finish();
            }
            Self::Unavailable(cause) => {
                tracing::error!(cause = %secrets::redact(cause), "database unavailable");
            }
            Self::Internal(cause) => {
                let chain = format!("{cause:#}");
                tracing::error!(error = %secrets::redact(&chain), "internal error");
            }
            _ => {}
        }
        let (title, message) = self.page_text();
        render_error(self.status_code(), title, message)
    }
}

impl AppError {
    /// The error page's title key and message (a redirect to sign in has no page).
    fn page_text(&self) -> (&'static str, Text) {
        match self {
            Self::NotFound | Self::NotSignedIn { .. } => {
                ("errpage-404-title", text!("errpage-404-text"))
            }
            // A catalogue key, or (TRANSITION) English not yet in a catalogue, which the
            // lookup shows as written.
            Self::Forbidden(why) => ("errpage-403-title", Text::key(why)),
            Self::BadRequest(why) => (
                "errpage-400-title",
                text!("errpage-400-text", detail = why.as_str()),
            ),
            Self::Csrf => ("errpage-csrf-title", text!("errpage-csrf-text")),
            Self::TooManyRequests => ("errpage-429-title", text!("errpage-429-text")),
            Self::Conflict(what) => ("errpage-409-title", conflict_text(what)),
            Self::Unavailable(_) => ("errpage-503-title", text!("errpage-503-text")),
            Self::Internal(_) => ("errpage-500-title", text!("errpage-500-text")),
        }
    }
}

/// Shows an error page with the header of the person who asked: `error_response` has no
/// request, so the page it renders shows a visitor who is not signed in ("Sign in",
/// only "Expos") even to a signed-in supplier refused a buyer's page. Runs inside the
/// session middleware; the flash is left for the next page.
pub async fn dress_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?.map_into_boxed_body();
    let text = match res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
    {
        Some(AppError::NotSignedIn { .. }) | None => return Ok(res),
        Some(error) => (error.page_text(), matches!(error, AppError::Internal(_))),
    };
    let ((title, message), with_id) = text;
    let chrome = super::page::Chrome::for_error_page(res.request());
    let request_id = with_id
        .then(|| super::middleware::RequestId::of(res.request()))
        .flatten();
    if chrome.user.is_none() && request_id.is_none() {
        return Ok(res);
    }
    let mut page = render_error_page(res.status(), title, message, chrome, request_id);
    // Whatever else the first answer carried (a Retry-After, say) goes along.
    for (name, value) in res.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            page.headers_mut().append(name.clone(), value.clone());
        }
    }
    Ok(res.into_response(page))
}

/// Renders the error page; if even that fails, a plain text answer with the same status.
pub fn render_error(status: StatusCode, title: &'static str, message: Text) -> HttpResponse {
    render_error_page(status, title, message, super::page::Chrome::bare(), None)
}

fn render_error_page(
    status: StatusCode,
    title: &'static str,
    message: Text,
    chrome: super::page::Chrome,
    request_id: Option<String>,
) -> HttpResponse {
    let page = ErrorPage {
        status: status.as_u16(),
        title,
        message,
        chrome,
        request_id,
    };
    match page.render() {
        Ok(html) => HttpResponse::build(status)
            .content_type(ContentType::html())
            .body(html),
        Err(e) => {
            tracing::error!(error = %e, "cannot render the error page");
            HttpResponse::build(status)
                .content_type(ContentType::plaintext())
                .body(crate::i18n::Locale::En.get(title))
        }
    }
}

/// A conflict's reason: a catalogue key (one word, no spaces) as it is, or
/// (TRANSITION) an English phrase from a store not yet converted, as a sentence.
fn conflict_text(what: &str) -> Text {
    if !what.contains(char::is_whitespace) {
        return Text::from(what.to_owned());
    }
    let mut chars = what.chars();
    match chars.next() {
        Some(first) => Text::from(first.to_uppercase().chain(chars).collect::<String>() + "."),
        None => Text::key("errpage-409-title"),
    }
}

pub fn url_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
