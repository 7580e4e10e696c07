//! Personal data under PIPA: the privacy notice and its versions, consents, what the
//! service holds about one person (the export), deletion requests, forgetting a person
//! (anonymizing, keeping meetings and outcomes for the report), and the retention
//! purge that the `purge` command and the server's daily job share.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use diesel::dsl::max;
use diesel::prelude::*;
use serde::Serialize;

use super::{DbConnection, StoreError, StoreResult, audit};
use crate::db::schema::{
    buyer_interests, buyers, consents, consultation_days, consultation_tables, deletion_requests,
    expos, meeting_outcomes, meeting_ratings, meeting_requests, meetings, outbox, privacy_notices,
    products, sectors, sign_in_tokens, slots, supplier_markets, supplier_sectors, suppliers,
};
use crate::domain::privacy::{ConsentKind, NoticeInput, deleted_email, deleted_name};
use crate::domain::{OrganizerId, Role};

// ---------------------------------------------------------------- the notice

/// One version of the privacy notice (`version` is its id; the highest is current).
#[derive(Clone, Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = privacy_notices)]
pub struct Notice {
    #[diesel(column_name = id)]
    pub version: i32,
    pub officer_name: String,
    pub officer_email: String,
    pub officer_phone: String,
    pub transfers_abroad: bool,
    pub transfer_country: String,
    pub transfer_recipient: String,
    pub body: String,
    pub created_at: NaiveDateTime,
    #[serde(skip)]
    pub created_by: Option<i32>,
}

/// The current notice. There is always one: the migration writes version 1.
pub fn current_notice(conn: &mut DbConnection) -> QueryResult<Notice> {
    privacy_notices::table
        .select(Notice::as_select())
        .order(privacy_notices::id.desc())
        .first(conn)
}

/// Saves `input` as the next version of the notice, with an audit entry. Everyone who
/// consented to an older version is asked again at their next sign-in.
pub fn save_notice(
    conn: &mut DbConnection,
    organizer: OrganizerId,
    input: &NoticeInput,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    audit::by_organizer(
        conn,
        organizer,
        "privacy.notice_saved",
        ("privacy_notice", None),
        "",
        now,
        |c| {
            diesel::insert_into(privacy_notices::table)
                .values((
                    privacy_notices::officer_name.eq(&input.officer_name),
                    privacy_notices::officer_email.eq(&input.officer_email),
                    privacy_notices::officer_phone.eq(&input.officer_phone),
                    privacy_notices::transfers_abroad.eq(input.transfers_abroad),
                    privacy_notices::transfer_country.eq(&input.transfer_country),
                    privacy_notices::transfer_recipient.eq(&input.transfer_recipient),
                    privacy_notices::body.eq(&input.body),
                    privacy_notices::created_at.eq(now),
                    privacy_notices::created_by.eq(organizer.0),
                ))
                .returning(privacy_notices::id)
                .get_result(c)
        },
    )
}

/// Each expo's name and how long its personal data is kept, for the notice page.
pub fn retention_by_expo(conn: &mut DbConnection) -> QueryResult<Vec<(String, i32)>> {
    expos::table
        .filter(expos::status.ne("draft"))
        .select((expos::name, expos::retention_days))
        .order(expos::id)
        .load(conn)
}

// ---------------------------------------------------------------- consents

/// One consent as recorded.
#[derive(Clone, Debug, Queryable, Serialize)]
pub struct Consent {
    #[serde(skip)]
    pub id: i32,
    pub kind: String,
    pub notice_version: i32,
    pub granted_at: NaiveDateTime,
    pub ip: String,
    pub withdrawn_at: Option<NaiveDateTime>,
}

impl Consent {
    pub fn kind(&self) -> Option<ConsentKind> {
        ConsentKind::parse(&self.kind)
    }

    /// The label for people; a code the program does not know is shown as it is.
    pub fn label(&self) -> &str {
        match self.kind() {
            Some(kind) => kind.label(),
            None => &self.kind,
        }
    }

    pub fn withdrawable(&self) -> bool {
        self.withdrawn_at.is_none() && self.kind().is_some_and(ConsentKind::withdrawable)
    }
}

