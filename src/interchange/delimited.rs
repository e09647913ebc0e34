//! Delimited text (CSV, semicolon- or tab-separated) as spreadsheets and
//! CRMs write it: RFC 4180 quoting, with quoted fields that hold commas,
//! quotes and line breaks. Written by hand (it is short) so that a quote
//! that is never closed is an error with its line, not a silently merged
//! rest of the file.

/// One record: the cells and the line (1-based) it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

/// A quoted field opened on `line` is never closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unclosed {
    pub line: usize,
}

/// Candidate separators, in the order ties are settled.
const SEPARATORS: [char; 4] = [';', '\t', ',', '|'];

/// The separator: the one named by Excel's `sep=X` first line, else the
/// candidate that occurs most often outside quotes in the first line.
/// Returns it with the text that follows a `sep=` line.
pub fn sniff(text: &str) -> (char, &str) {
    let first = text.lines().next().unwrap_or("");
    if let Some(sep) = first.strip_prefix("sep=").and_then(|s| {
        let mut chars = s.trim_end_matches('\r').chars();
        chars.next().filter(|_| chars.next().is_none())
    }) {
        let rest = text.split_once('\n').map_or("", |(_, rest)| rest);
        return (sep, rest);
    }
    let mut counts = [0usize; SEPARATORS.len()];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = SEPARATORS.iter().position(|s| *s == c) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let best = (0..SEPARATORS.len()).max_by_key(|i| (counts[*i], SEPARATORS.len() - i)).unwrap_or(2);
    (if counts[best] == 0 { ',' } else { SEPARATORS[best] }, text)
}

/// Splits `text` into records. Blank lines are left out. A quote inside
/// an unquoted field is kept as it is (`5" screen`); text after a closing
/// quote is kept too (`"Smith" Jr` reads `Smith Jr`).
pub fn parse(text: &str, sep: char) -> Result<Vec<Record>, Unclosed> {
    let mut records = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut opened_at = 0;
    let mut field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if field_start => {
                quoted = true;
                opened_at = line;
                field_start = false;
            }
            c if c == sep => {
                cells.push(std::mem::take(&mut cell));
                field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                cells.push(std::mem::take(&mut cell));
                finish(&mut records, &mut cells, start);
                line += 1;
                start = line;
                field_start = true;
            }
            c => {
                cell.push(c);
                field_start = false;
            }
        }
    }
    if quoted {
        return Err(Unclosed { line: opened_at });
    }
    cells.push(cell);
    finish(&mut records, &mut cells, start);
    Ok(records)
}

fn finish(records: &mut Vec<Record>, cells: &mut Vec<String>, line: usize) {
    let record = std::mem::take(cells);
    if record.iter().any(|c| !c.trim().is_empty()) {
        records.push(Record { line, cells: record });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str, sep: char) -> Vec<Vec<String>> {
        parse(text, sep).expect("parses").into_iter().map(|r| r.cells).collect()
    }

    #[test]
    fn quoted_fields_hold_separators_quotes_and_line_breaks() {
        let text = "Name,Notes\r\n\"Lind, Anna\",\"Said \"\"yes\"\"\r\nthen left\"\r\nBo,5\" screen\r\n";
        assert_eq!(
            cells(text, ','),
            vec![
                vec!["Name".to_owned(), "Notes".to_owned()],
                vec!["Lind, Anna".to_owned(), "Said \"yes\"\nthen left".to_owned()],
                vec!["Bo".to_owned(), "5\" screen".to_owned()],
            ]
        );
        let lines: Vec<usize> = parse(text, ',').expect("parses").iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![1, 2, 4]);
    }

    #[test]
    fn blank_lines_are_left_out_and_a_missing_last_newline_is_fine() {
        assert_eq!(cells("a;b\n\n;\nc;d", ';'), vec![vec!["a", "b"], vec!["c", "d"]]);
    }

    #[test]
    fn a_quote_never_closed_names_its_line() {
        assert_eq!(parse("Name\nAnna\n\"Bo\nCid\n", ','), Err(Unclosed { line: 3 }));
    }

    #[test]
    fn the_separator_is_sniffed_or_named() {
        assert_eq!(sniff("Förnamn;Efternamn;\"Titel, ny\"\n").0, ';');
        assert_eq!(sniff("First\tLast\tTitle\n").0, '\t');
        assert_eq!(sniff("First Name,Last Name\n").0, ',');
        assert_eq!(sniff("Name\nAnna\n").0, ',');
        assert_eq!(sniff("sep=;\nName;Title\n"), (';', "Name;Title\n"));
    }
}
