//! The organizer's pages.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::errors::AppError;
use super::page::{Chrome, render};
use super::session::{self, SignedInOrganizer};
use crate::domain::secrets;
use crate::domain::status::{MessageStatus, SupplierStatus};
use crate::store::{self, expos, outbox};

#[derive(Template)]
#[template(path = "organizer/home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub name: String,
    pub expos: Vec<expos::ExpoSummary>,
}

impl HomePage {
    pub fn dates(&self, e: &expos::ExpoSummary) -> String {
        self.chrome.t.date_range(&e.first_day, &e.last_day)
    }
}

pub async fn home(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let who = me.id;
    let expos = state
        .db(move |c| {
            let standing = store::staff::standing(c, who)?;
            let mut all = expos::summaries(c, false)?;
            all.retain(|e| standing.sees(e.id));
            Ok(all)
        })
        .await?;
    render(&HomePage {
        chrome,
        name: me.name,
        expos,
    })
}

#[derive(Template)]
#[template(path = "organizer/email.html")]
pub struct EmailPage {
    pub chrome: Chrome,
    pub counts: Vec<(MessageStatus, i64)>,
    /// Kind codes present in the outbox, with their labels, by label.
    pub kinds: Vec<(String, String)>,
    pub filter: outbox::MessageFilter,
    pub messages: Vec<outbox::Message>,
    /// How many messages the filter matches.
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

/// Messages per page of the email list.
const EMAIL_PAGE_SIZE: i64 = 50;

impl EmailPage {
    pub fn count(&self, status: &MessageStatus) -> i64 {
        self.counts
            .iter()
            .find(|(s, _)| s == status)
            .map_or(0, |(_, n)| *n)
    }

    pub fn statuses(&self) -> &'static [MessageStatus] {
        MessageStatus::ALL
    }

    pub fn is_filter(&self, status: &MessageStatus) -> bool {
        self.filter.status == Some(*status)
    }

    pub fn is_kind(&self, code: &str) -> bool {
        self.filter.kind.as_deref() == Some(code)
    }

    /// The label of a stored kind code, in the viewer's language.
    pub fn kind_label(&self, code: &str) -> String {
        self.chrome
            .t
            .get(crate::domain::mail_kind::label_key_of(code))
    }

    pub fn filtered(&self) -> bool {
        self.filter != outbox::MessageFilter::default()
    }

    pub fn first_shown(&self) -> i64 {
        (self.page - 1) * EMAIL_PAGE_SIZE + 1
    }

    pub fn last_shown(&self) -> i64 {
        self.first_shown() + self.messages.len() as i64 - 1
    }

    /// This list with `status` as its only status (the other filters kept), page 1.
    pub fn status_link(&self, status: &MessageStatus) -> String {
        let filter = outbox::MessageFilter {
            status: Some(*status),
            ..self.filter.clone()
        };
        email_link(&filter, 1)
    }

    pub fn page_link(&self, page: i64) -> String {
        email_link(&self.filter, page)
    }
}

/// The email list's address for `filter` and `page`.
fn email_link(filter: &outbox::MessageFilter, page: i64) -> String {
    let mut link = url::form_urlencoded::Serializer::new(String::new());
    if !filter.recipient.is_empty() {
        link.append_pair("recipient", &filter.recipient);
    }
    if let Some(kind) = &filter.kind {
        link.append_pair("kind", kind);
    }
    if let Some(status) = filter.status {
        link.append_pair("status", status.code());
    }
    if page > 1 {
        link.append_pair("page", &page.to_string());
    }
    let query = link.finish();
    if query.is_empty() {
        "/organizer/email".to_owned()
    } else {
        format!("/organizer/email?{query}")
    }
}

pub fn short_time(t: &chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// The email list's filters as typed in the address; all optional.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EmailQuery {
    recipient: String,
    kind: String,
    status: String,
    page: String,
}

