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
            .ok_or_else(|| FieldError::new("company_size", crate::text!("err-sup-size")))
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Micro => "micro",
            Self::Small => "small",
            Self::Medium => "medium",
            Self::Large => "large",
        }
    }

    /// The catalogue key of the size's label (`t.label(&size)`).
    pub const fn label_key(self) -> &'static str {
        match self {
            Self::Micro => "size-micro",
            Self::Small => "size-small",
            Self::Medium => "size-medium",
            Self::Large => "size-large",
        }
    }
}
