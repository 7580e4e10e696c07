//! Turning a typed supplier form into a profile, with every field error at once.

use crate::domain::reference;

use super::{
    BusinessRegNo, CompanySize, HsCode, MAX_PRODUCTS, PITCH_MAX, PRODUCT_DESCRIPTION,
    PRODUCT_DESCRIPTION_EN, PRODUCT_HS_CODE, PRODUCT_IMAGE_URL, PRODUCT_NAME, PRODUCT_NAME_EN,
    Phone, Product, ProductInput, SupplierForm, SupplierProfile, WebLink,
};
use crate::domain::values::{CountryCode, FieldError};

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Trimmed text of at most `max` characters; `required` refuses empty text; line
/// breaks only where `multiline`.
fn text(
    field: &'static str,
    raw: &str,
    max: usize,
    required: bool,
    multiline: bool,
) -> Result<String, FieldError> {
    let value = raw.trim();
    if required && value.is_empty() {
        return Err(FieldError::new(field, crate::text!("err-sup-required")));
    }
    if value.chars().count() > max {
        return Err(FieldError::new(
            field,
            crate::text!(
                "err-sup-too-long-typed",
                max = max,
                typed = value.chars().count()
            ),
        ));
    }
    let bad_control = value
        .chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    if bad_control {
        return Err(FieldError::new(field, crate::text!("err-sup-line-breaks")));
    }
    Ok(value.replace("\r\n", "\n"))
}

fn english(field: &'static str, value: String) -> Result<String, FieldError> {
    if value.chars().any(is_hangul) {
        return Err(FieldError::new(field, crate::text!("err-sup-english-only")));
    }
    Ok(value)
}

/// Country codes or English names separated by commas, semicolons or spaces between
/// codes; repeated countries count once.
pub fn parse_countries(field: &'static str, raw: &str) -> Result<Vec<CountryCode>, FieldError> {
    let mut out: Vec<CountryCode> = Vec::new();
    for item in raw.split([',', ';', '\n']) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        let by_name = reference::COUNTRIES
            .iter()
            .find(|(_, name, _)| name.eq_ignore_ascii_case(item))
            .map(|(code, _, _)| *code);
        let parsed = match by_name {
            Some(code) => CountryCode::parse(code),
            None if item.contains(' ') && item.split_whitespace().all(|w| w.len() == 2) => {
                // "VN TH US": codes separated by spaces.
                let mut codes = Vec::new();
                for w in item.split_whitespace() {
                    codes.push(
                        CountryCode::parse(w).map_err(|e| FieldError::new(field, e.message))?,
                    );
                }
                for c in codes {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
                continue;
            }
            None => CountryCode::parse(item),
        };
        let code = parsed.map_err(|e| FieldError::new(field, e.message))?;
        if !out.contains(&code) {
            out.push(code);
        }
    }
    if out.len() > 60 {
        return Err(FieldError::new(
            field,
            crate::text!("err-sup-countries-max", max = 60),
        ));
    }
    Ok(out)
}

