//! ISO reference data used to parse and display countries and languages.

/// ISO 3166-1 alpha-2 code, English short name, and the IANA time zone most people
/// in that country use (the capital's zone), sorted by code.
///
/// Contains all 249 officially assigned alpha-2 codes (user-assigned codes such as
/// "XK" are deliberately absent). Uninhabited territories get a nearby zone.
pub static COUNTRIES: &[(&str, &str, &str)] = &[
    ("AD", "Andorra", "Europe/Andorra"),
    ("AE", "United Arab Emirates", "Asia/Dubai"),
    ("AF", "Afghanistan", "Asia/Kabul"),
    ("AG", "Antigua and Barbuda", "America/Antigua"),
    ("AI", "Anguilla", "America/Anguilla"),
    ("AL", "Albania", "Europe/Tirane"),
    ("AM", "Armenia", "Asia/Yerevan"),
    ("AO", "Angola", "Africa/Luanda"),
    ("AQ", "Antarctica", "Antarctica/McMurdo"),
    ("AR", "Argentina", "America/Argentina/Buenos_Aires"),
    ("AS", "American Samoa", "Pacific/Pago_Pago"),
    ("AT", "Austria", "Europe/Vienna"),
    ("AU", "Australia", "Australia/Sydney"),
    ("AW", "Aruba", "America/Aruba"),
    ("AX", "Åland Islands", "Europe/Mariehamn"),
    ("AZ", "Azerbaijan", "Asia/Baku"),
    ("BA", "Bosnia and Herzegovina", "Europe/Sarajevo"),
    ("BB", "Barbados", "America/Barbados"),
    ("BD", "Bangladesh", "Asia/Dhaka"),
    ("BE", "Belgium", "Europe/Brussels"),
    ("BF", "Burkina Faso", "Africa/Ouagadougou"),
    ("BG", "Bulgaria", "Europe/Sofia"),
    ("BH", "Bahrain", "Asia/Bahrain"),
    ("BI", "Burundi", "Africa/Bujumbura"),
    ("BJ", "Benin", "Africa/Porto-Novo"),
    ("BL", "Saint Barthélemy", "America/St_Barthelemy"),
    ("BM", "Bermuda", "Atlantic/Bermuda"),
    ("BN", "Brunei", "Asia/Brunei"),
    ("BO", "Bolivia", "America/La_Paz"),
    ("BQ", "Caribbean Netherlands", "America/Kralendijk"),
    ("BR", "Brazil", "America/Sao_Paulo"),
    ("BS", "Bahamas", "America/Nassau"),
    ("BT", "Bhutan", "Asia/Thimphu"),
    ("BV", "Bouvet Island", "Europe/Oslo"),
    ("BW", "Botswana", "Africa/Gaborone"),
    ("BY", "Belarus", "Europe/Minsk"),
    ("BZ", "Belize", "America/Belize"),
    ("CA", "Canada", "America/Toronto"),
    ("CC", "Cocos (Keeling) Islands", "Indian/Cocos"),
    ("CD", "Democratic Republic of the Congo", "Africa/Kinshasa"),
    ("CF", "Central African Republic", "Africa/Bangui"),
    ("CG", "Republic of the Congo", "Africa/Brazzaville"),
    ("CH", "Switzerland", "Europe/Zurich"),
    ("CI", "Côte d'Ivoire", "Africa/Abidjan"),
    ("CK", "Cook Islands", "Pacific/Rarotonga"),
    ("CL", "Chile", "America/Santiago"),
    ("CM", "Cameroon", "Africa/Douala"),
    ("CN", "China", "Asia/Shanghai"),
    ("CO", "Colombia", "America/Bogota"),
    ("CR", "Costa Rica", "America/Costa_Rica"),
    ("CU", "Cuba", "America/Havana"),
    ("CV", "Cape Verde", "Atlantic/Cape_Verde"),
    ("CW", "Curaçao", "America/Curacao"),
    ("CX", "Christmas Island", "Indian/Christmas"),
    ("CY", "Cyprus", "Asia/Nicosia"),
    ("CZ", "Czechia", "Europe/Prague"),
    ("DE", "Germany", "Europe/Berlin"),
    ("DJ", "Djibouti", "Africa/Djibouti"),
    ("DK", "Denmark", "Europe/Copenhagen"),
    ("DM", "Dominica", "America/Dominica"),
    ("DO", "Dominican Republic", "America/Santo_Domingo"),
    ("DZ", "Algeria", "Africa/Algiers"),
    ("EC", "Ecuador", "America/Guayaquil"),
    ("EE", "Estonia", "Europe/Tallinn"),
    ("EG", "Egypt", "Africa/Cairo"),
    ("EH", "Western Sahara", "Africa/El_Aaiun"),
    ("ER", "Eritrea", "Africa/Asmara"),
    ("ES", "Spain", "Europe/Madrid"),
    ("ET", "Ethiopia", "Africa/Addis_Ababa"),
    ("FI", "Finland", "Europe/Helsinki"),
    ("FJ", "Fiji", "Pacific/Fiji"),
    ("FK", "Falkland Islands", "Atlantic/Stanley"),
    ("FM", "Micronesia", "Pacific/Pohnpei"),
    ("FO", "Faroe Islands", "Atlantic/Faroe"),
    ("FR", "France", "Europe/Paris"),
    ("GA", "Gabon", "Africa/Libreville"),
    ("GB", "United Kingdom", "Europe/London"),
    ("GD", "Grenada", "America/Grenada"),
    ("GE", "Georgia", "Asia/Tbilisi"),
    ("GF", "French Guiana", "America/Cayenne"),
    ("GG", "Guernsey", "Europe/Guernsey"),
    ("GH", "Ghana", "Africa/Accra"),
    ("GI", "Gibraltar", "Europe/Gibraltar"),
    ("GL", "Greenland", "America/Nuuk"),
    ("GM", "Gambia", "Africa/Banjul"),
    ("GN", "Guinea", "Africa/Conakry"),
    ("GP", "Guadeloupe", "America/Guadeloupe"),
    ("GQ", "Equatorial Guinea", "Africa/Malabo"),
    ("GR", "Greece", "Europe/Athens"),
    (
        "GS",
        "South Georgia and the South Sandwich Islands",
        "Atlantic/South_Georgia",
    ),
    ("GT", "Guatemala", "America/Guatemala"),
    ("GU", "Guam", "Pacific/Guam"),
    ("GW", "Guinea-Bissau", "Africa/Bissau"),
    ("GY", "Guyana", "America/Guyana"),
    ("HK", "Hong Kong", "Asia/Hong_Kong"),
    (
        "HM",
        "Heard Island and McDonald Islands",
        "Indian/Kerguelen",
    ),
    ("HN", "Honduras", "America/Tegucigalpa"),
    ("HR", "Croatia", "Europe/Zagreb"),
    ("HT", "Haiti", "America/Port-au-Prince"),
    ("HU", "Hungary", "Europe/Budapest"),
    ("ID", "Indonesia", "Asia/Jakarta"),
    ("IE", "Ireland", "Europe/Dublin"),
    ("IL", "Israel", "Asia/Jerusalem"),
    ("IM", "Isle of Man", "Europe/Isle_of_Man"),
    ("IN", "India", "Asia/Kolkata"),
    ("IO", "British Indian Ocean Territory", "Indian/Chagos"),
    ("IQ", "Iraq", "Asia/Baghdad"),
    ("IR", "Iran", "Asia/Tehran"),
    ("IS", "Iceland", "Atlantic/Reykjavik"),
    ("IT", "Italy", "Europe/Rome"),
    ("JE", "Jersey", "Europe/Jersey"),
    ("JM", "Jamaica", "America/Jamaica"),
    ("JO", "Jordan", "Asia/Amman"),
    ("JP", "Japan", "Asia/Tokyo"),
    ("KE", "Kenya", "Africa/Nairobi"),
    ("KG", "Kyrgyzstan", "Asia/Bishkek"),
    ("KH", "Cambodia", "Asia/Phnom_Penh"),
    ("KI", "Kiribati", "Pacific/Tarawa"),
    ("KM", "Comoros", "Indian/Comoro"),
    ("KN", "Saint Kitts and Nevis", "America/St_Kitts"),
    ("KP", "North Korea", "Asia/Pyongyang"),
    ("KR", "South Korea", "Asia/Seoul"),
    ("KW", "Kuwait", "Asia/Kuwait"),
    ("KY", "Cayman Islands", "America/Cayman"),
    ("KZ", "Kazakhstan", "Asia/Almaty"),
    ("LA", "Laos", "Asia/Vientiane"),
    ("LB", "Lebanon", "Asia/Beirut"),
    ("LC", "Saint Lucia", "America/St_Lucia"),
    ("LI", "Liechtenstein", "Europe/Vaduz"),
    ("LK", "Sri Lanka", "Asia/Colombo"),
    ("LR", "Liberia", "Africa/Monrovia"),
    ("LS", "Lesotho", "Africa/Maseru"),
    ("LT", "Lithuania", "Europe/Vilnius"),
    ("LU", "Luxembourg", "Europe/Luxembourg"),
    ("LV", "Latvia", "Europe/Riga"),
    ("LY", "Libya", "Africa/Tripoli"),
    ("MA", "Morocco", "Africa/Casablanca"),
    ("MC", "Monaco", "Europe/Monaco"),
    ("MD", "Moldova", "Europe/Chisinau"),
    ("ME", "Montenegro", "Europe/Podgorica"),
    ("MF", "Saint Martin", "America/Marigot"),
    ("MG", "Madagascar", "Indian/Antananarivo"),
    ("MH", "Marshall Islands", "Pacific/Majuro"),
    ("MK", "North Macedonia", "Europe/Skopje"),
    ("ML", "Mali", "Africa/Bamako"),
    ("MM", "Myanmar", "Asia/Yangon"),
    ("MN", "Mongolia", "Asia/Ulaanbaatar"),
    ("MO", "Macao", "Asia/Macau"),
    ("MP", "Northern Mariana Islands", "Pacific/Saipan"),
    ("MQ", "Martinique", "America/Martinique"),
    ("MR", "Mauritania", "Africa/Nouakchott"),
    ("MS", "Montserrat", "America/Montserrat"),
    ("MT", "Malta", "Europe/Malta"),
    ("MU", "Mauritius", "Indian/Mauritius"),
    ("MV", "Maldives", "Indian/Maldives"),
    ("MW", "Malawi", "Africa/Blantyre"),
    ("MX", "Mexico", "America/Mexico_City"),
    ("MY", "Malaysia", "Asia/Kuala_Lumpur"),
    ("MZ", "Mozambique", "Africa/Maputo"),
    ("NA", "Namibia", "Africa/Windhoek"),
    ("NC", "New Caledonia", "Pacific/Noumea"),
    ("NE", "Niger", "Africa/Niamey"),
    ("NF", "Norfolk Island", "Pacific/Norfolk"),
    ("NG", "Nigeria", "Africa/Lagos"),
    ("NI", "Nicaragua", "America/Managua"),
    ("NL", "Netherlands", "Europe/Amsterdam"),
    ("NO", "Norway", "Europe/Oslo"),
    ("NP", "Nepal", "Asia/Kathmandu"),
    ("NR", "Nauru", "Pacific/Nauru"),
    ("NU", "Niue", "Pacific/Niue"),
    ("NZ", "New Zealand", "Pacific/Auckland"),
    ("OM", "Oman", "Asia/Muscat"),
    ("PA", "Panama", "America/Panama"),
    ("PE", "Peru", "America/Lima"),
    ("PF", "French Polynesia", "Pacific/Tahiti"),
    ("PG", "Papua New Guinea", "Pacific/Port_Moresby"),
    ("PH", "Philippines", "Asia/Manila"),
    ("PK", "Pakistan", "Asia/Karachi"),
    ("PL", "Poland", "Europe/Warsaw"),
    ("PM", "Saint Pierre and Miquelon", "America/Miquelon"),
    ("PN", "Pitcairn Islands", "Pacific/Pitcairn"),
    ("PR", "Puerto Rico", "America/Puerto_Rico"),
    ("PS", "Palestine", "Asia/Hebron"),
    ("PT", "Portugal", "Europe/Lisbon"),
    ("PW", "Palau", "Pacific/Palau"),
    ("PY", "Paraguay", "America/Asuncion"),
    ("QA", "Qatar", "Asia/Qatar"),
    ("RE", "Réunion", "Indian/Reunion"),
    ("RO", "Romania", "Europe/Bucharest"),
    ("RS", "Serbia", "Europe/Belgrade"),
    ("RU", "Russia", "Europe/Moscow"),
    ("RW", "Rwanda", "Africa/Kigali"),
    ("SA", "Saudi Arabia", "Asia/Riyadh"),
    ("SB", "Solomon Islands", "Pacific/Guadalcanal"),
    ("SC", "Seychelles", "Indian/Mahe"),
    ("SD", "Sudan", "Africa/Khartoum"),
    ("SE", "Sweden", "Europe/Stockholm"),
    ("SG", "Singapore", "Asia/Singapore"),
    ("SH", "Saint Helena", "Atlantic/St_Helena"),
    ("SI", "Slovenia", "Europe/Ljubljana"),
    ("SJ", "Svalbard and Jan Mayen", "Arctic/Longyearbyen"),
    ("SK", "Slovakia", "Europe/Bratislava"),
    ("SL", "Sierra Leone", "Africa/Freetown"),
    ("SM", "San Marino", "Europe/San_Marino"),
    ("SN", "Senegal", "Africa/Dakar"),
    ("SO", "Somalia", "Africa/Mogadishu"),
    ("SR", "Suriname", "America/Paramaribo"),
    ("SS", "South Sudan", "Africa/Juba"),
    ("ST", "São Tomé and Príncipe", "Africa/Sao_Tome"),
    ("SV", "El Salvador", "America/El_Salvador"),
    ("SX", "Sint Maarten", "America/Lower_Princes"),
    ("SY", "Syria", "Asia/Damascus"),
    ("SZ", "Eswatini", "Africa/Mbabane"),
    ("TC", "Turks and Caicos Islands", "America/Grand_Turk"),
    ("TD", "Chad", "Africa/Ndjamena"),
    ("TF", "French Southern Territories", "Indian/Kerguelen"),
    ("TG", "Togo", "Africa/Lome"),
    ("TH", "Thailand", "Asia/Bangkok"),
    ("TJ", "Tajikistan", "Asia/Dushanbe"),
    ("TK", "Tokelau", "Pacific/Fakaofo"),
    ("TL", "Timor-Leste", "Asia/Dili"),
    ("TM", "Turkmenistan", "Asia/Ashgabat"),
    ("TN", "Tunisia", "Africa/Tunis"),
    ("TO", "Tonga", "Pacific/Tongatapu"),
    ("TR", "Türkiye", "Europe/Istanbul"),
    ("TT", "Trinidad and Tobago", "America/Port_of_Spain"),
    ("TV", "Tuvalu", "Pacific/Funafuti"),
    ("TW", "Taiwan", "Asia/Taipei"),
    ("TZ", "Tanzania", "Africa/Dar_es_Salaam"),
    ("UA", "Ukraine", "Europe/Kyiv"),
    ("UG", "Uganda", "Africa/Kampala"),
    (
        "UM",
        "United States Minor Outlying Islands",
        "Pacific/Midway",
    ),
    ("US", "United States", "America/New_York"),
    ("UY", "Uruguay", "America/Montevideo"),
    ("UZ", "Uzbekistan", "Asia/Tashkent"),
    ("VA", "Vatican City", "Europe/Vatican"),
    (
        "VC",
        "Saint Vincent and the Grenadines",
        "America/St_Vincent",
    ),
    ("VE", "Venezuela", "America/Caracas"),
    ("VG", "British Virgin Islands", "America/Tortola"),
    ("VI", "U.S. Virgin Islands", "America/St_Thomas"),
    ("VN", "Vietnam", "Asia/Ho_Chi_Minh"),
    ("VU", "Vanuatu", "Pacific/Efate"),
    ("WF", "Wallis and Futuna", "Pacific/Wallis"),
    ("WS", "Samoa", "Pacific/Apia"),
    ("YE", "Yemen", "Asia/Aden"),
    ("YT", "Mayotte", "Indian/Mayotte"),
    ("ZA", "South Africa", "Africa/Johannesburg"),
    ("ZM", "Zambia", "Africa/Lusaka"),
    ("ZW", "Zimbabwe", "Africa/Harare"),
];