/// Every message the site has queued: pending, sent, failed with the error; found by
/// recipient, kind and status, a page at a time. A filter value that means nothing
/// is a 400 that says which.
pub async fn email(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    query: web::Query<EmailQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let t = chrome.t;
    let status = match query.status.trim() {
        "" => None,
        s => Some(s.parse::<MessageStatus>().map_err(|_| {
            AppError::BadRequest(t.arg("err-ops-email-status-unknown", "status", s))
        })?),
    };
    let asked_page = match query.page.trim() {
        "" => 1,
        p => p
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=1_000_000).contains(n))
            .ok_or_else(|| AppError::BadRequest(t.get("err-ops-email-page")))?,
    };
    let kind = Some(query.kind.trim().to_owned()).filter(|k| !k.is_empty());
    let filter = outbox::MessageFilter {
        recipient: query.recipient.trim().chars().take(200).collect(),
        kind,
        status,
    };
    let asked = filter.clone();
    let (counts, kinds, page, total, messages) = state
        .db(move |c| {
            let filter = asked;
            let kinds = outbox::kinds(c)?;
            if let Some(k) = &filter.kind
                && !kinds.contains(k)
            {
                return Err(AppError::BadRequest(t.arg(
                    "err-ops-email-kind-unknown",
                    "kind",
                    k.as_str(),
                )));
            }
            let offset = (asked_page - 1) * EMAIL_PAGE_SIZE;
            let (mut messages, total) = outbox::search(c, &filter, offset, EMAIL_PAGE_SIZE)?;
            // Past the end (the list shrank since the link was made): the last page.
            let last = ((total + EMAIL_PAGE_SIZE - 1) / EMAIL_PAGE_SIZE).max(1);
            let page = asked_page.min(last);
            if page != asked_page {
                messages =
                    outbox::search(c, &filter, (page - 1) * EMAIL_PAGE_SIZE, EMAIL_PAGE_SIZE)?.0;
            }
            Ok((
                outbox::counts(c)?,
                kinds,
                page,
                total,
                messages.into_iter().map(redacted).collect::<Vec<_>>(),
            ))
        })
        .await?;
    let kinds = t.sorted(
        kinds
            .into_iter()
            .map(|code| {
                let label = t.get(crate::domain::mail_kind::label_key_of(&code));
                (code, label)
            })
            .collect(),
    );
    render(&EmailPage {
        pages: ((total + EMAIL_PAGE_SIZE - 1) / EMAIL_PAGE_SIZE).max(1),
        chrome,
        counts,
        kinds,
        filter,
        messages,
        total,
        page,
    })
}

#[derive(Template)]
#[template(path = "organizer/email_message.html")]
pub struct EmailMessagePage {
    pub chrome: Chrome,
    pub msg: outbox::Message,
}

impl EmailMessagePage {
    pub fn kind_label(&self) -> String {
        self.chrome
            .t
            .get(crate::domain::mail_kind::label_key_of(&self.msg.kind))
    }
}

/// A message as staff may see it (see [`redacted`]).
async fn load_message(state: &AppState, id: i32) -> Result<outbox::Message, AppError> {
    state
        .db(move |c| outbox::get(c, id)?.map(redacted).ok_or(AppError::NotFound))
        .await
}

/// One message as it was sent: headers, both bodies, the calendar part.
pub async fn email_message(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let msg = load_message(&state, id.into_inner()).await?;
    render(&EmailMessagePage { chrome, msg })
}

/// The HTML body on its own, for the preview frame: no scripts, nothing loaded from
/// this site, only shown inside our own pages.
pub async fn email_html(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let msg = load_message(&state, id.into_inner()).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'self'; sandbox",
        ))
        .insert_header(("X-Frame-Options", "SAMEORIGIN"))
        .body(msg.body_html.unwrap_or_default()))
}

