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

#[cfg(test)]
mod tests {
    use super::*;

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
