//! The greedy start: most constrained request first, each into its cheapest free slot.

use super::NONE;
use super::model::Model;
use super::state::State;

pub(super) fn greedy(m: &Model, guided: bool) -> State {
    let mut state = State::new(m);
    let mut degree = vec![0usize; m.n];
    for r in 0..m.a.len() {
        degree[m.a[r] as usize] += 1;
        degree[m.b[r] as usize] += 1;
    }
    let mut order: Vec<usize> = (0..m.a.len())
        .filter(|&r| !m.allowed[r].is_empty())
        .collect();
    order.sort_by_key(|&r| {
        (
            m.rank[r],
            m.allowed[r].len(),
            std::cmp::Reverse(degree[m.a[r] as usize] + degree[m.b[r] as usize]),
            r,
        )
    });
    for r in order {
        let home = m.home[r] as usize;
        if m.home[r] != NONE && m.may(r, home) && state.free_for(m, r, home) {
            state.place(m, r, home);
        } else if let Some(s) = state.best_free_slot(m, r, guided) {
            state.place(m, r, s);
        }
    }
    state
}
