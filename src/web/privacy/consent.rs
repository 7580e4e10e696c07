//! The consent page: a buyer or supplier consents again after the notice changed.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::domain::Role;
use crate::store::{self, privacy};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{SignedInBuyer, SignedInSupplier};

use super::{CONSENT_DUE, ConsentBlock, base_of, client_ip, consent_path, current_notice};

#[derive(Template)]
#[template(path = "public/consent.html")]
pub struct ConsentPage {
    pub chrome: Chrome,
    pub consents: ConsentBlock,
    pub action: &'static str,
    pub my_data: &'static str,
}

async fn consent_page(
    state: web::Data<AppState>,
    chrome: Chrome,
    role: Role,
) -> Result<HttpResponse, AppError> {
    let notice = current_notice(&state).await?;
    render(&ConsentPage {
        chrome,
        consents: ConsentBlock::fresh(notice),
        action: consent_path(role),
        my_data: base_of(role),
    })
}

/// Records the consents to the current notice and lets the person in; a required one
/// missing shows the page again (422) and records nothing.
async fn give_consent(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    (role, id): (Role, i32),
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let notice = current_notice(&state).await?;
    let version = notice.version;
    let (block, kinds) = ConsentBlock::parse(notice, &pairs);
    let Ok(kinds) = kinds else {
        return render_with_status(
            &ConsentPage {
                chrome,
                consents: block,
                action: consent_path(role),
                my_data: base_of(role),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let ip = client_ip(&req, &state);
    state
        .db(move |c| {
            Ok(privacy::record_consents(
                c,
                role,
                id,
                &kinds,
                version,
                &ip,
                store::now(),
            )?)
        })
        .await?;
    session.remove(CONSENT_DUE);
    Ok(see_other(role.home_path()))
}

pub async fn buyer_consent_form(
    state: web::Data<AppState>,
    _me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    consent_page(state, chrome, Role::Buyer).await
}

pub async fn supplier_consent_form(
    state: web::Data<AppState>,
    _me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    consent_page(state, chrome, Role::Supplier).await
}

pub async fn buyer_consent(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    give_consent(state, req, session, chrome, (Role::Buyer, me.id.0), body).await
}

pub async fn supplier_consent(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    give_consent(state, req, session, chrome, (Role::Supplier, me.id.0), body).await
}
