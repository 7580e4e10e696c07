//! The two migration trees must describe the same database.

use std::collections::BTreeMap;

use diesel::prelude::*;
use diesel::sql_types::{Integer, Text};
use expomatch::db::{self, DatabaseUrl};

use crate::helpers::*;

#[derive(QueryableByName, Debug)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Integer)]
    nullable: i32,
}

/// table → column → (portable type, nullable)
type Shape = BTreeMap<String, BTreeMap<String, (String, bool)>>;

fn portable(t: &str) -> String {
    match t.to_ascii_lowercase().as_str() {
        "integer" | "int4" => "integer",
        "bigint" | "int8" => "bigint",
        "text" => "text",
        "boolean" | "bool" => "boolean",
        "timestamp" | "timestamp without time zone" => "timestamp",
        "date" => "date",
        "time" | "time without time zone" => "time",
        other => other,
    }
    .to_owned()
}

fn shape(rows: Vec<Column>) -> Shape {
    let mut out = Shape::new();
    for r in rows {
        if r.table_name.starts_with("__diesel") {
            continue;
        }
        out.entry(r.table_name)
            .or_default()
            .insert(r.column_name, (portable(&r.data_type), r.nullable != 0));
    }
    out
}

#[test]
fn both_migration_trees_create_the_same_tables_and_columns() {
    let dir = tempfile::tempdir().expect("dir");
    let sqlite = DatabaseUrl::Sqlite(dir.path().join("s.sqlite"));
    db::migrate(&sqlite).expect("sqlite migrations");
    let mut conn =
        diesel::SqliteConnection::establish(dir.path().join("s.sqlite").to_str().expect("path"))
            .expect("sqlite");
    let sqlite_rows: Vec<Column> = diesel::sql_query(
        "SELECT m.name AS table_name, p.name AS column_name, p.type AS data_type, \
         CASE WHEN p.\"notnull\" = 1 OR p.pk > 0 THEN 0 ELSE 1 END AS nullable \
         FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    )
    .load(&mut conn)
    .expect("sqlite columns");
    let sqlite_shape = shape(sqlite_rows);
    assert!(
        sqlite_shape.len() >= 20,
        "tables: {:?}",
        sqlite_shape.keys()
    );

    let Some(admin) = postgres_url() else {
        eprintln!("skipped the PostgreSQL half: set TEST_DATABASE_URL");
        return;
    };
    let (url, schema) = fresh_postgres_schema(&admin);
    let result = std::panic::catch_unwind(|| {
        db::migrate(&DatabaseUrl::Postgres(url.clone())).expect("postgres migrations");
        let mut pg = diesel::PgConnection::establish(&url).expect("postgres");
        let pg_rows: Vec<Column> = diesel::sql_query(
            "SELECT table_name::text AS table_name, column_name::text AS column_name, data_type::text AS data_type, \
             CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END AS nullable \
             FROM information_schema.columns WHERE table_schema = current_schema()",
        )
        .load(&mut pg)
        .expect("postgres columns");
        shape(pg_rows)
    });
    drop_postgres_schema(&admin, &schema);
    let pg_shape = result.expect("postgres side");
    assert_eq!(
        sqlite_shape.keys().collect::<Vec<_>>(),
        pg_shape.keys().collect::<Vec<_>>(),
        "the same tables"
    );
    for (table, columns) in &sqlite_shape {
        assert_eq!(
            Some(columns),
            pg_shape.get(table),
            "table {table}: columns, types and nullability"
        );
    }
}

/// Columns alone would miss a drifted index or CHECK (the partial unique indexes are
/// the no-double-booking guarantee): the two trees must be the same text apart from
/// the id column type and the line naming the other tree.
#[test]
fn both_migration_trees_have_the_same_statements() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let names = |backend: &str| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(root.join(backend))
            .expect("migrations dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        names("sqlite"),
        names("postgres"),
        "the same migrations in the same order"
    );
    // Migrations with a job on one backend only: the change-notice triggers exist on
    // PostgreSQL alone (SQLite has `PRAGMA data_version`); their SQLite twin must
    // change nothing.
    const POSTGRES_ONLY: &[&str] = &[
        "2026-11-26-000008_change_notices",
        "2026-12-06-000011a_session_change_notices",
    ];
    for name in POSTGRES_ONLY {
        let sql = std::fs::read_to_string(root.join("sqlite").join(name).join("up.sql"))
            .expect("sql file");
        let statements: Vec<&str> = sql
            .lines()
            .filter(|l| !l.starts_with("--") && !l.trim().is_empty())
            .collect();
        assert_eq!(
            statements,
            ["SELECT 1;"],
            "{name} changes nothing on SQLite"
        );
    }
    // A CHECK changed in place: PostgreSQL swaps the constraint, SQLite (which cannot)
    // rebuilds the table. Both must state the same new CHECK; the test above compares
    // the columns they end with.
    const SPELLED_PER_BACKEND: &[(&str, &str)] = &[
        (
            "2026-12-09-000016_outbox_publish",
            "CHECK (calendar_method IN ('REQUEST', 'CANCEL', 'PUBLISH'))",
        ),
        (
            "2026-12-13-000021_member_links",
            "CHECK (purpose IN ('sign_in', 'invitation', 'verify_email', 'password_reset', 'member_invitation', 'member_sign_in'))",
        ),
    ];
    for (name, check) in SPELLED_PER_BACKEND {
        for backend in ["sqlite", "postgres"] {
            let sql = std::fs::read_to_string(root.join(backend).join(name).join("up.sql"))
                .expect("sql file");
            assert!(sql.contains(check), "{backend}/{name} states {check}");
        }
    }
    for name in names("sqlite") {
        if POSTGRES_ONLY.contains(&name.as_str())
            || SPELLED_PER_BACKEND.iter().any(|(n, _)| *n == name)
        {
            continue;
        }
        for file in ["up.sql", "down.sql"] {
            let read = |backend: &str| {
                std::fs::read_to_string(root.join(backend).join(&name).join(file))
                    .expect("sql file")
            };
            let normalise = |sql: String| -> Vec<String> {
                sql.lines()
                    .filter(|l| !l.starts_with("-- Keep this file and"))
                    .map(|l| {
                        // Spelled per database: a key, byte-order text, and SQLite's
                        // tables without a rowid (PostgreSQL has none anyway).
                        l.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "ID")
                            .replace("SERIAL PRIMARY KEY", "ID")
                            .replace("COLLATE BINARY", "COLLATE \"C\"")
                            .replace(") WITHOUT ROWID;", ");")
                    })
                    .collect()
            };
            let (sqlite, postgres) = (normalise(read("sqlite")), normalise(read("postgres")));
            for (i, (a, b)) in sqlite.iter().zip(&postgres).enumerate() {
                assert_eq!(a, b, "{name}/{file} line {}", i + 1);
            }
            assert_eq!(sqlite.len(), postgres.len(), "{name}/{file} length");
        }
    }
}