/// Everything shown to staff of a message, with its secret links hidden: a message
/// holds the recipient's one-time links (sign-in, invitation, password reset, email
/// verification, calendar feed), and whoever reads the page must not be able to use them.
fn redacted(mut msg: outbox::Message) -> outbox::Message {
    let hide = |s: &str| secrets::redact(s).into_owned();
    msg.subject = hide(&msg.subject);
    msg.body_text = hide(&msg.body_text);
    msg.body_html = msg.body_html.as_deref().map(hide);
    msg.calendar_ics = msg.calendar_ics.as_deref().map(hide);
    msg.last_error = hide(&msg.last_error);
    msg
}

/// The calendar file attached to a message.
pub async fn email_calendar(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let msg = load_message(&state, id.into_inner()).await?;
    let ics = msg.calendar_ics.ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("Content-Disposition", "attachment; filename=\"invite.ics\""))
        .body(ics))
}

/// Sends a message again (a sent one as a copy).
pub async fn email_resend(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let queued = state
        .db(move |c| Ok(outbox::resend(c, id, store::now())?))
        .await?;
    session::flash(&session, "success", crate::text!("org-flash-email-resent"));
    Ok(super::public::see_other(&format!(
        "/organizer/email/{queued}"
    )))
}

// ------------------------------------------------------------------ supplier approvals

#[derive(Template)]
#[template(path = "organizer/suppliers.html")]
pub struct SuppliersPage {
    pub chrome: Chrome,
    pub status: SupplierStatus,
    pub counts: Vec<(SupplierStatus, i64)>,
    pub registrations: Vec<store::approvals::Registration>,
    /// What the viewer may reach: a co-host's staff decide only on their agency's
    /// suppliers and on waiting ones no agency has claimed.
    pub standing: store::staff::Standing,
}

impl SuppliersPage {
    /// Whether the viewer may approve or reject this registration (the same rule
    /// as `web::staff::guard`'s, so no button leads to a refusal).
    pub fn may_decide(&self, r: &store::approvals::Registration) -> bool {
        if self.standing.site_admin {
            return true;
        }
        let Some(post) = self.standing.on(r.expo) else {
            return false;
        };
        let scope = store::staff::SupplierScope {
            expo: r.expo,
            supplier: r.id,
            cohost: r.cohost,
            status: r.status,
        };
        crate::domain::staff::allows(
            post.role,
            "POST",
            "/organizer/suppliers/{id}/decide",
            store::staff::in_scope(post.cohost, &scope),
        )
    }

    /// Whether the viewer may reject it: a co-host's staff may only approve (claim) a
    /// registration no agency has claimed.
    pub fn may_reject(&self, r: &store::approvals::Registration) -> bool {
        self.may_decide(r)
            && (self.standing.site_admin
                || r.cohost.is_some()
                || self.standing.on(r.expo).is_some_and(|p| p.cohost.is_none()))
    }

    /// The tabs, in the order the queue is worked.
    pub fn statuses(&self) -> [SupplierStatus; 4] {
        [
            SupplierStatus::Pending,
            SupplierStatus::Approved,
            SupplierStatus::Rejected,
            SupplierStatus::Unverified,
        ]
    }

    pub fn count(&self, status: &SupplierStatus) -> i64 {
        self.counts
            .iter()
            .find(|(s, _)| s == status)
            .map_or(0, |(_, n)| *n)
    }
}

#[derive(Deserialize)]
pub struct StatusQuery {
    status: Option<String>,
}

