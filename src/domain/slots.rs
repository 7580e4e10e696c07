//! The slot grid of a consultation day: pure arithmetic on local venue time, turned
//! into UTC instants with the venue's time zone.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone as _};

use super::values::TimeZone;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Session {
    Morning,
    Afternoon,
    Evening,
}

impl Session {
    pub fn of(local_start: NaiveTime) -> Self {
        let hour = chrono::Timelike::hour(&local_start);
        match hour {
            0..12 => Self::Morning,
            12..18 => Self::Afternoon,
            _ => Self::Evening,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Morning => "morning",
            Self::Afternoon => "afternoon",
            Self::Evening => "evening",
        }
    }
}

/// A day's opening hours, slot length, gap between slots and breaks, in venue time.
#[derive(Clone, Debug)]
pub struct DayPlan {
    pub date: NaiveDate,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
    pub slot_minutes: u32,
    pub gap_minutes: u32,
    pub breaks: Vec<(NaiveTime, NaiveTime)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedSlot {
    pub position: i32,
    pub local_start: NaiveDateTime,
    pub local_end: NaiveDateTime,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub session: Session,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SlotPlanError {
    #[error("the day must end after it starts")]
    EndsBeforeStart,
    #[error("a slot must last between 5 and 240 minutes")]
    SlotLength,
    #[error("no slot fits between the start and the end of the day")]
    NoSlots,
    #[error("the gap between slots must be between 0 and 120 minutes")]
    GapLength,
    #[error("a break must end after it starts and lie within the day")]
    Break,
    #[error("{0} does not exist in the venue's time zone (clocks change that day)")]
    NonexistentLocalTime(NaiveDateTime),
}

/// Lays slots from the start of the day: a slot that would overlap a break starts
/// after the break instead; a slot never runs past the end of the day.
pub fn generate(plan: &DayPlan, tz: TimeZone) -> Result<Vec<PlannedSlot>, SlotPlanError> {
    if plan.ends <= plan.starts {
        return Err(SlotPlanError::EndsBeforeStart);
    }
    if !(5..=240).contains(&plan.slot_minutes) {
        return Err(SlotPlanError::SlotLength);
    }
    if plan.gap_minutes > 120 {
        return Err(SlotPlanError::GapLength);
    }
    if plan
        .breaks
        .iter()
        .any(|(s, e)| s >= e || *s < plan.starts || *e > plan.ends)
    {
        return Err(SlotPlanError::Break);
    }
    let slot = TimeDelta::minutes(i64::from(plan.slot_minutes));
    let gap = TimeDelta::minutes(i64::from(plan.gap_minutes));
    let day_end = plan.date.and_time(plan.ends);
    let mut breaks: Vec<(NaiveDateTime, NaiveDateTime)> = plan
        .breaks
        .iter()
        .map(|(s, e)| (plan.date.and_time(*s), plan.date.and_time(*e)))
        .collect();
    breaks.sort();

    let mut out = Vec::new();
    let mut t = plan.date.and_time(plan.starts);
    while t + slot <= day_end {
        let end = t + slot;
        if let Some(&(_, break_end)) = breaks.iter().find(|(bs, be)| t < *be && *bs < end) {
            t = break_end;
            continue;
        }
        out.push(PlannedSlot {
            position: i32::try_from(out.len()).unwrap_or(i32::MAX),
            local_start: t,
            local_end: end,
            starts_at: to_utc(t, tz)?,
            ends_at: to_utc(end, tz)?,
            session: Session::of(t.time()),
        });
        t = end + gap;
    }
    if out.is_empty() {
        return Err(SlotPlanError::NoSlots);
    }
    Ok(out)
}

fn to_utc(local: NaiveDateTime, tz: TimeZone) -> Result<NaiveDateTime, SlotPlanError> {
    tz.tz()
        .from_local_datetime(&local)
        .earliest()
        .map(|dt| dt.naive_utc())
        .ok_or(SlotPlanError::NonexistentLocalTime(local))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("valid time")
    }

    fn seoul() -> TimeZone {
        TimeZone::parse("Asia/Seoul").expect("zone")
    }

    fn plan() -> DayPlan {
        DayPlan {
            date: NaiveDate::from_ymd_opt(2026, 9, 8).expect("date"),
            starts: t(9, 0),
            ends: t(17, 0),
            slot_minutes: 30,
            gap_minutes: 0,
            breaks: vec![(t(12, 0), t(13, 0))],
        }
    }

    #[test]
    fn a_day_with_a_lunch_break_has_fourteen_half_hour_slots() {
        let slots = generate(&plan(), seoul()).expect("slots");
        assert_eq!(slots.len(), 14);
        assert_eq!(slots[0].local_start.time(), t(9, 0));
        assert_eq!(slots[5].local_end.time(), t(12, 0));
        assert_eq!(slots[6].local_start.time(), t(13, 0));
        assert_eq!(slots[6].session, Session::Afternoon);
        // Seoul is UTC+9 all year.
        assert_eq!(slots[0].starts_at.time(), t(0, 0));
        assert!(slots.windows(2).all(|w| w[0].position + 1 == w[1].position));
    }

    #[test]
    fn gaps_and_odd_breaks_push_slots_later() {
        let mut p = plan();
        p.slot_minutes = 20;
        p.gap_minutes = 10;
        p.breaks = vec![(t(12, 15), t(13, 10))];
        let slots = generate(&p, seoul()).expect("slots");
        assert!(
            slots
                .iter()
                .all(|s| s.local_end.time() <= t(12, 15) || s.local_start.time() >= t(13, 10))
        );
        assert!(slots.iter().all(|s| s.local_end.time() <= t(17, 0)));
        assert_eq!(slots[1].local_start.time(), t(9, 30));
    }

    #[test]
    fn impossible_days_are_refused() {
        let mut p = plan();
        p.ends = t(8, 0);
        assert_eq!(generate(&p, seoul()), Err(SlotPlanError::EndsBeforeStart));
        let mut p = plan();
        p.slot_minutes = 600;
        assert_eq!(generate(&p, seoul()), Err(SlotPlanError::SlotLength));
        let mut p = plan();
        p.breaks = vec![(t(9, 0), t(17, 0))];
        assert_eq!(generate(&p, seoul()), Err(SlotPlanError::NoSlots));
        let mut p = plan();
        p.gap_minutes = 121;
        assert_eq!(generate(&p, seoul()), Err(SlotPlanError::GapLength));
        for bad in [
            (t(13, 0), t(12, 0)),
            (t(8, 0), t(9, 30)),
            (t(16, 30), t(18, 0)),
        ] {
            let mut p = plan();
            p.breaks = vec![bad];
            assert_eq!(
                generate(&p, seoul()),
                Err(SlotPlanError::Break),
                "case {bad:?}"
            );
        }
    }
}

/// Which of a day's slots a supplier changes at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    WholeDay,
    /// Slots starting before noon, venue time.
    Morning,
    /// Slots starting at noon or later, venue time.
    Afternoon,
}

