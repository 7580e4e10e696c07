//! The retention purge shared by the `purge` command and the server's daily job.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use diesel::dsl::max;
use diesel::prelude::*;
use serde::Serialize;

use super::forget::forget;
use crate::db::schema::{buyers, consultation_days, expos, outbox, suppliers};
use crate::domain::Role;
use crate::domain::status::MessageStatus;
use crate::store::DbConnection;

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
        .filter(outbox::status.eq(MessageStatus::Sent))
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
