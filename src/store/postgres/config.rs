//! Where a PostgreSQL store is and how to reach it: a `postgres://` URL,
//! completed as libpq completes one, from the `PG*` environment variables
//! and a password file (`passfile`, `PGPASSFILE`, `~/.pgpass`); TLS as
//! `sslmode` and `sslrootcert` ask. The password is never shown: every
//! message names the store by [`PgTarget::masked`].

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::store::db::{DbError, DbResult};

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    /// TLS when the server offers it (libpq's default; also `allow`).
    Prefer,
    /// TLS, the server's certificate not checked (checked against
    /// `sslrootcert` when that file is given, as libpq does).
    Require,
    /// TLS, the certificate signed by a trusted root; any host name.
    VerifyCa,
    /// TLS, the certificate signed by a trusted root and naming the host.
    VerifyFull,
}

impl SslMode {
    fn parse(s: &str) -> DbResult<SslMode> {
        Ok(match s {
            "disable" => SslMode::Disable,
            "allow" | "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(config_error(format!(
                    "sslmode {other:?} is not one of disable, allow, prefer, require, verify-ca, verify-full"
                )));
            }
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

/// A resolved PostgreSQL store address.
#[derive(Clone)]
pub struct PgTarget {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub dbname: String,
    password: Option<String>,
    pub sslmode: SslMode,
    pub sslrootcert: Option<PathBuf>,
    pub connect_timeout: Option<Duration>,
    pub application_name: String,
}

impl std::fmt::Debug for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.masked())
    }
}

/// Whether `--db` names a PostgreSQL store rather than a SQLite file.
pub fn is_postgres_url(s: &str) -> bool {
    let lower = s.trim_start().to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
}

/// The same text with the password of any `postgres://` URL in it masked
/// (for messages that quote what the user gave).
pub fn mask_url(s: &str) -> String {
    match url::Url::parse(s.trim()) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => s.to_owned(),
    }
}

