//! Online and hybrid meetings: which mode a meeting gets, which video link it uses,
//! the personal join keys that emails and calendar files carry, and a buyer's hours.
//!
//! A meeting's room comes from, first to last: a link pasted for the meeting, for its
//! supplier, for its table (or online room), and else an unguessable room under the
//! expo's self-hosted Jitsi address. Only `https` links are accepted. Nobody is shown a
//! room link on a page: people join through the service, which records the join and
//! redirects.

use chrono::{NaiveDateTime, TimeZone as _, Timelike};
use chrono_tz::Tz;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::import::{self, ImportError};
use super::status::MeetingMode;
use super::text::Text;
use super::{FieldError, Party};
use crate::text;

/// The longest link accepted.
pub const MAX_LINK: usize = 500;

/// An `https` address with a host, as pasted by an organizer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoLink(String);

impl VideoLink {
    /// Empty input is `None` (no link); anything else must be an `https` URL.
    pub fn parse(field: &'static str, input: &str) -> Result<Option<Self>, FieldError> {
        let input = input.trim();
        if input.is_empty() {
            return Ok(None);
        }
        if input.len() > MAX_LINK {
            return Err(FieldError::new(
                field,
                text!("err-video-too-long", max = MAX_LINK as i64),
            ));
        }
        let parsed = url::Url::parse(input)
            .map_err(|_| FieldError::new(field, text!("err-video-not-a-link")))?;
        if parsed.scheme() != "https" {
            return Err(FieldError::new(field, text!("err-video-https")));
        }
        if parsed.host_str().is_none_or(str::is_empty)
            || !parsed.username().is_empty()
            || parsed.password().is_some()
        {
            return Err(FieldError::new(field, text!("err-video-not-a-link")));
        }
        Ok(Some(Self(parsed.to_string())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What one row of a video-link file names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LinkTarget {
    /// A table or online room, by its label.
    Table(String),
    /// A supplier, by its sign-in email (lower case).
    Supplier(String),
    /// A meeting, by its number.
    Meeting(i32),
}

/// One row of a video-link file, judged on its own (the caller then checks that what
/// it names exists in the expo).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRow {
    /// The line in the file, counting the header as line 1.
    pub line: usize,
    pub target: Option<LinkTarget>,
    /// The link to set; `None` clears a pasted one.
    pub link: Option<VideoLink>,
    pub problems: Vec<Text>,
}

/// Reads a file of video links (CSV text; a workbook goes through
/// `import::file_to_csv` first): a `link` column and, per row, exactly one of
/// `table` (its label), `supplier` (its email) or `meeting` (its number). An empty
/// link clears the one pasted before. Every row is judged, with its line number.
pub fn parse_link_rows(text: &str) -> Result<Vec<LinkRow>, ImportError> {
    let (headers, mut reader) = import::table_reader(text, &["link"])?;
    let col = |name: &str| headers.iter().position(|h| h == name);
    if ["table", "supplier", "meeting"]
        .iter()
        .all(|c| col(c).is_none())
    {
        return Err(ImportError::MissingColumns(
            "table, supplier, meeting".into(),
        ));
    }
    let mut seen = std::collections::HashSet::new();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        if rows.len() >= import::MAX_ROWS {
            return Err(ImportError::TooMany(import::MAX_ROWS));
        }
        let record = record.map_err(|e| ImportError::Unreadable(line, e.to_string()))?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let get = |name: &str| col(name).and_then(|c| record.get(c)).unwrap_or("").trim();
        let mut problems = Vec::new();
        let named: Vec<LinkTarget> = [
            (!get("table").is_empty()).then(|| LinkTarget::Table(get("table").to_owned())),
            (!get("supplier").is_empty())
                .then(|| LinkTarget::Supplier(get("supplier").to_lowercase())),
            (!get("meeting").is_empty()).then(|| match get("meeting").parse::<i32>() {
                Ok(n) if n > 0 => LinkTarget::Meeting(n),
                _ => LinkTarget::Meeting(0),
            }),
        ]
        .into_iter()
        .flatten()
        .collect();
        let target = match named.as_slice() {
            [] => {
                problems.push(text!("err-links-no-target"));
                None
            }
            [LinkTarget::Meeting(0)] => {
                problems.push(text!("err-links-meeting-number", value = get("meeting")));
                None
            }
            [one] => Some(one.clone()),
            _ => {
                problems.push(text!("err-links-one-target"));
                None
            }
        };
        if let Some(t) = &target
            && !seen.insert(t.clone())
        {
            problems.push(text!("err-links-twice"));
        }
        let link = match VideoLink::parse("link", get("link")) {
            Ok(link) => link,
            Err(e) => {
                problems.push(e.message);
                None
            }
        };
        rows.push(LinkRow {
            line,
            target,
            link,
            problems,
        });
    }
    if rows.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(rows)
}

/// The mode a new meeting gets: a remote buyer always meets online; otherwise the
/// consultation day's mode, else the expo's.
pub fn mode_for(expo: MeetingMode, day: Option<MeetingMode>, buyer_remote: bool) -> MeetingMode {
    if buyer_remote {
        MeetingMode::Online
    } else {
        day.unwrap_or(expo)
    }
}

/// Where a meeting's room is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Room {
    /// A link pasted for the meeting, its supplier or its table.
    Link(String),
    /// A room made under the expo's Jitsi address.
    Generated(String),
    /// No link yet: the organizer has neither pasted one nor set a Jitsi address.
    NotSet,
}

impl Room {
    pub fn url(&self) -> Option<&str> {
        match self {
            Self::Link(u) | Self::Generated(u) => Some(u),
            Self::NotSet => None,
        }
    }
}

/// The links that could apply to one meeting, most specific first.
pub struct RoomSources<'a> {
    pub meeting: &'a str,
    pub supplier: &'a str,
    pub table: &'a str,
    pub jitsi_base: &'a str,
}

