//! How well a supplier fits a buyer: a score for ordering the directory and the
//! reasons in plain words, so a buyer sees *why* a supplier is suggested.

use std::collections::BTreeSet;

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
    pub reasons: Vec<String>,
}

/// Words too common to say anything about a product.
const STOPWORDS: &[&str] = &[
    "also", "and", "are", "based", "for", "from", "have", "need", "needs", "our", "products",
    "system", "systems", "that", "the", "their", "them", "they", "this", "units", "want", "with",
    "within", "your",
];

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .map(|w| w.strip_suffix('s').map(str::to_owned).unwrap_or(w))
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .collect()
}

/// Scores one supplier for one buyer. Sector overlap weighs most, then the buyer's
/// country among the supplier's markets, a shared language, and products whose words
/// match what the buyer is looking for.
pub fn score(buyer: &BuyerNeeds<'_>, supplier: &SupplierOffer<'_>) -> Match {
    let mut m = Match::default();
    for (code, name) in supplier.sectors {
        if buyer.interests.contains(code) {
            m.score += 30;
            m.reasons.push(format!(
                "works in {}, which interests you",
                name.to_lowercase()
            ));
        }
    }
    let country = reference::country_name(buyer.country).unwrap_or(buyer.country);
    if supplier.served_markets.contains(&buyer.country) {
        m.score += 25;
        m.reasons.push(format!("already exports to {country}"));
    } else if supplier.target_markets.contains(&buyer.country) {
        m.score += 20;
        m.reasons.push(format!("wants to sell in {country}"));
    }
    let shared: Vec<&str> = buyer
        .languages
        .iter()
        .filter(|l| supplier.languages.contains(l))
        .filter_map(|l| reference::language_name(l))
        .collect();
    if let Some(first) = shared.first() {
        m.score += 15;
        m.reasons.push(format!("speaks {first}"));
    } else if buyer.needs_interpreter {
        m.reasons
            .push("no shared language: an interpreter will be needed".to_owned());
    }
    let wanted = words(buyer.looking_for);
    let mut product_hits = 0;
    for (name, description) in supplier.products {
        let offered = words(&format!("{name} {description}"));
        let common: Vec<&String> = wanted.intersection(&offered).collect();
        if let Some(word) = common.first() {
            product_hits += 1;
            if product_hits <= 2 {
                m.score += 10 * u32::try_from(common.len().min(3)).unwrap_or(1);
                m.reasons.push(format!(
                    "makes {name} (matches “{word}” in what you are looking for)"
                ));
            }
        }
    }
    if product_hits == 0 && !wanted.is_disjoint(&words(supplier.pitch)) {
        m.score += 5;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            m.reasons,
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
        assert_eq!(target.reasons[0], "wants to sell in Peru");
        assert!(target.reasons.iter().any(|r| r.contains("interpreter")));
    }
}
