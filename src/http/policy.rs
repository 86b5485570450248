//! The outbound policy: where a request may go, what follows a redirect, how
//! much of a response is read. Every request crmctl makes goes through the
//! one client in this module's parent, so credentials stay with their
//! origin: a redirect to another origin (or a downgrade to http) is refused,
//! a next-page URL on another origin is refused, and every URL a provider
//! hands back must pass the https rule. Never prints.

use std::net::IpAddr;

/// Default cap on one response body: ample for real APIs, bounded memory.
pub const DEFAULT_MAX_RESPONSE: u64 = 64 * 1024 * 1024;
/// Environment variable that changes the cap (bytes, or with K/M/G suffix).
pub const MAX_RESPONSE_ENV: &str = "CRMCTL_MAX_RESPONSE";
/// Default cap on pages in one listing run.
pub const DEFAULT_MAX_PAGES: u64 = 10_000;
/// Environment variable that changes the page cap.
pub const MAX_PAGES_ENV: &str = "CRMCTL_MAX_PAGES";
/// Default cap on items (articles, records) in one listing run.
pub const DEFAULT_MAX_ITEMS: u64 = 10_000_000;
/// Environment variable that changes the item cap.
pub const MAX_ITEMS_ENV: &str = "CRMCTL_MAX_ITEMS";
/// Redirects followed (same origin only).
pub const MAX_REDIRECTS: usize = 5;

/// The scheme, host and port of a URL (`https://a.example:443`), or None
/// for a URL without a host.
pub fn origin(u: &url::Url) -> Option<String> {
    let host = u.host_str()?;
    Some(format!("{}://{}:{}", u.scheme(), host.to_ascii_lowercase(), u.port_or_known_default()?))
}

/// Whether two URLs share scheme, host and port.
pub fn same_origin(a: &url::Url, b: &url::Url) -> bool {
    matches!((origin(a), origin(b)), (Some(x), Some(y)) if x == y)
}

/// Loopback hosts (127.0.0.0/8, ::1, localhost), where plain http is allowed.
pub fn is_loopback(u: &url::Url) -> bool {
    match u.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// The checks every URL passes before it is stored or used, on its raw text
/// (the URL parser silently drops tabs and newlines, so they are looked for
/// first): no control characters, no userinfo.
pub fn check_url_text(value: &str) -> Result<(), String> {
    check_controls(value)?;
    match url::Url::parse(value) {
        Ok(u) => check_userinfo(&u),
        Err(_) => Ok(()),
    }
}

fn check_controls(value: &str) -> Result<(), String> {
    match value.char_indices().find(|(_, c)| c.is_control()) {
        Some((i, c)) => Err(format!("the URL has a control character ({}) at byte {i}", c.escape_default())),
        None => Ok(()),
    }
}

fn check_userinfo(u: &url::Url) -> Result<(), String> {
    if !u.username().is_empty() || u.password().is_some() {
        return Err("the URL holds a user name or password; credentials belong in the integration's secret fields (crmctl keeps them sealed), never in a URL".into());
    }
    Ok(())
}

/// The https rule for a URL a provider hands back (`instance_url`,
/// `api_domain`, a next-page URL): https, or http only on loopback; and the
/// text checks above.
pub fn check_https(value: &str) -> Result<url::Url, String> {
    // The text checks of [`check_url_text`], on one parse (this runs for
    // every request).
    check_controls(value)?;
    let u = url::Url::parse(value).map_err(|e| format!("not a URL ({e})"))?;
    check_userinfo(&u)?;
    match u.scheme() {
        "https" if u.host().is_some() => Ok(u),
        "http" if is_loopback(&u) => Ok(u),
        "http" => Err("plain http is allowed only on loopback hosts; credentials would travel unencrypted".into()),
        s => Err(format!("the scheme {s}: is not allowed (https only)")),
    }
}

/// Where one integration's credentials may be sent: the origin of its base
/// URL, of the API host its token response named (`instance_url`,
/// `api_domain`, itself through the https rule), and the origins its
/// template lists under `origins:`. [`Origins::check`] is the one decision,
/// made for every request an integration's template builds, whatever
/// credential it carries (auth headers, `X-Api-Key`, `api_access_token`,
/// custom headers, query keys, cookies, secrets in the body).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origins {
    list: Vec<String>,
}

impl Origins {
    pub fn new() -> Self {
        Origins::default()
    }

    /// Allows the origin of `url`, which must pass the https rule.
    pub fn allow(&mut self, url: &str) -> Result<(), String> {
        let u = check_https(url)?;
        let o = origin(&u).ok_or_else(|| "the URL has no host".to_string())?;
        if !self.list.contains(&o) {
            self.list.push(o);
        }
        Ok(())
    }

    /// Whether credentials may go to `u`.
    pub fn allows(&self, u: &url::Url) -> bool {
        origin(u).is_some_and(|o| self.list.contains(&o))
    }

    /// The allowed origins, for messages.
    pub fn list(&self) -> &[String] {
        &self.list
    }

