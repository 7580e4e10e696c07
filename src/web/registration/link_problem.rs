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
        (RedeemError::Expired, _) => (
            "This link has expired. Links only work for a limited time, to keep your account safe.",
            StatusCode::GONE,
        ),
        (RedeemError::Used, Purpose::VerifyEmail) => (
            "This link has already been used: your email address is confirmed. Sign in to see your registration.",
            StatusCode::GONE,
        ),
        (RedeemError::Used, _) => (
            "This link has already been used. Each link works once.",
            StatusCode::GONE,
        ),
        _ => (
            "This link is not valid. It may have been cut off when it was copied.",
            StatusCode::NOT_FOUND,
        ),
    };
    let (next_href, next_label) = match purpose {
        Purpose::PasswordReset => ("/signin/forgot", "Ask for a new link"),
        _ => ("/signin/supplier", "Sign in"),
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
