//! The company profile form shared by registration and the profile page: what was
//! typed, the messages to show next to each field, and the choices to offer.

use crate::domain::FieldError;
use crate::domain::reference;
use crate::domain::supplier::{
    CompanySize, MAX_PRODUCTS, PRODUCT_DESCRIPTION, PRODUCT_DESCRIPTION_EN, PRODUCT_HS_CODE,
    PRODUCT_IMAGE_URL, PRODUCT_NAME, PRODUCT_NAME_EN, ProductInput, SupplierForm,
};
use crate::store::suppliers::StoredProfile;

#[derive(Clone, Debug, Default)]
pub struct ProfileForm {
    pub form: SupplierForm,
    pub errors: Vec<FieldError>,
}

/// One product row of the form.
pub struct ProductRow<'a> {
    pub number: usize,
    pub name_field: &'static str,
    pub description_field: &'static str,
    pub name_en_field: &'static str,
    pub description_en_field: &'static str,
    pub hs_code_field: &'static str,
    pub image_url_field: &'static str,
    pub input: &'a ProductInput,
}

impl ProfileForm {
    pub fn new(form: SupplierForm, errors: Vec<FieldError>) -> Self {
        Self { form, errors }
    }

    /// An empty form with one product row.
    pub fn blank() -> Self {
        Self {
            form: SupplierForm {
                company_size: "small".to_owned(),
                languages: vec!["ko".to_owned()],
                products: vec![ProductInput::default(); MAX_PRODUCTS],
                ..SupplierForm::default()
            },
            errors: Vec::new(),
        }
    }

    /// The stored profile, as the supplier would type it.
    pub fn from_stored(p: &StoredProfile) -> Self {
        let mut products: Vec<ProductInput> = p
            .products
            .iter()
            .take(MAX_PRODUCTS)
            .map(|s| ProductInput {
                name: s.name.clone(),
                description: s.description.clone(),
                name_en: s.name_en.clone(),
                description_en: s.description_en.clone(),
                hs_code: s.hs_code.clone().unwrap_or_default(),
                image_url: s.image_url.clone().unwrap_or_default(),
            })
            .collect();
        products.resize(MAX_PRODUCTS, ProductInput::default());
        Self {
            form: SupplierForm {
                company_name_ko: p.company_name_ko.clone(),
                company_name_en: p.company_name_en.clone(),
                business_reg_no: p.business_reg_no.clone(),
                representative: p.representative.clone(),
                contact_name: p.contact_name.clone(),
                phone: p.phone.clone(),
                website: p.website.clone(),
                address: p.address.clone(),
                company_size: p.company_size.clone(),
                year_founded: p.year_founded.map(|y| y.to_string()).unwrap_or_default(),
                sectors: p.sectors.clone(),
                served_markets: p.served_markets.join(", "),
                target_markets: p.target_markets.join(", "),
                languages: p.languages.clone(),
                catalogue_url: p.catalogue_url.clone(),
                pitch: p.pitch.clone(),
                pitch_en: p.pitch_en.clone(),
                products,
            },
            errors: Vec::new(),
        }
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    pub fn error(&self, field: &str) -> Option<&crate::domain::text::Text> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| &e.message)
    }

    /// `" invalid"` for a field with an error, for its wrapper's class.
    pub fn invalid(&self, field: &str) -> &'static str {
        if self.error(field).is_some() {
            " invalid"
        } else {
            ""
        }
    }

    /// What was typed into a one-value field.
    pub fn value(&self, field: &str) -> &str {
        let f = &self.form;
        match field {
            "company_name_ko" => &f.company_name_ko,
            "company_name_en" => &f.company_name_en,
            "business_reg_no" => &f.business_reg_no,
            "representative" => &f.representative,
            "contact_name" => &f.contact_name,
            "phone" => &f.phone,
            "website" => &f.website,
            "address" => &f.address,
            "year_founded" => &f.year_founded,
            "served_markets" => &f.served_markets,
            "target_markets" => &f.target_markets,
            "catalogue_url" => &f.catalogue_url,
            "pitch" => &f.pitch,
            "pitch_en" => &f.pitch_en,
            _ => "",
        }
    }

    /// Every sector code, in list order (names: `t.sector(code)`).
    pub fn sectors(&self) -> Vec<&'static str> {
        reference::SECTORS
            .iter()
            .map(|(code, _, _)| *code)
            .collect()
    }

    pub fn sector_checked(&self, code: &str) -> bool {
        self.form.sectors.iter().any(|s| s == code)
    }

    /// Every language code, in list order (names: `t.language(code)`).
    pub fn language_checked(&self, code: &str) -> bool {
        self.form.languages.iter().any(|s| s == code)
    }

    pub fn sizes(&self) -> [CompanySize; 4] {
        CompanySize::ALL
    }

    pub fn size_selected(&self, size: &CompanySize) -> bool {
        self.form.company_size == size.as_str()
    }

    pub fn product_rows(&self) -> Vec<ProductRow<'_>> {
        self.form
            .products
            .iter()
            .take(MAX_PRODUCTS)
            .enumerate()
            .map(|(i, input)| ProductRow {
                number: i + 1,
                name_field: PRODUCT_NAME[i],
                description_field: PRODUCT_DESCRIPTION[i],
                name_en_field: PRODUCT_NAME_EN[i],
                description_en_field: PRODUCT_DESCRIPTION_EN[i],
                hs_code_field: PRODUCT_HS_CODE[i],
                image_url_field: PRODUCT_IMAGE_URL[i],
                input,
            })
            .collect()
    }

    /// Product rows after the first stay folded unless they hold something.
    pub fn row_open(&self, row: &ProductRow<'_>) -> bool {
        row.number == 1
            || !row.input.is_blank()
            || [
                row.name_field,
                row.description_field,
                row.name_en_field,
                row.description_en_field,
                row.hs_code_field,
                row.image_url_field,
            ]
            .iter()
            .any(|f| self.error(f).is_some())
    }
}
