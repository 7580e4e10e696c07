//! How directory text becomes search terms, and a buyer's search words become what to
//! look up. Pure: the store keeps the terms in one indexed table on either database,
//! so both answer the same query with the same suppliers.
//!
//! - **Korean, Chinese and Japanese** runs become their two-character pieces (bigrams):
//!   `의료기기` is kept as 의료 · 료기 · 기기, so `의료` finds it, and a longer search word
//!   finds a supplier only when all its pieces are there. A single character is kept
//!   as itself and searched as the start of a piece.
//! - **Other words** are lower-cased with accents folded (Perú → peru) and kept both as
//!   written and as their English stem (pumps → pump, medical → medic), and a search
//!   word of three letters or more matches the start of either: `pump` finds pumps and
//!   pumping, `medic` medical and medicine, `therm` thermal.
//! - **Codes** such as HS codes lose their dots (8413.70 → 841370), so `8413` finds it.
//! - **Filters** are terms too, in a space words cannot reach (`~s:water`, `~m:PE`).

use std::collections::BTreeSet;

use rust_stemmers::{Algorithm, Stemmer};

/// Words that say nothing about a supplier; neither kept nor searched for.
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on",
    "or", "our", "the", "to", "we", "with",
];

/// The longest word kept, in characters (longer ones are cut there, on both sides).
const LONGEST: usize = 40;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Hangul syllables, Han characters, kana: searched by two-character pieces.
    Ideographic,
    /// Letters and digits of every other script.
    Word,
    Other,
}

fn class(c: char) -> Class {
    match c {
        '\u{AC00}'..='\u{D7A3}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' => Class::Ideographic,
        c if c.is_alphanumeric() => Class::Word,
        _ => Class::Other,
    }
}

/// A run of one class, as written.
enum Run<'a> {
    Ideographic(&'a str),
    Word(&'a str),
}

/// Splits text into runs. A dot between digits stays inside the word (8413.70).
fn runs(text: &str) -> Vec<Run<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let kind = class(c);
        if kind == Class::Other {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let joins = class(c) == kind
                || (kind == Class::Word
                    && c == '.'
                    && chars[j - 1].1.is_ascii_digit()
                    && chars.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit()));
            if !joins {
                break;
            }
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |(at, _)| *at);
        let piece = &text[start..end];
        out.push(match kind {
            Class::Ideographic => Run::Ideographic(piece),
            _ => Run::Word(piece),
        });
        i = j;
    }
    out
}

/// Lower case, accents folded, dots dropped, cut at [`LONGEST`].
fn fold(word: &str) -> String {
    use icu::normalizer::DecomposingNormalizerBorrowed;
    let decomposed = DecomposingNormalizerBorrowed::new_nfd().normalize(word);
    decomposed
        .chars()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c) && *c != '.')
        .flat_map(char::to_lowercase)
        .take(LONGEST)
        .collect()
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: std::sync::OnceLock<Stemmer> = std::sync::OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The word as written (folded) and its English stem when that differs.
fn word_forms(word: &str) -> Option<(String, Option<String>)> {
    let folded = fold(word);
    if folded.is_empty() || STOPWORDS.contains(&folded.as_str()) {
        return None;
    }
    let stem = if folded.chars().all(|c| c.is_ascii_alphabetic()) {
        let stem = stemmer().stem(&folded).into_owned();
        (stem != folded && !stem.is_empty()).then_some(stem)
    } else {
        None
    };
    Some((folded, stem))
}

/// The two-character pieces of an ideographic run (the run itself when one character).
fn pieces(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() == 1 {
        return vec![run.to_owned()];
    }
    chars.windows(2).map(|w| w.iter().collect()).collect()
}

/// Adds the search terms of `text` to `terms`.
pub fn index_text(text: &str, terms: &mut BTreeSet<String>) {
    for run in runs(text) {
        match run {
            Run::Ideographic(run) => terms.extend(pieces(run)),
            Run::Word(word) => {
                if let Some((folded, stem)) = word_forms(word)
                    && (folded.chars().count() >= 2 || folded.chars().all(|c| c.is_ascii_digit()))
                {
                    terms.extend(stem);
                    terms.insert(folded);
                }
            }
        }
    }
}

