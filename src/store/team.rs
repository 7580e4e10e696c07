//! The people of a supplier or buyer company. The account itself is the primary
//! contact (its email and name); colleagues are team members who sign in by link,
//! manage the company's agenda and get the messages of the meetings they attend.
//! Each meeting names who of each side attends: the primary contact unless they were
//! taken off it, and the members listed in `meeting_attendees`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{StoreError, StoreResult};
use crate::db::DbConnection;
use crate::db::schema::{buyers, meeting_attendees, meetings, suppliers, team_members as tm};
use crate::domain::{EmailAddress, ExpoId, MeetingId, Role};
use crate::i18n::Locale;

/// A current team member.
#[derive(Clone, Debug, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = tm)]
pub struct Member {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub title: String,
}

/// A company's people: its primary contact and its current team members.
#[derive(Clone, Debug)]
pub struct Team {
    pub expo: ExpoId,
    pub company_name: String,
    pub contact_name: String,
    pub contact_email: String,
    pub members: Vec<Member>,
}

/// The primary contact's name and email, the company's name and its expo.
fn contact(
    conn: &mut DbConnection,
    side: Role,
    company: i32,
) -> QueryResult<Option<(String, String, String, i32)>> {
    match side {
        Role::Supplier => suppliers::table
            .find(company)
            .filter(suppliers::anonymized_at.is_null())
            .select((
                suppliers::contact_name,
                suppliers::email,
                suppliers::company_name_en,
                suppliers::expo_id,
            ))
            .first(conn)
            .optional(),
        Role::Buyer => buyers::table
            .find(company)
            .filter(buyers::anonymized_at.is_null())
            .select((
                buyers::name,
                buyers::email,
                buyers::organisation,
                buyers::expo_id,
            ))
            .first(conn)
            .optional(),
        Role::Organizer => Ok(None),
    }
}

/// The company's current members, by name.
pub fn members(conn: &mut DbConnection, side: Role, company: i32) -> QueryResult<Vec<Member>> {
    tm::table
        .filter(tm::side.eq(side.as_str()))
        .filter(tm::company_id.eq(company))
        .filter(tm::removed_at.is_null())
        .order((tm::name, tm::id))
        .select(Member::as_select())
        .load(conn)
}

/// The company's people; `None` for an unknown or deleted company.
pub fn team(conn: &mut DbConnection, side: Role, company: i32) -> StoreResult<Option<Team>> {
    let Some((contact_name, contact_email, company_name, expo)) = contact(conn, side, company)?
    else {
        return Ok(None);
    };
    Ok(Some(Team {
        expo: ExpoId(expo),
        company_name,
        contact_name,
        contact_email,
        members: members(conn, side, company)?,
    }))
}

/// One current member of this company.
pub fn member(
    conn: &mut DbConnection,
    side: Role,
    company: i32,
    member: i32,
) -> QueryResult<Option<Member>> {
    tm::table
        .find(member)
        .filter(tm::side.eq(side.as_str()))
        .filter(tm::company_id.eq(company))
        .filter(tm::removed_at.is_null())
        .select(Member::as_select())
        .first(conn)
        .optional()
}

/// Whose a member is (side and company), current or not: the sign-in link's holder.
pub fn whose(conn: &mut DbConnection, member: i32) -> QueryResult<Option<(Role, i32, Member)>> {
    let row: Option<(String, i32, Member)> = tm::table
        .find(member)
        .filter(tm::removed_at.is_null())
        .select((tm::side, tm::company_id, Member::as_select()))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(side, company, m)| Role::parse(&side).map(|side| (side, company, m))))
}

/// A new colleague, as typed and checked.
pub struct NewMember<'a> {
    pub email: &'a EmailAddress,
    pub name: &'a str,
    pub title: &'a str,
}

