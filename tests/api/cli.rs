//! The command line, run as the real binary.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use crate::helpers::*;

const BIN: &str = env!("CARGO_BIN_EXE_expomatch");

fn run(args: &[&str], envs: &[(&str, &str)], stdin: &str) -> (i32, String, String) {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "warn");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn expomatch");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_malformed_or_unreachable_database_url_is_one_clear_error_line() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().to_str().expect("path");
    for (case, url, expected) in [
        (
            "unknown scheme",
            "mysql://root@127.0.0.1/expo",
            "scheme `mysql` is not supported",
        ),
        (
            "typo",
            "postgress://127.0.0.1/expo",
            "scheme `postgress` is not supported",
        ),
        (
            "unreachable",
            "postgres://postgres@127.0.0.1:1/expo",
            "cannot connect to PostgreSQL",
        ),
    ] {
        let (code, _, stderr) = run(
            &["migrate", "--data-dir", data],
            &[("DATABASE_URL", url)],
            "",
        );
        assert_ne!(code, 0, "case {case}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "case {case}: {stderr}");
        assert!(
            lines[0].starts_with("error: ") && lines[0].contains(expected),
            "case {case}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "case {case}");
    }
}

#[test]
fn an_unusable_data_dir_is_one_clear_error_line() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").expect("file");
    let under_file = file.join("data");
    let (code, _, stderr) = run(
        &[
            "serve",
            "--data-dir",
            under_file.to_str().expect("path"),
            "--bind",
            "127.0.0.1:0",
        ],
        &[],
        "",
    );
    assert_ne!(code, 0);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("error: cannot use data directory"),
        "{stderr}"
    );
}

#[test]
fn organizer_create_reads_the_password_from_stdin_and_refuses_duplicates() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().to_str().expect("path");
    let args = [
        "organizer",
        "create",
        "--email",
        "ops@kotra.example",
        "--name",
        "Lee Min-ho",
        "--data-dir",
        data,
    ];
    let (code, stdout, stderr) = run(&args, &[], "short\n");
    assert_ne!(code, 0, "a short password is refused: {stdout}");
    assert!(stderr.contains("at least 10 characters"), "{stderr}");
    let (code, stdout, stderr) = run(&args, &[], "a proper long password\n");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("created: ops@kotra.example"), "{stdout}");
    let (code, _, stderr) = run(&args, &[], "a proper long password\n");
    assert_ne!(code, 0);
    assert!(stderr.contains("already exists"), "{stderr}");
    let (code, _, stderr) = run(
        &[
            "organizer",
            "create",
            "--email",
            "not-an-email",
            "--name",
            "X",
            "--data-dir",
            data,
        ],
        &[],
        "a proper long password\n",
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("--email"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_prints_a_working_one_time_link_for_each_role() {
    let dir = tempfile::tempdir().expect("dir");
    let mut child = Command::new(BIN)
        .args([
            "demo",
            "--data-dir",
            dir.path().to_str().expect("path"),
            "--bind",
            "127.0.0.1:0",
        ])
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn demo");
    let stdout = child.stdout.take().expect("stdout");
    let links = tokio::task::spawn_blocking(move || {
        let mut links = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.expect("line");
            for role in ["organizer", "supplier", "buyer"] {
                if let Some(url) = line.strip_prefix(&format!("{role}: ")) {
                    links.push((role, url.to_owned()));
                }
            }
            if links.len() == 3 {
                break;
            }
        }
        links
    })
    .await
    .expect("read links");
    assert_eq!(
        links.iter().map(|(r, _)| *r).collect::<Vec<_>>(),
        ["organizer", "supplier", "buyer"]
    );
    for (role, url) in &links {
        assert!(
            url.starts_with("http://127.0.0.1:") && !url.contains(":0/"),
            "absolute link: {url}"
        );
        let client = test_client();
        let res = use_link(&client, url).await;
        assert_eq!(res.status().as_u16(), 303, "case {role}");
        assert_eq!(location(&res), format!("/{role}"), "case {role}");
        let home = client
            .get(url.split("/auth/").next().expect("base").to_owned() + "/" + role)
            .send()
            .await
            .expect("home");
        assert_eq!(home.status().as_u16(), 200, "case {role}");
    }
    // Every kind of message the product sends is in the demo's outbox.
    let pool = expomatch::db::build_pool(
        &expomatch::db::DatabaseUrl::Sqlite(dir.path().join("demo.sqlite")),
        1,
    )
    .expect("demo db");
    let mut conn = pool.get().expect("conn");
    use diesel::prelude::*;
    let mut kinds: Vec<String> = expomatch::db::schema::outbox::table
        .select(expomatch::db::schema::outbox::kind)
        .distinct()
        .load(&mut conn)
        .expect("kinds");
    kinds.sort();
    let mut expected = vec![
        "account_exists",
        "agenda_published",
        "invitation",
        "meeting_booked",
        "meeting_cancelled",
        "meeting_moved",
        // The demo's interpreters hear of the meetings they were given.
        "interpreter_assigned",
        "password_reset",
        "reminder",
        "request_accepted",
        "request_declined",
        "request_received",
        "sign_in_link",
        "supplier_approved",
        "supplier_rejected",
        "verify_email",
    ];
    expected.sort_unstable();
    assert_eq!(kinds, expected);
    drop(conn);
    drop(pool);
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        dir.path().join("demo.sqlite").exists(),
        "the demo has a database file of its own"
    );
    assert!(
        !dir.path().join("expomatch.sqlite").exists(),
        "the serve database is never touched"
    );
}

