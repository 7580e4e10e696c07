//! Where secrets travel inside URLs, and the one way to show such a URL (or any text
//! holding one) without its secret: in logs, on staff pages, in exports and errors.
//!
//! Every route whose path carries a secret is listed in [`SECRET_PATHS`]; a route added
//! with a secret in its path must be added here (the test `leaks` in `tests/api` opens
//! every mailed link and fails when one reaches a log line or another person's page).

use std::borrow::Cow;

/// What a hidden secret reads as.
pub const HIDDEN: &str = "[hidden]";

/// Path prefixes after which the rest of the path is a secret: one-time sign-in and
/// invitation links, password resets, email verification, calendar feeds.
pub const SECRET_PATHS: &[&str] = &[
    "/auth/link/",
    "/signin/reset/",
    "/register/verify/",
    "/calendar/",
    "/join/",
    "/unsubscribe/",
    // An interpreter's own agenda and its calendar file.
    "/interpreter/",
];

/// Query parameters whose value is a secret wherever they appear.
const SECRET_PARAMS: &[&str] = &["token", "secret", "sig", "key", "password", "code"];

/// Characters a secret path tail is made of (URL-safe base64, hex, ids, `/`, `.ics`,
/// percent escapes).
fn is_path_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/' | b'%' | b'~')
}

/// Characters a query value is made of, up to the next `&`, `#`, quote or space.
fn is_value_char(b: u8) -> bool {
    !matches!(
        b,
        b'&' | b'#' | b'"' | b'\'' | b'<' | b'>' | b' ' | b'\t' | b'\r' | b'\n'
    )
}

/// `text` with every secret in a URL replaced by [`HIDDEN`]: the tail of a secret path
/// (`…/signin/reset/[hidden]`) and the value of a secret query parameter
/// (`?token=[hidden]`). Works on plain text, HTML, calendar files and bare paths alike.
pub fn redact(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // Spans to hide, as (start, end) byte offsets; found first, then written once.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for prefix in SECRET_PATHS {
        let mut from = 0;
        while let Some(at) = text[from..].find(prefix) {
            let start = from + at + prefix.len();
            let len = bytes[start..]
                .iter()
                .take_while(|b| is_path_char(**b))
                .count();
            if len > 0 {
                spans.push((start, start + len));
            }
            from = start;
        }
    }
    for (i, b) in bytes.iter().enumerate() {
        if *b != b'?' && *b != b'&' {
            continue;
        }
        let rest = &text[i + 1..];
        // An HTML-escaped separator (`&amp;token=`) counts too.
        let rest = rest.strip_prefix("amp;").unwrap_or(rest);
        let Some(eq) = rest.find('=') else { continue };
        if !SECRET_PARAMS
            .iter()
            .any(|p| rest[..eq].eq_ignore_ascii_case(p))
        {
            continue;
        }
        let start = text.len() - rest.len() + eq + 1;
        let len = bytes[start..]
            .iter()
            .take_while(|b| is_value_char(**b))
            .count();
        if len > 0 {
            spans.push((start, start + len));
        }
    }
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in spans {
        if end <= at {
            continue;
        }
        out.push_str(&text[at..start.max(at)]);
        out.push_str(HIDDEN);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// Whether a request path leads to a secret route (its log line and error pages must
/// not repeat it).
pub fn is_secret_path(path: &str) -> bool {
    SECRET_PATHS.iter().any(|p| path.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_secret_link_is_hidden() {
        for (case, text, expected) in [
            (
                "sign-in link",
                "Open https://x.example/auth/link/abc-DEF_123 now",
                "Open https://x.example/auth/link/[hidden] now",
            ),
            (
                "password reset",
                "https://x.example/signin/reset/Zk3_9x",
                "https://x.example/signin/reset/[hidden]",
            ),
            (
                "verification in HTML",
                "<a href=\"https://x.example/register/verify/q1w2\">Confirm</a>",
                "<a href=\"https://x.example/register/verify/[hidden]\">Confirm</a>",
            ),
            (
                "calendar feed with its file name",
                "webcal://x.example/calendar/T0k3n.ics",
                "webcal://x.example/calendar/[hidden]",
            ),
            (
                "old buyer feed with id and signature",
                "/calendar/buyer/12/abcdef.ics",
                "/calendar/[hidden]",
            ),
            ("bare path", "/signin/reset/abc", "/signin/reset/[hidden]"),
            (
                "query value",
                "/x?a=1&token=s3cr3t&b=2",
                "/x?a=1&token=[hidden]&b=2",
            ),
            (
                "escaped query value in HTML",
                "href=\"/x?a=1&amp;Secret=s3cr3t\"",
                "href=\"/x?a=1&amp;Secret=[hidden]\"",
            ),
            (
                "two links",
                "/auth/link/a and /auth/link/b",
                "/auth/link/[hidden] and /auth/link/[hidden]",
            ),
            (
                "no secret",
                "/buyer/suppliers?page=2",
                "/buyer/suppliers?page=2",
            ),
            ("prefix with nothing after", "/auth/link/ ", "/auth/link/ "),
        ] {
            assert_eq!(redact(text), expected, "case {case}");
        }
    }

    #[test]
    fn secret_paths_are_recognised() {
        assert!(is_secret_path("/signin/reset/abc"));
        assert!(is_secret_path("/calendar/abc.ics"));
        assert!(!is_secret_path("/signin"));
        assert!(!is_secret_path("/buyer"));
    }
}
