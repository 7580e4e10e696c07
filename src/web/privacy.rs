//! Personal data (PIPA): the public privacy notice, consents asked again when the
//! notice changed, each person's "my data" page with its JSON download and deletion
//! request, and the organizer's notice editor and deletion queue.

use actix_session::{Session, SessionExt};
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render, render_with_status};
use super::public::see_other;
use super::session::{self, SignedInBuyer, SignedInOrganizer, SignedInSupplier};
use crate::domain::privacy::{ConsentForm, ConsentKind, NoticeForm};
use crate::domain::{FieldError, Role};
use crate::store::{self, privacy};

/// Set in the session of a person who must consent to the current notice before using
/// their pages; [`consent_gate`] sends them to their consent page until they do.
const CONSENT_DUE: &str = "privacy_due";

/// The person's data pages: `…/privacy`, its JSON, consent, news and deletion forms.
fn base_of(role: Role) -> &'static str {
    match role {
        Role::Buyer => "/buyer/privacy",
        _ => "/supplier/privacy",
    }
}

/// Where a person consents to the current notice.
pub fn consent_path(role: Role) -> &'static str {
    match role {
        Role::Buyer => "/buyer/privacy/consent",
        _ => "/supplier/privacy/consent",
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/privacy", web::get().to(notice_page))
        .route("/buyer/privacy", web::get().to(buyer_data))
        .route("/buyer/privacy/data.json", web::get().to(buyer_json))
        .route("/buyer/privacy/consent", web::get().to(buyer_consent_form))
        .route("/buyer/privacy/consent", web::post().to(buyer_consent))
        .route("/buyer/privacy/news", web::post().to(buyer_news))
        .route("/buyer/privacy/delete", web::post().to(buyer_delete))
        .route("/supplier/privacy", web::get().to(supplier_data))
        .route("/supplier/privacy/data.json", web::get().to(supplier_json))
        .route(
            "/supplier/privacy/consent",
            web::get().to(supplier_consent_form),
        )
        .route(
            "/supplier/privacy/consent",
            web::post().to(supplier_consent),
        )
        .route("/supplier/privacy/news", web::post().to(supplier_news))
        .route("/supplier/privacy/delete", web::post().to(supplier_delete))
        .route("/organizer/privacy", web::get().to(organizer_page))
        .route("/organizer/privacy", web::post().to(save_notice))
        .route(
            "/organizer/privacy/requests/{id}/carry-out",
            web::post().to(carry_out),
        );
}

/// The client address a consent is recorded with (the proxy's header only when the
/// settings trust it).
pub(crate) fn client_ip(req: &HttpRequest, state: &AppState) -> String {
    let key = super::public::client_key(req, state.settings.trust_forwarded_for);
    key.strip_prefix("ip:").unwrap_or(&key).to_owned()
}

// ---------------------------------------------------------------- sign-in and the gate

/// Where a buyer or supplier who just signed in goes: their home page, or the consent
/// page when they have not consented to the current notice (a buyer who has not
/// completed their profile consents on the profile form instead). Call it right
/// after `session::sign_in`.
pub async fn landing_after_sign_in(
    state: &AppState,
    session: &Session,
    role: Role,
    id: i32,
) -> Result<&'static str, AppError> {
    if role == Role::Organizer {
        return Ok(role.home_path());
    }
    let due = state
        .db(move |c| {
            if role == Role::Buyer {
                let done = crate::store::buyers::profile_form(c, crate::domain::BuyerId(id))?
                    .is_some_and(|(_, done)| done);
                if !done {
                    return Ok(false);
                }
            }
            Ok(privacy::consent_due(c, role, id)?)
        })
        .await?;
    if due {
        session
            .insert(CONSENT_DUE, true)
            .map_err(|e| AppError::internal(anyhow::anyhow!("session insert: {e}")))?;
        Ok(consent_path(role))
    } else {
        Ok(role.home_path())
    }
}

/// Sends a buyer or supplier who still owes consent to the current notice to the
/// consent page, whatever of theirs they open. Their data pages stay open: a person
/// may rather download their data or ask for deletion than consent.
pub async fn consent_gate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let path = req.path();
    let area = [Role::Buyer, Role::Supplier].into_iter().find(|role| {
        let home = role.home_path();
        path == home || path.starts_with(&format!("{home}/"))
    });
    if let Some(role) = area
        && !path.starts_with(base_of(role))
        && req.get_session().contains_key(CONSENT_DUE)
    {
        let res = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, consent_path(role)))
            .finish();
        return Ok(req.into_response(res));
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

// ---------------------------------------------------------------- the consent block

/// The consent checkboxes of a form (registration, a buyer's first profile, the
/// consent page), with the notice they refer to.
#[derive(Clone, Debug)]
pub struct ConsentBlock {
    pub notice: privacy::Notice,
    pub form: ConsentForm,
    pub errors: Vec<FieldError>,
}

impl ConsentBlock {
    pub fn fresh(notice: privacy::Notice) -> Self {
        Self {
            notice,
            form: ConsentForm::default(),
            errors: Vec::new(),
        }
    }

