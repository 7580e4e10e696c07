//! Staff acting for a supplier or buyer: who it is, for the work of one request.
//!
//! The web layer sets it around each database call of a request made in an acting
//! session (`web::AppState::db`), so that whatever that call writes knows it: every
//! audit entry names the staff member beside the company (`audit::record`), a changed
//! meeting records who arranged it for which side and the company's messages say
//! "done for you by …" (`mail::messages::queue_meeting_change`). One place sets it;
//! nothing below has to pass it along.

use std::cell::RefCell;

use crate::domain::Role;

/// A staff member acting for a company.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acting {
    /// The staff member (an organizer account).
    pub by: i32,
    /// Their name and agency as the company sees it.
    pub name: String,
    /// The side they act for, and the company.
    pub side: Role,
    pub company: i32,
}

thread_local! {
    static CURRENT: RefCell<Option<Acting>> = const { RefCell::new(None) };
}

/// Runs `f` with `acting` as the current actor on this thread, restoring the one before
/// afterwards (also when `f` panics).
pub fn with<T>(acting: Option<Acting>, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Acting>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            CURRENT.with(|c| *c.borrow_mut() = before);
        }
    }
    let before = CURRENT.with(|c| c.replace(acting));
    let _restore = Restore(before);
    f()
}

/// The staff member acting in the current database call, if any.
pub fn current() -> Option<Acting> {
    CURRENT.with(|c| c.borrow().clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acting_holds_inside_and_is_gone_after() {
        let kim = Acting {
            by: 7,
            name: "Kim".into(),
            side: Role::Supplier,
            company: 3,
        };
        assert_eq!(current(), None);
        let seen = with(Some(kim.clone()), current);
        assert_eq!(seen, Some(kim.clone()));
        assert_eq!(current(), None);
        let caught = std::panic::catch_unwind(|| with(Some(kim), || panic!("boom")));
        assert!(caught.is_err());
        assert_eq!(current(), None, "restored after a panic");
    }
}
