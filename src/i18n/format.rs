//! Dates, times, numbers, money and names in a locale's own way.
//!
//! Methods on [`Locale`], so templates write `{{ chrome.t.date(day) }}` and code writes
//! `t.time_pair(starts, ends, viewer, venue)`. Never `format!` a date for a person.
//!
//! TODO(i18n-format): the first cut below writes English and Korean by hand with chrono;
//! it is being replaced by ICU4X (CLDR data) for every offered language.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _, Timelike};
use chrono_tz::Tz;

use super::Locale;
use crate::domain::reference;

/// A meeting's time as one person sees it: in their zone, with the venue's beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimePair {
    /// e.g. "Tue 8 Sep · 16:00–16:30"
    pub local: String,
    /// e.g. "09:00–09:30 venue time" or "Tue 8 Sep · 09:00–09:30 venue time"
    pub venue: String,
    /// The two calendar dates differ: say so on the page.
    pub different_day: bool,
    pub same_zone: bool,
}

const KO_WEEKDAYS: [&str; 7] = ["월", "화", "수", "목", "금", "토", "일"];

impl Locale {
    /// A day with its weekday, without the year: "Tue 8 Sep", "9월 8일 (화)".
    pub fn day(&self, d: &NaiveDate) -> String {
        match self {
            Self::Ko => format!(
                "{}월 {}일 ({})",
                d.month(),
                d.day(),
                KO_WEEKDAYS[d.weekday().num_days_from_monday() as usize]
            ),
            _ => self.pseudo(d.format("%a %-d %b").to_string()),
        }
    }

    /// A full date: "Tue 8 September 2026", "2026년 9월 8일 (화)".
    pub fn date(&self, d: &NaiveDate) -> String {
        match self {
            Self::Ko => format!("{}년 {}", d.year(), self.day(d)),
            _ => self.pseudo(d.format("%a %-d %B %Y").to_string()),
        }
    }

    /// A short numeric date for tables and logs: "2026-09-08", "2026. 9. 8.".
    pub fn short_date(&self, d: &NaiveDate) -> String {
        match self {
            Self::Ko => format!("{}. {}. {}.", d.year(), d.month(), d.day()),
            _ => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// A clock time: "14:00", "오후 2:00".
    pub fn time(&self, t: &NaiveTime) -> String {
        match self {
            Self::Ko => {
                let (pm, h) = t.hour12();
                format!("{} {h}:{:02}", if pm { "오후" } else { "오전" }, t.minute())
            }
            _ => t.format("%H:%M").to_string(),
        }
    }

    /// A moment (already in the reader's zone) for logs and lists: date and time.
    pub fn date_time(&self, at: &NaiveDateTime) -> String {
        format!("{} {}", self.short_date(&at.date()), self.time(&at.time()))
    }

    /// The days an expo runs: "8–9 September 2026", or "Dates to be announced".
    pub fn date_range(&self, first: &Option<NaiveDate>, last: &Option<NaiveDate>) -> String {
        match (first, last) {
            (Some(a), Some(b)) if a == b => self.date(a),
            (Some(a), Some(b)) => match self {
                Self::Ko => format!("{} ~ {}", self.date(a), self.date(b)),
                _ => crate::domain::display::date_range(Some(*a), Some(*b)),
            },
            _ => self.get("fmt-dates-tba"),
        }
    }

    /// A meeting's time in the viewer's zone with the venue's beside it.
    pub fn time_pair(
        &self,
        starts: &NaiveDateTime,
        ends: &NaiveDateTime,
        viewer: Tz,
        venue: Tz,
    ) -> TimePair {
        let (ls, le) = (
            viewer.from_utc_datetime(starts),
            viewer.from_utc_datetime(ends),
        );
        let (vs, ve) = (
            venue.from_utc_datetime(starts),
            venue.from_utc_datetime(ends),
        );
        let different_day = ls.date_naive() != vs.date_naive();
        let range = |a: NaiveTime, b: NaiveTime| format!("{}–{}", self.time(&a), self.time(&b));
        let local = format!(
            "{} · {}",
            self.day(&ls.date_naive()),
            range(ls.time(), le.time())
        );
        let venue_clock = if different_day {
            format!(
                "{} · {}",
                self.day(&vs.date_naive()),
                range(vs.time(), ve.time())
            )
        } else {
            range(vs.time(), ve.time())
        };
        TimePair {
            local,
            venue: self.arg("fmt-venue-time", "time", venue_clock),
            different_day,
            same_zone: viewer == venue,
        }
    }

    /// A whole number with the locale's grouping: "12,500".
    pub fn number(&self, n: &i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if *n < 0 { format!("-{out}") } else { out }
    }

    /// An amount in minor units of `currency` (ISO 4217): "US$12,500.00", "₩12,500,000".
    pub fn money(&self, minor: &i64, currency: &str) -> String {
        let (symbol, decimals) = match currency {
            "KRW" => ("₩", 0),
            "JPY" => ("¥", 0),
            "USD" => ("US$", 2),
            "EUR" => ("€", 2),
            other => (other, 2),
        };
        if decimals == 0 {
            format!("{symbol}{}", self.number(minor))
        } else {
            let whole = minor / 100;
            let cents = (minor % 100).unsigned_abs();
            format!("{symbol}{}.{cents:02}", self.number(&whole))
        }
    }

    /// A country's name in this language, or the code when unknown.
    pub fn country(&self, code: &str) -> String {
        reference::country_label(code).to_owned()
    }

    /// A language's name in this language (ISO 639-1 code), or the code when unknown.
    pub fn language(&self, code: &str) -> String {
        reference::language_name(code).unwrap_or(code).to_owned()
    }

    /// A sector's name in this language, or the code when unknown.
    pub fn sector(&self, code: &str) -> String {
        match (reference::sector(code), self) {
            (Some((_, _, ko)), Self::Ko) => (*ko).to_owned(),
            (Some((_, en, _)), _) => (*en).to_owned(),
            (None, _) => code.to_owned(),
        }
    }

    /// Every country as (code, name), sorted by name as this language sorts.
    pub fn countries(&self) -> Vec<(&'static str, String)> {
        let mut all: Vec<_> = reference::COUNTRIES
            .iter()
            .map(|(code, _, _)| (*code, self.country(code)))
            .collect();
        all.sort_by(|a, b| a.1.cmp(&b.1));
        all
    }

    /// Every language as (code, name), sorted by name as this language sorts.
    pub fn languages(&self) -> Vec<(&'static str, String)> {
        let mut all: Vec<_> = reference::LANGUAGES
            .iter()
            .map(|(code, _)| (*code, self.language(code)))
            .collect();
        all.sort_by(|a, b| a.1.cmp(&b.1));
        all
    }

    fn pseudo(&self, s: String) -> String {
        s
    }
}
