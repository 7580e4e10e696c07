//! Counting breaks (idle runs between a participant's meetings of a day) and a lower bound on them.

use super::{Problem, SlotInfo};

/// Breaks per participant for meetings given as `(a, b, slot)`. A break is a maximal
/// run of idle slots between two meetings of the same day; idle slots before the first
/// or after the last meeting of a day are not breaks. Entries naming a participant or
/// slot out of range are ignored.
pub fn count_breaks(
    slots: &[SlotInfo],
    participants: usize,
    meetings: impl IntoIterator<Item = (usize, usize, usize)>,
) -> Vec<usize> {
    let mut busy = vec![false; participants * slots.len()];
    for (a, b, slot) in meetings {
        if slot < slots.len() {
            for p in [a, b] {
                if p < participants {
                    busy[p * slots.len() + slot] = true;
                }
            }
        }
    }
    (0..participants)
        .map(|p| {
            let row = &busy[p * slots.len()..(p + 1) * slots.len()];
            let mut breaks = 0;
            let mut met_today = false;
            let mut idle_since_meeting = false;
            for (s, info) in slots.iter().enumerate() {
                if s > 0 && slots[s - 1].day != info.day {
                    met_today = false;
                    idle_since_meeting = false;
                }
                if row[s] {
                    if idle_since_meeting {
                        breaks += 1;
                    }
                    met_today = true;
                    idle_since_meeting = false;
                } else if met_today {
                    idle_since_meeting = true;
                }
            }
            breaks
        })
        .collect()
}
/// A lower bound on the breaks of any schedule of the meetings `schedule` placed (its
/// fixed and movable meetings and the requests it placed): [`lower_bound_breaks`] of
/// the problem without the requests it left out. When it equals `schedule.breaks`, no
/// schedule of those meetings has fewer: the draft is optimal, proven.
pub fn lower_bound_for(problem: &Problem, schedule: &super::Schedule) -> usize {
    let placed = Problem {
        requests: schedule
            .placed
            .iter()
            .filter_map(|p| problem.requests.get(p.request).copied())
            .collect(),
        ..problem.clone()
    };
    lower_bound_breaks(&placed)
}

/// A lower bound on total breaks if every request (and movable meeting) is placed, from each participant
/// alone: its meetings must fit in its unblocked runs of slots, and every run used
/// beyond the first of its day costs a break. Ignores sessions and the other side.
pub fn lower_bound_breaks(problem: &Problem) -> usize {
    let mut load = vec![0usize; problem.participants];
    let pairs = problem.fixed.iter().map(|f| (f.a, f.b));
    let pairs = pairs.chain(problem.movable.iter().map(|m| (m.a, m.b)));
    for (a, b) in pairs.chain(problem.requests.iter().map(|r| (r.a, r.b))) {
        for p in [a, b] {
            if let Some(l) = load.get_mut(p) {
                *l += 1;
            }
        }
    }
    let mut total = 0;
    for (p, &need) in load.iter().enumerate() {
        let blocked = problem.blocked.get(p).map_or(&[][..], Vec::as_slice);
        // Runs of unblocked slots: the longest of each day is free, the others cost one.
        let mut free_runs = Vec::new();
        let mut paid_runs = Vec::new();
        let mut day_runs: Vec<usize> = Vec::new();
        let mut run = 0;
        for (s, info) in problem.slots.iter().enumerate() {
            let open = !blocked.contains(&s) && info.tables > 0;
            if open {
                run += 1;
            }
            let day_ends = problem.slots.get(s + 1).is_none_or(|n| n.day != info.day);
            if (!open || day_ends) && run > 0 {
                day_runs.push(run);
                run = 0;
            }
            if day_ends {
                day_runs.sort_unstable_by(|x, y| y.cmp(x));
                let mut runs = day_runs.drain(..);
                free_runs.extend(runs.next());
                paid_runs.extend(runs);
            }
        }
        let mut covered: usize = free_runs.iter().sum();
        paid_runs.sort_unstable_by(|x, y| y.cmp(x));
        for run in paid_runs {
            if covered >= need {
                break;
            }
            covered += run;
            total += 1;
        }
    }
    total
}
