//! Supplier registration: the form, creating the account with its verification email, and the "check your email" page.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Datelike;

use crate::domain::supplier::SupplierForm;
use crate::domain::token::{Purpose, RawToken};
use crate::domain::{EmailAddress, ExpoId, FieldError, Role, password};
use crate::mail;
use crate::store;
use crate::store::suppliers::{self, LinkLetter, OpenExpo, ProfileError, Registered};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render, render_with_status};
use crate::web::privacy::ConsentBlock;
use crate::web::profile_form::ProfileForm;
use crate::web::public::see_other;
use crate::web::session;

#[derive(Template)]
#[template(path = "registration/register.html")]
pub struct RegisterPage {
    pub chrome: Chrome,
    pub expos: Vec<OpenExpo>,
    pub expo: String,
    pub email: String,
    /// Errors of the account fields (expo, email, password).
    pub account: Vec<FieldError>,
    pub pf: ProfileForm,
    /// The consents PIPA requires before anything is stored.
    pub consents: ConsentBlock,
}

impl RegisterPage {
    pub fn err(&self, field: &str) -> Option<String> {
        self.account
            .iter()
            .find(|e| e.field == field)
            .map(|e| self.chrome.t.text(&e.message))
    }

    pub fn account_error(&self) -> Option<String> {
        self.account
            .first()
            .or(self.consents.errors.first())
            .map(|e| self.chrome.t.text(&e.message))
    }

    /// Every field that needs attention, in the page's order: (the field's id, its
    /// message), for the summary's links.
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        self.account
            .iter()
            .chain(&self.pf.errors)
            .chain(&self.consents.errors)
            .map(|e| (e.field, self.chrome.t.text(&e.message)))
            .collect()
    }

    pub fn error_count(&self) -> usize {
        self.account.len() + self.pf.errors.len() + self.consents.errors.len()
    }

    /// A refused form never shows the password again; say so, or people send the
    /// corrected form without one.
    pub fn retype_password(&self) -> bool {
        self.error_count() > 0 && self.err("password").is_none()
    }

    pub fn expo_selected(&self, e: &OpenExpo) -> bool {
        self.expo == e.id.to_string()
    }
}

