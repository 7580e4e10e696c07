//! The organizer's scheduling pages: compute a draft from accepted requests, read its
//! figures and the reasons for what did not fit, publish or discard it; and the
//! suggested pairs that have no meeting yet.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render};
use super::public::see_other;
use super::session::{self, SignedInOrganizer};
use crate::domain::ExpoId;
use crate::domain::status::RunStatus;
use crate::flows::scheduling::improve::{self, ImprovementView};
use crate::flows::scheduling::{self, RunRow, RunView, ScheduleError, Suggestion};
use crate::store::{self, expos};

fn refused(e: ScheduleError) -> Result<crate::domain::text::Text, AppError> {
    match e {
        ScheduleError::Refused(why) => Ok(why),
        ScheduleError::NotFound => Err(AppError::NotFound),
        ScheduleError::Db(e) => Err(AppError::from(e)),
        other => Err(AppError::internal(other)),
    }
}

#[derive(Template)]
#[template(path = "organizer/schedule.html")]
pub struct SchedulePage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub waiting: i64,
    pub runs: Vec<RunRow>,
}

/// Accepted requests waiting, earlier runs, and the button that computes a draft.
pub async fn overview(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    expo: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(expo.into_inner());
    let (expo, waiting, runs) = state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            Ok((expo, scheduling::waiting(c, id)?, scheduling::runs(c, id)?))
        })
        .await?;
    render(&SchedulePage {
        chrome,
        expo,
        waiting,
        runs,
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ComputeFields {
    /// "1" when meetings the scheduler placed before may move.
    allow_moves: String,
}

/// Computes a draft (nobody is told) and shows it.
pub async fn compute(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    expo: web::Path<i32>,
    fields: web::Form<ComputeFields>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(expo.into_inner());
    let organizer = me.id;
    let allow_moves = match fields.allow_moves.as_str() {
        "" => false,
        "1" => true,
        _ => {
            return Err(AppError::BadRequest(
                "allow_moves is either absent or 1".into(),
            ));
        }
    };
    let result = state
        .db(move |c| {
            let options = crate::domain::scheduler::Options {
                deadline: Some(std::time::Duration::from_secs(5)),
                ..Default::default()
            };
            let started = std::time::Instant::now();
            let result = scheduling::run(c, id, organizer, allow_moves, &options, store::now());
            let outcome = match &result {
                Ok(_) => "draft",
                Err(scheduling::ScheduleError::Refused(_)) => "refused",
                Err(_) => "error",
            };
            crate::metrics::scheduler_run(outcome, started.elapsed());
            Ok(result)
        })
        .await?;
    match result {
        Ok(run) => Ok(see_other(&format!(
            "/organizer/expos/{}/schedule/{run}",
            id.0
        ))),
        Err(e) => {
            session::flash(&session, "error", refused(e)?);
            Ok(see_other(&format!("/organizer/expos/{}/schedule", id.0)))
        }
    }
}

#[derive(Template)]
#[template(path = "organizer/schedule_run.html")]
pub struct RunPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    /// The venue's zone, parsed once when the page is built.
    pub venue: chrono_tz::Tz,
    pub run: RunView,
    /// The draft's latest improvement run, if any.
    pub improvement: Option<ImprovementView>,
    /// The improvement run's time budget offered, in seconds: the longest allowed.
    pub budget_seconds: u64,
}

impl RunPage {
    pub fn when(&self, at: &(chrono::NaiveDateTime, chrono::NaiveDateTime, String)) -> String {
        let tz = self.venue;
        self.chrome.t.time_pair(&at.0, &at.1, tz, tz).local
    }

    /// "buyer" or "supplier", as the viewer reads it.
    pub fn side(&self, role: &str) -> String {
        self.chrome.t.get(if role == "buyer" {
            "org-buyer"
        } else {
            "org-supplier"
        })
    }

    /// What the bound says of the draft's breaks: proven optimal, or how many are
    /// unavoidable at least (`None` for runs from before bounds were kept).
    pub fn bound_text(&self) -> Option<String> {
        let bound = self.run.breaks_bound?;
        Some(if bound >= self.run.breaks {
            self.chrome.t.get("org-run-optimal")
        } else if bound == 0 {
            self.chrome.t.get("org-run-bound-none")
        } else {
            self.chrome.t.arg("org-run-bound", "bound", bound)
        })
    }

    /// Whether an improvement run is working on this draft now.
    pub fn improving(&self) -> bool {
        self.improvement
            .as_ref()
            .is_some_and(ImprovementView::running)
    }

    /// Whether the draft's breaks are proven optimal.
    pub fn proven(&self) -> bool {
        self.run.breaks_bound.is_some_and(|b| b >= self.run.breaks)
    }

    pub fn unplaced(&self) -> usize {
        self.run.lines.iter().filter(|l| l.placed.is_none()).count()
    }

    pub fn must_unplaced(&self) -> usize {
        self.run
            .lines
            .iter()
            .filter(|l| l.placed.is_none() && l.priority == "must")
            .count()
    }
}

pub async fn show_run(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, run) = path.into_inner();
    let id = ExpoId(expo);
    let (expo, run, improvement) = state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            let run = scheduling::view(c, id, run)?.ok_or(AppError::NotFound)?;
            let improvement = improve::latest(c, id, run.id)?;
            Ok((expo, run, improvement))
        })
        .await?;
    render(&RunPage {
        chrome,
        venue: crate::domain::TimeZone::stored(&expo.venue_timezone)?.tz(),
        expo,
        run,
        improvement,
        budget_seconds: state.settings.improve_budget.as_secs().max(10),
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ImproveFields {
    /// The time budget in seconds, from 10 to the `EXPOMATCH_IMPROVE_SECONDS` setting.
    seconds: String,
}

/// Starts the improvement run of a draft on a thread of its own and shows its progress.
/// Refused (with the reason, nothing started) for a budget out of range, a draft that
/// is not the expo's current one or is proven optimal already, or while another
/// improvement runs for the expo or on this server.
pub async fn improve_start(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
    fields: web::Form<ImproveFields>,
) -> Result<HttpResponse, AppError> {
    let (expo, run) = path.into_inner();
    let back = format!("/organizer/expos/{expo}/schedule/{run}");
    let most = state.settings.improve_budget.as_secs().max(10);
    let seconds = match fields.seconds.trim().parse::<u64>() {
        Ok(s) if (10..=most).contains(&s) => s,
        _ => {
            session::flash(
                &session,
                "error",
                crate::text!("err-improve-budget", most = most),
            );
            return Ok(see_other(&back));
        }
    };
    let Some(slot) = state.solver.take() else {
        session::flash(&session, "error", crate::text!("err-improve-busy"));
        return Ok(see_other(&back));
    };
    let organizer = me.id;
    let claimed = state
        .db(move |c| {
            Ok(improve::start(
                c,
                ExpoId(expo),
                run,
                organizer,
                std::time::Duration::from_secs(seconds),
                store::now(),
            ))
        })
        .await?;
    match claimed {
        Ok(claimed) => {
            let pool = state.pool.clone();
            std::thread::Builder::new()
                .name("schedule-improve".into())
                .spawn(move || improve::work(pool, claimed, slot))
                .map_err(AppError::internal)?;
            Ok(see_other(&format!("{back}/improve")))
        }
        Err(e) => {
            session::flash(&session, "error", refused(e)?);
            Ok(see_other(&back))
        }
    }
}

#[derive(Template)]
#[template(path = "organizer/schedule_improve.html")]
pub struct ImprovePage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub run: i32,
    pub improvement: ImprovementView,
}

/// The improvement run's progress; the page reloads itself every two seconds while it
/// runs (no script needed).
pub async fn improve_progress(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, run) = path.into_inner();
    let id = ExpoId(expo);
    let (expo, improvement) = state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            let improvement = improve::latest(c, id, run)?.ok_or(AppError::NotFound)?;
            Ok((expo, improvement))
        })
        .await?;
    render(&ImprovePage {
        chrome,
        expo,
        run,
        improvement,
    })
}

