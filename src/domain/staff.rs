//! Who among an expo's staff may do what (issue 25): the rule in one pure function,
//! [`allows`], over the route pattern asked for, so every organizer route is judged by
//! the same table and a new route is refused to staff until it is placed in it.
//!
//! Site administrators (organizers made with `expomatch organizer create`) may do
//! everything everywhere and are not judged here. Everyone else is staff of one or more
//! expos with one role on each:
//!
//! | role | may |
//! | --- | --- |
//! | owner | everything on the expo, including its staff |
//! | co-host staff | see the whole expo; change only the suppliers their agency brought (approve, their meetings, outcomes, attendance) |
//! | on-site staff | check-in, attendance and the table board |
//! | viewer | the expo's figures, its report and its exports |

use std::fmt;

pub use crate::domain::status::StaffRole;

/// What a route does, for the staff rule: read or change, and what it touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// Pages across every expo (email log, audit log, staff accounts, site status,
    /// personal-data requests, expo creation): site administrators only.
    Site,
    /// The signed-in person's own account (home page, password).
    Own,
    /// An expo's setup, schedule, buyers and everything not listed below.
    Expo,
    /// The expo's staff list and invitations.
    Staff,
    /// Check-in desk, table board.
    FrontDesk,
    /// Attendance of a meeting (held, no-show).
    Attendance,
    /// The expo page's figures, its report and exports.
    Reports,
    /// One supplier or one supplier's meeting (a co-host's scope).
    Supplier,
    /// The registrations waiting for approval, of the expos the viewer is staff of.
    Registrations,
}

/// The area of an organizer route pattern (as actix matched it) and method. Patterns
/// not listed fall in [`Area::Expo`] (owners only) or, outside an expo, [`Area::Site`].
pub fn area(method: &str, pattern: &str) -> Area {
    let get = method == "GET";
    let rest = pattern.strip_prefix("/organizer").unwrap_or(pattern);
    if rest.is_empty() || rest == "/" || rest == "/password" {
        return Area::Own;
    }
    if let Some(meeting) = rest.strip_prefix("/meetings/{id}") {
        return match meeting {
            "/attendance" | "/attendance/undo" => Area::Attendance,
            _ => Area::Supplier,
        };
    }
    if rest == "/suppliers/{id}/decide" {
        return Area::Supplier;
    }
    if rest == "/suppliers" {
        return Area::Registrations;
    }
    let Some(expo) = rest.strip_prefix("/expos/{id}") else {
        return Area::Site;
    };
    match expo {
        "" if get => Area::Reports,
        "/report" | "/report.{format}" | "/meetings.{format}" | "/participants.{format}" => {
            Area::Reports
        }
        "/board" => Area::FrontDesk,
        e if e.starts_with("/checkin") => Area::FrontDesk,
        "/staff" | "/staff/{member}" | "/staff/{member}/remove" => Area::Staff,
        e if e.starts_with("/suppliers/{supplier}") => Area::Supplier,
        _ => Area::Expo,
    }
}

/// Whether staff with `role` on the route's expo may make this request. `in_scope`:
/// the supplier the request touches is one their co-host agency brought (or a waiting
/// one no agency has claimed yet, which approving claims); it matters to co-hosts only.
pub fn allows(role: StaffRole, method: &str, pattern: &str, in_scope: bool) -> bool {
    let get = method == "GET";
    match (role, area(method, pattern)) {
        (_, Area::Own) => true,
        (_, Area::Site) => false,
        (StaffRole::Owner, _) => true,
        (StaffRole::Cohost, Area::Registrations) => get,
        // Co-hosts read the whole expo but its staff list, and change their own
        // suppliers (and those suppliers' meetings' attendance) only.
        (StaffRole::Cohost, Area::Staff) => false,
        (StaffRole::Cohost, Area::Supplier | Area::Attendance) => get || in_scope,
        (StaffRole::Cohost, _) => get,
        (StaffRole::Onsite, Area::FrontDesk | Area::Attendance) => true,
        // The meeting's page, where attendance is marked; not its outcome.
        (StaffRole::Onsite, Area::Supplier) => get && pattern == "/organizer/meetings/{id}",
        (StaffRole::Onsite, _) => false,
        (StaffRole::Viewer, Area::Reports) => get,
        (StaffRole::Viewer, _) => false,
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_do_everything_on_their_expo_but_site_pages() {
        for (method, pattern) in [
            ("POST", "/organizer/expos/{id}/tables"),
            ("POST", "/organizer/expos/{id}/staff"),
            ("POST", "/organizer/meetings/{id}/cancel"),
            ("GET", "/organizer/expos/{id}/grid"),
        ] {
            assert!(
                allows(StaffRole::Owner, method, pattern, false),
                "{method} {pattern}"
            );
        }
        for pattern in [
            "/organizer/email",
            "/organizer/audit",
            "/organizer/staff",
            "/organizer/status",
        ] {
            assert!(!allows(StaffRole::Owner, "GET", pattern, true), "{pattern}");
        }
        assert!(
            !allows(StaffRole::Owner, "POST", "/organizer/expos", true),
            "no new expos"
        );
    }

    #[test]
    fn cohosts_read_everything_and_change_their_own_suppliers_only() {
        let c = StaffRole::Cohost;
        assert!(allows(c, "GET", "/organizer/expos/{id}/grid", false));
        assert!(!allows(c, "POST", "/organizer/expos/{id}/tables", true));
        assert!(allows(c, "POST", "/organizer/suppliers/{id}/decide", true));
        assert!(!allows(
            c,
            "POST",
            "/organizer/suppliers/{id}/decide",
            false
        ));
        assert!(allows(c, "POST", "/organizer/meetings/{id}/move", true));
        assert!(!allows(c, "POST", "/organizer/meetings/{id}/move", false));
        assert!(
            allows(c, "GET", "/organizer/meetings/{id}", false),
            "read another's"
        );
        assert!(
            !allows(c, "GET", "/organizer/expos/{id}/staff", true),
            "not the staff list"
        );
    }

    #[test]
    fn onsite_staff_run_the_desk_and_viewers_read_reports() {
        let o = StaffRole::Onsite;
        assert!(allows(
            o,
            "POST",
            "/organizer/expos/{id}/checkin/{role}/{person}",
            false
        ));
        assert!(allows(o, "GET", "/organizer/expos/{id}/board", false));
        assert!(allows(
            o,
            "POST",
            "/organizer/meetings/{id}/attendance",
            false
        ));
        assert!(allows(o, "GET", "/organizer/meetings/{id}", false));
        assert!(!allows(o, "POST", "/organizer/meetings/{id}/cancel", true));
        assert!(!allows(o, "GET", "/organizer/expos/{id}/report", true));
        let v = StaffRole::Viewer;
        assert!(allows(
            v,
            "GET",
            "/organizer/expos/{id}/report.{format}",
            false
        ));
        assert!(allows(v, "GET", "/organizer/expos/{id}", false));
        assert!(!allows(v, "POST", "/organizer/expos/{id}", true));
        assert!(!allows(v, "GET", "/organizer/expos/{id}/checkin", true));
        assert!(!allows(v, "GET", "/organizer/meetings/{id}", true));
    }

    #[test]
    fn every_role_has_its_own_account_pages() {
        for role in StaffRole::ALL {
            assert!(allows(*role, "GET", "/organizer", false));
            assert!(allows(*role, "POST", "/organizer/password", false));
        }
    }
}
