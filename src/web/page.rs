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
use super::errors::AppError;
use super::session::{self, Flash, Identity};
use crate::domain::Role;

#[derive(Clone, Debug, Default)]
pub struct Chrome {
    pub user: Option<Identity>,
    pub csrf: String,
    pub flash: Option<Flash>,
    pub path: String,
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
            user: session::identity(&session),
            csrf: session::csrf_token(&session),
            flash: session::take_flash(&session),
            path: req.path().to_owned(),
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
