//! The supplier's profile form and saving it.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::Datelike;

use crate::domain::FieldError;
use crate::domain::supplier::SupplierForm;
use crate::store;
use crate::store::suppliers::{self, ProfileError, StoredProfile};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::profile_form::ProfileForm;
use crate::web::public::see_other;
use crate::web::session::{self, SignedInSupplier};

use super::load_profile;

#[derive(Template)]
#[template(path = "supplier/profile.html")]
pub struct ProfilePage {
    pub chrome: Chrome,
    pub p: StoredProfile,
    pub pf: ProfileForm,
}

pub async fn profile_form(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let p = load_profile(&state, &me).await?;
    let pf = ProfileForm::from_stored(&p);
    render(&ProfilePage { chrome, p, pf })
}

/// Saves the whole profile; invalid input re-renders the form (422) with what was
/// typed and changes nothing.
pub async fn save_profile(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    chrome: Chrome,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let typed = SupplierForm::from_pairs(&form.into_inner());
    let errors = match typed.parse(chrono::Utc::now().year()) {
        Ok(profile) => {
            let id = me.id;
            let saved = state
                .db(
                    move |c| match suppliers::update_profile(c, id, &profile, store::now()) {
                        Ok(()) => Ok(Ok(())),
                        Err(ProfileError::Db(e)) => Err(e.into()),
                        Err(ProfileError::NotFound | ProfileError::ExpoClosed) => {
                            Err(AppError::NotFound)
                        }
                        Err(ProfileError::RegNoTaken) => Ok(Err(())),
                    },
                )
                .await?;
            match saved {
                Ok(()) => {
                    session::flash(&session, "success", crate::text!("sup-flash-profile-saved"));
                    return Ok(see_other("/supplier/profile/preview"));
                }
                Err(()) => vec![FieldError::new(
                    "business_reg_no",
                    crate::text!("err-sup-regno-taken"),
                )],
            }
        }
        Err(errors) => errors,
    };
    let p = load_profile(&state, &me).await?;
    render_with_status(
        &ProfilePage {
            chrome,
            p,
            pf: ProfileForm::new(typed, errors),
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}
