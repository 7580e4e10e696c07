//! Staff acting for a supplier or buyer who phoned or emailed: an owner, a site
//! administrator or co-host staff (for the suppliers their agency brought) opens the
//! company's own pages in a session of its own, books, moves, cancels, answers and
//! edits there, and goes back. The company sees "done for you by …" on what changed
//! and in the messages; the audit log names both (`store::acting`). Whether the staff
//! member may act for that company is `web::staff::guard`'s judgement of the route, as
//! for every organizer action.

use actix_session::Session;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};

use super::AppState;
use super::errors::AppError;
use super::page::Chrome;
use super::public::see_other;
use super::session::{self, Identity, Seated, SignedInOrganizer};
use crate::domain::{ExpoId, OrganizerId, Role};
use crate::store;
use crate::store::acting::Acting;

tokio::task_local! {
    static ACTING: Option<Acting>;
}

/// The staff member acting in the request being handled (read by `AppState::db`).
pub fn current() -> Option<Acting> {
    ACTING.try_with(Clone::clone).ok().flatten()
}

/// Who acts in this session, if staff do.
fn acting_of(who: &Identity) -> Option<Acting> {
    Some(Acting {
        by: who.seat.acting_by?,
        name: who.acting_name.clone().unwrap_or_default(),
        side: who.role,
        company: who.id,
    })
}

/// Pages only the company's primary contact uses: the password, and personal data
/// (consents, export, deletion). A team member or staff acting for the company gets
/// a 403 there.
fn primary_only(path: &str) -> bool {
    let under = |p: &str| path == p || path.starts_with(&format!("{p}/"));
    under("/supplier/password") || under("/supplier/privacy") || under("/buyer/privacy")
}

/// Refuses the primary contact's own pages to anyone else in the company's session,
/// and runs the request as the acting staff member's when staff act.
pub async fn seat_guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let who = session::identity(req.request());
    let seated = who
        .as_ref()
        .is_some_and(|w| w.seat != store::sessions::Seat::default());
    if seated && primary_only(req.path()) {
        let e = AppError::Forbidden("errpage-primary-only");
        return Ok(req.error_response(e));
    }
    let acting = who.as_ref().and_then(acting_of);
    ACTING
        .scope(acting, next.call(req))
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/organizer/expos/{id}/suppliers/{supplier}/act",
        web::post().to(act_for_supplier),
    )
    .route(
        "/organizer/expos/{id}/buyers/{buyer}/act",
        web::post().to(act_for_buyer),
    )
    .route("/acting/stop", web::post().to(stop));
}

pub async fn act_for_supplier(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    chrome: Chrome,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, supplier) = path.into_inner();
    start(
        &state,
        me,
        &session,
        chrome,
        ExpoId(expo),
        Role::Supplier,
        supplier,
    )
    .await
}

pub async fn act_for_buyer(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    chrome: Chrome,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, buyer) = path.into_inner();
    start(
        &state,
        me,
        &session,
        chrome,
        ExpoId(expo),
        Role::Buyer,
        buyer,
    )
    .await
}

async fn start(
    state: &AppState,
    me: SignedInOrganizer,
    session: &Session,
    chrome: Chrome,
    expo: ExpoId,
    side: Role,
    company: i32,
) -> Result<HttpResponse, AppError> {
    let by = me.id;
    let (company_name, label) = state
        .db(move |c| {
            let team = store::team::team(c, side, company)?
                .filter(|t| t.expo == expo)
                .ok_or(AppError::NotFound)?;
            let label = store::staff::acting_label(c, by, expo)?;
            store::audit::by_organizer(
                c,
                by,
                "acting.start",
                (side.as_str(), Some(company)),
                "",
                store::now(),
                |_| Ok::<_, AppError>(()),
            )?;
            let name = match side {
                Role::Buyer => team.contact_name,
                _ => team.company_name,
            };
            Ok((name, label))
        })
        .await?;
    let seated = Seated {
        seat: store::sessions::Seat {
            member: None,
            acting_by: Some(by.0),
        },
        acting_name: Some(label),
    };
    session::sign_in_seated(
        state,
        session,
        side,
        company,
        company_name,
        chrome.t,
        seated,
    )
    .await?;
    Ok(see_other(side.home_path()))
}

/// Ends the acting session and signs the staff member back in where they were.
pub async fn stop(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let Some(who) = session::identity(&req) else {
        return Ok(see_other("/signin"));
    };
    let Some(acting) = acting_of(&who) else {
        return Err(AppError::Forbidden("errpage-wrong-account"));
    };
    let staff = OrganizerId(acting.by);
    let (name, expo) = state
        .db(move |c| {
            let name = store::organizers::get(c, staff)?
                .ok_or(AppError::NotFound)?
                .name;
            let expo = store::team::team(c, acting.side, acting.company)?.map(|t| t.expo);
            store::audit::by_organizer(
                c,
                staff,
                "acting.stop",
                (acting.side.as_str(), Some(acting.company)),
                "",
                store::now(),
                |_| Ok::<_, AppError>(()),
            )?;
            Ok((name, expo))
        })
        .await?;
    session::sign_in(&state, &session, Role::Organizer, staff.0, name, chrome.t).await?;
    let back = match (expo, who.role) {
        (Some(expo), Role::Buyer) => format!("/organizer/expos/{}/buyers/{}", expo.0, who.id),
        (Some(expo), _) => format!("/organizer/expos/{}/suppliers/{}", expo.0, who.id),
        (None, _) => "/organizer".to_owned(),
    };
    Ok(see_other(&back))
}
