//! How well a supplier fits a buyer: a score for ordering the directory and the
//! reasons in plain words, so a buyer sees *why* a supplier is suggested, and an
//! organizer why a pair is.

use super::reference;

/// What the score looks at on the buyer's side.
pub struct BuyerNeeds<'a> {
    pub interests: &'a [&'a str],
    pub country: &'a str,
    pub languages: &'a [&'a str],
    pub needs_interpreter: bool,
    pub looking_for: &'a str,
}

/// What the score looks at on the supplier's side.
pub struct SupplierOffer<'a> {
    /// (sector code, English name)
    pub sectors: &'a [(&'a str, &'a str)],
    pub served_markets: &'a [&'a str],
    pub target_markets: &'a [&'a str],
    pub languages: &'a [&'a str],
    /// (product name, description)
    pub products: &'a [(&'a str, &'a str)],
    pub pitch: &'a str,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Match {
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// How well a supplier fits, on a scale a person reads (the score itself is only an
/// order: it has no unit and no top).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// One thing in common: a product word, a language, or a market.
    Fair,
    /// About two things in common, e.g. a sector and a language.
    Good,
    /// A sector and the buyer's market at least, usually more.
    Strong,
}

impl Strength {
    /// Its catalogue message.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Fair => "match-fair",
            Self::Good => "match-good",
            Self::Strong => "match-strong",
        }
    }
}

impl Match {
    /// The score as a strength: a sector (30) and the buyer's market (20–25) make a
    /// strong match; nothing in common, none.
    pub fn strength(&self) -> Option<Strength> {
        Strength::of(self.score)
    }
}

impl Strength {
    /// The strength of a score (see [`Match::strength`]).
    pub const fn of(score: u32) -> Option<Self> {
        match score {
            0 => None,
            1..40 => Some(Self::Fair),
            40..55 => Some(Self::Good),
            _ => Some(Self::Strong),
        }
    }
}

/// One reason a supplier fits a buyer. Shown as text it speaks to the buyer
/// ("which interests you"); [`Reason::for_organizer`] says it of the buyer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A sector of the supplier's that the buyer is interested in (its code).
    Sector(String),
    /// The supplier already exports to the buyer's country (its ISO code).
    Serves(String),
    /// The supplier wants to sell in the buyer's country (its ISO code).
    Targets(String),
    /// A language both speak (its ISO 639-1 code).
    Speaks(String),
    /// No shared language and the buyer asked for an interpreter.
    NeedsInterpreter,
    /// A product of the supplier's with a word of what the buyer is looking for.
    Product { name: String, word: String },
}

impl Reason {
    /// The reason as an organizer reads it, about the buyer rather than to them, in
    /// English (the command line and tests; pages use `i18n::Locale::reason_for_organizer`).
    pub fn for_organizer(&self) -> String {
        match self {
            Self::Sector(code) => format!(
                "works in {}, which the buyer is interested in",
                sector_name(code)
            ),
            Self::Speaks(code) => format!("both speak {}", language_name(code)),
            Self::Product { name, word } => {
                format!("makes {name} (matches “{word}” in what the buyer is looking for)")
            }
            Self::Serves(_) | Self::Targets(_) | Self::NeedsInterpreter => self.to_string(),
        }
    }
}

fn sector_name(code: &str) -> String {
    reference::sector(code).map_or_else(|| code.to_owned(), |s| s.1.to_lowercase())
}

fn language_name(code: &str) -> &str {
    reference::language_name(code).unwrap_or(code)
}

impl std::fmt::Display for Reason {
    /// The reason as the buyer reads it, in English (pages use `i18n::Locale::reason`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sector(code) => write!(f, "works in {}, which interests you", sector_name(code)),
            Self::Serves(code) => {
                write!(f, "already exports to {}", reference::country_label(code))
            }
            Self::Targets(code) => write!(f, "wants to sell in {}", reference::country_label(code)),
            Self::Speaks(code) => write!(f, "speaks {}", language_name(code)),
            Self::NeedsInterpreter => {
                f.write_str("no shared language: an interpreter will be needed")
            }
            Self::Product { name, word } => {
                write!(
                    f,
                    "makes {name} (matches “{word}” in what you are looking for)"
                )
            }
        }
    }
}

/// Words too common to say anything about a product.
const STOPWORDS: &[&str] = &[
    "also", "and", "are", "based", "for", "from", "have", "need", "needs", "our", "products",
    "system", "systems", "that", "the", "their", "them", "they", "this", "units", "want", "with",
    "within", "your",
];

/// Word stems (lower case, a plural "s" dropped) mapped to the word as written, so
/// matching ignores plurals but the reason quotes a real word. Hangul words count from
/// two syllables, Latin ones from four letters.
fn words(text: &str) -> std::collections::BTreeMap<String, String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            let n = w.chars().count();
            n >= 4 || (n >= 2 && w.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)))
        })
        .filter_map(|w| {
            let lower = w.to_lowercase();
            let stem = match lower.strip_suffix('s') {
                Some(s) if s.chars().count() >= 4 && !s.ends_with('s') => s.to_owned(),
                _ => lower.clone(),
            };
            (!STOPWORDS.contains(&stem.as_str()) && !STOPWORDS.contains(&lower.as_str()))
                .then_some((stem, lower))
        })
        .collect()
}

