//! Interpreters as a scheduled resource: which meetings need one, who can do it, and
//! an assignment that never puts an interpreter in two meetings of one slot.
//!
//! A meeting needs an interpreter when the buyer asked for one, or when buyer and
//! supplier share no language. An interpreter can take it when they speak one of the
//! buyer's languages and one of the supplier's. Slots are independent (an interpreter
//! sits in at most one meeting per slot), so [`assign`] solves each slot on its own
//! with a maximum bipartite matching: as many meetings covered as the interpreters'
//! languages allow, keeping every existing assignment.

use std::collections::{BTreeMap, HashMap};

use super::reference;
use super::values::FieldError;

/// Whether a meeting between these two needs an interpreter.
pub fn needed(buyer_languages: &[&str], supplier_languages: &[&str], buyer_asked: bool) -> bool {
    buyer_asked
        || !buyer_languages
            .iter()
            .any(|l| supplier_languages.contains(l))
}

/// Whether an interpreter speaking `languages` can interpret between the two sides.
pub fn can_bridge(
    languages: &[&str],
    buyer_languages: &[&str],
    supplier_languages: &[&str],
) -> bool {
    languages.iter().any(|l| buyer_languages.contains(l))
        && languages.iter().any(|l| supplier_languages.contains(l))
}

/// The language an interpreter is written to in: Korean when they speak it (the
/// agency's own language), else the first of their languages the site speaks, else
/// English. Interpreters have no account to choose one.
pub fn mail_locale(languages: &[String]) -> crate::i18n::Locale {
    use crate::i18n::Locale;
    let site = |code: &str| match code {
        "zh" => Some(Locale::ZhHans),
        other => Locale::parse(other).filter(|l| Locale::OFFERED.contains(l)),
    };
    if languages.iter().any(|l| l == "ko") {
        return Locale::Ko;
    }
    languages.iter().find_map(|l| site(l)).unwrap_or(Locale::En)
}

/// An interpreter as the assignment sees it.
#[derive(Clone, Debug)]
pub struct Interpreter {
    pub id: i32,
    pub languages: Vec<String>,
}

/// A meeting that needs an interpreter.
#[derive(Clone, Debug)]
pub struct Need {
    pub meeting: i32,
    pub slot: i32,
    pub buyer: i32,
    pub buyer_languages: Vec<String>,
    pub supplier_languages: Vec<String>,
    /// Already assigned: kept as it is.
    pub current: Option<i32>,
}

/// Why a meeting that needs an interpreter has none after [`assign`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Uncovered {
    /// Nobody on the list speaks one of the buyer's languages and one of the supplier's.
    NobodySpeaks,
    /// Everyone who could is in another meeting at that time.
    AllBusy { able: usize },
}

impl Uncovered {
    /// Why, in `t`'s language: the buyer's languages joined by "or", the supplier's.
    pub fn describe(
        &self,
        t: crate::i18n::Locale,
        buyer_languages: &[String],
        supplier_languages: &[String],
    ) -> String {
        let names =
            |codes: &[String]| -> Vec<String> { codes.iter().map(|c| t.language(c)).collect() };
        let buyer = names(buyer_languages).join(&t.get("ops-uncovered-or"));
        let supplier = match names(supplier_languages).as_slice() {
            [one] => one.clone(),
            many => t.arg("ops-uncovered-one-of", "languages", many.join(", ")),
        };
        match self {
            Uncovered::NobodySpeaks => t.arg2(
                "ops-uncovered-nobody-speaks",
                "buyer",
                buyer,
                "supplier",
                supplier,
            ),
            Uncovered::AllBusy { able } => t.arg("ops-uncovered-all-busy", "count", *able),
        }
    }
}

/// The result of [`assign`]: new assignments (meeting, interpreter) and the meetings
/// left without one, with the reason.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assignment {
    pub new: Vec<(i32, i32)>,
    pub uncovered: Vec<(i32, Uncovered)>,
}

