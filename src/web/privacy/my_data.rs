//! A person's "my data" page: what is stored about them, its JSON download, news consent and the deletion request.

use crate::text;
use actix_session::Session;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::Role;
use crate::domain::privacy::ConsentKind;
use crate::store::{self, privacy};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::public::see_other;
use crate::web::session::{self, SignedInBuyer, SignedInSupplier};

use super::{base_of, client_ip};

#[derive(Template)]
#[template(path = "public/my_data.html")]
pub struct MyDataPage {
    pub chrome: Chrome,
    pub data: privacy::PersonalData,
    pub base: &'static str,
    /// The reminder shortly before each meeting is wanted.
    pub reminders_on: bool,
}

impl MyDataPage {
    pub fn is_buyer(&self) -> bool {
        self.data.role == Role::Buyer
    }

    /// A profile field's value as the viewer reads it: codes named in their language,
    /// yes or no for a flag; what people typed stays as written. (The JSON download keeps
    /// the stored values.)
    pub fn shown(&self, name: &str, value: &str) -> String {
        let t = self.chrome.t;
        let list = |split: &str, each: &dyn Fn(&str) -> String| {
            value
                .split(split)
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(each)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match name {
            "needs_interpreter" => match value {
                "true" => t.get("pub-data-yes"),
                "false" => t.get("pub-data-no"),
                other => other.to_owned(),
            },
            "country" => t.country(value),
            "languages" => list(" ", &|l| t.language(l)),
            "markets_served" | "target_markets" => list(",", &|c| t.country(c)),
            "sectors" | "interests" => list(",", &|name| {
                crate::domain::reference::SECTORS
                    .iter()
                    .find(|(_, en, _)| *en == name)
                    .map_or_else(|| name.to_owned(), |(code, _, _)| t.sector(code))
            }),
            "company_size" => crate::domain::supplier::CompanySize::parse(value)
                .map_or_else(|_| value.to_owned(), |size| t.label(&size)),
            "status" => crate::domain::status::SupplierStatus::ALL
                .iter()
                .find(|s| s.label() == value)
                .map_or_else(|| value.to_owned(), |s| t.label(s)),
            _ => value.to_owned(),
        }
    }

    /// The catalogue key of a profile field's name (the JSON keeps the names); a field
    /// the catalogue does not know shows its own name.
    pub fn label<'a>(&self, key: &'a str) -> &'a str {
        match key {
            "name" => "pub-field-name",
            "email" => "pub-field-email",
            "organisation" => "pub-field-organisation",
            "position" => "pub-field-position",
            "country" => "pub-field-country",
            "time_zone" => "pub-field-time-zone",
            "languages" => "pub-field-languages",
            "looking_for" => "pub-field-looking-for",
            "interests" => "pub-field-interests",
            "needs_interpreter" => "pub-field-needs-interpreter",
            "invited_at" => "pub-field-invited-at",
            "profile_completed_at" => "pub-field-profile-completed-at",
            "created_at" => "pub-field-created-at",
            "company_name_ko" => "pub-field-company-name-ko",
            "company_name_en" => "pub-field-company-name-en",
            "business_registration_number" => "pub-field-business-registration-number",
            "representative" => "pub-field-representative",
            "contact_name" => "pub-field-contact-name",
            "phone" => "pub-field-phone",
            "website" => "pub-field-website",
            "address" => "pub-field-address",
            "company_size" => "pub-field-company-size",
            "year_founded" => "pub-field-year-founded",
            "catalogue_url" => "pub-field-catalogue-url",
            "pitch" => "pub-field-pitch",
            "sectors" => "pub-field-sectors",
            "markets_served" => "pub-field-markets-served",
            "target_markets" => "pub-field-target-markets",
            "products" => "pub-field-products",
            "status" => "pub-field-status",
            other => other,
        }
    }

    pub fn marketing_on(&self) -> bool {
        self.data
            .consents
            .iter()
            .any(privacy::Consent::withdrawable)
    }
}

async fn my_data(state: &AppState, role: Role, id: i32) -> Result<privacy::PersonalData, AppError> {
    state
        .db(move |c| Ok(privacy::export(c, role, id, store::now())?))
        .await
}

async fn data_page(
    state: web::Data<AppState>,
    chrome: Chrome,
    role: Role,
    id: i32,
) -> Result<HttpResponse, AppError> {
    let data = my_data(&state, role, id).await?;
    let reminders_on = state
        .db(move |c| Ok(crate::mail::reminders::soon_wanted(c, role, id)?))
        .await?;
    render(&MyDataPage {
        chrome,
        data,
        base: base_of(role),
        reminders_on,
    })
}

/// The export as a JSON download. Never cached: it is personal.
async fn data_json(
    state: web::Data<AppState>,
    role: Role,
    id: i32,
) -> Result<HttpResponse, AppError> {
    let data = my_data(&state, role, id).await?;
    let json = serde_json::to_string_pretty(&data).map_err(AppError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"expomatch-{}-{id}.json\"",
                role.as_str()
            ),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(json))
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    confirm: String,
}

