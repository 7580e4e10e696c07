//! The organizer's participant lists, each person's (and each table's) agenda with a
//! printable version, and the participant and meeting exports as CSV and XLSX.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render};
use super::session::{self, SignedInOrganizer};
use crate::domain::status::{MeetingStatus, SupplierStatus};
use crate::domain::{BuyerId, ExpoId, Role, SupplierId, TableId};
use crate::store::buyers::BuyerRow;
use crate::store::grid::{ExportRow, Whose};
use crate::store::participants::SupplierRow;
use crate::store::{self, expos};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    /// "1": only people without a meeting.
    without: String,
}

#[derive(Template)]
#[template(path = "organizer/participants.html")]
pub struct ParticipantsPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub q: String,
    pub without: bool,
    pub buyers: Vec<BuyerRow>,
    pub suppliers: Vec<SupplierRow>,
    pub total_buyers: usize,
    pub total_suppliers: usize,
}

impl ParticipantsPage {
    /// A buyer's progress, in the viewer's language.
    pub fn progress(&self, b: &BuyerRow) -> String {
        self.chrome.t.label(&b.state())
    }
}

/// Case-insensitive: does any of the texts contain every word of the query?
fn matches(query: &str, texts: &[&str]) -> bool {
    let haystack = texts.join(" ").to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

/// Buyers and suppliers of the expo, searchable by name, organisation and email.
pub async fn list(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    expo: web::Path<i32>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(expo.into_inner());
    let ListQuery { q, without } = query.into_inner();
    let q = q.trim().chars().take(100).collect::<String>();
    let without = without == "1";
    let (expo, buyers, suppliers) = state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            Ok((
                expo,
                store::buyers::for_expo(c, id)?,
                store::participants::suppliers_for_expo(c, id)?,
            ))
        })
        .await?;
    let (total_buyers, total_suppliers) = (buyers.len(), suppliers.len());
    let buyers = buyers
        .into_iter()
        .filter(|b| !without || b.meetings == 0)
        .filter(|b| {
            matches(
                &q,
                &[
                    &b.name,
                    &b.organisation,
                    &b.email,
                    &b.country,
                    b.country_name(),
                    &b.timezone,
                ],
            )
        })
        .collect();
    let suppliers = suppliers
        .into_iter()
        .filter(|s| !without || (s.meetings == 0 && s.status == SupplierStatus::Approved))
        .filter(|s| matches(&q, &[&s.name_en, &s.name_ko, &s.email, &s.contact]))
        .collect();
    render(&ParticipantsPage {
        chrome,
        expo,
        q,
        without,
        buyers,
        suppliers,
        total_buyers,
        total_suppliers,
    })
}

#[derive(Template)]
#[template(path = "organizer/agenda.html")]
pub struct AgendaPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    /// The venue's zone, parsed once when the page is built.
    pub venue: chrono_tz::Tz,
    pub title: String,
    pub subtitle: String,
    /// "buyer", "supplier" or "table": which columns the agenda needs.
    pub kind: &'static str,
    pub rows: Vec<ExportRow>,
    /// For a buyer's or supplier's agenda: where to end their sign-ins, and how many
    /// they have now.
    pub sign_ins: Option<(String, i64)>,
    /// For a buyer's or supplier's agenda: its people, and where staff start acting
    /// for it.
    pub team: Option<(store::team::Team, String)>,
}

impl AgendaPage {
    fn venue(&self) -> chrono_tz::Tz {
        self.venue
    }

    pub fn day(&self, row: &ExportRow) -> String {
        let local = self.venue().from_utc_datetime(&row.starts_at);
        self.chrome.t.day(&local.date_naive())
    }

    pub fn country(&self, code: &str) -> String {
        self.chrome.t.country(code)
    }

    pub fn hours(&self, row: &ExportRow) -> String {
        let tz = self.venue();
        self.chrome.t.time_range(
            &tz.from_utc_datetime(&row.starts_at).time(),
            &tz.from_utc_datetime(&row.ends_at).time(),
        )
    }

    pub fn live(&self) -> usize {
        self.rows.iter().filter(|r| r.status.is_live()).count()
    }
}

