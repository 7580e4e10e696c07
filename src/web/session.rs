//! Who is signed in: the signed and encrypted session cookie names the person and
//! carries a session key the server checks on every request (`store::sessions`), so a
//! session can be ended. Also the extractors handlers use to require a role.

use std::future::{Ready, ready};

use actix_session::{Session, SessionExt};
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::errors::AppError;
use crate::domain::token::{RawToken, TokenHash, random_urlsafe};
use crate::domain::{BuyerId, OrganizerId, Role, SupplierId};
use crate::store::sessions;

/// The session cookie's name.
pub const COOKIE_NAME: &str = "expomatch";

const IDENTITY: &str = "who";
const CSRF: &str = "csrf";
const FLASH: &str = "flash";

#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Identity {
    pub role: Role,
    pub id: i32,
    pub name: String,
    /// The session key. The server keeps only its hash (`store::sessions`), so ending
    /// the session there ends this cookie too. A cookie from before server-side
    /// sessions has none and reads as signed out.
    #[serde(default)]
    key: String,
    /// The person's language code (`i18n::Locale::code`), read from their record at
    /// sign-in and changed by the language switcher.
    #[serde(default)]
    pub lang: Option<String>,
    /// A team member's session names the member; staff acting for the company name
    /// themselves (checked against the server's session like the rest).
    #[serde(default)]
    pub seat: sessions::Seat,
    /// The acting staff member's name and agency, for the banner on every page.
    #[serde(default)]
    pub acting_name: Option<String>,
    /// Unix seconds until which the session stays good if not used again; set when the
    /// session is checked, never stored in the cookie.
    #[serde(skip)]
    pub ends_at: i64,
}

impl std::fmt::Debug for Identity {
    /// Without the session key: it is a password for as long as the session lasts.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("role", &self.role)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("seat", &self.seat)
            .finish_non_exhaustive()
    }
}

impl Identity {
    /// The stored form of this session's key, to end it or keep it.
    pub fn key_hash(&self) -> Option<TokenHash> {
        RawToken::parse(&self.key).map(|k| k.hash())
    }
}

/// What [`verify`] found for this request: the signed-in person whose session the
/// server still holds, or nobody.
#[derive(Clone)]
struct Verified(Option<Identity>);

/// The signed-in person of this request, as [`verify`] checked it against the server's
/// sessions (nobody for a request it did not check).
pub fn identity(req: &HttpRequest) -> Option<Identity> {
    req.extensions().get::<Verified>().and_then(|v| v.0.clone())
}

/// Checks the cookie's sign-in against the server's sessions, once per request, before
/// any handler runs: a session ended on the server (signed out, password reset, ended
/// by an organizer) or past its idle or absolute limit is dropped here, with its
/// cookie, and the request goes on as a visitor's. Static files and the health check
/// need no one and skip the check. Runs inside the session middleware.
pub async fn verify(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let path = req.path();
    let needs_nobody = path.starts_with("/static/") || path == "/healthz";
    let session = req.get_session();
    let claimed = if needs_nobody {
        None
    } else {
        session.get::<Identity>(IDENTITY).ok().flatten()
    };
    let verified = match claimed {
        None => None,
        Some(who) => match check(&req, who).await {
            Ok(Some(who)) => Some(who),
            Ok(None) => {
                session.purge();
                None
            }
            Err(e) => return Ok(req.error_response(e)),
        },
    };
    req.extensions_mut().insert(Verified(verified));
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

async fn check(req: &ServiceRequest, mut who: Identity) -> Result<Option<Identity>, AppError> {
    let Some(key) = who.key_hash() else {
        return Ok(None);
    };
    let state = req
        .app_data::<actix_web::web::Data<AppState>>()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no app state")))?;
    let limits = state.settings.sessions;
    let now = crate::store::now();
    // Read before the check: a session ended meanwhile changes the version.
    let version = state.pages.data_version();
    let live = match version.and_then(|v| state.checked.recall(&key.0, v, now)) {
        Some(live) => Some(live),
        None => {
            let lookup = key.clone();
            let live = state
                .db(move |c| Ok(sessions::check(c, &lookup, limits, now)?))
                .await?;
            if let (Some(live), Some(version)) = (live, version) {
                let until = now + limits.touch_after();
                state.checked.remember(key.0, live, version, until);
            }
            live
        }
    };
    Ok(live
        .filter(|live| live.role == who.role && live.person_id == who.id && live.seat == who.seat)
        .map(|live| {
            who.ends_at = live.ends_at.and_utc().timestamp();
            who
        }))
}

/// Sessions this instance checked lately, so that a signed-in person's every request
/// need not read the `sessions` table: an entry holds while the database's data
/// version is the one read before its check (ending a session is a commit, which
/// changes it on every instance: SQLite's `data_version`, PostgreSQL's change notice),
/// while the session's own end has not come and, so that its last use is still written
/// in time, for [`sessions::Lifetimes::touch_after`] at most.
#[derive(Default)]
pub struct CheckedSessions {
    entries: std::sync::Mutex<std::collections::HashMap<String, Checked>>,
}

#[derive(Clone, Copy)]
struct Checked {
    live: sessions::Live,
    version: u64,
    until: chrono::NaiveDateTime,
}

/// Beyond this many sessions remembered, all are forgotten (each costs a read again).
const MAX_CHECKED: usize = 100_000;

impl CheckedSessions {
    fn recall(
        &self,
        key_hash: &str,
        version: u64,
        now: chrono::NaiveDateTime,
    ) -> Option<sessions::Live> {
        let entries = self.entries.lock().ok()?;
        let hit = entries.get(key_hash)?;
        (hit.version == version && now < hit.until && now < hit.live.ends_at).then_some(hit.live)
    }

    fn remember(
        &self,
        key_hash: String,
        live: sessions::Live,
        version: u64,
        until: chrono::NaiveDateTime,
    ) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_CHECKED {
                entries.clear();
            }
            entries.insert(
                key_hash,
                Checked {
                    live,
                    version,
                    until,
                },
            );
        }
    }
}

