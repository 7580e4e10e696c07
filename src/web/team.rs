//! A supplier's or buyer's people: the team page (the primary contact and colleagues,
//! inviting and removing colleagues) and who of them attends each meeting. Anyone
//! signed in for the company manages both; the pages are the same for both sides.

use actix_session::Session;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render_with_status};
use super::public::see_other;
use super::session;
use crate::domain::text::Text;
use crate::domain::{EmailAddress, MeetingId, PersonName, Role};
use crate::mail::messages::{Changed, queue_meeting_to_people, queue_team_invitation};
use crate::store::{self, StoreError, team};
use crate::text;

/// The company of the signed-in supplier or buyer (any of its people, or staff acting
/// for it), with the side the path names: `/supplier/team` is a supplier's.
pub struct Company {
    pub side: Role,
    pub id: i32,
    /// The team member signed in (`None`: the primary contact, or acting staff).
    pub member: Option<i32>,
    pub name: String,
}

impl FromRequest for Company {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let side = if req.path().starts_with("/buyer/") {
            Role::Buyer
        } else {
            Role::Supplier
        };
        std::future::ready(match session::identity(req) {
            Some(who) if who.role == side => Ok(Self {
                side,
                id: who.id,
                member: who.seat.member,
                name: who.name,
            }),
            Some(_) => Err(AppError::Forbidden("errpage-wrong-account")),
            None => Err(AppError::NotSignedIn {
                next: req.path().to_owned(),
            }),
        })
    }
}

fn base(side: Role) -> &'static str {
    match side {
        Role::Buyer => "/buyer",
        _ => "/supplier",
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    for side in ["/supplier", "/buyer"] {
        cfg.route(&format!("{side}/team"), web::get().to(team_page))
            .route(&format!("{side}/team"), web::post().to(invite))
            .route(
                &format!("{side}/team/{{member}}/remove"),
                web::post().to(remove),
            )
            .route(
                &format!("{side}/meetings/{{id}}/attendees"),
                web::get().to(attendees_page),
            )
            .route(
                &format!("{side}/meetings/{{id}}/attendees"),
                web::post().to(set_attendees),
            );
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct InviteForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub title: String,
}

#[derive(Template)]
#[template(path = "team/team.html")]
pub struct TeamPage {
    pub chrome: Chrome,
    pub base: &'static str,
    pub team: team::Team,
    pub me: Option<i32>,
    pub form: InviteForm,
    pub error: Option<String>,
}

impl TeamPage {
    /// Whether this member is the one signed in (who may not remove themselves).
    pub fn is_me(&self, member: &i32) -> bool {
        self.me == Some(*member)
    }
}

pub async fn team_page(
    state: web::Data<AppState>,
    me: Company,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    show(&state, me, chrome, InviteForm::default(), None).await
}

async fn show(
    state: &AppState,
    me: Company,
    chrome: Chrome,
    form: InviteForm,
    error: Option<Text>,
) -> Result<HttpResponse, AppError> {
    let (side, id) = (me.side, me.id);
    let team = state
        .db(move |c| team::team(c, side, id)?.ok_or(AppError::NotFound))
        .await?;
    let status = if error.is_some() {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        actix_web::http::StatusCode::OK
    };
    let error = error.map(|e| chrome.t.text(&e));
    render_with_status(
        &TeamPage {
            chrome,
            base: base(side),
            team,
            me: me.member,
            form,
            error,
        },
        status,
    )
}

enum InviteError {
    Store(StoreError),
    Mail(crate::mail::QueueError),
}

impl From<StoreError> for InviteError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

impl From<diesel::result::Error> for InviteError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Store(e.into())
    }
}

impl From<crate::mail::QueueError> for InviteError {
    fn from(e: crate::mail::QueueError) -> Self {
        Self::Mail(e)
    }
}

/// A job title: optional, one line, at most 100 characters.
fn title_of(raw: &str) -> Result<String, Text> {
    let title = raw.trim();
    if title.chars().count() > 100 || title.chars().any(char::is_control) {
        return Err(text!("err-team-title"));
    }
    Ok(title.to_owned())
}

