//! The state enums of `crate::domain::status` stored as `Text` columns, on SQLite, PostgreSQL and the multi backend.
//!
//! A column of a state reads straight into its enum (`meetings::status` → `MeetingStatus`)
//! and a filter takes the enum (`meetings::status.eq(MeetingStatus::Booked)`), so no
//! state is spelled as a string outside `domain::status`. A stored code this version
//! does not know is a deserialization error, never a silent default.

use diesel::FromSqlRow;
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::pg::Pg;
use diesel::serialize::{self, IsNull, Output, ToSql};
use diesel::sql_types::Text;
use diesel::sqlite::Sqlite;

use super::MultiBackend;
use crate::domain::status::{
    ExpoStatus, ImproveState, MeetingMode, MeetingStatus, MessageStatus, RequestStatus, RunStatus,
    StaffRole, SupplierStatus,
};

/// Live meetings as literal SQL, word for word the `WHERE` of the partial indexes on
/// `meetings`: written out, the query planner can use those indexes, where a bound
/// `status IN (?, ?)` makes it read every cancelled meeting too. A test checks that it
/// names exactly [`MeetingStatus::LIVE`].
pub const LIVE_MEETINGS_SQL: &str = "meetings.status IN ('booked', 'held')";

/// [`LIVE_MEETINGS_SQL`] as a filter.
pub fn live_meetings() -> diesel::expression::SqlLiteral<diesel::sql_types::Bool> {
    diesel::dsl::sql::<diesel::sql_types::Bool>(LIVE_MEETINGS_SQL)
}

fn read<T: std::str::FromStr<Err = crate::domain::status::UnknownState>>(
    code: String,
) -> deserialize::Result<T> {
    code.parse::<T>().map_err(Into::into)
}

macro_rules! stored_as_text {
    ($($ty:ident => $proxy:ident),+ $(,)?) => {$(
        /// Lets diesel derive the expression and row impls for the foreign enum.
        #[derive(diesel::AsExpression, FromSqlRow)]
        #[diesel(foreign_derive)]
        #[diesel(sql_type = Text)]
        #[expect(dead_code, reason = "only carries the derives for the domain enum")]
        struct $proxy($ty);

        impl ToSql<Text, Sqlite> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
                out.set_value(self.code());
                Ok(IsNull::No)
            }
        }

        impl ToSql<Text, Pg> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
                <str as ToSql<Text, Pg>>::to_sql(self.code(), out)
            }
        }

        impl ToSql<Text, MultiBackend> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
                out.set_value((Text, self));
                Ok(IsNull::No)
            }
        }

        impl FromSql<Text, Sqlite> for $ty {
            fn from_sql(bytes: <Sqlite as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                read(<String as FromSql<Text, Sqlite>>::from_sql(bytes)?)
            }
        }

        impl FromSql<Text, Pg> for $ty {
            fn from_sql(bytes: <Pg as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                read(<String as FromSql<Text, Pg>>::from_sql(bytes)?)
            }
        }

        impl FromSql<Text, MultiBackend> for $ty {
            fn from_sql(bytes: <MultiBackend as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                bytes.from_sql::<Self, Text>()
            }
        }
    )+};
}

stored_as_text!(
    ExpoStatus => ExpoStatusColumn,
    SupplierStatus => SupplierStatusColumn,
    RequestStatus => RequestStatusColumn,
    MeetingStatus => MeetingStatusColumn,
    MeetingMode => MeetingModeColumn,
    MessageStatus => MessageStatusColumn,
    RunStatus => RunStatusColumn,
    ImproveState => ImproveStateColumn,
    StaffRole => StaffRoleColumn,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_live_sql_names_exactly_the_live_states() {
        let codes: Vec<String> = MeetingStatus::LIVE
            .iter()
            .map(|s| format!("'{}'", s.code()))
            .collect();
        assert_eq!(
            LIVE_MEETINGS_SQL,
            format!("meetings.status IN ({})", codes.join(", "))
        );
    }
}
