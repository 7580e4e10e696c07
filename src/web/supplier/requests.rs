//! Meeting requests: the supplier answers buyers' requests and sends its own.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use serde::Deserialize;

use crate::domain::BuyerId;
use crate::domain::status::{RequestStatus, SupplierStatus};
use crate::mail::messages::{self, RequestEvent};
use crate::store;
use crate::store::agenda;
use crate::store::suppliers::{self, StoredProfile};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInSupplier};

use super::change_error;

#[derive(Template)]
#[template(path = "supplier/requests.html")]
pub struct RequestsPage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub requests: Vec<agenda::Request>,
    pub buyers: Vec<agenda::BuyerCard>,
}

impl RequestsPage {
    pub fn pending(&self) -> Vec<&agenda::Request> {
        self.requests
            .iter()
            .filter(|r| r.incoming && r.status == RequestStatus::Pending)
            .collect()
    }

    pub fn answered(&self) -> Vec<&agenda::Request> {
        self.requests
            .iter()
            .filter(|r| !(r.incoming && r.status == RequestStatus::Pending))
            .collect()
    }
}

pub async fn requests_page(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let id = me.id;
    let (p, requests, buyers) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            if !p.requests_enabled {
                return Ok((p, Vec::new(), Vec::new()));
            }
            let requests = agenda::requests(c, id)?;
            let buyers = agenda::buyers_for(c, id)?;
            Ok((p, requests, buyers))
        })
        .await?;
    render(&RequestsPage {
        chrome,
        p,
        requests,
        buyers,
    })
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

pub async fn answer(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let accept = match form.decision.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest("choose accept or decline".into())),
    };
    let reason: String = form.reason.trim().chars().take(500).collect();
    let (request, supplier) = (id.into_inner(), me.id);
    let ctx = state.mail();
    state
        .db(move |c| {
            let r = reason.clone();
            agenda::answer_request(
                c,
                supplier,
                request,
                accept,
                &reason,
                |c, request| {
                    let event = if accept {
                        RequestEvent::Accepted
                    } else {
                        RequestEvent::Declined { reason: &r }
                    };
                    messages::queue_request_event(c, request, event, &ctx, store::now())
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                },
                store::now(),
            )
            .map_err(change_error)
        })
        .await?;
    session::flash(
        &session,
        "success",
        if accept {
            crate::text!("sup-flash-accepted")
        } else {
            crate::text!("sup-flash-declined")
        },
    );
    Ok(see_other("/supplier/requests"))
}

#[derive(Deserialize)]
pub struct NewRequestForm {
    #[serde(default)]
    buyer: i32,
    #[serde(default)]
    message: String,
    /// "must" or "would_like" (the default).
    #[serde(default)]
    priority: String,
}

pub async fn request_meeting(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    form: web::Form<NewRequestForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let message: String = form.message.trim().chars().take(500).collect();
    let priority = match form.priority.as_str() {
        "" => crate::flows::requests::Priority::WouldLike,
        raw => crate::flows::requests::Priority::parse(raw)
            .ok_or_else(|| AppError::BadRequest(format!("there is no request priority {raw:?}")))?,
    };
    let (buyer, supplier) = (BuyerId(form.buyer), me.id);
    let ctx = state.mail();
    state
        .db(move |c| {
            agenda::request_meeting(
                c,
                supplier,
                buyer,
                &message,
                priority.as_str(),
                |c, request| {
                    messages::queue_request_event(
                        c,
                        request,
                        RequestEvent::Received,
                        &ctx,
                        store::now(),
                    )
                    .map(|_| ())
                    .map_err(|e| e.to_string())
                },
                store::now(),
            )
            .map_err(change_error)
        })
        .await?;
    session::flash(&session, "success", crate::text!("sup-flash-request-sent"));
    Ok(see_other("/supplier/requests"))
}
