//! [`MailContext`]: what every message needs to know about the site sending it.

use std::sync::Arc;

use lettre::message::Mailbox;

/// The site's public address and sender. Built once per process from the settings
/// (`web::AppState::mail`, `mail::sender::SenderConfig::mail`) and cloned cheaply into
/// the blocking closures that queue messages.
#[derive(Clone, Debug)]
pub struct MailContext {
    base_url: Arc<str>,
    from: Arc<Mailbox>,
    /// Signs each person's own join link (`domain::online::join_key`); empty: links go
    /// through sign-in instead.
    secret: Arc<[u8]>,
}

impl MailContext {
    /// `base_url` is the public address; a trailing slash is dropped.
    pub fn new(base_url: &str, from: Mailbox) -> Self {
        Self {
            base_url: base_url.trim_end_matches('/').into(),
            from: Arc::new(from),
            secret: Arc::from(Vec::new()),
        }
    }

    /// The same, signing join links with `secret` (the site's secret key).
    pub fn with_secret(mut self, secret: &[u8]) -> Self {
        self.secret = Arc::from(secret.to_vec());
        self
    }

    /// The link that stops `kind` of non-essential message for `role`/`person`
    /// (`List-Unsubscribe`, and the line at the foot of the message).
    pub fn opt_out_link(
        &self,
        party: impl Into<crate::domain::Party>,
        person: i32,
        kind: &str,
    ) -> String {
        let party = party.into();
        let key = crate::domain::online::opt_out_key(&self.secret, party, person, kind);
        self.link(&format!(
            "/unsubscribe/{}/{person}/{kind}/{key}",
            party.as_str()
        ))
    }

    /// The link a participant follows to join an online meeting: their own (it works
    /// without signing in, from a calendar on any device), else through sign-in.
    pub fn join_link(
        &self,
        meeting: i32,
        party: impl Into<crate::domain::Party>,
        person: i32,
    ) -> String {
        let party = party.into();
        if self.secret.is_empty() {
            return self.link(&format!("/meetings/{meeting}/join"));
        }
        let key = crate::domain::online::join_key(&self.secret, meeting, party, person);
        self.link(&format!(
            "/join/{meeting}/{}/{person}/{key}",
            party.as_str()
        ))
    }

    /// An interpreter's own agenda page (their meetings, join links and calendar),
    /// reached without an account.
    pub fn interpreter_agenda_link(&self, interpreter: i32) -> String {
        let key = crate::domain::online::agenda_key(&self.secret, interpreter);
        self.link(&format!("/interpreter/{interpreter}/{key}"))
    }

    /// Public address, no trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The sender; also the ORGANIZER of calendar invitations.
    pub fn from(&self) -> &Mailbox {
        &self.from
    }

    /// An absolute link to a path of the site (`path` starts with `/`).
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// The site's host name, for calendar UIDs.
    pub fn host(&self) -> String {
        url::Url::parse(&self.base_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "expomatch.localhost".to_owned())
    }
}
