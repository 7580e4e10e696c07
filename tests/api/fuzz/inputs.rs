//! Hostile and plausible values for form fields, and the proptest strategies over them.

use super::*;

// ---------------------------------------------------------------------------------
// What proptest throws.

/// Known-bad fragments: markup and script, SQL, template syntax, numbers out of range,
/// impossible dates and times, zones and codes that do not exist.
pub(super) fn fragment() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "<script>alert(1)</script>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "</textarea><script>alert(1)</script>",
        "<svg onload=alert(1)>",
        "javascript:alert(1)",
        "' OR '1'='1",
        "'; DROP TABLE meetings; --",
        "1; SELECT pg_sleep(5)--",
        "\" OR \"\"=\"",
        "{{ 7*7 }}",
        "{% raw %}",
        "${7*7}",
        "../../etc/passwd",
        "\u{0}",
        "%00",
        "\u{feff}",
        "\u{202e}gnp.exe",
        "-1",
        "0",
        "-0",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "99999999999999999999999999999999",
        "1e309",
        "NaN",
        "inf",
        "0x10",
        "1.5",
        "1,000",
        "2027-02-30",
        "2027-13-45",
        "0000-00-00",
        "9999-12-31",
        "-2027-01-01",
        "2027-03-09T25:61",
        "24:00",
        "23:60",
        "-01:00",
        "99:99",
        "Mars/Olympus_Mons",
        "UTC+99",
        "Asia/Seoul\u{0}",
        "../zoneinfo/UTC",
        "XX",
        "kor",
        "ZZZ",
        "accept\u{0}",
        "true",
        "null",
        "[]",
    ])
    .prop_map(str::to_owned)
}

pub(super) fn random_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[\\x00-\\x1f\\x7f]{1,16}",
        "[가-힣]{1,30}",
        "[\\x{1F600}-\\x{1F64F}\\x{1F1E6}-\\x{1F1FF}\\x{200D}]{1,20}",
        "[ \\t\\r\\n]{0,8}",
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
        any::<u128>().prop_map(|n| n.to_string()),
    ]
}

pub(super) fn hostile() -> impl Strategy<Value = String> {
    let one = prop_oneof![fragment(), random_text()];
    prop_oneof![
        4 => one.clone(),
        2 => prop::collection::vec(one.clone(), 2..5).prop_map(|v| v.concat()),
        // 10,000 to 12,000 characters.
        1 => (one, 10_000usize..12_000).prop_map(|(s, n)| {
            let s = if s.is_empty() { "x".to_owned() } else { s };
            s.chars().cycle().take(n).collect::<String>()
        }),
    ]
}

/// Rows a person might paste, broken in the ways real exports break: missing or extra
/// columns, unclosed quotes, other separators and line ends, a BOM, formulas, hostile
/// cells; some rows otherwise valid so hostile names reach the preview and the store.
pub(super) fn hostile_csv() -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        3 => hostile(),
        2 => "[A-Za-z가-힣 ]{0,12}",
        1 => Just("\"unclosed".to_owned()),
        1 => Just("\"\"\"".to_owned()),
        1 => Just("=HYPERLINK(\"http://x\")".to_owned()),
    ];
    let valid_row = (hostile(), hostile(), 0u32..1_000_000).prop_map(|(name, org, n)| {
        format!(
            "\"{}\",\"{}\",PE,fuzz{n}@import.example",
            name.replace('"', "\"\""),
            org.replace('"', "\"\"")
        )
    });
    let row = prop_oneof![
        2 => (prop::collection::vec(cell, 0..9), prop::sample::select(vec![",", ";", "\t", "|"]))
            .prop_map(|(cells, sep)| cells.join(sep)),
        1 => valid_row,
    ];
    let header = prop_oneof![
        Just("name,organisation,country,email".to_owned()),
        Just("\u{feff}email,name".to_owned()),
        Just(String::new()),
        hostile(),
    ];
    (
        header,
        prop::collection::vec(row, 0..25),
        prop::sample::select(vec!["\n", "\r\n", "\r"]),
    )
        .prop_map(|(h, rows, end)| std::iter::once(h).chain(rows).collect::<Vec<_>>().join(end))
}

/// An uploaded file: hostile CSV, random bytes, or a truncated "workbook" (a zip header
/// and garbage), under a name that may lie about it.
pub(super) fn hostile_file() -> impl Strategy<Value = (String, Vec<u8>)> {
    let bytes = prop_oneof![
        hostile_csv().prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..4096),
        prop::collection::vec(any::<u8>(), 0..2048).prop_map(|tail| {
            let mut v = b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec();
            v.extend(tail);
            v
        }),
    ];
    let name = prop_oneof![
        prop::sample::select(vec!["buyers.csv", "buyers.xlsx", "buyers.txt", "buyers"])
            .prop_map(str::to_owned),
        hostile().prop_map(|n| format!("{n}.xlsx")),
    ];
    (name, bytes)
}

