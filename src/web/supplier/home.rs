//! The supplier's home page: where its registration stands and its meetings at a glance.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::domain::status::SupplierStatus;
use crate::store::agenda;
use crate::store::suppliers::{self, StoredProfile};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::page_cache::{PageKey, cached};
use crate::web::session::SignedInSupplier;

use super::agenda::{AgendaDay, agenda_days};

#[derive(Template)]
#[template(path = "supplier/home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub agenda: Vec<AgendaDay>,
    pub blocked: usize,
}

impl HomePage {
    pub fn status_text(&self) -> &'static str {
        match self.p.status {
            SupplierStatus::Unverified => {
                "Please confirm your email address: open the link we emailed you. 이메일의 확인 링크를 눌러 주세요."
            }
            SupplierStatus::Pending => {
                "Your email is confirmed. The organizer is checking your registration; we will email you when it is approved. 주최측 승인을 기다리고 있습니다."
            }
            SupplierStatus::Approved => {
                "Your company is approved: buyers can find you and book meetings. 승인 완료: 바이어가 상담을 예약할 수 있습니다."
            }
            SupplierStatus::Rejected => {
                "Your registration was not approved. Contact the organizer if you have questions."
            }
        }
    }

    pub fn step_class(&self, step: u8) -> &'static str {
        let reached = match self.p.status {
            SupplierStatus::Unverified => 1,
            SupplierStatus::Pending => 2,
            SupplierStatus::Rejected => 3,
            SupplierStatus::Approved => 4,
        };
        if step < reached {
            "done"
        } else if step == reached {
            "current"
        } else {
            ""
        }
    }

    pub fn meeting_count(&self) -> usize {
        self.agenda.iter().map(|d| d.rows.len()).sum()
    }
}

pub async fn home(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let key = PageKey::of(&req, &chrome);
    cached(&req, key, home_page(state, me, chrome)).await
}

async fn home_page(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let id = me.id;
    let (p, entries, blocked) = state
        .db(move |c| {
            let p = suppliers::profile(c, id)?.ok_or(AppError::NotFound)?;
            let entries = agenda::for_supplier(c, id)?;
            let blocked = suppliers::availability(c, id)?
                .iter()
                .filter(|s| s.blocked)
                .count();
            Ok((p, entries, blocked))
        })
        .await?;
    let agenda = agenda_days(&p, entries)?;
    render(&HomePage {
        chrome,
        p,
        agenda,
        blocked,
    })
}
