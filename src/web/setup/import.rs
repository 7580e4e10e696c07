//! Importing buyers from pasted CSV or an uploaded file: preview row by row, then confirm.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::expo::load;
use crate::domain::ExpoId;
use crate::flows::invitations::{self, InviteError};
use crate::store::{self, buyers, expos};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

#[derive(Deserialize, Default)]
pub struct ImportFields {
    #[serde(default)]
    csv: String,
}

#[derive(Template)]
#[template(path = "organizer/import.html")]
pub struct ImportPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub csv: String,
    pub rows: Vec<crate::domain::import::ImportRow>,
    pub problem: Option<crate::domain::text::Text>,
}

impl ImportPage {
    pub fn count(&self, kind: &str) -> usize {
        use crate::domain::import::RowOutcome;
        self.rows
            .iter()
            .filter(|r| {
                matches!(
                    (&r.outcome, kind),
                    (RowOutcome::New(_), "new")
                        | (RowOutcome::AlreadyInvited(_), "already")
                        | (RowOutcome::Invalid(_), "invalid")
                )
            })
            .count()
    }

    pub fn kind(&self, row: &crate::domain::import::ImportRow) -> &'static str {
        use crate::domain::import::RowOutcome;
        match row.outcome {
            RowOutcome::New(_) => "new",
            RowOutcome::AlreadyInvited(_) => "already",
            RowOutcome::Invalid(_) => "invalid",
        }
    }

    /// The row's result in the viewer's language.
    pub fn kind_label(&self, row: &crate::domain::import::ImportRow) -> String {
        self.chrome.t.get(match self.kind(row) {
            "new" => "org-import-kind-new",
            "already" => "org-import-kind-already",
            _ => "org-import-kind-invalid",
        })
    }

    pub fn problems(&self, row: &crate::domain::import::ImportRow) -> String {
        let t = &self.chrome.t;
        match &row.outcome {
            crate::domain::import::RowOutcome::Invalid(p) => p
                .iter()
                .map(|e| {
                    t.arg2(
                        "org-import-problem",
                        "column",
                        e.field,
                        "message",
                        t.text(&e.message),
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
            crate::domain::import::RowOutcome::AlreadyInvited(_) => {
                t.get("org-import-already-skipped")
            }
            crate::domain::import::RowOutcome::New(b) => {
                let language = b
                    .locale
                    .map_or_else(String::new, |l| format!(" · {}", l.native_name()));
                format!(
                    "{} · {}{language}",
                    t.country(b.country.as_str()),
                    b.timezone
                )
            }
        }
    }
}

async fn judge(
    state: &AppState,
    id: ExpoId,
    csv: String,
) -> Result<
    (
        expos::ExpoSettings,
        Result<Vec<crate::domain::import::ImportRow>, crate::domain::text::Text>,
    ),
    AppError,
> {
    state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            let existing = invitations::existing_emails(c, id)?;
            let sectors: Vec<String> = buyers::sectors(c)?
                .into_iter()
                .map(|(code, _, _)| code)
                .collect();
            Ok((
                expo,
                crate::domain::import::parse_buyers(&csv, &existing, &sectors)
                    .map_err(|e| e.text()),
            ))
        })
        .await
}

pub async fn import_form(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let expo = load(&state, ExpoId(id.into_inner())).await?.expo;
    render(&ImportPage {
        chrome,
        expo,
        csv: String::new(),
        rows: Vec::new(),
        problem: None,
    })
}

/// Shows what the file would do, row by row; saves nothing.
pub async fn import_preview(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
    fields: web::Form<ImportFields>,
) -> Result<HttpResponse, AppError> {
    preview(
        &state,
        chrome,
        ExpoId(id.into_inner()),
        fields.into_inner().csv,
    )
    .await
}

#[derive(actix_multipart::form::MultipartForm)]
pub struct ImportUpload {
    #[multipart(limit = "5MB")]
    pub(super) file: Option<actix_multipart::form::bytes::Bytes>,
}

/// Previews an uploaded file (Excel workbook or CSV) exactly like pasted text; the
/// confirmation then carries the rows as CSV text, so both paths import the same way.
pub async fn import_file(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
    upload: actix_multipart::form::MultipartForm<ImportUpload>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let converted = match upload.into_inner().file {
        Some(file) if !file.data.is_empty() => {
            crate::domain::import::file_to_csv(&file.data).map_err(|e| e.text())
        }
        _ => Err(crate::text!("err-setup-import-no-file")),
    };
    match converted {
        Ok(csv) => preview(&state, chrome, id, csv).await,
        Err(problem) => {
            let expo = load(&state, id).await?.expo;
            render_with_status(
                &ImportPage {
                    chrome,
                    expo,
                    csv: String::new(),
                    rows: Vec::new(),
                    problem: Some(problem),
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

async fn preview(
    state: &AppState,
    chrome: Chrome,
    id: ExpoId,
    csv: String,
) -> Result<HttpResponse, AppError> {
    let (expo, judged) = judge(state, id, csv.clone()).await?;
    match judged {
        Ok(rows) => render(&ImportPage {
            chrome,
            expo,
            csv,
            rows,
            problem: None,
        }),
        Err(problem) => render_with_status(
            &ImportPage {
                chrome,
                expo,
                csv,
                rows: Vec::new(),
                problem: Some(problem),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

/// Imports the valid new rows of the confirmed file and invites each buyer.
pub async fn import_confirm(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<ImportFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(id.into_inner());
    let csv = fields.into_inner().csv;
    let (expo, judged) = judge(&state, id, csv.clone()).await?;
    let rows = match judged {
        Ok(rows) => rows,
        Err(problem) => {
            return render_with_status(
                &ImportPage {
                    chrome,
                    expo,
                    csv,
                    rows: Vec::new(),
                    problem: Some(problem),
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let ctx = state.mail();
    let imported = state
        .db(move |c| {
            let detail = format!("{} rows", rows.len());
            store::audit::by_organizer(
                c,
                me.id,
                "buyers.imported",
                ("expo", Some(id.0)),
                &detail,
                store::now(),
                |c| invitations::import(c, id, &rows, &ctx, store::now()),
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
        crate::text!("org-flash-imported", count = imported),
    );
    Ok(see_other(&format!("/organizer/expos/{}#buyers", id.0)))
}