pub async fn register_form(
    state: web::Data<AppState>,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let (expos, notice) = state
        .db(|c| {
            Ok((
                suppliers::open_expos(c)?,
                crate::store::privacy::current_notice(c)?,
            ))
        })
        .await?;
    render(&RegisterPage {
        chrome,
        expos,
        expo: String::new(),
        email: String::new(),
        account: Vec::new(),
        pf: ProfileForm::blank(),
        consents: ConsentBlock::fresh(notice),
    })
}

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// Registers the company, queues the verification email and shows "check your
/// email". Invalid input re-renders the form (422) with every message beside its
/// field and stores nothing. An email that already has an account gets the same page
/// (its owner is emailed a password link instead).
pub async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let pairs = form.into_inner();
    let profile_form = SupplierForm::from_pairs(&pairs);
    let raw_email = field(&pairs, "email").to_owned();
    let raw_expo = field(&pairs, "expo").to_owned();
    let raw_password = field(&pairs, "password").to_owned();

    let mut account = Vec::new();
    let expo = raw_expo.trim().parse::<i32>().map(ExpoId).map_err(|_| {
        account.push(FieldError::new(
            "expo",
            crate::text!("err-sup-expo-missing"),
        ));
    });
    let email = EmailAddress::parse(&raw_email).map_err(|e| account.push(e));
    let password = password::Password::parse(&raw_password).map_err(|e| account.push(e));
    let profile = profile_form.parse(chrono::Utc::now().year());
    let notice = crate::web::privacy::current_notice(&state).await?;
    let version = notice.version;
    let (consent_block, kinds) = ConsentBlock::parse(notice, &pairs);

    let invalid = |state: web::Data<AppState>,
                   chrome: Chrome,
                   account: Vec<FieldError>,
                   profile_errors: Vec<FieldError>| async move {
        let expos = state.db(|c| Ok(suppliers::open_expos(c)?)).await?;
        render_with_status(
            &RegisterPage {
                chrome,
                expos,
                expo: raw_expo.clone(),
                email: raw_email.clone(),
                account,
                pf: ProfileForm::new(profile_form.clone(), profile_errors),
                consents: consent_block.clone(),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };

    let (Ok(expo), Ok(email), Ok(password), Ok(profile), Ok(kinds)) =
        (expo, email, password, &profile, kinds)
    else {
        let profile_errors = profile.err().unwrap_or_default();
        return invalid(state, chrome, account, profile_errors).await;
    };
    let ip = crate::web::privacy::client_ip(&req, &state);
    // Each registration sends an email; the sign-in limits keep anyone from using
    // the form to flood an inbox.
    state.limit_sign_in(&req, &email).await?;
    let profile = profile.clone();
    let hash = web::block(move || password.hash()).await?;
    let base = state.base_url.clone();
    let for_db = email.clone();
    // The one-time links go out in the language of this page.
    let t = chrome.t;
    let outcome = state
        .db(move |c| {
            let expo_name = suppliers::open_expos(c)?
                .into_iter()
                .find(|e| e.id == expo)
                .map(|e| e.name)
                .unwrap_or_default();
            let verify_token = RawToken::generate();
            let verify = LinkLetter {
                letter: mail::supplier::verify_email(
                    t,
                    &profile.contact_name,
                    &profile.company_name_en,
                    &expo_name,
                    &format!("{base}/register/verify/{}", verify_token.as_str()),
                    Purpose::VerifyEmail.lifetime().num_days(),
                )
                .map_err(AppError::internal)?,
                token: verify_token,
            };
            let reset_token = RawToken::generate();
            let existing = LinkLetter {
                letter: mail::supplier::account_exists(
                    t,
                    &expo_name,
                    &format!("{base}/signin/reset/{}", reset_token.as_str()),
                    Purpose::PasswordReset.lifetime().num_minutes(),
                )
                .map_err(AppError::internal)?,
                token: reset_token,
            };
            let new = suppliers::NewRegistration {
                expo,
                email: &for_db,
                password_hash: &hash,
                profile: &profile,
            };
            let now = store::now();
            let registered = c.write_tx(|c| {
                let done = suppliers::register(c, &new, &verify, &existing, now)?;
                if let Registered::New(id) = done {
                    crate::store::privacy::record_consents(
                        c,
                        Role::Supplier,
                        id.0,
                        &kinds,
                        version,
                        &ip,
                        now,
                    )?;
                }
                Ok::<_, ProfileError>(done)
            });
            match registered {
                Ok(done) => Ok(Ok(done)),
                Err(ProfileError::Db(e)) => Err(e.into()),
                Err(other) => Ok(Err(other)),
            }
        })
        .await?;
    match outcome {
        Ok(Registered::New(_) | Registered::EmailTaken) => {
            session::flash(
                &session,
                "email",
                crate::text!("flash-email", email = email.as_str()),
            );
            Ok(see_other("/register/sent"))
        }
        Err(ProfileError::RegNoTaken) => {
            let errors = vec![FieldError::new(
                "business_reg_no",
                crate::text!("err-sup-regno-registered"),
            )];
            invalid(state, chrome, Vec::new(), errors).await
        }
        Err(_) => {
            let errors = vec![FieldError::new("expo", crate::text!("err-sup-expo-closed"))];
            invalid(state, chrome, errors, Vec::new()).await
        }
    }
}

#[derive(Template)]
#[template(path = "registration/sent.html")]
pub struct SentPage {
    pub chrome: Chrome,
}

pub async fn register_sent(chrome: Chrome) -> Result<HttpResponse, AppError> {
    render(&SentPage { chrome })
}