pub async fn invite(
    state: web::Data<AppState>,
    me: Company,
    chrome: Chrome,
    session: Session,
    form: web::Form<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let parsed = (|| {
        let name = PersonName::parse("name", &form.name).map_err(|e| e.message)?;
        let email = EmailAddress::parse(&form.email).map_err(|e| e.message)?;
        let title = title_of(&form.title)?;
        Ok::<_, Text>((name, email, title))
    })();
    let (name, email, title) = match parsed {
        Ok(p) => p,
        // Shown again as typed, with what is wrong; nothing is saved.
        Err(why) => return show(&state, me, chrome, form, Some(why)).await,
    };
    let ctx = state.mail();
    let t = chrome.t;
    let (side, id) = (me.side, me.id);
    let inviter = me.name.clone();
    let added = state
        .db(move |c| {
            Ok(c.write_tx(|c| {
                let now = store::now();
                let company = team::team(c, side, id)?.ok_or(StoreError::NotFound)?;
                let new = team::NewMember {
                    email: &email,
                    name: name.as_str(),
                    title: &title,
                };
                let member = team::add(c, side, id, &new, None, now)?;
                queue_team_invitation(c, side, &company, &member, &inviter, t, &ctx, now)?;
                Ok::<_, InviteError>(member.email)
            }))
        })
        .await?;
    match added {
        Ok(address) => {
            session::flash(&session, "success", text!("team-invited", email = address));
            Ok(see_other(&format!("{}/team", base(side))))
        }
        Err(InviteError::Store(StoreError::Conflict(key))) => {
            let why = match key.as_str() {
                "err-team-is-contact" => text!("err-team-is-contact"),
                _ => text!("err-team-already"),
            };
            show(&state, me, chrome, form, Some(why)).await
        }
        Err(InviteError::Store(StoreError::NotFound)) => Err(AppError::NotFound),
        Err(InviteError::Store(StoreError::Db(e))) => Err(e.into()),
        Err(InviteError::Mail(e)) => Err(AppError::internal(e)),
    }
}

pub async fn remove(
    state: web::Data<AppState>,
    me: Company,
    session: Session,
    member: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let member = member.into_inner();
    if me.member == Some(member) {
        session::flash(&session, "error", text!("err-team-remove-self"));
        return Ok(see_other(&format!("{}/team", base(me.side))));
    }
    let ctx = state.mail();
    let (side, id) = (me.side, me.id);
    let gone = state
        .db(move |c| {
            c.write_tx(|c| {
                let now = store::now();
                let (gone, upcoming) =
                    team::remove(c, side, id, member, now).map_err(|e| match e {
                        StoreError::NotFound => AppError::NotFound,
                        other => other.into(),
                    })?;
                let left = team::Attendance {
                    contact: false,
                    members: vec![member],
                };
                for meeting in upcoming {
                    queue_meeting_to_people(c, meeting, side, &left, Changed::Left, &ctx, now)
                        .map_err(AppError::internal)?;
                }
                Ok::<_, AppError>(gone)
            })
        })
        .await?;
    session::flash(&session, "success", text!("team-removed", name = gone.name));
    Ok(see_other(&format!("{}/team", base(side))))
}

#[derive(Template)]
#[template(path = "team/attendees.html")]
pub struct AttendeesPage {
    pub chrome: Chrome,
    pub base: &'static str,
    pub meeting: MeetingId,
    pub team: team::Team,
    pub attendance: team::Attendance,
    /// Which meeting: with whom, and when (the buyer's clock beside the venue's).
    pub with: String,
    pub when: String,
    pub error: Option<String>,
}

impl AttendeesPage {
    pub fn attends(&self, member: &i32) -> bool {
        self.attendance.members.contains(member)
    }
}

