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
    if let Some((i, c)) = value.char_indices().find(|(_, c)| c.is_control()) {
        return Err(format!("the URL has a control character ({}) at byte {i}", c.escape_default()));
    }
    if let Ok(u) = url::Url::parse(value)
        && (!u.username().is_empty() || u.password().is_some())
    {
        return Err("the URL holds a user name or password; credentials belong in the integration's secret fields (crmctl keeps them sealed), never in a URL".into());
    }
    Ok(())
}

/// The https rule for a URL a provider hands back (`instance_url`,
/// `api_domain`, a next-page URL): https, or http only on loopback; and the
/// text checks above.
pub fn check_https(value: &str) -> Result<url::Url, String> {
    check_url_text(value)?;
    let u = url::Url::parse(value).map_err(|e| format!("not a URL ({e})"))?;
    match u.scheme() {
        "https" if u.host().is_some() => Ok(u),
        "http" if is_loopback(&u) => Ok(u),
        "http" => Err("plain http is allowed only on loopback hosts; credentials would travel unencrypted".into()),
        s => Err(format!("the scheme {s}: is not allowed (https only)")),
    }
}

/// A next-page URL may be followed with the credentials only when it is on
/// the origin of `base` and passes the https rule.
pub fn check_next_url(base: &str, next: &str) -> Result<(), String> {
    let n = check_https(next).map_err(|e| format!("the provider's next-page URL was refused: {e}"))?;
    let b = url::Url::parse(base).map_err(|e| format!("the base URL is not a URL ({e})"))?;
    if !same_origin(&b, &n) {
        return Err(format!(
            "the provider's next-page URL points to another origin ({}, not {}); credentials stay with their origin, so it was not followed",
            origin(&n).unwrap_or_default(),
            origin(&b).unwrap_or_default()
        ));
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

/// The page cap of one listing run: `CRMCTL_MAX_PAGES` when set, else the default.
pub fn max_pages() -> u64 {
    std::env::var(MAX_PAGES_ENV).ok().and_then(|v| v.trim().parse().ok()).filter(|n| *n > 0).unwrap_or(DEFAULT_MAX_PAGES)
}

/// The error for a body over the cap.
pub fn too_large(limit: u64) -> String {
    format!("the response body is larger than the limit of {limit} bytes; raise it with {MAX_RESPONSE_ENV} (e.g. {MAX_RESPONSE_ENV}=256M) if the provider really sends that much")
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
        assert!(check_next_url(base, "https://evil.example/api/v2/x").unwrap_err().contains("another origin"));
        assert!(check_next_url(base, "http://acme.zendesk.com/api/v2/x").is_err());
        assert!(check_next_url(base, "https://u:p@acme.zendesk.com/x").is_err());
        assert!(check_next_url("http://127.0.0.1:5", "http://127.0.0.1:6/x").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1024"), Some(1024));
        assert_eq!(parse_size("64M"), Some(64 << 20));
        assert_eq!(parse_size("2g"), Some(2 << 30));
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size(""), None);
        assert_eq!(parse_size("99999999999999999G"), None);
    }
}
