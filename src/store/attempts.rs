//! Sign-in attempts and link requests counted in the database, so that every instance
//! sharing it spends the same budgets (an in-memory count gave each instance its own).

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::sign_in_attempts;

/// The window a budget counts attempts in.
pub const WINDOW: TimeDelta = TimeDelta::minutes(1);
/// Attempts older than this are deleted as new ones come in.
const KEEP: TimeDelta = TimeDelta::minutes(10);

/// Spends one attempt from each of `budgets` (a client address, an email) when every
/// one of them has had fewer than `per_minute` in the last minute; `false`, spending
/// nothing, when any has not. Instances deciding at the same moment may each let one
/// more through; never more than one each.
pub fn spend(
    conn: &mut DbConnection,
    budgets: &[String],
    per_minute: u32,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    conn.write_tx(|c| {
        for budget in budgets {
            let recent: i64 = sign_in_attempts::table
                .filter(sign_in_attempts::budget.eq(budget))
                .filter(sign_in_attempts::at.gt(now - WINDOW))
                .count()
                .get_result(c)?;
            if recent >= i64::from(per_minute) {
                return Ok(false);
            }
        }
        diesel::delete(sign_in_attempts::table.filter(sign_in_attempts::at.lt(now - KEEP)))
            .execute(c)?;
        for budget in budgets {
            diesel::insert_into(sign_in_attempts::table)
                .values((
                    sign_in_attempts::budget.eq(budget),
                    sign_in_attempts::at.eq(now),
                ))
                .execute(c)?;
        }
        Ok(true)
    })
}
