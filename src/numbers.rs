//! How amounts of money read, in the window and in every export: one rule
//! each, so the matrix on screen and the plan on paper agree.

/// A short amount for tight places: 950 k, 18.4 M.
pub fn compact(v: f64) -> String {
    // An empty sum is -0.0; nobody wants to read "-0".
    let v = v + 0.0;
    if v >= 1_000_000.0 {
        format!("{:.1} M", v / 1_000_000.0)
    } else if v >= 1_000.0 {
        format!("{:.0} k", v / 1_000.0)
    } else {
        format!("{v:.0}")
    }
}

/// An amount with the project's currency after it, when it has one.
pub fn in_currency(amount: String, currency: &str) -> String {
    if currency.trim().is_empty() { amount } else { format!("{amount} {}", currency.trim()) }
}

/// A whole number with spaces between thousands: 18 400 000.
pub fn grouped(v: f64) -> String {
    let n = v.round() as i64;
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(ch);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// An amount as a person types it: "18 400 000", "18,400,000", "18.4 M",
/// "18,4 mn", "950 k", "1e6"; `None` when it is not one.
pub fn parse_amount(text: &str) -> Option<f64> {
    let t = text.trim().to_lowercase();
    let (number, factor) = match t.trim_end_matches('.').trim_end() {
        s if s.ends_with("mn") => (s.trim_end_matches("mn"), 1e6),
        s if s.ends_with("mio") => (s.trim_end_matches("mio"), 1e6),
        s if s.ends_with('m') => (s.trim_end_matches('m'), 1e6),
        s if s.ends_with('k') => (s.trim_end_matches('k'), 1e3),
        s => (s, 1.0),
    };
    let compact: String = number.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    // One separator followed by other than three digits is a decimal mark
    // ("18,4"); otherwise commas group thousands ("18,400,000").
    let decimal_comma = compact.matches(',').count() == 1
        && !compact.contains('.')
        && compact.rsplit(',').next().is_some_and(|tail| tail.len() != 3);
    let plain = if decimal_comma { compact.replace(',', ".") } else { compact.replace(',', "") };
    plain.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| v * factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_as_people_type_them() {
        for (typed, value) in [
            ("18 400 000", 18_400_000.0),
            ("18,400,000", 18_400_000.0),
            ("18.4 M", 18_400_000.0),
            ("18,4 mn", 18_400_000.0),
            ("18,4 mio.", 18_400_000.0),
            ("950 k", 950_000.0),
            ("1e6", 1_000_000.0),
            ("12", 12.0),
        ] {
            assert_eq!(parse_amount(typed), Some(value), "{typed}");
        }
        assert_eq!(parse_amount("lots"), None);
        assert_eq!(parse_amount("inf"), None);
    }

    #[test]
    fn money_reads_like_a_person_writes_it() {
        assert_eq!(compact(-0.0), "0");
        assert_eq!(compact(950_000.0), "950 k");
        assert_eq!(compact(18_400_000.0), "18.4 M");
        assert_eq!(grouped(18_400_000.0), "18 400 000");
        assert_eq!(grouped(-1_234.4), "-1 234");
        assert_eq!(grouped(999.0), "999");
    }
}