/// Records that the person gave each of `kinds` to notice `version`, from `ip`, and
/// withdraws an earlier optional consent they did not give again (the form showed it
/// unticked). Runs in the caller's transaction when there is one.
pub fn record_consents(
    conn: &mut DbConnection,
    role: Role,
    person: i32,
    kinds: &[ConsentKind],
    version: i32,
    ip: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    conn.write_tx(|c| {
        for kind in kinds {
            diesel::insert_into(consents::table)
                .values((
                    consents::role.eq(role.as_str()),
                    consents::person_id.eq(person),
                    consents::kind.eq(kind.as_str()),
                    consents::notice_version.eq(version),
                    consents::granted_at.eq(now),
                    consents::ip.eq(ip),
                ))
                .execute(c)?;
        }
        if !kinds.contains(&ConsentKind::Marketing) {
            withdraw(c, role, person, ConsentKind::Marketing, now)?;
        }
        Ok(())
    })
}

/// Every consent the person gave, newest first.
pub fn consents_of(conn: &mut DbConnection, role: Role, person: i32) -> QueryResult<Vec<Consent>> {
    consents::table
        .filter(consents::role.eq(role.as_str()))
        .filter(consents::person_id.eq(person))
        .select((
            consents::id,
            consents::kind,
            consents::notice_version,
            consents::granted_at,
            consents::ip,
            consents::withdrawn_at,
        ))
        .order((consents::granted_at.desc(), consents::id.desc()))
        .load(conn)
}

/// Whether the person must consent (again) before using their pages: they have not
/// consented to collection under the current notice version.
pub fn consent_due(conn: &mut DbConnection, role: Role, person: i32) -> QueryResult<bool> {
    let current = current_notice(conn)?.version;
    let latest: Option<i32> = consents::table
        .filter(consents::role.eq(role.as_str()))
        .filter(consents::person_id.eq(person))
        .filter(consents::kind.eq(ConsentKind::Collection.as_str()))
        .filter(consents::withdrawn_at.is_null())
        .select(max(consents::notice_version))
        .first(conn)?;
    Ok(latest.is_none_or(|v| v < current))
}

/// Withdraws the person's live consents of `kind`; returns how many. The rows stay,
/// as the record of what was given.
pub fn withdraw(
    conn: &mut DbConnection,
    role: Role,
    person: i32,
    kind: ConsentKind,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        consents::table
            .filter(consents::role.eq(role.as_str()))
            .filter(consents::person_id.eq(person))
            .filter(consents::kind.eq(kind.as_str()))
            .filter(consents::withdrawn_at.is_null()),
    )
    .set(consents::withdrawn_at.eq(now))
    .execute(conn)
}

