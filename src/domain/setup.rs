//! The organizer's setup forms, parsed once: an expo, a consultation day, tables, and
//! a buyer added by hand. Every problem comes back with its field name.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _};

use super::reference;
use super::slots::DayPlan;
use super::values::{CountryCode, EmailAddress, FieldError, TimeZone};
use crate::i18n::Locale;

/// Trimmed text of `min` to `max` characters, without control characters; line breaks
/// only in a `Lines::Many` field (a name with one breaks email headers and page titles).
fn text(
    field: &'static str,
    raw: &str,
    (min, max): (usize, usize),
    lines: Lines,
    errors: &mut Vec<FieldError>,
) -> String {
    let v = raw.trim();
    let n = v.chars().count();
    let line_break = |c: char| c == '\n' || c == '\r';
    if n < min {
        errors.push(FieldError::new(field, crate::text!("err-setup-required")));
    } else if n > max {
        errors.push(FieldError::new(
            field,
            crate::text!("err-setup-too-long", max = max, count = n),
        ));
    } else if lines == Lines::One && v.chars().any(line_break) {
        errors.push(FieldError::new(field, crate::text!("err-setup-one-line")));
    } else if v.chars().any(|c| c.is_control() && !line_break(c)) {
        errors.push(FieldError::new(
            field,
            crate::text!("err-setup-control-chars"),
        ));
    }
    v.to_owned()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    One,
    Many,
}

fn number(
    field: &'static str,
    raw: &str,
    min: i64,
    max: i64,
    errors: &mut Vec<FieldError>,
) -> Option<i64> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Some(n),
        _ => {
            errors.push(FieldError::new(
                field,
                crate::text!("err-setup-number", min = min, max = max),
            ));
            None
        }
    }
}

fn time(field: &'static str, raw: &str, errors: &mut Vec<FieldError>) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(raw.trim(), "%H:%M")
        .map_err(|_| errors.push(FieldError::new(field, crate::text!("err-setup-time"))))
        .ok()
}

