//! What every page shows around its content: navigation for the signed-in role, the
//! CSRF token for forms, a one-time flash message, and asset URLs.

use std::future::{Ready, ready};

use actix_session::SessionExt;
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;
use actix_web::{FromRequest, HttpRequest, HttpResponse};
use askama::Template;

use super::assets;
use std::cell::OnceCell;

use actix_session::Session;

use super::errors::AppError;
use super::session::{self, Flash, Identity};
use crate::domain::Role;

#[derive(Clone, Default)]
pub struct Chrome {
    pub user: Option<Identity>,
    pub flash: Option<Flash>,
    pub path: String,
    /// The session, to create the CSRF token only when a page has a form: a visitor
    /// reading the landing page gets no cookie, and its page can be cached.
    session: Option<Session>,
    csrf: OnceCell<String>,
}

impl std::fmt::Debug for Chrome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Chrome")
            .field("user", &self.user)
            .field("flash", &self.flash)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

pub struct NavLink {
    pub href: &'static str,
    pub label: &'static str,
}

impl Chrome {
    /// For pages rendered without a request (error pages from middleware).
    pub fn bare() -> Self {
        Self::default()
    }

    /// For an error page: who is signed in, with the flash left for the next page.
    pub fn for_error_page(req: &HttpRequest) -> Self {
        let session = req.get_session();
        Self {
            user: session::identity(req),
            flash: None,
            path: req.path().to_owned(),
            session: Some(session),
            csrf: OnceCell::new(),
        }
    }

    /// The session's CSRF token for this page's forms, created on first use.
    pub fn csrf(&self) -> &str {
        self.csrf.get_or_init(|| {
            self.session
                .as_ref()
                .map(session::csrf_token)
                .unwrap_or_default()
        })
    }

    pub fn css_url(&self) -> String {
        assets::url("app.css")
    }

    pub fn js_url(&self) -> String {
        assets::url("app.js")
    }

    pub fn role_label(&self) -> &'static str {
        self.user.as_ref().map_or("", |u| u.role.label())
    }

    pub fn home_path(&self) -> &'static str {
        self.user.as_ref().map_or("/", |u| u.role.home_path())
    }

    /// The signed-in buyer's or supplier's own data page (footer link).
    pub fn my_data_path(&self) -> Option<&'static str> {
        super::privacy::my_data_path(self)
    }

    pub fn nav(&self) -> Vec<NavLink> {
        match self.user.as_ref().map(|u| u.role) {
            Some(Role::Organizer) => vec![
                NavLink {
                    href: "/organizer",
                    label: "Expos",
                },
                NavLink {
                    href: "/organizer/suppliers",
                    label: "Suppliers",
                },
                NavLink {
                    href: "/organizer/email",
                    label: "Email",
                },
                NavLink {
                    href: "/organizer/audit",
                    label: "Audit log",
                },
                NavLink {
                    href: "/organizer/privacy",
                    label: "Personal data",
                },
                NavLink {
                    href: "/organizer/staff",
                    label: "Staff",
                },
            ],
            Some(Role::Supplier) => vec![NavLink {
                href: "/supplier",
                label: "My agenda",
            }],
            Some(Role::Buyer) => vec![
                NavLink {
                    href: "/buyer",
                    label: "My meetings",
                },
                NavLink {
                    href: "/buyer/suppliers",
                    label: "Suppliers",
                },
                NavLink {
                    href: "/buyer/requests",
                    label: "Requests",
                },
                NavLink {
                    href: "/buyer/profile",
                    label: "Profile",
                },
            ],
            None => vec![NavLink {
                href: "/",
                label: "Expos",
            }],
        }
    }

    pub fn is_active(&self, href: &str) -> bool {
        // The longest nav entry that prefixes the path wins: /organizer/email/3 is
        // "Email", not "Expos".
        let matches =
            |h: &str| self.path == h || (h != "/" && self.path.starts_with(&format!("{h}/")));
        matches(href)
            && !self
                .nav()
                .iter()
                .any(|l| l.href.len() > href.len() && matches(l.href))
    }
}

impl FromRequest for Chrome {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let session = req.get_session();
        ready(Ok(Self {
            user: session::identity(req),
            flash: session::take_flash(&session),
            path: req.path().to_owned(),
            session: Some(session),
            csrf: OnceCell::new(),
        }))
    }
}

/// Renders a page with a status other than 200 (a form re-rendered with errors is 422).
pub fn render_with_status<T: Template>(
    page: &T,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let html = page.render().map_err(AppError::internal)?;
    Ok(HttpResponse::build(status)
        .content_type(ContentType::html())
        .body(html))
}

/// 200 for a form shown fresh, 422 for one shown again with its errors.
pub fn form_status(errors: &[crate::domain::FieldError]) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

pub fn render<T: Template>(page: &T) -> Result<HttpResponse, AppError> {
    render_with_status(page, StatusCode::OK)
}
