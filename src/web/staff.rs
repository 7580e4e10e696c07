//! An expo's staff (issue 25): the check every organizer request passes
//! ([`guard`]), and the owner's page to invite staff, change their roles and remove
//! them.

use actix_session::Session;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render_with_status};
use super::public::see_other;
use super::session::{self, SignedInOrganizer};
use crate::domain::staff::{self, Area};
use crate::domain::status::StaffRole;
use crate::domain::{EmailAddress, ExpoId, OrganizerId, PersonName, Role, SupplierId};
use crate::flows::invitations::InviteError;
use crate::mail::messages::{StaffInvite, queue_staff_invitation};
use crate::store::staff::{Member, NewMember, Standing};
use crate::store::{self, StoreError, expos};
use crate::text;

/// The value of `{name}` in `path`, read against the route `pattern` segment by
/// segment (the router fills `match_info` only after the middleware has run).
fn param<'a>(pattern: &str, path: &'a str, name: &str) -> Option<&'a str> {
    let want = format!("{{{name}}}");
    pattern
        .split('/')
        .zip(path.split('/'))
        .find(|(p, _)| *p == want)
        .map(|(_, v)| v)
}

/// Judges every `/organizer` request of a signed-in organizer account before its
/// handler runs: site administrators pass; staff pass only on the expos they are staff
/// of, as far as their role allows ([`staff::allows`]), and co-host staff change only
/// their agency's suppliers. An expo they are not staff of is "not found", so its
/// existence is not told; a refused action is 403.
pub async fn guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let Some(who) = session::identity(req.request()).filter(|who| who.role == Role::Organizer)
    else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    };
    // The router matches the percent-decoded path (`/organizer/%65mail` is the email
    // page): judge that same path, never the raw one.
    let path = req.match_info().as_str().to_owned();
    let pattern = req.request().resource_map().match_pattern(&path);
    let organizer_area = path.starts_with("/organizer")
        || pattern
            .as_deref()
            .is_some_and(|p| p.starts_with("/organizer"));
    if !organizer_area {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    }
    let Some(pattern) = pattern else {
        // No route: the router would answer 404 too; nothing passes unjudged.
        return Ok(req.error_response(AppError::NotFound));
    };
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(req.error_response(AppError::internal(anyhow::anyhow!("no app state"))));
    };
    let method = req.method().as_str().to_owned();
    let asked = match load(&state, OrganizerId(who.id), &pattern, &path).await {
        Ok(asked) => asked,
        Err(e) => return Ok(req.error_response(e)),
    };
    let verdict = judge(&asked, &method, &pattern);
    // Pages (error pages too) show a staff member only what they reach.
    let standing = &asked.standing;
    let registrations = standing.site_admin
        || standing
            .posts
            .iter()
            .any(|p| staff::allows(p.role, "GET", "/organizer/suppliers", false));
    req.extensions_mut().insert(StaffView {
        limited: !standing.site_admin,
        role: verdict.as_ref().ok().copied().flatten(),
        registrations,
    });
    match verdict {
        Ok(_) => next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body),
        Err(e) => {
            tracing::info!(organizer = who.id, %method, route = %pattern, "staff request refused");
            Ok(req.error_response(e))
        }
    }
}

/// What [`guard`] learnt of the signed-in organizer account, for the page: whether it
/// is staff of some expos only (not a site administrator), and its role on the expo
/// the request is about.
#[derive(Debug, Clone, Copy)]
pub struct StaffView {
    pub limited: bool,
    pub role: Option<StaffRole>,
    /// Whether it may open the registrations list (owners and co-hosts somewhere).
    pub registrations: bool,
}

/// What the guard reads before judging: the account's standing and the supplier the
/// request touches (directly or through a meeting), with the expo the path names.
struct Asked {
    standing: Standing,
    scope: Option<store::staff::SupplierScope>,
    expo_param: Option<i32>,
    /// Whether every other thing the path names by id under the expo (a table, a
    /// buyer, a day…) belongs to that expo.
    children_belong: bool,
}

