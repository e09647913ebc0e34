//! How amounts of money read, in the window and in every export: one rule
//! each, so the matrix on screen and the plan on paper agree, written as
//! the user's language writes numbers and dates.

use super::{self as i18n, Language};

/// How a language writes numbers: the thousands separator, the decimal
/// mark, and the words for thousand and million in short amounts.
struct Style {
    group: char,
    decimal: char,
    thousand: &'static str,
    million: &'static str,
}

fn style(lang: Language) -> Style {
    match lang {
        Language::English => Style { group: ',', decimal: '.', thousand: "k", million: "M" },
        Language::Swedish => Style { group: ' ', decimal: ',', thousand: "tusen", million: "milj." },
        Language::Danish => Style { group: '.', decimal: ',', thousand: "t.", million: "mio." },
    }
}

/// A short amount for tight places: 950 k, 18.4 M ("18,4 milj." in Swedish,
/// "18,4 mio." in Danish).
pub fn compact(v: f64) -> String {
    compact_in(i18n::language(), v)
}

/// What stands where a number is not one (NaN or infinity from a damaged
/// file): never "NaN", "inf" or a made-up 0.
pub const NOT_A_NUMBER: &str = "—";

pub fn compact_in(lang: Language, v: f64) -> String {
    if !v.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    // An empty sum is -0.0; nobody wants to read "-0".
    let v = v + 0.0;
    let s = style(lang);
    if v.abs() >= 1_000_000.0 {
        format!("{} {}", decimal_in(lang, v / 1_000_000.0, 1), s.million)
    } else if v.abs() >= 1_000.0 {
        format!("{} {}", grouped_in(lang, v / 1_000.0), s.thousand)
    } else {
        grouped_in(lang, v)
    }
}

/// An amount with the project's currency after it, when it has one.
pub fn in_currency(amount: String, currency: &str) -> String {
    if currency.trim().is_empty() { amount } else { format!("{amount} {}", currency.trim()) }
}

/// A whole number with the language's thousands separator: 18,400,000
/// (English), 18 400 000 (Swedish), 18.400.000 (Danish).
pub fn grouped(v: f64) -> String {
    grouped_in(i18n::language(), v)
}

pub fn grouped_in(lang: Language, v: f64) -> String {
    if !v.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let n = v.round() as i64;
    let digits = group_digits(&n.unsigned_abs().to_string(), style(lang).group);
    if n < 0 { format!("-{digits}") } else { digits }
}

/// A number with `places` decimals as the language writes it: 1,234.5 /
/// 1 234,5 / 1.234,5.
pub fn decimal(v: f64, places: usize) -> String {
    decimal_in(i18n::language(), v, places)
}

pub fn decimal_in(lang: Language, v: f64, places: usize) -> String {
    if !v.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let s = style(lang);
    let text = format!("{:.*}", places, v.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let sign = if v < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') { "-" } else { "" };
    let whole = group_digits(whole, s.group);
    if fraction.is_empty() { format!("{sign}{whole}") } else { format!("{sign}{whole}{}{fraction}", s.decimal) }
}

/// A number with as few decimals as show it exactly, between `min` and
/// `max` (15 / 15,5 / 15,25), as the language writes it.
pub fn decimal_shortest(v: f64, min: usize, max: usize) -> String {
    decimal_shortest_in(i18n::language(), v, min, max)
}

pub fn decimal_shortest_in(lang: Language, v: f64, min: usize, max: usize) -> String {
    let exact = |p: &usize| (v * 10f64.powi(i32::try_from(*p).unwrap_or(0))).fract().abs() < 1e-9;
    decimal_in(lang, v, (min..max).find(exact).unwrap_or(max))
}

fn group_digits(digits: &str, separator: char) -> String {
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

/// A date as the language writes it: 2026-11-24 (English, read the same by
/// British and American readers, and Swedish), 24.11.2026 (Danish). Files
/// keep ISO dates.
pub fn date(d: chrono::NaiveDate) -> String {
    date_in(i18n::language(), d)
}

pub fn date_in(lang: Language, d: chrono::NaiveDate) -> String {
    match lang {
        Language::English | Language::Swedish => d.format("%Y-%m-%d").to_string(),
        Language::Danish => d.format("%-d.%-m.%Y").to_string(),
    }
}

/// A date as a person types it: ISO (2026-05-31) in every language, or
/// day first with dots (31.5.2026) as Danish writes it.
pub fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    let t = text.trim();
    ["%Y-%m-%d", "%d.%m.%Y"].iter().find_map(|f| chrono::NaiveDate::parse_from_str(t, f).ok())
}

/// What a date field shows before anything is typed: the language's order.
pub fn date_hint() -> String {
    i18n::tr("date-hint")
}

/// The words under a date that is not one, with an example in the
/// language's own order.
pub fn not_a_date() -> String {
    let example = chrono::NaiveDate::from_ymd_opt(2026, 5, 31).map(date).unwrap_or_default();
    crate::t!("map-date-write-2026", example = example)
}

/// An amount as a person types it: "18 400 000", "18,400,000", "18.4 M",
/// "18,4 mn", "950 k", "1e6"; `None` when it is not one.
pub fn parse_amount(text: &str) -> Option<f64> {
    let t = text.trim().to_lowercase();
    let (number, factor) = match t.trim_end_matches('.').trim_end() {
        s if s.ends_with("milj") => (s.trim_end_matches("milj"), 1e6),
        s if s.ends_with("tusen") => (s.trim_end_matches("tusen"), 1e3),
        s if s.ends_with("mn") => (s.trim_end_matches("mn"), 1e6),
        s if s.ends_with("tn") => (s.trim_end_matches("tn"), 1e3),
        s if s.ends_with(" t") => (s.trim_end_matches('t'), 1e3),
        s if s.ends_with("mio") => (s.trim_end_matches("mio"), 1e6),
        s if s.ends_with('m') => (s.trim_end_matches('m'), 1e6),
        s if s.ends_with('k') => (s.trim_end_matches('k'), 1e3),
        s => (s, 1.0),
    };
    let compact: String = number.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    let plain = plain_number(&compact);
    plain.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| v * factor)
}

