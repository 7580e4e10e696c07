//! The public privacy notice page.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::Role;
use crate::store::privacy;
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};

#[derive(Template)]
#[template(path = "public/privacy.html")]
pub struct NoticePage {
    pub chrome: Chrome,
    pub notice: privacy::Notice,
    pub retention: Vec<(String, i32)>,
    pub sent_mail_days: u32,
}

impl NoticePage {
    pub fn paragraphs(&self) -> Vec<&str> {
        self.notice
            .body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }

    /// The signed-in person's own data page, if they are a buyer or supplier.
    pub fn my_data(&self) -> Option<&'static str> {
        my_data_path(&self.chrome)
    }
}

/// The "my data" page of the signed-in buyer or supplier.
pub fn my_data_path(chrome: &Chrome) -> Option<&'static str> {
    // A colleague or staff acting for the company: the data pages are the primary
    // contact's (`web::acting::seat_guard`), so no link to them.
    let user = chrome.user.as_ref()?;
    if user.seat != crate::store::sessions::Seat::default() {
        return None;
    }
    match Some(user.role) {
        Some(Role::Buyer) => Some("/buyer/privacy"),
        Some(Role::Supplier) => Some("/supplier/privacy"),
        _ => None,
    }
}

pub async fn notice_page(
    state: web::Data<AppState>,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (notice, retention) = state
        .db(|c| Ok((privacy::current_notice(c)?, privacy::retention_by_expo(c)?)))
        .await?;
    render(&NoticePage {
        chrome,
        notice,
        retention,
        sent_mail_days: state.settings.sent_mail_retention_days,
    })
}
