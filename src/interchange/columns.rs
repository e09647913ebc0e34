//! Which column holds what: matched by the names CRMs and spreadsheets
//! give their columns, in English, Swedish and Danish.

/// What a column can hold for an imported contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum Field {
    FullName,
    FirstName,
    LastName,
    Title,
    Company,
    Department,
    Email,
    Phone,
    ReportsTo,
    Owner,
    Level,
    Piece,
    Stance,
    Influence,
    Notes,
}

impl Field {
    /// Every one, in the order declared (derived: a new one is never missed).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// English label; also the column name Gambit's own export writes.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::FullName => "field-full-name",
            Self::FirstName => "field-first-name",
            Self::LastName => "field-last-name",
            Self::Title => "field-title",
            Self::Company => "field-company",
            Self::Department => "field-department",
            Self::Email => "field-email",
            Self::Phone => "field-phone",
            Self::ReportsTo => "field-reports-to",
            Self::Owner => "field-owner",
            Self::Level => "field-level",
            Self::Piece => "field-piece",
            Self::Stance => "field-stance",
            Self::Influence => "field-influence",
            Self::Notes => "field-notes",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }

    /// Column names that mean this field, as `key` normalises them.
    #[expect(clippy::too_many_lines, reason = "a table: the names each field goes by, in three languages")]
    fn names(self) -> &'static [&'static str] {
        match self {
            Self::FullName => &[
                "fullname",
                "name",
                "contactname",
                "contact",
                "contactfullname",
                "namn",
                "fullständigtnamn",
                "kontaktperson",
                "kontakt",
                "navn",
                "fuldtnavn",
                "fuldenavn",
            ],
            Self::FirstName => &["firstname", "givenname", "forename", "förnamn", "tilltalsnamn", "fornavn"],
            Self::LastName => &["lastname", "surname", "familyname", "efternamn", "efternavn"],
            Self::Title => &[
                "title",
                "jobtitle",
                "position",
                "jobposition",
                "titel",
                "befattning",
                "yrkestitel",
                "roll",
                "stilling",
                "jobtitel",
                "stillingsbetegnelse",
            ],
            Self::Company => &[
                "company",
                "companyname",
                "accountname",
                "account",
                "organization",
                "organisation",
                "organizationname",
                "associatedcompany",
                "parentcustomer",
                "företag",
                "företagsnamn",
                "bolag",
                "kund",
                "virksomhed",
                "firma",
                "firmanavn",
                "kunde",
                "selskab",
            ],
            Self::Department => &[
                "department",
                "division",
                "businessunit",
                "unit",
                "avdelning",
                "enhet",
                "affärsområde",
                "afdeling",
                "enhed",
                "forretningsenhed",
            ],
            Self::Email => &[
                "email",
                "emailaddress",
                "mail",
                "workemail",
                "businessemail",
                "primaryemail",
                "epost",
                "epostadress",
                "mejl",
                "mejladress",
                "emailadresse",
                "mailadresse",
            ],
            Self::Phone => &[
                "phone",
                "phonenumber",
                "telephone",
                "businessphone",
                "workphone",
                "mobile",
                "mobilephone",
                "mobilephonenumber",
                "phone1",
                "telefon",
                "telefonnummer",
                "mobil",
                "mobiltelefon",
                "mobilnummer",
                "arbetstelefon",
                "tlf",
                "tlfnr",
                "telefonnr",
            ],
            Self::ReportsTo => &[
                "reportsto",
                "manager",
                "managername",
                "reportstoname",
                "reportstofullname",
                "supervisor",
                "boss",
                "chef",
                "närmastechef",
                "rapporterartill",
                "överordnad",
                "leder",
                "nærmesteleder",
                "chefen",
                "rapportererttil",
                "rapporterertil",
                "overordnet",
            ],
            Self::Owner => &[
                "contactowner",
                "owner",
                "ownername",
                "recordowner",
                "accountowner",
                "hubspotowner",
                "salesrep",
                "accountmanager",
                "kontaktägare",
                "ägare",
                "ansvarig",
                "kontaktansvarig",
                "säljare",
                "ejer",
                "kontaktejer",
                "ansvarlig",
                "kundeansvarlig",
                "sælger",
            ],
            Self::Level => &["level", "nivå", "niveau"],
            Self::Piece => &["piece", "pjäs", "brik"],
            Self::Stance => &["stance", "hållning", "holdning"],
            Self::Influence => &["influence", "inflytande", "indflydelse"],
            Self::Notes => &[
                "notes",
                "note",
                "description",
                "comments",
                "comment",
                "anteckningar",
                "anteckning",
                "noteringar",
                "beskrivning",
                "kommentar",
                "kommentarer",
                "noter",
                "note",
                "bemærkninger",
                "beskrivelse",
            ],
        }
    }
}