/// Stops the draft's running improvement (on whichever server runs it); the best draft
/// so far stays.
pub async fn improve_stop(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, run) = path.into_inner();
    let stopping = state
        .db(move |c| Ok(improve::request_stop(c, ExpoId(expo), run)?))
        .await?;
    if stopping {
        session::flash(&session, "success", crate::text!("org-improve-stopping"));
    } else {
        session::flash(&session, "error", crate::text!("err-improve-not-running"));
    }
    Ok(see_other(&format!(
        "/organizer/expos/{expo}/schedule/{run}/improve"
    )))
}

/// Publishes the draft: meetings are created and every participant with a new
/// meeting is emailed its agenda.
pub async fn publish(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, run) = path.into_inner();
    let id = ExpoId(expo);
    let ctx = state.mail();
    let organizer = me.id;
    let result = state
        .db(move |c| {
            Ok(scheduling::publish(
                c,
                id,
                run,
                organizer,
                &ctx,
                store::now(),
            ))
        })
        .await?;
    match result {
        Ok((meetings, people, 0)) => session::flash(
            &session,
            "success",
            crate::text!("org-flash-published", meetings = meetings, people = people),
        ),
        Ok((meetings, people, moved)) => session::flash(
            &session,
            "success",
            crate::text!(
                "org-flash-published-moved",
                meetings = meetings,
                people = people,
                moved = moved
            ),
        ),
        Err(e) => session::flash(&session, "error", refused(e)?),
    }
    Ok(see_other(&format!(
        "/organizer/expos/{expo}/schedule/{run}"
    )))
}

