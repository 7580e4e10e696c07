//! The privacy notice and its versions, and each expo's retention period for the notice page.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{expos, privacy_notices};
use crate::domain::OrganizerId;
use crate::domain::privacy::NoticeInput;
use crate::domain::status::ExpoStatus;
use crate::store::DbConnection;
use crate::store::audit;

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
        .filter(expos::status.ne(ExpoStatus::Draft))
        .select((expos::name, expos::retention_days))
        .order(expos::id)
        .load(conn)
}
