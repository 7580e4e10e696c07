//! The organizer's page for one meeting: where it can move, its interpreter and its rating.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::TimeZone as _;

use crate::domain::status::MeetingStatus;
use crate::store::{self};
use crate::web::AppState;
use crate::web::errors::AppError;
use crate::web::page::{Chrome, render};
use crate::web::session::SignedInOrganizer;

#[derive(Template)]
#[template(path = "organizer/meeting.html")]
pub struct MeetingPage {
    pub chrome: Chrome,
    pub m: store::meetings::MailView,
    pub when: String,
    /// (slot id, venue-time label, free tables) where the meeting can move.
    pub moves: Vec<(i32, String, store::grid::Choices)>,
    pub tables: Vec<(i32, String)>,
    pub interpreter: MeetingInterpreter,
    /// The buyer's rating: (stars, comment).
    pub rating: Option<(i32, String)>,
    pub attendance: AttendanceView,
}

/// What the attendance card offers.
pub struct AttendanceView {
    /// The meeting has begun: attendance is recorded without a reason.
    pub started: bool,
    /// The venue day until whose end a held or no-show record can be taken back, if it
    /// can.
    pub undo_until: Option<String>,
    /// For an online or hybrid meeting: when each side first joined (venue time).
    pub joins: Option<(Option<String>, Option<String>)>,
    /// When the meeting's interpreter first joined (venue time).
    pub interpreter_joined: Option<String>,
    /// The meeting is over.
    pub over: bool,
    /// The link the organizer pasted for this meeting (they may see their own paste).
    pub pasted_link: String,
}

impl AttendanceView {
    /// What the joins suggest once an online meeting is over: held when both joined,
    /// a no-show when one or nobody did; `None` while it runs or at a table.
    pub fn proposal(&self) -> Option<crate::domain::status::MeetingStatus> {
        use crate::domain::status::MeetingStatus;
        let (buyer, supplier) = self.joins.as_ref()?;
        if !self.over {
            return None;
        }
        Some(if buyer.is_some() && supplier.is_some() {
            MeetingStatus::Held
        } else {
            MeetingStatus::NoShow
        })
    }
}

/// The interpreter part of the organizer's meeting page.
pub struct MeetingInterpreter {
    pub needed: bool,
    pub current: Option<(i32, String)>,
    /// Interpreters who speak the languages and are free then.
    pub choices: Vec<store::interpreters::InterpreterRow>,
}

pub async fn meeting(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let id = crate::domain::MeetingId(id.into_inner());
    let now = store::now();
    let (m, options, interpreter, rating, (facts, joins, pasted_link)) = state
        .db(move |c| {
            let m = store::meetings::mail_view(c, id)?.ok_or(AppError::NotFound)?;
            let live = m.status.is_live();
            let interpreter = MeetingInterpreter {
                needed: store::interpreters::needed(c, id)?,
                current: store::interpreters::of_meeting(c, id)?,
                choices: if live {
                    store::interpreters::able_and_free(c, m.expo, id)?
                } else {
                    vec![]
                },
            };
            let rating = store::outcomes::rating_of(c, id)?;
            let facts = store::outcomes::attendance_facts(c, id)?.ok_or(AppError::NotFound)?;
            let pasted = store::online::meeting_link(c, id)?;
            let joins = if m.mode.has_video() {
                store::online::joins_of(c, &[id.0])?
                    .remove(&id.0)
                    .or_else(|| Some(Default::default()))
            } else {
                None
            };
            Ok((
                m,
                store::grid::move_options(c, id, now)?,
                interpreter,
                rating,
                (facts, joins, pasted),
            ))
        })
        .await?;
    let venue = crate::domain::TimeZone::stored(&m.venue_timezone)?.tz();
    let t = chrome.t;
    let label = |s, e| t.time_pair(&s, &e, venue, venue).local;
    let when = label(m.starts_at, m.ends_at);
    let attendance = AttendanceView {
        started: facts.starts_at <= now,
        undo_until: crate::flows::attendance::undo_open(&facts, now).then(|| {
            let until =
                crate::domain::attendance::undo_until(facts.starts_at, facts.changed_at, venue);
            // The last day the undo is open, in venue time.
            let last = until - chrono::TimeDelta::seconds(1);
            t.date(&venue.from_utc_datetime(&last).date_naive())
        }),
        interpreter_joined: joins.as_ref().and_then(|j| {
            j.interpreter
                .map(|x| venue.from_utc_datetime(&x).format("%H:%M").to_string())
        }),
        joins: joins.map(|j: store::online::Joins| {
            let at = |x: Option<chrono::NaiveDateTime>| {
                x.map(|x| venue.from_utc_datetime(&x).format("%H:%M").to_string())
            };
            (at(j.buyer), at(j.supplier))
        }),
        over: m.ends_at <= now,
        pasted_link,
    };
    let mut tables: Vec<(i32, String)> = options
        .iter()
        .flat_map(|o| o.tables.iter().cloned())
        .collect();
    tables.sort();
    tables.dedup();
    let moves = options
        .into_iter()
        .map(|o| (o.slot, label(o.starts_at, o.ends_at), o.tables))
        .collect();
    render(&MeetingPage {
        chrome,
        m,
        when,
        moves,
        tables,
        interpreter,
        rating,
        attendance,
    })
}

impl MeetingPage {
    /// A state's label in the viewer's language, for the attendance buttons.
    pub fn state(&self, status: impl std::borrow::Borrow<MeetingStatus>) -> String {
        self.chrome.t.label(status.borrow())
    }

    pub fn modes(&self) -> &'static [crate::domain::status::MeetingMode] {
        crate::domain::status::MeetingMode::ALL
    }

    pub fn is_current_interpreter(&self, id: &i32) -> bool {
        self.interpreter
            .current
            .as_ref()
            .is_some_and(|(c, _)| c == id)
    }
}
