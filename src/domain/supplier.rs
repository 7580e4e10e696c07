//! A supplier's company profile: the values it is made of and the form it is typed
//! into. `SupplierForm` holds exactly what was typed (so a refused form can show it
//! again); `SupplierForm::parse` turns it into a `SupplierProfile` or into every
//! field error at once, each naming its form field.

use std::fmt;

use super::reference;
use super::values::{CountryCode, FieldError};

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

/// A Korean business registration number (사업자등록번호), `123-45-67890`, whose last
/// digit is the check digit of the National Tax Service's rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BusinessRegNo(String);

impl BusinessRegNo {
    pub const FIELD: &'static str = "business_reg_no";

    /// Accepts the ten digits with or without hyphens or spaces; stores `123-45-67890`.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(FieldError::new(
                Self::FIELD,
                "Enter your business registration number (사업자등록번호).",
            ));
        }
        if raw
            .chars()
            .any(|c| !(c.is_ascii_digit() || c == '-' || c == ' '))
        {
            return Err(FieldError::new(
                Self::FIELD,
                "Use digits only, like 123-45-67890.",
            ));
        }
        let digits: Vec<u32> = raw.chars().filter_map(|c| c.to_digit(10)).collect();
        let Ok(d) = <[u32; 10]>::try_from(digits) else {
            return Err(FieldError::new(
                Self::FIELD,
                "A business registration number has 10 digits, like 123-45-67890.",
            ));
        };
        if check_digit(&d) != d[9] {
            return Err(FieldError::new(
                Self::FIELD,
                "This number is not valid: its last digit does not match. Check it against your registration certificate.",
            ));
        }
        let s: String = d.iter().map(|n| char::from(b'0' + (*n as u8))).collect();
        Ok(Self(format!("{}-{}-{}", &s[0..3], &s[3..5], &s[5..10])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The valid number whose first nine digits are `serial` (demo and test data).
    pub fn from_serial(serial: u32) -> Self {
        let mut d = [0u32; 10];
        let mut n = serial % 1_000_000_000;
        for digit in d[..9].iter_mut().rev() {
            *digit = n % 10;
            n /= 10;
        }
        d[9] = check_digit(&d);
        let s: String = d.iter().map(|n| char::from(b'0' + (*n as u8))).collect();
        Self(format!("{}-{}-{}", &s[0..3], &s[3..5], &s[5..10]))
    }
}

impl fmt::Display for BusinessRegNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The National Tax Service check digit of the first nine digits.
fn check_digit(d: &[u32; 10]) -> u32 {
    const WEIGHTS: [u32; 9] = [1, 3, 7, 1, 3, 7, 1, 3, 5];
    let mut sum: u32 = d.iter().zip(WEIGHTS).map(|(x, w)| x * w).sum();
    sum += d[8] * 5 / 10;
    (10 - sum % 10) % 10
}

/// A telephone number as people write it: digits with spaces, hyphens, dots or
/// parentheses, an optional leading `+`; 7 to 15 digits (the E.164 maximum).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let phone = raw.trim();
        if phone.is_empty() {
            return Err(FieldError::new("phone", "Enter a phone number."));
        }
        let body = phone.strip_prefix('+').unwrap_or(phone);
        let allowed = body
            .chars()
            .all(|c| c.is_ascii_digit() || " -.()".contains(c));
        let digits = body.chars().filter(char::is_ascii_digit).count();
        if !allowed || !(7..=15).contains(&digits) {
            return Err(FieldError::new(
                "phone",
                "Enter a phone number like +82 2-1234-5678 (digits, spaces and hyphens only).",
            ));
        }
        Ok(Self(phone.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A web address (`http` or `https`) of at most 300 characters. `www.x.com` is read
/// as `https://www.x.com`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebLink(String);

impl WebLink {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let raw = raw.trim();
        let bad = || FieldError::new(field, "Enter a web address like https://www.company.co.kr.");
        if raw.chars().count() > 300 {
            return Err(FieldError::new(field, "Use at most 300 characters."));
        }
        let candidate = if raw.contains("://") {
            raw.to_owned()
        } else {
            format!("https://{raw}")
        };
        let url = url::Url::parse(&candidate).map_err(|_| bad())?;
        let host_ok = url
            .host_str()
            .is_some_and(|h| h.contains('.') && !h.starts_with('.') && !h.ends_with('.'));
        if !matches!(url.scheme(), "http" | "https")
            || !host_ok
            || raw.contains(char::is_whitespace)
        {
            return Err(bad());
        }
        Ok(Self(candidate))
    }

    /// Empty input is no link at all.
    pub fn parse_optional(field: &'static str, raw: &str) -> Result<Option<Self>, FieldError> {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(field, raw).map(Some)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A Harmonized System code: 2 to 10 digits (dots and spaces as people write them,
/// `8421.21`, are dropped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HsCode(String);

impl HsCode {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let raw = raw.trim();
        let ok_chars = raw
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ' ');
        let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
        if !ok_chars || !(2..=10).contains(&digits.len()) {
            return Err(FieldError::new(
                field,
                "An HS code has 2 to 10 digits, like 8421.21 (leave it empty if unsure).",
            ));
        }
        Ok(Self(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

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

/// One product as typed; a row left entirely empty is no product.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProductInput {
    pub name: String,
    pub description: String,
    pub hs_code: String,
    pub image_url: String,
}

impl ProductInput {
    pub fn is_blank(&self) -> bool {
        [
            &self.name,
            &self.description,
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
    pub pitch: String,
    pub products: Vec<Product>,
}

pub const PITCH_MAX: usize = 600;

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
        return Err(FieldError::new(field, "This field is required."));
    }
    if value.chars().count() > max {
        return Err(FieldError::new(
            field,
            format!(
                "Use at most {max} characters (you typed {}).",
                value.chars().count()
            ),
        ));
    }
    let bad_control = value
        .chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    if bad_control {
        return Err(FieldError::new(field, "Remove the line breaks or tabs."));
    }
    Ok(value.replace("\r\n", "\n"))
}

fn english(field: &'static str, value: String) -> Result<String, FieldError> {
    if value.chars().any(is_hangul) {
        return Err(FieldError::new(
            field,
            "Write this in English: foreign buyers read it.",
        ));
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
        return Err(FieldError::new(field, "List at most 60 countries."));
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
        let pitch = take(
            &mut errors,
            text("pitch", &self.pitch, PITCH_MAX, true, true).and_then(|v| english("pitch", v)),
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
            if let (Some(name), Some(description), Some(hs_code), Some(image_url)) =
                (name, description, hs_code, image_url)
            {
                products.push(Product {
                    name,
                    description,
                    hs_code,
                    image_url,
                });
            }
        }
        if self.products.iter().all(ProductInput::is_blank) {
            errors.push(FieldError::new(
                PRODUCT_NAME[0],
                "Add at least one product, so buyers know what you sell.",
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
            format!("Enter a year between 1800 and {this_year}, like 2009."),
        )),
    }
}

fn parse_sectors(raw: &[String]) -> Result<Vec<&'static str>, FieldError> {
    if raw.is_empty() {
        return Err(FieldError::new(
            "sectors",
            "Choose at least one sector, so buyers can find you.",
        ));
    }
    for code in raw {
        if reference::sector(code).is_none() {
            return Err(FieldError::new(
                "sectors",
                format!("“{code}” is not a sector in our list. Choose from the list."),
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
            "Choose the languages your staff at the table speak.",
        ));
    }
    for code in raw {
        if reference::language_name(code).is_none() {
            return Err(FieldError::new(
                "languages",
                format!("“{code}” is not a language in our list."),
            ));
        }
    }
    Ok(reference::LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .filter(|code| raw.iter().any(|r| r == code))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_numbers_get_their_check_digit() {
        for serial in [0, 7, 123_456_789, 999_999_999, 1_234_567_890] {
            let made = BusinessRegNo::from_serial(serial);
            assert_eq!(BusinessRegNo::parse(made.as_str()), Ok(made.clone()));
        }
        assert_eq!(
            BusinessRegNo::from_serial(123_456_789).as_str(),
            "123-45-6789".to_owned() + &check_digit(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 0]).to_string()
        );
    }

    #[test]
    fn business_registration_numbers_need_a_matching_check_digit() {
        // 1·1+3·3+4·7+8·1+6·3+4·7+5·1+3·3+6·5 = 136, + ⌊6·5/10⌋ = 139 → check 1.
        assert_eq!(
            BusinessRegNo::parse("134-86-45361").map(|b| b.as_str().to_owned()),
            Ok("134-86-45361".to_owned())
        );
        assert_eq!(
            BusinessRegNo::parse(" 1348645361 ").map(|b| b.as_str().to_owned()),
            Ok("134-86-45361".to_owned()),
            "digits without hyphens are formatted"
        );
        for (raw, why) in [
            ("134-86-45362", "wrong check digit"),
            ("", "empty"),
            ("134-86-4536", "nine digits"),
            ("134-86-453611", "eleven digits"),
            ("134-86-4536l", "a letter"),
            ("일이삼-45-67890", "Hangul"),
        ] {
            let e = BusinessRegNo::parse(raw).expect_err(why);
            assert_eq!(e.field, "business_reg_no", "case {why}");
        }
    }

    #[test]
    fn the_check_digit_rule_matches_the_tax_service_examples() {
        // Worked by hand: 220-81-62517 sums to 83 → 7; 124-81-00998 to 118 + 4 → 8.
        for good in [
            "220-81-62517",
            "124-81-00998",
            "296-86-92143",
            "553-86-35609",
        ] {
            assert!(BusinessRegNo::parse(good).is_ok(), "case {good}");
        }
    }

    #[test]
    fn phones_websites_and_hs_codes() {
        for ok in [
            "+82 2-1234-5678",
            "010-1234-5678",
            "(02) 555 0101",
            "+84.28.3822.1234",
        ] {
            assert!(Phone::parse(ok).is_ok(), "case {ok}");
        }
        for bad in [
            "",
            "12345",
            "+82 2 1234 5678 9999 1",
            "call me",
            "02-1234-567八",
        ] {
            assert!(Phone::parse(bad).is_err(), "case {bad}");
        }
        assert_eq!(
            WebLink::parse("website", "www.hanbit.co.kr").map(|w| w.as_str().to_owned()),
            Ok("https://www.hanbit.co.kr".to_owned())
        );
        for bad in [
            "ftp://x.com",
            "not a site",
            "https://localhost",
            "javascript:alert(1)",
        ] {
            assert!(WebLink::parse("website", bad).is_err(), "case {bad}");
        }
        assert_eq!(
            HsCode::parse("h", "8421.21").map(|h| h.as_str().to_owned()),
            Ok("842121".to_owned())
        );
        for bad in ["8", "84212112345", "84A1"] {
            assert!(HsCode::parse("h", bad).is_err(), "case {bad}");
        }
    }

    #[test]
    fn countries_are_read_as_codes_or_names() {
        let got = parse_countries("served_markets", "vn, Thailand; US VN").expect("valid");
        let codes: Vec<&str> = got.iter().map(CountryCode::as_str).collect();
        assert_eq!(codes, ["VN", "TH", "US"]);
        let e = parse_countries("target_markets", "VN, ZZ").expect_err("ZZ");
        assert_eq!(e.field, "target_markets");
        assert!(e.message.contains("ZZ"));
    }

    fn valid_form() -> SupplierForm {
        let mut products = vec![ProductInput::default(); MAX_PRODUCTS];
        products[0] = ProductInput {
            name: "막여과 정수 장치 (Membrane filtration unit)".into(),
            description: "Containerised, 50 m³/day".into(),
            hs_code: "8421.21".into(),
            image_url: String::new(),
        };
        SupplierForm {
            company_name_ko: "㈜한빛워터텍".into(),
            company_name_en: "Hanbit Watertech Co., Ltd.".into(),
            business_reg_no: "134-86-45361".into(),
            representative: "김한빛".into(),
            contact_name: "이수진".into(),
            phone: "+82 31-123-4567".into(),
            website: "hanbit.example".into(),
            address: "경기도 성남시 분당구 판교로 1".into(),
            company_size: "small".into(),
            year_founded: "2009".into(),
            sectors: vec!["water".into(), "smartcity".into()],
            served_markets: "VN, TH".into(),
            target_markets: "PE, Kenya".into(),
            languages: vec!["ko".into(), "en".into()],
            catalogue_url: String::new(),
            pitch: "Compact water treatment for small towns.".into(),
            products,
        }
    }

    #[test]
    fn a_complete_form_with_hangul_parses() {
        let profile = valid_form().parse(2026).expect("valid");
        assert_eq!(profile.company_name_ko, "㈜한빛워터텍");
        assert_eq!(profile.sectors, ["water", "smartcity"]);
        assert_eq!(profile.products.len(), 1);
        assert_eq!(
            profile
                .target_markets
                .iter()
                .map(CountryCode::as_str)
                .collect::<Vec<_>>(),
            ["PE", "KE"]
        );
    }

    #[test]
    fn every_refused_field_is_reported_with_its_name() {
        let mut form = valid_form();
        form.business_reg_no = "134-86-45362".into();
        form.phone = "phone".into();
        form.sectors = vec!["spaceships".into()];
        form.pitch = "한국어 소개".into();
        form.company_name_ko = "가".repeat(121);
        form.year_founded = "3000".into();
        form.products[1].hs_code = "1".into();
        let errors = form.parse(2026).expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "company_name_ko",
                "business_reg_no",
                "phone",
                "year_founded",
                "sectors",
                "pitch",
                "product_name_1",
                "product_hs_code_1",
            ]
        );
    }

    #[test]
    fn at_least_one_product_sector_and_language_are_needed() {
        let mut form = valid_form();
        form.products = vec![ProductInput::default(); MAX_PRODUCTS];
        form.sectors.clear();
        form.languages.clear();
        let fields: Vec<&str> = form
            .parse(2026)
            .expect_err("invalid")
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["sectors", "languages", "product_name_0"]);
    }
}
