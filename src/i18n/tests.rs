//! The catalogues are complete: every key the code asks for is in English and Korean,
//! the two have the same keys, every file parses, and the other languages' coverage
//! is reported.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::Locale;
use crate::domain::Role;
use crate::domain::status;

/// The keys of every `.ftl` file of one locale folder, by file name.
fn catalogue(code: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(code);
    let mut files = BTreeMap::new();
    // A language without a folder yet has no messages: everything falls back to English.
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return files;
    };
    for entry in entries {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("read ftl");
        if let Err((_, errors)) =
            fluent_templates::fluent_bundle::FluentResource::try_new(source.clone())
        {
            panic!("{} does not parse: {errors:?}", path.display());
        }
        let keys = source
            .lines()
            .filter_map(|line| {
                let (key, _) = line.split_once('=')?;
                let key = key.trim_end();
                let ok = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                ok.then(|| key.to_owned())
            })
            .collect();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        files.insert(name, keys);
    }
    files
}

fn all_keys(code: &str) -> BTreeSet<String> {
    catalogue(code).into_values().flatten().collect()
}

/// Every key the code names literally: `t.get("…")`, `t.arg("…"`, `text!("…"` and
/// `Text::key("…")` in `src/`, and the same in `templates/`.
fn keys_in_code() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = BTreeMap::new();
    let patterns = [
        "t.get(\"",
        "t.arg(\"",
        "t.arg2(\"",
        "text!(\"",
        "Text::key(\"",
        "label: \"",
        "key: \"",
    ];
    let mut stack = vec![root.join("src"), root.join("templates")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.ends_with("i18n/tests.rs") {
                continue;
            }
            let Ok(source) = std::fs::read_to_string(&path) else {
                continue;
            };
            // Comments show examples, not keys.
            let code: String = source
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for pattern in patterns {
                for (at, _) in code.match_indices(pattern) {
                    let rest = &code[at + pattern.len()..];
                    let Some(end) = rest.find('"') else { continue };
                    let key = &rest[..end];
                    let is_key = key.contains('-')
                        && key.chars().all(|c| {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                        });
                    if is_key {
                        found
                            .entry(key.to_owned())
                            .or_insert_with(|| path.display().to_string());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_key_the_code_asks_for_is_in_english_and_korean() {
    let en = all_keys("en");
    let ko = all_keys("ko");
    let missing: Vec<String> = keys_in_code()
        .into_iter()
        .filter(|(key, _)| !en.contains(key) || !ko.contains(key))
        .map(|(key, file)| {
            let lacks = match (en.contains(&key), ko.contains(&key)) {
                (false, false) => "en, ko",
                (false, true) => "en",
                _ => "ko",
            };
            format!("{key} (used in {file}; missing in {lacks})")
        })
        .collect();
    assert!(
        missing.is_empty(),
        "keys missing from the catalogues:\n{}",
        missing.join("\n")
    );
}

#[test]
fn english_and_korean_have_the_same_keys() {
    let en = all_keys("en");
    let ko = all_keys("ko");
    let only_en: Vec<_> = en.difference(&ko).collect();
    let only_ko: Vec<_> = ko.difference(&en).collect();
    assert!(
        only_en.is_empty(),
        "in English but not in Korean: {only_en:?}"
    );
    assert!(
        only_ko.is_empty(),
        "in Korean but not in English: {only_ko:?}"
    );
}

#[test]
fn every_state_and_role_has_a_label_in_english_and_korean() {
    let mut keys: Vec<&str> = Vec::new();
    keys.extend(status::ExpoStatus::ALL.iter().map(|s| s.label_key()));
    keys.extend(status::SupplierStatus::ALL.iter().map(|s| s.label_key()));
    keys.extend(status::RequestStatus::ALL.iter().map(|s| s.label_key()));
    keys.extend(status::MeetingStatus::ALL.iter().map(|s| s.label_key()));
    keys.extend(status::MeetingMode::ALL.iter().map(|s| s.label_key()));
    keys.extend(status::MessageStatus::ALL.iter().map(|s| s.label_key()));
    keys.extend(status::RunStatus::ALL.iter().map(|s| s.label_key()));
    keys.extend(status::ImproveState::ALL.iter().map(|s| s.label_key()));
    keys.extend(status::BuyerProgress::ALL.iter().map(|s| s.label_key()));
    for role in [Role::Organizer, Role::Supplier, Role::Buyer] {
        keys.push(super::Labelled::label_key(&role));
    }
    for key in keys {
        assert!(Locale::En.has(key), "{key} missing in English");
        assert!(Locale::Ko.has(key), "{key} missing in Korean");
    }
    // The English catalogue says what the domain's English labels say.
    for s in status::MeetingStatus::ALL {
        assert_eq!(Locale::En.get(s.label_key()), s.label());
    }
}

#[test]
fn coverage_of_the_buyers_languages_is_reported() {
    let en = catalogue("en");
    for locale in Locale::OFFERED.iter().skip(2) {
        let theirs = all_keys(locale.code());
        for (file, keys) in &en {
            let have = keys.iter().filter(|k| theirs.contains(*k)).count();
            println!(
                "{}: {file} {have}/{} ({:.0}%)",
                locale.code(),
                keys.len(),
                100.0 * have as f64 / keys.len().max(1) as f64
            );
        }
        // No language defines a key English does not have (a typo or a stale key).
        let english = all_keys("en");
        let stray: Vec<_> = theirs.difference(&english).collect();
        assert!(
            stray.is_empty(),
            "{}: keys English does not have: {stray:?}",
            locale.code()
        );
    }
}

#[test]
fn a_message_missing_in_one_language_falls_back_to_english_and_an_unknown_key_shows_itself() {
    // Korean has every key; Japanese may lack one: English answers for that key alone.
    assert_eq!(Locale::Ko.get("nav-expos"), "상담회");
    assert_eq!(Locale::En.get("nav-expos"), "Expos");
    assert_eq!(Locale::Pseudo.get("nav-expos"), "⟦Expos⟧");
    assert_eq!(Locale::En.get("no-such-key"), "no-such-key");
}

#[test]
fn accept_language_picks_the_best_offered_language() {
    let cases = [
        ("ko-KR,ko;q=0.9,en-US;q=0.8", Some(Locale::Ko)),
        ("en-US,en;q=0.9", Some(Locale::En)),
        ("fr-FR,fr;q=0.9,ja;q=0.5,en;q=0.4", Some(Locale::Ja)),
        ("zh-TW", Some(Locale::ZhHans)),
        ("ar-EG;q=0.2, ru;q=0.8", Some(Locale::Ru)),
        ("de, fr", None),
        ("", None),
        ("ko;q=0", None),
        ("*", None),
    ];
    for (header, want) in cases {
        assert_eq!(Locale::negotiate(header), want, "{header}");
    }
}

#[test]
fn codes_round_trip_and_arabic_is_right_to_left() {
    for l in Locale::OFFERED {
        assert_eq!(Locale::parse(l.code()), Some(*l));
    }
    assert_eq!(Locale::Ar.dir(), "rtl");
    assert_eq!(Locale::Ko.dir(), "ltr");
    assert_eq!(Locale::parse("xx"), None);
}