/// The term of a directory filter: sector (`s`), market (`m`), language (`l`),
/// export experience (`x`).
pub fn facet(kind: char, value: &str) -> String {
    format!("~{kind}:{value}")
}

/// One way a stored term can satisfy a search word.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Piece {
    /// This term exactly.
    Exact(String),
    /// Any term starting with this.
    Prefix(String),
}

impl Piece {
    /// The first string after every term that starts with `prefix`, for a range
    /// `prefix <= term < upper` on a byte-ordered index.
    pub fn upper(prefix: &str) -> String {
        let mut chars: Vec<char> = prefix.chars().collect();
        while let Some(last) = chars.pop() {
            let mut next = u32::from(last) + 1;
            while next <= 0x10_FFFF {
                if let Some(c) = char::from_u32(next) {
                    chars.push(c);
                    return chars.into_iter().collect();
                }
                next += 1;
            }
        }
        // Only for a prefix of U+10FFFF characters: nothing sorts after it.
        String::from('\u{10FFFF}')
    }
}

/// A search word: a supplier matches when one of its pieces matches. `fuzzy` is the
/// folded word to correct with the directory's own words when nothing matches it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Need {
    pub any_of: Vec<Piece>,
    pub fuzzy: Option<String>,
}

/// What a search asks for: every need must be met.
pub fn parse_query(text: &str) -> Vec<Need> {
    let mut needs = Vec::new();
    for run in runs(text) {
        match run {
            Run::Ideographic(run) => {
                let chars = run.chars().count();
                for piece in pieces(run) {
                    let piece = if chars == 1 {
                        Piece::Prefix(piece)
                    } else {
                        Piece::Exact(piece)
                    };
                    needs.push(Need {
                        any_of: vec![piece],
                        fuzzy: None,
                    });
                }
            }
            Run::Word(word) => {
                let Some((folded, stem)) = word_forms(word) else {
                    continue;
                };
                let length = folded.chars().count();
                let piece = |form: String| {
                    if length >= 3 {
                        Piece::Prefix(form)
                    } else {
                        Piece::Exact(form)
                    }
                };
                // The stem's beginning already covers a word that starts with it.
                let any_of = match stem {
                    Some(stem) if length >= 3 && folded.starts_with(&stem) => vec![piece(stem)],
                    Some(stem) => vec![piece(folded.clone()), piece(stem)],
                    None => vec![piece(folded.clone())],
                };
                let fuzzy =
                    (length >= 5 && folded.chars().all(char::is_alphabetic)).then_some(folded);
                needs.push(Need { any_of, fuzzy });
            }
        }
    }
    needs.dedup();
    needs
}

/// How many edits a misspelt word of this many characters may be from the right one.
fn allowed_edits(length: usize) -> usize {
    match length {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// The directory's words that `word` is a likely misspelling of (a letter missing,
/// extra, wrong or two swapped; two such slips from eight letters), from `vocabulary`,
/// the closest first (and of those the longest: a whole word before its stem).
pub fn corrections<'a>(word: &str, vocabulary: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let edits = allowed_edits(word.chars().count());
    if edits == 0 {
        return Vec::new();
    }
    let mut found: Vec<(usize, std::cmp::Reverse<usize>, &str)> = vocabulary
        .into_iter()
        .filter(|term| !term.starts_with('~'))
        .filter(|term| term.chars().count().abs_diff(word.chars().count()) <= edits)
        .map(|term| {
            let distance = strsim::damerau_levenshtein(word, term);
            (distance, std::cmp::Reverse(term.chars().count()), term)
        })
        .filter(|(distance, _, _)| *distance <= edits)
        .collect();
    found.sort_unstable();
    found
        .into_iter()
        .map(|(_, _, term)| term.to_owned())
        .collect()
}

/// The first two characters of a word: corrections are looked for among the words
/// that start the same way.
pub fn correction_prefix(word: &str) -> String {
    word.chars().take(2).collect()
}

#[cfg(test)]
mod tests;