#[derive(Clone, Debug)]
pub(super) enum Choice {
    /// What a person would send: the page's value, or a plausible one for an empty field.
    Keep,
    Hostile(String),
    /// The field is left out of the request.
    Omit,
    /// As `Keep`, with script and an event handler around any free text, so the pages
    /// that show it later are tested with markup that was really stored.
    Markup,
}

pub(super) fn choice() -> impl Strategy<Value = Choice> {
    prop_oneof![
        6 => Just(Choice::Keep),
        4 => hostile().prop_map(Choice::Hostile),
        1 => Just(Choice::Omit),
    ]
}

/// Mostly one to three hostile fields among plausible ones, so that forms with many
/// fields still get past their other rules and store what is hostile; sometimes every
/// field at random.
pub(super) fn choices(fields: usize) -> impl Strategy<Value = Vec<Choice>> {
    let n = fields.max(1);
    let targeted = prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            prop_oneof![9 => hostile().prop_map(Choice::Hostile), 1 => Just(Choice::Omit)],
        ),
        1..=3,
    )
    .prop_map(move |picks| {
        let mut all = vec![Choice::Keep; n];
        for (at, choice) in picks {
            all[at.index(n)] = choice;
        }
        all
    });
    prop_oneof![3 => targeted, 1 => prop::collection::vec(choice(), n)]
}

pub(super) static UNIQUE: AtomicUsize = AtomicUsize::new(0);

/// A Korean business registration number with a valid check digit, different for each `n`.
pub(super) fn business_reg_no(n: usize) -> String {
    let digits: Vec<u32> = format!("{:09}", 210_000_000 + n % 700_000_000)
        .chars()
        .filter_map(|c| c.to_digit(10))
        .collect();
    let weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum::<u32>() + digits[8] * 5 / 10;
    let check = (10 - sum % 10) % 10;
    let all: String = digits.iter().map(u32::to_string).collect();
    format!("{}-{}-{}{check}", &all[..3], &all[3..5], &all[5..])
}

/// A value that passes the field's rules as far as can be guessed from its name and
/// type, so that the hostile value in another field is the one the handler meets.
/// `first_of_group`: a checkbox or radio that is the first of a group none of which
/// is checked (a required choice a person would make).
pub(super) fn plausible(f: &Field, first_of_group: bool) -> Option<String> {
    let n = UNIQUE.fetch_add(1, Ordering::Relaxed);
    let name = f.name.as_str();
    let has = |part: &str| name.contains(part);
    Some(match f.kind.as_str() {
        "checkbox" | "radio" => return (f.checked || first_of_group).then(|| f.value.clone()),
        "submit" | "button" | "file" => return (!f.value.is_empty()).then(|| f.value.clone()),
        _ if !f.value.is_empty() => f.value.clone(),
        // A select whose first choice is "none": the first real one.
        "select" => f.options.iter().find(|o| !o.is_empty()).cloned()?,
        "password" => "a long enough passphrase".to_owned(),
        _ if f.kind == "email" || has("email") => format!("fuzz{n}@fuzz.example"),
        _ if has("booking_opens") => "2027-03-01T09:00".to_owned(),
        _ if has("booking_closes") => "2027-03-05T18:00".to_owned(),
        "datetime-local" => "2027-03-01T09:00".to_owned(),
        "date" => "2027-03-10".to_owned(),
        "time" => "10:00".to_owned(),
        "number" => "3".to_owned(),
        _ if has("business_reg_no") => business_reg_no(n),
        _ if has("year") => "2009".to_owned(),
        _ if has("markets") => "VN".to_owned(),
        _ if has("languages") => "en".to_owned(),
        _ if has("max_meetings") => "5".to_owned(),
        _ if has("days") => "7".to_owned(),
        _ if has("amount") => "1000".to_owned(),
        _ if has("country") => "PE".to_owned(),
        _ if has("timezone") => "America/Lima".to_owned(),
        _ if has("currency") => "USD".to_owned(),
        _ if has("date") => "2027-03-10".to_owned(),
        _ if f.kind == "tel" || has("phone") => "+82 2 1234 5678".to_owned(),
        // Optional codes and addresses a person leaves empty.
        _ if has("hs_code") || has("url") || has("website") => String::new(),
        _ => format!("Fuzz {n}"),
    })
}

