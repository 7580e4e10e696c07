//! Meeting requests: the buyer sends one, lists its own, and answers a supplier's.

use crate::text;
use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::SupplierId;
use crate::domain::status::RequestStatus;
use crate::flows::requests::{self, Priority, RequestError};
use crate::store::{self};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInBuyer};

#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    priority: String,
    #[serde(default)]
    message: String,
}

/// Sends a meeting request (must meet / would like) to the supplier.
pub async fn send_request(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<RequestForm>,
) -> Result<HttpResponse, AppError> {
    let supplier = SupplierId(id.into_inner());
    let back = format!("/buyer/suppliers/{}", supplier.0);
    let Some(priority) = Priority::parse(&form.priority) else {
        session::flash(&session, "error", text!("buy-flash-choose-priority"));
        return Ok(see_other(&back));
    };
    let message = form.message.trim().to_owned();
    if message.chars().count() > 1000
        || message
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        session::flash(&session, "error", text!("buy-flash-message-too-long"));
        return Ok(see_other(&back));
    }
    let ctx = state.mail();
    let buyer = me.id;
    let sent = state
        .db(move |c| {
            match requests::send(c, buyer, supplier, priority, &message, &ctx, store::now()) {
                Ok(_) => Ok(Ok(())),
                Err(RequestError::NotFound) => Err(AppError::NotFound),
                Err(RequestError::Refused(why)) => Ok(Err(why)),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?;
    match sent {
        Ok(()) => {
            session::flash(&session, "success", text!("buy-flash-request-sent"));
            Ok(see_other("/buyer/requests"))
        }
        Err(why) => {
            session::flash(&session, "error", why);
            Ok(see_other(&back))
        }
    }
}

#[derive(Template)]
#[template(path = "buyer/requests.html")]
pub struct RequestsPage {
    pub chrome: Chrome,
    pub enabled: bool,
    pub requests: Vec<requests::BuyerRequest>,
}

impl RequestsPage {
    /// The catalogue key of a request's priority.
    pub fn priority_label(&self, priority: &str) -> &'static str {
        if priority == "must" {
            "buy-req-must"
        } else {
            "buy-req-would-like"
        }
    }
}

pub async fn requests_page(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let buyer = me.id;
    let (enabled, list) = state
        .db(move |c| Ok((requests::enabled(c, buyer)?, requests::list(c, buyer)?)))
        .await?;
    render(&RequestsPage {
        chrome,
        enabled,
        requests: list,
    })
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    reason: String,
}

/// Accepts or declines a supplier's request; declining needs a reason.
pub async fn answer_request(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    let request = id.into_inner();
    let accept = match form.answer.as_str() {
        "accept" => true,
        "decline" => false,
        other => {
            return Err(AppError::BadRequest(format!(
                "the answer must be accept or decline, not {other:?}"
            )));
        }
    };
    let reason = form.reason.trim().to_owned();
    if !accept && (reason.is_empty() || reason.chars().count() > 500) {
        session::flash(&session, "error", text!("buy-flash-decline-reason"));
        return Ok(see_other("/buyer/requests"));
    }
    let ctx = state.mail();
    let buyer = me.id;
    let answered = state
        .db(move |c| {
            match requests::answer(c, buyer, request, accept, &reason, &ctx, store::now()) {
                Ok(()) => Ok(Ok(())),
                Err(RequestError::NotFound) => Err(AppError::NotFound),
                Err(RequestError::Refused(why)) => Ok(Err(why)),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?;
    match answered {
        Ok(()) => session::flash(
            &session,
            "success",
            if accept {
                text!("buy-flash-accepted")
            } else {
                text!("buy-flash-declined")
            },
        ),
        Err(why) => session::flash(&session, "error", why),
    }
    Ok(see_other("/buyer/requests"))
}