fn mac(secret: &[u8], message: &str) -> Vec<u8> {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("any key length");
    m.update(message.as_bytes());
    m.finalize().into_bytes().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The room of a meeting in `mode`, from its sources; `secret` makes generated room
/// names unguessable (128 bits) and stable for the meeting's life.
pub fn room(mode: MeetingMode, meeting: i32, sources: &RoomSources<'_>, secret: &[u8]) -> Room {
    if !mode.has_video() {
        return Room::NotSet;
    }
    for link in [sources.meeting, sources.supplier, sources.table] {
        if !link.trim().is_empty() {
            return Room::Link(link.trim().to_owned());
        }
    }
    let base = sources.jitsi_base.trim().trim_end_matches('/');
    if base.is_empty() {
        return Room::NotSet;
    }
    let name = hex(&mac(secret, &format!("room:{meeting}"))[..16]);
    Room::Generated(format!("{base}/expomatch-{name}"))
}

/// The key in a person's own join link (`/join/<meeting>/<role>/<person>/<key>`): who
/// they are, without a session, so the link works from a calendar on any device.
pub fn join_key(secret: &[u8], meeting: i32, party: impl Into<Party>, person: i32) -> String {
    let m = mac(
        secret,
        &format!("join:{meeting}:{}:{person}", party.into().as_str()),
    );
    hex(&m[..16])
}

/// The key in a person's link that stops one kind of non-essential email.
pub fn opt_out_key(secret: &[u8], party: impl Into<Party>, person: i32, kind: &str) -> String {
    hex(&mac(
        secret,
        &format!("opt-out:{}:{person}:{kind}", party.into().as_str()),
    )[..16])
}

/// Whether `key` is that person's key to stop `kind` (constant time).
pub fn opt_out_key_valid(
    secret: &[u8],
    party: impl Into<Party>,
    person: i32,
    kind: &str,
    key: &str,
) -> bool {
    key_valid(
        secret,
        &format!("opt-out:{}:{person}:{kind}", party.into().as_str()),
        key,
    )
}

/// Whether `key` is the join key of that person for that meeting (constant time).
pub fn join_key_valid(
    secret: &[u8],
    meeting: i32,
    party: impl Into<Party>,
    person: i32,
    key: &str,
) -> bool {
    key_valid(
        secret,
        &format!("join:{meeting}:{}:{person}", party.into().as_str()),
        key,
    )
}

/// The key in an interpreter's own agenda link (`/interpreter/<id>/<key>`): their
/// meetings and calendar without an account.
pub fn agenda_key(secret: &[u8], interpreter: i32) -> String {
    hex(&mac(secret, &format!("interpreter-agenda:{interpreter}"))[..16])
}

/// Whether `key` is that interpreter's agenda key (constant time).
pub fn agenda_key_valid(secret: &[u8], interpreter: i32, key: &str) -> bool {
    key_valid(secret, &format!("interpreter-agenda:{interpreter}"), key)
}

/// Whether `key` (hex) is the first 16 bytes of the HMAC of `message` (constant time).
fn key_valid(secret: &[u8], message: &str, key: &str) -> bool {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("any key length");
    m.update(message.as_bytes());
    match unhex(key) {
        Some(bytes) if bytes.len() == 16 => m.verify_truncated_left(&bytes).is_ok(),
        _ => false,
    }
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

/// The hours (minutes after local midnight) in which a buyer takes online meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours {
    pub from: i32,
    pub to: i32,
}

impl Hours {
    pub const DEFAULT: Self = Self {
        from: 8 * 60,
        to: 20 * 60,
    };

    /// From two `HH:MM` fields; the end must come after the start.
    pub fn parse(from: &str, to: &str) -> Result<Self, FieldError> {
        let minutes = |field: &'static str, v: &str| {
            chrono::NaiveTime::parse_from_str(v.trim(), "%H:%M")
                .map(|t| (t.hour() * 60 + t.minute()) as i32)
                .map_err(|_| FieldError::new(field, text!("err-hours-time")))
        };
        let (from, to) = (minutes("hours_from", from)?, minutes("hours_to", to)?);
        if to <= from {
            return Err(FieldError::new("hours_to", text!("err-hours-order")));
        }
        Ok(Self { from, to })
    }

    /// `HH:MM` of a bound, for a form.
    pub fn show(minutes: i32) -> String {
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }

    /// Whether a meeting from `starts` to `ends` (UTC) lies within these hours in
    /// `zone`, on the buyer's own clock (so daylight saving moves it with them).
    pub fn contain(self, zone: Tz, starts: NaiveDateTime, ends: NaiveDateTime) -> bool {
        let local = |t: NaiveDateTime| zone.from_utc_datetime(&t).naive_local();
        let (s, e) = (local(starts), local(ends));
        let start_min = (s.hour() * 60 + s.minute()) as i32;
        let end_min = if e.date() > s.date() {
            24 * 60 + (e.hour() * 60 + e.minute()) as i32
        } else {
            (e.hour() * 60 + e.minute()) as i32
        };
        start_min >= self.from && end_min <= self.to
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;

    const SECRET: &[u8] = b"a secret key of at least thirty-two bytes....";

    #[test]
    fn only_https_links_with_a_host_are_accepted() {
        assert_eq!(VideoLink::parse("link", "  ").expect("empty"), None);
        assert!(
            VideoLink::parse("link", "https://us02web.zoom.us/j/8123?pwd=x")
                .expect("zoom")
                .is_some()
        );
        for bad in [
            "http://meet.example/room",
            "javascript:alert(1)",
            "ftp://x.example/r",
            "meet.example/room",
            "https://user:pw@meet.example/r",
            "https://",
        ] {
            let e = VideoLink::parse("link", bad).expect_err(bad);
            assert_eq!(e.field, "link");
        }
        assert!(
            VideoLink::parse("link", &format!("https://a.example/{}", "x".repeat(600))).is_err()
        );
    }

    #[test]
    fn a_remote_buyer_meets_online_and_a_day_overrides_the_expo() {
        use MeetingMode::*;
        assert_eq!(mode_for(Table, None, false), Table);
        assert_eq!(mode_for(Table, Some(Online), false), Online);
        assert_eq!(mode_for(Online, Some(Hybrid), false), Hybrid);
        assert_eq!(mode_for(Table, Some(Table), true), Online);
    }

    #[test]
    fn the_most_specific_link_wins_and_generated_rooms_are_stable_and_unguessable() {
        let mut sources = RoomSources {
            meeting: "",
            supplier: "https://s.example/r",
            table: "https://t.example/r",
            jitsi_base: "https://meet.agency.example/",
        };
        assert_eq!(
            room(MeetingMode::Online, 7, &sources, SECRET),
            Room::Link("https://s.example/r".into())
        );
        assert_eq!(room(MeetingMode::Table, 7, &sources, SECRET), Room::NotSet);
        sources.supplier = "";
        sources.table = "";
        let a = room(MeetingMode::Hybrid, 7, &sources, SECRET);
        let b = room(MeetingMode::Hybrid, 8, &sources, SECRET);
        let url = a.url().expect("generated").to_owned();
        assert!(url.starts_with("https://meet.agency.example/expomatch-"));
        assert_eq!(
            url.len(),
            "https://meet.agency.example/expomatch-".len() + 32
        );
        assert_ne!(a, b, "each meeting its own room");
        assert_eq!(a, room(MeetingMode::Hybrid, 7, &sources, SECRET), "stable");
        sources.jitsi_base = "";
        assert_eq!(room(MeetingMode::Online, 7, &sources, SECRET), Room::NotSet);
    }

    #[test]
    fn a_join_key_names_one_person_for_one_meeting() {
        let k = join_key(SECRET, 7, Role::Buyer, 3);
        assert!(join_key_valid(SECRET, 7, Role::Buyer, 3, &k));
        assert!(!join_key_valid(SECRET, 8, Role::Buyer, 3, &k));
        assert!(!join_key_valid(SECRET, 7, Role::Supplier, 3, &k));
        assert!(!join_key_valid(SECRET, 7, Role::Buyer, 4, &k));
        assert!(!join_key_valid(SECRET, 7, Role::Buyer, 3, &k[..16]));
        assert!(!join_key_valid(SECRET, 7, Role::Buyer, 3, "zz"));
        assert!(!join_key_valid(b"another secret", 7, Role::Buyer, 3, &k));
        let i = join_key(SECRET, 7, Party::Interpreter, 3);
        assert_ne!(
            i, k,
            "an interpreter's key is not the buyer's with the same id"
        );
        assert!(join_key_valid(SECRET, 7, Party::Interpreter, 3, &i));
        assert!(!join_key_valid(SECRET, 7, Party::Interpreter, 3, &k));
    }

    #[test]
    fn a_link_file_names_one_thing_per_row_and_only_https_links() {
        let rows = parse_link_rows(
            "table;supplier;meeting;link\n\
             A3;;;https://zoom.example/j/1\n\
             ;Sales@Hanbit.example;;https://teams.example/m\n\
             ;;42;\n\
             ;;;https://x.example\n\
             A4;x@y.example;;https://x.example\n\
             A5;;;http://zoom.example/j/2\n\
             A3;;;https://zoom.example/j/3\n\
             ;;forty;https://x.example\n",
        )
        .expect("read");
        let ok: Vec<bool> = rows.iter().map(|r| r.problems.is_empty()).collect();
        assert_eq!(ok, [true, true, true, false, false, false, false, false]);
        assert_eq!(rows[0].target, Some(LinkTarget::Table("A3".into())));
        assert_eq!(
            rows[1].target,
            Some(LinkTarget::Supplier("sales@hanbit.example".into()))
        );
        assert_eq!(rows[2].target, Some(LinkTarget::Meeting(42)));
        assert_eq!(rows[2].link, None, "an empty link clears");
        assert_eq!(rows[5].problems, vec![text!("err-video-https")]);
        assert_eq!(rows[6].problems, vec![text!("err-links-twice")], "A3 twice");
        assert_eq!(rows[7].line, 9);
        assert_eq!(
            parse_link_rows("label,url\nA3,https://x.example\n"),
            Err(ImportError::MissingColumns("link".into()))
        );
        assert_eq!(
            parse_link_rows("name,link\nA3,https://x.example\n"),
            Err(ImportError::MissingColumns(
                "table, supplier, meeting".into()
            ))
        );
    }

    #[test]
    fn an_agenda_key_names_one_interpreter() {
        let k = agenda_key(SECRET, 4);
        assert!(agenda_key_valid(SECRET, 4, &k));
        assert!(!agenda_key_valid(SECRET, 5, &k));
        assert!(!agenda_key_valid(b"another secret", 4, &k));
        assert_ne!(k, join_key(SECRET, 0, Party::Interpreter, 4));
    }

    #[test]
    fn a_buyers_hours_follow_their_own_clock_across_daylight_saving() {
        let h = Hours::DEFAULT;
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("t");
        let berlin = chrono_tz::Europe::Berlin;
        // 07:30 UTC is 08:30 in Berlin in winter (UTC+1) but 09:30 in summer.
        assert!(h.contain(berlin, at("2026-01-10 07:30"), at("2026-01-10 08:00")));
        // 06:30 UTC: 07:30 in winter (too early), 08:30 in summer (fine).
        assert!(!h.contain(berlin, at("2026-01-10 06:30"), at("2026-01-10 07:00")));
        assert!(h.contain(berlin, at("2026-07-10 06:30"), at("2026-07-10 07:00")));
        // Ending after 20:00 local is outside.
        assert!(!h.contain(berlin, at("2026-01-10 18:45"), at("2026-01-10 19:15")));
        assert_eq!(
            Hours::parse("09:00", "17:30").expect("hours"),
            Hours {
                from: 540,
                to: 1050
            }
        );
        assert_eq!(
            Hours::parse("18:00", "09:00").expect_err("order").field,
            "hours_to"
        );
        assert_eq!(
            Hours::parse("9", "17:00").expect_err("time").field,
            "hours_from"
        );
        assert_eq!(Hours::show(1050), "17:30");
    }
}
