//! `TestApp`: the real app on a random port with a database of its own — a SQLite file
//! in a temp dir, or a fresh PostgreSQL schema (dropped afterwards) when
//! `TEST_DATABASE_URL` is set — and an HTTP client that talks to it.

use expomatch::Application;
use expomatch::config::Settings;
use expomatch::db::{self, DatabaseUrl, DbConnection, DbPool};
use scraper::Html;

use super::backends::{Backend, drop_postgres_schema, fresh_postgres_schema, postgres_url};
use super::csrf_in;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub pool: DbPool,
    pub backend: Backend,
    _dir: tempfile::TempDir,
    pg_schema: Option<(String, String)>,
    database: DatabaseUrl,
    pages: std::sync::Arc<expomatch::web::page_cache::PageCache>,
}

/// Options a test may change before the app starts.
pub struct Options {
    pub login_attempts_per_minute: u32,
    /// Where the app's outbox worker delivers; `memory:` unless a test runs an SMTP server.
    pub smtp_url: String,
    pub outbox_worker: bool,
    /// `EXPOMATCH_TRUSTED_PROXIES`; empty: none.
    pub trusted_proxies: &'static str,
    /// `EXPOMATCH_METRICS_TOKEN`; None: no /metrics.
    pub metrics_token: Option<&'static str>,
    /// `EXPOMATCH_BACKUP_DIR` and `EXPOMATCH_BACKUP_KEEP`.
    pub backups: Option<expomatch::db::backup::Schedule>,
    /// `EXPOMATCH_IMPROVE_SECONDS`.
    pub improve_budget: std::time::Duration,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            login_attempts_per_minute: 1000,
            smtp_url: "memory:".to_owned(),
            outbox_worker: true,
            trusted_proxies: "",
            metrics_token: None,
            improve_budget: std::time::Duration::from_secs(60),
            backups: None,
        }
    }
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> Self {
        Self::spawn_with(backend, Options::default()).await
    }

    pub async fn spawn_with(backend: Backend, options: Options) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let (database, pg_schema) = match backend {
            Backend::Sqlite => (DatabaseUrl::Sqlite(dir.path().join("test.sqlite")), None),
            Backend::Postgres => {
                let admin = postgres_url().expect("postgres tests need TEST_DATABASE_URL");
                let (url, schema) = fresh_postgres_schema(&admin);
                (DatabaseUrl::Postgres(url), Some((admin, schema)))
            }
        };
        Self::start(backend, options, dir, database, pg_schema).await
    }

    /// Another app instance on the same database (and the same session key, as behind a
    /// load balancer). It leaves the database to the first one to clean up.
    pub async fn second_instance(&self) -> Self {
        self.second_instance_with(Options::default()).await
    }

    /// [`Self::second_instance`] with settings of its own.
    pub async fn second_instance_with(&self, options: Options) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        Self::start(self.backend, options, dir, self.database.clone(), None).await
    }

    async fn start(
        backend: Backend,
        options: Options,
        dir: tempfile::TempDir,
        database: DatabaseUrl,
        pg_schema: Option<(String, String)>,
    ) -> Self {
        let settings = Settings {
            bind: "127.0.0.1:0".into(),
            base_url: None,
            data_dir: dir.path().to_path_buf(),
            database: database.clone(),
            secret_key: TEST_SECRET_KEY.to_vec(),
            pool_size: 8,
            workers: 2,
            login_attempts_per_minute: options.login_attempts_per_minute,
            proxies: expomatch::domain::proxy::TrustedProxies::parse(options.trusted_proxies)
                .expect("proxies"),
            page_cache: true,
            sessions: expomatch::store::sessions::Lifetimes {
                idle: chrono::Duration::hours(72),
                absolute: chrono::Duration::days(14),
            },
            mail: expomatch::config::MailSettings {
                smtp_url: Some(options.smtp_url),
                from: "Expo Team <expo@kotra.example>".parse().expect("mailbox"),
                poll: std::time::Duration::from_millis(50),
                worker: options.outbox_worker,
            },
            sent_mail_retention_days: 30,
            improve_budget: options.improve_budget,
            ops: expomatch::config::OpsSettings {
                metrics_token: options.metrics_token.map(str::to_owned),
                backups: options.backups,
                ..Default::default()
            },
        };
        let pool = db::build_pool(&database, 8).expect("database");
        let app = Application::build_with_pool(settings, pool.clone()).expect("app builds");
        let address = app.base_url().to_owned();
        let pages = app.page_cache();
        tokio::spawn(app.run_until_stopped());
        let client = test_client();
        Self {
            address,
            client,
            pool,
            backend,
            _dir: dir,
            pg_schema,
            database,
            pages,
        }
    }

    /// Runs `f` on a pooled connection off the async runtime. The app's page cache
    /// hears of the write at once (on PostgreSQL its own notice comes a moment later).
    pub async fn with_db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut DbConnection) -> T + Send + 'static,
    ) -> T {
        let pool = self.pool.clone();
        let out = tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().expect("pooled connection");
            f(&mut conn)
        })
        .await
        .expect("db task");
        self.pages.note_write();
        out
    }

    /// The database as `--database-url` takes it, for running the binary on it.
    pub fn database_arg(&self) -> String {
        match &self.database {
            DatabaseUrl::Sqlite(path) => path.display().to_string(),
            DatabaseUrl::Postgres(url) => url.clone(),
        }
    }

    /// The secret key the test app signs its links with.
    pub fn secret_key(&self) -> &'static [u8] {
        &TEST_SECRET_KEY
    }

    /// The app's page cache, to count its renders.
    pub fn page_cache(&self) -> &expomatch::web::page_cache::PageCache {
        &self.pages
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn get_html(&self, path: &str) -> (u16, Html) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (
            status,
            Html::parse_document(&res.text().await.expect("body")),
        )
    }

    /// The CSRF token the app put in the page's forms (also starts the session).
    pub async fn csrf_token(&self, path: &str) -> String {
        let (_, html) = self.get_html(path).await;
        csrf_in(&html)
    }

    /// POSTs a form exactly as the browser would, with the page's CSRF token.
    pub async fn post_form(
        &self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let token = self.csrf_token(form_page).await;
        let mut body: Vec<(&str, &str)> = fields.to_vec();
        body.push(("csrf_token", &token));
        self.client
            .post(self.url(action))
            .form(&body)
            .send()
            .await
            .expect("POST")
    }

    pub async fn post_form_raw(&self, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(action))
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    /// A second browser: same app, no cookies shared.
    pub fn new_client(&self) -> reqwest::Client {
        test_client()
    }
}

/// A browser-like client: its own cookies, redirects not followed. Idle connections
/// are dropped after two seconds, before the server closes them (actix keeps an idle
/// connection five): otherwise a request sent on a connection the server is closing
/// at that moment fails with "connection reset" or "incomplete message", which the
/// concurrent booking tests hit on a loaded machine.
pub fn test_client() -> reqwest::Client {
    builder().cookie_store(true).build().expect("client")
}

/// A client whose cookies live in `jar` (to read or copy them), or that keeps none.
pub fn client_with_cookies(jar: Option<std::sync::Arc<reqwest::cookie::Jar>>) -> reqwest::Client {
    match jar {
        Some(jar) => builder().cookie_provider(jar),
        None => builder(),
    }
    .build()
    .expect("client")
}

fn builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(std::time::Duration::from_secs(2))
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Idle pooled connections hold no locks, so the schema can go at once.
        if let Some((admin, schema)) = &self.pg_schema {
            drop_postgres_schema(admin, schema);
        }
    }
}

/// Every test app's secret key.
pub const TEST_SECRET_KEY: [u8; 64] = [7u8; 64];
