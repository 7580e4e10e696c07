//! The buyer's profile form, with the privacy consent the first time.

use crate::text;
use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::pairs;
use crate::domain::profile::BuyerProfileForm;
use crate::domain::{FieldError, reference};
use crate::store::{self, buyers};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInBuyer};

#[derive(Template)]
#[template(path = "buyer/profile.html")]
pub struct ProfilePage {
    pub chrome: Chrome,
    pub form: BuyerProfileForm,
    pub errors: Vec<FieldError>,
    pub first_time: bool,
    pub sectors: Vec<(String, String, String)>,
    /// Asked at the first completion only; later notices are consented to on the
    /// consent page.
    pub consent: Option<crate::web::privacy::ConsentBlock>,
}

impl ProfilePage {
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| self.chrome.t.text(&e.message))
    }

    /// (code, name in the viewer's language, usual time zone), by name.
    pub fn countries(&self) -> Vec<(&'static str, String, &'static str)> {
        self.chrome
            .t
            .countries()
            .into_iter()
            .map(|(code, name)| {
                let zone = reference::COUNTRIES
                    .iter()
                    .find(|(c, _, _)| *c == code)
                    .map_or("", |&(_, _, zone)| zone);
                (code, name, zone)
            })
            .collect()
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.form.languages.iter().any(|l| l == code)
    }

    pub fn has_interest(&self, code: &str) -> bool {
        self.form.interests.iter().any(|l| l == code)
    }
}

pub async fn profile_form(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (form, done, sectors, notice) = state
        .db(move |c| {
            let (form, done) = buyers::profile_form(c, me.id)?.ok_or(AppError::NotFound)?;
            Ok((
                form,
                done,
                buyers::sectors(c)?,
                store::privacy::current_notice(c)?,
            ))
        })
        .await?;
    render(&ProfilePage {
        chrome,
        form,
        errors: Vec::new(),
        first_time: !done,
        sectors,
        consent: (!done).then(|| crate::web::privacy::ConsentBlock::fresh(notice)),
    })
}

/// Saves the profile; every bad field is shown next to itself and nothing is stored.
pub async fn save_profile(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
    session: Session,
    req: HttpRequest,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let fields = pairs(&body);
    let form = BuyerProfileForm::from_pairs(&fields);
    let parsed = form.parse();
    let to_save = parsed.clone();
    let notice = crate::web::privacy::current_notice(&state).await?;
    let version = notice.version;
    let (block, kinds) = crate::web::privacy::ConsentBlock::parse(notice, &fields);
    let consent_errors = block.errors.clone();
    let ip = crate::web::privacy::client_ip(&req, &state);
    let (saved, first_time, sectors) = state
        .db(move |c| {
            let first_time = !buyers::profile_form(c, me.id)?.ok_or(AppError::NotFound)?.1;
            let saved = match (to_save, first_time, kinds) {
                (Err(mut errors), true, _) => {
                    errors.extend(consent_errors);
                    Err(errors)
                }
                (Ok(_), true, Err(())) => Err(consent_errors),
                (Ok(profile), first_time, kinds) => {
                    let now = store::now();
                    let saved = c.write_tx(|c| {
                        buyers::save_profile(c, me.id, &profile, now)?;
                        if let (true, Ok(kinds)) = (first_time, kinds) {
                            store::privacy::record_consents(
                                c,
                                crate::domain::Role::Buyer,
                                me.id.0,
                                &kinds,
                                version,
                                &ip,
                                now,
                            )?;
                        }
                        Ok::<_, store::StoreError>(())
                    });
                    match saved {
                        Ok(()) => Ok(profile.name),
                        Err(store::StoreError::NotFound) => Err(vec![FieldError::new(
                            "interests",
                            text!("err-sectors-from-list"),
                        )]),
                        Err(e) => return Err(e.into()),
                    }
                }
                (Err(errors), false, _) => Err(errors),
            };
            Ok((saved, first_time, buyers::sectors(c)?))
        })
        .await?;
    match saved {
        Ok(name) => {
            // The name in the header follows the profile.
            session::rename(&session, name);
            session::flash(
                &session,
                "success",
                if first_time {
                    text!("buy-flash-profile-complete")
                } else {
                    text!("buy-flash-profile-saved")
                },
            );
            Ok(see_other(if first_time {
                "/buyer/suppliers"
            } else {
                "/buyer/profile"
            }))
        }
        Err(errors) => render_with_status(
            &ProfilePage {
                chrome,
                form,
                errors,
                first_time,
                sectors,
                consent: first_time.then_some(block),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}