    fn names(&self) -> String {
        if self.list.is_empty() { "none".into() } else { self.list.join(", ") }
    }

    /// The one decision: a request (with whatever credentials the
    /// integration's template gives it) may go to `url` only when the URL
    /// passes the https rule and is on one of the allowed origins. The
    /// error names the origins, never the path or query, which may hold a
    /// key.
    pub fn check(&self, url: &str) -> Result<url::Url, String> {
        let u = check_https(url)?;
        if !self.allows(&u) {
            return Err(format!(
                "{} is not one of the integration's origins ({}); credentials stay with their origin, so nothing was sent (a template lists further hosts under `origins:`)",
                origin(&u).unwrap_or_else(|| "a URL without a host".into()),
                self.names()
            ));
        }
        Ok(u)
    }

    /// A next-page URL a provider handed back: followed (and kept as the
    /// resume point) only when [`Origins::check`] allows it.
    pub fn check_next(&self, next: &str) -> Result<(), String> {
        self.check(next).map(|_| ()).map_err(|e| format!("the provider's next-page URL was refused: {e}"))
    }
}

/// A next-page URL may be followed with the credentials only when it is on
/// the origin of `base` and passes the https rule.
pub fn check_next_url(base: &str, next: &str) -> Result<(), String> {
    let mut o = Origins::new();
    o.allow(base).map_err(|e| format!("the base URL: {e}"))?;
    o.check_next(next)
}

/// An entry of a template's `origins:` list: an https (or loopback http)
/// origin with no path, query or credentials.
pub fn check_origin_entry(value: &str) -> Result<(), String> {
    let u = check_https(value)?;
    if !(u.path().is_empty() || u.path() == "/") || u.query().is_some() || u.fragment().is_some() {
        return Err(format!("'{value}' is not an origin: give scheme, host and port only (https://api.example.com)"));
    }
    Ok(())
}

/// The redirect policy of the one client: same-origin redirects are
/// followed (up to [`MAX_REDIRECTS`]); one to another origin, or from https
/// to http, is refused with an error naming both origins (never the path or
/// query, which may hold a key).
pub fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let Some(prev) = attempt.previous().last().cloned() else {
            return attempt.follow();
        };
        if attempt.previous().len() > MAX_REDIRECTS {
            return attempt.error(format!("more than {MAX_REDIRECTS} redirects"));
        }
        if same_origin(&prev, attempt.url()) {
            return attempt.follow();
        }
        let msg = format!(
            "refused a redirect from {} to another origin ({}): credentials stay with their origin; point the base URL at the final host",
            origin(&prev).unwrap_or_default(),
            origin(attempt.url()).unwrap_or_else(|| "a URL without a host".into())
        );
        attempt.error(msg)
    })
}

/// Parses a size: bytes, or a number with K, M or G (binary units).
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    // `64MiB` and `64MB` mean `64M`.
    let lower = s.to_ascii_lowercase();
    let s = if lower.ends_with("ib") && s.len() > 2 {
        &s[..s.len() - 2]
    } else if lower.ends_with('b') && s.len() > 1 && lower[..lower.len() - 1].ends_with(['k', 'm', 'g']) {
        &s[..s.len() - 1]
    } else {
        s
    };
    let (num, mult) = match s.char_indices().last()? {
        (i, 'k' | 'K') => (&s[..i], 1u64 << 10),
        (i, 'm' | 'M') => (&s[..i], 1 << 20),
        (i, 'g' | 'G') => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    num.trim().parse::<u64>().ok()?.checked_mul(mult).filter(|n| *n > 0)
}

/// The response body cap: `CRMCTL_MAX_RESPONSE` when set and valid, else
/// the default.
pub fn max_response() -> u64 {
    std::env::var(MAX_RESPONSE_ENV).ok().and_then(|v| parse_size(&v)).unwrap_or(DEFAULT_MAX_RESPONSE)
}

/// The caps of one command's requests and listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of one response body.
    pub max_response: u64,
    /// Pages in one listing run.
    pub max_pages: u64,
    /// Items in one listing run.
    pub max_items: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_response: DEFAULT_MAX_RESPONSE, max_pages: DEFAULT_MAX_PAGES, max_items: DEFAULT_MAX_ITEMS }
    }
}

impl Limits {
    /// The defaults, changed by the environment variables where they are set.
    pub fn from_env() -> Self {
        let n = |var: &str| std::env::var(var).ok().and_then(|v| v.trim().parse::<u64>().ok()).filter(|n| *n > 0);
        Limits {
            max_response: max_response(),
            max_pages: n(MAX_PAGES_ENV).unwrap_or(DEFAULT_MAX_PAGES),
            max_items: n(MAX_ITEMS_ENV).unwrap_or(DEFAULT_MAX_ITEMS),
        }
    }
}

