//! Dates, times, numbers, money and names in a locale's own way, from CLDR by ICU4X.
//!
//! Methods on [`Locale`], so templates write `{{ chrome.t.date(day) }}` and code writes
//! `t.time_pair(starts, ends, viewer, venue)`. Never `format!` a date for a person.
//!
//! Every formatter is built once per locale, on first use, and kept ([`Formatters`]);
//! a call only formats. English reads as in Britain (day before month, 24-hour clock),
//! as the product always has; the pseudo-locale formats as English. Country and
//! language names in English are the product's own (`domain::reference`), which the
//! pages and tests have always shown; the other languages take CLDR's.

use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock, RwLock};

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _, Timelike};
use chrono_tz::Tz;
use icu::calendar::{Date, Gregorian};
use icu::collator::CollatorBorrowed;
use icu::collator::options::CollatorOptions;
use icu::datetime::fieldsets::{self, zone};
use icu::datetime::input::{DateTime, Time};
use icu::datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::locale::subtags::{Language, Region};
use icu::time::TimeZone as IcuZone;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};

use super::Locale;
use crate::domain::reference;

/// A meeting's time as one person sees it: in their zone, with the venue's beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimePair {
    /// e.g. "Tue 8 Sept · 16:00–16:30"
    pub local: String,
    /// e.g. "09:00–09:30 venue time" or "Tue 8 Sept · 09:00–09:30 venue time"
    pub venue: String,
    /// The two calendar dates differ: say so on the page.
    pub different_day: bool,
    pub same_zone: bool,
}

type Fixed<F> = FixedCalendarDateTimeFormatter<Gregorian, F>;

/// Everything one locale formats with, built once.
struct Formatters {
    day: Fixed<fieldsets::MDE>,
    date: Fixed<fieldsets::YMDE>,
    short_date: Fixed<fieldsets::YMD>,
    date_time: Fixed<fieldsets::YMDT>,
    long_date: Fixed<fieldsets::YMD>,
    day_of_month: Fixed<fieldsets::D>,
    weekday: Fixed<fieldsets::E>,
    time: NoCalendarFormatter<fieldsets::T>,
    zone: NoCalendarFormatter<zone::Location>,
    decimal: DecimalFormatter,
    regions: RegionDisplayNames,
    languages: LanguageDisplayNames,
    collator: CollatorBorrowed<'static>,
}

const DATA: &str =
    "compiled CLDR data covers every offered locale (unit test `every_locale_builds`)";

impl Formatters {
    fn new(locale: &icu::locale::Locale) -> Self {
        Self {
            day: Fixed::try_new(locale.into(), fieldsets::MDE::medium()).expect(DATA),
            date: Fixed::try_new(locale.into(), fieldsets::YMDE::medium()).expect(DATA),
            short_date: Fixed::try_new(locale.into(), fieldsets::YMD::short()).expect(DATA),
            date_time: Fixed::try_new(locale.into(), fieldsets::YMD::short().with_time_hm())
                .expect(DATA),
            long_date: Fixed::try_new(locale.into(), fieldsets::YMD::long()).expect(DATA),
            day_of_month: Fixed::try_new(locale.into(), fieldsets::D::long()).expect(DATA),
            weekday: Fixed::try_new(locale.into(), fieldsets::E::short()).expect(DATA),
            time: NoCalendarFormatter::try_new(locale.into(), fieldsets::T::hm()).expect(DATA),
            zone: NoCalendarFormatter::try_new(locale.into(), zone::Location).expect(DATA),
            decimal: DecimalFormatter::try_new(locale.into(), Default::default()).expect(DATA),
            regions: RegionDisplayNames::try_new(locale.into(), Default::default()).expect(DATA),
            languages: LanguageDisplayNames::try_new(locale.into(), Default::default())
                .expect(DATA),
            collator: CollatorBorrowed::try_new(locale.into(), CollatorOptions::default())
                .expect(DATA),
        }
    }
}

/// One slot per locale, filled on first use.
static FORMATTERS: [OnceLock<Formatters>; 9] = [const { OnceLock::new() }; 9];

/// Currency formatters per (locale, ISO code), made the first time a pair is asked for:
/// the set of currencies is open, so they cannot all be made up front.
static CURRENCY: LazyLock<RwLock<CurrencyFormatters>> = LazyLock::new(Default::default);

type CurrencyFormatters = HashMap<(Locale, String), CurrencyFormatter<DecimalFormatter>>;

