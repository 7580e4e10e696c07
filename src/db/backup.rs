//! Backups of the SQLite database while the site runs, and putting one back with the
//! site stopped. PostgreSQL has its own tools (`pg_dump`, `pg_restore`; see the README).
//!
//! A backup is `VACUUM INTO` a new file: one consistent snapshot taken inside a read
//! transaction, so writes going on meanwhile are either wholly in it or not at all,
//! and the copy is compact. A restore checks the file first: an SQLite database whose
//! migrations this version knows, all applied in order, whole (`integrity_check`).

use std::path::{Path, PathBuf};

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use diesel::sqlite::SqliteConnection;

use super::SQLITE_MIGRATIONS;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists already: choose a new file name (a backup never overwrites)")]
    Exists(PathBuf),
    #[error("there is no database at {0}")]
    NoDatabase(PathBuf),
    #[error("{0} is not an expomatch database: {1}")]
    NotOurs(PathBuf, String),
    #[error(
        "{0} comes from a newer expomatch (it has migration {1} that this version does not know): restore it with that version"
    )]
    Newer(PathBuf, String),
    #[error("the database at {0} is in use by a running server: stop the server first")]
    InUse(PathBuf),
    #[error(
        "the database at {0} has changes not yet written into it (its write-ahead log is there): stop the server first, or after a crash start and stop it once"
    )]
    Unsettled(PathBuf),
    #[error(
        "backups of PostgreSQL are made with pg_dump and restored with pg_restore (see the README)"
    )]
    Postgres,
    #[error("{0}")]
    Sqlite(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

fn open(path: &Path) -> Result<SqliteConnection, BackupError> {
    let url = path.to_string_lossy();
    let mut conn =
        SqliteConnection::establish(&url).map_err(|e| BackupError::Sqlite(e.to_string()))?;
    conn.batch_execute("PRAGMA busy_timeout = 10000;")
        .map_err(|e| BackupError::Sqlite(e.to_string()))?;
    Ok(conn)
}

/// Copies the database at `from` into the new file `to`, consistently, while other
/// connections keep writing. Returns the copy's size in bytes.
pub fn backup(from: &Path, to: &Path) -> Result<u64, BackupError> {
    if to.exists() {
        return Err(BackupError::Exists(to.to_owned()));
    }
    if !from.exists() {
        return Err(BackupError::NoDatabase(from.to_owned()));
    }
    let mut conn = open(from)?;
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(to.to_string_lossy().as_ref())
        .execute(&mut conn)
        .map_err(|e| BackupError::Sqlite(e.to_string()))?;
    // Everyone's personal data is in it: readable by the service's user alone,
    // whatever the umask.
    #[cfg(unix)]
    std::fs::set_permissions(to, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    Ok(std::fs::metadata(to)?.len())
}

/// Daily backups the server makes on its own: where, and how many are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub dir: PathBuf,
    pub keep: usize,
}

/// The file names of scheduled backups: `expomatch-YYYYMMDD-HHMMSS.sqlite`, so their
/// order by name is their order in time.
const SCHEDULED_PREFIX: &str = "expomatch-";
const SCHEDULED_SUFFIX: &str = ".sqlite";

/// When a scheduled backup was written, read from its file name; `None` for any other
/// file (a backup someone made by hand keeps its name and is never pruned).
fn scheduled_at(name: &str) -> Option<chrono::NaiveDateTime> {
    let stamp = name
        .strip_prefix(SCHEDULED_PREFIX)?
        .strip_suffix(SCHEDULED_SUFFIX)?;
    if stamp.len() != 15 {
        return None;
    }
    chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()
}

/// The scheduled backups in `dir`, oldest first.
fn scheduled_in(dir: &Path) -> std::io::Result<Vec<(chrono::NaiveDateTime, PathBuf)>> {
    let mut found: Vec<(chrono::NaiveDateTime, PathBuf)> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let at = scheduled_at(e.file_name().to_str()?)?;
            Some((at, e.path()))
        })
        .collect();
    found.sort();
    Ok(found)
}

/// Backs `db` up into the schedule's directory under a name of the time `now`, then
/// deletes the oldest scheduled backups beyond `keep`. The copy is written under a
/// temporary name and renamed when whole, so the directory never holds half a backup
/// under a backup's name. A newest backup younger than 23 hours means this one is not
/// due (the job also runs at every start: a server restarted often, or crashing, does
/// not push a week of backups out in minutes): `Ok(None)`. Otherwise the new file and
/// how many old ones were deleted.
pub fn scheduled(
    db: &Path,
    schedule: &Schedule,
    now: chrono::NaiveDateTime,
) -> Result<Option<(PathBuf, usize)>, BackupError> {
    std::fs::create_dir_all(&schedule.dir)?;
    if scheduled_in(&schedule.dir)?
        .last()
        .is_some_and(|(at, _)| now - *at < chrono::TimeDelta::hours(23))
    {
        return Ok(None);
    }
    let name = format!(
        "{SCHEDULED_PREFIX}{}{SCHEDULED_SUFFIX}",
        now.format("%Y%m%d-%H%M%S")
    );
    let target = schedule.dir.join(&name);
    let partial = schedule.dir.join(format!(".{name}.partial"));
    if partial.exists() {
        std::fs::remove_file(&partial)?;
    }
    backup(db, &partial)?;
    if target.exists() {
        std::fs::remove_file(&partial)?;
        return Err(BackupError::Exists(target));
    }
    std::fs::rename(&partial, &target)?;
    let kept = scheduled_in(&schedule.dir)?;
    let excess = kept.len().saturating_sub(schedule.keep.max(1));
    for (_, old) in &kept[..excess] {
        std::fs::remove_file(old)?;
    }
    Ok(Some((target, excess)))
}

