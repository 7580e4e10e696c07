//! The 20 published instances, checked from the raw files by a checker written here.

use std::path::{Path, PathBuf};

use super::*;

fn instance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/b2b")
}

/// What the checker needs from a file, read without the scheduler's parser.
struct Raw {
    tables: usize,
    total_slots: usize,
    morning_slots: usize,
    /// (participant, participant, session) from 1, as written.
    requested: Vec<(usize, usize, usize)>,
    /// Per participant from 1, forbidden slots from 1.
    forbidden: Vec<Vec<usize>>,
}

fn raw_value<'t>(text: &'t str, name: &str) -> &'t str {
    let start = text
        .find(&format!("{name} ="))
        .unwrap_or_else(|| panic!("{name} in file"))
        + name.len()
        + 2;
    let end = start + text[start..].find(';').expect("; after value");
    &text[start..end]
}

fn raw_ints(text: &str) -> Vec<usize> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|x| !x.is_empty())
        .map(|x| x.parse().expect("number"))
        .collect()
}

fn read_raw(text: &str) -> Raw {
    let int = |name| raw_ints(raw_value(text, name))[0];
    let requested = raw_ints(raw_value(text, "requested"))
        .chunks(3)
        .map(|c| (c[0], c[1], c[2]))
        .collect();
    let forbidden = raw_value(text, "forbidden")
        .split('}')
        .filter(|set| set.contains('{'))
        .map(|set| raw_ints(set).into_iter().filter(|&s| s != 0).collect())
        .collect();
    Raw {
        tables: int("nTables"),
        total_slots: int("nTotalSlots"),
        morning_slots: int("nMorningSlots"),
        requested,
        forbidden,
    }
}

/// Every hard rule from the raw file; returns the breaks it counts.
fn independent_check(raw: &Raw, schedule: &Schedule) -> Result<usize, String> {
    let mut slot_of = vec![None; raw.requested.len()];
    for p in &schedule.placed {
        let slot = p.slot + 1;
        let entry = slot_of.get_mut(p.request).ok_or("unknown meeting")?;
        if entry.replace((slot, p.table)).is_some() {
            return Err(format!("meeting {} placed twice", p.request + 1));
        }
    }
    let mut busy = std::collections::HashSet::new();
    let mut tables = std::collections::HashSet::new();
    let mut per_slot = vec![0; raw.total_slots + 1];
    let mut by_person: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for (i, (&(x, y, session), placed)) in raw.requested.iter().zip(&slot_of).enumerate() {
        let meeting = i + 1;
        let (slot, table) = placed.ok_or(format!("meeting {meeting} not placed"))?;
        if !(1..=raw.total_slots).contains(&slot) {
            return Err(format!("meeting {meeting} in slot {slot}"));
        }
        let morning = slot <= raw.morning_slots;
        if (session == 1 && !morning) || (session == 2 && morning) {
            return Err(format!(
                "meeting {meeting} in slot {slot} against session {session}"
            ));
        }
        if table >= raw.tables || !tables.insert((slot, table)) {
            return Err(format!("meeting {meeting} at table {table} in slot {slot}"));
        }
        per_slot[slot] += 1;
        for person in [x, y] {
            if raw.forbidden[person - 1].contains(&slot) {
                return Err(format!("meeting {meeting}: {person} forbids slot {slot}"));
            }
            if !busy.insert((person, slot)) {
                return Err(format!("participant {person} twice in slot {slot}"));
            }
            by_person.entry(person).or_default().push(slot);
        }
    }
    if per_slot.iter().any(|&n| n > raw.tables) {
        return Err("a slot holds more meetings than tables".to_owned());
    }
    let breaks = by_person
        .values_mut()
        .map(|slots| {
            slots.sort_unstable();
            slots.windows(2).filter(|w| w[1] > w[0] + 1).count()
        })
        .sum();
    Ok(breaks)
}

#[test]
fn all_published_instances_are_scheduled_in_full_and_pass_an_independent_check() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(instance_dir())
        .expect("benches/data/b2b")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "dzn"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 20);
    for path in files {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).expect("readable");
        let raw = read_raw(&text);
        let problem = dzn::parse(&text).expect(&name);
        let schedule = schedule(&problem, &options(100_000)).expect(&name);
        assert!(
            schedule.unplaced.is_empty(),
            "{name}: {:?}",
            schedule.unplaced
        );
        let breaks = independent_check(&raw, &schedule).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(breaks, schedule.breaks, "{name}: breaks as reported");
        assert_eq!(check(&problem, &schedule), Ok(()), "{name}");
    }
}