/// Consents for every buyer with a complete profile and every supplier that has none
/// yet, to the current notice, as if given when they registered. Only for the demo
/// expo, whose people never saw a form.
pub fn consent_for_demo(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    let version = current_notice(conn)?.version;
    let with: Vec<(String, i32)> = consents::table
        .select((consents::role, consents::person_id))
        .load(conn)?;
    let buyers_done: Vec<i32> = buyers::table
        .filter(buyers::profile_completed_at.is_not_null())
        .select(buyers::id)
        .load(conn)?;
    let suppliers_all: Vec<i32> = suppliers::table.select(suppliers::id).load(conn)?;
    let mut n = 0;
    conn.write_tx(|c| {
        for (role, ids) in [(Role::Buyer, buyers_done), (Role::Supplier, suppliers_all)] {
            for id in ids {
                if with.iter().any(|(r, p)| r == role.as_str() && *p == id) {
                    continue;
                }
                let kinds = [ConsentKind::Collection, ConsentKind::Provision];
                record_consents(c, role, id, &kinds, version, "", now)?;
                n += 1;
            }
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(n)
}

// ---------------------------------------------------------------- deletion requests

/// Asks the organizer to delete the person's data. Asking twice keeps the first
/// request. Returns the open request's id.
pub fn request_deletion(
    conn: &mut DbConnection,
    role: Role,
    person: i32,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    conn.write_tx(|c| {
        if let Some(open) = open_request(c, role, person)? {
            return Ok(open);
        }
        let id = diesel::insert_into(deletion_requests::table)
            .values((
                deletion_requests::role.eq(role.as_str()),
                deletion_requests::person_id.eq(person),
                deletion_requests::requested_at.eq(now),
            ))
            .returning(deletion_requests::id)
            .get_result(c)?;
        audit::record(
            c,
            &audit::Entry {
                actor_role: role.as_str(),
                actor_id: Some(person),
                action: "privacy.deletion_requested",
                subject_type: role.as_str(),
                subject_id: Some(person),
                detail: "",
            },
            now,
        )?;
        Ok(id)
    })
}

/// The person's open deletion request, if any.
pub fn open_request(conn: &mut DbConnection, role: Role, person: i32) -> QueryResult<Option<i32>> {
    deletion_requests::table
        .filter(deletion_requests::role.eq(role.as_str()))
        .filter(deletion_requests::person_id.eq(person))
        .filter(deletion_requests::done_at.is_null())
        .select(deletion_requests::id)
        .first(conn)
        .optional()
}

/// A deletion request as the organizer's list shows it.
#[derive(Clone, Debug)]
pub struct PendingDeletion {
    pub id: i32,
    pub role: Role,
    pub person_id: i32,
    pub name: String,
    pub expo_name: String,
    pub requested_at: NaiveDateTime,
}

/// Open deletion requests, oldest first, each with whom it concerns.
pub fn pending_deletions(conn: &mut DbConnection) -> QueryResult<Vec<PendingDeletion>> {
    let rows: Vec<(i32, String, i32, NaiveDateTime)> = deletion_requests::table
        .filter(deletion_requests::done_at.is_null())
        .select((
            deletion_requests::id,
            deletion_requests::role,
            deletion_requests::person_id,
            deletion_requests::requested_at,
        ))
        .order(deletion_requests::requested_at)
        .load(conn)?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, role, person_id, requested_at) in rows {
        let Some(role) = Role::parse(&role) else {
            continue;
        };
        let (name, expo_name) = person_name(conn, role, person_id)?.unwrap_or_default();
        out.push(PendingDeletion {
            id,
            role,
            person_id,
            name,
            expo_name,
            requested_at,
        });
    }
    Ok(out)
}

fn person_name(
    conn: &mut DbConnection,
    role: Role,
    id: i32,
) -> QueryResult<Option<(String, String)>> {
    match role {
        Role::Buyer => buyers::table
            .inner_join(expos::table)
            .filter(buyers::id.eq(id))
            .select((buyers::name, expos::name))
            .first(conn)
            .optional(),
        Role::Supplier => suppliers::table
            .inner_join(expos::table)
            .filter(suppliers::id.eq(id))
            .select((suppliers::company_name_en, expos::name))
            .first(conn)
            .optional(),
        Role::Organizer => Ok(None),
    }
}

/// Carries out an open deletion request: forgets the person ([`forget`]), closes the
/// request and records both in the audit log, in one transaction. Errors: `NotFound`
/// for an unknown or already closed request.
pub fn carry_out(
    conn: &mut DbConnection,
    request: i32,
    organizer: OrganizerId,
    now: NaiveDateTime,
) -> StoreResult<()> {
    conn.write_tx(|c| {
        let (role, person): (String, i32) = deletion_requests::table
            .filter(deletion_requests::id.eq(request))
            .filter(deletion_requests::done_at.is_null())
            .select((deletion_requests::role, deletion_requests::person_id))
            .first(c)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let role = Role::parse(&role).ok_or(StoreError::NotFound)?;
        forget(c, role, person, Some(organizer), "deletion request", now)?;
        diesel::update(deletion_requests::table.find(request))
            .set((
                deletion_requests::done_at.eq(now),
                deletion_requests::done_by.eq(organizer.0),
            ))
            .execute(c)?;
        Ok(())
    })
}

// ---------------------------------------------------------------- forgetting

/// Whether the person's personal data was replaced by placeholders.
pub fn is_forgotten(conn: &mut DbConnection, role: Role, id: i32) -> QueryResult<bool> {
    let at: Option<Option<NaiveDateTime>> = match role {
        Role::Buyer => buyers::table
            .find(id)
            .select(buyers::anonymized_at)
            .first(conn)
            .optional()?,
        Role::Supplier => suppliers::table
            .find(id)
            .select(suppliers::anonymized_at)
            .first(conn)
            .optional()?,
        Role::Organizer => None,
    };
    Ok(at.flatten().is_some())
}

/// Forgets a buyer or supplier in one transaction: every personal field becomes a
/// placeholder ("Deleted buyer #12", `deleted-buyer-12@invalid`), free texts they or
/// others wrote about them are emptied, their sign-in links are deleted, their unsent
/// messages are deleted and the bodies of those sent to them emptied, their calendar
/// address stops working, an open deletion request of theirs is closed, and the audit
/// log records it (`actor`: None for the retention purge). Meetings, requests, outcomes, ratings (without their comments),
/// sectors and the buyer's country stay, as anonymous rows, so the organizer's report
/// adds up as before. Returns false, changing nothing, when the person is unknown or
/// already forgotten.
///
/// Server-side sessions are not ended here: the cookie store keeps none.
pub fn forget(
    conn: &mut DbConnection,
    role: Role,
    id: i32,
    actor: Option<OrganizerId>,
    why: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    conn.write_tx(|c| {
        let email: Option<(String, Option<NaiveDateTime>)> = match role {
            Role::Buyer => buyers::table
                .find(id)
                .select((buyers::email, buyers::anonymized_at))
                .first(c)
                .optional()?,
            Role::Supplier => suppliers::table
                .find(id)
                .select((suppliers::email, suppliers::anonymized_at))
                .first(c)
                .optional()?,
            Role::Organizer => None,
        };
        let Some((email, None)) = email else {
            return Ok(false);
        };
        let (name, new_email) = (deleted_name(role, id), deleted_email(role, id));
        let their_meetings: Vec<i32> = match role {
            Role::Buyer => meetings::table
                .filter(meetings::buyer_id.eq(id))
                .select(meetings::id)
                .load(c)?,
            _ => meetings::table
                .filter(meetings::supplier_id.eq(id))
                .select(meetings::id)
                .load(c)?,
        };
        match role {
            Role::Buyer => {
                // Conditional, so that two servers purging at once forget a person once.
                let changed = diesel::update(
                    buyers::table
                        .find(id)
                        .filter(buyers::anonymized_at.is_null()),
                )
                .set((
                    buyers::email.eq(&new_email),
                    buyers::name.eq(&name),
                    buyers::organisation.eq(""),
                    buyers::position_title.eq(""),
                    buyers::looking_for.eq(""),
                    buyers::anonymized_at.eq(now),
                    buyers::updated_at.eq(now),
                ))
                .execute(c)?;
                if changed == 0 {
                    return Ok(false);
                }
                diesel::update(meeting_requests::table.filter(meeting_requests::buyer_id.eq(id)))
                    .set((
                        meeting_requests::message.eq(""),
                        meeting_requests::response_reason.eq(""),
                    ))
                    .execute(c)?;
                diesel::update(
                    meeting_ratings::table
                        .filter(meeting_ratings::meeting_id.eq_any(&their_meetings)),
                )
                .set(meeting_ratings::comment.eq(""))
                .execute(c)?;
            }
            _ => {
                let changed = diesel::update(
                    suppliers::table
                        .find(id)
                        .filter(suppliers::anonymized_at.is_null()),
                )
                .set((
                    suppliers::email.eq(&new_email),
                    suppliers::password_hash.eq(None::<String>),
                    suppliers::company_name_ko.eq(&name),
                    suppliers::company_name_en.eq(&name),
                    suppliers::business_reg_no.eq(format!("deleted-{id}")),
                    suppliers::representative.eq(""),
                    suppliers::contact_name.eq(""),
                    suppliers::phone.eq(""),
                    suppliers::website.eq(""),
                    suppliers::address.eq(""),
                    suppliers::catalogue_url.eq(""),
                    suppliers::pitch.eq(""),
                    suppliers::status_reason.eq(""),
                    suppliers::anonymized_at.eq(now),
                    suppliers::updated_at.eq(now),
                ))
                .execute(c)?;
                if changed == 0 {
                    return Ok(false);
                }
                diesel::delete(products::table.filter(products::supplier_id.eq(id))).execute(c)?;
                diesel::update(
                    meeting_requests::table.filter(meeting_requests::supplier_id.eq(id)),
                )
                .set((
                    meeting_requests::message.eq(""),
                    meeting_requests::response_reason.eq(""),
                ))
                .execute(c)?;
            }
        }
        // Notes about the meeting may name the person; the figures stay.
        diesel::update(
            meeting_outcomes::table.filter(meeting_outcomes::meeting_id.eq_any(&their_meetings)),
        )
        .set(meeting_outcomes::notes.eq(""))
        .execute(c)?;
        diesel::delete(
            sign_in_tokens::table
                .filter(sign_in_tokens::role.eq(role.as_str()))
                .filter(sign_in_tokens::subject_id.eq(id)),
        )
        .execute(c)?;
        diesel::delete(
            outbox::table
                .filter(outbox::to_address.eq(&email))
                .filter(outbox::status.ne("sent")),
        )
        .execute(c)?;
        diesel::update(outbox::table.filter(outbox::to_address.eq(&email)))
            .set((
                outbox::to_address.eq(&new_email),
                outbox::to_name.eq(&name),
                outbox::body_text.eq(""),
                outbox::body_html.eq(None::<String>),
                outbox::calendar_ics.eq(None::<String>),
            ))
            .execute(c)?;
        // Their calendar address and every sign-in end with their data.
        super::feeds::forget(c, role, id)?;
        super::sessions::end_all(c, role, id, None)?;
        // A request still open (the retention purge came first) is answered too.
        diesel::update(
            deletion_requests::table
                .filter(deletion_requests::role.eq(role.as_str()))
                .filter(deletion_requests::person_id.eq(id))
                .filter(deletion_requests::done_at.is_null()),
        )
        .set((
            deletion_requests::done_at.eq(now),
            deletion_requests::done_by.eq(actor.map(|o| o.0)),
        ))
        .execute(c)?;
        audit::record(
            c,
            &audit::Entry {
                actor_role: if actor.is_some() {
                    "organizer"
                } else {
                    "system"
                },
                actor_id: actor.map(|o| o.0),
                action: "privacy.person_forgotten",
                subject_type: role.as_str(),
                subject_id: Some(id),
                detail: why,
            },
            now,
        )?;
        Ok(true)
    })
}

// ---------------------------------------------------------------- retention

/// What a purge did, or with `dry_run` would do.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PurgeReport {
    /// Per expo past its retention period: (expo name, buyers, suppliers) forgotten.
    pub expos: Vec<(String, usize, usize)>,
    /// Delivered messages whose bodies were emptied.
    pub message_bodies: usize,
}

impl PurgeReport {
    pub fn people(&self) -> usize {
        self.expos.iter().map(|(_, b, s)| b + s).sum()
    }

    /// One line per expo and one for the messages, for the command line and the log.
    pub fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .expos
            .iter()
            .map(|(name, b, s)| format!("{name}: {b} buyers and {s} suppliers to anonymize"))
            .collect();
        out.push(format!(
            "{} delivered message bodies to empty",
            self.message_bodies
        ));
        out
    }
}