/// Scores one supplier for one buyer. Sector overlap weighs most, then the buyer's
/// country among the supplier's markets, a shared language, and products whose words
/// match what the buyer is looking for.
pub fn score(buyer: &BuyerNeeds<'_>, supplier: &SupplierOffer<'_>) -> Match {
    let mut m = Match::default();
    for (code, _) in supplier.sectors {
        if buyer.interests.contains(code) {
            m.score += 30;
            m.reasons.push(Reason::Sector((*code).to_owned()));
        }
    }
    let country = buyer.country;
    if supplier.served_markets.contains(&buyer.country) {
        m.score += 25;
        m.reasons.push(Reason::Serves(country.to_owned()));
    } else if supplier.target_markets.contains(&buyer.country) {
        m.score += 20;
        m.reasons.push(Reason::Targets(country.to_owned()));
    }
    let shared: Vec<&str> = buyer
        .languages
        .iter()
        .filter(|l| supplier.languages.contains(l))
        .filter(|l| reference::language_name(l).is_some())
        .copied()
        .collect();
    if let Some(first) = shared.first() {
        m.score += 15;
        m.reasons.push(Reason::Speaks((*first).to_owned()));
    } else if buyer.needs_interpreter {
        m.reasons.push(Reason::NeedsInterpreter);
    }
    let wanted = words(buyer.looking_for);
    let mut product_hits = 0;
    for (name, description) in supplier.products {
        let offered = words(&format!("{name} {description}"));
        let common: Vec<&String> = wanted
            .iter()
            .filter(|(stem, _)| offered.contains_key(*stem))
            .map(|(_, w)| w)
            .collect();
        if let Some(word) = common.first() {
            product_hits += 1;
            if product_hits <= 2 {
                m.score += 10 * u32::try_from(common.len().min(3)).unwrap_or(1);
                m.reasons.push(Reason::Product {
                    name: (*name).to_owned(),
                    word: (*word).clone(),
                });
            }
        }
    }
    let pitch = words(supplier.pitch);
    if product_hits == 0 && wanted.keys().any(|k| pitch.contains_key(k)) {
        m.score += 5;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_reads_as_a_strength() {
        let strength = |score| {
            Match {
                score,
                reasons: vec![],
            }
            .strength()
        };
        assert_eq!(strength(0), None);
        assert_eq!(strength(15), Some(Strength::Fair));
        assert_eq!(strength(45), Some(Strength::Good));
        assert_eq!(strength(55), Some(Strength::Strong));
        assert_eq!(strength(160), Some(Strength::Strong));
    }

    fn lima_water_buyer() -> BuyerNeeds<'static> {
        BuyerNeeds {
            interests: &["water"],
            country: "PE",
            languages: &["es", "en"],
            needs_interpreter: false,
            looking_for: "Smart water meters and leak detection for our distribution network.",
        }
    }

    #[test]
    fn a_water_meter_maker_exporting_to_peru_ranks_high_with_its_reasons() {
        let m = score(
            &lima_water_buyer(),
            &SupplierOffer {
                sectors: &[("water", "Water treatment & environment")],
                served_markets: &["PE", "VN"],
                target_markets: &["CL"],
                languages: &["ko", "en"],
                products: &[(
                    "Ultrasonic smart meter",
                    "Smart water meter with leak detection alarms",
                )],
                pitch: "Accurate metering for utilities.",
            },
        );
        assert!(m.score >= 90, "score {}", m.score);
        let shown: Vec<String> = m.reasons.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            vec![
                "works in water treatment & environment, which interests you".to_owned(),
                "already exports to Peru".to_owned(),
                "speaks English".to_owned(),
                "makes Ultrasonic smart meter (matches “detection” in what you are looking for)"
                    .to_owned(),
            ]
        );
    }

    #[test]
    fn an_organizer_reads_the_reasons_about_the_buyer() {
        let reasons = [
            Reason::Sector("water".to_owned()),
            Reason::Serves("PE".to_owned()),
            Reason::Speaks("en".to_owned()),
            Reason::Product {
                name: "Ultrasonic smart meter".to_owned(),
                word: "detection".to_owned(),
            },
        ];
        let shown: Vec<String> = reasons.iter().map(Reason::for_organizer).collect();
        assert_eq!(
            shown,
            vec![
                "works in water treatment & environment, which the buyer is interested in",
                "already exports to Peru",
                "both speak English",
                "makes Ultrasonic smart meter (matches “detection” in what the buyer is looking for)",
            ]
        );
    }

    #[test]
    fn an_unrelated_supplier_scores_zero_and_says_nothing() {
        let m = score(
            &lima_water_buyer(),
            &SupplierOffer {
                sectors: &[("cosmetics", "Cosmetics & consumer goods")],
                served_markets: &["JP"],
                target_markets: &["US"],
                languages: &["ko"],
                products: &[("Sheet mask", "Hydrating masks")],
                pitch: "K-beauty.",
            },
        );
        assert_eq!(m, Match::default());
    }

    #[test]
    fn a_target_market_counts_less_than_an_existing_one_and_interpreters_are_mentioned() {
        let mut buyer = lima_water_buyer();
        buyer.languages = &["es"];
        buyer.needs_interpreter = true;
        let offer =
            |served: &'static [&'static str], target: &'static [&'static str]| SupplierOffer {
                sectors: &[],
                served_markets: served,
                target_markets: target,
                languages: &["ko"],
                products: &[],
                pitch: "",
            };
        let served = score(&buyer, &offer(&["PE"], &[]));
        let target = score(&buyer, &offer(&[], &["PE"]));
        assert!(served.score > target.score);
        assert_eq!(target.reasons[0].to_string(), "wants to sell in Peru");
        assert!(target.reasons.contains(&Reason::NeedsInterpreter));
    }
}
