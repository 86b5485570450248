use zeroize::Zeroizing;

/// A secret value: a credential, a token, a passphrase.
///
/// Deliberately not `Clone`, `Debug`, `Display` or `Serialize`, so it cannot
/// reach output, logs or errors by accident; zeroized on drop. The one way to
/// read it is the loudly named [`Secret::expose_secret`].
pub struct Secret(Zeroizing<String>);

impl Secret {
    pub fn new(value: String) -> Self {
        Secret(Zeroizing::new(value))
    }

    /// The plaintext. Call it only where the value must leave the process
    /// (an HTTP request) or be sealed.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The display form: `****` and, for values long enough that it gives
    /// nothing away, the last four characters (`****abcd`).
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        if chars.len() >= 12 {
            let tail: String = chars[chars.len() - 4..].iter().collect();
            format!("****{tail}")
        } else {
            "****".to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_long_values_to_last_four() {
        assert_eq!(Secret::new("sk_live_0123456789abcd".into()).masked(), "****abcd");
    }

    #[test]
    fn masks_short_values_completely() {
        assert_eq!(Secret::new("hunter2".into()).masked(), "****");
    }
}
