//! The states a stored thing moves through: one enum each, its stored code, and its label for people.
//!
//! The stored code (`code`) is what the database holds and what a form posts; it never
//! reaches a page. People read `label` (also what `Display` prints), so a template that
//! writes `{{ status }}` shows a label. The languages issue translates exactly these
//! labels. The diesel mapping to a `Text` column lives in `crate::db::states`.

use std::fmt;
use std::str::FromStr;

/// A stored state code that no enum knows: the database or a form holds text this
/// version does not understand.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} `{code}`")]
pub struct UnknownState {
    pub kind: &'static str,
    pub code: String,
}

macro_rules! states {
    (
        $(#[$meta:meta])*
        $kind:literal, $prefix:literal, pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal => $label:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every state, in the order of the lifecycle.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The text stored in the database and posted by forms.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                }
            }

            /// The catalogue key of this state's label (`state-<kind>-<code>`).
            pub const fn label_key(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!("state-", $prefix, "-", $code),)+
                }
            }

            /// What a person reads for this state, in English (logs, the command line;
            /// pages and emails use `label_key` through the viewer's catalogue).
            pub const fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label,)+
                }
            }
        }

        impl FromStr for $name {
            type Err = UnknownState;

            fn from_str(code: &str) -> Result<Self, UnknownState> {
                match code {
                    $($code => Ok(Self::$variant),)+
                    _ => Err(UnknownState { kind: $kind, code: code.to_owned() }),
                }
            }
        }

        /// Exports carry the stored code, as the database does.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

states! {
    /// An expo: prepared in draft, open for registration and booking, then closed.
    "expo status", "expo", pub enum ExpoStatus {
        Draft = "draft" => "Draft",
        Open = "open" => "Open",
        Closed = "closed" => "Closed",
    }
}

states! {
    /// A supplier's registration: email to confirm, then the organizer's decision.
    "supplier status", "supplier", pub enum SupplierStatus {
        Unverified = "unverified" => "Email not confirmed",
        Pending = "pending" => "Waiting for approval",
        Approved = "approved" => "Approved",
        Rejected = "rejected" => "Not approved",
    }
}

states! {
    /// A meeting request between a buyer and a supplier.
    "request status", "request", pub enum RequestStatus {
        Pending = "pending" => "Pending",
        Accepted = "accepted" => "Accepted",
        Declined = "declined" => "Declined",
        Expired = "expired" => "Expired",
        Withdrawn = "withdrawn" => "Withdrawn",
        /// Accepted and placed by a published schedule.
        Scheduled = "scheduled" => "Scheduled",
    }
}

states! {
    /// A meeting in a slot at a table.
    "meeting status", "meeting", pub enum MeetingStatus {
        Booked = "booked" => "Booked",
        Held = "held" => "Held",
        NoShow = "no_show" => "No-show",
        Cancelled = "cancelled" => "Cancelled",
    }
}

states! {
    /// How a meeting is held: at a table at the venue, online by video, or at a table
    /// with a remote party joining by video.
    "meeting mode", "mode", pub enum MeetingMode {
        Table = "table" => "At a table",
        Online = "online" => "Online",
        Hybrid = "hybrid" => "Hybrid",
    }
}

impl MeetingMode {
    /// Whether the meeting has a video room.
    pub const fn has_video(self) -> bool {
        matches!(self, Self::Online | Self::Hybrid)
    }

    /// Whether someone sits at a table at the venue.
    pub const fn has_table(self) -> bool {
        matches!(self, Self::Table | Self::Hybrid)
    }
}

states! {
    /// An email in the outbox.
    "message status", "message", pub enum MessageStatus {
        Pending = "pending" => "Waiting",
        Sending = "sending" => "Sending",
        Sent = "sent" => "Delivered",
        Failed = "failed" => "Not delivered",
    }
}

states! {
    /// A run of the auto-scheduler: a draft until the organizer publishes or discards it.
    "schedule run status", "run", pub enum RunStatus {
        Draft = "draft" => "Draft",
        Published = "published" => "Published",
        Discarded = "discarded" => "Discarded",
    }
}

states! {
    /// An improvement run of a draft: running, then how it ended.
    "improvement state", "improve", pub enum ImproveState {
        Running = "running" => "Running",
        Proven = "proven" => "Optimal, proven",
        Budget = "budget" => "Time budget used",
        Stopped = "stopped" => "Stopped",
        TooLarge = "too_large" => "Too large for the exact method",
        DraftGone = "draft_gone" => "Draft published or discarded",
        Lost = "lost" => "Server stopped",
        Failed = "failed" => "Failed",
    }
}

states! {
    /// How far an invited buyer has come, derived from its dates and meetings (not
    /// stored): invited → signed in → profile complete → meetings booked.
    "buyer progress", "progress", pub enum BuyerProgress {
        NotInvited = "not_invited" => "Not invited",
        Invited = "invited" => "Invited",
        SignedIn = "signed_in" => "Signed in",
        ProfileComplete = "profile_complete" => "Profile complete",
        MeetingsBooked = "meetings_booked" => "Meetings booked",
    }
}

