//! Where email goes, chosen by `SMTP_URL`: a real SMTP server, `.eml` files in a
//! folder (the default, so a demo shows real messages without a mail server), or
//! memory (tests and benchmarks).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use lettre::transport::smtp::Error as SmtpError;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(AsyncFileTransport<Tokio1Executor>, PathBuf),
    Memory(Arc<Mutex<Vec<Vec<u8>>>>),
}

#[derive(Debug, thiserror::Error)]
pub enum MailerUrlError {
    #[error("SMTP_URL {0:?} is not usable: {1}")]
    Smtp(String, String),
    #[error("SMTP_URL scheme must be smtp://, smtps://, file:// or memory:, got {0:?}")]
    Scheme(String),
    #[error("cannot create the mail folder {0}: {1}")]
    Folder(PathBuf, std::io::Error),
}

/// Why a message did not go out.
#[derive(Debug, PartialEq, Eq)]
pub enum SendError {
    /// Worth retrying later: the server is unreachable or answered 4xx.
    Transient(String),
    /// Retrying will not help: the server answered 5xx, or the message is malformed.
    Permanent(String),
}

impl Mailer {
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS), `smtps://user:pass@host`
    /// (TLS), `smtp://127.0.0.1:2525` (plain, for local servers), `file:///var/mail/x`
    /// or `memory:`. `None` means `.eml` files in `<data_dir>/mail`.
    pub fn from_url(url: Option<&str>, data_dir: &Path) -> Result<Self, MailerUrlError> {
        let url = url.map(str::trim).filter(|u| !u.is_empty());
        match url {
            None => Self::file(data_dir.join("mail")),
            Some(u) if u.starts_with("smtp://") || u.starts_with("smtps://") => {
                AsyncSmtpTransport::<Tokio1Executor>::from_url(u)
                    .map(|b| {
                        let pool = lettre::transport::smtp::PoolConfig::new()
                            .max_size(super::sender::CONCURRENT_SENDS as u32);
                        // Well under the five-minute claim, so a stuck server cannot outlast it.
                        Self::Smtp(
                            b.pool_config(pool)
                                .timeout(Some(std::time::Duration::from_secs(20)))
                                .build(),
                        )
                    })
                    .map_err(|e| MailerUrlError::Smtp(redact_url(u), e.to_string()))
            }
            Some(u) if u.starts_with("file://") => Self::file(PathBuf::from(&u["file://".len()..])),
            Some("memory:") => Ok(Self::memory()),
            Some(u) => Err(MailerUrlError::Scheme(redact_url(u))),
        }
    }

    pub fn memory() -> Self {
        Self::Memory(Arc::new(Mutex::new(Vec::new())))
    }

    fn file(dir: PathBuf) -> Result<Self, MailerUrlError> {
        std::fs::create_dir_all(&dir).map_err(|e| MailerUrlError::Folder(dir.clone(), e))?;
        Ok(Self::File(AsyncFileTransport::new(&dir), dir))
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Smtp(_) => "SMTP".to_owned(),
            Self::File(_, dir) => format!(".eml files in {}", dir.display()),
            Self::Memory(_) => "memory".to_owned(),
        }
    }

    pub async fn send(&self, message: Message) -> Result<(), SendError> {
        match self {
            Self::Smtp(transport) => transport.send(message).await.map(|_| ()).map_err(classify),
            Self::File(transport, _) => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| SendError::Transient(e.to_string())),
            Self::Memory(sent) => {
                let raw = message.formatted();
                sent.lock()
                    .map_err(|_| SendError::Transient("mailbox lock poisoned".into()))?
                    .push(raw);
                Ok(())
            }
        }
    }
}

fn classify(e: SmtpError) -> SendError {
    if e.is_permanent() {
        SendError::Permanent(e.to_string())
    } else {
        SendError::Transient(e.to_string())
    }
}

/// The URL with its password replaced by `***`.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        // Not readable as a URL: where a password would be cannot be told.
        Err(_) => "<an unreadable URL>".to_owned(),
    }
}
