//! The consent checkboxes shared by every form that asks for consent, and the notice they refer to.

use crate::domain::FieldError;
use crate::domain::privacy::{ConsentForm, ConsentKind};
use crate::store::privacy;
use crate::web::AppState;
use crate::web::errors::AppError;

/// The consent checkboxes of a form (registration, a buyer's first profile, the
/// consent page), with the notice they refer to.
#[derive(Clone, Debug)]
pub struct ConsentBlock {
    pub notice: privacy::Notice,
    pub form: ConsentForm,
    pub errors: Vec<FieldError>,
}

impl ConsentBlock {
    pub fn fresh(notice: privacy::Notice) -> Self {
        Self {
            notice,
            form: ConsentForm::default(),
            errors: Vec::new(),
        }
    }

    pub fn checked(&self, field: &str) -> bool {
        self.form.ticked.iter().any(|k| k.field() == field)
    }

    /// A checkbox's error in the viewer's language.
    pub fn error(&self, t: &crate::i18n::Locale, field: &str) -> Option<String> {
        crate::domain::values::message_for(&self.errors, field).map(|m| t.text(m))
    }

    /// Parses the submitted checkboxes against this block's notice.
    pub fn parse(
        notice: privacy::Notice,
        pairs: &[(String, String)],
    ) -> (Self, Result<Vec<ConsentKind>, ()>) {
        let form = ConsentForm::from_pairs(pairs);
        let (errors, kinds) = match form.parse(notice.transfers_abroad) {
            Ok(kinds) => (Vec::new(), Ok(kinds)),
            Err(errors) => (errors, Err(())),
        };
        (
            Self {
                notice,
                form,
                errors,
            },
            kinds,
        )
    }
}

/// The current notice, for a form that asks for consent.
pub async fn current_notice(state: &AppState) -> Result<privacy::Notice, AppError> {
    state.db(|c| Ok(privacy::current_notice(c)?)).await
}