async fn load(
    state: &AppState,
    who: OrganizerId,
    pattern: &str,
    path: &str,
) -> Result<Asked, AppError> {
    let id = |name: &str| param(pattern, path, name).and_then(|v| v.parse::<i32>().ok());
    let expo_param = pattern
        .starts_with("/organizer/expos/{id}")
        .then(|| id("id"))
        .flatten();
    let meeting = pattern
        .starts_with("/organizer/meetings/{id}")
        .then(|| id("id"))
        .flatten();
    let supplier = if pattern.starts_with("/organizer/suppliers/{id}") {
        id("id")
    } else {
        id("supplier")
    };
    // `{role}` or `{area}` says whose `{person}` it is.
    let role = param(pattern, path, "role")
        .or_else(|| param(pattern, path, "area"))
        .map(str::to_owned);
    let children: Vec<(store::staff::Child, Option<i32>)> = pattern
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{')?.strip_suffix('}'))
        .filter(|name| *name != "id")
        .filter_map(|name| {
            store::staff::Child::of_param(name, role.as_deref()).map(|child| (child, id(name)))
        })
        .collect();
    let (standing, scope, children_belong) = state
        .db(move |c| {
            let standing = store::staff::standing(c, who)?;
            if standing.site_admin {
                return Ok((standing, None, true));
            }
            let scope = match (meeting, supplier) {
                (Some(m), _) => store::staff::meeting_scope(c, m)?,
                (None, Some(s)) => store::staff::supplier_scope(c, SupplierId(s))?,
                (None, None) => None,
            };
            let mut belong = true;
            if let Some(expo) = expo_param {
                for (child, child_id) in children {
                    let Some(child_id) = child_id else {
                        belong = false;
                        break;
                    };
                    if store::staff::expo_of(c, child, child_id)? != Some(ExpoId(expo)) {
                        belong = false;
                        break;
                    }
                }
            }
            Ok((standing, scope, belong))
        })
        .await?;
    Ok(Asked {
        standing,
        scope,
        expo_param,
        children_belong,
    })
}

/// The verdict on one request: the role it is allowed under (None: a site
/// administrator, or a page of the account's own), or why not.
fn judge(asked: &Asked, method: &str, pattern: &str) -> Result<Option<StaffRole>, AppError> {
    let standing = &asked.standing;
    if standing.site_admin {
        return Ok(None);
    }
    let area = staff::area(method, pattern);
    if matches!(area, Area::Own) {
        return Ok(None);
    }
    if matches!(area, Area::Site) {
        return Err(AppError::Forbidden("errpage-staff-site-only"));
    }
    if matches!(area, Area::Registrations) {
        // A list filtered to the viewer's expos: any role that may read it on one.
        return if standing
            .posts
            .iter()
            .any(|p| staff::allows(p.role, method, pattern, false))
        {
            Ok(None)
        } else {
            Err(AppError::Forbidden("errpage-staff-refused"))
        };
    }
    // The expo the request is about: named in the path, or the supplier's or
    // meeting's; a thing that does not exist is "not found" to staff as to anyone.
    let expo = match (asked.expo_param, &asked.scope) {
        (Some(e), Some(s)) if s.expo.0 != e => return Err(AppError::NotFound),
        (Some(e), _) => ExpoId(e),
        (None, Some(s)) => s.expo,
        (None, None) => return Err(AppError::NotFound),
    };
    let post = standing.on(expo).ok_or(AppError::NotFound)?;
    if !asked.children_belong {
        // A table, buyer, day… of another expo under this expo's path.
        return Err(AppError::NotFound);
    }
    let in_scope = asked
        .scope
        .as_ref()
        .is_some_and(|s| store::staff::in_scope(post.cohost, s));
    if staff::allows(post.role, method, pattern, in_scope) {
        Ok(Some(post.role))
    } else {
        Err(AppError::Forbidden("errpage-staff-refused"))
    }
}

#[derive(Template)]
#[template(path = "organizer/expo_staff.html")]
pub struct StaffPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub members: Vec<Member>,
    pub agencies: Vec<(i32, String)>,
    pub form: InviteForm,
    /// What is wrong with the invitation as typed.
    pub error: Option<String>,
}