/// Assigns interpreters to the needs without one. Existing assignments stay; no
/// interpreter gets two meetings in one slot. Per slot the number covered is the
/// maximum possible; among equal choices an interpreter who sits with the same buyer
/// in a neighbouring slot comes first, then the one with fewer meetings. `slot_order`
/// lists the slot ids in time order (for "neighbouring").
pub fn assign(interpreters: &[Interpreter], needs: &[Need], slot_order: &[i32]) -> Assignment {
    let position: HashMap<i32, usize> = slot_order
        .iter()
        .enumerate()
        .map(|(i, s)| (*s, i))
        .collect();
    let mut load: HashMap<i32, usize> = HashMap::new();
    // (buyer, slot position) -> interpreter, for continuity.
    let mut with_buyer: HashMap<(i32, usize), i32> = HashMap::new();
    let mut by_slot: BTreeMap<usize, Vec<&Need>> = BTreeMap::new();
    for need in needs {
        let pos = position.get(&need.slot).copied().unwrap_or(usize::MAX);
        if let Some(i) = need.current {
            *load.entry(i).or_default() += 1;
            with_buyer.insert((need.buyer, pos), i);
        }
        by_slot.entry(pos).or_default().push(need);
    }
    let mut out = Assignment::default();
    for (pos, slot_needs) in by_slot {
        let busy: Vec<i32> = slot_needs.iter().filter_map(|n| n.current).collect();
        let open: Vec<&Need> = slot_needs
            .iter()
            .copied()
            .filter(|n| n.current.is_none())
            .collect();
        // Candidates per open need, best first.
        let candidates: Vec<Vec<i32>> = open
            .iter()
            .map(|n| {
                let b: Vec<&str> = n.buyer_languages.iter().map(String::as_str).collect();
                let s: Vec<&str> = n.supplier_languages.iter().map(String::as_str).collect();
                let mut able: Vec<i32> = interpreters
                    .iter()
                    .filter(|i| {
                        let l: Vec<&str> = i.languages.iter().map(String::as_str).collect();
                        can_bridge(&l, &b, &s)
                    })
                    .map(|i| i.id)
                    .collect();
                let neighbour = |i: i32| {
                    let before = pos
                        .checked_sub(1)
                        .and_then(|p| with_buyer.get(&(n.buyer, p)));
                    let after = with_buyer.get(&(n.buyer, pos + 1));
                    before == Some(&i) || after == Some(&i)
                };
                able.sort_by_key(|&i| (!neighbour(i), load.get(&i).copied().unwrap_or(0), i));
                able
            })
            .collect();
        let matched = max_matching(&candidates, &busy);
        for (k, need) in open.iter().enumerate() {
            match matched[k] {
                Some(i) => {
                    out.new.push((need.meeting, i));
                    *load.entry(i).or_default() += 1;
                    with_buyer.insert((need.buyer, pos), i);
                }
                None if candidates[k].is_empty() => {
                    out.uncovered.push((need.meeting, Uncovered::NobodySpeaks));
                }
                None => out.uncovered.push((
                    need.meeting,
                    Uncovered::AllBusy {
                        able: candidates[k].len(),
                    },
                )),
            }
        }
    }
    out
}

/// Kuhn's augmenting paths: a maximum matching of left vertices (needs) to their
/// candidates, never using `taken`. Tries candidates in the given order.
fn max_matching(candidates: &[Vec<i32>], taken: &[i32]) -> Vec<Option<i32>> {
    let mut owner: HashMap<i32, usize> = HashMap::new();
    let mut matched: Vec<Option<i32>> = vec![None; candidates.len()];
    fn augment(
        k: usize,
        candidates: &[Vec<i32>],
        taken: &[i32],
        seen: &mut Vec<i32>,
        owner: &mut HashMap<i32, usize>,
        matched: &mut [Option<i32>],
    ) -> bool {
        for &i in &candidates[k] {
            if taken.contains(&i) || seen.contains(&i) {
                continue;
            }
            seen.push(i);
            let free = match owner.get(&i).copied() {
                None => true,
                Some(other) => augment(other, candidates, taken, seen, owner, matched),
            };
            if free {
                owner.insert(i, k);
                matched[k] = Some(i);
                return true;
            }
        }
        false
    }
    for k in 0..candidates.len() {
        let mut seen = Vec::new();
        augment(k, candidates, taken, &mut seen, &mut owner, &mut matched);
    }
    matched
}