pub async fn discard(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    session: Session,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (expo, run) = path.into_inner();
    let result = state
        .db(move |c| Ok(scheduling::discard(c, ExpoId(expo), run)))
        .await?;
    match result {
        Ok(()) => session::flash(&session, "success", crate::text!("org-flash-discarded")),
        Err(e) => session::flash(&session, "error", refused(e)?),
    }
    Ok(see_other(&format!("/organizer/expos/{expo}/schedule")))
}

#[derive(Template)]
#[template(path = "organizer/suggestions.html")]
pub struct SuggestionsPage {
    pub chrome: Chrome,
    pub expo: expos::ExpoSettings,
    pub suggestions: Vec<Suggestion>,
}

impl SuggestionsPage {
    /// A match score as the reader's words for its strength.
    pub fn strength(&self, score: &u32) -> String {
        crate::domain::matching::Strength::of(*score)
            .map(|s| self.chrome.t.get(s.key()))
            .unwrap_or_default()
    }
}

/// The three best matches per buyer that have no meeting or request yet.
pub async fn suggestions(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    expo: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let id = ExpoId(expo.into_inner());
    let (expo, suggestions) = state
        .db(move |c| {
            let expo = expos::settings(c, id)?.ok_or(AppError::NotFound)?;
            Ok((expo, scheduling::suggested_pairs(c, id, 3)?))
        })
        .await?;
    render(&SuggestionsPage {
        chrome,
        expo,
        suggestions,
    })
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer/expos/{id}/schedule", web::get().to(overview))
        .route("/organizer/expos/{id}/schedule", web::post().to(compute))
        .route(
            "/organizer/expos/{id}/schedule/{run}",
            web::get().to(show_run),
        )
        .route(
            "/organizer/expos/{id}/schedule/{run}/publish",
            web::post().to(publish),
        )
        .route(
            "/organizer/expos/{id}/schedule/{run}/discard",
            web::post().to(discard),
        )
        .route(
            "/organizer/expos/{id}/schedule/{run}/improve",
            web::post().to(improve_start),
        )
        .route(
            "/organizer/expos/{id}/schedule/{run}/improve",
            web::get().to(improve_progress),
        )
        .route(
            "/organizer/expos/{id}/schedule/{run}/improve/stop",
            web::post().to(improve_stop),
        )
        .route(
            "/organizer/expos/{id}/suggestions",
            web::get().to(suggestions),
        );
}
