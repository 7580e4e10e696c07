//! The badge colour of each state on a page: one place, beside the labels in `domain::status`.

use crate::domain::status::{
    BuyerProgress, ExpoStatus, MeetingStatus, MessageStatus, RequestStatus, RunStatus,
    SupplierStatus,
};

impl ExpoStatus {
    pub fn badge(self) -> &'static str {
        match self {
            Self::Open => "ok",
            Self::Draft => "warn",
            Self::Closed => "muted",
        }
    }
}

impl SupplierStatus {
    pub fn badge(self) -> &'static str {
        match self {
            Self::Approved => "ok",
            Self::Rejected => "danger",
            Self::Pending | Self::Unverified => "warn",
        }
    }
}

impl RequestStatus {
    pub fn badge(self) -> &'static str {
        match self {
            Self::Accepted | Self::Scheduled => "ok",
            Self::Declined | Self::Expired | Self::Withdrawn => "danger",
            Self::Pending => "warn",
        }
    }
}

impl MeetingStatus {
    pub fn badge(self) -> &'static str {
        match self {
            Self::Booked => "ok",
            Self::Held | Self::NoShow | Self::Cancelled => "muted",
        }
    }
}

impl MessageStatus {
    pub fn badge(self) -> &'static str {
        match self {
            Self::Sent => "ok",
            Self::Failed => "danger",
            Self::Sending => "open",
            Self::Pending => "warn",
        }
    }
}

impl RunStatus {
    pub fn badge(self) -> &'static str {
        match self {
            Self::Published => "ok",
            Self::Draft => "warn",
            Self::Discarded => "muted",
        }
    }
}

impl BuyerProgress {
    pub fn badge(self) -> &'static str {
        match self {
            Self::MeetingsBooked => "ok",
            Self::ProfileComplete => "open",
            Self::NotInvited | Self::Invited | Self::SignedIn => "warn",
        }
    }
}
