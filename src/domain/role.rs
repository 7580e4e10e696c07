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
}