/// Adds a colleague to the company, audited. Errors: `NotFound` for an unknown company,
/// `Conflict` when the email is the primary contact's or a current member's.
pub fn add(
    conn: &mut DbConnection,
    side: Role,
    company: i32,
    new: &NewMember<'_>,
    locale: Option<Locale>,
    now: NaiveDateTime,
) -> StoreResult<Member> {
    let (_, contact_email, _, _) = contact(conn, side, company)?.ok_or(StoreError::NotFound)?;
    if contact_email.eq_ignore_ascii_case(new.email.as_str()) {
        return Err(StoreError::Conflict("err-team-is-contact".into()));
    }
    let id: i32 = diesel::insert_into(tm::table)
        .values((
            tm::side.eq(side.as_str()),
            tm::company_id.eq(company),
            tm::email.eq(new.email.as_str()),
            tm::name.eq(new.name),
            tm::title.eq(new.title),
            tm::locale.eq(locale.map(Locale::code)),
            tm::created_at.eq(now),
        ))
        .returning(tm::id)
        .get_result(conn)
        .map_err(|e| StoreError::from_unique(e, "err-team-already"))?;
    super::audit::record(
        conn,
        &super::audit::Entry {
            actor_role: side.as_str(),
            actor_id: Some(company),
            action: "team.add",
            subject_type: side.as_str(),
            subject_id: Some(company),
            detail: new.email.as_str(),
        },
        now,
    )?;
    Ok(Member {
        id,
        name: new.name.to_owned(),
        email: new.email.as_str().to_owned(),
        title: new.title.to_owned(),
    })
}

/// Takes a member off the company: ends their sessions, takes them off every meeting
/// still to come (returned, to tell them), audited. Their row stays for the record.
/// Errors: `NotFound` when they are not a current member of this company.
pub fn remove(
    conn: &mut DbConnection,
    side: Role,
    company: i32,
    member: i32,
    now: NaiveDateTime,
) -> StoreResult<(Member, Vec<MeetingId>)> {
    let gone = self::member(conn, side, company, member)?.ok_or(StoreError::NotFound)?;
    diesel::update(tm::table.find(member))
        .set(tm::removed_at.eq(now))
        .execute(conn)?;
    super::sessions::end_member(conn, member)?;
    let upcoming: Vec<i32> = meeting_attendees::table
        .inner_join(meetings::table.inner_join(crate::db::schema::slots::table))
        .filter(meeting_attendees::member_id.eq(member))
        .filter(crate::db::schema::slots::starts_at.gt(now))
        .filter(meetings::status.eq_any(crate::domain::status::MeetingStatus::LIVE))
        .select(meeting_attendees::meeting_id)
        .load(conn)?;
    diesel::delete(
        meeting_attendees::table
            .filter(meeting_attendees::member_id.eq(member))
            .filter(meeting_attendees::meeting_id.eq_any(&upcoming)),
    )
    .execute(conn)?;
    super::audit::record(
        conn,
        &super::audit::Entry {
            actor_role: side.as_str(),
            actor_id: Some(company),
            action: "team.remove",
            subject_type: side.as_str(),
            subject_id: Some(company),
            detail: &gone.email,
        },
        now,
    )?;
    Ok((gone, upcoming.into_iter().map(MeetingId).collect()))
}

/// A member's language: stored, or `fallback` stored now (their first sign-in).
pub fn language(conn: &mut DbConnection, member: i32, fallback: Locale) -> StoreResult<Locale> {
    let stored: Option<Option<String>> = tm::table
        .find(member)
        .select(tm::locale)
        .first(conn)
        .optional()?;
    if let Some(locale) = stored.flatten().as_deref().and_then(Locale::parse) {
        return Ok(locale);
    }
    set_language(conn, member, fallback)?;
    Ok(fallback)
}

/// Stores a member's language (the language switcher, signed in as the member).
pub fn set_language(conn: &mut DbConnection, member: i32, locale: Locale) -> StoreResult<()> {
    diesel::update(tm::table.find(member))
        .set(tm::locale.eq(Some(locale.code())))
        .execute(conn)?;
    Ok(())
}