/// The newest scheduled backup in `dir` and when it was written, if any.
pub fn latest_scheduled(dir: &Path) -> Option<(PathBuf, chrono::NaiveDateTime)> {
    scheduled_in(dir).ok()?.pop().map(|(at, path)| (path, at))
}

#[derive(QueryableByName)]
struct Version {
    #[diesel(sql_type = Text)]
    version: String,
}

#[derive(QueryableByName)]
struct Check {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

/// What a backup file holds: its last migration, and how many this version would
/// still apply to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub last_migration: String,
    pub pending: usize,
}

/// Whether `file` is an expomatch SQLite database this version can run: every
/// migration in it known here, the file whole. It is opened read-only in spirit: the
/// checks only read.
pub fn check(file: &Path) -> Result<Checked, BackupError> {
    if !file.is_file() {
        return Err(BackupError::NoDatabase(file.to_owned()));
    }
    let mut head = [0u8; 16];
    use std::io::Read as _;
    std::fs::File::open(file)?.read_exact(&mut head).ok();
    if &head != b"SQLite format 3\0" {
        return Err(BackupError::NotOurs(
            file.to_owned(),
            "not an SQLite database".into(),
        ));
    }
    let mut conn = open(file)?;
    let applied: Vec<Version> =
        diesel::sql_query("SELECT version FROM __diesel_schema_migrations ORDER BY version")
            .load(&mut conn)
            .map_err(|_| {
                BackupError::NotOurs(file.to_owned(), "it has no migrations table".into())
            })?;
    if applied.is_empty() {
        return Err(BackupError::NotOurs(
            file.to_owned(),
            "no migration was ever applied to it".into(),
        ));
    }
    let known: Vec<String> = applied.iter().map(|v| v.version.clone()).collect();
    let ours: Vec<String> =
        diesel::migration::MigrationSource::<diesel::sqlite::Sqlite>::migrations(
            &SQLITE_MIGRATIONS,
        )
        .map_err(|e| BackupError::Sqlite(e.to_string()))?
        .iter()
        .map(|m| m.name().version().to_string())
        .collect();
    if let Some(unknown) = known.iter().find(|v| !ours.contains(v)) {
        return Err(BackupError::Newer(file.to_owned(), unknown.clone()));
    }
    let check: Vec<Check> = diesel::sql_query("PRAGMA integrity_check")
        .load(&mut conn)
        .map_err(|e| BackupError::Sqlite(e.to_string()))?;
    if check.first().is_none_or(|c| c.integrity_check != "ok") {
        return Err(BackupError::NotOurs(
            file.to_owned(),
            "the file is damaged (integrity check failed)".into(),
        ));
    }
    Ok(Checked {
        last_migration: applied
            .last()
            .map(|v| v.version.clone())
            .unwrap_or_default(),
        pending: ours.iter().filter(|v| !known.contains(v)).count(),
    })
}

fn lock_path(db: &Path) -> PathBuf {
    PathBuf::from(format!("{}.lock", db.display()))
}

/// Marks the database at `db` as in use by this server until the returned file is
/// dropped (a shared lock: several servers may hold it, `restore` then refuses).
pub fn hold(db: &Path) -> Result<std::fs::File, BackupError> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(db))?;
    file.lock_shared()?;
    Ok(file)
}

/// What a restore did: the file's facts, and where the database it replaced is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub checked: Checked,
    pub kept: Option<PathBuf>,
}

/// Puts the backup `file` in place of the database at `db`, with the server stopped:
/// copied next to it, the copy checked ([`check`]; the given file is never opened),
/// then renamed over the database in one step. The database it replaces is kept as
/// `<db>.before-restore-<unix time>`, never overwriting an earlier one. Pending
/// migrations are applied when the server next starts.
pub fn restore(file: &Path, db: &Path) -> Result<Restored, BackupError> {
    if !file.is_file() {
        return Err(BackupError::NoDatabase(file.to_owned()));
    }
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(db))?;
    if lock.try_lock().is_err() {
        return Err(BackupError::InUse(db.to_owned()));
    }
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    if wal.exists() && std::fs::metadata(&wal)?.len() > 0 {
        return Err(BackupError::Unsettled(db.to_owned()));
    }
    let staged = PathBuf::from(format!("{}.restoring", db.display()));
    std::fs::copy(file, &staged)?;
    let checked = match check(&staged) {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_file(&staged);
            for side in ["-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(format!("{}{side}", staged.display()));
            }
            // Name the file the person gave, not the staged copy.
            return Err(match e {
                BackupError::NotOurs(_, why) => BackupError::NotOurs(file.to_owned(), why),
                BackupError::Newer(_, v) => BackupError::Newer(file.to_owned(), v),
                other => other,
            });
        }
    };
    let kept = if db.exists() {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let kept = PathBuf::from(format!("{}.before-restore-{stamp}", db.display()));
        if kept.exists() {
            return Err(BackupError::Exists(kept));
        }
        std::fs::rename(db, &kept)?;
        Some(kept)
    } else {
        None
    };
    for side in ["-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{side}", db.display()));
        if p.exists() {
            std::fs::remove_file(p)?;
        }
    }
    std::fs::File::open(&staged)?.sync_all()?;
    std::fs::rename(&staged, db)?;
    drop(lock);
    Ok(Restored { checked, kept })
}
