//! Reading a list of buyers from CSV (as exported from a spreadsheet): every row is
//! checked, and every problem reported with its line number, before anything is saved.

use std::collections::HashSet;

use super::setup::{BuyerForm, BuyerInput};
use super::values::FieldError;
use crate::domain::text::Text;

/// What a row will become.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowOutcome {
    New(BuyerInput),
    /// The email is already a buyer of this expo: skipped, never duplicated.
    AlreadyInvited(String),
    /// Each problem with its column (a field of the buyer form or the column name).
    Invalid(Vec<FieldError>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRow {
    /// The line in the file, counting the header as line 1.
    pub line: usize,
    pub name: String,
    pub email: String,
    pub outcome: RowOutcome,
    /// Sector codes from the `interests` column (checked by the caller against the list).
    pub interests: Vec<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the header must name the columns; missing: {0}")]
    MissingColumns(String),
    #[error("line {0}: {1}")]
    Unreadable(usize, String),
    #[error("at most {0} rows at a time")]
    TooMany(usize),
    #[error("the file is neither an Excel workbook (.xlsx) nor CSV text in UTF-8")]
    NotSpreadsheet,
    #[error("the workbook cannot be read: {0}")]
    Workbook(String),
}

impl ImportError {
    /// What to tell the organizer, in no language yet.
    pub fn text(&self) -> Text {
        match self {
            Self::Empty => crate::text!("err-setup-import-empty"),
            Self::MissingColumns(cols) => {
                crate::text!("err-setup-import-missing", columns = cols.as_str())
            }
            Self::Unreadable(line, why) => {
                crate::text!(
                    "err-setup-import-unreadable",
                    line = *line,
                    why = why.as_str()
                )
            }
            Self::TooMany(n) => crate::text!("err-setup-import-too-many", count = *n),
            Self::NotSpreadsheet => crate::text!("err-setup-import-not-spreadsheet"),
            Self::Workbook(why) => crate::text!("err-setup-import-workbook", why = why.as_str()),
        }
    }
}

pub const MAX_ROWS: usize = 2000;
const REQUIRED: [&str; 3] = ["name", "email", "country"];

/// Parses the CSV. `existing` holds the lower-case emails already invited to the expo;
/// `sectors` the known sector codes. Column names are case-insensitive; `timezone`,
/// `organisation`, `languages` (space, comma or semicolon separated codes) and
/// `interests` (sector codes) are optional.
pub fn parse_buyers(
    text: &str,
    existing: &HashSet<String>,
    sectors: &[String],
) -> Result<Vec<ImportRow>, ImportError> {
    let (headers, mut reader) = table_reader(text, &REQUIRED)?;
    let col = |name: &str| headers.iter().position(|h| h == name);
    let mut seen: HashSet<String> = HashSet::new();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        if rows.len() >= MAX_ROWS {
            return Err(ImportError::TooMany(MAX_ROWS));
        }
        let record = record.map_err(|e| ImportError::Unreadable(line, e.to_string()))?;
        let get = |name: &str| {
            col(name)
                .and_then(|c| record.get(c))
                .unwrap_or("")
                .to_owned()
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let form = BuyerForm {
            name: get("name"),
            organisation: get("organisation"),
            email: get("email"),
            country: get("country"),
            timezone: get("timezone"),
            languages: get("languages").replace(';', " "),
            language: get("language"),
        };
        let interests: Vec<String> = get("interests")
            .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(str::to_lowercase)
            .collect();
        let mut problems: Vec<FieldError> = Vec::new();
        if let Some(bad) = interests.iter().find(|s| !sectors.contains(s)) {
            problems.push(FieldError::new(
                "interests",
                crate::text!("err-setup-import-sector", code = bad.as_str()),
            ));
        }
        let outcome = match form.parse() {
            Err(errors) => {
                problems.extend(errors);
                RowOutcome::Invalid(problems)
            }
            Ok(_) if !problems.is_empty() => RowOutcome::Invalid(problems),
            Ok(input) => {
                let email = input.email.as_str().to_owned();
                if existing.contains(&email) {
                    RowOutcome::AlreadyInvited(email)
                } else if !seen.insert(email.clone()) {
                    RowOutcome::Invalid(vec![FieldError::new(
                        "email",
                        crate::text!("err-setup-import-twice", email = email.as_str()),
                    )])
                } else {
                    RowOutcome::New(input)
                }
            }
        };
        rows.push(ImportRow {
            line,
            name: form.name.trim().to_owned(),
            email: form.email.trim().to_owned(),
            outcome,
            interests,
        });
    }
    if rows.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(rows)
}

/// A spreadsheet's text as CSV records, with its header in lower case: a comma or,
/// when the header has more of them, a semicolon between fields (as spreadsheets
/// save in many locales), a byte-order mark ignored. Errors: `Empty`, `Unreadable`
/// header, `MissingColumns` for `required` names the header lacks.
pub fn table_reader<'a>(
    text: &'a str,
    required: &[&str],
) -> Result<(Vec<String>, csv::Reader<&'a [u8]>), ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let delimiter = if text
        .lines()
        .next()
        .is_some_and(|h| h.matches(';').count() > h.matches(',').count())
    {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::Unreadable(1, e.to_string()))?
        .iter()
        .map(|h| {
            h.trim()
                .to_lowercase()
                .replace("organization", "organisation")
                .replace("time zone", "timezone")
        })
        .collect();
    let missing: Vec<&str> = required
        .iter()
        .filter(|c| !headers.iter().any(|h| h == *c))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(ImportError::MissingColumns(missing.join(", ")));
    }
    Ok((headers, reader))
}