/// Current members with this email, with their company's side, id, expo: whom a
/// link asked for on the sign-in page goes to.
pub fn by_email(
    conn: &mut DbConnection,
    email: &EmailAddress,
) -> QueryResult<Vec<(i32, String, Role, i32)>> {
    let rows: Vec<(i32, String, String, i32)> = tm::table
        .filter(tm::email.eq(email.as_str()))
        .filter(tm::removed_at.is_null())
        .select((tm::id, tm::name, tm::side, tm::company_id))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, name, side, company)| Role::parse(&side).map(|s| (id, name, s, company)))
        .collect())
}

/// Who of one side attends a meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendance {
    pub contact: bool,
    /// Member ids, ascending.
    pub members: Vec<i32>,
}

/// Who of `side` attends `meeting` (members of that side's company only).
pub fn attendance(
    conn: &mut DbConnection,
    meeting: MeetingId,
    side: Role,
) -> QueryResult<Attendance> {
    let contact: bool = match side {
        Role::Supplier => meetings::table
            .find(meeting.0)
            .select(meetings::supplier_contact_attends)
            .first(conn)?,
        _ => meetings::table
            .find(meeting.0)
            .select(meetings::buyer_contact_attends)
            .first(conn)?,
    };
    let members = meeting_attendees::table
        .inner_join(tm::table)
        .filter(meeting_attendees::meeting_id.eq(meeting.0))
        .filter(tm::side.eq(side.as_str()))
        .order(tm::id)
        .select(tm::id)
        .load(conn)?;
    Ok(Attendance { contact, members })
}

/// One person a meeting's messages go to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    /// `None`: the primary contact.
    pub member: Option<i32>,
    pub name: String,
    pub email: String,
    /// A member's own language (the contact's is the company's).
    pub locale: Option<Locale>,
}

/// The people of `side` who attend `meeting`, primary contact first.
pub fn attendees(
    conn: &mut DbConnection,
    meeting: MeetingId,
    side: Role,
    company: i32,
) -> QueryResult<Vec<Attendee>> {
    let who = attendance(conn, meeting, side)?;
    people(conn, side, company, &who)
}

/// These people of a company (the primary contact when `who.contact`, and the listed
/// members, removed ones too): whom to tell that they were added to a meeting or
/// taken off it.
pub fn people(
    conn: &mut DbConnection,
    side: Role,
    company: i32,
    who: &Attendance,
) -> QueryResult<Vec<Attendee>> {
    let mut out = Vec::new();
    if who.contact
        && let Some((contact_name, email, company_name, _)) = contact(conn, side, company)?
    {
        // As the meeting messages greet them: a buyer by name, a supplier company
        // by its name.
        let name = if side == Role::Buyer {
            contact_name
        } else {
            company_name
        };
        out.push(Attendee {
            member: None,
            name,
            email,
            locale: None,
        });
    }
    let rows: Vec<(i32, String, String, Option<String>)> = tm::table
        .filter(tm::id.eq_any(&who.members))
        .filter(tm::side.eq(side.as_str()))
        .filter(tm::company_id.eq(company))
        .order(tm::id)
        .select((tm::id, tm::name, tm::email, tm::locale))
        .load(conn)?;
    out.extend(rows.into_iter().map(|(id, name, email, locale)| Attendee {
        member: Some(id),
        name,
        email,
        locale: locale.as_deref().and_then(Locale::parse),
    }));
    Ok(out)
}

