//! A supplier's company profile: the values it is made of and the form it is typed
//! into. `SupplierForm` holds exactly what was typed (so a refused form can show it
//! again); `SupplierForm::parse` turns it into a `SupplierProfile` or into every
//! field error at once, each naming its form field.

mod localized;
mod parse;
mod size;
#[cfg(test)]
mod tests;
mod values;

pub use localized::localized;
pub use parse::parse_countries;
pub use size::CompanySize;
pub use values::{BusinessRegNo, HsCode, Phone, WebLink};

use crate::domain::values::CountryCode;

/// How many product rows the forms offer.
pub const MAX_PRODUCTS: usize = 6;

pub const PRODUCT_NAME: [&str; MAX_PRODUCTS] = [
    "product_name_0",
    "product_name_1",
    "product_name_2",
    "product_name_3",
    "product_name_4",
    "product_name_5",
];
pub const PRODUCT_DESCRIPTION: [&str; MAX_PRODUCTS] = [
    "product_description_0",
    "product_description_1",
    "product_description_2",
    "product_description_3",
    "product_description_4",
    "product_description_5",
];
pub const PRODUCT_HS_CODE: [&str; MAX_PRODUCTS] = [
    "product_hs_code_0",
    "product_hs_code_1",
    "product_hs_code_2",
    "product_hs_code_3",
    "product_hs_code_4",
    "product_hs_code_5",
];
pub const PRODUCT_IMAGE_URL: [&str; MAX_PRODUCTS] = [
    "product_image_url_0",
    "product_image_url_1",
    "product_image_url_2",
    "product_image_url_3",
    "product_image_url_4",
    "product_image_url_5",
];
pub const PRODUCT_NAME_EN: [&str; MAX_PRODUCTS] = [
    "product_name_en_0",
    "product_name_en_1",
    "product_name_en_2",
    "product_name_en_3",
    "product_name_en_4",
    "product_name_en_5",
];
pub const PRODUCT_DESCRIPTION_EN: [&str; MAX_PRODUCTS] = [
    "product_description_en_0",
    "product_description_en_1",
    "product_description_en_2",
    "product_description_en_3",
    "product_description_en_4",
    "product_description_en_5",
];
/// One product as typed; a row left entirely empty is no product.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProductInput {
    pub name: String,
    pub description: String,
    /// The English name and description buyers read (empty: they read the above).
    pub name_en: String,
    pub description_en: String,
    pub hs_code: String,
    pub image_url: String,
}

impl ProductInput {
    pub fn is_blank(&self) -> bool {
        [
            &self.name,
            &self.description,
            &self.name_en,
            &self.description_en,
            &self.hs_code,
            &self.image_url,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Product {
    pub name: String,
    pub description: String,
    pub name_en: String,
    pub description_en: String,
    pub hs_code: Option<HsCode>,
    pub image_url: Option<WebLink>,
}

/// The company profile exactly as typed. Multi-choice fields keep every submitted
/// value, known or not, so a refused form shows what was sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SupplierForm {
    pub company_name_ko: String,
    pub company_name_en: String,
    pub business_reg_no: String,
    pub representative: String,
    pub contact_name: String,
    pub phone: String,
    pub website: String,
    pub address: String,
    pub company_size: String,
    pub year_founded: String,
    pub sectors: Vec<String>,
    pub served_markets: String,
    pub target_markets: String,
    pub languages: Vec<String>,
    pub catalogue_url: String,
    pub pitch: String,
    pub pitch_en: String,
    pub products: Vec<ProductInput>,
}

/// A valid company profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupplierProfile {
    pub company_name_ko: String,
    pub company_name_en: String,
    pub business_reg_no: BusinessRegNo,
    pub representative: String,
    pub contact_name: String,
    pub phone: Phone,
    pub website: Option<WebLink>,
    pub address: String,
    pub company_size: CompanySize,
    pub year_founded: Option<i32>,
    /// Sector codes from [`reference::SECTORS`], in list order.
    pub sectors: Vec<&'static str>,
    pub served_markets: Vec<CountryCode>,
    pub target_markets: Vec<CountryCode>,
    /// ISO 639-1 codes from [`reference::LANGUAGES`].
    pub languages: Vec<&'static str>,
    pub catalogue_url: Option<WebLink>,
    /// The description as the supplier first wrote it (usually Korean).
    pub pitch: String,
    /// The English description buyers read; empty when not written yet.
    pub pitch_en: String,
    pub products: Vec<Product>,
}

pub const PITCH_MAX: usize = 600;
