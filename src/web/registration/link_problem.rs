//! The page for an emailed link that is expired, used or unknown, shared by verification and password reset.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::token::Purpose;
use crate::store::tokens::RedeemError;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render_with_status};

#[derive(Template)]
#[template(path = "registration/link_problem.html")]
pub struct LinkProblemPage {
    pub chrome: Chrome,
    /// Catalogue keys.
    pub message: &'static str,
    pub next_href: &'static str,
    pub next_label: &'static str,
}

pub(super) fn link_problem(
    chrome: Chrome,
    problem: &RedeemError,
    purpose: Purpose,
) -> Result<HttpResponse, AppError> {
    let (message, status) = match (problem, purpose) {
        (RedeemError::Expired, _) => ("reg-link-expired", StatusCode::GONE),
        (RedeemError::Used, Purpose::VerifyEmail) => ("reg-link-used-verify", StatusCode::GONE),
        (RedeemError::Used, _) => ("reg-link-used", StatusCode::GONE),
        _ => ("reg-link-invalid", StatusCode::NOT_FOUND),
    };
    let (next_href, next_label) = match purpose {
        Purpose::PasswordReset => ("/signin/forgot", "reg-link-ask-new"),
        _ => ("/signin/supplier", "reg-link-sign-in"),
    };
    render_with_status(
        &LinkProblemPage {
            chrome,
            message,
            next_href,
            next_label,
        },
        status,
    )
}

/// Db errors become `AppError`s; the link's own problems are kept for the page.
pub(super) fn split<T>(r: Result<T, RedeemError>) -> Result<Result<T, RedeemError>, AppError> {
    match r {
        Err(RedeemError::Db(e)) => Err(e.into()),
        other => Ok(other),
    }
}
