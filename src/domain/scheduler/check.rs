//! An independent check of a schedule against every hard rule of its problem.

use super::breaks::count_breaks;
use super::{MovableOutcome, Problem, Schedule, is_stay, meetings_of};

/// Checks a schedule against every hard rule of the problem and its own bookkeeping:
/// each request placed or unplaced exactly once; slots, tables and sessions in range;
/// nobody in a blocked slot or two meetings at once; one meeting per table; fixed
/// meetings where they were; every movable meeting reported once, placed by the same
/// rules (its own slot allowed outside its session) and called moved exactly when it
/// left its slot or its given table; the break counts right. Returns every violation
/// found.
pub fn check(problem: &Problem, schedule: &Schedule) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    let ns = problem.slots.len();
    let mut seen = vec![0usize; problem.requests.len()];
    for index in schedule
        .placed
        .iter()
        .map(|p| p.request)
        .chain(schedule.unplaced.iter().map(|u| u.request))
    {
        match seen.get_mut(index) {
            Some(count) => *count += 1,
            None => errors.push(format!("request {index} does not exist")),
        }
    }
    for (index, count) in seen.iter().enumerate() {
        if *count != 1 {
            errors.push(format!("request {index} is reported {count} times"));
        }
    }
    if schedule.fixed_tables.len() != problem.fixed.len() {
        errors.push(format!(
            "{} fixed tables for {} fixed meetings",
            schedule.fixed_tables.len(),
            problem.fixed.len()
        ));
    }
    // (participant, slot) and (slot, table) owners, as descriptions for messages.
    let mut person_at: std::collections::HashMap<(usize, usize), String> = Default::default();
    let mut table_at: std::collections::HashMap<(usize, usize), String> = Default::default();
    let mut occupy = |errors: &mut Vec<String>, what: String, a: usize, b: usize, slot, table| {
        for p in [a, b] {
            if let Some(other) = person_at.insert((p, slot), what.clone()) {
                errors.push(format!(
                    "participant {p} is in {other} and {what} in slot {slot}"
                ));
            }
        }
        if let Some(other) = table_at.insert((slot, table), what.clone()) {
            errors.push(format!(
                "{other} and {what} share table {table} in slot {slot}"
            ));
        }
    };
    for (index, f) in problem.fixed.iter().enumerate() {
        let what = format!("fixed meeting {index}");
        let Some(&table) = schedule.fixed_tables.get(index) else {
            continue;
        };
        if f.table.is_some_and(|t| t != table) {
            errors.push(format!("{what} moved from its table to table {table}"));
        }
        match problem.slots.get(f.slot) {
            Some(info) if table < info.tables => {}
            _ => errors.push(format!("{what} is at table {table} of slot {}", f.slot)),
        }
        occupy(&mut errors, what, f.a, f.b, f.slot, table);
    }
    for p in &schedule.placed {
        let what = format!("request {}", p.request);
        let Some(r) = problem.requests.get(p.request) else {
            continue;
        };
        let Some(info) = problem.slots.get(p.slot) else {
            errors.push(format!("{what} is in slot {}, of {ns}", p.slot));
            continue;
        };
        if p.table >= info.tables {
            errors.push(format!(
                "{what} is at table {} of a slot with {}",
                p.table, info.tables
            ));
        }
        if r.session.is_some_and(|s| s != info.session) {
            errors.push(format!("{what} is outside its session, in slot {}", p.slot));
        }
        for side in [r.a, r.b] {
            if problem
                .blocked
                .get(side)
                .is_some_and(|b| b.contains(&p.slot))
            {
                errors.push(format!(
                    "{what} is in slot {}, which participant {side} blocks",
                    p.slot
                ));
            }
        }
        occupy(&mut errors, what, r.a, r.b, p.slot, p.table);
    }
    check_movable(problem, schedule, &mut errors, &mut occupy);
    let breaks = count_breaks(
        &problem.slots,
        problem.participants,
        meetings_of(problem, &schedule.placed, &schedule.movable),
    );
    if breaks != schedule.breaks_per_participant {
        errors.push("breaks per participant do not match the meetings".to_owned());
    }
    if breaks.iter().sum::<usize>() != schedule.breaks {
        errors.push(format!(
            "{} breaks reported, {} counted",
            schedule.breaks,
            breaks.iter().sum::<usize>()
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn check_movable(
    problem: &Problem,
    schedule: &Schedule,
    errors: &mut Vec<String>,
    occupy: &mut impl FnMut(&mut Vec<String>, String, usize, usize, usize, usize),
) {
    if schedule.movable.len() != problem.movable.len() {
        errors.push(format!(
            "{} outcomes for {} movable meetings",
            schedule.movable.len(),
            problem.movable.len()
        ));
    }
    let mut moved = 0;
    for (index, (m, outcome)) in problem.movable.iter().zip(&schedule.movable).enumerate() {
        let what = format!("movable meeting {index}");
        let Some((slot, table)) = outcome.placement() else {
            continue;
        };
        let stayed = is_stay(m, slot, table);
        match outcome {
            MovableOutcome::Moved { .. } if stayed => {
                errors.push(format!("{what} is reported moved but stayed"));
            }
            MovableOutcome::Stayed { .. } if !stayed => {
                errors.push(format!("{what} is reported in place but moved"));
            }
            _ => {}
        }
        moved += usize::from(!stayed);
        let Some(info) = problem.slots.get(slot) else {
            errors.push(format!(
                "{what} is in slot {slot}, of {}",
                problem.slots.len()
            ));
            continue;
        };
        if table >= info.tables {
            errors.push(format!(
                "{what} is at table {table} of a slot with {}",
                info.tables
            ));
        }
        if slot != m.slot && m.session.is_some_and(|s| s != info.session) {
            errors.push(format!("{what} moved outside its session, to slot {slot}"));
        }
        for side in [m.a, m.b] {
            if problem.blocked.get(side).is_some_and(|b| b.contains(&slot)) {
                errors.push(format!(
                    "{what} is in slot {slot}, which participant {side} blocks"
                ));
            }
        }
        occupy(errors, what, m.a, m.b, slot, table);
    }
    if moved != schedule.moved {
        errors.push(format!(
            "{} moves reported, {moved} counted",
            schedule.moved
        ));
    }
}
