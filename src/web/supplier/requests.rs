//! Meeting requests: the supplier answers buyers' requests and sends its own.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use std::collections::HashMap;

use serde::Deserialize;

use crate::domain::matching::Match;

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
    /// How well the supplier fits each requesting buyer.
    pub fits: HashMap<BuyerId, Match>,
    /// Only requests in this state; `None`: all.
    pub status: Option<RequestStatus>,
    /// Newest first instead of best match first.
    pub by_date: bool,
    /// The list's filter named a state that does not exist: all are shown, and said so.
    pub bad_filter: bool,
}

/// The request list's filter and order, from the address.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    status: String,
    sort: String,
}

impl RequestsPage {
    /// Requests waiting for the supplier's answer, in the chosen order.
    pub fn pending(&self) -> Vec<&agenda::Request> {
        self.listed(|r| r.incoming && r.status == RequestStatus::Pending)
    }

    /// The rest, in the chosen order.
    pub fn answered(&self) -> Vec<&agenda::Request> {
        self.listed(|r| !(r.incoming && r.status == RequestStatus::Pending))
    }

    fn listed(&self, part: impl Fn(&agenda::Request) -> bool) -> Vec<&agenda::Request> {
        let mut list: Vec<&agenda::Request> = self
            .requests
            .iter()
            .filter(|r| part(r))
            .filter(|r| self.status.is_none_or(|s| r.status == s))
            .collect();
        let score = |r: &agenda::Request| self.fits.get(&r.buyer).map_or(0, |m| m.score);
        list.sort_by(|a, b| {
            let newest = b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id));
            if self.by_date {
                newest
            } else {
                score(b).cmp(&score(a)).then(newest)
            }
        });
        list
    }

    /// The request's match, as a strength label and its reasons.
    pub fn fit(&self, r: &agenda::Request) -> Option<(String, String)> {
        let fit = self.fits.get(&r.buyer)?;
        let strength = fit.strength()?;
        Some((
            self.chrome.t.get(strength.key()),
            self.chrome.t.reasons_for_organizer(&fit.reasons),
        ))
    }

    /// When the request came, as a venue date.
    pub fn received(&self, r: &agenda::Request) -> String {
        use chrono::TimeZone as _;
        let day = crate::domain::TimeZone::stored(&self.p.venue_timezone)
            .map(|tz| tz.tz().from_utc_datetime(&r.created_at).date_naive())
            .unwrap_or_else(|_| r.created_at.date());
        self.chrome.t.date(&day)
    }

    /// A buyer's match, as a strength label and its reasons.
    pub fn buyer_fit(&self, b: &agenda::BuyerCard) -> Option<(String, String)> {
        let fit = self.fits.get(&b.id)?;
        let strength = fit.strength()?;
        Some((
            self.chrome.t.get(strength.key()),
            self.chrome.t.reasons_for_organizer(&fit.reasons),
        ))
    }

    /// The states a request can be in, for the filter.
    pub fn states(&self) -> &'static [RequestStatus] {
        RequestStatus::ALL
    }

    pub fn is_status(&self, s: &RequestStatus) -> bool {
        self.status == Some(*s)
    }
}

pub async fn requests_page(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let id = me.id;
    let query = query.into_inner();
    let (status, bad_filter) = match query.status.as_str() {
        "" | "all" => (None, false),
        code => match code.parse::<RequestStatus>() {
            Ok(s) => (Some(s), false),
            Err(_) => (None, true),
        },
    };
    let (p, requests, buyers, fits) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            if !p.requests_enabled {
                return Ok((p, Vec::new(), Vec::new(), HashMap::new()));
            }
            let requests = agenda::requests(c, id)?;
            let buyers = agenda::buyers_for(c, id)?;
            let asking: Vec<BuyerId> = requests
                .iter()
                .map(|r| r.buyer)
                .chain(buyers.iter().map(|b| b.id))
                .collect();
            let fits = store::directory::fits_for_supplier(c, id, &asking)?;
            let mut buyers = buyers;
            // The buyers to ask: best match first, then by name (the list came by country).
            let score = |b: &agenda::BuyerCard| fits.get(&b.id).map_or(0, |m| m.score);
            buyers.sort_by_key(|b| std::cmp::Reverse(score(b)));
            Ok((p, requests, buyers, fits))
        })
        .await?;
    render(&RequestsPage {
        chrome,
        p,
        requests,
        buyers,
        fits,
        status,
        by_date: query.sort == "date",
        bad_filter,
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