impl ExpoStatus {
    /// The lifecycle: draft → open → closed, back to open from closed, and back to
    /// draft from open.
    pub fn can_become(self, to: Self) -> bool {
        matches!(
            (self, to),
            (Self::Draft, Self::Open)
                | (Self::Open, Self::Closed)
                | (Self::Closed, Self::Open)
                | (Self::Open, Self::Draft)
        )
    }
}

impl MeetingStatus {
    /// The states in which a meeting holds its slot, its table and both people's time.
    /// The one definition of "live"; the partial unique indexes on `meetings` say the same.
    pub const LIVE: [Self; 2] = [Self::Booked, Self::Held];

    pub fn is_live(self) -> bool {
        Self::LIVE.contains(&self)
    }
}

impl RequestStatus {
    /// The states in which a request still stands between the two companies.
    pub const OPEN: [Self; 2] = [Self::Pending, Self::Accepted];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<T>(all: &[T])
    where
        T: Copy + PartialEq + fmt::Debug + FromStr<Err = UnknownState>,
        T: fmt::Display,
        T: Coded,
    {
        for &state in all {
            assert_eq!(state.stored().parse::<T>(), Ok(state));
            assert_ne!(
                state.to_string(),
                state.stored(),
                "{state:?} shows its code"
            );
        }
    }

    trait Coded {
        fn stored(self) -> &'static str;
    }
    macro_rules! coded {
        ($($t:ty),*) => {$(impl Coded for $t { fn stored(self) -> &'static str { self.code() } })*};
    }
    coded!(
        BuyerProgress,
        ExpoStatus,
        SupplierStatus,
        RequestStatus,
        MeetingStatus,
        MessageStatus,
        RunStatus,
        ImproveState
    );

    #[test]
    fn every_state_reads_back_from_its_code_and_shows_a_label_not_the_code() {
        round_trips(ExpoStatus::ALL);
        round_trips(SupplierStatus::ALL);
        round_trips(RequestStatus::ALL);
        round_trips(MeetingStatus::ALL);
        round_trips(MessageStatus::ALL);
        round_trips(RunStatus::ALL);
        round_trips(ImproveState::ALL);
        round_trips(BuyerProgress::ALL);
    }

    #[test]
    fn an_unknown_code_is_an_error_naming_the_kind() {
        let err = "postponed".parse::<MeetingStatus>().expect_err("unknown");
        assert_eq!(err.to_string(), "unknown meeting status `postponed`");
    }

    #[test]
    fn only_booked_and_held_meetings_are_live() {
        let live: Vec<_> = MeetingStatus::ALL.iter().filter(|s| s.is_live()).collect();
        assert_eq!(live, [&MeetingStatus::Booked, &MeetingStatus::Held]);
    }

    /// Codes that are also plain English words are only caught on a line that says
    /// `status`; the others anywhere.
    const COMMON_WORDS: &[&str] = &[
        "pending", "held", "sent", "failed", "open", "closed", "draft",
    ];

    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                files(&path, out);
            } else if path
                .extension()
                .is_some_and(|e| e == "rs" || e == "html" || e == "txt")
            {
                out.push(path);
            }
        }
    }

    #[test]
    fn no_state_is_spelled_as_a_string_outside_the_state_modules() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let allowed = ["src/domain/status.rs", "src/db/states.rs"];
        let mut codes: Vec<&str> = Vec::new();
        codes.extend(ExpoStatus::ALL.iter().map(|s| s.code()));
        codes.extend(SupplierStatus::ALL.iter().map(|s| s.code()));
        codes.extend(RequestStatus::ALL.iter().map(|s| s.code()));
        codes.extend(MeetingStatus::ALL.iter().map(|s| s.code()));
        codes.extend(MessageStatus::ALL.iter().map(|s| s.code()));
        codes.extend(RunStatus::ALL.iter().map(|s| s.code()));
        let mut paths = Vec::new();
        files(&root.join("src"), &mut paths);
        files(&root.join("templates"), &mut paths);
        let mut found = Vec::new();
        for path in paths {
            let rel = path
                .strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .replace('\\', "/");
            if allowed.contains(&rel.as_str()) {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            for (n, line) in text.lines().enumerate() {
                for code in &codes {
                    // An HTML id that happens to be a state's word is not a state.
                    let line = line.replace(&format!("id=\"{code}\""), "");
                    let quoted = [format!("\"{code}\""), format!("'{code}'")];
                    if !quoted.iter().any(|q| line.contains(q.as_str())) {
                        continue;
                    }
                    if COMMON_WORDS.contains(code) && !line.contains("status") {
                        continue;
                    }
                    found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
        assert!(
            found.is_empty(),
            "state codes written as strings (use the enums in domain::status):\n{}",
            found.join("\n")
        );
    }
}

states! {
    /// A staff member's role on one expo.
    "staff role", "staff", pub enum StaffRole {
        Owner = "owner" => "Owner",
        Cohost = "cohost" => "Co-host staff",
        Onsite = "onsite" => "On-site staff",
        Viewer = "viewer" => "Viewer",
    }
}
