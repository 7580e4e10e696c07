//! `expomatch doctor`, run as the real binary against a set of broken configurations:
//! each is found, named, and makes it exit non-zero; a sound one passes. It changes
//! nothing and never prints a secret.

use std::net::TcpListener;
use std::process::Command;

use mailin_embedded::{Handler, Response, Server, SslConfig, response};

use crate::helpers::*;

const BIN: &str = env!("CARGO_BIN_EXE_expomatch");
const KEY: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// An SMTP server that takes mail only from senders at `kotra.example`.
#[derive(Clone)]
struct Picky;

impl Handler for Picky {
    fn mail(&mut self, _ip: std::net::IpAddr, _domain: &str, from: &str) -> Response {
        if from.ends_with("@kotra.example") {
            response::OK
        } else {
            response::BAD_MAILBOX
        }
    }
}

fn picky_smtp() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let mut server = Server::new(Picky);
    server
        .with_name("smtp.test")
        .with_ssl(SslConfig::None)
        .expect("no tls")
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    port
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port()
}

/// `doctor` with a sound configuration changed by `changes` (an empty value removes
/// the variable): its exit code and output.
fn doctor(data: &str, smtp_port: u16, changes: &[(&str, &str)]) -> (i32, String) {
    let smtp = format!("smtp://127.0.0.1:{smtp_port}");
    let mut envs: Vec<(&str, String)> = vec![
        ("SECRET_KEY", KEY.to_owned()),
        (
            "EXPOMATCH_BASE_URL",
            "https://expo.kotra.example".to_owned(),
        ),
        ("EXPOMATCH_TRUSTED_PROXIES", "127.0.0.1".to_owned()),
        (
            "EXPOMATCH_MAIL_FROM",
            "Expo Team <expo@kotra.example>".to_owned(),
        ),
        ("SMTP_URL", smtp),
    ];
    for (k, v) in changes {
        envs.retain(|(name, _)| name != k);
        if !v.is_empty() {
            envs.push((k, (*v).to_owned()));
        }
    }
    let mut cmd = Command::new(BIN);
    cmd.args(["doctor", "--data-dir", data])
        .env_remove("DATABASE_URL")
        .env_remove("SMTP_URL")
        .env_remove("SECRET_KEY")
        .env("RUST_LOG", "warn");
    for (k, v) in &envs {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run doctor");
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn doctor_finds_each_broken_configuration_and_passes_a_sound_one() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let data = data.to_str().expect("path");
    // A site that has run once: data directory and database in place.
    let migrated = Command::new(BIN)
        .args(["migrate", "--data-dir", data])
        .env_remove("DATABASE_URL")
        .output()
        .expect("migrate");
    assert!(migrated.status.success());
    let smtp = picky_smtp();

    let (code, out) = doctor(data, smtp, &[]);
    assert_eq!(code, 0, "a sound configuration passes:\n{out}");
    assert!(out.contains("no problems found"), "{out}");
    assert!(
        out.contains("ok       SMTP: smtp://127.0.0.1:")
            && out.contains("accepts mail from expo@kotra.example"),
        "{out}"
    );
    assert!(
        out.contains("ok       database:") && out.contains("takes writes"),
        "{out}"
    );
    assert!(!out.contains(KEY), "the key never shows");

    let unreachable_smtp = format!("smtp://mailer:hunter2pass@127.0.0.1:{}", free_port());
    let postgres_down = "postgres://postgres@127.0.0.1:1/expo";
    let a_directory = dir.path().to_str().expect("path");
    type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "http base URL",
            vec![("EXPOMATCH_BASE_URL", "http://expo.kotra.example")],
            "PROBLEM  base URL: http://expo.kotra.example is not https",
        ),
        (
            "no base URL",
            vec![("EXPOMATCH_BASE_URL", "")],
            "PROBLEM  base URL: unset",
        ),
        (
            "SMTP unreachable",
            vec![("SMTP_URL", unreachable_smtp.as_str())],
            "PROBLEM  SMTP: smtp://mailer:***@127.0.0.1:",
        ),
        (
            "SMTP refuses the sender",
            vec![("EXPOMATCH_MAIL_FROM", "Expo <expo@elsewhere.example>")],
            "refuses the sender expo@elsewhere.example",
        ),
        (
            "no SMTP",
            vec![("SMTP_URL", "")],
            "PROBLEM  SMTP: SMTP_URL is unset",
        ),
        (
            "mail to memory",
            vec![("SMTP_URL", "memory:")],
            "PROBLEM  SMTP: memory: delivers nothing",
        ),
        (
            "placeholder sender",
            vec![("EXPOMATCH_MAIL_FROM", "")],
            "PROBLEM  sender: expomatch <noreply@expomatch.localhost> is the built-in placeholder",
        ),
        (
            "short secret key",
            vec![("SECRET_KEY", "short-key-12")],
            "PROBLEM  secret key: SECRET_KEY has 12 characters",
        ),
        (
            "proxy not trusted",
            vec![("EXPOMATCH_TRUSTED_PROXIES", "")],
            "PROBLEM  reverse proxy:",
        ),
        (
            "PostgreSQL unreachable",
            vec![("DATABASE_URL", postgres_down)],
            "PROBLEM  database: cannot open postgres://postgres@127.0.0.1:1/expo",
        ),
        (
            "database path is a directory",
            vec![("DATABASE_URL", a_directory)],
            "PROBLEM  database: cannot open",
        ),
        (
            "bad setting",
            vec![("EXPOMATCH_POOL_SIZE", "0")],
            "PROBLEM  settings: --pool-size must be between 1 and 200",
        ),
        (
            "short metrics token",
            vec![("EXPOMATCH_METRICS_TOKEN", "abc")],
            "PROBLEM  settings: EXPOMATCH_METRICS_TOKEN must be at least 16 characters",
        ),
    ];
    for (case, changes, expected) in cases {
        let (code, out) = doctor(data, smtp, &changes);
        assert_eq!(code, 1, "{case}: exits non-zero:\n{out}");
        assert!(out.contains(expected), "{case}: says {expected:?}:\n{out}");
        assert!(out.contains("to fix before going live"), "{case}:\n{out}");
        for secret in [KEY, "hunter2pass", "short-key-12"] {
            assert!(!out.contains(secret), "{case}: no secret in the output");
        }
    }
}

#[test]
fn doctor_changes_nothing_on_a_fresh_machine() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("not-yet");
    let (code, out) = doctor(data.to_str().expect("path"), free_port(), &[]);
    assert_eq!(code, 1, "the SMTP server is not there:\n{out}");
    assert!(out.contains("warning  data directory:"), "{out}");
    assert!(
        out.contains("warning  database:") && out.contains("does not exist yet"),
        "{out}"
    );
    assert!(!data.exists(), "no data directory was made");
}

#[test]
fn doctor_reads_the_postgresql_clock_and_migrations() {
    let Some(admin) = postgres_url() else {
        eprintln!("skipped: set TEST_DATABASE_URL to run this test on PostgreSQL");
        return;
    };
    let (url, schema) = fresh_postgres_schema(&admin);
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().to_str().expect("path");
    let (code, out) = doctor(data, picky_smtp(), &[("DATABASE_URL", url.as_str())]);
    drop_postgres_schema(&admin, &schema);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("agrees with the database server"), "{out}");
    assert!(
        out.contains("warning  migrations:") && out.contains("will be applied at the next start"),
        "{out}"
    );
}