/// The company's people, who of them attend, and which meeting it is (with whom,
/// when) in the viewer's words.
async fn meeting_team(
    state: &AppState,
    me: &Company,
    meeting: MeetingId,
    t: crate::i18n::Locale,
) -> Result<(team::Team, team::Attendance, String, String), AppError> {
    let (side, id) = (me.side, me.id);
    let (company, attendance, v) = state
        .db(move |c| {
            if !team::holds_meeting(c, side, id, meeting)? {
                return Err(AppError::NotFound);
            }
            let company = team::team(c, side, id)?.ok_or(AppError::NotFound)?;
            let v = store::meetings::mail_view(c, meeting)?.ok_or(AppError::NotFound)?;
            Ok((company, team::attendance(c, meeting, side)?, v))
        })
        .await?;
    let venue = crate::domain::TimeZone::stored(&v.venue_timezone)?.tz();
    let (with, when) = match side {
        Role::Buyer => {
            let own = crate::domain::TimeZone::stored(&v.buyer_timezone)?.tz();
            (
                format!("{} ({})", v.supplier_name_en, v.supplier_name_ko),
                t.zoned_times(&v.starts_at, &v.ends_at, own, venue),
            )
        }
        _ => (
            format!("{} · {}", v.buyer_name, v.buyer_organisation),
            t.time_pair(&v.starts_at, &v.ends_at, venue, venue).venue,
        ),
    };
    Ok((company, attendance, with, when))
}

pub async fn attendees_page(
    state: web::Data<AppState>,
    me: Company,
    chrome: Chrome,
    meeting: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(meeting.into_inner());
    let (team, attendance, with, when) = meeting_team(&state, &me, meeting, chrome.t).await?;
    render_with_status(
        &AttendeesPage {
            chrome,
            base: base(me.side),
            meeting,
            team,
            attendance,
            with,
            when,
            error: None,
        },
        actix_web::http::StatusCode::OK,
    )
}

/// Who attends, as ticked: `contact=on` and `member=<id>` once per colleague (a
/// value that is no id names nobody).
fn attendance_of(body: &[u8]) -> team::Attendance {
    let mut wanted = team::Attendance {
        contact: false,
        members: Vec::new(),
    };
    for (key, value) in url::form_urlencoded::parse(body) {
        match key.as_ref() {
            "contact" => wanted.contact = true,
            "member" => wanted.members.extend(value.parse::<i32>().ok()),
            _ => {}
        }
    }
    wanted.members.sort_unstable();
    wanted.members.dedup();
    wanted
}

pub async fn set_attendees(
    state: web::Data<AppState>,
    me: Company,
    chrome: Chrome,
    session: Session,
    meeting: web::Path<i32>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let meeting = MeetingId(meeting.into_inner());
    let wanted = attendance_of(&body);
    let ctx = state.mail();
    let (side, id) = (me.side, me.id);
    let asked = wanted.clone();
    let result = state
        .db(move |c| {
            c.write_tx(|c| {
                if !team::holds_meeting(c, side, id, meeting)? {
                    return Err(AppError::NotFound);
                }
                let now = store::now();
                let (added, dropped) = match team::set_attendance(c, meeting, side, id, &asked, now)
                {
                    Ok(changes) => changes,
                    Err(StoreError::Conflict(_)) => return Ok(Err(text!("err-team-nobody"))),
                    Err(StoreError::NotFound) => return Err(AppError::NotFound),
                    Err(e) => return Err(e.into()),
                };
                for (who, change) in [(&added, Changed::Joined), (&dropped, Changed::Left)] {
                    if who.contact || !who.members.is_empty() {
                        queue_meeting_to_people(c, meeting, side, who, change, &ctx, now)
                            .map_err(AppError::internal)?;
                    }
                }
                Ok(Ok(()))
            })
        })
        .await?;
    match result {
        Ok(()) => {
            session::flash(&session, "success", text!("team-attendees-saved"));
            Ok(see_other(base(side)))
        }
        Err(why) => {
            let (team, _, with, when) = meeting_team(&state, &me, meeting, chrome.t).await?;
            render_with_status(
                &AttendeesPage {
                    error: Some(chrome.t.text(&why)),
                    chrome,
                    base: base(side),
                    meeting,
                    team,
                    attendance: wanted,
                    with,
                    when,
                },
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}