impl Field {
    /// Whether `k` (a header's key) is the column name Gambit's own export
    /// writes for this field in any of its languages.
    fn exported_as(self, k: &str) -> bool {
        crate::i18n::Language::ALL.iter().any(|l| key(&crate::i18n::tr_in(*l, self.label_id())) == k)
    }
}

/// A column header as the matcher compares it: lower case, letters and
/// digits only ("E-mail Address" -> "emailaddress", "`Job_Title`" -> "jobtitle").
pub fn key(header: &str) -> String {
    header.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// For each column, the field it holds, or `None` to leave it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapping(pub Vec<Option<Field>>);

impl Mapping {
    /// The guess from the headers: each field goes to the first column
    /// that names it; other columns are left out.
    pub fn guess(headers: &[String]) -> Self {
        let mut taken = Vec::new();
        let columns = headers
            .iter()
            .map(|h| {
                let k = key(h);
                let field = Field::ALL
                    .iter()
                    .copied()
                    .find(|f| {
                        f.names().contains(&k.as_str())
                            || f.exported_as(&k)
                            || (*f == Field::ReportsTo && k.starts_with("reportsto"))
                    })
                    .filter(|f| !taken.contains(f));
                taken.extend(field);
                field
            })
            .collect();
        Self(columns)
    }

    /// The column that holds `field`, if any.
    pub fn column(&self, field: Field) -> Option<usize> {
        self.0.iter().position(|f| *f == Some(field))
    }

    /// Why these columns cannot make contacts, if they cannot.
    pub fn missing_name(&self, headers: &[String]) -> Option<String> {
        let named = [Field::FullName, Field::FirstName, Field::LastName].iter().any(|f| self.column(*f).is_some());
        (!named).then(|| {
            let shown: Vec<String> = headers.iter().map(|h| format!("\"{h}\"")).collect();
            crate::t!("import-no-name-column", columns = shown.join(", "))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess(headers: &[&str]) -> Vec<Option<Field>> {
        Mapping::guess(&headers.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>()).0
    }

    #[test]
    fn crm_and_nordic_names_are_matched() {
        use Field as F;
        assert_eq!(
            guess(&["First Name", "Last Name", "Job Title", "Account Name", "E-mail", "Reports To: Full Name"]),
            vec![
                Some(F::FirstName),
                Some(F::LastName),
                Some(F::Title),
                Some(F::Company),
                Some(F::Email),
                Some(F::ReportsTo)
            ]
        );
        assert_eq!(
            guess(&["Förnamn", "Efternamn", "Titel", "Avdelning", "E-post", "Chef", "Kontaktägare"]),
            vec![
                Some(F::FirstName),
                Some(F::LastName),
                Some(F::Title),
                Some(F::Department),
                Some(F::Email),
                Some(F::ReportsTo),
                Some(F::Owner)
            ]
        );
        assert_eq!(
            guess(&["Fornavn", "Efternavn", "Stilling", "Afdeling", "Leder", "Tlf."]),
            vec![
                Some(F::FirstName),
                Some(F::LastName),
                Some(F::Title),
                Some(F::Department),
                Some(F::ReportsTo),
                Some(F::Phone)
            ]
        );
    }

    #[test]
    fn look_alikes_and_second_columns_are_left_out() {
        use Field as F;
        assert_eq!(
            guess(&["Name", "Email", "Email Opt Out", "Phone", "Mobile", "Record Id"]),
            vec![Some(F::FullName), Some(F::Email), None, Some(F::Phone), None, None]
        );
    }

    #[test]
    fn without_a_name_column_it_says_which_columns_there_are() {
        let headers = vec!["Email".to_owned(), "Phone".to_owned()];
        let why = Mapping::guess(&headers).missing_name(&headers).expect("no name column");
        assert!(why.contains("\"Email\", \"Phone\""), "{why}");
    }
}
