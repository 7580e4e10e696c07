//! Drains 1,000 queued messages to an SMTP server on loopback and prints messages per
//! second. `cargo bench --bench outbox_drain` (SQLite in a temp dir; set
//! BENCH_DATABASE_URL=postgres://… to queue in PostgreSQL instead, in a schema of its
//! own that is dropped afterwards).
//!
//! The server here is a minimal SMTP sink that answers each command in one write, as
//! production MTAs do. (mailin-embedded, which the tests use, writes its replies in
//! pieces; with Nagle's algorithm and delayed ACKs that costs ~40 ms per message and
//! would measure the test server, not expomatch: 22 messages/s.)

use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use expomatch::db::{self, DatabaseUrl};
use expomatch::mail::sender::{Sender, SenderConfig};
use expomatch::mail::transport::Mailer;
use expomatch::store::{self, outbox};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;

const MESSAGES: usize = 1_000;

/// Speaks just enough SMTP for lettre: greeting, EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
fn serve_sink(stream: TcpStream, received: &AtomicUsize) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let mut out = stream.try_clone()?;
    let mut lines = BufReader::new(stream);
    out.write_all(b"220 sink ESMTP\r\n")?;
    let mut line = String::new();
    let mut in_data = false;
    loop {
        line.clear();
        if lines.read_line(&mut line)? == 0 {
            return Ok(());
        }
        if in_data {
            if line == ".\r\n" {
                in_data = false;
                received.fetch_add(1, Ordering::SeqCst);
                out.write_all(b"250 OK queued\r\n")?;
            }
            continue;
        }
        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-sink\r\n250 8BITMIME\r\n",
            "DATA" => {
                in_data = true;
                b"354 go ahead\r\n"
            }
            "QUIT" => {
                out.write_all(b"221 bye\r\n")?;
                return Ok(());
            }
            _ => b"250 OK\r\n",
        };
        out.write_all(reply)?;
    }
}

fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let admin = std::env::var("BENCH_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty());
    let schema = format!("bench_{}", std::process::id());
    let database = match &admin {
        Some(url) => {
            use diesel::Connection;
            use diesel::connection::SimpleConnection;
            diesel::PgConnection::establish(url)?
                .batch_execute(&format!("CREATE SCHEMA {schema}"))?;
            let sep = if url.contains('?') { '&' } else { '?' };
            DatabaseUrl::parse(&format!("{url}{sep}options=-csearch_path%3D{schema}"))?
        }
        None => DatabaseUrl::Sqlite(dir.path().join("bench.sqlite")),
    };
    let result = run(&database, dir.path());
    if let Some(url) = &admin {
        use diesel::Connection;
        use diesel::connection::SimpleConnection;
        diesel::PgConnection::establish(url)?
            .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))?;
    }
    result
}

fn run(database: &DatabaseUrl, dir: &std::path::Path) -> anyhow::Result<()> {
    let pool = db::build_pool(database, 4)?;
    {
        let mut conn = pool.get()?;
        conn.write_tx(|c| {
            let now = store::now();
            for i in 0..MESSAGES {
                let subject = format!("Meeting booked #{i}");
                outbox::enqueue(
                    c,
                    &outbox::NewMessage {
                        kind: "meeting_booked",
                        to_address: "buyer@bench.example",
                        to_name: "Bench Buyer",
                        subject: &subject,
                        body_text: "Your meeting is booked.\n\nTable A1, 09:00–09:30 venue time.",
                        body_html: Some("<p>Your meeting is <strong>booked</strong>.</p><p>Table A1, 09:00–09:30 venue time.</p>"),
                        expo: None,
                    },
                    now,
                )?;
            }
            Ok::<_, diesel::result::Error>(())
        })?;
    }

    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    let received = Arc::new(AtomicUsize::new(0));
    let counter = received.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let counter = counter.clone();
            std::thread::spawn(move || {
                let _ = serve_sink(stream, &counter);
            });
        }
    });

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    // The SMTP connection pool spawns tasks: build and drop it inside the runtime.
    let (report, elapsed) = runtime.block_on(async {
        let mailer = Mailer::from_url(Some(&format!("smtp://127.0.0.1:{port}")), dir)?;
        let sender = Sender::new(
            pool,
            mailer,
            SenderConfig::new(
                "Bench <bench@expomatch.example>".parse()?,
                "http://127.0.0.1:8080",
            ),
        );
        let started = Instant::now();
        let report = sender.drain().await?;
        Ok::<_, anyhow::Error>((report, started.elapsed()))
    })?;
    anyhow::ensure!(
        report.sent == MESSAGES,
        "sent {} of {MESSAGES}",
        report.sent
    );
    anyhow::ensure!(
        received.load(Ordering::SeqCst) == MESSAGES,
        "the server received {}",
        received.load(Ordering::SeqCst)
    );
    println!(
        "outbox drain ({}): {MESSAGES} messages to a loopback SMTP server in {:.2} s = {:.0} messages/s",
        database.backend_name(),
        elapsed.as_secs_f64(),
        MESSAGES as f64 / elapsed.as_secs_f64()
    );
    Ok(())
}
