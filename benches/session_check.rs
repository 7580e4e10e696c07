//! What checking a sign-in on the server costs each request that is not answered from
//! the page cache: `store::sessions::check` (one primary-key read; a write at most once
//! per idle/20) against 10,000 live sessions, through the pool as the app does it.
//! `cargo bench --bench session_check` (SQLite in a temp dir; BENCH_DATABASE_URL=
//! postgres://… measures PostgreSQL in a schema of its own, dropped afterwards).

use std::time::Instant;

use diesel::Connection;
use diesel::connection::SimpleConnection;
use expomatch::db::{self, DatabaseUrl};
use expomatch::domain::Role;
use expomatch::store::{self, sessions};

const SESSIONS: usize = 10_000;
const CHECKS: usize = 100_000;

fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let (url, cleanup) = match std::env::var("BENCH_DATABASE_URL") {
        Ok(admin) if admin.starts_with("postgres") => {
            let schema = format!("bench_sessions_{}", std::process::id());
            let mut conn = diesel::PgConnection::establish(&admin)?;
            conn.batch_execute(&format!("CREATE SCHEMA {schema}"))?;
            let sep = if admin.contains('?') { '&' } else { '?' };
            (
                DatabaseUrl::Postgres(format!("{admin}{sep}options=-csearch_path%3D{schema}")),
                Some((admin, schema)),
            )
        }
        _ => (DatabaseUrl::Sqlite(dir.path().join("bench.sqlite")), None),
    };
    let name = url.backend_name();
    let pool = db::build_pool(&url, 4)?;
    let limits = sessions::Lifetimes {
        idle: chrono::Duration::hours(72),
        absolute: chrono::Duration::days(14),
    };
    let keys: Vec<_> = {
        let mut conn = pool.get()?;
        (0..SESSIONS)
            .map(|i| {
                let role = if i % 2 == 0 {
                    Role::Buyer
                } else {
                    Role::Supplier
                };
                sessions::start(&mut conn, role, i32::try_from(i).unwrap_or(0), store::now())
                    .map(|k| k.hash())
            })
            .collect::<Result<_, _>>()?
    };
    let started = Instant::now();
    let mut good = 0usize;
    for i in 0..CHECKS {
        let mut conn = pool.get()?;
        let key = &keys[(i * 7919) % keys.len()];
        if sessions::check(&mut conn, key, limits, store::now())?.is_some() {
            good += 1;
        }
    }
    let elapsed = started.elapsed();
    assert_eq!(good, CHECKS, "every session is good");
    println!(
        "session check ({name}): {CHECKS} checks of {SESSIONS} sessions in {:.2} s = {:.1} µs per request",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / CHECKS as f64
    );
    drop(pool);
    if let Some((admin, schema)) = cleanup {
        let mut conn = diesel::PgConnection::establish(&admin)?;
        conn.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))?;
    }
    Ok(())
}
