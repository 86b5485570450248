//! Reading the text files a user hands crmctl (integration, apply, template,
//! mapping, event, payload and key files): a file that cannot be read is an
//! input error (exit 2), and one that is not UTF-8 is reported with the line,
//! column and byte offset of its first invalid byte, never its content.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Reads a file as UTF-8 text (a leading byte-order mark is dropped).
pub fn read(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::Input { path: path.to_path_buf(), source: e })?;
    decode(bytes, path)
}

/// Reads stdin as UTF-8 text; `label` names it in errors (`<stdin>`).
pub fn read_stdin(label: &str) -> Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes).map_err(|e| Error::Input { path: label.into(), source: e })?;
    decode(bytes, Path::new(label))
}

/// Checks bytes are UTF-8; the error names where the first bad byte is.
pub fn decode(bytes: Vec<u8>, path: &Path) -> Result<String> {
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let offset = e.utf8_error().valid_up_to();
        let (line, column) = position(bytes, offset);
        let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
        Error::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            message: format!(
                "the file is not UTF-8: byte 0x{:02x} at byte offset {offset} is not valid UTF-8{} (convert it, e.g. with `iconv -t UTF-8`)",
                bytes[offset],
                if utf16 { "; the file looks like UTF-16" } else { "" }
            ),
        }
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// A JSON parse error as `file:line:column: message`, the parser's own
/// trailing "at line L column C" dropped (the location is the prefix), and
/// a column of 0 (the parser's "at the line break") shown as 1.
pub fn json_error(e: &serde_json::Error, path: &Path, what: &str) -> Error {
    let full = e.to_string();
    let message = full.rsplit_once(" at line ").map_or(full.as_str(), |(m, _)| m);
    Error::Syntax {
        path: path.to_path_buf(),
        line: e.line() as u64,
        column: (e.column() as u64).max(1),
        message: format!("{what}{message}"),
    }
}

/// The 1-based line and column (in characters) of a byte offset into bytes
/// that are valid UTF-8 up to it.
fn position(bytes: &[u8], offset: usize) -> (u64, u64) {
    let before = &bytes[..offset];
    let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    let start = before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let column = std::str::from_utf8(&before[start..]).map_or(0, |s| s.chars().count()) as u64 + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_first_invalid_byte() {
        let e = decode(b"a: 1\nb: \xc3\xa9t\xe9\n".to_vec(), Path::new("f.yaml")).unwrap_err();
        match e {
            Error::Syntax { line, column, message, .. } => {
                assert_eq!((line, column), (2, 6));
                assert!(message.contains("byte 0xe9 at byte offset 11"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        assert!(decode(vec![0xff, 0xfe, b'a', 0], Path::new("f")).unwrap_err().to_string().contains("UTF-16"));
    }

    #[test]
    fn drops_a_byte_order_mark() {
        assert_eq!(decode(b"\xef\xbb\xbfkind: org".to_vec(), Path::new("f")).unwrap(), "kind: org");
    }
}
