//! Runs the auto-scheduler on the 20 published B2B instances and on two synthetic
//! expos, one line each:
//! `instance=NAME meetings=M scheduled=S breaks=B optimum=O ms=T`.
//! `cargo bench --bench scheduler`.
//!
//! Environment:
//! - `B2B_INSTANCES`: a directory of `.dzn` files in the benchmark's format to run
//!   instead of `benches/data/b2b/`.
//! - `B2B_SCHEDULE_OUT`: a directory to write each instance's schedule to, as
//!   `NAME.csv` with lines `meeting,slot,table` (the meeting's row in `requested`,
//!   slots and tables from 1).
//! - `B2B_ITERATIONS`: the search budget per published instance and search (default
//!   5,000,000; two searches run side by side, see `Options::threads`).
//! - `B2B_DEADLINE_MS`: the wall-clock cap per published instance (default 800; 0 for
//!   none). Without a cap, or when no search reaches it, every line is the same on
//!   every run; a search the cap cuts short (a loaded machine) may end elsewhere.
//!   The synthetic expos have caps of 1.8 s and 25 s.
//! - `B2B_SEED`: the searches' first seed (default `Options::default().seed`), to see
//!   how much a result owes to its seed.
//! - `B2B_SYNTHETIC=0`: skip the two synthetic expos.
//!
//! Every schedule is checked with `scheduler::check`; a failure ends the bench with an
//! error.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use std::sync::atomic::AtomicBool;

use expomatch::domain::scheduler::{self, Options, Problem, Schedule, dzn, generate, improve};

/// Optimal total breaks (fairness d = 2) published by Bofill et al., JAIR 2022.
const OPTIMUM: &[(&str, usize)] = &[
    ("forum-13", 0),
    ("forum-13crafb", 6),
    ("forum-13crafc", 1),
    ("forum-14", 2),
    ("forumt-14", 5),
    ("forumt-14crafc", 5),
    ("forumt-14crafd", 4),
    ("forumt-14crafe", 5),
    ("tic-12", 0),
    ("tic-12crafc", 0),
    ("tic-13", 0),
    ("tic-13crafb", 0),
    ("tic-13crafc", 4),
    ("tic-14crafa", 0),
    ("tic-14crafc", 0),
    ("tic-14crafd", 0),
    ("ticf-13crafa", 0),
    ("ticf-13crafb", 3),
    ("ticf-13crafc", 1),
    ("ticf-14crafa", 0),
];

