//! Who is signed in, kept in the signed and encrypted session cookie, and the
//! extractors handlers use to require a role.

use std::future::{Ready, ready};

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use serde::{Deserialize, Serialize};

use super::errors::AppError;
use crate::domain::token::random_urlsafe;
use crate::domain::{BuyerId, OrganizerId, Role, SupplierId};

/// The session cookie's name.
pub const COOKIE_NAME: &str = "expomatch";

const IDENTITY: &str = "who";
const CSRF: &str = "csrf";
const FLASH: &str = "flash";

/// How long a sign-in lasts. The cookie store keeps no server-side state, so the
/// limit is written into the encrypted cookie and checked on every request.
pub const SESSION_DAYS: i64 = 14;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Identity {
    pub role: Role,
    pub id: i32,
    pub name: String,
    /// Unix seconds of the sign-in.
    #[serde(default)]
    pub since: i64,
}

/// The signed-in person, unless the sign-in is older than [`SESSION_DAYS`].
pub fn identity(session: &Session) -> Option<Identity> {
    let who = session.get::<Identity>(IDENTITY).ok().flatten()?;
    let age = chrono::Utc::now().timestamp() - who.since;
    (0..SESSION_DAYS * 86_400).contains(&age).then_some(who)
}

/// Starts a fresh session (a new cookie and a new CSRF token) for this person.
pub fn sign_in(session: &Session, role: Role, id: i32, name: String) -> Result<(), AppError> {
    session.renew();
    session.remove(CSRF);
    let who = Identity {
        role,
        id,
        name,
        since: chrono::Utc::now().timestamp(),
    };
    session
        .insert(IDENTITY, who)
        .map_err(|e| AppError::internal(anyhow::anyhow!("session insert: {e}")))
}

/// Changes the name shown in the header, keeping the session (and its age) as it is.
pub fn rename(session: &Session, name: String) {
    if let Some(mut who) = identity(session) {
        who.name = name;
        let _ = session.insert(IDENTITY, who);
    }
}

pub fn sign_out(session: &Session) {
    session.purge();
}

/// The session's CSRF token, created on first use.
pub fn csrf_token(session: &Session) -> String {
    if let Ok(Some(token)) = session.get::<String>(CSRF) {
        return token;
    }
    let token = random_urlsafe(32);
    // A failed insert only means the next form post is refused with a clear message.
    let _ = session.insert(CSRF, &token);
    token
}

pub fn stored_csrf_token(session: &Session) -> Option<String> {
    session.get::<String>(CSRF).ok().flatten()
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Flash {
    pub kind: String,
    pub message: String,
}

/// A one-time message shown on the next page (Post/Redirect/Get).
pub fn flash(session: &Session, kind: &str, message: impl Into<String>) {
    let _ = session.insert(
        FLASH,
        Flash {
            kind: kind.to_owned(),
            message: message.into(),
        },
    );
}

/// The one-time message, if there is one. Looks before it removes: `Session::remove`
/// marks the session changed even when the key is absent, and a changed session is
/// re-encrypted and sent back as a new cookie with every page.
pub fn take_flash(session: &Session) -> Option<Flash> {
    if !session.contains_key(FLASH) {
        return None;
    }
    session.remove_as::<Flash>(FLASH).and_then(Result::ok)
}

fn require(req: &HttpRequest, role: Role) -> Result<Identity, AppError> {
    match identity(&req.get_session()) {
        Some(who) if who.role == role => Ok(who),
        Some(_) => Err(AppError::Forbidden(
            "This page belongs to another kind of account. Sign out and sign in with the right one.",
        )),
        None => Err(AppError::NotSignedIn {
            next: req
                .uri()
                .path_and_query()
                .map_or_else(|| req.path().to_owned(), ToString::to_string),
        }),
    }
}

macro_rules! role_extractor {
    ($name:ident, $id:ident, $role:expr) => {
        /// The signed-in person of this role; others get 403, anonymous visitors are
        /// sent to sign in and brought back.
        #[derive(Clone, Debug)]
        pub struct $name {
            pub id: $id,
            pub name: String,
        }

        impl FromRequest for $name {
            type Error = AppError;
            type Future = Ready<Result<Self, AppError>>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                ready(require(req, $role).map(|who| Self {
                    id: $id(who.id),
                    name: who.name,
                }))
            }
        }
    };
}

role_extractor!(SignedInOrganizer, OrganizerId, Role::Organizer);
role_extractor!(SignedInSupplier, SupplierId, Role::Supplier);
role_extractor!(SignedInBuyer, BuyerId, Role::Buyer);
