//! An organizer changes days, tables and meetings after meetings exist: nothing live is
//! ever deleted silently, and every moved meeting is announced to both participants.

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::schema::{
    audit_log, consultation_days, consultation_tables, expos, meetings, outbox, slots,
};
use expomatch::domain::{EmailAddress, PersonName, Role, password::Password};
use expomatch::store::{self, organizers};

use crate::helpers::*;
use crate::on_both_databases;

mod agendas;
mod attendance;
mod moves;
mod outcomes;
mod venue;

/// Seeds the demo, signs an organizer in, and returns the expo and its first day.
pub(crate) async fn organizer_with_demo(app: &TestApp) -> (i32, i32) {
    let (organizer, expo, day) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let o = organizers::create(
                c,
                &EmailAddress::parse("layout@kotra.example").expect("email"),
                &PersonName::parse("name", "Layout Person").expect("name"),
                &Password::parse("a layout password here")
                    .expect("pw")
                    .hash(),
                store::now(),
            )
            .expect("organizer");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let day: i32 = consultation_days::table
                .order(consultation_days::day)
                .select(consultation_days::id)
                .first(c)
                .expect("day");
            (o.0, expo, day)
        })
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    (expo, day)
}

fn audit_count(c: &mut expomatch::db::DbConnection, action: &str) -> i64 {
    audit_log::table
        .filter(audit_log::action.eq(action))
        .count()
        .get_result(c)
        .expect("audit")
}
