//! Labels of the supplier's own values (company sizes), from `supplier.ftl`.

use super::Labelled;
use crate::domain::supplier::CompanySize;

impl Labelled for CompanySize {
    fn label_key(&self) -> &'static str {
        (*self).label_key()
    }
}