#[test]
fn outbox_send_delivers_due_messages_as_eml_files_by_default() {
    let dir = tempfile::tempdir().expect("dir");
    let database = expomatch::db::DatabaseUrl::Sqlite(dir.path().join("expomatch.sqlite"));
    let pool = expomatch::db::build_pool(&database, 1).expect("db");
    let mut conn = pool.get().expect("conn");
    expomatch::store::outbox::enqueue(
        &mut conn,
        &expomatch::store::outbox::NewMessage {
            kind: "sign_in_link",
            to_address: "lan@hawacom.example",
            to_name: "Nguyen Thi Lan",
            subject: "Your expomatch sign-in link",
            body_text: "Hello",
            body_html: Some("<p>Hello</p>"),
            expo: None,
        },
        expomatch::store::now(),
    )
    .expect("enqueue");
    drop(conn);
    drop(pool);
    let data = dir.path().to_str().expect("path");
    let (code, stdout, stderr) = run(&["outbox", "send", "--data-dir", data], &[], "");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), "1 sent, 0 will be retried, 0 failed");
    let files: Vec<_> = std::fs::read_dir(dir.path().join("mail"))
        .expect("mail dir")
        .collect();
    assert_eq!(files.len(), 1, "one .eml file");
    let (code, stdout, _) = run(&["outbox", "send", "--data-dir", data], &[], "");
    assert_eq!(
        (code, stdout.trim()),
        (0, "0 sent, 0 will be retried, 0 failed"),
        "nothing twice"
    );
    let (code, _, stderr) = run(
        &["outbox", "send", "--data-dir", data],
        &[("SMTP_URL", "carrier-pigeon://coop")],
        "",
    );
    assert_ne!(code, 0);
    assert!(stderr.starts_with("error: SMTP_URL scheme"), "{stderr}");
}

