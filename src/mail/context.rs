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
}

impl MailContext {
    /// `base_url` is the public address; a trailing slash is dropped.
    pub fn new(base_url: &str, from: Mailbox) -> Self {
        Self {
            base_url: base_url.trim_end_matches('/').into(),
            from: Arc::new(from),
        }
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
