//! How dates and times read on pages and in emails: in the reader's zone with the venue's beside it.
//!
//! English only, for callers that have no reader's locale at hand yet; everything else
//! calls the [`Locale`] methods (`t.time_pair`, `t.date_range`), which these forward to.

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;

use crate::i18n::Locale;
pub use crate::i18n::format::TimePair;

/// The days an expo runs, in English: "8–9 September 2026". See [`Locale::date_range`].
pub fn date_range(first: Option<NaiveDate>, last: Option<NaiveDate>) -> String {
    Locale::En.date_range(&first, &last)
}

/// A meeting's time in English. See [`Locale::time_pair`].
pub fn time_pair(starts: NaiveDateTime, ends: NaiveDateTime, viewer: Tz, venue: Tz) -> TimePair {
    Locale::En.time_pair(&starts, &ends, viewer, venue)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("timestamp")
    }

    #[test]
    fn a_lima_buyer_sees_a_seoul_morning_meeting_on_the_previous_evening() {
        // 09:00 in Seoul on 8 Sep = 00:00 UTC = 19:00 on 7 Sep in Lima.
        let p = time_pair(
            utc("2026-09-08 00:00"),
            utc("2026-09-08 00:30"),
            chrono_tz::America::Lima,
            chrono_tz::Asia::Seoul,
        );
        assert_eq!(p.local, "Mon 7 Sept · 19:00–19:30");
        assert_eq!(p.venue, "Tue 8 Sept · 09:00–09:30 venue time");
        assert!(p.different_day);
    }

    #[test]
    fn same_day_times_show_the_venue_clock_only() {
        let p = time_pair(
            utc("2026-09-08 00:00"),
            utc("2026-09-08 00:30"),
            chrono_tz::Asia::Bangkok,
            chrono_tz::Asia::Seoul,
        );
        assert_eq!(p.local, "Tue 8 Sept · 07:00–07:30");
        assert_eq!(p.venue, "09:00–09:30 venue time");
        assert!(!p.different_day);
    }

    #[test]
    fn date_ranges_read_naturally() {
        let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).expect("date");
        assert_eq!(
            date_range(Some(d(9, 8)), Some(d(9, 9))),
            "8–9 September 2026"
        );
        assert_eq!(
            date_range(Some(d(9, 30)), Some(d(10, 1))),
            "30 September 2026 – 1 October 2026"
        );
        let y = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        assert_eq!(
            date_range(Some(y(2026, 12, 30)), Some(y(2027, 1, 2))),
            "30 December 2026 – 2 January 2027"
        );
        assert_eq!(date_range(None, None), "Dates to be announced");
    }
}

/// A cell as a spreadsheet may safely read it from a CSV file: text that a spreadsheet
/// would take for a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) gets a leading `'`, as OWASP recommends against CSV injection; a plain number
/// (`-12`, `3.5`) stays as it is. Every CSV writer of the service goes through this.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b, b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'));
    if risky && !is_plain_number(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn is_plain_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && parts.next().is_none_or(all_digits)
}

#[cfg(test)]
mod spreadsheet_tests {
    use super::spreadsheet_safe;

    #[test]
    fn formula_like_cells_are_neutralised_and_numbers_kept() {
        for (case, cell, expected) in [
            (
                "formula",
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("plus", "+1+2", "'+1+2"),
            ("phone with plus", "+82 2 1234 5678", "'+82 2 1234 5678"),
            ("minus formula", "-2+3", "'-2+3"),
            ("at", "@SUM(A1)", "'@SUM(A1)"),
            ("tab", "\t=1", "'\t=1"),
            ("carriage return", "\r=1", "'\r=1"),
            ("negative number", "-12", "-12"),
            ("decimal", "-3.50", "-3.50"),
            ("plain text", "Acme Pumps", "Acme Pumps"),
            ("empty", "", ""),
            ("Hangul", "한국펌프", "한국펌프"),
            ("equals later", "a=b", "a=b"),
        ] {
            assert_eq!(spreadsheet_safe(cell), expected, "case {case}");
        }
    }
}