impl SupplierForm {
    /// Builds the form from submitted `name=value` pairs (repeated names for the
    /// check boxes). Unknown names are ignored.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut f = Self {
            products: vec![ProductInput::default(); MAX_PRODUCTS],
            ..Self::default()
        };
        for (name, value) in pairs {
            let value = value.clone();
            match name.as_str() {
                "company_name_ko" => f.company_name_ko = value,
                "company_name_en" => f.company_name_en = value,
                "business_reg_no" => f.business_reg_no = value,
                "representative" => f.representative = value,
                "contact_name" => f.contact_name = value,
                "phone" => f.phone = value,
                "website" => f.website = value,
                "address" => f.address = value,
                "company_size" => f.company_size = value,
                "year_founded" => f.year_founded = value,
                "sectors" => f.sectors.push(value),
                "served_markets" => f.served_markets = value,
                "target_markets" => f.target_markets = value,
                "languages" => f.languages.push(value),
                "catalogue_url" => f.catalogue_url = value,
                "pitch" => f.pitch = value,
                "pitch_en" => f.pitch_en = value,
                other => {
                    let row = |names: &[&str; MAX_PRODUCTS]| names.iter().position(|n| *n == other);
                    if let Some(i) = row(&PRODUCT_NAME) {
                        f.products[i].name = value;
                    } else if let Some(i) = row(&PRODUCT_DESCRIPTION) {
                        f.products[i].description = value;
                    } else if let Some(i) = row(&PRODUCT_HS_CODE) {
                        f.products[i].hs_code = value;
                    } else if let Some(i) = row(&PRODUCT_IMAGE_URL) {
                        f.products[i].image_url = value;
                    } else if let Some(i) = row(&PRODUCT_NAME_EN) {
                        f.products[i].name_en = value;
                    } else if let Some(i) = row(&PRODUCT_DESCRIPTION_EN) {
                        f.products[i].description_en = value;
                    }
                }
            }
        }
        f
    }

    /// Every rule at once: all refused fields come back together, each with its
    /// field name, so the page can mark them all.
    pub fn parse(&self, this_year: i32) -> Result<SupplierProfile, Vec<FieldError>> {
        let mut errors = Vec::new();

        let company_name_ko = take(
            &mut errors,
            text("company_name_ko", &self.company_name_ko, 120, true, false),
        );
        let company_name_en = take(
            &mut errors,
            text("company_name_en", &self.company_name_en, 120, true, false)
                .and_then(|v| english("company_name_en", v)),
        );
        let business_reg_no = take(&mut errors, BusinessRegNo::parse(&self.business_reg_no));
        let representative = take(
            &mut errors,
            text("representative", &self.representative, 120, true, false),
        );
        let contact_name = take(
            &mut errors,
            text("contact_name", &self.contact_name, 120, true, false),
        );
        let phone = take(&mut errors, Phone::parse(&self.phone));
        let website = take(
            &mut errors,
            WebLink::parse_optional("website", &self.website),
        );
        let address = take(
            &mut errors,
            text("address", &self.address, 300, true, false),
        );
        let company_size = take(&mut errors, CompanySize::parse(&self.company_size));
        let year_founded = take(&mut errors, parse_year(&self.year_founded, this_year));
        let sectors = take(&mut errors, parse_sectors(&self.sectors));
        let served_markets = take(
            &mut errors,
            parse_countries("served_markets", &self.served_markets),
        );
        let target_markets = take(
            &mut errors,
            parse_countries("target_markets", &self.target_markets),
        );
        let languages = take(&mut errors, parse_languages(&self.languages));
        let catalogue_url = take(
            &mut errors,
            WebLink::parse_optional("catalogue_url", &self.catalogue_url),
        );
        // The description may be in any language; its English half, when given, must
        // be English: that is the one foreign buyers read.
        let pitch = take(
            &mut errors,
            text("pitch", &self.pitch, PITCH_MAX, true, true),
        );
        let pitch_en = take(
            &mut errors,
            text("pitch_en", &self.pitch_en, PITCH_MAX, false, true)
                .and_then(|v| english("pitch_en", v)),
        );
        let mut products = Vec::new();
        for (i, p) in self.products.iter().enumerate().take(MAX_PRODUCTS) {
            if p.is_blank() {
                continue;
            }
            let name = take(
                &mut errors,
                text(PRODUCT_NAME[i], &p.name, 120, true, false),
            );
            let description = take(
                &mut errors,
                text(PRODUCT_DESCRIPTION[i], &p.description, 600, false, true),
            );
            let hs_code = take(
                &mut errors,
                if p.hs_code.trim().is_empty() {
                    Ok(None)
                } else {
                    HsCode::parse(PRODUCT_HS_CODE[i], &p.hs_code).map(Some)
                },
            );
            let image_url = take(
                &mut errors,
                WebLink::parse_optional(PRODUCT_IMAGE_URL[i], &p.image_url),
            );
            let name_en = take(
                &mut errors,
                text(PRODUCT_NAME_EN[i], &p.name_en, 120, false, false)
                    .and_then(|v| english(PRODUCT_NAME_EN[i], v)),
            );
            let description_en = take(
                &mut errors,
                text(
                    PRODUCT_DESCRIPTION_EN[i],
                    &p.description_en,
                    600,
                    false,
                    true,
                )
                .and_then(|v| english(PRODUCT_DESCRIPTION_EN[i], v)),
            );
            if let (
                Some(name),
                Some(description),
                Some(hs_code),
                Some(image_url),
                Some(name_en),
                Some(description_en),
            ) = (
                name,
                description,
                hs_code,
                image_url,
                name_en,
                description_en,
            ) {
                products.push(Product {
                    name,
                    description,
                    name_en,
                    description_en,
                    hs_code,
                    image_url,
                });
            }
        }
        if self.products.iter().all(ProductInput::is_blank) {
            errors.push(FieldError::new(
                PRODUCT_NAME[0],
                crate::text!("err-sup-product-missing"),
            ));
        }

        match (
            company_name_ko,
            company_name_en,
            business_reg_no,
            representative,
            contact_name,
            phone,
            website,
            address,
            company_size,
            year_founded,
            sectors,
            served_markets,
            target_markets,
            languages,
            catalogue_url,
            pitch,
            pitch_en,
        ) {
            (
                Some(company_name_ko),
                Some(company_name_en),
                Some(business_reg_no),
                Some(representative),
                Some(contact_name),
                Some(phone),
                Some(website),
                Some(address),
                Some(company_size),
                Some(year_founded),
                Some(sectors),
                Some(served_markets),
                Some(target_markets),
                Some(languages),
                Some(catalogue_url),
                Some(pitch),
                Some(pitch_en),
            ) if errors.is_empty() => Ok(SupplierProfile {
                company_name_ko,
                company_name_en,
                business_reg_no,
                representative,
                contact_name,
                phone,
                website,
                address,
                company_size,
                year_founded,
                sectors,
                served_markets,
                target_markets,
                languages,
                catalogue_url,
                pitch,
                pitch_en,
                products,
            }),
            _ => Err(errors),
        }
    }
}