#[derive(Clone, Debug, Default)]
pub struct ExpoForm {
    pub name: String,
    pub venue: String,
    pub venue_timezone: String,
    pub description: String,
    /// `YYYY-MM-DDTHH:MM` in venue time, or empty.
    pub booking_opens: String,
    pub booking_closes: String,
    pub self_booking: bool,
    pub requests_enabled: bool,
    pub max_meetings: String,
    /// Days before an unanswered request expires; empty means 7.
    pub request_expiry_days: String,
    /// Days after the last expo day that personal data is kept; empty means 365.
    pub retention_days: String,
    /// "supplier" (the default when empty) or "buyer": who keeps one table all day.
    pub fixed_side: String,
    /// The display name of the expo's emails; empty means the expo's name.
    pub sender_name: String,
    /// The organizer's contact address: shown in invitations, Reply-To of every email.
    pub contact_email: String,
    /// "table" (the default when empty), "online" or "hybrid".
    pub meeting_mode: String,
    /// A self-hosted Jitsi Meet address for online rooms; may be empty.
    pub video_base_url: String,
    /// Minutes before each meeting for the short reminder; empty means 15, 0 none.
    pub reminder_minutes: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpoInput {
    pub name: String,
    pub venue: String,
    pub venue_timezone: TimeZone,
    pub description: String,
    /// UTC.
    pub booking_opens_at: Option<NaiveDateTime>,
    pub booking_closes_at: Option<NaiveDateTime>,
    pub self_booking: bool,
    pub requests_enabled: bool,
    pub max_meetings: Option<i32>,
    pub request_expiry_days: i32,
    pub retention_days: i32,
    /// "supplier" or "buyer".
    pub fixed_side: &'static str,
    /// Empty: the expo's name.
    pub sender_name: String,
    pub contact_email: Option<EmailAddress>,
    pub meeting_mode: crate::domain::status::MeetingMode,
    /// Empty: no generated rooms.
    pub video_base_url: String,
    pub reminder_minutes: i32,
}

impl ExpoForm {
    pub fn parse(&self) -> Result<ExpoInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = text("name", &self.name, (1, 160), Lines::One, &mut errors);
        let venue = text("venue", &self.venue, (1, 160), Lines::One, &mut errors);
        let description = text(
            "description",
            &self.description,
            (0, 2000),
            Lines::Many,
            &mut errors,
        );
        let tz = TimeZone::parse(&self.venue_timezone)
            .map_err(|e| errors.push(FieldError::new("venue_timezone", e.message)))
            .ok();
        let local = |field: &'static str,
                     raw: &str,
                     errors: &mut Vec<FieldError>|
         -> Option<NaiveDateTime> {
            let raw = raw.trim();
            if raw.is_empty() {
                return None;
            }
            let parsed = NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M");
            match (parsed, tz) {
                (Ok(t), Some(tz)) => match tz.tz().from_local_datetime(&t).earliest() {
                    Some(dt) => Some(dt.naive_utc()),
                    None => {
                        errors.push(FieldError::new(
                            field,
                            crate::text!("err-setup-nonexistent-time"),
                        ));
                        None
                    }
                },
                (Ok(_), None) => None,
                (Err(_), _) => {
                    errors.push(FieldError::new(field, crate::text!("err-setup-date-time")));
                    None
                }
            }
        };
        let opens = local("booking_opens", &self.booking_opens, &mut errors);
        let closes = local("booking_closes", &self.booking_closes, &mut errors);
        if let (Some(o), Some(c)) = (opens, closes)
            && c <= o
        {
            errors.push(FieldError::new(
                "booking_closes",
                crate::text!("err-setup-booking-order"),
            ));
        }
        let max = if self.max_meetings.trim().is_empty() {
            None
        } else {
            number("max_meetings", &self.max_meetings, 1, 100, &mut errors)
                .and_then(|n| i32::try_from(n).ok())
        };
        let expiry = if self.request_expiry_days.trim().is_empty() {
            Some(7)
        } else {
            number(
                "request_expiry_days",
                &self.request_expiry_days,
                1,
                90,
                &mut errors,
            )
            .and_then(|n| i32::try_from(n).ok())
        };
        let retention = if self.retention_days.trim().is_empty() {
            Some(365)
        } else {
            number(
                "retention_days",
                &self.retention_days,
                30,
                3650,
                &mut errors,
            )
            .and_then(|n| i32::try_from(n).ok())
        };
        let fixed_side = match self.fixed_side.trim() {
            "" | "supplier" => "supplier",
            "buyer" => "buyer",
            _ => {
                errors.push(FieldError::new(
                    "fixed_side",
                    crate::text!("err-setup-fixed-side"),
                ));
                "supplier"
            }
        };
        let sender_name = text(
            "sender_name",
            &self.sender_name,
            (0, 120),
            Lines::One,
            &mut errors,
        );
        let contact_email = if self.contact_email.trim().is_empty() {
            None
        } else {
            EmailAddress::parse(&self.contact_email)
                .map_err(|e| errors.push(FieldError::new("contact_email", e.message)))
                .ok()
        };
        let meeting_mode = match self.meeting_mode.trim() {
            "" => crate::domain::status::MeetingMode::Table,
            code => code.parse().unwrap_or_else(|_| {
                errors.push(FieldError::new(
                    "meeting_mode",
                    crate::text!("err-setup-meeting-mode"),
                ));
                crate::domain::status::MeetingMode::Table
            }),
        };
        let video_base_url =
            match crate::domain::online::VideoLink::parse("video_base_url", &self.video_base_url) {
                Ok(link) => link.map(|l| l.as_str().trim_end_matches('/').to_owned()),
                Err(e) => {
                    errors.push(e);
                    None
                }
            }
            .unwrap_or_default();
        let reminder_minutes = match self.reminder_minutes.trim() {
            "" => 15,
            v => match v.parse::<i32>() {
                Ok(n) if (0..=240).contains(&n) => n,
                _ => {
                    errors.push(FieldError::new(
                        "reminder_minutes",
                        crate::text!("err-setup-reminder-minutes"),
                    ));
                    15
                }
            },
        };
        if !self.self_booking && !self.requests_enabled {
            errors.push(FieldError::new(
                "self_booking",
                crate::text!("err-setup-no-way"),
            ));
        }
        match tz {
            Some(venue_timezone) if errors.is_empty() => Ok(ExpoInput {
                name,
                venue,
                venue_timezone,
                description,
                booking_opens_at: opens,
                booking_closes_at: closes,
                self_booking: self.self_booking,
                requests_enabled: self.requests_enabled,
                max_meetings: max,
                request_expiry_days: expiry.unwrap_or(7),
                retention_days: retention.unwrap_or(365),
                fixed_side,
                sender_name,
                contact_email,
                meeting_mode,
                video_base_url,
                reminder_minutes,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct DayForm {
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub slot_minutes: String,
    pub gap_minutes: String,
    pub break_starts: String,
    pub break_ends: String,
}

impl DayForm {
    /// The form as it shows an existing plan (one break at most, as the form has).
    pub fn of(plan: &DayPlan) -> Self {
        let hm = |t: NaiveTime| t.format("%H:%M").to_string();
        let first_break = plan.breaks.first();
        Self {
            date: plan.date.format("%Y-%m-%d").to_string(),
            starts: hm(plan.starts),
            ends: hm(plan.ends),
            slot_minutes: plan.slot_minutes.to_string(),
            gap_minutes: plan.gap_minutes.to_string(),
            break_starts: first_break.map(|b| hm(b.0)).unwrap_or_default(),
            break_ends: first_break.map(|b| hm(b.1)).unwrap_or_default(),
        }
    }

    pub fn parse(&self) -> Result<DayPlan, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d")
            .map_err(|_| errors.push(FieldError::new("date", crate::text!("err-setup-date"))))
            .ok();
        let starts = time("starts", &self.starts, &mut errors);
        let ends = time("ends", &self.ends, &mut errors);
        let slot = number("slot_minutes", &self.slot_minutes, 5, 240, &mut errors);
        let gap = if self.gap_minutes.trim().is_empty() {
            Some(0)
        } else {
            number("gap_minutes", &self.gap_minutes, 0, 120, &mut errors)
        };
        let breaks = match (
            self.break_starts.trim().is_empty(),
            self.break_ends.trim().is_empty(),
        ) {
            (true, true) => Some(vec![]),
            (false, false) => match (
                time("break_starts", &self.break_starts, &mut errors),
                time("break_ends", &self.break_ends, &mut errors),
            ) {
                (Some(s), Some(e)) => Some(vec![(s, e)]),
                _ => None,
            },
            _ => {
                errors.push(FieldError::new(
                    "break_ends",
                    crate::text!("err-setup-break-both"),
                ));
                None
            }
        };
        match (date, starts, ends, slot, gap, breaks) {
            (Some(date), Some(starts), Some(ends), Some(slot), Some(gap), Some(breaks))
                if errors.is_empty() =>
            {
                Ok(DayPlan {
                    date,
                    starts,
                    ends,
                    slot_minutes: u32::try_from(slot).unwrap_or(30),
                    gap_minutes: u32::try_from(gap).unwrap_or(0),
                    breaks,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Tables to add: `count` labels `prefix1…prefixN` after the existing ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TablesInput {
    pub count: u32,
    pub prefix: String,
    pub note: String,
}

pub fn parse_tables(count: &str, prefix: &str, note: &str) -> Result<TablesInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let count = number("count", count, 1, 200, &mut errors);
    let prefix = text("prefix", prefix, (0, 8), Lines::One, &mut errors);
    let note = text("note", note, (0, 200), Lines::One, &mut errors);
    match count {
        Some(n) if errors.is_empty() => Ok(TablesInput {
            count: u32::try_from(n).unwrap_or(1),
            prefix,
            note,
        }),
        _ => Err(errors),
    }
}

#[derive(Clone, Debug, Default)]
pub struct BuyerForm {
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub country: String,
    pub timezone: String,
    pub languages: String,
    /// The language the buyer's emails and pages use: a locale code; empty leaves it
    /// unset (chosen at the buyer's first sign-in).
    pub language: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuyerInput {
    pub name: String,
    pub organisation: String,
    pub email: EmailAddress,
    pub country: CountryCode,
    pub timezone: TimeZone,
    pub languages: Vec<String>,
    pub locale: Option<Locale>,
}

/// A locale code as an organizer's file may spell it: exact codes, or any case, with
/// `zh`/`zh-cn`/`zh-hans` read as Simplified Chinese.
pub fn parse_locale(raw: &str) -> Option<Locale> {
    let code = raw.trim().to_ascii_lowercase().replace('_', "-");
    match code.as_str() {
        "zh" | "zh-cn" | "zh-hans" => Some(Locale::ZhHans),
        _ => Locale::OFFERED.iter().copied().find(|l| l.code() == code),
    }
}

impl BuyerForm {
    /// The time zone may be left empty: the country's usual one is taken.
    pub fn parse(&self) -> Result<BuyerInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = text("name", &self.name, (1, 120), Lines::One, &mut errors);
        let organisation = text(
            "organisation",
            &self.organisation,
            (0, 160),
            Lines::One,
            &mut errors,
        );
        let email = EmailAddress::parse(&self.email)
            .map_err(|e| errors.push(e))
            .ok();
        let country = CountryCode::parse(&self.country)
            .map_err(|e| errors.push(e))
            .ok();
        let timezone = if self.timezone.trim().is_empty() {
            country.and_then(|c| c.usual_timezone())
        } else {
            TimeZone::parse(&self.timezone)
                .map_err(|e| errors.push(e))
                .ok()
        };
        let languages: Vec<String> = self
            .languages
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|l| !l.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        if let Some(bad) = languages
            .iter()
            .find(|l| reference::language_name(l).is_none())
        {
            errors.push(FieldError::new(
                "languages",
                crate::text!("err-setup-language-code", code = bad.as_str()),
            ));
        }
        let locale = if self.language.trim().is_empty() {
            None
        } else {
            let parsed = parse_locale(&self.language);
            if parsed.is_none() {
                errors.push(FieldError::new(
                    "language",
                    crate::text!("err-setup-locale", code = self.language.trim()),
                ));
            }
            parsed
        };
        match (email, country, timezone) {
            (Some(email), Some(country), Some(timezone)) if errors.is_empty() => Ok(BuyerInput {
                name,
                organisation,
                email,
                country,
                timezone,
                languages,
                locale,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_expo_form_converts_the_booking_window_from_venue_time() {
        let form = ExpoForm {
            name: "Expo".into(),
            venue: "COEX".into(),
            venue_timezone: "Asia/Seoul".into(),
            booking_opens: "2026-09-01T09:00".into(),
            booking_closes: "2026-09-07T18:00".into(),
            self_booking: true,
            ..ExpoForm::default()
        };
        let input = form.parse().expect("valid");
        assert_eq!(
            input.booking_opens_at.map(|t| t.to_string()),
            Some("2026-09-01 00:00:00".into())
        );
        let mut two_lines = form.clone();
        two_lines.name = "Expo\nBcc: everyone@example.com".into();
        two_lines.venue = "COEX\r\nHall C".into();
        two_lines.description = "Two days.\nHall C.".into();
        let errors = two_lines.parse().expect_err("names on one line");
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec!["name", "venue"],
            "a description may have lines"
        );
        let mut bad = form.clone();
        bad.booking_closes = "2026-08-01T09:00".into();
        bad.self_booking = false;
        bad.sender_name = "KOTRA\r\nBcc: everyone@example.com".into();
        bad.contact_email = "expo team at kotra".into();
        let errors = bad.parse().expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![
                "booking_closes",
                "sender_name",
                "contact_email",
                "self_booking"
            ]
        );
        let mut sender = form.clone();
        sender.sender_name = " KOTRA Export Desk ".into();
        sender.contact_email = "Expo@KOTRA.example".into();
        let input = sender.parse().expect("valid");
        assert_eq!(input.sender_name, "KOTRA Export Desk");
        assert_eq!(
            input.contact_email.map(|e| e.as_str().to_owned()),
            Some("expo@kotra.example".into())
        );
    }

    #[test]
    fn day_forms_check_every_field_and_breaks_come_in_pairs() {
        let good = DayForm {
            date: "2026-09-08".into(),
            starts: "09:00".into(),
            ends: "17:00".into(),
            slot_minutes: "30".into(),
            gap_minutes: String::new(),
            break_starts: "12:00".into(),
            break_ends: "13:00".into(),
        };
        assert_eq!(good.parse().expect("valid").breaks.len(), 1);
        let cases = [
            ("date", "8/9/2026"),
            ("starts", "9am"),
            ("slot_minutes", "0"),
            ("gap_minutes", "500"),
            ("break_ends", ""),
        ];
        for (field, value) in cases {
            let mut f = good.clone();
            match field {
                "date" => f.date = value.into(),
                "starts" => f.starts = value.into(),
                "slot_minutes" => f.slot_minutes = value.into(),
                "gap_minutes" => f.gap_minutes = value.into(),
                _ => f.break_ends = value.into(),
            }
            let errors = f.parse().expect_err("invalid");
            assert!(
                errors.iter().any(|e| e.field == field),
                "case {field}={value}: {errors:?}"
            );
        }
    }

    #[test]
    fn a_buyer_without_a_time_zone_gets_the_countrys() {
        let form = BuyerForm {
            name: "Budi Santoso".into(),
            email: "budi@pdam.example".into(),
            country: "ID".into(),
            languages: "id, en".into(),
            ..BuyerForm::default()
        };
        let b = form.parse().expect("valid");
        assert_eq!(b.timezone.name(), "Asia/Jakarta");
        assert_eq!(b.languages, vec!["id".to_owned(), "en".to_owned()]);
        let mut two_lines = form.clone();
        two_lines.name = "Budi\nSantoso".into();
        let fields: Vec<String> = two_lines
            .parse()
            .expect_err("a name on one line")
            .iter()
            .map(|e| format!("{}: {}", e.field, crate::i18n::Locale::En.text(&e.message)))
            .collect();
        assert_eq!(fields, vec!["name: Keep it on one line.".to_owned()]);
        let mut bad = form;
        bad.email = "budi@".into();
        bad.languages = "indonesian".into();
        let fields: Vec<&str> = bad
            .parse()
            .expect_err("invalid")
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["email", "languages"]);
    }
}