/// Moves per instance and search. Deterministic, so the table is the same on every
/// machine; sized so the hardest published instance takes about 0.6 s on two idle
/// cores in a release build.
const B2B_ITERATIONS: u64 = 5_000_000;
/// The cap that keeps each published instance under a second on a busy machine.
const B2B_DEADLINE_MS: u64 = 800;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::var_os("B2B_INSTANCES").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/b2b"),
        PathBuf::from,
    );
    let out = std::env::var_os("B2B_SCHEDULE_OUT").map(PathBuf::from);
    if let Some(out) = &out {
        std::fs::create_dir_all(out)?;
    }
    let max_iterations = env_number("B2B_ITERATIONS", B2B_ITERATIONS)?;
    let deadline_ms = env_number("B2B_DEADLINE_MS", B2B_DEADLINE_MS)?;
    let deadline = (deadline_ms > 0).then(|| Duration::from_millis(deadline_ms));
    let seed = env_number("B2B_SEED", Options::default().seed)?;
    let improve_budget = Duration::from_secs(env_number("B2B_IMPROVE_SECONDS", 60)?);
    let only = std::env::var("B2B_ONLY").ok();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "dzn"))
        .collect();
    files.sort();
    for path in files {
        let file = path
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or("file name is not UTF-8")?;
        let name = file
            .strip_suffix(".original.dzn")
            .or_else(|| file.strip_suffix(".dzn"))
            .unwrap_or(file);
        if only
            .as_deref()
            .is_some_and(|o| !o.split(',').any(|x| x == name))
        {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        let problem = dzn::parse(&text).map_err(|e| format!("{file}: {e}"))?;
        let options = Options {
            max_iterations,
            deadline,
            seed,
            ..Options::default()
        };
        let (schedule, ms) = run(&problem, &options, name)?;
        let optimum = OPTIMUM
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| "-".to_owned(), |(_, o)| o.to_string());
        println!(
            "instance={name} meetings={} scheduled={} breaks={} optimum={optimum} ms={ms}{}",
            problem.requests.len(),
            schedule.placed.len(),
            schedule.breaks,
            improvement(&problem, &schedule, improve_budget, name)?,
        );
        if let Some(out) = &out {
            let mut csv = String::from("meeting,slot,table\n");
            for p in &schedule.placed {
                csv += &format!("{},{},{}\n", p.request + 1, p.slot + 1, p.table + 1);
            }
            std::fs::write(out.join(format!("{name}.csv")), csv)?;
        }
    }
    if std::env::var("B2B_SYNTHETIC").is_ok_and(|v| v == "0") {
        return Ok(());
    }
    let korean = generate::Shape::korean_expo();
    for (name, shape, iterations, cap) in [
        ("korean-expo", korean, 3_000_000, 1_800),
        ("korean-expo-x10", korean.times(10), 30_000_000, 25_000),
    ] {
        let problem = generate::expo(&shape, 2024);
        let options = Options {
            max_iterations: iterations,
            deadline: Some(Duration::from_millis(cap)),
            ..Options::default()
        };
        let (schedule, ms) = run(&problem, &options, name)?;
        println!(
            "instance={name} meetings={} scheduled={} breaks={} optimum=- lower_bound={} ms={ms}{}",
            problem.requests.len(),
            schedule.placed.len(),
            schedule.breaks,
            scheduler::lower_bound_breaks(&problem),
            improvement(&problem, &schedule, improve_budget, name)?,
        );
    }
    Ok(())
}

/// The number in environment variable `name`, or `default` when it is not set.
fn env_number(name: &str, default: u64) -> Result<u64, String> {
    match std::env::var(name) {
        Ok(n) => n.parse().map_err(|_| format!("{name}={n} is not a number")),
        Err(_) => Ok(default),
    }
}

/// The improvement run from the fast run's schedule, as ` best=B bound=L ended=E
/// best_ms=T proof_ms=P` (`-` where there is none); empty when the budget is 0.
fn improvement(
    problem: &Problem,
    schedule: &Schedule,
    budget: Duration,
    name: &str,
) -> Result<String, String> {
    if budget.is_zero() {
        return Ok(String::new());
    }
    let stop = AtomicBool::new(false);
    let limits = improve::Limits {
        budget,
        ..Default::default()
    };
    let improved = improve::improve(problem, schedule, &limits, &stop, &mut |_| {})
        .map_err(|e| format!("{name}: {e}"))?;
    scheduler::check(problem, &improved.schedule)
        .map_err(|errors| format!("{name}: invalid improved schedule: {}", errors.join("; ")))?;
    if improved.schedule.breaks > schedule.breaks {
        return Err(format!("{name}: the improvement run made it worse"));
    }
    let ms = |d: Option<Duration>| d.map_or_else(|| "-".to_owned(), |d| d.as_millis().to_string());
    Ok(format!(
        " best={} bound={} ended={:?} best_ms={} proof_ms={} vars={} clauses={}",
        improved.schedule.breaks,
        improved.bound,
        improved.ended,
        ms(improved.time_to_best),
        ms(improved.time_to_proof),
        improved.variables,
        improved.clauses,
    ))
}

fn run(problem: &Problem, options: &Options, name: &str) -> Result<(Schedule, u128), String> {
    let start = Instant::now();
    let schedule = scheduler::schedule(problem, options).map_err(|e| format!("{name}: {e}"))?;
    let ms = start.elapsed().as_millis();
    scheduler::check(problem, &schedule)
        .map_err(|errors| format!("{name}: invalid schedule: {}", errors.join("; ")))?;
    Ok((schedule, ms))
}
