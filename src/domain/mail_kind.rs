//! What an email in the outbox is about, as staff read it.
//!
//! The mail code writes a kind's code into the outbox (`outbox.kind`); this is the one
//! list of those codes with their labels for people. A code this version does not know
//! (a kind added later, or an old one) is not an error: it reads as "other message".

use std::str::FromStr;

macro_rules! kinds {
    ($($variant:ident = $code:literal,)+) => {
        /// The kind of a queued email.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum MailKind {
            $($variant,)+
        }

        impl MailKind {
            /// Every kind, in the order the filter offers them.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The text the outbox stores.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                }
            }

            /// The catalogue key of this kind's label (`ops-mail-kind-<code>`).
            pub const fn label_key(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!("ops-mail-kind-", $code),)+
                }
            }
        }

        impl FromStr for MailKind {
            type Err = UnknownMailKind;

            fn from_str(code: &str) -> Result<Self, UnknownMailKind> {
                match code {
                    $($code => Ok(Self::$variant),)+
                    _ => Err(UnknownMailKind),
                }
            }
        }
    };
}

kinds! {
    Invitation = "invitation",
    SignInLink = "sign_in_link",
    VerifyEmail = "verify_email",
    PasswordReset = "password_reset",
    AccountExists = "account_exists",
    SupplierApproved = "supplier_approved",
    SupplierRejected = "supplier_rejected",
    RequestReceived = "request_received",
    RequestAccepted = "request_accepted",
    RequestDeclined = "request_declined",
    RequestExpired = "request_expired",
    SlotFreed = "slot_freed",
    MeetingBooked = "meeting_booked",
    MeetingMoved = "meeting_moved",
    MeetingTableChanged = "meeting_table_changed",
    MeetingModeChanged = "meeting_mode_changed",
    MeetingCancelled = "meeting_cancelled",
    MeetingNoShow = "meeting_no_show",
    MeetingRestored = "meeting_restored",
    AgendaPublished = "agenda_published",
    Reminder = "reminder",
    MeetingReminder = "meeting_reminder",
    InterpreterAssigned = "interpreter_assigned",
    InterpreterReleased = "interpreter_released",
    InterpreterUpdated = "interpreter_updated",
    InterpreterCancelled = "interpreter_cancelled",
    FollowUp = "follow_up",
    StaffInvitation = "staff_invitation",
    MeetingAttendeeAdded = "meeting_attendee_added",
    MeetingAttendeeRemoved = "meeting_attendee_removed",
    TeamInvitation = "team_invitation",
}

/// A stored kind code that [`MailKind`] does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownMailKind;

/// The catalogue key of the label for a stored kind code: its own label, or "other
/// message" for a code this version does not know.
pub fn label_key_of(code: &str) -> &'static str {
    code.parse::<MailKind>()
        .map_or("ops-mail-kind-other", MailKind::label_key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_code() {
        for &kind in MailKind::ALL {
            assert_eq!(kind.code().parse::<MailKind>(), Ok(kind));
            assert_eq!(label_key_of(kind.code()), kind.label_key());
        }
    }

    #[test]
    fn an_unknown_code_reads_as_other() {
        assert_eq!(label_key_of("carrier_pigeon"), "ops-mail-kind-other");
        assert_eq!(label_key_of(""), "ops-mail-kind-other");
    }

    #[test]
    fn every_kind_has_a_label_in_english_and_korean() {
        use crate::i18n::Locale;
        for key in MailKind::ALL
            .iter()
            .map(|k| k.label_key())
            .chain(["ops-mail-kind-other"])
        {
            for locale in [Locale::En, Locale::Ko] {
                assert!(locale.has(key), "{locale}: no {key}");
            }
        }
    }
}
