//! The three kinds of people who sign in.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Organizer,
    Supplier,
    Buyer,
}

impl Role {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Organizer => "organizer",
            Self::Supplier => "supplier",
            Self::Buyer => "buyer",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Self::Organizer => "Organizer",
            Self::Supplier => "Supplier",
            Self::Buyer => "Buyer",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "organizer" => Some(Self::Organizer),
            "supplier" => Some(Self::Supplier),
            "buyer" => Some(Self::Buyer),
            _ => None,
        }
    }

    /// Where this role lands after signing in.
    pub const fn home_path(self) -> &'static str {
        match self {
            Self::Organizer => "/organizer",
            Self::Supplier => "/supplier",
            Self::Buyer => "/buyer",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who takes part in a meeting: its two sides, an interpreter scheduled on it, or
/// an organizer looking in. Join records, reminders and personal links say which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Party {
    Organizer,
    Supplier,
    Buyer,
    Interpreter,
}

impl Party {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Organizer => "organizer",
            Self::Supplier => "supplier",
            Self::Buyer => "buyer",
            Self::Interpreter => "interpreter",
        }
    }

    /// A party in a personal link: buyer, supplier or interpreter (organizers sign in).
    pub fn parse_participant(raw: &str) -> Option<Self> {
        match raw {
            "supplier" => Some(Self::Supplier),
            "buyer" => Some(Self::Buyer),
            "interpreter" => Some(Self::Interpreter),
            _ => None,
        }
    }
}

impl From<Role> for Party {
    fn from(role: Role) -> Self {
        match role {
            Role::Organizer => Self::Organizer,
            Role::Supplier => Self::Supplier,
            Role::Buyer => Self::Buyer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_names() {
        for role in [Role::Organizer, Role::Supplier, Role::Buyer] {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn personal_links_name_participants_only() {
        for party in [Party::Supplier, Party::Buyer, Party::Interpreter] {
            assert_eq!(Party::parse_participant(party.as_str()), Some(party));
        }
        assert_eq!(Party::parse_participant("organizer"), None);
        assert_eq!(Party::from(Role::Buyer).as_str(), Role::Buyer.as_str());
    }
}
