//! Reads the MiniZinc data files of the business-to-business meeting scheduling
//! benchmark (Bofill et al.) as they are published: one day, morning slots
//! `1..=nMorningSlots` (session 0) and afternoon slots after them (session 1);
//! participants and slots numbered from 1 in the file, from 0 in the [`Problem`].
//! Every requested meeting becomes a must-meet request, in file order.

use std::collections::HashMap;

use super::{Priority, Problem, Request, SlotInfo};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DznError {
    #[error("`{0}` is missing")]
    Missing(&'static str),
    #[error("`{field}`: {message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
}

fn invalid(field: &'static str, message: impl Into<String>) -> DznError {
    DznError::Invalid {
        field,
        message: message.into(),
    }
}

/// Parses one instance. Fields the benchmark does not use here (`meetingsxBusiness`,
/// `nMeetingsBusiness`, `precedences`) are ignored; a `fixed` entry other than 0 is
/// refused, since such a file means something this reader does not model.
pub fn parse(text: &str) -> Result<Problem, DznError> {
    let fields = statements(text)?;
    let get = |name: &'static str| fields.get(name).copied().ok_or(DznError::Missing(name));
    let int = |name: &'static str| -> Result<usize, DznError> {
        let value = get(name)?;
        value
            .trim()
            .parse()
            .map_err(|_| invalid(name, format!("expected a whole number, found {value:?}")))
    };
    let participants = int("nBusiness")?;
    let meetings = int("nMeetings")?;
    let tables = int("nTables")?;
    let slots = int("nTotalSlots")?;
    let morning = int("nMorningSlots")?;
    if morning > slots {
        return Err(invalid(
            "nMorningSlots",
            format!("{morning} morning slots of {slots} in all"),
        ));
    }
    let requests = requested(get("requested")?, participants)?;
    if requests.len() != meetings {
        return Err(invalid(
            "requested",
            format!("{} rows, but nMeetings is {meetings}", requests.len()),
        ));
    }
    let blocked = forbidden(get("forbidden")?, participants, slots)?;
    if let Some(value) = fields.get("fixed") {
        let nonzero = numbers(value, "fixed")?.into_iter().any(|x| x != 0);
        if nonzero {
            return Err(invalid("fixed", "fixed meetings are not supported"));
        }
    }
    Ok(Problem {
        participants,
        slots: (0..slots)
            .map(|s| SlotInfo {
                day: 0,
                session: usize::from(s >= morning),
                tables,
            })
            .collect(),
        blocked,
        fixed: Vec::new(),
        movable: Vec::new(),
        requests,
    })
}

/// `name = value;` pairs, with `%` comments removed.
fn statements(text: &str) -> Result<HashMap<&str, &str>, DznError> {
    let mut fields = HashMap::new();
    let mut rest = text;
    loop {
        rest = skip_blank(rest);
        if rest.is_empty() {
            return Ok(fields);
        }
        let Some((name, after)) = rest.split_once('=') else {
            return Err(invalid(
                "file",
                format!("expected `name = value;` at {:?}", head(rest)),
            ));
        };
        let Some((value, after)) = after.split_once(';') else {
            return Err(invalid("file", format!("no `;` after {:?}", name.trim())));
        };
        let name = name.trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(invalid(
                "file",
                format!("{:?} is not a field name", head(name)),
            ));
        }
        fields.insert(name, value);
        rest = after;
    }
}

/// Skips whitespace and `%` comments.
fn skip_blank(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        match text.strip_prefix('%') {
            Some(comment) => text = comment.split_once('\n').map_or("", |(_, next)| next),
            None => return text,
        }
    }
}

fn head(text: &str) -> String {
    text.trim().chars().take(30).collect()
}

/// Every number in `value`, in order, ignoring brackets, braces, bars and commas.
fn numbers(value: &str, field: &'static str) -> Result<Vec<usize>, DznError> {
    value
        .split(|c: char| c.is_whitespace() || "[]{}|,".contains(c))
        .filter(|x| !x.is_empty())
        .map(|x| {
            x.parse()
                .map_err(|_| invalid(field, format!("expected a whole number, found {x:?}")))
        })
        .collect()
}

fn requested(value: &str, participants: usize) -> Result<Vec<Request>, DznError> {
    let body = value
        .trim()
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .ok_or_else(|| invalid("requested", "expected `[| a, b, session, | ... |]`"))?;
    let mut requests = Vec::new();
    for row in body.split('|').map(str::trim).filter(|row| !row.is_empty()) {
        let line = requests.len() + 1;
        let cells = numbers(row, "requested")?;
        let &[a, b, session] = cells.as_slice() else {
            return Err(invalid(
                "requested",
                format!("row {line} has {} numbers, expected 3", cells.len()),
            ));
        };
        for p in [a, b] {
            if p == 0 || p > participants {
                return Err(invalid(
                    "requested",
                    format!("row {line} names participant {p}, but nBusiness is {participants}"),
                ));
            }
        }
        if a == b {
            return Err(invalid(
                "requested",
                format!("row {line} pairs participant {a} with itself"),
            ));
        }
        let session = match session {
            1 => Some(0),
            2 => Some(1),
            3 => None,
            other => {
                return Err(invalid(
                    "requested",
                    format!("row {line} has session {other}; expected 1, 2 or 3"),
                ));
            }
        };
        requests.push(Request {
            a: a - 1,
            b: b - 1,
            priority: Priority::Must,
            session,
        });
    }
    Ok(requests)
}

fn forbidden(value: &str, participants: usize, slots: usize) -> Result<Vec<Vec<usize>>, DznError> {
    let body = value
        .trim()
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .ok_or_else(|| invalid("forbidden", "expected `[{...}, ...]`"))?;
    let mut blocked = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| invalid("forbidden", "a `{` is never closed"))?;
        let participant = blocked.len() + 1;
        let mut set = Vec::new();
        for slot in numbers(&rest[open + 1..close], "forbidden")? {
            if slot > slots {
                return Err(invalid(
                    "forbidden",
                    format!(
                        "participant {participant} forbids slot {slot}, but nTotalSlots is {slots}"
                    ),
                ));
            }
            // 0 is not a slot: the files write it in every set.
            if slot > 0 && !set.contains(&(slot - 1)) {
                set.push(slot - 1);
            }
        }
        blocked.push(set);
        rest = &rest[close + 1..];
    }
    if blocked.len() != participants {
        return Err(invalid(
            "forbidden",
            format!("{} sets, but nBusiness is {participants}", blocked.len()),
        ));
    }
    Ok(blocked)
}