/// Asks the organizer to delete the person's data; the box "I understand" must be
/// ticked. Asking again keeps the first request.
async fn request_deletion(
    state: web::Data<AppState>,
    session: Session,
    role: Role,
    id: i32,
    form: DeleteForm,
) -> Result<HttpResponse, AppError> {
    if form.confirm.is_empty() {
        session::flash(&session, "error", text!("pub-flash-tick-delete"));
    } else {
        state
            .db(move |c| Ok(privacy::request_deletion(c, role, id, store::now())?))
            .await?;
        session::flash(&session, "success", text!("pub-flash-deletion-sent"));
    }
    Ok(see_other(base_of(role)))
}

#[derive(Deserialize)]
pub struct NewsForm {
    #[serde(default)]
    news: String,
}

/// Gives ("yes") or withdraws (anything else) the optional consent to news.
async fn set_news(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    (role, id): (Role, i32),
    form: NewsForm,
) -> Result<HttpResponse, AppError> {
    let wanted = form.news == "yes";
    let ip = client_ip(&req, &state);
    state
        .db(move |c| {
            let now = store::now();
            privacy::withdraw(c, role, id, ConsentKind::Marketing, now)?;
            if wanted {
                let version = privacy::current_notice(c)?.version;
                privacy::record_consents(
                    c,
                    role,
                    id,
                    &[ConsentKind::Marketing],
                    version,
                    &ip,
                    now,
                )?;
            }
            Ok(())
        })
        .await?;
    session::flash(
        &session,
        "success",
        if wanted {
            text!("pub-flash-news-on")
        } else {
            text!("pub-flash-news-off")
        },
    );
    Ok(see_other(base_of(role)))
}

pub async fn buyer_data(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    data_page(state, chrome, Role::Buyer, me.id.0).await
}

pub async fn supplier_data(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    data_page(state, chrome, Role::Supplier, me.id.0).await
}

pub async fn buyer_json(
    state: web::Data<AppState>,
    me: SignedInBuyer,
) -> Result<HttpResponse, AppError> {
    data_json(state, Role::Buyer, me.id.0).await
}

pub async fn supplier_json(
    state: web::Data<AppState>,
    me: SignedInSupplier,
) -> Result<HttpResponse, AppError> {
    data_json(state, Role::Supplier, me.id.0).await
}

pub async fn buyer_delete(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    session: Session,
    form: web::Form<DeleteForm>,
) -> Result<HttpResponse, AppError> {
    request_deletion(state, session, Role::Buyer, me.id.0, form.into_inner()).await
}

pub async fn supplier_delete(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    form: web::Form<DeleteForm>,
) -> Result<HttpResponse, AppError> {
    request_deletion(state, session, Role::Supplier, me.id.0, form.into_inner()).await
}

pub async fn buyer_news(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    req: HttpRequest,
    session: Session,
    form: web::Form<NewsForm>,
) -> Result<HttpResponse, AppError> {
    set_news(
        state,
        req,
        session,
        (Role::Buyer, me.id.0),
        form.into_inner(),
    )
    .await
}

pub async fn supplier_news(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    req: HttpRequest,
    session: Session,
    form: web::Form<NewsForm>,
) -> Result<HttpResponse, AppError> {
    set_news(
        state,
        req,
        session,
        (Role::Supplier, me.id.0),
        form.into_inner(),
    )
    .await
}

#[derive(Deserialize)]
pub struct RemindersForm {
    #[serde(default)]
    reminders: String,
}

/// Turns the reminder shortly before each meeting on ("yes") or off (anything else).
async fn set_reminders(
    state: web::Data<AppState>,
    session: Session,
    (role, id): (Role, i32),
    form: RemindersForm,
) -> Result<HttpResponse, AppError> {
    let wanted = form.reminders == "yes";
    state
        .db(move |c| {
            Ok(crate::mail::reminders::set_soon_wanted(
                c,
                role,
                id,
                wanted,
                store::now(),
            )?)
        })
        .await?;
    session::flash(
        &session,
        "success",
        if wanted {
            text!("pub-flash-reminders-on")
        } else {
            text!("pub-flash-reminders-off")
        },
    );
    Ok(see_other(&format!("{}#emails", base_of(role))))
}

pub async fn buyer_reminders(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    session: Session,
    form: web::Form<RemindersForm>,
) -> Result<HttpResponse, AppError> {
    set_reminders(state, session, (Role::Buyer, me.id.0), form.into_inner()).await
}

pub async fn supplier_reminders(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    session: Session,
    form: web::Form<RemindersForm>,
) -> Result<HttpResponse, AppError> {
    set_reminders(state, session, (Role::Supplier, me.id.0), form.into_inner()).await
}
