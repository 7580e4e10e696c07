use super::*;

fn terms(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    index_text(text, &mut out);
    out
}

/// Whether a supplier with these terms meets every need (as the store's query does).
fn finds(text: &str, query: &str) -> bool {
    let terms = terms(text);
    let needs = parse_query(query);
    !needs.is_empty()
        && needs.iter().all(|need| {
            need.any_of.iter().any(|piece| match piece {
                Piece::Exact(t) => terms.contains(t),
                Piece::Prefix(p) => terms.range(p.clone()..Piece::upper(p)).next().is_some(),
            })
        })
}

#[test]
fn korean_compounds_are_found_by_their_two_syllable_parts() {
    let text = "초음파 의료기기 전문 제조, 정수기 필터";
    assert!(finds(text, "의료"));
    assert!(finds(text, "의료기기"));
    assert!(finds(text, "기기"));
    assert!(finds(text, "정수"));
    assert!(finds(text, "필터"));
    assert!(!finds(text, "펌프"));
    assert!(!finds(text, "의료장비"), "장비 is not in the text");
    // One syllable: the start of a piece.
    assert!(finds(text, "의"));
}

#[test]
fn english_words_match_plurals_stems_and_their_beginnings() {
    let text = "Centrifugal pumps for medical thermal systems";
    for query in [
        "pump",
        "pumps",
        "pumping",
        "medical",
        "medic",
        "therm",
        "Centrifugal",
    ] {
        assert!(finds(text, query), "{query}");
    }
    // "medical" finds medicine (the stem "medic" starts both) but a search for
    // medicine, the drugs, does not bring every medical device.
    assert!(finds("Generic medicine", "medical"));
    assert!(!finds(text, "medicine"));
    assert!(!finds(text, "valve"));
    assert!(finds(text, "pump medical"), "every word must be found");
    assert!(!finds(text, "pump valve"), "every word must be found");
}

#[test]
fn accents_case_and_codes_are_folded() {
    assert!(finds("Distribución en PERÚ", "peru"));
    assert!(finds("Distribución en PERÚ", "distribucion"));
    assert!(finds("HS 8413.70", "8413"));
    assert!(finds("HS 8413.70", "8413.70"));
    assert!(!finds("HS 8413.70", "8414"));
}

#[test]
fn stopwords_and_punctuation_ask_for_nothing() {
    assert!(parse_query("the, and !").is_empty());
    assert_eq!(parse_query("pump pump").len(), 1);
}

#[test]
fn filters_cannot_be_reached_by_words() {
    let needs = parse_query("~s:water");
    assert!(needs.iter().all(|n| n.any_of.iter().all(|p| match p {
        Piece::Exact(t) | Piece::Prefix(t) => !t.starts_with('~'),
    })));
    assert!(facet('s', "water").as_str() > "zzzz");
}

#[test]
fn misspellings_close_to_a_real_word_are_corrected_and_short_ones_are_not() {
    let vocabulary = [
        "medical",
        "medic",
        "pump",
        "pumps",
        "cosmetics",
        "cosmet",
        "valve",
    ];
    assert_eq!(
        corrections("medcal", vocabulary),
        vec!["medical".to_owned()]
    );
    assert_eq!(corrections("valev", vocabulary), vec!["valve".to_owned()]);
    assert_eq!(
        corrections("valev", ["valv", "valve"]),
        vec!["valve", "valv"]
    );
    assert_eq!(
        corrections("cosmetisc", vocabulary),
        vec!["cosmetics".to_owned()]
    );
    assert!(corrections("cosmic", vocabulary).is_empty());
    assert!(
        corrections("pimp", vocabulary).is_empty(),
        "four letters: too short to guess"
    );
    assert!(corrections("xylophone", vocabulary).is_empty());
}

#[test]
fn the_upper_bound_of_a_prefix_sorts_after_every_word_starting_with_it() {
    assert_eq!(Piece::upper("pump"), "pumq");
    assert!(Piece::upper("의료").as_str() > "의료기기");
    assert_eq!(Piece::upper("의료"), "의룍");
}