/// The form's fields as they would be sent, with proptest's choices applied. Pasted
/// rows (`csv`) get the CSV strategy's text when the case chose a hostile value.
pub(super) fn body(form: &Form, case: &Case) -> Vec<(String, String)> {
    let mut groups_seen = BTreeSet::new();
    form.fields
        .iter()
        .zip(case.choices.iter().cycle())
        .filter_map(|(f, c)| {
            if f.name == "csrf_token" {
                return Some((f.name.clone(), f.value.clone()));
            }
            let first_of_group = matches!(f.kind.as_str(), "checkbox" | "radio")
                && groups_seen.insert(f.name.clone())
                && !form.fields.iter().any(|g| g.name == f.name && g.checked);
            let v = match c {
                Choice::Keep => plausible(f, first_of_group)?,
                Choice::Markup => match plausible(f, first_of_group)? {
                    v if v.starts_with("Fuzz ") => {
                        format!("<script>alert(1)</script>\"><img src=x onerror=alert(1)> {v}")
                    }
                    v => v,
                },
                Choice::Hostile(_) if f.name == "csv" => case.csv.clone(),
                Choice::Hostile(h) => h.clone(),
                Choice::Omit => return None,
            };
            Some((f.name.clone(), v))
        })
        .collect()
}

#[derive(Clone)]
pub(super) struct Case {
    pub(super) choices: Vec<Choice>,
    pub(super) csv: String,
    pub(super) file: (String, Vec<u8>),
    /// Replaces the last id in the action's path (`/organizer/meetings/{id}/move`).
    pub(super) path: Option<String>,
}

/// Short enough to read in a failure message: long values are cut, the file summarised.
impl std::fmt::Debug for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let cut = |s: &str| {
            let n = s.chars().count();
            if n > 80 {
                format!("{:?}… ({n} chars)", s.chars().take(80).collect::<String>())
            } else {
                format!("{s:?}")
            }
        };
        let choices: Vec<String> = self
            .choices
            .iter()
            .map(|c| match c {
                Choice::Keep => "keep".to_owned(),
                Choice::Markup => "markup".to_owned(),
                Choice::Omit => "omit".to_owned(),
                Choice::Hostile(h) => cut(h),
            })
            .collect();
        write!(
            f,
            "fields [{}], csv {}, file {} ({} bytes), path id {}",
            choices.join(", "),
            cut(&self.csv),
            cut(&self.file.0),
            self.file.1.len(),
            self.path.as_deref().map_or_else(|| "kept".to_owned(), cut)
        )
    }
}

/// A form with nothing to type (only its token) has only its path to attack: every
/// case replaces an id there. Other forms do that in one case in four.
pub(super) fn case_strategy(fields: usize, only_path: bool) -> impl Strategy<Value = Case> {
    let path = if only_path {
        hostile().prop_map(Some).boxed()
    } else {
        prop::option::weighted(0.25, hostile()).boxed()
    };
    (choices(fields), hostile_csv(), hostile_file(), path).prop_map(|(choices, csv, file, path)| {
        Case {
            choices,
            csv,
            file,
            path,
        }
    })
}

/// What a person would send: every field kept (or with markup around free text), a
/// well-formed file.
pub(super) fn plain_case(form: &Form, choice: &Choice) -> Case {
    Case {
        choices: vec![choice.clone(); form.fields.len().max(1)],
        csv: "name,organisation,country,email\nPlain Case,Org,PE,plain@fuzz.example\n".to_owned(),
        file: (
            "buyers.csv".to_owned(),
            b"name,organisation,country,email\nPlain File,Org,PE,file@fuzz.example\n".to_vec(),
        ),
        path: None,
    }
}

/// The action with its last numeric path segment replaced by `id` (percent-encoded).
pub(super) fn with_path_id(action: &str, id: &str) -> String {
    let (path, query) = action
        .split_once('?')
        .map_or((action, None), |(p, q)| (p, Some(q)));
    let mut segments: Vec<String> = path.split('/').map(str::to_owned).collect();
    if let Some(last) = segments
        .iter_mut()
        .rev()
        .find(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
    {
        // Cut to 2,000 characters: a longer URL cannot be sent at all.
        let id: String = id.chars().take(2_000).collect();
        *last = url::form_urlencoded::byte_serialize(id.as_bytes()).collect();
    }
    let path = segments.join("/");
    query.map_or(path.clone(), |q| format!("{path}?{q}"))
}

pub(super) fn only_token(form: &Form) -> bool {
    form.fields
        .iter()
        .all(|f| f.name == "csrf_token" || matches!(f.kind.as_str(), "submit" | "button"))
}
