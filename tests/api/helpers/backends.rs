//! The databases tests run on: which backends there are, PostgreSQL's per-test schemas,
//! and running one test body on a backend (skipped, with a message, where it is absent).

use diesel::Connection;
use diesel::connection::SimpleConnection;

use super::TestApp;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// `TEST_DATABASE_URL`, required when `CI` is set so CI can never skip PostgreSQL.
///
/// Without TLS unless the URL asks for it (`sslmode=…`): libpq's default tries TLS when the
/// server offers it, and then every connection goes through OpenSSL, whose exit handler
/// frees its state while the pools' threads of apps still alive may be using it. A full
/// run once ended "corrupted size vs. prev_size in fastbins" (SIGABRT) after every test had
/// passed, against a local server with `ssl = on`.
pub fn postgres_url() -> Option<String> {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() && !url.contains("sslmode") => {
            let sep = if url.contains('?') { '&' } else { '?' };
            Some(format!("{url}{sep}sslmode=disable"))
        }
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var_os("CI").is_some() => {
            panic!("CI is set but TEST_DATABASE_URL is not: PostgreSQL tests must run in CI")
        }
        _ => None,
    }
}

/// A fresh schema in the test database and a URL whose search_path points at it.
pub fn fresh_postgres_schema(admin_url: &str) -> (String, String) {
    let schema = format!(
        "t_{}",
        expomatch::domain::token::random_urlsafe(9)
            .to_lowercase()
            .replace('-', "_")
    );
    let mut admin = diesel::PgConnection::establish(admin_url)
        .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at TEST_DATABASE_URL: {e}"));
    admin
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .expect("create test schema");
    let sep = if admin_url.contains('?') { '&' } else { '?' };
    (
        format!("{admin_url}{sep}options=-csearch_path%3D{schema}"),
        schema,
    )
}

pub fn drop_postgres_schema(admin_url: &str, schema: &str) {
    if let Ok(mut admin) = diesel::PgConnection::establish(admin_url) {
        let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
    }
}

/// Runs `test` on a fresh app on `backend`. The PostgreSQL run is skipped with a message
/// when `TEST_DATABASE_URL` is unset (and fails under CI, see [`postgres_url`]).
pub async fn run_on<F, Fut>(backend: Backend, test: F)
where
    F: FnOnce(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    if backend == Backend::Postgres && postgres_url().is_none() {
        eprintln!("skipped: set TEST_DATABASE_URL to run this test on PostgreSQL");
        return;
    }
    test(TestApp::spawn(backend).await).await;
}

/// Declares the tests for `async fn name(app: TestApp)`: `name::sqlite` and
/// `name::postgres`, each calling [`run_on`] with a fresh app. A test function that is
/// not named here is never called, and the dead-code lint says so.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $crate::helpers::run_on($crate::helpers::Backend::Sqlite, super::$name).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::helpers::run_on($crate::helpers::Backend::Postgres, super::$name).await;
            }
        }
    )+};
}

/// `on_both_databases!` for tests that start their app with options of their own:
/// each gets the backend.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::helpers::Backend::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if $crate::helpers::postgres_url().is_none() {
                    eprintln!("skipped: set TEST_DATABASE_URL to run this test on PostgreSQL");
                    return;
                }
                super::$name($crate::helpers::Backend::Postgres).await;
            }
        }
    )+};
}
