//! Specifications of the supplier profile: the values, the form and its errors.

use super::values::check_digit;
use crate::domain::values::CountryCode;

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
    assert!(e.message.to_string().contains("ZZ"));
}

fn valid_form() -> SupplierForm {
    let mut products = vec![ProductInput::default(); MAX_PRODUCTS];
    products[0] = ProductInput {
        name: "막여과 정수 장치 (Membrane filtration unit)".into(),
        description: "Containerised, 50 m³/day".into(),
        hs_code: "8421.21".into(),
        image_url: String::new(),
        ..ProductInput::default()
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
        pitch: "소규모 도시를 위한 컴팩트 수처리 장치를 만듭니다.".into(),
        pitch_en: "Compact water treatment for small towns.".into(),
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
    form.pitch_en = "한국어 소개".into();
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
            "pitch_en",
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

#[test]
fn the_description_may_be_korean_and_its_english_halves_must_be_english() {
    let mut form = valid_form();
    form.pitch_en.clear();
    form.products[0].name_en = "Membrane filtration unit".into();
    let profile = form
        .clone()
        .parse(2026)
        .expect("Korean description alone is fine");
    assert_eq!(profile.pitch_en, "");
    assert_eq!(profile.products[0].name_en, "Membrane filtration unit");
    form.products[0].name_en = "막여과 장치".into();
    form.products[0].description_en = "정수".into();
    let fields: Vec<&str> = form
        .parse(2026)
        .expect_err("Hangul in English fields")
        .iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, ["product_name_en_0", "product_description_en_0"]);
}
