//! The command line. Everything else lives in the library.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use clap::Parser;
use expomatch::config::{
    Cli, Command, DEMO_DB_FILE, DemoArgs, LogFormat, OrganizerCommand, OutboxCommand, PurgeArgs,
    SERVE_DB_FILE,
};
use expomatch::db::{self, DatabaseUrl};
use expomatch::domain::{EmailAddress, PersonName, password::Password};
use expomatch::mail::sender::{Sender, SenderConfig};
use expomatch::mail::transport::Mailer;
use expomatch::{Application, demo, store};
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if let Err(e) = expomatch::config::load_env_file(&args) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    let cli = Cli::parse_from(args);
    // Log lines are written by a thread of their own, in batches, so a busy server does
    // not make one write call per request; nothing is dropped (a full queue waits), and
    // what is queued is written out when `log` is dropped, before any error line.
    let (writer, log) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .finish(std::io::BufWriter::new(std::io::stderr()));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(writer);
    match cli.log_format {
        // Colour codes only for a person at a terminal, not in log files.
        LogFormat::Text => logs.with_ansi(std::io::stderr().is_terminal()).init(),
        // One object per line; the request span's id rides along as `span.id`.
        LogFormat::Json => logs
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .flatten_event(true)
            .init(),
    }
    // Panics are logged like everything else, with any secret in them hidden.
    expomatch::web::errors::install_panic_hook();
    let result = run(cli);
    drop(log);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line, whatever the cause chain looks like (libpq's messages span lines).
            let message = format!("{e:#}");
            eprintln!(
                "error: {}",
                message.split_whitespace().collect::<Vec<_>>().join(" ")
            );
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => {
            let (data_dir, database) = args.storage.resolve(SERVE_DB_FILE)?;
            let settings = args.settings(database, data_dir)?;
            // Held until the server stops: `restore` refuses while any server has it.
            let _in_use = match &settings.database {
                db::DatabaseUrl::Sqlite(path) => Some(db::backup::hold(path)?),
                db::DatabaseUrl::Postgres(_) => None,
            };
            tracing::info!(database = %settings.database.redacted(), "starting");
            // Built inside the runtime: the SMTP connection pool spawns tasks.
            actix_web::rt::System::new().block_on(async move {
                let app = Application::build(settings)?;
                tracing::info!(url = app.base_url(), "expomatch is listening");
                app.run_until_signalled().await?;
                Ok(())
            })
        }
        Command::Demo(DemoArgs {
            serve: args,
            suppliers,
            buyers,
            tables,
            buyer_links,
        }) => {
            // The demo never touches the database `serve` uses: it runs on a fresh
            // SQLite file of its own, or on a PostgreSQL database named with
            // --database-url that holds no expo yet.
            let (data_dir, _) = args.storage.resolve(SERVE_DB_FILE)?;
            let named = match args.storage.database_url.as_deref() {
                Some(url) if !url.trim().is_empty() => Some(DatabaseUrl::parse(url)?),
                _ => None,
            };
            let database = match named {
                Some(pg @ DatabaseUrl::Postgres(_)) => pg,
                _ => {
                    let path = data_dir.join(DEMO_DB_FILE);
                    for suffix in ["", "-wal", "-shm"] {
                        let file = data_dir.join(format!("{DEMO_DB_FILE}{suffix}"));
                        if file.exists() {
                            std::fs::remove_file(&file).map_err(|e| {
                                anyhow::anyhow!(
                                    "cannot remove the old demo database {}: {e}",
                                    file.display()
                                )
                            })?;
                        }
                    }
                    DatabaseUrl::Sqlite(path)
                }
            };
            let settings = args.settings(database.clone(), data_dir)?;
            let pool = db::build_pool(&database, settings.pool_size)?;
            let links = {
                let mut conn = pool.get()?;
                if !store::expos::summaries(&mut conn, false)?.is_empty() {
                    anyhow::bail!(
                        "the demo seeds an empty database, and {} already holds an expo: \
                         give it a new database (createdb), or leave --database-url out \
                         for a SQLite file of its own",
                        database.redacted()
                    );
                }
                let links = demo::seed_in_transaction(&mut conn)?;
                if let Some(total) = suppliers {
                    demo::seed_more_suppliers(&mut conn, total)?;
                }
                if let Some(total) = buyers {
                    demo::seed_more_buyers(&mut conn, total)?;
                }
                if let Some(total) = tables {
                    demo::seed_more_tables(&mut conn, total)?;
                }
                demo::seed_accepted_requests(&mut conn)?;
                demo::seed_interpreters(&mut conn)?;
                store::privacy::consent_for_demo(&mut conn, store::now())?;
                links
            };
            let from = settings.mail.from.clone();
            actix_web::rt::System::new().block_on(async move {
                let app = Application::build_with_pool(settings, pool.clone())?;
                let base = app.base_url().to_owned();
                {
                    let mut conn = pool.get()?;
                    let ctx = expomatch::mail::MailContext::new(&base, from);
                    demo::queue_sample_mail(&mut conn, &links, &ctx)?;
                }
                if let Some(path) = &buyer_links {
                    let mut conn = pool.get()?;
                    let all: Vec<String> = demo::buyer_sign_in_links(&mut conn)?
                        .iter()
                        .map(|link| format!("{base}{link}\n"))
                        .collect();
                    std::fs::write(path, all.concat()).map_err(|e| {
                        anyhow::anyhow!("cannot write the buyer links to {}: {e}", path.display())
                    })?;
                }
                println!(
                    "expomatch demo is running at {base}/ (a fresh demo database: {})",
                    database.redacted()
                );
                println!("Sign in once with each link (valid for 24 hours):");
                println!("organizer: {base}{}", links.organizer);
                println!("co-host staff: {base}{}", links.cohost);
                println!("supplier's colleague: {base}{}", links.colleague);
                println!("supplier: {base}{}", links.supplier);
                println!("buyer: {base}{}", links.buyer);
                app.run_until_signalled().await?;
                Ok(())
            })
        }
        Command::Purge(PurgeArgs {
            storage,
            retention,
            dry_run,
        }) => {
            let (_, database) = storage.resolve(SERVE_DB_FILE)?;
            let pool = db::build_pool(&database, 2)?;
            let mut conn = pool.get()?;
            let report = store::privacy::purge(
                &mut conn,
                store::now(),
                retention.sent_mail_retention_days,
                dry_run,
            )?;
            if dry_run {
                println!("dry run: nothing was changed");
            }
            for line in report.lines() {
                println!("{line}");
            }
            Ok(())
        }
        Command::Backup { file, storage } => {
            let (_, database) = storage.resolve(SERVE_DB_FILE)?;
            let db::DatabaseUrl::Sqlite(path) = &database else {
                return Err(db::backup::BackupError::Postgres.into());
            };
            let bytes = db::backup::backup(path, &file)?;
            println!("backup written: {} ({bytes} bytes)", file.display());
            Ok(())
        }
        Command::Restore { file, storage } => {
            let (_, database) = storage.resolve(SERVE_DB_FILE)?;
            let db::DatabaseUrl::Sqlite(path) = &database else {
                return Err(db::backup::BackupError::Postgres.into());
            };
            let restored = db::backup::restore(&file, path)?;
            println!(
                "restored {} into {} (last migration {}; {} to apply at the next start){}",
                file.display(),
                path.display(),
                restored.checked.last_migration,
                restored.checked.pending,
                restored.kept.map_or_else(String::new, |k| format!(
                    "; the database it replaced is kept as {}",
                    k.display()
                ))
            );
            Ok(())
        }
        Command::Doctor(args) => {
            let report = actix_web::rt::System::new()
                .block_on(async move { expomatch::doctor::examine(&args).await });
            print!("{report}");
            match report.problems() {
                0 => {
                    println!("no problems found");
                    Ok(())
                }
                n => Err(anyhow::anyhow!(
                    "{n} problem{} to fix before going live",
                    if n == 1 { "" } else { "s" }
                )),
            }
        }
        Command::Migrate(storage) => {
            let (_, database) = storage.resolve(SERVE_DB_FILE)?;
            let applied = db::migrate(&database)?;
            println!(
                "{} is up to date ({applied} migrations applied)",
                database.backend_name()
            );
            Ok(())
        }
        Command::Outbox {
            action: OutboxCommand::Send { storage, mail },
        } => {
            let (data_dir, database) = storage.resolve(SERVE_DB_FILE)?;
            let mail = mail.settings()?;
            let pool = db::build_pool(&database, 2)?;
            let report = actix_web::rt::System::new().block_on(async move {
                let mailer = Mailer::from_url(mail.smtp_url.as_deref(), &data_dir)?;
                let sender = Sender::new(
                    pool,
                    mailer,
                    SenderConfig::new(mail.from, "http://127.0.0.1:8080"),
                );
                sender.drain().await
            })?;
            println!(
                "{} sent, {} will be retried, {} failed",
                report.sent, report.retrying, report.failed
            );
            Ok(())
        }
        Command::Organizer {
            action:
                OrganizerCommand::Create {
                    email,
                    name,
                    storage,
                },
        } => {
            let email = EmailAddress::parse(&email).map_err(|e| {
                anyhow::anyhow!("--email: {}", expomatch::i18n::Locale::En.text(&e.message))
            })?;
            let name = PersonName::parse("name", &name).map_err(|e| {
                anyhow::anyhow!("--name: {}", expomatch::i18n::Locale::En.text(&e.message))
            })?;
            let password = read_password()?;
            let password = Password::parse(&password).map_err(|e| {
                anyhow::anyhow!("password: {}", expomatch::i18n::Locale::En.text(&e.message))
            })?;
            let (_, database) = storage.resolve(SERVE_DB_FILE)?;
            let pool = db::build_pool(&database, 1)?;
            let mut conn = pool.get()?;
            let id = store::organizers::create(
                &mut conn,
                &email,
                &name,
                &password.hash(),
                store::now(),
            )?;
            println!("organizer {id} created: {email}");
            Ok(())
        }
        Command::Organizer {
            action: OrganizerCommand::SignOut { email, storage },
        } => {
            let email = EmailAddress::parse(&email).map_err(|e| {
                anyhow::anyhow!("--email: {}", expomatch::i18n::Locale::En.text(&e.message))
            })?;
            let (_, database) = storage.resolve(SERVE_DB_FILE)?;
            let pool = db::build_pool(&database, 1)?;
            let mut conn = pool.get()?;
            let id = store::organizers::find_by_email(&mut conn, &email)?
                .ok_or_else(|| anyhow::anyhow!("there is no organizer with the email {email}"))?;
            let ended = store::sessions::end_all(
                &mut conn,
                expomatch::domain::Role::Organizer,
                id.0,
                None,
            )?;
            println!("ended {ended} sign-ins of organizer {email}");
            Ok(())
        }
    }
}

/// From a hidden prompt on a terminal, else the first line of stdin.
fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let again = rpassword::prompt_password("Repeat the password: ")?;
        anyhow::ensure!(first == again, "the two passwords differ");
        Ok(first)
    } else {
        let mut input = String::new();
        std::io::stdin().read_to_string(&mut input)?;
        Ok(input.lines().next().unwrap_or_default().to_owned())
    }
}
