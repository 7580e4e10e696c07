//! What every page shows around its content: navigation for the signed-in role, the
//! CSRF token for forms, a one-time flash message, and asset URLs.

use std::future::{Ready, ready};

use actix_session::SessionExt;
use actix_web::HttpMessage;
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
use crate::i18n::Locale;

#[derive(Clone, Default)]
pub struct Chrome {
    pub user: Option<Identity>,
    /// What `web::staff::guard` learnt of an organizer account: staff of some expos
    /// only (the menu offers only what it reaches), and its role on the page's expo.
    pub staff: Option<super::staff::StaffView>,
    pub flash: Option<Flash>,
    pub path: String,
    /// The viewer's language: every word on the page comes from `t.get(..)`.
    pub t: Locale,
    /// Path and query, for the language switcher to come back to.
    back: String,
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
    /// The catalogue key of the link's text.
    pub label: &'static str,
}

/// One entry of the language switcher.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
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
            staff: req.extensions().get::<super::staff::StaffView>().copied(),
            user: session::identity(req),
            flash: None,
            path: req.path().to_owned(),
            t: super::language::of(req),
            back: back_of(req),
            session: Some(session),
            csrf: OnceCell::new(),
        }
    }

    /// The language switcher: every offered language, each a link back to this page.
    pub fn languages(&self) -> Vec<LanguageLink> {
        let back: String = url::form_urlencoded::byte_serialize(self.back.as_bytes()).collect();
        Locale::OFFERED
            .iter()
            .map(|l| LanguageLink {
                code: l.code(),
                name: l.native_name(),
                href: format!("/language/{}?back={back}", l.code()),
                current: *l == self.t,
            })
            .collect()
    }

    /// A flash message in the viewer's language.
    pub fn flash_text(&self) -> String {
        self.flash
            .as_ref()
            .map(|f| self.t.text(&f.message))
            .unwrap_or_default()
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

    pub fn role_label(&self) -> String {
        self.user
            .as_ref()
            .map(|u| self.t.label(&u.role))
            .unwrap_or_default()
    }

    pub fn home_path(&self) -> &'static str {
        self.user.as_ref().map_or("/", |u| u.role.home_path())
    }

    /// Whether the viewer may do everything on the page's expo (a site administrator
    /// or its owner): pages offer the owner's actions only then.
    pub fn runs_expo(&self) -> bool {
        !self.staff_only()
            || self.staff.and_then(|s| s.role) == Some(crate::domain::status::StaffRole::Owner)
    }

    /// An organizer account that is staff of some expos only, not a site administrator.
    pub fn staff_only(&self) -> bool {
        self.staff.is_some_and(|s| s.limited)
    }

    /// The signed-in buyer's or supplier's own data page (footer link).
    pub fn my_data_path(&self) -> Option<&'static str> {
        super::privacy::my_data_path(self)
    }

    pub fn nav(&self) -> Vec<NavLink> {
        match self.user.as_ref().map(|u| u.role) {
            Some(Role::Organizer) if self.staff_only() => {
                let mut links = vec![NavLink {
                    href: "/organizer",
                    label: "nav-expos",
                }];
                if self.staff.is_some_and(|s| s.registrations) {
                    links.push(NavLink {
                        href: "/organizer/suppliers",
                        label: "nav-suppliers",
                    });
                }
                links
            }
            Some(Role::Organizer) => vec![
                NavLink {
                    href: "/organizer",
                    label: "nav-expos",
                },
                NavLink {
                    href: "/organizer/suppliers",
                    label: "nav-suppliers",
                },
                NavLink {
                    href: "/organizer/email",
                    label: "nav-email",
                },
                NavLink {
                    href: "/organizer/audit",
                    label: "nav-audit",
                },
                NavLink {
                    href: "/organizer/privacy",
                    label: "nav-personal-data",
                },
                NavLink {
                    href: "/organizer/staff",
                    label: "nav-staff",
                },
                NavLink {
                    href: "/organizer/status",
                    label: "nav-status",
                },
            ],
            Some(Role::Supplier) => vec![
                NavLink {
                    href: "/supplier",
                    label: "nav-my-agenda",
                },
                NavLink {
                    href: "/supplier/team",
                    label: "nav-team",
                },
            ],
            Some(Role::Buyer) => vec![
                NavLink {
                    href: "/buyer",
                    label: "nav-my-meetings",
                },
                NavLink {
                    href: "/buyer/suppliers",
                    label: "nav-suppliers",
                },
                NavLink {
                    href: "/buyer/requests",
                    label: "nav-requests",
                },
                NavLink {
                    href: "/buyer/profile",
                    label: "nav-profile",
                },
                NavLink {
                    href: "/buyer/team",
                    label: "nav-team",
                },
            ],
            None => vec![NavLink {
                href: "/",
                label: "nav-expos",
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
            staff: req.extensions().get::<super::staff::StaffView>().copied(),
            user: session::identity(req),
            flash: session::take_flash(&session),
            path: req.path().to_owned(),
            t: super::language::of(req),
            back: back_of(req),
            session: Some(session),
            csrf: OnceCell::new(),
        }))
    }
}

fn back_of(req: &HttpRequest) -> String {
    req.uri()
        .path_and_query()
        .map_or_else(|| req.path().to_owned(), ToString::to_string)
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
