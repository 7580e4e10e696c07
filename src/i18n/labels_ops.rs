//! Catalogue labels of the operations' values: how far a meeting got, and the consents.

use super::Labelled;
use crate::domain::outcome::Interest;
use crate::domain::privacy::ConsentKind;

impl Labelled for Interest {
    fn label_key(&self) -> &'static str {
        match self {
            Self::None => "interest-none",
            Self::FollowUp => "interest-follow_up",
            Self::SampleOrQuote => "interest-sample_or_quote",
            Self::ContractExpected => "interest-contract_expected",
            Self::ContractSigned => "interest-contract_signed",
        }
    }
}

impl Labelled for ConsentKind {
    fn label_key(&self) -> &'static str {
        match self {
            Self::Collection => "consent-kind-collection",
            Self::Provision => "consent-kind-provision",
            Self::Overseas => "consent-kind-overseas",
            Self::Marketing => "consent-kind-marketing",
        }
    }
}
