//! Which half of a bilingual company profile a reader sees.

use crate::i18n::Locale;

/// The text for a reader in `t`: Korean readers get the Korean, everyone else the
/// English; either falls back to the other half when its own is empty, so a profile
/// written in one language is still shown whole.
pub fn localized<'a>(ko: &'a str, en: &'a str, t: Locale) -> &'a str {
    let (first, second) = if t == Locale::Ko { (ko, en) } else { (en, ko) };
    if first.trim().is_empty() {
        second
    } else {
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_readers_read_korean_and_everyone_else_english() {
        let cases = [
            (Locale::Ko, "수처리", "Water", "수처리"),
            (Locale::En, "수처리", "Water", "Water"),
            (Locale::Ja, "수처리", "Water", "Water"),
            (Locale::Ar, "수처리", "Water", "Water"),
            (Locale::Ko, "", "Water", "Water"),
            (Locale::En, "수처리", "", "수처리"),
            (Locale::En, "수처리", "  ", "수처리"),
            (Locale::Ko, "", "", ""),
        ];
        for (t, ko, en, want) in cases {
            assert_eq!(localized(ko, en, t), want, "{t} ko={ko:?} en={en:?}");
        }
    }
}
