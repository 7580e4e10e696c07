//! Adding tables to an expo.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::expo::{default_day_form, load, page};
use crate::domain::setup::{BuyerForm, parse_tables};
use crate::domain::{ExpoId, FieldError};
use crate::store::{self, StoreError, expos};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::Chrome;
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

#[derive(Deserialize, Default)]
pub struct TableFields {
    #[serde(default)]
    count: String,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    note: String,
}

pub async fn add_tables(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<TableFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let input = match parse_tables(&fields.count, &fields.prefix, &fields.note) {
        Ok(i) => i,
        Err(errors) => {
            return page(
                &state,
                chrome,
                id,
                "tables",
                errors,
                (None, default_day_form(), BuyerForm::default()),
            )
            .await;
        }
    };
    let existing: std::collections::HashSet<String> = load(&state, id)
        .await?
        .tables
        .into_iter()
        .map(|(label, _)| label)
        .collect();
    // The next free numbers after the prefix: a removed or renamed table leaves a gap.
    let labels: Vec<(String, String)> = (1..)
        .map(|n| format!("{}{n}", input.prefix))
        .filter(|label| !existing.contains(label))
        .take(input.count as usize)
        .map(|label| (label, input.note.clone()))
        .collect();
    let added = state
        .db(move |c| {
            match store::audit::by_organizer(
                c,
                me.id,
                "tables.added",
                ("expo", Some(id.0)),
                &labels.len().to_string(),
                store::now(),
                |c| expos::add_tables(c, id, &labels),
            ) {
                Ok(ids) => Ok(Ok(ids.len())),
                Err(StoreError::Conflict(why)) => Ok(Err(why)),
                Err(e) => Err(e.into()),
            }
        })
        .await?;
    match added {
        Ok(n) => {
            session::flash(
                &session,
                "success",
                crate::text!("org-flash-tables-added", count = n),
            );
            Ok(see_other(&format!("/organizer/expos/{}#tables", id.0)))
        }
        Err(why) => {
            page(
                &state,
                chrome,
                id,
                "tables",
                vec![FieldError::new("prefix", super::conflict_text(&why))],
                (None, default_day_form(), BuyerForm::default()),
            )
            .await
        }
    }
}
