//! Consent on sign-in: where a person lands, and the gate that holds them at the consent page until they consent.

use actix_session::{Session, SessionExt};
use actix_web::HttpResponse;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;

use crate::domain::Role;
use crate::store::privacy;
use crate::web::AppState;
use crate::web::errors::AppError;

use super::{CONSENT_DUE, base_of, consent_path};

/// Where a buyer or supplier who just signed in goes: their home page, or the consent
/// page when they have not consented to the current notice (a buyer who has not
/// completed their profile consents on the profile form instead). Call it right
/// after `session::sign_in`.
pub async fn landing_after_sign_in(
    state: &AppState,
    session: &Session,
    role: Role,
    id: i32,
) -> Result<&'static str, AppError> {
    if role == Role::Organizer {
        return Ok(role.home_path());
    }
    let due = state
        .db(move |c| {
            if role == Role::Buyer {
                let done = crate::store::buyers::profile_form(c, crate::domain::BuyerId(id))?
                    .is_some_and(|(_, done)| done);
                if !done {
                    return Ok(false);
                }
            }
            Ok(privacy::consent_due(c, role, id)?)
        })
        .await?;
    if due {
        session
            .insert(CONSENT_DUE, true)
            .map_err(|e| AppError::internal(anyhow::anyhow!("session insert: {e}")))?;
        Ok(consent_path(role))
    } else {
        Ok(role.home_path())
    }
}

/// Sends a buyer or supplier who still owes consent to the current notice to the
/// consent page, whatever of theirs they open. Their data pages stay open: a person
/// may rather download their data or ask for deletion than consent.
pub async fn consent_gate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let path = req.path();
    let area = [Role::Buyer, Role::Supplier].into_iter().find(|role| {
        let home = role.home_path();
        path == home || path.starts_with(&format!("{home}/"))
    });
    if let Some(role) = area
        && !path.starts_with(base_of(role))
        && req.get_session().contains_key(CONSENT_DUE)
    {
        let res = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, consent_path(role)))
            .finish();
        return Ok(req.into_response(res));
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}