async fn agenda(
    state: &AppState,
    chrome: Chrome,
    expo: ExpoId,
    whose: Whose,
) -> Result<HttpResponse, AppError> {
    let limits = state.settings.sessions;
    let locale = chrome.t;
    let (settings, title, subtitle, rows, sign_ins) = state
        .db(move |c| {
            let settings = expos::settings(c, expo)?.ok_or(AppError::NotFound)?;
            let (title, subtitle) = match whose {
                Whose::Buyer(b) => store::buyers::for_expo(c, expo)?
                    .into_iter()
                    .find(|r| r.id == b)
                    .map(|r| {
                        let place = format!("{} · {}", r.organisation, locale.country(&r.country));
                        (r.name, place)
                    }),
                Whose::Supplier(s) => store::participants::suppliers_for_expo(c, expo)?
                    .into_iter()
                    .find(|r| r.id == s)
                    .map(|r| (r.name_en, r.name_ko)),
                Whose::Table(t) => store::layout::tables(c, expo)?
                    .into_iter()
                    .find(|r| r.id == t)
                    .map(|r| (locale.arg("org-agenda-table", "label", r.label), r.note)),
                Whose::All => None,
            }
            .ok_or(AppError::NotFound)?;
            let rows = store::grid::meetings_of(c, expo, whose)?;
            let person = match whose {
                Whose::Buyer(b) => Some((Role::Buyer, b.0, "buyers")),
                Whose::Supplier(s) => Some((Role::Supplier, s.0, "suppliers")),
                Whose::Table(_) | Whose::All => None,
            };
            let sign_ins = match person {
                Some((role, id, area)) => Some((
                    format!("/organizer/expos/{}/{area}/{id}/sign-out", expo.0),
                    store::sessions::count_for(c, role, id, limits, store::now())?,
                )),
                None => None,
            };
            let team = match person {
                Some((role, id, area)) => store::team::team(c, role, id)?
                    .map(|t| (t, format!("/organizer/expos/{}/{area}/{id}/act", expo.0))),
                None => None,
            };
            Ok((settings, title, subtitle, rows, (sign_ins, team)))
        })
        .await?;
    let (sign_ins, team) = sign_ins;
    let kind = match whose {
        Whose::Buyer(_) => "buyer",
        Whose::Supplier(_) => "supplier",
        Whose::Table(_) | Whose::All => "table",
    };
    render(&AgendaPage {
        chrome,
        venue: crate::domain::TimeZone::stored(&settings.venue_timezone)?.tz(),
        expo: settings,
        title,
        subtitle,
        kind,
        rows,
        sign_ins,
        team,
    })
}

/// Ends every sign-in of one of the expo's buyers or suppliers (`/…/sign-out`).
pub async fn end_sign_ins(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, area, id) = path.into_inner();
    let role = match area.as_str() {
        "buyers" => Role::Buyer,
        "suppliers" => Role::Supplier,
        _ => return Err(AppError::NotFound),
    };
    let ended = state
        .db(move |c| {
            Ok(store::sessions::end_all_by_organizer(
                c,
                me.id,
                ExpoId(expo),
                role,
                id,
                store::now(),
            )?)
        })
        .await?;
    session::flash(
        &session,
        "success",
        match ended {
            0 => crate::text!("org-flash-no-sign-ins"),
            n => crate::text!("org-flash-sign-ins-ended", count = n),
        },
    );
    Ok(super::public::see_other(&format!(
        "/organizer/expos/{expo}/{area}/{id}"
    )))
}

pub async fn buyer_agenda(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, buyer) = path.into_inner();
    agenda(&state, chrome, ExpoId(expo), Whose::Buyer(BuyerId(buyer))).await
}

pub async fn supplier_agenda(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, supplier) = path.into_inner();
    agenda(
        &state,
        chrome,
        ExpoId(expo),
        Whose::Supplier(SupplierId(supplier)),
    )
    .await
}

pub async fn table_agenda(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, table) = path.into_inner();
    agenda(&state, chrome, ExpoId(expo), Whose::Table(TableId(table))).await
}

