//! A company's size class, as chosen on the profile form.

use crate::domain::values::FieldError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompanySize {
    Micro,
    Small,
    Medium,
    Large,
}

impl CompanySize {
    pub const ALL: [Self; 4] = [Self::Micro, Self::Small, Self::Medium, Self::Large];

    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
            .ok_or_else(|| FieldError::new("company_size", "Choose the size of your company."))
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Micro => "micro",
            Self::Small => "small",
            Self::Medium => "medium",
            Self::Large => "large",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Self::Micro => "Micro (fewer than 10 employees)",
            Self::Small => "Small (10–49 employees)",
            Self::Medium => "Medium (50–299 employees)",
            Self::Large => "Large (300 or more employees)",
        }
    }
}