/// Sets who of `side` attends `meeting`; `members` must be current members of the
/// company and someone must attend. Returns who was added and who was taken off (to
/// tell them). Errors: `Conflict` with nobody left, `NotFound` for a member not of
/// this company.
pub fn set_attendance(
    conn: &mut DbConnection,
    meeting: MeetingId,
    side: Role,
    company: i32,
    wanted: &Attendance,
    now: NaiveDateTime,
) -> StoreResult<(Attendance, Attendance)> {
    if !wanted.contact && wanted.members.is_empty() {
        return Err(StoreError::Conflict("err-team-nobody".into()));
    }
    let current: Vec<i32> = members(conn, side, company)?.iter().map(|m| m.id).collect();
    if wanted.members.iter().any(|m| !current.contains(m)) {
        return Err(StoreError::NotFound);
    }
    let before = attendance(conn, meeting, side)?;
    match side {
        Role::Supplier => diesel::update(meetings::table.find(meeting.0))
            .set(meetings::supplier_contact_attends.eq(wanted.contact))
            .execute(conn)?,
        _ => diesel::update(meetings::table.find(meeting.0))
            .set(meetings::buyer_contact_attends.eq(wanted.contact))
            .execute(conn)?,
    };
    let added: Vec<i32> = wanted
        .members
        .iter()
        .copied()
        .filter(|m| !before.members.contains(m))
        .collect();
    let dropped: Vec<i32> = before
        .members
        .iter()
        .copied()
        .filter(|m| !wanted.members.contains(m))
        .collect();
    diesel::delete(
        meeting_attendees::table
            .filter(meeting_attendees::meeting_id.eq(meeting.0))
            .filter(meeting_attendees::member_id.eq_any(&dropped)),
    )
    .execute(conn)?;
    for m in &added {
        diesel::insert_into(meeting_attendees::table)
            .values((
                meeting_attendees::meeting_id.eq(meeting.0),
                meeting_attendees::member_id.eq(m),
            ))
            .execute(conn)?;
    }
    // Who attends now, by email (the contact's and each colleague's).
    let mut detail: Vec<String> = Vec::new();
    if wanted.contact
        && let Some((_, email, _, _)) = contact(conn, side, company)?
    {
        detail.push(email);
    }
    detail.extend(
        members(conn, side, company)?
            .into_iter()
            .filter(|m| wanted.members.contains(&m.id))
            .map(|m| m.email),
    );
    let detail = detail.join(" ");
    super::audit::record(
        conn,
        &super::audit::Entry {
            actor_role: side.as_str(),
            actor_id: Some(company),
            action: "meeting.attendees",
            subject_type: "meeting",
            subject_id: Some(meeting.0),
            detail: &detail,
        },
        now,
    )?;
    Ok((
        Attendance {
            contact: wanted.contact && !before.contact,
            members: added,
        },
        Attendance {
            contact: before.contact && !wanted.contact,
            members: dropped,
        },
    ))
}

/// Whether `meeting` is a live meeting of this company.
pub fn holds_meeting(
    conn: &mut DbConnection,
    side: Role,
    company: i32,
    meeting: MeetingId,
) -> QueryResult<bool> {
    let q = meetings::table
        .find(meeting.0)
        .filter(meetings::status.eq_any(crate::domain::status::MeetingStatus::LIVE))
        .into_boxed();
    let q = match side {
        Role::Supplier => q.filter(meetings::supplier_id.eq(company)),
        _ => q.filter(meetings::buyer_id.eq(company)),
    };
    Ok(q.count().get_result::<i64>(conn)? > 0)
}

/// What a company's agenda says of one meeting beside its facts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeetingNote {
    /// Who of the company attends, by name (empty for a company without members,
    /// where it goes without saying).
    pub attendees: Vec<String>,
    /// The staff member who last changed it for the company.
    pub done_by: Option<String>,
}