/// A sheet: a header row and text cells, written as CSV or XLSX. `name` and `header`
/// are written as given by [`Sheet::download`], or read as catalogue keys in a language
/// by [`Sheet::download_in`].
pub struct Sheet<'a> {
    pub name: &'static str,
    pub header: Vec<&'a str>,
    pub rows: Vec<Vec<String>>,
}

impl Sheet<'_> {
    /// UTF-8 with a byte order mark, so spreadsheet programs read Hangul correctly;
    /// every cell made safe from formula injection (`spreadsheet_safe`).
    fn csv(&self, header: &[String]) -> Result<Vec<u8>, AppError> {
        use crate::domain::display::spreadsheet_safe;
        let mut out = csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
        out.write_record(header.iter().map(|h| spreadsheet_safe(h).into_owned()))
            .map_err(AppError::internal)?;
        for row in &self.rows {
            out.write_record(row.iter().map(|c| spreadsheet_safe(c).into_owned()))
                .map_err(AppError::internal)?;
        }
        out.into_inner()
            .map_err(|e| AppError::internal(anyhow::anyhow!("csv: {e}")))
    }

    fn xlsx(&self, name: &str, header: &[String]) -> Result<Vec<u8>, AppError> {
        use rust_xlsxwriter::{Format, Workbook};
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let fail = |e: rust_xlsxwriter::XlsxError| AppError::internal(anyhow::anyhow!("xlsx: {e}"));
        sheet.set_name(name).map_err(fail)?;
        let bold = Format::new().set_bold();
        for (col, title) in (0u16..).zip(header) {
            sheet
                .write_string_with_format(0, col, title, &bold)
                .map_err(fail)?;
        }
        for (row, cells) in (1u32..).zip(&self.rows) {
            for (col, cell) in (0u16..).zip(cells) {
                sheet.write_string(row, col, cell).map_err(fail)?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(fail)?;
        sheet.autofit();
        book.save_to_buffer().map_err(fail)
    }

    /// The sheet as a download in the format the URL asked for ("csv" or "xlsx").
    pub fn download(&self, format: &str, filename: &str) -> Result<HttpResponse, AppError> {
        self.write(None, format, filename)
    }

    /// Like [`Sheet::download`], with the sheet's name and header row in `t`'s language.
    pub fn download_in(
        &self,
        t: crate::i18n::Locale,
        format: &str,
        filename: &str,
    ) -> Result<HttpResponse, AppError> {
        self.write(Some(t), format, filename)
    }

    fn write(
        &self,
        t: Option<crate::i18n::Locale>,
        format: &str,
        filename: &str,
    ) -> Result<HttpResponse, AppError> {
        let said = |key: &str| t.map_or_else(|| key.to_owned(), |t| t.get(key));
        let header: Vec<String> = self.header.iter().map(|h| said(h)).collect();
        let (body, content_type) = match format {
            "csv" => (self.csv(&header)?, "text/csv; charset=utf-8"),
            "xlsx" => (
                self.xlsx(&said(self.name), &header)?,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            other => {
                return Err(AppError::BadRequest(format!(
                    "there is no export format called {other:?}; use csv or xlsx"
                )));
            }
        };
        Ok(HttpResponse::Ok()
            .content_type(content_type)
            .insert_header((
                "Content-Disposition",
                format!("attachment; filename=\"{filename}.{format}\""),
            ))
            .body(body))
    }
}

/// All meetings, cancelled ones with their reason, times in venue time.
pub fn meetings_sheet(
    t: crate::i18n::Locale,
    expo: &expos::ExpoSettings,
    rows: &[ExportRow],
) -> Result<Sheet<'static>, crate::domain::UnknownStoredZone> {
    let venue = crate::domain::TimeZone::stored(&expo.venue_timezone)?.tz();
    Ok(Sheet {
        name: "csv-meetings-sheet",
        header: vec![
            "csv-meetings-meeting",
            "csv-meetings-status",
            "csv-meetings-date",
            "csv-meetings-start",
            "csv-meetings-end",
            "csv-meetings-table",
            "csv-meetings-buyer",
            "csv-meetings-organisation",
            "csv-meetings-country",
            "csv-meetings-buyer-email",
            "csv-meetings-supplier",
            "csv-meetings-supplier-ko",
            "csv-meetings-supplier-email",
            "csv-meetings-cancel-reason",
        ],
        rows: rows
            .iter()
            .map(|r| {
                let (s, e) = (
                    venue.from_utc_datetime(&r.starts_at),
                    venue.from_utc_datetime(&r.ends_at),
                );
                vec![
                    r.meeting.to_string(),
                    t.label(&r.status),
                    s.format("%Y-%m-%d").to_string(),
                    s.format("%H:%M").to_string(),
                    e.format("%H:%M").to_string(),
                    r.table.clone(),
                    r.buyer.clone(),
                    r.buyer_organisation.clone(),
                    r.buyer_country.clone(),
                    r.buyer_email.clone(),
                    r.supplier_en.clone(),
                    r.supplier_ko.clone(),
                    r.supplier_email.clone(),
                    r.cancel_reason.clone(),
                ]
            })
            .collect(),
    })
}

/// Every buyer and supplier with their state and meeting count.
pub fn participants_sheet(
    t: crate::i18n::Locale,
    buyers: &[BuyerRow],
    suppliers: &[SupplierRow],
) -> Sheet<'static> {
    let buyer_rows = buyers.iter().map(|b| {
        vec![
            t.get("csv-participants-role-buyer"),
            b.name.clone(),
            b.organisation.clone(),
            b.country.clone(),
            b.email.clone(),
            b.timezone.clone(),
            t.label(&b.state()),
            b.meetings.to_string(),
        ]
    });
    let supplier_rows = suppliers.iter().map(|s| {
        vec![
            t.get("csv-participants-role-supplier"),
            s.name_en.clone(),
            s.name_ko.clone(),
            "KR".to_owned(),
            s.email.clone(),
            String::new(),
            t.label(&s.status),
            s.meetings.to_string(),
        ]
    });
    Sheet {
        name: "csv-participants-sheet",
        header: vec![
            "csv-participants-role",
            "csv-participants-name",
            "csv-participants-organisation",
            "csv-participants-country",
            "csv-participants-email",
            "csv-participants-timezone",
            "csv-participants-state",
            "csv-participants-meetings",
        ],
        rows: buyer_rows.chain(supplier_rows).collect(),
    }
}