/// Expos whose retention period has passed at `today`: (id, name), counted from the
/// last consultation day. An expo without days has no end yet and is kept.
fn expired_expos(conn: &mut DbConnection, today: NaiveDate) -> QueryResult<Vec<(i32, String)>> {
    let ends: Vec<(i32, String, i32, Option<NaiveDate>)> = expos::table
        .left_join(consultation_days::table)
        .group_by((expos::id, expos::name, expos::retention_days))
        .select((
            expos::id,
            expos::name,
            expos::retention_days,
            max(consultation_days::day).nullable(),
        ))
        .load(conn)?;
    Ok(ends
        .into_iter()
        .filter_map(|(id, name, days, last)| {
            let last = last?;
            (last + TimeDelta::days(i64::from(days)) < today).then_some((id, name))
        })
        .collect())
}

/// Anonymizes every buyer and supplier of expos past their retention period and
/// empties the bodies of messages delivered more than `sent_mail_days` ago (they hold
/// names and sign-in links). With `dry_run` it only counts and changes nothing. Each
/// forgotten person gets an audit entry (actor "system").
pub fn purge(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    sent_mail_days: u32,
    dry_run: bool,
) -> QueryResult<PurgeReport> {
    let mut report = PurgeReport::default();
    for (expo, name) in expired_expos(conn, now.date())? {
        let buyer_ids: Vec<i32> = buyers::table
            .filter(buyers::expo_id.eq(expo))
            .filter(buyers::anonymized_at.is_null())
            .select(buyers::id)
            .load(conn)?;
        let supplier_ids: Vec<i32> = suppliers::table
            .filter(suppliers::expo_id.eq(expo))
            .filter(suppliers::anonymized_at.is_null())
            .select(suppliers::id)
            .load(conn)?;
        if buyer_ids.is_empty() && supplier_ids.is_empty() {
            continue;
        }
        if !dry_run {
            for id in &buyer_ids {
                forget(conn, Role::Buyer, *id, None, "retention period ended", now)?;
            }
            for id in &supplier_ids {
                forget(
                    conn,
                    Role::Supplier,
                    *id,
                    None,
                    "retention period ended",
                    now,
                )?;
            }
        }
        report
            .expos
            .push((name, buyer_ids.len(), supplier_ids.len()));
    }
    let cutoff = now - TimeDelta::days(i64::from(sent_mail_days));
    let old = outbox::table
        .filter(outbox::status.eq("sent"))
        .filter(outbox::sent_at.lt(cutoff))
        .filter(outbox::body_text.ne("").or(outbox::body_html.is_not_null()));
    report.message_bodies = if dry_run {
        usize::try_from(old.count().get_result::<i64>(conn)?).unwrap_or(usize::MAX)
    } else {
        diesel::update(old)
            .set((
                outbox::body_text.eq(""),
                outbox::body_html.eq(None::<String>),
                outbox::calendar_ics.eq(None::<String>),
            ))
            .execute(conn)?
    };
    Ok(report)
}