/// Digits with at most one kind of decimal mark: a separator followed by
/// other than three digits, or the last of two kinds ("1.234,5"), is the
/// decimal mark; the others group thousands.
fn plain_number(s: &str) -> String {
    let (commas, dots) = (s.matches(',').count(), s.matches('.').count());
    let decimal = match (commas, dots) {
        (0, 0) => None,
        (_, 0) => (commas == 1 && s.rsplit(',').next().is_some_and(|t| t.len() != 3)).then_some(','),
        (0, _) => (dots == 1 && s.rsplit('.').next().is_some_and(|t| t.len() != 3)).then_some('.'),
        _ => s.chars().rev().find(|c| *c == ',' || *c == '.'),
    };
    s.chars()
        .filter_map(|c| match c {
            ',' | '.' if Some(c) == decimal => Some('.'),
            ',' | '.' => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn decimals_as_few_as_show_the_number() {
        assert_eq!(decimal_shortest_in(Language::Danish, 15.0, 0, 1), "15");
        assert_eq!(decimal_shortest_in(Language::Danish, 15.5, 0, 1), "15,5");
        assert_eq!(decimal_shortest_in(Language::Swedish, 12.25, 0, 2), "12,25");
        assert_eq!(decimal_shortest_in(Language::English, -3.5, 1, 2), "-3.5");
        assert_eq!(parse_amount("15,5"), Some(15.5));
        assert_eq!(parse_amount("-3,5"), Some(-3.5));
    }

    #[test]
    fn dates_are_read_in_iso_and_day_first_with_dots() {
        let may31 = chrono::NaiveDate::from_ymd_opt(2026, 5, 31);
        assert_eq!(parse_date("2026-05-31"), may31);
        assert_eq!(parse_date(" 31.5.2026 "), may31);
        assert_eq!(parse_date("31.05.2026"), may31);
        assert_eq!(parse_date("5/31/2026"), None, "no guessing between day and month first");
        assert_eq!(parse_date("31.13.2026"), None);
    }

    use super::*;

    #[test]
    fn amounts_read_as_people_type_them() {
        for (typed, value) in [
            ("18 400 000", 18_400_000.0),
            ("18,400,000", 18_400_000.0),
            ("18.4 M", 18_400_000.0),
            ("18,4 mn", 18_400_000.0),
            ("18,4 milj.", 18_400_000.0),
            ("800 tusen", 800_000.0),
            ("18,4 mio.", 18_400_000.0),
            ("950 k", 950_000.0),
            ("1e6", 1_000_000.0),
            ("12", 12.0),
            ("18.400.000", 18_400_000.0),
            ("1.234,5", 1_234.5),
            ("1,234.5", 1_234.5),
            ("950 tn", 950_000.0),
        ] {
            assert_eq!(parse_amount(typed), Some(value), "{typed}");
        }
        assert_eq!(parse_amount("lots"), None);
        assert_eq!(parse_amount("inf"), None);
    }

    #[test]
    fn money_reads_like_a_person_writes_it() {
        let en = Language::English;
        assert_eq!(compact_in(en, -0.0), "0");
        assert_eq!(compact_in(en, 950_000.0), "950 k");
        assert_eq!(compact_in(en, 18_400_000.0), "18.4 M");
        assert_eq!(grouped_in(en, 18_400_000.0), "18,400,000");
        assert_eq!(grouped_in(en, -1_234.4), "-1,234");
        assert_eq!(grouped_in(en, 999.0), "999");
    }

    #[test]
    fn swedish_and_danish_write_numbers_their_own_way() {
        let (sv, da) = (Language::Swedish, Language::Danish);
        assert_eq!(compact_in(sv, 18_400_000.0), "18,4 milj.");
        assert_eq!(compact_in(da, 18_400_000.0), "18,4 mio.");
        assert_eq!(compact_in(sv, 950_000.0), "950 tusen");
        assert_eq!(grouped_in(sv, 18_400_000.0), "18 400 000");
        assert_eq!(grouped_in(da, 18_400_000.0), "18.400.000");
        assert_eq!(decimal_in(sv, 1_234.5, 1), "1 234,5");
        assert_eq!(decimal_in(da, 1_234.5, 1), "1.234,5");
        assert_eq!(decimal_in(Language::English, -0.04, 1), "0.0");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 4).expect("a date");
        assert_eq!(date_in(Language::English, day), "2026-11-04");
        assert_eq!(date_in(sv, day), "2026-11-04");
        assert_eq!(date_in(da, day), "4.11.2026");
    }

    #[test]
    fn what_each_language_writes_reads_back() {
        for lang in Language::ALL.iter().copied() {
            for v in [18_400_000.0, 950_000.0, 1_234.0, 12.0] {
                assert_eq!(parse_amount(&grouped_in(lang, v)), Some(v), "{lang:?} {v}");
            }
            assert_eq!(parse_amount(&compact_in(lang, 18_400_000.0)), Some(18_400_000.0), "{lang:?}");
            assert_eq!(parse_amount(&decimal_in(lang, 1_234.5, 1)), Some(1_234.5), "{lang:?}");
        }
    }
}
