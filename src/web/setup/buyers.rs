//! Inviting a buyer to an expo, and sending its invitation again.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::expo::{default_day_form, load, page};
use crate::domain::setup::BuyerForm;
use crate::domain::{BuyerId, ExpoId, FieldError};
use crate::flows::invitations::{self, InviteError};
use crate::store::{self, StoreError};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::Chrome;
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

#[derive(Deserialize, Default)]
pub struct BuyerFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    timezone: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    language: String,
}

/// Adds one buyer and emails its invitation with a personal sign-in link.
pub async fn invite_buyer(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<BuyerFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let f = fields.into_inner();
    let form = BuyerForm {
        name: f.name,
        organisation: f.organisation,
        email: f.email,
        country: f.country,
        timezone: f.timezone,
        languages: f.languages,
        language: f.language,
    };
    let input = match form.parse() {
        Ok(i) => i,
        Err(errors) => {
            return page(
                &state,
                chrome,
                id,
                "buyer",
                errors,
                (None, default_day_form(), form),
            )
            .await;
        }
    };
    load(&state, id).await?;
    let ctx = state.mail();
    let done = state
        .db(move |c| {
            let detail = input.email.as_str().to_owned();
            match store::audit::by_organizer(
                c,
                me.id,
                "buyer.invited",
                ("expo", Some(id.0)),
                &detail,
                store::now(),
                |c| invitations::invite(c, id, &input, &ctx, store::now()),
            ) {
                Ok(_) => Ok(Ok(input.name)),
                Err(InviteError::Store(StoreError::Conflict(why))) => Ok(Err(why)),
                Err(InviteError::Store(e)) => Err(e.into()),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?;
    match done {
        Ok(name) => {
            session::flash(
                &session,
                "success",
                crate::text!("org-flash-buyer-invited", name = name),
            );
            Ok(see_other(&format!("/organizer/expos/{}#buyers", id.0)))
        }
        Err(why) => {
            page(
                &state,
                chrome,
                id,
                "buyer",
                vec![FieldError::new("email", super::conflict_text(&why))],
                (None, default_day_form(), form),
            )
            .await
        }
    }
}

pub async fn resend_invitation(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, buyer) = path.into_inner();
    let ctx = state.mail();
    state
        .db(move |c| {
            store::audit::by_organizer(
                c,
                me.id,
                "buyer.invitation_resent",
                ("buyer", Some(buyer)),
                "",
                store::now(),
                |c| invitations::resend(c, ExpoId(expo), BuyerId(buyer), &ctx, store::now()),
            )
            .map_err(|e| match e {
                InviteError::Store(s) => AppError::from(s),
                other => AppError::internal(other),
            })
        })
        .await?;
    session::flash(
        &session,
        "success",
        crate::text!("org-flash-invitation-resent"),
    );
    Ok(see_other(&format!("/organizer/expos/{expo}#buyers")))
}