/// The error for a body over the cap.
pub fn too_large(limit: u64) -> String {
    format!("the response body is larger than the limit of {limit} bytes; raise it with --max-response or {MAX_RESPONSE_ENV} (e.g. {MAX_RESPONSE_ENV}=256M) if the provider really sends that much")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> url::Url {
        url::Url::parse(s).unwrap()
    }

    #[test]
    fn origins() {
        assert!(same_origin(&u("https://a.example/x"), &u("https://A.example:443/y?z")));
        assert!(!same_origin(&u("https://a.example"), &u("http://a.example")));
        assert!(!same_origin(&u("https://a.example"), &u("https://a.example:8443")));
        assert!(!same_origin(&u("https://a.example"), &u("https://a.example.evil.com")));
        assert!(!same_origin(&u("http://127.0.0.1:1"), &u("http://127.0.0.1:2")));
    }

    #[test]
    fn url_text_checks() {
        assert!(check_url_text("https://a.example/x").is_ok());
        let e = check_url_text("https://user:pw@a.example").unwrap_err();
        assert!(e.contains("secret fields"), "{e}");
        assert!(check_url_text("https://user@a.example").is_err());
        assert!(check_url_text("https://a.example/\nX-Injected: 1").unwrap_err().contains("control character"));
        assert!(check_url_text("https://a.example/\t").is_err());
        assert!(check_url_text("https://a.example/\u{1b}[31m").is_err());
    }

    #[test]
    fn https_rule() {
        assert!(check_https("https://na1.salesforce.com").is_ok());
        assert!(check_https("http://127.0.0.1:9/x").is_ok());
        assert!(check_https("http://[::1]:9/x").is_ok());
        assert!(check_https("http://na1.salesforce.com").is_err());
        assert!(check_https("http://localhost.evil.com").is_err());
        assert!(check_https("javascript:alert(1)").is_err());
        assert!(check_https("file:///etc/passwd").is_err());
    }

    #[test]
    fn next_urls() {
        let base = "https://acme.zendesk.com/api/v2";
        assert!(check_next_url(base, "https://acme.zendesk.com/api/v2/x?page=2").is_ok());
        assert!(check_next_url(base, "https://evil.example/api/v2/x").unwrap_err().contains("not one of the integration's origins"));
        assert!(check_next_url(base, "http://acme.zendesk.com/api/v2/x").is_err());
        assert!(check_next_url(base, "https://u:p@acme.zendesk.com/x").is_err());
        assert!(check_next_url("http://127.0.0.1:5", "http://127.0.0.1:6/x").is_err());
        assert!(check_next_url(base, "ftp://acme.zendesk.com/x").is_err());
        assert!(check_next_url(base, "https://acme.zendesk.com:8443/x").is_err());
    }

    #[test]
    fn origins_decide_for_every_request() {
        let mut o = Origins::new();
        o.allow("https://acme.zendesk.com/api/v2").unwrap();
        o.allow("https://ACME.zendesk.com:443").unwrap();
        assert_eq!(o.list(), ["https://acme.zendesk.com:443"]);
        o.allow("https://uploads.example.com").unwrap();
        assert!(o.check("https://acme.zendesk.com/api/v2/x?api_key=1").is_ok());
        assert!(o.check("https://uploads.example.com/f").is_ok());
        let e = o.check("https://evil.example/steal?api_key=SECRETVALUE").unwrap_err();
        assert!(e.contains("https://evil.example:443") && e.contains("not one of"), "{e}");
        assert!(!e.contains("SECRETVALUE") && !e.contains("steal"), "{e}");
        // Same host, other scheme or port: another origin.
        assert!(o.check("http://acme.zendesk.com/x").is_err());
        assert!(o.check("https://acme.zendesk.com:444/x").is_err());
        assert!(o.check("https://acme.zendesk.com.evil.com/x").is_err());
        assert!(o.check("https://user:pw@acme.zendesk.com/x").is_err());
        assert!(o.check("https://acme.zendesk.com/\r\nX: y").is_err());
        // Origins themselves pass the https rule.
        assert!(o.allow("http://api.example.com").is_err());
        assert!(o.allow("http://127.0.0.1:9").is_ok());
        assert!(Origins::new().check("https://acme.zendesk.com").unwrap_err().contains("none"));
        assert!(o.check_next("https://evil.example/x").unwrap_err().contains("next-page URL was refused"));
    }

    #[test]
    fn origin_entries() {
        assert!(check_origin_entry("https://api.example.com").is_ok());
        assert!(check_origin_entry("https://api.example.com:8443/").is_ok());
        assert!(check_origin_entry("https://api.example.com/v2").is_err());
        assert!(check_origin_entry("https://api.example.com/?x=1").is_err());
        assert!(check_origin_entry("http://api.example.com").is_err());
        assert!(check_origin_entry("https://u:p@api.example.com").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1024"), Some(1024));
        assert_eq!(parse_size("64M"), Some(64 << 20));
        assert_eq!(parse_size("2g"), Some(2 << 30));
        assert_eq!(parse_size("64MiB"), Some(64 << 20));
        assert_eq!(parse_size("512KB"), Some(512 << 10));
        assert_eq!(parse_size("MiB"), None);
        assert_eq!(parse_size("5b"), None);
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size(""), None);
        assert_eq!(parse_size("99999999999999999G"), None);
    }
}