// ---------------------------------------------------------------- the export

/// Named values in the order a person reads them; a JSON object in the export.
#[derive(Clone, Debug, Default)]
pub struct Fields(pub Vec<(&'static str, String)>);

impl Serialize for Fields {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (*k, v)))
    }
}

impl Fields {
    fn push(&mut self, name: &'static str, value: impl ToString) {
        self.0.push((name, value.to_string()));
    }

    fn opt<T: ToString>(&mut self, name: &'static str, value: Option<T>) {
        self.push(name, value.map(|v| v.to_string()).unwrap_or_default());
    }

    /// An instant to the second, in UTC (`2026-12-06 19:07:56`), as the page shows it.
    fn time(&mut self, name: &'static str, value: Option<NaiveDateTime>) {
        self.opt(name, value.map(|t| t.format("%Y-%m-%d %H:%M:%S")));
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct MeetingEntry {
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub table: String,
    /// The other party, as shown on the person's agenda.
    pub with: String,
    pub status: String,
    pub cancel_reason: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RequestEntry {
    pub with: String,
    pub requested_by: String,
    pub priority: String,
    pub message: String,
    pub status: String,
    pub created_at: NaiveDateTime,
}

#[derive(Clone, Debug, Serialize)]
pub struct MessageEntry {
    pub subject: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RatingEntry {
    pub meeting_starts_at: NaiveDateTime,
    pub with: String,
    pub rating: i32,
    pub comment: String,
}

/// Everything the service holds about one person, for the "my data" page and its
/// JSON download. Holds no secret: no password hash, sign-in link or calendar token,
/// and messages by subject only (their bodies carry sign-in links).
#[derive(Clone, Debug, Serialize)]
pub struct PersonalData {
    pub role: Role,
    pub id: i32,
    pub expo: String,
    pub exported_at: NaiveDateTime,
    pub profile: Fields,
    pub meetings: Vec<MeetingEntry>,
    pub requests: Vec<RequestEntry>,
    pub ratings: Vec<RatingEntry>,
    pub consents: Vec<Consent>,
    pub messages: Vec<MessageEntry>,
    pub deletion_requested_at: Option<NaiveDateTime>,
}

/// What the service holds about the person. Errors: `NotFound` for an unknown one.
pub fn export(
    conn: &mut DbConnection,
    role: Role,
    id: i32,
    now: NaiveDateTime,
) -> StoreResult<PersonalData> {
    let mut profile = Fields::default();
    let (expo, email) = match role {
        Role::Buyer => {
            #[allow(clippy::type_complexity)]
            let row: (
                String,
                String,
                String,
                String,
                String,
                String,
                String,
                String,
                String,
                bool,
                Option<NaiveDateTime>,
                Option<NaiveDateTime>,
                NaiveDateTime,
                String,
            ) = buyers::table
                .inner_join(expos::table)
                .filter(buyers::id.eq(id))
                .select((
                    buyers::name,
                    buyers::email,
                    buyers::organisation,
                    buyers::position_title,
                    buyers::country,
                    buyers::timezone,
                    buyers::languages,
                    buyers::looking_for,
                    expos::name,
                    buyers::needs_interpreter,
                    buyers::invited_at,
                    buyers::profile_completed_at,
                    buyers::created_at,
                    buyers::email,
                ))
                .first(conn)
                .optional()?
                .ok_or(StoreError::NotFound)?;
            let interests: Vec<String> = buyer_interests::table
                .inner_join(sectors::table)
                .filter(buyer_interests::buyer_id.eq(id))
                .select(sectors::name_en)
                .load(conn)?;
            profile.push("name", &row.0);
            profile.push("email", &row.1);
            profile.push("organisation", &row.2);
            profile.push("position", &row.3);
            profile.push("country", &row.4);
            profile.push("time_zone", &row.5);
            profile.push("languages", &row.6);
            profile.push("looking_for", &row.7);
            profile.push("interests", interests.join(", "));
            profile.push("needs_interpreter", row.9);
            profile.time("invited_at", row.10);
            profile.time("profile_completed_at", row.11);
            profile.time("created_at", Some(row.12));
            (row.8, row.13)
        }
        Role::Supplier => {
            #[allow(clippy::type_complexity)]
            let row: (
                (String, String, String, String, String, String, String),
                (String, String, String, String, Option<i32>, String, String),
                (String, NaiveDateTime, String),
            ) = suppliers::table
                .inner_join(expos::table)
                .filter(suppliers::id.eq(id))
                .select((
                    (
                        suppliers::email,
                        suppliers::company_name_ko,
                        suppliers::company_name_en,
                        suppliers::business_reg_no,
                        suppliers::representative,
                        suppliers::contact_name,
                        suppliers::phone,
                    ),
                    (
                        suppliers::website,
                        suppliers::address,
                        suppliers::company_size,
                        suppliers::languages,
                        suppliers::year_founded,
                        suppliers::catalogue_url,
                        suppliers::pitch,
                    ),
                    (suppliers::status, suppliers::created_at, expos::name),
                ))
                .first(conn)
                .optional()?
                .ok_or(StoreError::NotFound)?;
            let (a, b, c) = row;
            let sector_names: Vec<String> = supplier_sectors::table
                .inner_join(sectors::table)
                .filter(supplier_sectors::supplier_id.eq(id))
                .select(sectors::name_en)
                .load(conn)?;
            let markets: Vec<(String, String)> = supplier_markets::table
                .filter(supplier_markets::supplier_id.eq(id))
                .select((supplier_markets::kind, supplier_markets::country))
                .load(conn)?;
            let product_names: Vec<String> = products::table
                .filter(products::supplier_id.eq(id))
                .select(products::name)
                .order(products::position)
                .load(conn)?;
            let markets_of = |kind: &str| {
                markets
                    .iter()
                    .filter(|(k, _)| k == kind)
                    .map(|(_, c)| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            profile.push("email", &a.0);
            profile.push("company_name_ko", &a.1);
            profile.push("company_name_en", &a.2);
            profile.push("business_registration_number", &a.3);
            profile.push("representative", &a.4);
            profile.push("contact_name", &a.5);
            profile.push("phone", &a.6);
            profile.push("website", &b.0);
            profile.push("address", &b.1);
            profile.push("company_size", &b.2);
            profile.push("languages", &b.3);
            profile.opt("year_founded", b.4);
            profile.push("catalogue_url", &b.5);
            profile.push("pitch", &b.6);
            profile.push("sectors", sector_names.join(", "));
            profile.push("markets_served", markets_of("served"));
            profile.push("target_markets", markets_of("target"));
            profile.push("products", product_names.join(", "));
            profile.push("status", &c.0);
            profile.time("created_at", Some(c.1));
            (c.2, a.0)
        }
        Role::Organizer => return Err(StoreError::NotFound),
    };

    let meetings = meeting_entries(conn, role, id)?;
    let requests = request_entries(conn, role, id)?;
    let ratings = if role == Role::Buyer {
        meetings::table
            .inner_join(meeting_ratings::table)
            .inner_join(slots::table)
            .inner_join(suppliers::table)
            .filter(meetings::buyer_id.eq(id))
            .select((
                slots::starts_at,
                suppliers::company_name_en,
                meeting_ratings::rating,
                meeting_ratings::comment,
            ))
            .order(slots::starts_at)
            .load::<(NaiveDateTime, String, i32, String)>(conn)?
            .into_iter()
            .map(|(meeting_starts_at, with, rating, comment)| RatingEntry {
                meeting_starts_at,
                with,
                rating,
                comment,
            })
            .collect()
    } else {
        Vec::new()
    };
    let messages = outbox::table
        .filter(outbox::to_address.eq(&email))
        .select((
            outbox::subject,
            outbox::status,
            outbox::created_at,
            outbox::sent_at,
        ))
        .order(outbox::id)
        .load::<(String, String, NaiveDateTime, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .map(|(subject, status, created_at, sent_at)| MessageEntry {
            subject,
            status,
            created_at,
            sent_at,
        })
        .collect();
    let deletion_requested_at = deletion_requests::table
        .filter(deletion_requests::role.eq(role.as_str()))
        .filter(deletion_requests::person_id.eq(id))
        .filter(deletion_requests::done_at.is_null())
        .select(deletion_requests::requested_at)
        .first(conn)
        .optional()?;
    Ok(PersonalData {
        role,
        id,
        expo,
        exported_at: now,
        profile,
        meetings,
        requests,
        ratings,
        consents: consents_of(conn, role, id)?,
        messages,
        deletion_requested_at,
    })
}

type MeetingRow = (
    NaiveDateTime,
    NaiveDateTime,
    String,
    String,
    String,
    String,
    String,
    String,
);

fn meeting_entries(conn: &mut DbConnection, role: Role, id: i32) -> QueryResult<Vec<MeetingEntry>> {
    let base = meetings::table
        .inner_join(slots::table)
        .inner_join(consultation_tables::table)
        .inner_join(buyers::table)
        .inner_join(suppliers::table);
    let rows: Vec<MeetingRow> = match role {
        Role::Buyer => base.filter(meetings::buyer_id.eq(id)).into_boxed(),
        _ => base.filter(meetings::supplier_id.eq(id)).into_boxed(),
    }
    .select((
        slots::starts_at,
        slots::ends_at,
        consultation_tables::label,
        buyers::name,
        buyers::organisation,
        suppliers::company_name_en,
        meetings::status,
        meetings::cancel_reason,
    ))
    .order(slots::starts_at)
    .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(starts_at, ends_at, table, buyer, org, supplier, status, cancel_reason)| {
                MeetingEntry {
                    starts_at,
                    ends_at,
                    table,
                    with: if role == Role::Buyer {
                        supplier
                    } else if org.is_empty() {
                        buyer
                    } else {
                        format!("{buyer} ({org})")
                    },
                    status,
                    cancel_reason,
                }
            },
        )
        .collect())
}

fn request_entries(conn: &mut DbConnection, role: Role, id: i32) -> QueryResult<Vec<RequestEntry>> {
    let base = meeting_requests::table
        .inner_join(buyers::table)
        .inner_join(suppliers::table);
    let rows: Vec<(
        String,
        String,
        String,
        String,
        String,
        String,
        NaiveDateTime,
    )> = match role {
        Role::Buyer => base.filter(meeting_requests::buyer_id.eq(id)).into_boxed(),
        _ => base
            .filter(meeting_requests::supplier_id.eq(id))
            .into_boxed(),
    }
    .select((
        buyers::name,
        suppliers::company_name_en,
        meeting_requests::requested_by,
        meeting_requests::priority,
        meeting_requests::message,
        meeting_requests::status,
        meeting_requests::created_at,
    ))
    .order(meeting_requests::created_at)
    .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(buyer, supplier, requested_by, priority, message, status, created_at)| RequestEntry {
                with: if role == Role::Buyer { supplier } else { buyer },
                requested_by,
                priority,
                message,
                status,
                created_at,
            },
        )
        .collect())
}
