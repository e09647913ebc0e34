//! Projects saved encrypted with a passphrase, in the age format (ASCII
//! armoured, so the file still travels as text), for laptops that travel.
//! Unencrypted stays the default: teams diff the file in git.
//!
//! The passphrase is never written anywhere. Once a file has been opened
//! or protected with it, this process remembers it for that path (and the
//! file's `.bak` and recovery copy), so saving, the watcher, merging and
//! recovery all go on encrypting. On the command line it comes from
//! `GAMBIT_PASSPHRASE`.

use age::secrecy::{ExposeSecret as _, SecretString};
use std::collections::HashMap;
use std::io::{Read as _, Write as _};
use std::sync::{Mutex, OnceLock};

/// Where the command line's passphrase comes from.
pub const ENV: &str = "GAMBIT_PASSPHRASE";
/// scrypt's work factor (2^16): about a tenth of a second a save here,
/// still some 60,000 times the work of a plain hash for each guess.
const WORK_FACTOR: u8 = 16;
/// The most a file may ask of the machine to open (2^22, as age allows).
const MAX_WORK_FACTOR: u8 = 22;

/// Why an encrypted file did not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// No passphrase is known for it.
    NoPassphrase,
    Wrong,
    /// Not a readable age file (cut short, edited, or not encrypted by a passphrase).
    Damaged(String),
}

fn keyring() -> &'static Mutex<HashMap<String, SecretString>> {
    static KEYS: OnceLock<Mutex<HashMap<String, SecretString>>> = OnceLock::new();
    KEYS.get_or_init(Mutex::default)
}

/// Remembers the passphrase for the file `source` names (its path as shown).
pub fn remember(source: &str, passphrase: &str) {
    if let Ok(mut k) = keyring().lock() {
        k.insert(source.to_owned(), SecretString::from(passphrase.to_owned()));
    }
}

/// Forgets it: the file is saved in the clear from now on.
pub fn forget(source: &str) {
    if let Ok(mut k) = keyring().lock() {
        k.remove(source);
    }
}

/// The passphrase known for `source`, else the command line's.
fn passphrase(source: &str) -> Option<SecretString> {
    let known = keyring().lock().ok().and_then(|k| k.get(source).cloned());
    known.or_else(|| std::env::var(ENV).ok().filter(|p| !p.is_empty()).map(SecretString::from))
}

/// Whether the file at `source` is saved encrypted.
pub fn is_protected(source: &str) -> bool {
    keyring().lock().is_ok_and(|k| k.contains_key(source))
}

/// Whether `bytes` are an age file (armoured or binary).
pub fn is_sealed(bytes: &[u8]) -> bool {
    let start = bytes.trim_ascii_start();
    start.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----") || start.starts_with(b"age-encryption.org/")
}

/// The text of an encrypted file; remembers the passphrase that opened it.
pub fn open(bytes: &[u8], source: &str) -> Result<Vec<u8>, OpenError> {
    let pass = passphrase(source).ok_or(OpenError::NoPassphrase)?;
    let reader = age::armor::ArmoredReader::new(bytes);
    let decryptor = age::Decryptor::new(reader).map_err(|e| OpenError::Damaged(e.to_string()))?;
    if !decryptor.is_scrypt() {
        return Err(OpenError::Damaged(crate::i18n::tr("crypt-not-passphrase")));
    }
    let mut identity = age::scrypt::Identity::new(pass.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut plain = Vec::new();
    match decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)) {
        Ok(mut r) => r.read_to_end(&mut plain).map_err(|e| OpenError::Damaged(e.to_string()))?,
        Err(age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys) => return Err(OpenError::Wrong),
        Err(e) => return Err(OpenError::Damaged(e.to_string())),
    };
    remember(source, pass.expose_secret());
    Ok(plain)
}

/// `text` encrypted for the file at `source`, when a passphrase is
/// remembered for it; `None` when it is saved in the clear.
pub fn seal_for(source: &str, text: &[u8]) -> Option<std::io::Result<Vec<u8>>> {
    let pass = keyring().lock().ok()?.get(source).cloned()?;
    Some(seal(text, pass))
}

fn seal(text: &[u8], pass: SecretString) -> std::io::Result<Vec<u8>> {
    let mut recipient = age::scrypt::Recipient::new(pass);
    recipient.set_work_factor(WORK_FACTOR);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let mut out = Vec::with_capacity(text.len() * 4 / 3 + 512);
    let armor = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor)?;
    let mut w = encryptor.wrap_output(armor)?;
    w.write_all(text)?;
    w.finish()?.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_text_opens_with_its_passphrase_only() {
        remember("t1.kam", "correct horse");
        let sealed = seal_for("t1.kam", b"(format_version: 6)").expect("protected").expect("sealed");
        assert!(is_sealed(&sealed) && !sealed.windows(14).any(|w| w == b"format_version"));
        assert_eq!(open(&sealed, "t1.kam").expect("opens"), b"(format_version: 6)");
        remember("t2.kam", "wrong horse");
        assert_eq!(open(&sealed, "t2.kam"), Err(OpenError::Wrong));
        let cut = &sealed[..sealed.len() / 2];
        assert!(matches!(open(cut, "t1.kam"), Err(OpenError::Damaged(_))));
    }
}
