//! Video links for Zoom, Teams or Webex, imported from a spreadsheet: per table (or
//! online room), per supplier or per meeting. Pasted text or an uploaded file (CSV or
//! Excel) is previewed row by row; the confirmation stores every row or, when any
//! row has a problem, none.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::expo::load;
use crate::domain::ExpoId;
use crate::domain::text::Text;
use crate::store::online::{self, JudgedLink};
use crate::store::{self, expos};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render_with_status};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInOrganizer};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/expos/{id}/video-links", web::get().to(form))
        .route(
            "/organizer/expos/{id}/video-links/preview",
            web::post().to(preview_text),
        )
        .route(
            "/organizer/expos/{id}/video-links/file",
            web::post().to(preview_file),
        )
        .route("/organizer/expos/{id}/video-links", web::post().to(confirm));
}

#[derive(Deserialize, Default)]
pub struct LinkFields {
    #[serde(default)]
    csv: String,
}

#[derive(Template)]
#[template(path = "organizer/video_links.html")]
pub struct LinksPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub csv: String,
    pub rows: Vec<JudgedLink>,
    pub problem: Option<Text>,
    /// Tables, suppliers and meetings with a pasted link now.
    pub pasted: (i64, i64, i64),
}

impl LinksPage {
    pub fn bad(&self) -> usize {
        self.rows.iter().filter(|r| !r.ok()).count()
    }

    /// The row's problems in the viewer's language.
    pub fn problems(&self, row: &JudgedLink) -> String {
        row.row
            .problems
            .iter()
            .map(|p| self.chrome.t.text(p))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// What the row names, by kind, in the viewer's language.
    pub fn what(&self, row: &JudgedLink) -> String {
        use crate::domain::online::LinkTarget;
        let t = &self.chrome.t;
        match &row.row.target {
            None => String::new(),
            Some(LinkTarget::Table(_)) => t.arg("org-links-table", "name", row.names.as_str()),
            Some(LinkTarget::Supplier(_)) => {
                t.arg("org-links-supplier", "name", row.names.as_str())
            }
            Some(LinkTarget::Meeting(_)) => t.arg("org-links-meeting", "name", row.names.as_str()),
        }
    }
}

async fn show(
    state: &AppState,
    chrome: Chrome,
    expo: ExpoId,
    csv: String,
    problem: Option<Text>,
) -> Result<HttpResponse, AppError> {
    let settings = load(state, expo).await?.expo;
    let judged = match &problem {
        Some(_) => Ok(Vec::new()),
        None if csv.trim().is_empty() => Ok(Vec::new()),
        None => crate::domain::online::parse_link_rows(&csv).map_err(|e| e.text()),
    };
    let (rows, problem) = match judged {
        Ok(rows) => (rows, problem),
        Err(p) => (Vec::new(), Some(p)),
    };
    let (rows, pasted) = state
        .db(move |c| {
            Ok((
                online::judge_links(c, expo, rows)?,
                online::pasted_counts(c, expo)?,
            ))
        })
        .await?;
    let page = LinksPage {
        chrome,
        expo: settings,
        csv,
        rows,
        problem,
        pasted,
    };
    let status = if page.problem.is_some() || page.bad() > 0 {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render_with_status(&page, status)
}

async fn form(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    show(&state, chrome, ExpoId(id.into_inner()), String::new(), None).await
}

async fn preview_text(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
    fields: web::Form<LinkFields>,
) -> Result<HttpResponse, AppError> {
    let csv = fields.into_inner().csv;
    let problem = csv
        .trim()
        .is_empty()
        .then(|| crate::text!("err-setup-import-empty"));
    show(&state, chrome, ExpoId(id.into_inner()), csv, problem).await
}

async fn preview_file(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
    upload: actix_multipart::form::MultipartForm<super::import::ImportUpload>,
) -> Result<HttpResponse, AppError> {
    let converted = match upload.into_inner().file {
        Some(file) if !file.data.is_empty() => {
            crate::domain::import::file_to_csv(&file.data).map_err(|e| e.text())
        }
        _ => Err(crate::text!("err-setup-import-no-file")),
    };
    let id = ExpoId(id.into_inner());
    match converted {
        Ok(csv) => show(&state, chrome, id, csv, None).await,
        Err(problem) => show(&state, chrome, id, String::new(), Some(problem)).await,
    }
}

async fn confirm(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    id: web::Path<i32>,
    fields: web::Form<LinkFields>,
) -> Result<HttpResponse, AppError> {
    let expo = ExpoId(id.into_inner());
    let csv = fields.into_inner().csv;
    let rows = match crate::domain::online::parse_link_rows(&csv) {
        Ok(rows) => rows,
        Err(e) => return show(&state, chrome, expo, csv, Some(e.text())).await,
    };
    let saved = state
        .db(move |c| {
            let judged = online::judge_links(c, expo, rows)?;
            if judged.iter().any(|r| !r.ok()) {
                return Ok(None);
            }
            let detail = format!("{} rows", judged.len());
            Ok(Some(store::audit::by_organizer(
                c,
                me.id,
                "video_links.imported",
                ("expo", Some(expo.0)),
                &detail,
                store::now(),
                |c| online::apply_links(c, &judged),
            )?))
        })
        .await?;
    match saved {
        Some(n) => {
            session::flash(
                &session,
                "success",
                crate::text!("org-links-saved", count = n),
            );
            Ok(see_other(&format!(
                "/organizer/expos/{}/video-links",
                expo.0
            )))
        }
        None => show(&state, chrome, expo, csv, None).await,
    }
}
