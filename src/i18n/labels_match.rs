//! Why a supplier is suggested, in the reader's language.

use super::Locale;
use crate::domain::matching::Reason;

impl Locale {
    /// A reason as the buyer reads it ("already exports to Peru").
    pub fn reason(&self, reason: &Reason) -> String {
        match reason {
            Reason::Sector(code) => self.arg("match-sector", "sector", self.sector(code)),
            Reason::Serves(code) => self.arg("match-serves", "country", self.country(code)),
            Reason::Targets(code) => self.arg("match-targets", "country", self.country(code)),
            Reason::Speaks(code) => self.arg("match-speaks", "language", self.language(code)),
            Reason::NeedsInterpreter => self.get("match-interpreter"),
            Reason::Product { name, word } => {
                self.arg2("match-product", "product", name, "word", word)
            }
        }
    }

    /// A reason as an organizer reads it, about the buyer.
    pub fn reason_for_organizer(&self, reason: &Reason) -> String {
        match reason {
            Reason::Sector(code) => self.arg("match-org-sector", "sector", self.sector(code)),
            Reason::Speaks(code) => self.arg("match-org-speaks", "language", self.language(code)),
            Reason::Product { name, word } => {
                self.arg2("match-org-product", "product", name, "word", word)
            }
            other => self.reason(other),
        }
    }

    /// Several reasons for an organizer, in one line.
    pub fn reasons_for_organizer(&self, reasons: &[Reason]) -> String {
        reasons
            .iter()
            .map(|r| self.reason_for_organizer(r))
            .collect::<Vec<_>>()
            .join("; ")
    }
}