/// A new interpreter as typed by an organizer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewInterpreter {
    pub name: String,
    pub email: String,
    pub languages: Vec<String>,
    pub note: String,
}

/// Checks the organizer's form: a name, an optional email, at least two known
/// languages (ISO 639-1 codes, separated by spaces or commas), an optional note.
pub fn parse_interpreter(
    name: &str,
    email: &str,
    languages: &str,
    note: &str,
) -> Result<NewInterpreter, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        errors.push(FieldError::new(
            "name",
            crate::text!("err-ops-interpreter-name"),
        ));
    } else if name.chars().count() > 120 || name.chars().any(char::is_control) {
        errors.push(FieldError::new(
            "name",
            crate::text!("err-ops-interpreter-name-long"),
        ));
    }
    let email = match email.trim() {
        "" => String::new(),
        raw => match super::values::EmailAddress::parse(raw) {
            Ok(e) => e.as_str().to_owned(),
            Err(e) => {
                errors.push(e);
                String::new()
            }
        },
    };
    let mut codes: Vec<String> = languages
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    codes.sort();
    codes.dedup();
    if let Some(bad) = codes.iter().find(|c| reference::language_name(c).is_none()) {
        let shown: String = bad.chars().take(20).collect();
        errors.push(FieldError::new(
            "languages",
            crate::text!("err-ops-interpreter-language-unknown", code = shown),
        ));
    } else if codes.len() < 2 {
        errors.push(FieldError::new(
            "languages",
            crate::text!("err-ops-interpreter-languages-few"),
        ));
    } else if codes.len() > 10 {
        errors.push(FieldError::new(
            "languages",
            crate::text!("err-ops-interpreter-languages-many"),
        ));
    }
    let note = note.trim();
    if note.chars().count() > 200 {
        errors.push(FieldError::new(
            "note",
            crate::text!("err-ops-interpreter-note-long"),
        ));
    }
    if errors.is_empty() {
        Ok(NewInterpreter {
            name: name.to_owned(),
            email,
            languages: codes,
            note: note.to_owned(),
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_interpreter_reads_korean_when_they_speak_it_else_their_first_site_language() {
        use crate::i18n::Locale;
        let v = |l: &[&str]| l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(super::mail_locale(&v(&["es", "ko"])), Locale::Ko);
        assert_eq!(super::mail_locale(&v(&["th", "zh", "en"])), Locale::ZhHans);
        assert_eq!(super::mail_locale(&v(&["th"])), Locale::En);
        assert_eq!(super::mail_locale(&[]), Locale::En);
    }

    use super::*;

    fn interp(id: i32, langs: &[&str]) -> Interpreter {
        Interpreter {
            id,
            languages: langs.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn need(meeting: i32, slot: i32, buyer: i32, b: &[&str], current: Option<i32>) -> Need {
        Need {
            meeting,
            slot,
            buyer,
            buyer_languages: b.iter().map(|s| s.to_string()).collect(),
            supplier_languages: vec!["ko".into()],
            current,
        }
    }

    #[test]
    fn an_interpreter_is_needed_without_a_shared_language_or_when_asked() {
        assert!(needed(&["es"], &["ko", "en"], false));
        assert!(!needed(&["es", "en"], &["ko", "en"], false));
        assert!(needed(&["es", "en"], &["ko", "en"], true));
    }

    #[test]
    fn the_matching_covers_the_most_meetings_one_per_interpreter_per_slot() {
        // Slot 1: two Spanish meetings and one Arabic one. Interpreter 1 speaks
        // Spanish and Arabic, 2 only Spanish. Greedy would give 1 to the first Spanish
        // meeting and leave the Arabic one out; the matching covers the Arabic one.
        let interpreters = [interp(1, &["es", "ar", "ko"]), interp(2, &["es", "ko"])];
        let needs = [
            need(10, 1, 100, &["es"], None),
            need(11, 1, 101, &["ar"], None),
            need(12, 1, 102, &["es"], None),
        ];
        let a = assign(&interpreters, &needs, &[1]);
        assert_eq!(a.new.len(), 2);
        assert!(a.new.contains(&(11, 1)), "{a:?}");
        assert_eq!(
            a.uncovered,
            vec![(12, Uncovered::AllBusy { able: 2 })],
            "{a:?}"
        );
    }

    #[test]
    fn existing_assignments_stay_and_block_their_interpreter() {
        let interpreters = [interp(1, &["es", "ko"]), interp(2, &["es", "ko"])];
        let needs = [
            need(10, 1, 100, &["es"], Some(1)),
            need(11, 1, 101, &["es"], None),
        ];
        let a = assign(&interpreters, &needs, &[1]);
        assert_eq!(a.new, vec![(11, 2)]);
        assert!(a.uncovered.is_empty());
    }

    #[test]
    fn nobody_speaking_the_languages_is_reported_as_such() {
        let interpreters = [interp(1, &["es", "ko"])];
        let needs = [need(10, 1, 100, &["pt"], None)];
        let a = assign(&interpreters, &needs, &[1]);
        assert_eq!(a.uncovered, vec![(10, Uncovered::NobodySpeaks)]);
        assert_eq!(
            Uncovered::NobodySpeaks.describe(
                crate::i18n::Locale::En,
                &["pt".into()],
                &["ko".into()]
            ),
            "no interpreter on the list speaks both Portuguese and Korean"
        );
    }

    #[test]
    fn a_buyer_keeps_the_same_interpreter_across_neighbouring_slots() {
        let interpreters = [interp(1, &["es", "ko"]), interp(2, &["es", "ko"])];
        // Buyer 100 meets in slots 1 and 2 with interpreter 2 already in slot 1.
        let needs = [
            need(10, 1, 100, &["es"], Some(2)),
            need(11, 2, 100, &["es"], None),
        ];
        let a = assign(&interpreters, &needs, &[1, 2]);
        assert_eq!(a.new, vec![(11, 2)]);
    }

    #[test]
    fn no_interpreter_ever_gets_two_meetings_in_one_slot() {
        // Many needs over a few slots and interpreters, some fixed.
        let interpreters: Vec<Interpreter> = (1..=4)
            .map(|i| {
                interp(
                    i,
                    if i % 2 == 0 {
                        &["es", "ko"]
                    } else {
                        &["ar", "es", "ko"]
                    },
                )
            })
            .collect();
        let mut needs = Vec::new();
        for m in 0..30 {
            let lang: &[&str] = if m % 3 == 0 { &["ar"] } else { &["es"] };
            let current = (m % 7 == 0).then_some(1 + (m % 4));
            needs.push(need(m, m % 5, 100 + m, lang, current));
        }
        // The fixed ones must not clash among themselves for the check to mean anything.
        let a = assign(&interpreters, &needs, &[0, 1, 2, 3, 4]);
        let mut seen = std::collections::HashSet::new();
        for n in &needs {
            if let Some(i) = n.current {
                assert!(seen.insert((n.slot, i)));
            }
        }
        for (meeting, i) in &a.new {
            let slot = needs
                .iter()
                .find(|n| n.meeting == *meeting)
                .expect("need")
                .slot;
            assert!(
                seen.insert((slot, *i)),
                "interpreter {i} twice in slot {slot}"
            );
        }
        assert_eq!(
            a.new.len() + a.uncovered.len(),
            needs.iter().filter(|n| n.current.is_none()).count()
        );
    }

    #[test]
    fn the_form_wants_a_name_and_two_known_languages() {
        let ok = parse_interpreter(" Ana Ruiz ", "", "ES, ko", "").expect("valid");
        assert_eq!(ok.languages, vec!["es", "ko"]);
        assert_eq!(ok.name, "Ana Ruiz");
        let errs = parse_interpreter("", "not-an-email", "es", "").expect_err("invalid");
        let fields: Vec<&str> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["name", "email", "languages"]);
        let errs = parse_interpreter("A", "", "es klingon", "").expect_err("invalid");
        assert!(errs[0].message.to_string().contains("klingon"), "{errs:?}");
    }
}