/// The notes of these meetings of a company, by meeting id. Four queries.
pub fn notes(
    conn: &mut DbConnection,
    side: Role,
    company: i32,
    meeting_ids: &[i32],
) -> StoreResult<std::collections::HashMap<i32, MeetingNote>> {
    use crate::db::schema::organizers;
    type Row = (i32, bool, bool, Option<i32>, Option<String>);
    let rows: Vec<Row> = meetings::table
        .filter(meetings::id.eq_any(meeting_ids))
        .select((
            meetings::id,
            meetings::supplier_contact_attends,
            meetings::buyer_contact_attends,
            meetings::arranged_by,
            meetings::arranged_for,
        ))
        .load(conn)?;
    let staff: Vec<i32> = rows
        .iter()
        .filter(|r| r.4.as_deref() == Some(side.as_str()))
        .filter_map(|r| r.3)
        .collect();
    let staff_names: std::collections::HashMap<i32, String> = organizers::table
        .filter(organizers::id.eq_any(&staff))
        .select((organizers::id, organizers::name))
        .load(conn)?
        .into_iter()
        .collect();
    let has_team = !members(conn, side, company)?.is_empty();
    let contact_name = match contact(conn, side, company)? {
        Some((name, ..)) => name,
        None => String::new(),
    };
    let mut attending: std::collections::HashMap<i32, Vec<String>> = Default::default();
    if has_team {
        let pairs: Vec<(i32, String)> = meeting_attendees::table
            .inner_join(tm::table)
            .filter(meeting_attendees::meeting_id.eq_any(meeting_ids))
            .filter(tm::side.eq(side.as_str()))
            .order((meeting_attendees::meeting_id, tm::name))
            .select((meeting_attendees::meeting_id, tm::name))
            .load(conn)?;
        for (meeting, name) in pairs {
            attending.entry(meeting).or_default().push(name);
        }
    }
    Ok(rows
        .into_iter()
        .map(|(id, supplier_contact, buyer_contact, by, for_side)| {
            let contact_attends = match side {
                Role::Supplier => supplier_contact,
                _ => buyer_contact,
            };
            let mut attendees = Vec::new();
            if has_team {
                if contact_attends {
                    attendees.push(contact_name.clone());
                }
                attendees.extend(attending.remove(&id).unwrap_or_default());
            }
            let done_by = by
                .filter(|_| for_side.as_deref() == Some(side.as_str()))
                .and_then(|b| staff_names.get(&b).cloned());
            (id, MeetingNote { attendees, done_by })
        })
        .collect())
}

/// Forgets the people of a company being forgotten (`privacy::forget`): each member's
/// name, email and title are replaced, their links deleted, their unsent messages
/// dropped and their sent ones emptied, and who attended which meeting, with the
/// audit details that named them by email, left blank. The rows stay, anonymous.
pub fn forget(conn: &mut DbConnection, side: Role, company: i32) -> QueryResult<usize> {
    use crate::db::schema::{audit_log, outbox, sign_in_tokens};
    use crate::domain::status::MessageStatus;
    let people: Vec<(i32, String)> = tm::table
        .filter(tm::side.eq(side.as_str()))
        .filter(tm::company_id.eq(company))
        .select((tm::id, tm::email))
        .load(conn)?;
    for (id, email) in &people {
        let gone = format!("deleted-member-{id}@deleted.invalid");
        diesel::delete(
            sign_in_tokens::table
                .filter(sign_in_tokens::role.eq(side.as_str()))
                .filter(sign_in_tokens::subject_id.eq(id))
                .filter(sign_in_tokens::purpose.like("member%")),
        )
        .execute(conn)?;
        diesel::delete(
            outbox::table
                .filter(outbox::to_address.eq(email))
                .filter(outbox::status.ne(MessageStatus::Sent)),
        )
        .execute(conn)?;
        diesel::update(outbox::table.filter(outbox::to_address.eq(email)))
            .set((
                outbox::to_address.eq(&gone),
                outbox::to_name.eq(""),
                outbox::body_text.eq(""),
                outbox::body_html.eq(None::<String>),
                outbox::calendar_ics.eq(None::<String>),
            ))
            .execute(conn)?;
        diesel::delete(meeting_attendees::table.filter(meeting_attendees::member_id.eq(id)))
            .execute(conn)?;
        diesel::update(tm::table.find(id))
            .set((
                tm::email.eq(&gone),
                tm::name.eq(""),
                tm::title.eq(""),
                tm::locale.eq(None::<String>),
            ))
            .execute(conn)?;
    }
    diesel::update(
        audit_log::table
            .filter(audit_log::actor_role.eq(side.as_str()))
            .filter(audit_log::actor_id.eq(company))
            .filter(
                audit_log::action
                    .like("team.%")
                    .or(audit_log::action.eq("meeting.attendees")),
            ),
    )
    .set(audit_log::detail.eq(""))
    .execute(conn)?;
    Ok(people.len())
}