/// Reads an uploaded file into the CSV text [`parse_buyers`] takes: an Excel workbook
/// (`.xlsx`, first sheet, row numbers kept as line numbers) or CSV text in UTF-8.
pub fn file_to_csv(bytes: &[u8]) -> Result<String, ImportError> {
    const ZIP: &[u8] = b"PK\x03\x04";
    if bytes.starts_with(ZIP) {
        return xlsx_to_csv(bytes);
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| ImportError::NotSpreadsheet)
}

fn xlsx_to_csv(bytes: &[u8]) -> Result<String, ImportError> {
    use calamine::{Data, Reader, Xlsx};
    let unreadable = ImportError::Workbook;
    let mut book =
        Xlsx::new(std::io::Cursor::new(bytes.to_vec())).map_err(|e| unreadable(e.to_string()))?;
    let first = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| unreadable("it has no sheet".into()))?;
    let range = book
        .worksheet_range(&first)
        .map_err(|e| unreadable(e.to_string()))?;
    if range.height() > MAX_ROWS + 1 {
        return Err(ImportError::TooMany(MAX_ROWS));
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in range.rows() {
        let cells = row.iter().map(|cell| match cell {
            Data::Empty => String::new(),
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
            other => other.to_string(),
        });
        out.write_record(cells)
            .map_err(|e| unreadable(e.to_string()))?;
    }
    let bytes = out.into_inner().map_err(|e| unreadable(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| unreadable(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sectors() -> Vec<String> {
        vec!["water".into(), "medical".into()]
    }

    #[test]
    fn every_row_is_judged_with_its_line_number() {
        let csv = "Name,Organisation,Country,Email,Languages,Timezone,Interests\n\
                   Nguyen Thi Lan,Hawacom,VN,lan@hawacom.example,vi en,,water\n\
                   Bad Email,X,VN,not-an-email,,,\n\
                   Unknown Country,X,ZZ,zz@x.example,,,\n\
                   Old Friend,Y,PE,old@y.example,es,,\n\
                   Twice,Z,PE,LAN@hawacom.example,,,\n\
                   Odd Sector,Z,PE,odd@z.example,,,spaceships\n";
        let existing: HashSet<String> = ["old@y.example".to_owned()].into_iter().collect();
        let rows = parse_buyers(csv, &existing, &sectors()).expect("parsed");
        let summary: Vec<(usize, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r.line,
                    match &r.outcome {
                        RowOutcome::New(_) => "new",
                        RowOutcome::AlreadyInvited(_) => "already",
                        RowOutcome::Invalid(_) => "invalid",
                    },
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (2, "new"),
                (3, "invalid"),
                (4, "invalid"),
                (5, "already"),
                (6, "invalid"),
                (7, "invalid")
            ]
        );
        let RowOutcome::New(first) = &rows[0].outcome else {
            unreachable!("checked above")
        };
        assert_eq!(first.timezone.name(), "Asia/Ho_Chi_Minh");
    }

    #[test]
    fn semicolons_and_a_byte_order_mark_are_fine_but_missing_columns_are_not() {
        let csv = "\u{feff}name;email;country\nAna;ana@minsa.example;PE\n";
        assert_eq!(
            parse_buyers(csv, &HashSet::new(), &sectors())
                .expect("parsed")
                .len(),
            1
        );
        assert_eq!(
            parse_buyers("name,country\nAna,PE\n", &HashSet::new(), &sectors()),
            Err(ImportError::MissingColumns("email".into()))
        );
        assert_eq!(
            parse_buyers("  ", &HashSet::new(), &sectors()),
            Err(ImportError::Empty)
        );
    }

    fn workbook(rows: &[&[&str]]) -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (r, cells) in (0u32..).zip(rows) {
            for (c, cell) in (0u16..).zip(*cells) {
                match cell.parse::<f64>() {
                    Ok(n) => sheet.write_number(r, c, n).map(|_| ()),
                    Err(_) => sheet.write_string(r, c, *cell).map(|_| ()),
                }
                .expect("cell");
            }
        }
        book.save_to_buffer().expect("xlsx")
    }

    #[test]
    fn an_excel_workbook_is_read_like_csv_with_sheet_row_numbers() {
        let bytes = workbook(&[
            &["name", "email", "country", "organisation"],
            &["Ana Torres", "ana@lima.example", "PE", "Sedapal"],
            &["김민준", "not-an-email", "KR", "12345"],
        ]);
        let csv = file_to_csv(&bytes).expect("readable");
        let rows = parse_buyers(&csv, &HashSet::new(), &sectors()).expect("parsed");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert!(
            matches!(rows[0].outcome, RowOutcome::New(_)),
            "{:?}",
            rows[0].outcome
        );
        assert_eq!(rows[1].line, 3, "the bad row keeps its sheet row number");
        assert_eq!(rows[1].name, "김민준");
        assert!(
            matches!(rows[1].outcome, RowOutcome::Invalid(_)),
            "{:?}",
            rows[1].outcome
        );
        assert!(csv.contains(",12345"), "whole numbers stay whole: {csv}");
    }

    #[test]
    fn a_file_that_is_neither_xlsx_nor_utf8_csv_is_refused_with_what_to_do() {
        let latin1 = b"name,email,country\nJos\xe9,jose@x.example,ES\n";
        assert_eq!(file_to_csv(latin1), Err(ImportError::NotSpreadsheet));
        assert!(
            crate::i18n::Locale::En
                .text(&ImportError::NotSpreadsheet.text())
                .contains("Save as"),
            "says what to do"
        );
        let broken = b"PK\x03\x04 not really a zip";
        assert!(matches!(file_to_csv(broken), Err(ImportError::Workbook(_))));
        assert_eq!(
            file_to_csv(b"name,email,country\n").expect("utf-8"),
            "name,email,country\n"
        );
    }
}