fn config_error(message: String) -> DbError {
    DbError::Postgres { message: format!("PostgreSQL store address: {message}"), code: None }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl PgTarget {
    /// Resolves a URL, filling what it leaves out from `PG*` variables and
    /// the password file, as libpq does.
    pub fn parse(raw: &str) -> DbResult<PgTarget> {
        let u = url::Url::parse(raw.trim()).map_err(|e| config_error(format!("{e} in {}", mask_url(raw))))?;
        let decode = |s: &str| percent_decode(s);
        let mut query = std::collections::HashMap::new();
        for (k, v) in u.query_pairs() {
            query.insert(k.into_owned(), v.into_owned());
        }
        for k in query.keys() {
            if !["sslmode", "sslrootcert", "passfile", "connect_timeout", "application_name", "host", "port", "user", "password", "dbname"]
                .contains(&k.as_str())
            {
                return Err(config_error(format!("unknown parameter {k:?} in {}", mask_url(raw))));
            }
        }
        let host = query
            .get("host")
            .cloned()
            .or_else(|| u.host_str().filter(|h| !h.is_empty()).map(|h| decode(h.trim_start_matches('[').trim_end_matches(']'))))
            .or_else(|| env("PGHOST"))
            .or_else(|| env("PGHOSTADDR"))
            .unwrap_or_else(|| "localhost".into());
        let port = match query.get("port").cloned().or_else(|| u.port().map(|p| p.to_string())).or_else(|| env("PGPORT")) {
            Some(p) => p.parse().map_err(|_| config_error(format!("port {p:?} is not a number")))?,
            None => 5432,
        };
        let user = query
            .get("user")
            .cloned()
            .or_else(|| Some(decode(u.username())).filter(|s| !s.is_empty()))
            .or_else(|| env("PGUSER"))
            .or_else(os_user)
            .ok_or_else(|| config_error("no user: name one in the URL or PGUSER".into()))?;
        let dbname = query
            .get("dbname")
            .cloned()
            .or_else(|| Some(decode(u.path().trim_start_matches('/'))).filter(|s| !s.is_empty()))
            .or_else(|| env("PGDATABASE"))
            .unwrap_or_else(|| user.clone());
        let sslmode = SslMode::parse(&query.get("sslmode").cloned().or_else(|| env("PGSSLMODE")).unwrap_or_else(|| "prefer".into()))?;
        let sslrootcert = query.get("sslrootcert").cloned().or_else(|| env("PGSSLROOTCERT")).map(PathBuf::from);
        let connect_timeout = match query.get("connect_timeout").cloned().or_else(|| env("PGCONNECT_TIMEOUT")) {
            Some(t) => {
                Some(Duration::from_secs(t.parse().map_err(|_| config_error(format!("connect_timeout {t:?} is not a number of seconds")))?))
            }
            None => Some(Duration::from_secs(10)),
        };
        let application_name = query.get("application_name").cloned().or_else(|| env("PGAPPNAME")).unwrap_or_else(|| "crmctl".into());
        let mut t = PgTarget { host, port, user, dbname, password: None, sslmode, sslrootcert, connect_timeout, application_name };
        t.password = query.get("password").cloned().or_else(|| u.password().map(decode)).or_else(|| env("PGPASSWORD")).or_else(|| {
            let file = query
                .get("passfile")
                .map(PathBuf::from)
                .or_else(|| env("PGPASSFILE").map(PathBuf::from))
                .or_else(|| home().map(|h| h.join(".pgpass")))?;
            passfile_lookup(&file, &t)
        });
        Ok(t)
    }

    /// The address as it may be shown: `postgres://user@host:port/db`,
    /// never with the password.
    pub fn masked(&self) -> String {
        let host = if self.host.contains(':') { format!("[{}]", self.host) } else { self.host.clone() };
        let pw = if self.password.is_some() { ":***" } else { "" };
        format!("postgres://{}{pw}@{host}:{}/{}", self.user, self.port, self.dbname)
    }

    fn config(&self) -> postgres::Config {
        let mut c = postgres::Config::new();
        c.host(&self.host).port(self.port).user(&self.user).dbname(&self.dbname).application_name(&self.application_name);
        if let Some(p) = &self.password {
            c.password(p);
        }
        if let Some(t) = self.connect_timeout {
            c.connect_timeout(t);
        }
        c.ssl_mode(match self.sslmode {
            SslMode::Disable => postgres::config::SslMode::Disable,
            SslMode::Prefer => postgres::config::SslMode::Prefer,
            _ => postgres::config::SslMode::Require,
        });
        c
    }

    pub(super) fn connect(&self) -> DbResult<postgres::Client> {
        let config = self.config();
        let client = if self.sslmode == SslMode::Disable {
            config.connect(postgres::NoTls)
        } else {
            config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(self.tls()?))
        };
        client.map_err(|e| {
            let DbError::Postgres { message, code } = super::error(e) else { unreachable!() };
            DbError::Postgres { message: format!("{message} (connecting to {})", self.masked()), code }
        })
    }

    fn tls(&self) -> DbResult<rustls::ClientConfig> {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| config_error(format!("TLS: {e}")))?;
        // libpq: with a root certificate file, require checks against it.
        let mode = match self.sslmode {
            SslMode::Require | SslMode::Prefer if self.sslrootcert.as_deref().is_some_and(Path::exists) => SslMode::VerifyCa,
            m => m,
        };
        let config = match mode {
            SslMode::Disable | SslMode::Prefer | SslMode::Require => {
                builder.dangerous().with_custom_certificate_verifier(Arc::new(verify::Unchecked(provider))).with_no_client_auth()
            }
            SslMode::VerifyCa | SslMode::VerifyFull => {
                let roots = Arc::new(self.roots()?);
                let webpki = rustls::client::WebPkiServerVerifier::builder_with_provider(roots, provider)
                    .build()
                    .map_err(|e| config_error(format!("TLS roots: {e}")))?;
                if mode == SslMode::VerifyFull {
                    builder.with_webpki_verifier(webpki).with_no_client_auth()
                } else {
                    builder.dangerous().with_custom_certificate_verifier(Arc::new(verify::AnyName(webpki))).with_no_client_auth()
                }
            }
        };
        Ok(config)
    }

    fn roots(&self) -> DbResult<rustls::RootCertStore> {
        use rustls_pki_types::pem::PemObject;
        let mut roots = rustls::RootCertStore::empty();
        match &self.sslrootcert {
            Some(file) if file.as_os_str() == "system" => {
                for c in rustls_native_certs::load_native_certs().certs {
                    let _ = roots.add(c);
                }
            }
            Some(file) => {
                let certs = rustls_pki_types::CertificateDer::pem_file_iter(file)
                    .map_err(|e| config_error(format!("sslrootcert {}: {e}", file.display())))?;
                for c in certs {
                    let c = c.map_err(|e| config_error(format!("sslrootcert {}: {e}", file.display())))?;
                    roots.add(c).map_err(|e| config_error(format!("sslrootcert {}: {e}", file.display())))?;
                }
            }
            None => {
                let default = home().map(|h| h.join(".postgresql/root.crt")).filter(|p| p.exists());
                match default {
                    Some(file) => return PgTarget { sslrootcert: Some(file), ..self.clone() }.roots(),
                    None => {
                        for c in rustls_native_certs::load_native_certs().certs {
                            let _ = roots.add(c);
                        }
                    }
                }
            }
        }
        if roots.is_empty() {
            return Err(config_error(format!("sslmode={} needs trusted roots: set sslrootcert (a PEM file)", self.sslmode.name())));
        }
        Ok(roots)
    }
}

fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn home() -> Option<PathBuf> {
    env("HOME").map(PathBuf::from)
}

