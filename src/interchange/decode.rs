//! Text exports as CRMs and Excel write them: UTF-8 with or without a byte
//! order mark, UTF-16 ("Unicode text"), or Windows-1252 (Excel's CSV on a
//! Swedish or Danish Windows).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The encoding a text was read in, for the import report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    /// UTF-8 with a few stray bytes (a name typed in another program),
    /// each read as Windows-1252.
    Utf8Mended,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl TextEncoding {
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Utf8 => "text-encoding-utf8",
            Self::Utf8Mended => "text-encoding-utf8-mended",
            Self::Utf16Le | Self::Utf16Be => "text-encoding-utf16-be",
            Self::Windows1252 => "text-encoding-windows1252",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(self.label_id())
    }
}

/// Decodes bytes: a byte order mark decides; else zero bytes in every
/// other position mean UTF-16; else valid UTF-8; else Windows-1252, which
/// every byte sequence is. Returns `Err(byte offset)` when the result holds
/// binary data (NUL or many control characters), which no export does.
pub fn decode(bytes: &[u8]) -> Result<(String, TextEncoding), usize> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (String::from_utf8_lossy(rest).into_owned(), TextEncoding::Utf8)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (with(UTF_16LE, rest), TextEncoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (with(UTF_16BE, rest), TextEncoding::Utf16Be)
    } else if let Some(le) = utf16_without_mark(bytes) {
        if le { (with(UTF_16LE, bytes), TextEncoding::Utf16Le) } else { (with(UTF_16BE, bytes), TextEncoding::Utf16Be) }
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), TextEncoding::Utf8),
            Err(_) => match mended_utf8(bytes) {
                Some(text) => (text, TextEncoding::Utf8Mended),
                None => (with(WINDOWS_1252, bytes), TextEncoding::Windows1252),
            },
        }
    };
    match binary_at(&text) {
        Some(at) => Err(at),
        None => Ok((text, encoding)),
    }
}

/// UTF-8 with stray bytes: when the text holds more well-formed multi-byte
/// UTF-8 characters than bytes that are not UTF-8, it is UTF-8 and each
/// stray byte is read as Windows-1252 (so "Köp" stays "Köp" around one
/// "é" typed elsewhere). `None` when it does not look like UTF-8 at all.
fn mended_utf8(mut bytes: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(bytes.len());
    let (mut wide, mut stray) = (0usize, 0usize);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(rest) => {
                wide += rest.chars().filter(|c| c.len_utf8() > 1).count();
                out.push_str(rest);
                break;
            }
            Err(e) => {
                let (good, after) = bytes.split_at(e.valid_up_to());
                let good = std::str::from_utf8(good).ok()?;
                wide += good.chars().filter(|c| c.len_utf8() > 1).count();
                out.push_str(good);
                let n = e.error_len().unwrap_or(after.len()).max(1);
                out.push_str(&with(WINDOWS_1252, &after[..n]));
                stray += n;
                bytes = &after[n..];
            }
        }
    }
    (wide > stray).then_some(out)
}

fn with(encoding: &'static Encoding, bytes: &[u8]) -> String {
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// UTF-16 without a byte order mark: in the first kilobyte, most odd
/// bytes are zero (little-endian ASCII) or most even ones are. `Some(true)`
/// for little-endian.
fn utf16_without_mark(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(1024) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let zero_odd = head.chunks_exact(2).filter(|p| p[1] == 0 && p[0] != 0).count();
    let zero_even = head.chunks_exact(2).filter(|p| p[0] == 0 && p[1] != 0).count();
    if zero_odd * 10 >= pairs * 9 {
        Some(true)
    } else if zero_even * 10 >= pairs * 9 {
        Some(false)
    } else {
        None
    }
}

/// Where the text stops looking like text: the first NUL, or the first
/// control character once more than one in a hundred characters of the
/// first 64 KiB are controls other than tab, line feed and carriage return.
fn binary_at(text: &str) -> Option<usize> {
    if let Some(at) = text.find('\0') {
        return Some(at);
    }
    let odd = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    let head: Vec<(usize, char)> = text.char_indices().take(65_536).collect();
    let controls = head.iter().filter(|(_, c)| odd(*c)).count();
    if controls * 100 > head.len().max(1) {
        return head.iter().find(|(_, c)| odd(*c)).map(|(at, _)| *at);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_encoding_an_export_comes_in() {
        let name = "Förnamn;Åsa Öberg;Søren Ærø";
        let (t, e) = decode(name.as_bytes()).expect("utf-8");
        assert_eq!((t.as_str(), e), (name, TextEncoding::Utf8));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(name.as_bytes());
        assert_eq!(decode(&bom).expect("utf-8 bom").0, name);
        let (cp, _, _) = WINDOWS_1252.encode(name);
        let (t, e) = decode(&cp).expect("1252");
        assert_eq!((t.as_str(), e), (name, TextEncoding::Windows1252));
        let mut le = vec![0xFF, 0xFE];
        le.extend(name.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).expect("utf-16").0, name);
        let bare: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&bare).expect("utf-16 without mark"), (name.to_owned(), TextEncoding::Utf16Le));
        let be: Vec<u8> = name.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).expect("utf-16 be without mark").0, name);
    }

    #[test]
    fn utf8_with_one_stray_windows_byte_stays_utf8() {
        let mut bytes = "Namn\nKöp Åsa\nSøren\n".as_bytes().to_vec();
        bytes.extend_from_slice(b"Caf\xE9\n");
        let (t, e) = decode(&bytes).expect("reads");
        assert_eq!(t, "Namn\nKöp Åsa\nSøren\nCafé\n");
        assert_eq!(e, TextEncoding::Utf8Mended);
        // Windows-1252 throughout is still read as such.
        let (cp, _, _) = WINDOWS_1252.encode("Köp;Åsa;Søren");
        assert_eq!(decode(&cp).expect("1252"), ("Köp;Åsa;Søren".to_owned(), TextEncoding::Windows1252));
    }

    #[test]
    fn binary_data_is_refused_with_where() {
        let mut bytes = b"Name,Title\nAnna,CFO\n".to_vec();
        bytes.extend_from_slice(&[0x00, 0x01, 0x02]);
        assert_eq!(decode(&bytes), Err(20));
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        assert!(decode(&png).is_err());
    }
}