impl DayPart {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "day" => Some(Self::WholeDay),
            "morning" => Some(Self::Morning),
            "afternoon" => Some(Self::Afternoon),
            _ => None,
        }
    }
}

/// Why a range of slots cannot be chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeError {
    /// A slot named is not one of the day's.
    NotThatDay,
    /// The range ends before it starts.
    Backwards,
}

/// The ids of `day`'s slots (id, local venue start, in time order) that a part of the
/// day or an inclusive range `from..=to` (slot ids) takes in.
pub fn pick<I: Copy + PartialEq>(
    day: &[(I, NaiveTime)],
    choice: Result<DayPart, (I, I)>,
) -> Result<Vec<I>, RangeError> {
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN);
    match choice {
        Ok(part) => Ok(day
            .iter()
            .filter(|(_, start)| match part {
                DayPart::WholeDay => true,
                DayPart::Morning => *start < noon,
                DayPart::Afternoon => *start >= noon,
            })
            .map(|(id, _)| *id)
            .collect()),
        Err((from, to)) => {
            let at = |id: I| day.iter().position(|(s, _)| *s == id);
            let (Some(first), Some(last)) = (at(from), at(to)) else {
                return Err(RangeError::NotThatDay);
            };
            if last < first {
                return Err(RangeError::Backwards);
            }
            Ok(day[first..=last].iter().map(|(id, _)| *id).collect())
        }
    }
}

#[cfg(test)]
mod pick_tests {
    use super::*;

    fn day() -> Vec<(i32, NaiveTime)> {
        [(1, 9), (2, 10), (3, 11), (4, 13), (5, 14), (6, 15)]
            .into_iter()
            .map(|(id, h)| (id, NaiveTime::from_hms_opt(h, 30, 0).expect("time")))
            .collect()
    }

    #[test]
    fn parts_of_the_day_split_at_noon_venue_time() {
        assert_eq!(
            pick(&day(), Ok(DayPart::WholeDay)),
            Ok(vec![1, 2, 3, 4, 5, 6])
        );
        assert_eq!(pick(&day(), Ok(DayPart::Morning)), Ok(vec![1, 2, 3]));
        assert_eq!(pick(&day(), Ok(DayPart::Afternoon)), Ok(vec![4, 5, 6]));
    }

    #[test]
    fn a_range_takes_both_ends_and_everything_between() {
        assert_eq!(pick(&day(), Err((2, 4))), Ok(vec![2, 3, 4]));
        assert_eq!(pick(&day(), Err((5, 5))), Ok(vec![5]));
        assert_eq!(pick(&day(), Err((4, 2))), Err(RangeError::Backwards));
        assert_eq!(pick(&day(), Err((2, 99))), Err(RangeError::NotThatDay));
    }
}