/// Starts `expomatch demo` with `extra` arguments and returns it once it prints its
/// buyer link, or its exit code and error output when it stops instead.
fn start_demo(dir: &std::path::Path, extra: &[&str]) -> Result<std::process::Child, (i32, String)> {
    let mut child = Command::new(BIN)
        .args([
            "demo",
            "--data-dir",
            dir.to_str().expect("path"),
            "--bind",
            "127.0.0.1:0",
        ])
        .args(extra)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn demo");
    let stdout = child.stdout.take().expect("stdout");
    let started = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|line| line.starts_with("buyer: "));
    if started {
        return Ok(child);
    }
    let out = child.wait_with_output().expect("wait");
    Err((
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

fn stop(mut child: std::process::Child) {
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn the_demo_grows_to_a_real_expos_size_and_writes_a_link_for_every_buyer() {
    use diesel::prelude::*;
    use expomatch::db::schema::{buyers, consultation_tables, suppliers};
    let dir = tempfile::tempdir().expect("dir");
    let links = dir.path().join("links.txt");
    let child = start_demo(
        dir.path(),
        &[
            "--suppliers",
            "300",
            "--tables",
            "40",
            "--buyer-links",
            links.to_str().expect("path"),
        ],
    )
    .unwrap_or_else(|(code, err)| panic!("the demo stopped ({code}): {err}"));
    let pool = expomatch::db::build_pool(
        &expomatch::db::DatabaseUrl::Sqlite(dir.path().join("demo.sqlite")),
        1,
    )
    .expect("demo db");
    let mut conn = pool.get().expect("conn");
    let approved: i64 = suppliers::table
        .filter(suppliers::status.eq("approved"))
        .count()
        .get_result(&mut conn)
        .expect("suppliers");
    let tables: i64 = consultation_tables::table
        .count()
        .get_result(&mut conn)
        .expect("tables");
    let buyer_count: i64 = buyers::table.count().get_result(&mut conn).expect("buyers");
    drop(conn);
    stop(child);
    assert_eq!(approved, 300);
    assert_eq!(tables, 40);
    let written = std::fs::read_to_string(&links).expect("links file");
    assert_eq!(
        written.lines().count() as i64,
        buyer_count,
        "one link per buyer"
    );
    assert!(
        written
            .lines()
            .all(|l| l.starts_with("http://127.0.0.1:") && l.contains("/auth/link/"))
    );
}

#[test]
fn the_demo_seeds_an_empty_postgresql_database_and_refuses_one_that_holds_an_expo() {
    let Some(admin) = postgres_url() else {
        eprintln!("skipped: set TEST_DATABASE_URL to run this test on PostgreSQL");
        return;
    };
    let (url, schema) = fresh_postgres_schema(&admin);
    let dir = tempfile::tempdir().expect("dir");
    let first = start_demo(dir.path(), &["--database-url", &url]);
    let first = first.unwrap_or_else(|(code, err)| panic!("the demo stopped ({code}): {err}"));
    stop(first);
    let again = start_demo(dir.path(), &["--database-url", &url]);
    drop_postgres_schema(&admin, &schema);
    let (code, err) = again.expect_err("a second demo on the same database is refused");
    assert_eq!(code, 1);
    assert!(err.contains("already holds an expo"), "{err}");
    assert!(
        !dir.path().join("demo.sqlite").exists(),
        "no SQLite file when PostgreSQL is named"
    );
}

#[test]
fn a_backup_taken_under_write_load_restores_every_meeting_and_every_queued_message() {
    use diesel::prelude::*;
    use expomatch::db::schema::{meetings, outbox};
    let live = tempfile::tempdir().expect("dir");
    let db_path = live.path().join("expomatch.sqlite");
    let url = expomatch::db::DatabaseUrl::Sqlite(db_path.clone());
    let pool = expomatch::db::build_pool(&url, 4).expect("pool");
    let (meetings_before, queued_before): (Vec<i32>, Vec<i32>) = {
        let mut c = pool.get().expect("conn");
        expomatch::demo::seed_in_transaction(&mut c).expect("seed");
        for n in 0..20 {
            let subject = format!("queued before {n}");
            expomatch::store::outbox::enqueue(
                &mut c,
                &expomatch::store::outbox::NewMessage {
                    kind: "invitation",
                    to_address: "before@x.example",
                    to_name: "Before",
                    subject: &subject,
                    body_text: "x",
                    body_html: None,
                    expo: None,
                },
                expomatch::store::now(),
            )
            .expect("enqueue");
        }
        (
            meetings::table
                .select(meetings::id)
                .load(&mut c)
                .expect("meetings"),
            outbox::table
                .select(outbox::id)
                .load(&mut c)
                .expect("outbox"),
        )
    };
    assert!(!meetings_before.is_empty() && !queued_before.is_empty());
    // A writer queues messages one transaction at a time while the backup runs.
    let writer_pool = pool.clone();
    let writer = std::thread::spawn(move || {
        let mut c = writer_pool.get().expect("conn");
        let mut ids = Vec::new();
        for n in 0..400 {
            let subject = format!("load {n}");
            ids.push(
                expomatch::store::outbox::enqueue(
                    &mut c,
                    &expomatch::store::outbox::NewMessage {
                        kind: "invitation",
                        to_address: "load@x.example",
                        to_name: "Load",
                        subject: &subject,
                        body_text: "x",
                        body_html: None,
                        expo: None,
                    },
                    expomatch::store::now(),
                )
                .expect("enqueue"),
            );
        }
        ids
    });
    std::thread::sleep(std::time::Duration::from_millis(30));
    let backup = live.path().join("backup.sqlite");
    let data_dir = live.path().to_string_lossy().into_owned();
    let backup_arg = backup.to_string_lossy().into_owned();
    let (code, out, err) = run(&["backup", &backup_arg, "--data-dir", &data_dir], &[], "");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("backup written"), "{out}");
    let written = writer.join().expect("writer");
    // A backup never overwrites.
    let (code, _, err) = run(&["backup", &backup_arg, "--data-dir", &data_dir], &[], "");
    assert_ne!(code, 0);
    assert!(err.contains("exists already"), "{err}");
    // The live database is in use (as `serve` marks it): restoring over it is refused.
    let serving = expomatch::db::backup::hold(&db_path).expect("in use");
    let (code, _, err) = run(&["restore", &backup_arg, "--data-dir", &data_dir], &[], "");
    assert_ne!(code, 0);
    assert!(err.contains("in use by a running server"), "{err}");
    drop(serving);
    // Restored into a fresh directory: every meeting and every message queued before
    // the backup, and of the load a prefix without a gap (one consistent moment).
    let fresh = tempfile::tempdir().expect("dir");
    let fresh_dir = fresh.path().to_string_lossy().into_owned();
    let (code, out, err) = run(&["restore", &backup_arg, "--data-dir", &fresh_dir], &[], "");
    assert_eq!(code, 0, "{out}{err}");
    let mut c = diesel::sqlite::SqliteConnection::establish(
        &fresh.path().join("expomatch.sqlite").to_string_lossy(),
    )
    .expect("restored database");
    let restored_meetings: Vec<i32> = meetings::table
        .select(meetings::id)
        .load(&mut c)
        .expect("m");
    assert_eq!(restored_meetings, meetings_before);
    let restored: Vec<i32> = outbox::table
        .order(outbox::id)
        .select(outbox::id)
        .load(&mut c)
        .expect("o");
    assert!(queued_before.iter().all(|id| restored.contains(id)));
    let load: Vec<i32> = restored
        .iter()
        .copied()
        .filter(|id| !queued_before.contains(id))
        .collect();
    assert_eq!(load.as_slice(), &written[..load.len()], "a prefix, no gap");
    eprintln!(
        "the backup holds {} of the {} messages queued during it",
        load.len(),
        written.len()
    );
    // Files that are not an expomatch database, or from a newer version, are refused
    // and change nothing.
    let text = fresh.path().join("notes.txt");
    std::fs::write(&text, "not a database").expect("write");
    let (code, _, err) = run(
        &["restore", &text.to_string_lossy(), "--data-dir", &fresh_dir],
        &[],
        "",
    );
    assert_ne!(code, 0);
    assert!(err.contains("not an expomatch database"), "{err}");
    diesel::sql_query(
        "INSERT INTO __diesel_schema_migrations (version, run_on) VALUES ('29991231000099', CURRENT_TIMESTAMP)",
    )
    .execute(&mut c)
    .expect("a migration from the future");
    drop(c);
    let newer = fresh.path().join("newer.sqlite");
    std::fs::copy(fresh.path().join("expomatch.sqlite"), &newer).expect("copy");
    let other = tempfile::tempdir().expect("dir");
    let (code, _, err) = run(
        &[
            "restore",
            &newer.to_string_lossy(),
            "--data-dir",
            &other.path().to_string_lossy(),
        ],
        &[],
        "",
    );
    assert_ne!(code, 0);
    assert!(err.contains("newer expomatch"), "{err}");
    assert!(
        !other.path().join("expomatch.sqlite").exists(),
        "nothing put in place"
    );
}