/// Starts a session on the server and a fresh cookie (a new id and a new CSRF token)
/// for this person.
///
/// The person's stored language wins; a person who never chose one keeps the language
/// they signed in with (`locale`, the request's), so their emails match their pages.
pub async fn sign_in(
    state: &AppState,
    session: &Session,
    role: Role,
    id: i32,
    name: String,
    locale: crate::i18n::Locale,
) -> Result<(), AppError> {
    sign_in_seated(state, session, role, id, name, locale, Seated::default()).await
}

/// Who besides the company holds a session ([`sign_in_seated`]).
#[derive(Clone, Debug, Default)]
pub struct Seated {
    pub seat: sessions::Seat,
    /// The acting staff member's name and agency (for the banner).
    pub acting_name: Option<String>,
}

/// [`sign_in`] for a company's team member (pages in the member's own language) or
/// for staff acting for a company (pages in the staff member's language).
pub async fn sign_in_seated(
    state: &AppState,
    session: &Session,
    role: Role,
    id: i32,
    name: String,
    locale: crate::i18n::Locale,
    seated: Seated,
) -> Result<(), AppError> {
    let seat = seated.seat;
    // A sign-in over another one ends the one before on the server too.
    let previous = session
        .get::<Identity>(IDENTITY)
        .ok()
        .flatten()
        .and_then(|who| who.key_hash());
    let (key, lang) = state
        .db(move |c| {
            if let Some(previous) = &previous {
                sessions::end(c, previous)?;
            }
            let lang = if seat.acting_by.is_some() {
                locale
            } else if let Some(member) = seat.member {
                crate::store::team::language(c, member, locale)?
            } else {
                match crate::store::languages::of(c, role, id)? {
                    Some(stored) => stored,
                    None => {
                        crate::store::languages::set(c, role, id, locale)?;
                        locale
                    }
                }
            };
            let key = sessions::start_seated(c, role, id, seat, crate::store::now())?;
            Ok((key, lang))
        })
        .await?;
    session.renew();
    session.remove(CSRF);
    let who = Identity {
        role,
        id,
        name,
        key: key.as_str().to_owned(),
        lang: Some(lang.code().to_owned()),
        seat,
        acting_name: seated.acting_name,
        ends_at: 0,
    };
    session
        .insert(IDENTITY, who)
        .map_err(|e| AppError::internal(anyhow::anyhow!("session insert: {e}")))
}

/// Changes the language of the signed-in person's pages, keeping the session.
pub fn relanguage(session: &Session, locale: crate::i18n::Locale) {
    if let Ok(Some(mut who)) = session.get::<Identity>(IDENTITY) {
        who.lang = Some(locale.code().to_owned());
        let _ = session.insert(IDENTITY, who);
    }
}

/// Changes the name shown in the header, keeping the session (and its age) as it is.
pub fn rename(session: &Session, name: String) {
    if let Ok(Some(mut who)) = session.get::<Identity>(IDENTITY) {
        who.name = name;
        let _ = session.insert(IDENTITY, who);
    }
}

/// Ends the session on the server and drops the cookie: a copy of the cookie kept
/// elsewhere no longer signs anyone in.
pub async fn sign_out(state: &AppState, session: &Session) -> Result<(), AppError> {
    if let Some(key) = session
        .get::<Identity>(IDENTITY)
        .ok()
        .flatten()
        .and_then(|who| who.key_hash())
    {
        state.db(move |c| Ok(sessions::end(c, &key)?)).await?;
    }
    session.purge();
    Ok(())
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
    /// Translated when the next page shows it, in that page's language.
    pub message: crate::domain::text::Text,
}

impl Flash {
    /// An argument of the message as given (the address an email went to).
    pub fn arg(&self, name: &str) -> &str {
        self.message
            .args
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| match v {
                crate::domain::text::Arg::Str(s) => Some(s.as_str()),
                crate::domain::text::Arg::Num(_) => None,
            })
            .unwrap_or_default()
    }
}

/// A one-time message shown on the next page (Post/Redirect/Get).
pub fn flash(session: &Session, kind: &str, message: impl Into<crate::domain::text::Text>) {
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
    match identity(req) {
        Some(who) if who.role == role => Ok(who),
        Some(_) => Err(AppError::Forbidden("errpage-wrong-account")),
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
