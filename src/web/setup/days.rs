//! Adding a consultation day to an expo; its slots are generated from the hours.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::expo::{load, page};
use crate::domain::setup::{BuyerForm, DayForm};
use crate::domain::slots::generate;
use crate::domain::{ExpoId, FieldError, TimeZone};
use crate::store::{self, StoreError, expos};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::Chrome;
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

#[derive(Deserialize, Default)]
pub struct DayFields {
    #[serde(default)]
    date: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
    #[serde(default)]
    slot_minutes: String,
    #[serde(default)]
    gap_minutes: String,
    #[serde(default)]
    break_starts: String,
    #[serde(default)]
    break_ends: String,
}

/// Adds a day; its slots are generated from the hours, slot length, gap and break.
pub async fn add_day(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<DayFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let f = fields.into_inner();
    let form = DayForm {
        date: f.date,
        starts: f.starts,
        ends: f.ends,
        slot_minutes: f.slot_minutes,
        gap_minutes: f.gap_minutes,
        break_starts: f.break_starts,
        break_ends: f.break_ends,
    };
    let plan = match form.parse() {
        Ok(plan) => plan,
        Err(errors) => {
            return page(
                &state,
                chrome,
                id,
                "day",
                errors,
                (None, form, BuyerForm::default()),
            )
            .await;
        }
    };
    let expo = load(&state, id).await?.expo;
    let tz = TimeZone::stored(&expo.venue_timezone)?;
    let planned = match generate(&plan, tz) {
        Ok(p) => p,
        Err(e) => {
            let errors = vec![FieldError::new("date", super::slot_plan_text(&e))];
            return page(
                &state,
                chrome,
                id,
                "day",
                errors,
                (None, form, BuyerForm::default()),
            )
            .await;
        }
    };
    let n = planned.len();
    let added = state
        .db(move |c| {
            match store::audit::by_organizer(
                c,
                me.id,
                "day.added",
                ("expo", Some(id.0)),
                &plan.date.to_string(),
                store::now(),
                |c| expos::add_day(c, id, &plan, &planned),
            ) {
                Ok(_) => Ok(Ok(())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            }
        })
        .await?;
    match added {
        Ok(()) => {
            session::flash(
                &session,
                "success",
                crate::text!("org-flash-day-added", count = n),
            );
            Ok(see_other(&format!("/organizer/expos/{}#days", id.0)))
        }
        Err(why) => {
            page(
                &state,
                chrome,
                id,
                "day",
                vec![FieldError::new("date", super::conflict_text(&why))],
                (None, form, BuyerForm::default()),
            )
            .await
        }
    }
}