    pub fn checked(&self, field: &str) -> bool {
        self.form.ticked.iter().any(|k| k.field() == field)
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        crate::domain::values::message_for(&self.errors, field)
    }

    /// Parses the submitted checkboxes against this block's notice.
    pub fn parse(
        notice: privacy::Notice,
        pairs: &[(String, String)],
    ) -> (Self, Result<Vec<ConsentKind>, ()>) {
        let form = ConsentForm::from_pairs(pairs);
        let (errors, kinds) = match form.parse(notice.transfers_abroad) {
            Ok(kinds) => (Vec::new(), Ok(kinds)),
            Err(errors) => (errors, Err(())),
        };
        (
            Self {
                notice,
                form,
                errors,
            },
            kinds,
        )
    }
}

/// The current notice, for a form that asks for consent.
pub async fn current_notice(state: &AppState) -> Result<privacy::Notice, AppError> {
    state.db(|c| Ok(privacy::current_notice(c)?)).await
}

// ---------------------------------------------------------------- the notice page

#[derive(Template)]
#[template(path = "public/privacy.html")]
pub struct NoticePage {
    pub chrome: Chrome,
    pub notice: privacy::Notice,
    pub retention: Vec<(String, i32)>,
    pub sent_mail_days: u32,
}

impl NoticePage {
    pub fn paragraphs(&self) -> Vec<&str> {
        self.notice
            .body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }

    /// The signed-in person's own data page, if they are a buyer or supplier.
    pub fn my_data(&self) -> Option<&'static str> {
        my_data_path(&self.chrome)
    }
}

/// The "my data" page of the signed-in buyer or supplier.
pub fn my_data_path(chrome: &Chrome) -> Option<&'static str> {
    match chrome.user.as_ref().map(|u| u.role) {
        Some(Role::Buyer) => Some("/buyer/privacy"),
        Some(Role::Supplier) => Some("/supplier/privacy"),
        _ => None,
    }
}

pub async fn notice_page(
    state: web::Data<AppState>,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (notice, retention) = state
        .db(|c| Ok((privacy::current_notice(c)?, privacy::retention_by_expo(c)?)))
        .await?;
    render(&NoticePage {
        chrome,
        notice,
        retention,
        sent_mail_days: state.settings.sent_mail_retention_days,
    })
}

// ---------------------------------------------------------------- consent again

#[derive(Template)]
#[template(path = "public/consent.html")]
pub struct ConsentPage {
    pub chrome: Chrome,
    pub consents: ConsentBlock,
    pub action: &'static str,
    pub my_data: &'static str,
}

async fn consent_page(
    state: web::Data<AppState>,
    chrome: Chrome,
    role: Role,
) -> Result<HttpResponse, AppError> {
    let notice = current_notice(&state).await?;
    render(&ConsentPage {
        chrome,
        consents: ConsentBlock::fresh(notice),
        action: consent_path(role),
        my_data: base_of(role),
    })
}

