//! Public pages for suppliers: registration, email verification, password sign-in
//! and password reset. No answer here reveals whether an email is registered.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Datelike;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render, render_with_status};
use super::privacy::ConsentBlock;
use super::profile_form::ProfileForm;
use super::public::see_other;
use super::session;
use crate::domain::supplier::SupplierForm;
use crate::domain::token::{Purpose, RawToken};
use crate::domain::{EmailAddress, ExpoId, FieldError, Role, password};
use crate::mail;
use crate::store::suppliers::{self, LinkLetter, OpenExpo, ProfileError, Registered};
use crate::store::{self, tokens::RedeemError};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/register", web::get().to(register_form))
        .route("/register", web::post().to(register))
        .route("/register/sent", web::get().to(register_sent))
        .route("/register/verify/{token}", web::get().to(show_verify))
        .route("/register/verify/{token}", web::post().to(verify))
        .route("/signin/supplier", web::get().to(sign_in_form))
        .route("/signin/supplier", web::post().to(sign_in))
        .route("/signin/forgot", web::get().to(forgot_form))
        .route("/signin/forgot", web::post().to(forgot))
        .route("/signin/forgot/sent", web::get().to(forgot_sent))
        .route("/signin/reset/{token}", web::get().to(reset_form))
        .route("/signin/reset/{token}", web::post().to(reset));
}

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
    pub fn err(&self, field: &str) -> Option<&str> {
        self.account
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn account_error(&self) -> Option<&str> {
        self.account
            .first()
            .or(self.consents.errors.first())
            .map(|e| e.message.as_str())
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
        account.push(FieldError::new("expo", "Choose the expo you register for."));
    });
    let email = EmailAddress::parse(&raw_email).map_err(|e| account.push(e));
    let password = password::Password::parse(&raw_password).map_err(|e| account.push(e));
    let profile = profile_form.parse(chrono::Utc::now().year());
    let notice = super::privacy::current_notice(&state).await?;
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
    let ip = super::privacy::client_ip(&req, &state);
    // Each registration sends an email; the sign-in limits keep anyone from using
    // the form to flood an inbox.
    state.limit_sign_in(&req, &email).await?;
    let profile = profile.clone();
    let hash = web::block(move || password.hash()).await?;
    let base = state.base_url.clone();
    let for_db = email.clone();
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
            session::flash(&session, "email", email.as_str());
            Ok(see_other("/register/sent"))
        }
        Err(ProfileError::RegNoTaken) => {
            let errors = vec![FieldError::new(
                "business_reg_no",
                "A company with this registration number is already registered for this expo. Sign in instead, or ask the organizer.",
            )];
            invalid(state, chrome, Vec::new(), errors).await
        }
        Err(_) => {
            let errors = vec![FieldError::new(
                "expo",
                "This expo no longer takes registrations.",
            )];
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

#[derive(Template)]
#[template(path = "registration/confirm.html")]
pub struct ConfirmPage {
    pub chrome: Chrome,
    pub title: &'static str,
    pub name: String,
    pub button: &'static str,
    pub action: String,
}

#[derive(Template)]
#[template(path = "registration/link_problem.html")]
pub struct LinkProblemPage {
    pub chrome: Chrome,
    pub message: &'static str,
    pub next_href: &'static str,
    pub next_label: &'static str,
}

fn link_problem(
    chrome: Chrome,
    problem: &RedeemError,
    purpose: Purpose,
) -> Result<HttpResponse, AppError> {
    let (message, status) = match (problem, purpose) {
        (RedeemError::Expired, _) => (
            "This link has expired. Links only work for a limited time, to keep your account safe.",
            StatusCode::GONE,
        ),
        (RedeemError::Used, Purpose::VerifyEmail) => (
            "This link has already been used: your email address is confirmed. Sign in to see your registration.",
            StatusCode::GONE,
        ),
        (RedeemError::Used, _) => (
            "This link has already been used. Each link works once.",
            StatusCode::GONE,
        ),
        _ => (
            "This link is not valid. It may have been cut off when it was copied.",
            StatusCode::NOT_FOUND,
        ),
    };
    let (next_href, next_label) = match purpose {
        Purpose::PasswordReset => ("/signin/forgot", "Ask for a new link"),
        _ => ("/signin/supplier", "Sign in"),
    };
    render_with_status(
        &LinkProblemPage {
            chrome,
            message,
            next_href,
            next_label,
        },
        status,
    )
}

/// Db errors become `AppError`s; the link's own problems are kept for the page.
fn split<T>(r: Result<T, RedeemError>) -> Result<Result<T, RedeemError>, AppError> {
    match r {
        Err(RedeemError::Db(e)) => Err(e.into()),
        other => Ok(other),
    }
}

/// Shows whose email a verification link confirms; the button uses it (so mail
/// scanners that open links do not use them up).
pub async fn show_verify(
    state: web::Data<AppState>,
    chrome: Chrome,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let raw = token.into_inner();
    let Some(token) = RawToken::parse(&raw) else {
        return link_problem(chrome, &RedeemError::Unknown, Purpose::VerifyEmail);
    };
    let peeked = state
        .db(move |c| {
            split(suppliers::peek_link(
                c,
                &token,
                Purpose::VerifyEmail,
                store::now(),
            ))
        })
        .await?;
    match peeked {
        Ok((_, name)) => render(&ConfirmPage {
            chrome,
            title: "Confirm your email address",
            name,
            button: "Confirm and continue",
            action: format!("/register/verify/{raw}"),
        }),
        Err(problem) => link_problem(chrome, &problem, Purpose::VerifyEmail),
    }
}

/// Confirms the email, signs the supplier in and shows its state (now pending).
pub async fn verify(
    state: web::Data<AppState>,
    session: Session,
    chrome: Chrome,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let Some(token) = RawToken::parse(&token) else {
        return link_problem(chrome, &RedeemError::Unknown, Purpose::VerifyEmail);
    };
    let done = state
        .db(move |c| split(suppliers::verify_email(c, &token, store::now())))
        .await?;
    match done {
        Ok((id, name)) => {
            session::sign_in(&state, &session, Role::Supplier, id.0, name).await?;
            session::flash(
                &session,
                "success",
                "Thank you: your email address is confirmed. The organizer will now check your registration.",
            );
            let to = super::privacy::landing_after_sign_in(&state, &session, Role::Supplier, id.0)
                .await?;
            Ok(see_other(to))
        }
        Err(problem) => link_problem(chrome, &problem, Purpose::VerifyEmail),
    }
}

#[derive(Template)]
#[template(path = "registration/signin.html")]
pub struct SignInPage {
    pub chrome: Chrome,
    pub email: String,
    pub error: Option<&'static str>,
}

pub async fn sign_in_form(chrome: Chrome) -> Result<HttpResponse, AppError> {
    if let Some(user) = &chrome.user {
        return Ok(see_other(user.role.home_path()));
    }
    render(&SignInPage {
        chrome,
        email: String::new(),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// Password sign-in. A wrong password, an unknown email and an account without a
/// password get the same answer, after the same argon2 work.
pub async fn sign_in(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    form: web::Form<SignInForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let wrong = |chrome: Chrome, email: String| {
        render_with_status(
            &SignInPage {
                chrome,
                email,
                error: Some("The email or the password is not right. Check both and try again."),
            },
            StatusCode::UNAUTHORIZED,
        )
    };
    let Ok(email) = EmailAddress::parse(&form.email) else {
        return render_with_status(
            &SignInPage {
                chrome,
                email: form.email,
                error: Some("Enter the email address you registered with."),
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    state.limit_sign_in(&req, &email).await?;
    let candidate = form.password;
    let lookup = email.clone();
    let found = state
        .db(move |c| {
            let found = suppliers::credentials(c, &lookup)?;
            Ok(match found {
                Some((id, Some(hash), name)) if password::verify(&candidate, &hash) => {
                    Some((id, name))
                }
                Some((_, Some(_), _)) => None,
                _ => {
                    password::verify_dummy(&candidate);
                    None
                }
            })
        })
        .await?;
    let Some((id, name)) = found else {
        return wrong(chrome, form.email);
    };
    session::sign_in(&state, &session, Role::Supplier, id.0, name).await?;
    let to = super::privacy::landing_after_sign_in(&state, &session, Role::Supplier, id.0).await?;
    Ok(see_other(to))
}

#[derive(Template)]
#[template(path = "registration/forgot.html")]
pub struct ForgotPage {
    pub chrome: Chrome,
    pub email: String,
    pub error: Option<String>,
    pub sent: bool,
}

pub async fn forgot_form(chrome: Chrome) -> Result<HttpResponse, AppError> {
    render(&ForgotPage {
        chrome,
        email: String::new(),
        error: None,
        sent: false,
    })
}

pub async fn forgot_sent(chrome: Chrome) -> Result<HttpResponse, AppError> {
    render(&ForgotPage {
        chrome,
        email: String::new(),
        error: None,
        sent: true,
    })
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

/// Queues a reset link if the email is a supplier's; the answer is the same either way.
pub async fn forgot(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    chrome: Chrome,
    form: web::Form<EmailForm>,
) -> Result<HttpResponse, AppError> {
    let email = match EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            return render_with_status(
                &ForgotPage {
                    chrome,
                    email: form.email.clone(),
                    error: Some(e.message),
                    sent: false,
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    state.limit_sign_in(&req, &email).await?;
    let base = state.base_url.clone();
    let for_db = email.clone();
    state
        .db(move |c| {
            let token = RawToken::generate();
            let name = suppliers::credentials(c, &for_db)?
                .map(|(_, _, name)| name)
                .unwrap_or_default();
            let letter = mail::supplier::password_reset(
                &name,
                &format!("{base}/signin/reset/{}", token.as_str()),
                Purpose::PasswordReset.lifetime().num_minutes(),
            )
            .map_err(AppError::internal)?;
            suppliers::queue_password_reset(
                c,
                &for_db,
                &LinkLetter { token, letter },
                store::now(),
            )?;
            Ok(())
        })
        .await?;
    session::flash(&session, "email", email.as_str());
    Ok(see_other("/signin/forgot/sent"))
}

#[derive(Template)]
#[template(path = "registration/reset.html")]
pub struct ResetPage {
    pub chrome: Chrome,
    pub name: String,
    pub action: String,
    pub error: Option<String>,
}

pub async fn reset_form(
    state: web::Data<AppState>,
    chrome: Chrome,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let raw = token.into_inner();
    let Some(token) = RawToken::parse(&raw) else {
        return link_problem(chrome, &RedeemError::Unknown, Purpose::PasswordReset);
    };
    let peeked = state
        .db(move |c| {
            split(suppliers::peek_link(
                c,
                &token,
                Purpose::PasswordReset,
                store::now(),
            ))
        })
        .await?;
    match peeked {
        Ok((_, name)) => render(&ResetPage {
            chrome,
            name,
            action: format!("/signin/reset/{raw}"),
            error: None,
        }),
        Err(problem) => link_problem(chrome, &problem, Purpose::PasswordReset),
    }
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

/// Sets the new password with the link, signs in and lands on the supplier's home.
pub async fn reset(
    state: web::Data<AppState>,
    session: Session,
    chrome: Chrome,
    token: web::Path<String>,
    form: web::Form<ResetForm>,
) -> Result<HttpResponse, AppError> {
    let raw = token.into_inner();
    let Some(token) = RawToken::parse(&raw) else {
        return link_problem(chrome, &RedeemError::Unknown, Purpose::PasswordReset);
    };
    let new_password = match password::Password::parse(&form.password) {
        Ok(p) => p,
        Err(e) => {
            let peek = RawToken::parse(&raw);
            let name = state
                .db(move |c| {
                    Ok(peek
                        .and_then(|t| {
                            suppliers::peek_link(c, &t, Purpose::PasswordReset, store::now()).ok()
                        })
                        .map(|(_, n)| n)
                        .unwrap_or_default())
                })
                .await?;
            return render_with_status(
                &ResetPage {
                    chrome,
                    name,
                    action: format!("/signin/reset/{raw}"),
                    error: Some(e.message),
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let hash = web::block(move || new_password.hash()).await?;
    let done = state
        .db(move |c| split(suppliers::reset_password(c, &token, &hash, store::now())))
        .await?;
    match done {
        Ok((id, name)) => {
            session::sign_in(&state, &session, Role::Supplier, id.0, name).await?;
            session::flash(&session, "success", "Your new password is saved.");
            let to = super::privacy::landing_after_sign_in(&state, &session, Role::Supplier, id.0)
                .await?;
            Ok(see_other(to))
        }
        Err(problem) => link_problem(chrome, &problem, Purpose::PasswordReset),
    }
}
