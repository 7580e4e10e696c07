//! Stopping a kind of non-essential email from the message itself: the person's own
//! link (`List-Unsubscribe`, and the line at the foot of the message) shows a page
//! with one button; a mail program's one-click unsubscribe (RFC 8058) posts to the
//! same address. Only the reminder shortly before each meeting can be stopped so far.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::domain::Party;
use crate::domain::online::opt_out_key_valid;
use crate::mail::reminders::{SOON_KIND, set_soon_wanted};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/unsubscribe/{role}/{person}/{kind}/{key}",
        web::get().to(show),
    )
    .route(
        "/unsubscribe/{role}/{person}/{kind}/{key}",
        web::post().to(stop),
    );
}

#[derive(Template)]
#[template(path = "public/unsubscribe.html")]
struct UnsubscribePage {
    chrome: Chrome,
    action: String,
    done: bool,
    /// Interpreters have no data page to turn reminders back on.
    interpreter: bool,
}

/// The person the link is for, when its key is good.
fn person_of(
    state: &AppState,
    (role, person, kind, key): &(String, i32, String, String),
) -> Result<(Party, i32), AppError> {
    let Some(role) = Party::parse_participant(role) else {
        return Err(AppError::NotFound);
    };
    if kind != SOON_KIND || !opt_out_key_valid(&state.settings.secret_key, role, *person, kind, key)
    {
        return Err(AppError::NotFound);
    }
    Ok((role, *person))
}

async fn show(
    state: web::Data<AppState>,
    path: web::Path<(String, i32, String, String)>,
    req: HttpRequest,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    person_of(&state, &path)?;
    render(&UnsubscribePage {
        chrome,
        action: req.path().to_owned(),
        done: false,
        interpreter: false,
    })
}

async fn stop(
    state: web::Data<AppState>,
    path: web::Path<(String, i32, String, String)>,
    req: HttpRequest,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (role, person) = person_of(&state, &path)?;
    state
        .db(move |c| {
            Ok(set_soon_wanted(
                c,
                role,
                person,
                false,
                crate::store::now(),
            )?)
        })
        .await?;
    render(&UnsubscribePage {
        chrome,
        action: req.path().to_owned(),
        done: true,
        interpreter: role == Party::Interpreter,
    })
}