/// Registrations by status; pending first, oldest first.
pub async fn suppliers(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    query: web::Query<StatusQuery>,
) -> Result<HttpResponse, AppError> {
    let status = query.into_inner().status.filter(|s| !s.is_empty()).map_or(
        Ok(SupplierStatus::Pending),
        |s| {
            s.parse::<SupplierStatus>().map_err(|_| {
                AppError::BadRequest(format!("there is no registration status called {s:?}"))
            })
        },
    )?;
    let who = _me.id;
    let (counts, registrations, standing) = state
        .db(move |c| {
            let standing = store::staff::standing(c, who)?;
            let mut registrations = store::approvals::by_status(c, status)?;
            if standing.site_admin {
                return Ok((store::approvals::counts(c)?, registrations, standing));
            }
            // Staff see the registrations of their own expos only.
            registrations.retain(|r| standing.sees(r.expo));
            let mut counts = Vec::new();
            for s in SupplierStatus::ALL {
                let n = store::approvals::by_status(c, *s)?
                    .iter()
                    .filter(|r| standing.sees(r.expo))
                    .count();
                counts.push((*s, i64::try_from(n).unwrap_or(i64::MAX)));
            }
            Ok((counts, registrations, standing))
        })
        .await?;
    render(&SuppliersPage {
        chrome,
        status,
        counts,
        registrations,
        standing,
    })
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

/// Approves or rejects a registration; a rejection needs the reason the supplier
/// will read. The supplier is emailed either way.
pub async fn decide_supplier(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    session: Session,
    id: web::Path<i32>,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let supplier = crate::domain::SupplierId(id.into_inner());
    let approve = match form.decision.as_str() {
        "approve" => true,
        "reject" => false,
        other => {
            return Err(AppError::BadRequest(format!(
                "the decision must be approve or reject, not {other:?}"
            )));
        }
    };
    let reason = form.reason.trim().to_owned();
    if !approve && (reason.is_empty() || reason.chars().count() > 1000) {
        session::flash(&session, "error", crate::text!("err-setup-reject-reason"));
        return Ok(super::public::see_other("/organizer/suppliers"));
    }
    let ctx = state.mail();
    let organizer = me.id;
    state
        .db(move |c| {
            // A co-host's staff approving a supplier claims it for their agency, in the
            // decision's transaction.
            let standing = store::staff::standing(c, organizer)?;
            let scope = store::staff::supplier_scope(c, supplier)?;
            let cohost = scope
                .and_then(|scope| standing.on(scope.expo))
                .and_then(|post| post.cohost)
                .filter(|_| !standing.site_admin);
            // A co-host may approve (and so claim) a registration no agency has
            // claimed, never reject one: that is its organizers' or its agency's call.
            if cohost.is_some() && !approve && scope.is_some_and(|s| s.cohost.is_none()) {
                return Err(AppError::Forbidden("errpage-staff-refused"));
            }
            let claim = cohost.filter(|_| approve);
            c.write_tx(|c| {
                crate::flows::approvals::decide(
                    c,
                    supplier,
                    approve,
                    &reason,
                    organizer,
                    &ctx,
                    store::now(),
                )
                .map_err(|e| match e {
                    crate::flows::approvals::DecisionError::Store(s) => AppError::from(s),
                    other => AppError::internal(other),
                })?;
                if let Some(cohost) = claim
                    && !store::staff::claim_supplier(c, supplier, cohost)?
                {
                    // Another agency claimed it a moment ago: nothing is decided.
                    return Err(AppError::Forbidden("errpage-staff-claimed"));
                }
                Ok(())
            })
        })
        .await?;
    session::flash(
        &session,
        "success",
        if approve {
            crate::text!("org-flash-approved")
        } else {
            crate::text!("org-flash-rejected")
        },
    );
    Ok(super::public::see_other("/organizer/suppliers"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditQuery {
    action: String,
}

#[derive(Template)]
#[template(path = "organizer/audit.html")]
pub struct AuditPage {
    pub chrome: Chrome,
    pub action: String,
    pub lines: Vec<store::audit::Line>,
}

/// Kinds of action the filter offers, by prefix, with the catalogue key of their label.
pub const AUDIT_FILTERS: [(&str, &str); 9] = [
    ("", "org-audit-filter-all"),
    ("expo.", "org-audit-filter-expo"),
    ("day.", "org-audit-filter-days"),
    ("table", "org-audit-filter-tables"),
    ("buyer", "org-audit-filter-buyers"),
    ("supplier.", "org-audit-filter-suppliers"),
    ("meeting.", "org-audit-filter-meetings"),
    ("privacy.", "org-audit-filter-privacy"),
    ("staff.", "org-audit-filter-staff"),
];

/// Who changed what and when, newest first (the latest 500 entries).
pub async fn audit(
    state: web::Data<AppState>,
    _me: SignedInOrganizer,
    chrome: Chrome,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    let action = query.into_inner().action;
    if !AUDIT_FILTERS.iter().any(|(prefix, _)| *prefix == action) {
        return Err(AppError::BadRequest(format!(
            "there is no audit filter called {action:?}"
        )));
    }
    let prefix = action.clone();
    let lines = state
        .db(move |c| Ok(store::audit::recent(c, &prefix, 500)?))
        .await?
        .into_iter()
        .map(|mut line| {
            line.detail = secrets::redact(&line.detail).into_owned();
            line
        })
        .collect();
    render(&AuditPage {
        chrome,
        action,
        lines,
    })
}

impl AuditPage {
    pub fn filters(&self) -> &'static [(&'static str, &'static str)] {
        &AUDIT_FILTERS
    }

    /// An entry's detail as people read it: a staff change names the person and the
    /// role, stored as `email|role code`, in the viewer's language.
    pub fn detail(&self, line: &store::audit::Line) -> String {
        if line.action.starts_with("staff.")
            && let Some((who, code)) = line.detail.split_once('|')
        {
            return match code.parse::<crate::domain::status::StaffRole>() {
                Ok(role) => format!("{who} · {}", self.chrome.t.label(&role)),
                Err(_) => who.to_owned(),
            };
        }
        line.detail.clone()
    }

    /// Who acted, by role, in the viewer's language (a role we do not know as stored).
    pub fn role(&self, role: &str) -> String {
        match role {
            "organizer" => self.chrome.t.label(&crate::domain::Role::Organizer),
            "supplier" => self.chrome.t.label(&crate::domain::Role::Supplier),
            "buyer" => self.chrome.t.label(&crate::domain::Role::Buyer),
            other => other.to_owned(),
        }
    }
}

// ------------------------------------------------------------------ staff

#[derive(Template)]
#[template(path = "organizer/staff.html")]
pub struct StaffPage {
    pub chrome: Chrome,
    pub me: i32,
    /// Each organizer and how many live sign-ins they have.
    pub staff: Vec<(store::organizers::StaffRow, i64)>,
}

/// Every organizer and their live sign-ins.
pub async fn staff(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    chrome: Chrome,
) -> Result<HttpResponse, AppError> {
    let limits = state.settings.sessions;
    let staff = state
        .db(move |c| {
            let now = store::now();
            store::organizers::all(c)?
                .into_iter()
                .map(|row| {
                    let n = store::sessions::count_for(
                        c,
                        crate::domain::Role::Organizer,
                        row.id,
                        limits,
                        now,
                    )?;
                    Ok((row, n))
                })
                .collect::<Result<Vec<_>, diesel::result::Error>>()
                .map_err(AppError::from)
        })
        .await?;
    render(&StaffPage {
        chrome,
        me: me.id.0,
        staff,
    })
}

/// Ends every sign-in of an organizer (one's own: every other one).
pub async fn end_staff_sign_ins(
    state: web::Data<AppState>,
    me: SignedInOrganizer,
    req: actix_web::HttpRequest,
    session: Session,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let target = crate::domain::OrganizerId(id.into_inner());
    let keep = session::identity(&req)
        .and_then(|who| who.key_hash())
        .ok_or(AppError::Forbidden("Sign in again to do this."))?;
    let ended = state
        .db(move |c| {
            Ok(store::sessions::end_all_of_organizer(
                c,
                me.id,
                target,
                &keep,
                store::now(),
            )?)
        })
        .await?;
    session::flash(
        &session,
        "success",
        crate::text!("org-flash-staff-sign-ins-ended", count = ended),
    );
    Ok(super::public::see_other("/organizer/staff"))
}