/// Records the consents to the current notice and lets the person in; a required one
/// missing shows the page again (422) and records nothing.
async fn give_consent(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    (role, id): (Role, i32),
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let notice = current_notice(&state).await?;
    let version = notice.version;
    let (block, kinds) = ConsentBlock::parse(notice, &pairs);
    let Ok(kinds) = kinds else {
        return render_with_status(
            &ConsentPage {
                chrome,
                consents: block,
                action: consent_path(role),
                my_data: base_of(role),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let ip = client_ip(&req, &state);
    state
        .db(move |c| {
            Ok(privacy::record_consents(
                c,
                role,
                id,
                &kinds,
                version,
                &ip,
                store::now(),
            )?)
        })
        .await?;
    session.remove(CONSENT_DUE);
    Ok(see_other(role.home_path()))
}

pub async fn buyer_consent_form(
    state: web::Data<AppState>,
    _me: SignedInBuyer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    consent_page(state, chrome, Role::Buyer).await
}

pub async fn supplier_consent_form(
    state: web::Data<AppState>,
    _me: SignedInSupplier,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    consent_page(state, chrome, Role::Supplier).await
}

pub async fn buyer_consent(
    state: web::Data<AppState>,
    me: SignedInBuyer,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    give_consent(state, req, session, chrome, (Role::Buyer, me.id.0), body).await
}

pub async fn supplier_consent(
    state: web::Data<AppState>,
    me: SignedInSupplier,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    give_consent(state, req, session, chrome, (Role::Supplier, me.id.0), body).await
}

// ---------------------------------------------------------------- my data

#[derive(Template)]
#[template(path = "public/my_data.html")]
pub struct MyDataPage {
    pub chrome: Chrome,
    pub data: privacy::PersonalData,
    pub base: &'static str,
}

impl MyDataPage {
    pub fn is_buyer(&self) -> bool {
        self.data.role == Role::Buyer
    }

    /// A profile field's name in words for people (the JSON keeps the names).
    pub fn label<'a>(&self, key: &'a str) -> &'a str {
        match key {
            "name" => "Name",
            "email" => "Email",
            "organisation" => "Organisation",
            "position" => "Position",
            "country" => "Country",
            "time_zone" => "Time zone",
            "languages" => "Languages",
            "looking_for" => "Looking for",
            "interests" => "Interests",
            "needs_interpreter" => "Needs an interpreter",
            "invited_at" => "Invited (UTC)",
            "profile_completed_at" => "Profile completed (UTC)",
            "created_at" => "Created (UTC)",
            "company_name_ko" => "Company name (Korean)",
            "company_name_en" => "Company name (English)",
            "business_registration_number" => "Business registration number",
            "representative" => "Representative",
            "contact_name" => "Contact person",
            "phone" => "Phone",
            "website" => "Website",
            "address" => "Address",
            "company_size" => "Company size",
            "year_founded" => "Founded",
            "catalogue_url" => "Catalogue",
            "pitch" => "Pitch",
            "sectors" => "Sectors",
            "markets_served" => "Markets served",
            "target_markets" => "Target markets",
            "products" => "Products",
            "status" => "Status",
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
    render(&MyDataPage {
        chrome,
        data,
        base: base_of(role),
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
        session::flash(
            &session,
            "error",
            "Tick the box to confirm that you want your data deleted. Nothing was sent.",
        );
    } else {
        state
            .db(move |c| Ok(privacy::request_deletion(c, role, id, store::now())?))
            .await?;
        session::flash(
            &session,
            "success",
            "Your deletion request was sent to the organizer.",
        );
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
            "You will receive news from the organizer."
        } else {
            "You will no longer receive news from the organizer."
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

// ---------------------------------------------------------------- the organizer

#[derive(Template)]
#[template(path = "organizer/privacy.html")]
pub struct OrganizerPage {
    pub chrome: Chrome,
    pub notice: privacy::Notice,
    pub form: NoticeForm,
    pub errors: Vec<FieldError>,
    pub pending: Vec<privacy::PendingDeletion>,
}

impl OrganizerPage {
    pub fn error(&self, field: &str) -> Option<&str> {
        crate::domain::values::message_for(&self.errors, field)
    }

    pub fn abroad(&self) -> bool {
        self.form
            .transfers_abroad
            .as_deref()
            .is_some_and(|v| !v.is_empty())
    }
}

fn form_of(n: &privacy::Notice) -> NoticeForm {
    NoticeForm {
        officer_name: n.officer_name.clone(),
        officer_email: n.officer_email.clone(),
        officer_phone: n.officer_phone.clone(),
        transfers_abroad: n.transfers_abroad.then(|| "yes".to_owned()),
        transfer_country: n.transfer_country.clone(),
        transfer_recipient: n.transfer_recipient.clone(),
        body: n.body.clone(),
    }
}

async fn organizer_view(
    state: &AppState,
    chrome: Chrome,
    form: Option<NoticeForm>,
    errors: Vec<FieldError>,
) -> Result<HttpResponse, AppError> {
    let (notice, pending) = state
        .db(|c| Ok((privacy::current_notice(c)?, privacy::pending_deletions(c)?)))
        .await?;
    let status = super::page::form_status(&errors);
    render_with_status(
        &OrganizerPage {
            chrome,
            form: form.unwrap_or_else(|| form_of(&notice)),
            notice,
            errors,
            pending,
        },
        status,
    )
}

pub async fn organizer_page(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    organizer_view(&state, chrome, None, Vec::new()).await
}

/// Saves the notice as a new version; everyone is asked again at their next sign-in.
pub async fn save_notice(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
    session: Session,
    form: web::Form<NoticeForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let input = match form.parse() {
        Ok(input) => input,
        Err(errors) => return organizer_view(&state, chrome, Some(form), errors).await,
    };
    let version = state
        .db(move |c| Ok(privacy::save_notice(c, me.id, &input, store::now())?))
        .await?;
    session::flash(
        &session,
        "success",
        format!(
            "Version {version} of the privacy notice is published. Buyers and suppliers are asked to consent again when they next sign in."
        ),
    );
    Ok(see_other("/organizer/privacy"))
}

/// Carries out a deletion request: the person is anonymized, their meetings and
/// outcomes stay for the report.
pub async fn carry_out(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let request = path.into_inner();
    let ctx = state.mail();
    let cancelled = state
        .db(move |c| {
            crate::flows::privacy::carry_out_deletion(c, request, me.id, &ctx, store::now())
                .map_err(|e| match e {
                    crate::flows::meetings::ChangeError::Store(e) => e.into(),
                    other => AppError::internal(other),
                })
        })
        .await?;
    session::flash(
        &session,
        "success",
        if cancelled == 0 {
            "Done: the person's data is deleted; their meetings stay in the report as anonymous rows.".to_owned()
        } else {
            format!(
                "Done: the person's data is deleted; their meetings stay in the report as anonymous rows. {cancelled} upcoming meeting(s) were cancelled and the other participants told."
            )
        },
    );
    Ok(see_other("/organizer/privacy"))
}