/// ISO 639-1 code and English name of the languages buyers and suppliers commonly
/// list, sorted by code.
pub static LANGUAGES: &[(&str, &str)] = &[
    ("am", "Amharic"),
    ("ar", "Arabic"),
    ("bg", "Bulgarian"),
    ("bn", "Bengali"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("gn", "Guarani"),
    ("ha", "Hausa"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hr", "Croatian"),
    ("hu", "Hungarian"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("kk", "Kazakh"),
    ("km", "Khmer"),
    ("ko", "Korean"),
    ("lo", "Lao"),
    ("mn", "Mongolian"),
    ("ms", "Malay"),
    ("my", "Burmese"),
    ("ne", "Nepali"),
    ("nl", "Dutch"),
    ("no", "Norwegian"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("si", "Sinhala"),
    ("sk", "Slovak"),
    ("sr", "Serbian"),
    ("sv", "Swedish"),
    ("sw", "Swahili"),
    ("ta", "Tamil"),
    ("th", "Thai"),
    ("tl", "Tagalog"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("uz", "Uzbek"),
    ("vi", "Vietnamese"),
    ("yo", "Yoruba"),
    ("zh", "Chinese"),
];

/// The export sectors seeded by the first migration (`sectors` table): code, English
/// and Korean name, in list order. A test checks the database holds the same list.
pub static SECTORS: &[(&str, &str, &str)] = &[
    ("water", "Water treatment & environment", "수처리·환경"),
    (
        "medical",
        "Medical devices & healthcare",
        "의료기기·헬스케어",
    ),
    ("ict", "ICT, software & security", "ICT·소프트웨어·보안"),
    ("energy", "Energy & power equipment", "에너지·전력기자재"),
    (
        "construction",
        "Construction & building materials",
        "건설·건축자재",
    ),
    ("transport", "Transport & mobility", "교통·모빌리티"),
    (
        "safety",
        "Safety, disaster response & defence supplies",
        "안전·재난·방산",
    ),
    ("agrifood", "Agriculture & food", "농업·식품"),
    ("textiles", "Textiles & apparel", "섬유·의류"),
    (
        "machinery",
        "Machinery & industrial equipment",
        "기계·산업장비",
    ),
    ("electronics", "Electronics & components", "전자·부품"),
    ("education", "Education & office supplies", "교육·사무용품"),
    ("cosmetics", "Cosmetics & consumer goods", "화장품·생활용품"),
    ("chemicals", "Chemicals & materials", "화학·소재"),
    ("auto", "Automotive parts", "자동차부품"),
    (
        "smartcity",
        "Smart city & public services",
        "스마트시티·공공서비스",
    ),
];

/// The (code, English, Korean) entry of a seeded sector.
pub fn sector(code: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    SECTORS.iter().find(|(c, _, _)| *c == code)
}

fn find_country(code: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    COUNTRIES
        .binary_search_by(|(c, _, _)| (*c).cmp(code))
        .ok()
        .map(|i| &COUNTRIES[i])
}

/// English short name for an exact upper-case ISO 3166-1 alpha-2 code.
pub fn country_name(code: &str) -> Option<&'static str> {
    find_country(code).map(|&(_, name, _)| name)
}

/// The country's name for people to read: "Saudi Arabia" for "SA", or the code itself
/// when the list does not know it.
pub fn country_label(code: &str) -> &str {
    country_name(code).unwrap_or(code)
}

/// IANA time zone of the capital for an exact upper-case ISO 3166-1 alpha-2 code.
pub fn country_timezone(code: &str) -> Option<&'static str> {
    find_country(code).map(|&(_, _, tz)| tz)
}

/// English name for an exact lower-case ISO 639-1 code.
pub fn language_name(code: &str) -> Option<&'static str> {
    LANGUAGES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| LANGUAGES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_sorted_unique_and_complete() {
        assert_eq!(COUNTRIES.len(), 249);
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        for &(code, name, tz) in COUNTRIES {
            assert_eq!(code.len(), 2);
            assert!(code.bytes().all(|b| b.is_ascii_uppercase()), "{code}");
            assert!(!name.is_empty(), "{code}");
            assert!(tz.contains('/'), "{code}: {tz}");
        }
        assert!(country_name("XK").is_none());
    }

    #[test]
    fn languages_sorted_unique() {
        assert!(LANGUAGES.windows(2).all(|w| w[0].0 < w[1].0));
        for &(code, name) in LANGUAGES {
            assert_eq!(code.len(), 2);
            assert!(code.bytes().all(|b| b.is_ascii_lowercase()), "{code}");
            assert!(!name.is_empty(), "{code}");
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(country_name("KR"), Some("South Korea"));
        assert_eq!(country_name("KP"), Some("North Korea"));
        assert_eq!(country_name("TW"), Some("Taiwan"));
        assert_eq!(country_label("SA"), "Saudi Arabia");
        assert_eq!(country_label("XK"), "XK");
        assert_eq!(country_timezone("VN"), Some("Asia/Ho_Chi_Minh"));
        assert_eq!(country_timezone("KR"), Some("Asia/Seoul"));
        assert_eq!(language_name("ko"), Some("Korean"));
        assert_eq!(country_name("AD"), Some("Andorra"));
        assert_eq!(country_name("ZW"), Some("Zimbabwe"));
        assert_eq!(language_name("am"), Some("Amharic"));
        assert_eq!(language_name("zh"), Some("Chinese"));
    }

    #[test]
    fn misses() {
        assert_eq!(country_name("kr"), None);
        assert_eq!(country_name("ZZ"), None);
        assert_eq!(country_timezone("kr"), None);
        assert_eq!(country_timezone("ZZ"), None);
        assert_eq!(country_name(""), None);
        assert_eq!(language_name("KO"), None);
        assert_eq!(language_name("xx"), None);
    }
}
