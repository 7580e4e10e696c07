//! Tables, chosen once every slot is fixed. Any free table is valid; the `a` side (the
//! supplier, who stays put) keeps one "home" table across slots where it can, so
//! buyers walk and suppliers don't.

use std::cmp::Reverse;

use super::Problem;

/// Tables for placed requests (`None` for unplaced ones) and for the fixed meetings.
/// `slot_of` must respect table counts per slot, as the search guarantees; a request
/// that finds no free table anyway is left without one rather than doubled up.
/// `wanted[r]`, when given as `(slot, table)` and request `r` is in that slot, keeps
/// that table unless a fixed meeting holds it (or it no longer exists): a movable
/// meeting that stayed keeps its table.
pub(super) fn assign(
    problem: &Problem,
    slot_of: &[Option<usize>],
    wanted: &[Option<(usize, usize)>],
) -> (Vec<Option<usize>>, Vec<usize>) {
    let ns = problem.slots.len();
    let mut meetings_as_a = vec![0usize; problem.participants];
    let mut in_slot: Vec<Vec<usize>> = vec![Vec::new(); ns];
    for (index, slot) in slot_of.iter().enumerate() {
        if let Some(slot) = *slot {
            meetings_as_a[problem.requests[index].a] += 1;
            in_slot[slot].push(index);
        }
    }
    let mut fixed_in_slot: Vec<Vec<usize>> = vec![Vec::new(); ns];
    for (index, f) in problem.fixed.iter().enumerate() {
        meetings_as_a[f.a] += 1;
        fixed_in_slot[f.slot].push(index);
    }
    // The busiest get distinct home tables first; past the table count, homes repeat.
    let mut by_load: Vec<usize> = (0..problem.participants)
        .filter(|&p| meetings_as_a[p] > 0)
        .collect();
    by_load.sort_by_key(|&p| (Reverse(meetings_as_a[p]), p));
    let max_tables = problem
        .slots
        .iter()
        .map(|s| s.tables)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut home = vec![usize::MAX; problem.participants];
    for (i, &p) in by_load.iter().enumerate() {
        home[p] = i % max_tables;
    }
    let mut last = vec![usize::MAX; problem.participants];

    let mut tables = vec![None; slot_of.len()];
    let mut fixed_tables = vec![0; problem.fixed.len()];
    for s in 0..ns {
        let mut taken = vec![false; problem.slots[s].tables];
        for &index in &fixed_in_slot[s] {
            if let Some(t) = problem.fixed[index].table {
                taken[t] = true;
                fixed_tables[index] = t;
            }
        }
        for &index in &in_slot[s] {
            if let Some(Some((slot, t))) = wanted.get(index).copied()
                && slot == s
                && taken.get(t) == Some(&false)
            {
                taken[t] = true;
                tables[index] = Some(t);
            }
        }
        let mut take = |p: usize, taken: &mut Vec<bool>, home_only: bool| {
            let wishes = if home_only {
                [home[p], usize::MAX]
            } else {
                [home[p], last[p]]
            };
            let t = wishes
                .into_iter()
                .find(|&t| taken.get(t) == Some(&false))
                .or_else(|| {
                    (!home_only)
                        .then(|| taken.iter().position(|x| !x))
                        .flatten()
                })?;
            taken[t] = true;
            last[p] = t;
            Some(t)
        };
        for &index in &fixed_in_slot[s] {
            let f = problem.fixed[index];
            if f.table.is_none() {
                // Validation guarantees room for every fixed meeting.
                fixed_tables[index] = take(f.a, &mut taken, false).unwrap_or(0);
            }
        }
        for &index in &in_slot[s] {
            if tables[index].is_none() {
                tables[index] = take(problem.requests[index].a, &mut taken, true);
            }
        }
        for &index in &in_slot[s] {
            if tables[index].is_none() {
                tables[index] = take(problem.requests[index].a, &mut taken, false);
            }
        }
    }
    (tables, fixed_tables)
}