/// `/organizer/expos/{id}/meetings.{csv,xlsx}`
pub async fn export_meetings(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, format) = path.into_inner();
    let id = ExpoId(id);
    let (expo, rows) = state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            Ok((expo, store::grid::export(c, id)?))
        })
        .await?;
    meetings_sheet(chrome.t, &expo, &rows)?.download_in(
        chrome.t,
        &format,
        &format!("meetings-expo-{}", id.0),
    )
}

/// `/organizer/expos/{id}/participants.{csv,xlsx}`
pub async fn export_participants(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, format) = path.into_inner();
    let id = ExpoId(id);
    let (buyers, suppliers) = state
        .db(move |c| {
            expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            Ok((
                store::buyers::for_expo(c, id)?,
                store::participants::suppliers_for_expo(c, id)?,
            ))
        })
        .await?;
    participants_sheet(chrome.t, &buyers, &suppliers).download_in(
        chrome.t,
        &format,
        &format!("participants-expo-{}", id.0),
    )
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/expos/{id}/participants", web::get().to(list))
        .route(
            "/organizer/expos/{id}/participants.{format}",
            web::get().to(export_participants),
        )
        .route(
            "/organizer/expos/{id}/meetings.{format}",
            web::get().to(export_meetings),
        )
        .route(
            "/organizer/expos/{id}/buyers/{buyer}",
            web::get().to(buyer_agenda),
        )
        .route(
            "/organizer/expos/{id}/suppliers/{supplier}",
            web::get().to(supplier_agenda),
        )
        .route(
            "/organizer/expos/{id}/tables/{table}/agenda",
            web::get().to(table_agenda),
        )
        .route(
            "/organizer/expos/{id}/{area}/{person}/sign-out",
            web::post().to(end_sign_ins),
        );
}