/// The value, or `None` with its error kept.
fn take<T>(errors: &mut Vec<FieldError>, r: Result<T, FieldError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

fn parse_year(raw: &str, this_year: i32) -> Result<Option<i32>, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    match raw.parse::<i32>() {
        Ok(y) if (1800..=this_year).contains(&y) => Ok(Some(y)),
        _ => Err(FieldError::new(
            "year_founded",
            crate::text!("err-sup-year", last = this_year),
        )),
    }
}

fn parse_sectors(raw: &[String]) -> Result<Vec<&'static str>, FieldError> {
    if raw.is_empty() {
        return Err(FieldError::new(
            "sectors",
            crate::text!("err-sup-sector-missing"),
        ));
    }
    for code in raw {
        if reference::sector(code).is_none() {
            return Err(FieldError::new(
                "sectors",
                crate::text!("err-sup-sector-unknown", code = code.as_str()),
            ));
        }
    }
    Ok(reference::SECTORS
        .iter()
        .map(|(code, _, _)| *code)
        .filter(|code| raw.iter().any(|r| r == code))
        .collect())
}

fn parse_languages(raw: &[String]) -> Result<Vec<&'static str>, FieldError> {
    if raw.is_empty() {
        return Err(FieldError::new(
            "languages",
            crate::text!("err-sup-language-missing"),
        ));
    }
    for code in raw {
        if reference::language_name(code).is_none() {
            return Err(FieldError::new(
                "languages",
                crate::text!("err-sup-language-unknown", code = code.as_str()),
            ));
        }
    }
    Ok(reference::LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .filter(|code| raw.iter().any(|r| r == code))
        .collect())
}