impl StaffPage {
    pub fn roles(&self) -> &'static [StaffRole] {
        StaffRole::ALL
    }

    /// What a role may do, in a sentence.
    pub fn may(&self, role: &StaffRole) -> String {
        self.chrome.t.get(match role {
            StaffRole::Owner => "org-expo-staff-may-owner",
            StaffRole::Cohost => "org-expo-staff-may-cohost",
            StaffRole::Onsite => "org-expo-staff-may-onsite",
            StaffRole::Viewer => "org-expo-staff-may-viewer",
        })
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct InviteForm {
    pub name: String,
    pub email: String,
    pub role: String,
    pub agency: String,
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/expos/{id}/staff", web::get().to(page))
        .route("/organizer/expos/{id}/staff", web::post().to(invite))
        .route(
            "/organizer/expos/{id}/staff/{member}",
            web::post().to(change),
        )
        .route(
            "/organizer/expos/{id}/staff/{member}/remove",
            web::post().to(remove),
        );
}

pub async fn page(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    expo: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    staff_page(
        &state,
        chrome,
        ExpoId(expo.into_inner()),
        InviteForm::default(),
        None,
    )
    .await
}

/// The staff page; with the invitation form as typed and what is wrong with it (422).
async fn staff_page(
    state: &AppState,
    chrome: Chrome,
    expo: ExpoId,
    form: InviteForm,
    error: Option<crate::domain::text::Text>,
) -> Result<HttpResponse, AppError> {
    let (settings, members, agencies) = state
        .db(move |c| {
            let settings = expos::settings(c, expo)?.ok_or(AppError::NotFound)?;
            Ok((
                settings,
                store::staff::members(c, expo)?,
                store::staff::cohosts(c, expo)?,
            ))
        })
        .await?;
    let status = if error.is_some() {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        actix_web::http::StatusCode::OK
    };
    let error = error.map(|e| chrome.t.text(&e));
    render_with_status(
        &StaffPage {
            chrome,
            expo: settings,
            members,
            agencies,
            form,
            error,
        },
        status,
    )
}

/// The role and agency a form names: a role this version knows, and an agency for
/// (and only for) co-host staff.
fn role_and_agency(
    role: &str,
    agency: &str,
) -> Result<(StaffRole, Option<String>), crate::domain::text::Text> {
    let role: StaffRole = role.parse().map_err(|_| text!("err-staff-role"))?;
    let agency = agency.trim();
    match role {
        StaffRole::Cohost if agency.is_empty() => Err(text!("err-staff-agency")),
        StaffRole::Cohost if agency.chars().count() > 120 => Err(text!("err-staff-agency")),
        StaffRole::Cohost => Ok((role, Some(agency.to_owned()))),
        _ => Ok((role, None)),
    }
}

fn refused(e: StoreError) -> Result<crate::domain::text::Text, AppError> {
    match e {
        StoreError::Conflict(key) if key == "err-staff-is-admin" => Ok(text!("err-staff-is-admin")),
        StoreError::Conflict(_) => Ok(text!("err-staff-already")),
        StoreError::NotFound => Err(AppError::NotFound),
        StoreError::Db(e) => Err(e.into()),
    }
}

pub async fn invite(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    expo: web::Path<i32>,
    form: web::Form<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let expo = ExpoId(expo.into_inner());
    let back = format!("/organizer/expos/{}/staff", expo.0);
    let form = form.into_inner();
    let parsed = (|| {
        let email = EmailAddress::parse(&form.email).map_err(|e| e.message)?;
        let name = PersonName::parse("name", &form.name).map_err(|e| e.message)?;
        let (role, agency) = role_and_agency(&form.role, &form.agency)?;
        Ok::<_, crate::domain::text::Text>((email, name, role, agency))
    })();
    let (email, name, role, agency) = match parsed {
        Ok(p) => p,
        // Shown again as typed, with what is wrong; nothing is saved.
        Err(why) => return staff_page(&state, chrome, expo, form, Some(why)).await,
    };
    let ctx = state.mail();
    let t = chrome.t;
    let inviter = me.name.clone();
    let result = state
        .db(move |c| {
            let added = c.write_tx(|c| {
                let (who, _) = store::staff::add(
                    c,
                    expo,
                    me.id,
                    &NewMember {
                        email: &email,
                        name: &name,
                        role,
                        agency: agency.as_deref(),
                    },
                    store::now(),
                )?;
                queue_staff_invitation(
                    c,
                    &StaffInvite {
                        expo,
                        who,
                        name: name.as_str(),
                        email: email.as_str(),
                        inviter: &inviter,
                        role,
                        agency: agency.as_deref(),
                    },
                    t,
                    &ctx,
                    store::now(),
                )?;
                Ok::<_, InviteError>(())
            });
            Ok(added)
        })
        .await?;
    match result {
        Ok(()) => session::flash(&session, "success", text!("org-staff-invited")),
        Err(InviteError::Store(e)) => session::flash(&session, "error", refused(e)?),
        Err(InviteError::Mail(e)) => return Err(AppError::internal(e)),
    }
    Ok(see_other(&back))
}

#[derive(Deserialize)]
pub struct ChangeForm {
    pub role: String,
    #[serde(default)]
    pub agency: String,
}

pub async fn change(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
    form: web::Form<ChangeForm>,
) -> Result<HttpResponse, AppError> {
    let (expo, member) = path.into_inner();
    let back = format!("/organizer/expos/{expo}/staff");
    let (role, agency) = match role_and_agency(&form.role, &form.agency) {
        Ok(r) => r,
        Err(why) => {
            session::flash(&session, "error", why);
            return Ok(see_other(&back));
        }
    };
    let result = state
        .db(move |c| {
            Ok(store::staff::change(
                c,
                ExpoId(expo),
                member,
                role,
                agency.as_deref(),
                me.id,
                store::now(),
            ))
        })
        .await?;
    match result {
        Ok(()) => session::flash(&session, "success", text!("org-staff-changed")),
        Err(e) => session::flash(&session, "error", refused(e)?),
    }
    Ok(see_other(&back))
}

pub async fn remove(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, member) = path.into_inner();
    let result = state
        .db(move |c| {
            Ok(store::staff::remove(
                c,
                ExpoId(expo),
                member,
                me.id,
                store::now(),
            ))
        })
        .await?;
    match result {
        Ok(_) => session::flash(&session, "success", text!("org-staff-removed")),
        Err(e) => session::flash(&session, "error", refused(e)?),
    }
    Ok(see_other(&format!("/organizer/expos/{expo}/staff")))
}
