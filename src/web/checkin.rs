//! Check-in at the venue: a desk page searchable by name, and the page an organizer's
//! phone opens from the QR code on a participant's agenda.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render};
use super::public::see_other;
use super::session::{self, SignedInOrganizer};
use chrono::NaiveDateTime;

use crate::domain::ExpoId;
use crate::i18n::Locale;
use crate::store::checkins::{self, Arrival};
use crate::store::{self, StoreError, expos};
use crate::text;

/// The path an organizer's phone opens to check this person in.
pub fn checkin_path(expo: ExpoId, role: &str, person: i32) -> String {
    format!("/organizer/expos/{}/checkin/{role}/{person}", expo.0)
}

/// The QR code of an absolute URL, as inline SVG (dark modules on white, sized by CSS).
pub fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(160, 160)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}

fn role_of(t: Locale, raw: &str) -> Result<&'static str, AppError> {
    match raw {
        "buyer" => Ok("buyer"),
        "supplier" => Ok("supplier"),
        _ => Err(AppError::BadRequest(t.get("err-ops-checkin-role"))),
    }
}

/// The side of a participant ("buyer" or "supplier") as people read it.
fn side(t: Locale, role: &str) -> String {
    if role == "buyer" {
        t.get("role-buyer")
    } else {
        t.get("role-supplier")
    }
}

/// A check-in time (stored in UTC) as the desk shows it: "09:12 UTC".
fn utc_clock(t: Locale, at: &NaiveDateTime) -> String {
    t.arg("ops-utc-time", "time", t.time(&at.time()))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeskQuery {
    q: String,
}

#[derive(Template)]
#[template(path = "organizer/checkin.html")]
pub struct DeskPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub q: String,
    pub people: Vec<Arrival>,
    /// (checked in, all) per role.
    pub buyers: (usize, usize),
    pub suppliers: (usize, usize),
}

impl DeskPage {
    pub fn role(&self, role: &str) -> String {
        side(self.chrome.t, role)
    }

    pub fn at(&self, at: &NaiveDateTime) -> String {
        utc_clock(self.chrome.t, at)
    }

    /// "3 of 5 buyers and 1 of 2 suppliers have arrived."
    pub fn arrived(&self) -> String {
        let t = self.chrome.t;
        let buyers = t.arg2(
            "ops-checkin-buyers",
            "arrived",
            self.buyers.0,
            "count",
            self.buyers.1,
        );
        let suppliers = t.arg2(
            "ops-checkin-suppliers",
            "arrived",
            self.suppliers.0,
            "count",
            self.suppliers.1,
        );
        t.arg2(
            "ops-checkin-arrived-line",
            "buyers",
            buyers,
            "suppliers",
            suppliers,
        )
    }
}

/// The check-in desk: everyone expected, searchable, with a button each.
pub async fn desk(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    expo: web::Path<i32>,
    query: web::Query<DeskQuery>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(expo.into_inner());
    let q: String = query.into_inner().q.trim().chars().take(100).collect();
    let wanted = q.clone();
    let (settings, everyone, people) = state
        .db(move |c| {
            let settings = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            Ok((
                settings,
                checkins::desk(c, id, "")?,
                checkins::desk(c, id, &wanted)?,
            ))
        })
        .await?;
    let count = |role: &str| {
        let of_role: Vec<_> = everyone.iter().filter(|a| a.role == role).collect();
        (
            of_role.iter().filter(|a| a.checked_in_at.is_some()).count(),
            of_role.len(),
        )
    };
    render(&DeskPage {
        buyers: count("buyer"),
        suppliers: count("supplier"),
        chrome,
        expo: settings,
        q,
        people,
    })
}

#[derive(Template)]
#[template(path = "organizer/checkin_person.html")]
pub struct PersonPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub person: Arrival,
}

impl PersonPage {
    pub fn role(&self, role: &str) -> String {
        side(self.chrome.t, role)
    }

    pub fn at(&self, at: &NaiveDateTime) -> String {
        self.chrome.t.time(&at.time())
    }
}

/// What the QR code opens: who this is, and a button that checks them in (opening the
/// page alone changes nothing).
pub async fn person(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, role, person) = path.into_inner();
    let (id, role) = (ExpoId(expo), role_of(chrome.t, &role)?);
    let (settings, found) = state
        .db(move |c| {
            let settings = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            let found = checkins::desk(c, id, "")?
                .into_iter()
                .find(|a| a.role == role && a.id == person)
                .ok_or(AppError::NotFound)?;
            Ok((settings, found))
        })
        .await?;
    render(&PersonPage {
        chrome,
        expo: settings,
        person: found,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CheckInFields {
    /// Back to the desk's search, or to the person's page.
    back: String,
}

pub async fn check_in(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    path: web::Path<(i32, String, i32)>,
    fields: web::Form<CheckInFields>,
) -> Result<HttpResponse, AppError> {
    let (expo, role, person) = path.into_inner();
    let (id, role) = (ExpoId(expo), role_of(chrome.t, &role)?);
    let organizer = me.id;
    let fresh = state
        .db(
            move |c| match checkins::check_in(c, id, role, person, organizer, store::now()) {
                Ok(fresh) => Ok(fresh),
                Err(StoreError::NotFound) => Err(AppError::NotFound),
                Err(e) => Err(e.into()),
            },
        )
        .await?;
    session::flash(
        &session,
        "success",
        if fresh {
            text!("ops-checkin-done")
        } else {
            text!("ops-checkin-already")
        },
    );
    let back = if fields.back == "desk" {
        format!("/organizer/expos/{expo}/checkin")
    } else {
        checkin_path(id, role, person)
    };
    Ok(see_other(&back))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/expos/{id}/checkin", web::get().to(desk))
        .route(
            "/organizer/expos/{id}/checkin/{role}/{person}",
            web::get().to(person),
        )
        .route(
            "/organizer/expos/{id}/checkin/{role}/{person}",
            web::post().to(check_in),
        );
}
