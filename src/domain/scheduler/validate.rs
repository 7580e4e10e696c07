//! Input validation: every index in range and the fixed meetings consistent, or an error naming the entry.

use super::{MAX_SLOTS_PER_DAY, Problem};

/// Input the scheduler refuses: it names the entry so the caller can fix its mapping.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProblemError {
    #[error("the solver stopped on an internal error")]
    Panicked,
    #[error("{got} placements given for {want} requests and movable meetings")]
    PlacementLength { got: usize, want: usize },
    #[error("blocked has {got} entries for {participants} participants")]
    BlockedLength { got: usize, participants: usize },
    #[error("participant {participant} blocks slot {slot}, but there are {slots} slots")]
    BlockedSlot {
        participant: usize,
        slot: usize,
        slots: usize,
    },
    #[error(
        "slot {slot} is on day {day} after a slot of day {previous}: slots must be in time order"
    )]
    DaysOutOfOrder {
        slot: usize,
        day: usize,
        previous: usize,
    },
    #[error("day {day} has more than {MAX_SLOTS_PER_DAY} slots")]
    DayTooLong { day: usize },
    #[error("{what} {index} names participant {participant}, but there are {participants}")]
    Participant {
        what: &'static str,
        index: usize,
        participant: usize,
        participants: usize,
    },
    #[error("{what} {index} pairs participant {participant} with itself")]
    SelfMeeting {
        what: &'static str,
        index: usize,
        participant: usize,
    },
    #[error("fixed meeting {index} is in slot {slot}, but there are {slots} slots")]
    FixedSlot {
        index: usize,
        slot: usize,
        slots: usize,
    },
    #[error("fixed meeting {index} is at table {table}, but slot {slot} has {tables} tables")]
    FixedTable {
        index: usize,
        slot: usize,
        table: usize,
        tables: usize,
    },
    #[error("fixed meetings {first} and {second} share participant {participant} in slot {slot}")]
    FixedDoubleBooked {
        first: usize,
        second: usize,
        participant: usize,
        slot: usize,
    },
    #[error("fixed meetings {first} and {second} share table {table} in slot {slot}")]
    FixedSameTable {
        first: usize,
        second: usize,
        table: usize,
        slot: usize,
    },
    #[error("slot {slot} holds {fixed} fixed meetings but has {tables} tables")]
    FixedOverfull {
        slot: usize,
        fixed: usize,
        tables: usize,
    },
    #[error("movable meeting {index} is in slot {slot}, but there are {slots} slots")]
    MovableSlot {
        index: usize,
        slot: usize,
        slots: usize,
    },
    #[error("fixed meeting {index} is in slot {slot}, which participant {participant} blocks")]
    FixedBlocked {
        index: usize,
        slot: usize,
        participant: usize,
    },
}

impl Problem {
    /// Checks every index and the fixed meetings against each other. [`super::schedule`] calls
    /// it; after `Ok`, no index in the problem is out of range.
    pub fn validate(&self) -> Result<(), ProblemError> {
        let n = self.participants;
        let ns = self.slots.len();
        if self.blocked.len() != n {
            return Err(ProblemError::BlockedLength {
                got: self.blocked.len(),
                participants: n,
            });
        }
        for (participant, slots) in self.blocked.iter().enumerate() {
            if let Some(&slot) = slots.iter().find(|&&s| s >= ns) {
                return Err(ProblemError::BlockedSlot {
                    participant,
                    slot,
                    slots: ns,
                });
            }
        }
        let mut run = 0;
        for (slot, pair) in self.slots.windows(2).enumerate() {
            run = if pair[0].day == pair[1].day {
                run + 1
            } else {
                0
            };
            if pair[1].day < pair[0].day {
                return Err(ProblemError::DaysOutOfOrder {
                    slot: slot + 1,
                    day: pair[1].day,
                    previous: pair[0].day,
                });
            }
            if run + 1 >= MAX_SLOTS_PER_DAY {
                return Err(ProblemError::DayTooLong { day: pair[1].day });
            }
        }
        let pair_check = |what: &'static str, index: usize, a: usize, b: usize| {
            for participant in [a, b] {
                if participant >= n {
                    return Err(ProblemError::Participant {
                        what,
                        index,
                        participant,
                        participants: n,
                    });
                }
            }
            if a == b {
                return Err(ProblemError::SelfMeeting {
                    what,
                    index,
                    participant: a,
                });
            }
            Ok(())
        };
        for (index, r) in self.requests.iter().enumerate() {
            pair_check("request", index, r.a, r.b)?;
        }
        for (index, m) in self.movable.iter().enumerate() {
            pair_check("movable meeting", index, m.a, m.b)?;
            if m.slot >= ns {
                return Err(ProblemError::MovableSlot {
                    index,
                    slot: m.slot,
                    slots: ns,
                });
            }
        }
        self.validate_fixed(pair_check)
    }

    fn validate_fixed(
        &self,
        pair_check: impl Fn(&'static str, usize, usize, usize) -> Result<(), ProblemError>,
    ) -> Result<(), ProblemError> {
        let ns = self.slots.len();
        let mut holder: std::collections::HashMap<(usize, usize), usize> = Default::default();
        let mut table_holder: std::collections::HashMap<(usize, usize), usize> = Default::default();
        let mut per_slot = vec![0usize; ns];
        for (index, f) in self.fixed.iter().enumerate() {
            pair_check("fixed meeting", index, f.a, f.b)?;
            if f.slot >= ns {
                return Err(ProblemError::FixedSlot {
                    index,
                    slot: f.slot,
                    slots: ns,
                });
            }
            let tables = self.slots[f.slot].tables;
            if let Some(table) = f.table {
                if table >= tables {
                    return Err(ProblemError::FixedTable {
                        index,
                        slot: f.slot,
                        table,
                        tables,
                    });
                }
                if let Some(first) = table_holder.insert((f.slot, table), index) {
                    return Err(ProblemError::FixedSameTable {
                        first,
                        second: index,
                        table,
                        slot: f.slot,
                    });
                }
            }
            for participant in [f.a, f.b] {
                if self.blocked[participant].contains(&f.slot) {
                    return Err(ProblemError::FixedBlocked {
                        index,
                        slot: f.slot,
                        participant,
                    });
                }
                if let Some(first) = holder.insert((participant, f.slot), index) {
                    return Err(ProblemError::FixedDoubleBooked {
                        first,
                        second: index,
                        participant,
                        slot: f.slot,
                    });
                }
            }
            per_slot[f.slot] += 1;
            if per_slot[f.slot] > tables {
                return Err(ProblemError::FixedOverfull {
                    slot: f.slot,
                    fixed: per_slot[f.slot],
                    tables,
                });
            }
        }
        Ok(())
    }
}