impl Locale {
    /// The CLDR locale this locale formats as.
    fn cldr(self) -> icu::locale::Locale {
        use icu::locale::locale;
        match self {
            // Britain's English: day before month and the 24-hour clock, as the product
            // always read ("16:00–16:30", "8–9 September 2026"); CLDR shortens
            // September to "Sept" there.
            Self::En | Self::Pseudo => locale!("en-GB"),
            Self::Ko => locale!("ko"),
            Self::ZhHans => locale!("zh-Hans"),
            Self::Ja => locale!("ja"),
            Self::Vi => locale!("vi"),
            Self::Es => locale!("es"),
            Self::Ru => locale!("ru"),
            Self::Ar => locale!("ar"),
        }
    }

    fn slot(self) -> usize {
        match self {
            Self::En => 0,
            Self::Ko => 1,
            Self::ZhHans => 2,
            Self::Ja => 3,
            Self::Vi => 4,
            Self::Es => 5,
            Self::Ru => 6,
            Self::Ar => 7,
            Self::Pseudo => 8,
        }
    }

    fn fmt(self) -> &'static Formatters {
        FORMATTERS[self.slot()].get_or_init(|| Formatters::new(&self.cldr()))
    }

    /// Tests' pseudo-locale marks what it formatted, as it marks messages.
    fn mark(self, s: String) -> String {
        match self {
            Self::Pseudo => format!("⟦{s}⟧"),
            _ => s,
        }
    }

    /// English names come from the product's own lists, not CLDR's.
    fn english_names(self) -> bool {
        matches!(self, Self::En | Self::Pseudo)
    }

    /// A day with its weekday, without the year: "Tue 8 Sept", "9월 8일 (화)".
    pub fn day(&self, d: &NaiveDate) -> String {
        self.mark({
            match gregorian(d) {
                Some(g) => self.fmt().day.format(&g).to_string(),
                None => d.to_string(),
            }
        })
    }

    /// A full date with its weekday: "Tue, 8 Sept 2026", "2026년 9월 8일 (화)".
    pub fn date(&self, d: &NaiveDate) -> String {
        self.mark({
            let Some(g) = gregorian(d) else {
                return d.to_string();
            };
            let f = self.fmt();
            match self {
                // CLDR's medium date with weekday is numeric in Korean and Japanese
                // ("2026/9/8 화"); the written form with the weekday in brackets is how
                // notices and letters give a date.
                Self::Ko => format!("{} ({})", f.long_date.format(&g), f.weekday.format(&g)),
                Self::Ja => format!("{}({})", f.long_date.format(&g), f.weekday.format(&g)),
                _ => f.date.format(&g).to_string(),
            }
        })
    }

    /// A short numeric date for tables and lists: "08/09/2026", "26/9/8", "08.09.2026".
    pub fn short_date(&self, d: &NaiveDate) -> String {
        match gregorian(d) {
            Some(g) => self.fmt().short_date.format(&g).to_string(),
            None => d.to_string(),
        }
    }

    /// A clock time: "14:00", "오후 2:00".
    pub fn time(&self, t: &NaiveTime) -> String {
        self.fmt().time.format(&clock(t)).to_string()
    }

    /// A moment (already in the reader's zone) for logs and lists: date and time.
    pub fn date_time(&self, at: &NaiveDateTime) -> String {
        match gregorian(&at.date()) {
            Some(date) => {
                let input = DateTime {
                    date,
                    time: clock(&at.time()),
                };
                self.fmt().date_time.format(&input).to_string()
            }
            None => at.to_string(),
        }
    }

    /// The days an expo runs: "8–9 September 2026", "2026년 9월 8일~9일", or
    /// "Dates to be announced".
    ///
    /// Composed from CLDR's long date and day-of-month formats as CLDR's interval
    /// patterns put them (ICU4X's range formatter is not stable yet): within a month the
    /// shared part is written once, otherwise both dates in full.
    pub fn date_range(&self, first: &Option<NaiveDate>, last: &Option<NaiveDate>) -> String {
        self.mark({
            let (Some(a), Some(b)) = (first, last) else {
                return self.get("fmt-dates-tba");
            };
            let (Some(ga), Some(gb)) = (gregorian(a), gregorian(b)) else {
                return format!("{a} – {b}");
            };
            let f = self.fmt();
            let long = |g: &Date<Gregorian>| f.long_date.format(g).to_string();
            let dom = |g: &Date<Gregorian>| f.day_of_month.format(g).to_string();
            if a == b {
                return long(&ga);
            }
            let same_month = a.year() == b.year() && a.month() == b.month();
            match self {
                // Year first, day last: "2026년 9월 8일~9일", "2026年9月8日～9日".
                Self::Ko if same_month => format!("{}~{}", long(&ga), dom(&gb)),
                Self::Ja if same_month => format!("{}～{}", long(&ga), dom(&gb)),
                Self::ZhHans if same_month => format!("{}至{}", long(&ga), dom(&gb)),
                // Day first: "8–9 September 2026", "8–9 de septiembre de 2026".
                _ if same_month => format!("{}–{}", dom(&ga), long(&gb)),
                Self::Ko => format!("{} ~ {}", long(&ga), long(&gb)),
                Self::Ja => format!("{}～{}", long(&ga), long(&gb)),
                Self::ZhHans => format!("{}至{}", long(&ga), long(&gb)),
                _ => format!("{} – {}", long(&ga), long(&gb)),
            }
        })
    }

    /// From one clock time to another: "16:00–16:30", "오후 4:00~오후 4:30".
    pub fn time_range(&self, from: &NaiveTime, to: &NaiveTime) -> String {
        let sep = match self {
            Self::Ko => "~",
            Self::Ja => "～",
            _ => "–",
        };
        format!("{}{sep}{}", self.time(from), self.time(to))
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
        let local = self.arg2(
            "format-day-time",
            "day",
            self.day(&ls.date_naive()),
            "time",
            self.time_range(&ls.time(), &le.time()),
        );
        let venue_range = self.time_range(&vs.time(), &ve.time());
        let venue_clock = if different_day {
            self.arg2(
                "format-day-time",
                "day",
                self.day(&vs.date_naive()),
                "time",
                venue_range,
            )
        } else {
            venue_range
        };
        TimePair {
            local,
            venue: self.arg("fmt-venue-time", "time", venue_clock),
            different_day,
            same_zone: viewer == venue,
        }
    }

    /// A meeting's time as an email tells it: the venue's clock, then the reader's own,
    /// each labelled with its zone — "Tue 8 Sept · 14:00–14:30 KST · 06:00–06:30 CEST"
    /// (the reader's day is named too when it differs). One clock when both read the
    /// same. Every email that shows a buyer a time writes it with this (or
    /// [`Self::zoned_instant`] for a single instant).
    pub fn zoned_times(
        &self,
        starts: &NaiveDateTime,
        ends: &NaiveDateTime,
        own: Tz,
        venue: Tz,
    ) -> String {
        let clock = |tz: Tz| {
            let (s, e) = (tz.from_utc_datetime(starts), tz.from_utc_datetime(ends));
            let time = if starts == ends {
                self.time(&s.time())
            } else {
                self.time_range(&s.time(), &e.time())
            };
            let label = self.arg2("fmt-zoned-time", "time", time, "zone", self.zone_abbr(&s));
            (s.date_naive(), label)
        };
        let (venue_day, venue_clock) = clock(venue);
        let first = self.arg2(
            "format-day-time",
            "day",
            self.day(&venue_day),
            "time",
            venue_clock.clone(),
        );
        let (own_day, own_clock) = clock(own);
        if own_day == venue_day && own_clock == venue_clock {
            return first;
        }
        let second = if own_day == venue_day {
            own_clock
        } else {
            self.arg2(
                "format-day-time",
                "day",
                self.day(&own_day),
                "time",
                own_clock,
            )
        };
        self.arg2("fmt-zoned-pair", "venue", first, "own", second)
    }

    /// One instant (a deadline) as [`Self::zoned_times`] writes a meeting's.
    pub fn zoned_instant(&self, at: &NaiveDateTime, own: Tz, venue: Tz) -> String {
        self.zoned_times(at, at, own, venue)
    }

    /// A zone's abbreviation at that moment ("KST", "CEST"); where the zone database
    /// has only a number ("-05"), "UTC−5".
    fn zone_abbr(&self, at: &chrono::DateTime<Tz>) -> String {
        use chrono::Offset as _;
        let abbr = at.format("%Z").to_string();
        if abbr.chars().any(|c| c.is_ascii_alphabetic()) {
            return abbr;
        }
        let seconds = at.offset().fix().local_minus_utc();
        if seconds == 0 {
            return self.get("fmt-utc");
        }
        let sign = if seconds < 0 { '\u{2212}' } else { '+' };
        let (hours, minutes) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
        let offset = if minutes == 0 {
            format!("{sign}{hours}")
        } else {
            format!("{sign}{hours}:{minutes:02}")
        };
        self.arg("fmt-utc-offset", "offset", offset)
    }

    /// A whole number with the locale's digits and grouping: "12,500", "12 500" (ru).
    pub fn number(&self, n: &i64) -> String {
        self.fmt().decimal.format(&Decimal::from(*n)).to_string()
    }

    /// An amount in minor units of `currency` (ISO 4217): "US$12,500.00", "₩12,500,000".
    ///
    /// The stored amount's minor units are ISO 4217's (`domain::outcome::CURRENCIES`,
    /// two for a code not listed); the symbol, its place, the sign and the decimals shown
    /// are CLDR's, by `icu_experimental`'s currency formatter (KRW and JPY without
    /// decimals, USD with two). An unknown code shows as the code before the number.
    pub fn money(&self, minor: &i64, currency: &str) -> String {
        let exponent = crate::domain::outcome::CURRENCIES
            .iter()
            .find(|(code, _)| *code == currency)
            .map_or(2, |(_, e)| *e);
        let mut amount = Decimal::from(*minor);
        amount.multiply_pow10(-i16::try_from(exponent).unwrap_or(2));
        let key = (*self, currency.to_owned());
        if let Some(f) = CURRENCY.read().ok().and_then(|cache| {
            cache
                .get(&key)
                .map(|f| f.format_fixed_decimal(&amount).to_string())
        }) {
            return f;
        }
        let Some(formatter) = currency_type(currency).and_then(|code| {
            CurrencyFormatter::try_new_symbol(self.cldr().into(), code, Default::default()).ok()
        }) else {
            return format!("{currency} {}", self.fmt().decimal.format(&amount));
        };
        let out = formatter.format_fixed_decimal(&amount).to_string();
        if let Ok(mut cache) = CURRENCY.write() {
            cache.insert(key, formatter);
        }
        out
    }

    /// A country's name in this language, or the code when unknown.
    pub fn country(&self, code: &str) -> String {
        self.mark({
            if !self.english_names() {
                let name = code
                    .parse::<Region>()
                    .ok()
                    .and_then(|r| self.fmt().regions.of(r));
                if let Some(name) = name {
                    return name.to_owned();
                }
            }
            reference::country_label(code).to_owned()
        })
    }

    /// A language's name in this language (ISO 639-1 code), or the code when unknown.
    pub fn language(&self, code: &str) -> String {
        self.mark({
            if !self.english_names() {
                let name = code
                    .parse::<Language>()
                    .ok()
                    .and_then(|l| self.fmt().languages.of(l));
                if let Some(name) = name {
                    return name.to_owned();
                }
            }
            reference::language_name(code).unwrap_or(code).to_owned()
        })
    }

    /// A sector's name in this language (`sector-<code>` in `names.ftl`), or the code
    /// when unknown.
    pub fn sector(&self, code: &str) -> String {
        if reference::sector(code).is_none() {
            return code.to_owned();
        }
        self.get(&format!("sector-{code}"))
    }

    /// A time zone (IANA id) as people read it: "Seoul Time", "대한민국 시간"; the id
    /// itself when CLDR does not know it.
    pub fn zone(&self, iana: &str) -> String {
        self.mark({
            let zone = IcuZone::from_iana_id(iana);
            if zone.is_unknown() {
                return iana.to_owned();
            }
            self.fmt().zone.format(&zone.without_offset()).to_string()
        })
    }

    /// Every time zone people choose from (IANA ids with a region), as (id, label),
    /// the label its name in this language with the id beside it (several zones share a
    /// name), sorted as this language sorts.
    pub fn zone_options(&self) -> Vec<(&'static str, String)> {
        let all = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|z| z.name())
            .filter(|n| n.contains('/') && !n.starts_with("Etc/"))
            .map(|id| (id, format!("{} ({id})", self.zone(id))))
            .collect();
        self.sorted(all)
    }

    /// Every country as (code, name), sorted by name as this language sorts.
    pub fn countries(&self) -> Vec<(&'static str, String)> {
        let all = reference::COUNTRIES
            .iter()
            .map(|(code, _, _)| (*code, self.country(code)))
            .collect();
        self.sorted(all)
    }

    /// Every language as (code, name), sorted by name as this language sorts.
    pub fn languages(&self) -> Vec<(&'static str, String)> {
        let all = reference::LANGUAGES
            .iter()
            .map(|(code, _)| (*code, self.language(code)))
            .collect();
        self.sorted(all)
    }

    /// `items` by their name in this language's collation order (가나다 in Korean,
    /// "Åland" beside "Albania" in English).
    pub fn sorted<T>(&self, mut items: Vec<(T, String)>) -> Vec<(T, String)> {
        let collator = &self.fmt().collator;
        items.sort_by(|a, b| collator.compare(&a.1, &b.1));
        items
    }

    /// Compares two names as this language sorts them.
    pub fn collate(&self, a: &str, b: &str) -> std::cmp::Ordering {
        self.fmt().collator.compare(a, b)
    }
}

/// The same day in ICU's Gregorian calendar; `None` outside the years ICU handles.
fn gregorian(d: &NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_gregorian(d.year(), month, day).ok()
}

/// Hours and minutes (seconds are never shown).
fn clock(t: &NaiveTime) -> Time {
    let hour = u8::try_from(t.hour()).unwrap_or_default();
    let minute = u8::try_from(t.minute()).unwrap_or_default();
    Time::try_new(hour, minute, 0, 0).unwrap_or(Time::start_of_day())
}

/// An ISO 4217 code as ICU takes it; `None` unless three ASCII letters.
fn currency_type(code: &str) -> Option<CurrencyType> {
    CurrencyType::try_from_str(code).ok()
}

#[cfg(test)]
mod tests;
