//! Comparing texts the way people mistype them.

/// The number of single-character insertions, deletions and substitutions
/// that turn `a` into `b` (Levenshtein), counted in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The account called `name`: the exact stored name first, then ignoring
/// spaces around either, then ignoring case.
pub fn account_named<'a>(project: &'a crate::model::Project, name: &str) -> Option<&'a crate::model::Account> {
    let accounts = &project.accounts;
    let folded = |s: &str| s.trim().to_lowercase();
    accounts
        .iter()
        .find(|a| a.name == name)
        .or_else(|| accounts.iter().find(|a| a.name.trim() == name.trim()))
        .or_else(|| accounts.iter().find(|a| folded(&a.name) == folded(name)))
}

/// The `n` account names nearest to `name` (fewest edits, ignoring case).
pub fn closest_account_names<'a>(project: &'a crate::model::Project, name: &str, n: usize) -> Vec<&'a str> {
    let wanted = name.trim().to_lowercase();
    let mut names: Vec<&str> = project.accounts.iter().map(|a| a.name.as_str()).collect();
    names.sort_by_key(|x| edit_distance(&x.trim().to_lowercase(), &wanted));
    names.truncate(n);
    names
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn counts_the_edits_between_two_names() {
        assert_eq!(edit_distance("nordvik", "nordvik"), 0);
        assert_eq!(edit_distance("nordvk", "nordvik"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("Åberg", "Aberg"), 1, "by characters, not bytes");
    }
}