fn os_user() -> Option<String> {
    env("USER").or_else(|| env("LOGNAME"))
}

/// The password for this target from a libpq password file: lines of
/// `host:port:database:user:password`, `*` matching anything, `\` escaping.
/// Like libpq, a file readable by group or others is ignored.
fn passfile_lookup(file: &Path, t: &PgTarget) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(file).ok()?;
    let port = t.port.to_string();
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_passfile_line(line);
        if fields.len() != 5 {
            continue;
        }
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        let host_ok = matches(&fields[0], &t.host) || (fields[0] == "localhost" && t.host.starts_with('/'));
        if host_ok && matches(&fields[1], &port) && matches(&fields[2], &t.dbname) && matches(&fields[3], &t.user) {
            return Some(fields[4].clone());
        }
    }
    None
}

fn split_passfile_line(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    fields.last_mut().expect("one field").push(n);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

mod verify {
    use std::sync::Arc;

    use rustls::client::WebPkiServerVerifier;
    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use rustls::crypto::CryptoProvider;
    use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
    use rustls::{CertificateError, DigitallySignedStruct, Error, SignatureScheme};

    /// sslmode=require: encrypted, the certificate not checked (libpq's
    /// meaning); signatures are still verified, so the session is bound to
    /// the key that signed the handshake.
    #[derive(Debug)]
    pub struct Unchecked(pub Arc<CryptoProvider>);

    impl ServerCertVerifier for Unchecked {
        fn verify_server_cert(
            &self,
            _: &CertificateDer<'_>,
            _: &[CertificateDer<'_>],
            _: &ServerName<'_>,
            _: &[u8],
            _: UnixTime,
        ) -> Result<ServerCertVerified, Error> {
            Ok(ServerCertVerified::assertion())
        }
        fn verify_tls12_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            rustls::crypto::verify_tls12_signature(m, c, d, &self.0.signature_verification_algorithms)
        }
        fn verify_tls13_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            rustls::crypto::verify_tls13_signature(m, c, d, &self.0.signature_verification_algorithms)
        }
        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.0.signature_verification_algorithms.supported_schemes()
        }
    }

    /// sslmode=verify-ca: the chain must lead to a trusted root; the name
    /// in the certificate need not be the host's.
    #[derive(Debug)]
    pub struct AnyName(pub Arc<WebPkiServerVerifier>);

    impl ServerCertVerifier for AnyName {
        fn verify_server_cert(
            &self,
            end: &CertificateDer<'_>,
            inter: &[CertificateDer<'_>],
            name: &ServerName<'_>,
            ocsp: &[u8],
            now: UnixTime,
        ) -> Result<ServerCertVerified, Error> {
            match self.0.verify_server_cert(end, inter, name, ocsp, now) {
                Err(Error::InvalidCertificate(CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. })) => {
                    Ok(ServerCertVerified::assertion())
                }
                other => other,
            }
        }
        fn verify_tls12_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            self.0.verify_tls12_signature(m, c, d)
        }
        fn verify_tls13_signature(
            &self,
            m: &[u8],
            c: &CertificateDer<'_>,
            d: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            self.0.verify_tls13_signature(m, c, d)
        }
        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.0.supported_verify_schemes()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_resolve_and_mask() {
        let t = PgTarget::parse("postgres://ops:s3cr%40t@db.example.com:6543/crm?sslmode=verify-full").unwrap();
        assert_eq!((t.host.as_str(), t.port, t.user.as_str(), t.dbname.as_str()), ("db.example.com", 6543, "ops", "crm"));
        assert_eq!(t.password.as_deref(), Some("s3cr@t"));
        assert_eq!(t.sslmode, SslMode::VerifyFull);
        assert_eq!(t.masked(), "postgres://ops:***@db.example.com:6543/crm");
        assert!(!format!("{t:?}").contains("s3cr"));
        assert_eq!(mask_url("postgresql://a:pw@h/d"), "postgresql://a:***@h/d");
        assert!(PgTarget::parse("postgres://h/d?sslmode=bogus").is_err());
        assert!(PgTarget::parse("postgres://h/d?nonsense=1").is_err());
    }

    #[test]
    fn passfile_lines() {
        assert_eq!(split_passfile_line(r"h:5432:db:u:pa\:ss"), vec!["h", "5432", "db", "u", "pa:ss"]);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(&file, "# comment\nother:*:*:*:no\ndb.example.com:*:crm:ops:fromfile\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let mut t = PgTarget::parse("postgres://ops@db.example.com/crm?passfile=/nonexistent").unwrap();
        assert_eq!(passfile_lookup(&file, &t).as_deref(), Some("fromfile"));
        t.dbname = "elsewhere".into();
        assert_eq!(passfile_lookup(&file, &t), None);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            t.dbname = "crm".into();
            assert_eq!(passfile_lookup(&file, &t), None, "a world-readable password file is ignored");
        }
    }
}
