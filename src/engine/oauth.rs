//! OAuth 2.0 with the `oauth2` crate: client credentials, refresh token,
//! and authorization code with PKCE. Tokens are cached sealed in the store
//! and refreshed ahead of expiry; a refresh is done under a lease in the
//! store, so two processes never spend the same refresh token (providers
//! that rotate refresh tokens invalidate the old one on first use).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use oauth2::basic::{BasicErrorResponse, BasicErrorResponseType, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse, BasicTokenType};
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointNotSet, EndpointSet, ExtraTokenFields, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, RefreshToken, RequestTokenError, Scope, StandardRevocableToken, StandardTokenResponse, TokenResponse, TokenUrl,
};
use serde::{Deserialize, Serialize};

use super::{Failure, FailureClass, Target, TokenSource};
use crate::http::{classify, Http, TransportError};
use crate::secrets::{open, seal, MasterKey, SealContext, Secret};
use crate::store::{NewTokens, Store, ACCESS_FIELD, REFRESH_FIELD};
use crate::templates::render::{environment, render_str};
use crate::templates::schema::{ClientAuth, OAuth2, OAuthGrant};

/// Refresh this long before the provider's expiry.
const REFRESH_AHEAD: Duration = Duration::from_secs(60);

/// Token-response properties beyond the standard ones (`instance_url`,
/// `api_domain`, `id_token`...).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Extra {
    #[serde(flatten)]
    pub fields: BTreeMap<String, serde_json::Value>,
}
impl ExtraTokenFields for Extra {}

type TokenResp = StandardTokenResponse<Extra, BasicTokenType>;
type OClient<HasAuth> = oauth2::Client<
    BasicErrorResponse,
    TokenResp,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    HasAuth,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

/// An access token ready to use.
pub struct AccessToken {
    pub access_token: Secret,
    pub base_url: Option<String>,
    pub generation: Option<i64>,
}

/// The template's OAuth settings rendered against the integration.
struct Settings {
    token_url: String,
    authorize_url: Option<String>,
    client_id: String,
    client_secret: Option<Secret>,
    scopes: Vec<String>,
    refresh_token: Option<Secret>,
    client_auth: ClientAuth,
    extra_params: Vec<(String, String)>,
    authorize_params: Vec<(String, String)>,
}

fn settings(target: &Target, o: &OAuth2) -> Result<Settings, Failure> {
    let env = environment();
    let ctx = target.context();
    let r = |what: &str, s: &str| render_str(env, s, &ctx).map_err(|e| Failure::config(format!("oauth2 {what}: {e}")));
    let token_url = r("token_url", &o.token_url)?;
    // Tokens and client secrets travel to these URLs: https, or loopback.
    crate::templates::check_base_url(&token_url).map_err(|e| Failure::config(format!("oauth2 token_url: {e}")))?;
    Ok(Settings {
        token_url,
        authorize_url: o
            .authorize_url
            .as_deref()
            .map(|u| {
                let u = r("authorize_url", u)?;
                crate::templates::check_base_url(&u).map_err(|e| Failure::config(format!("oauth2 authorize_url: {e}")))?;
                Ok::<_, Failure>(u)
            })
            .transpose()?,
        client_id: r("client_id", &o.client_id)?,
        client_secret: o.client_secret.as_deref().map(|s| r("client_secret", s).map(Secret::new)).transpose()?,
        scopes: o.scopes.iter().map(|s| r("scopes", s)).collect::<Result<_, _>>()?,
        // An empty refresh-token field (`{{ refresh_token | default('') }}`) is
        // no refresh token: the integration signs in with `auth login`.
        refresh_token: o
            .refresh_token
            .as_deref()
            .map(|s| r("refresh_token", s))
            .transpose()?
            .filter(|s| !s.trim().is_empty())
            .map(Secret::new),
        client_auth: o.client_auth,
        extra_params: o.token_params.iter().map(|(k, v)| Ok((k.clone(), r(k, v)?))).collect::<Result<_, Failure>>()?,
        authorize_params: o.authorize_params.iter().map(|(k, v)| Ok((k.clone(), r(k, v)?))).collect::<Result<_, Failure>>()?,
    })
}

fn client(s: &Settings) -> Result<OClient<EndpointNotSet>, Failure> {
    let token_url = TokenUrl::new(s.token_url.clone()).map_err(|e| Failure::config(format!("token URL: {e}")))?;
    let mut c = oauth2::Client::new(ClientId::new(s.client_id.clone()))
        .set_token_uri(token_url)
        .set_auth_type(match s.client_auth {
            ClientAuth::Post => AuthType::RequestBody,
            ClientAuth::Basic => AuthType::BasicAuth,
        });
    if let Some(secret) = &s.client_secret {
        c = c.set_client_secret(ClientSecret::new(secret.expose_secret().to_string()));
    }
    Ok(c)
}

/// Sends the `oauth2` crate's requests with crmctl's client, remembering
/// the last HTTP status for classifying failures.
async fn send(http: Http, last_status: Arc<Mutex<Option<u16>>>, req: oauth2::HttpRequest) -> Result<oauth2::HttpResponse, TransportError> {
    let (parts, body) = req.into_parts();
    let resp = http
        .client()
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await
        .map_err(|e| classify(&e))?;
    *last_status.lock().expect("status lock") = Some(resp.status().as_u16());
    let mut out = http::Response::builder().status(resp.status());
    for (k, v) in resp.headers() {
        out = out.header(k, v);
    }
    let bytes = crate::http::read_capped(resp, http.max_response()).await?;
    Ok(out.body(bytes).expect("a response rebuilt from a valid one"))
}

type TokenError = RequestTokenError<TransportError, BasicErrorResponse>;

fn failure(target: &Target, e: TokenError, status: Option<u16>, token_url: &str, timeout: Duration) -> Failure {
    let name = &target.name;
    let mut f = match &e {
        RequestTokenError::Request(t) => Failure::transport(t, token_url, timeout),
        RequestTokenError::ServerResponse(r) => {
            let detail = r.error_description().map(|d| format!(" ({d})")).unwrap_or_default();
            match r.error() {
                BasicErrorResponseType::InvalidClient | BasicErrorResponseType::UnauthorizedClient => Failure::new(
                    FailureClass::Auth,
                    format!("the token endpoint rejected the client: {}{detail}", r.error()),
                    "check the OAuth app's client id and client secret (the org's own app)",
                ),
                BasicErrorResponseType::InvalidGrant => Failure::new(
                    FailureClass::Auth,
                    format!("the token endpoint rejected the grant: invalid_grant{detail}"),
                    format!("the refresh token or code is expired, revoked or already used; sign in again with `crmctl auth login {name}`"),
                ),
                BasicErrorResponseType::InvalidScope => Failure::new(
                    FailureClass::Permission,
                    format!("the token endpoint rejected the scopes: invalid_scope{detail}"),
                    "the OAuth app is not allowed the scopes the template asks for; grant them in the provider's app settings",
                ),
                other => Failure::new(FailureClass::Auth, format!("the token endpoint refused: {other}{detail}"), "check the OAuth settings of the integration"),
            }
        }
        RequestTokenError::Parse(_, _) | RequestTokenError::Other(_) => match status {
            Some(429) => Failure::new(FailureClass::RateLimited, "the token endpoint rate-limited the request (429)", "wait and retry"),
            Some(s) if s >= 500 => Failure::new(FailureClass::Server, format!("the token endpoint failed ({s})"), "the provider's sign-in service is failing; retry later"),
            Some(401) => Failure::new(FailureClass::Auth, "the token endpoint answered 401", "check the client id and secret"),
            Some(404) => Failure::new(FailureClass::NotFound, format!("no token endpoint at {token_url} (404)"), "check the region, tenant or domain fields that make up the token URL"),
            _ => Failure::new(FailureClass::UnexpectedResponse, format!("the token endpoint's answer was not an OAuth token response ({e})"), "check the token URL"),
        },
    };
    f.http_status = status;
    f
}

/// Runs the grant the template names (or a refresh), returning the token
/// response.
/// Boxed as a `Send` future: the OAuth client's request futures borrow
/// through closures, which the compiler cannot prove `Send` for every
/// lifetime once the caller is a spawned task.
fn grant<'a>(target: &'a Target, o: &'a OAuth2, s: &'a Settings, http: &'a Http, refresh: Option<&'a Secret>) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<TokenResp, Failure>> + Send + 'a>> {
    Box::pin(async move {
        let c = client(s)?;
        let status = Arc::new(Mutex::new(None));
        let st = status.clone();
        let owned = http.clone();
        let fetch = move |req: oauth2::HttpRequest| send(owned.clone(), st.clone(), req);
        let scopes: Vec<Scope> = s.scopes.iter().map(|x| Scope::new(x.clone())).collect();
        let result = match (refresh, o.grant) {
            (Some(rt), _) => {
                let rt = RefreshToken::new(rt.expose_secret().to_string());
                let mut req = c.exchange_refresh_token(&rt);
                for (k, v) in &s.extra_params {
                    req = req.add_extra_param(k.clone(), v.clone());
                }
                req.request_async(&fetch).await
            }
            (None, OAuthGrant::ClientCredentials) => {
                let mut req = c.exchange_client_credentials().add_scopes(scopes);
                for (k, v) in &s.extra_params {
                    req = req.add_extra_param(k.clone(), v.clone());
                }
                req.request_async(&fetch).await
            }
            (None, OAuthGrant::RefreshToken) if o.authorize_url.is_some() => {
                return Err(Failure::new(
                    FailureClass::Auth,
                    "not signed in: the integration holds no OAuth tokens and no refresh token",
                    format!("run `crmctl auth login {}` (the customer's own OAuth app), or give the integration a refresh token", target.name),
                ));
            }
            (None, OAuthGrant::RefreshToken) => {
                return Err(Failure::config("no refresh token: the integration's refresh-token field is empty"));
            }
            (None, OAuthGrant::AuthorizationCode) => {
                return Err(Failure::new(
                    FailureClass::Auth,
                    "not signed in: the integration holds no OAuth tokens",
                    format!("run `crmctl auth login {}`", target.name),
                ));
            }
        };
        let last = *status.lock().expect("status lock");
        result.map_err(|e| failure(target, e, last, &s.token_url, http.timeout()))
    })
}

fn expires_at(resp: &TokenResp) -> Option<String> {
    resp.expires_in().map(|d| {
        let secs = d.as_secs().min(10 * 365 * 86400) as i64;
        crate::store::ts(jiff::Timestamp::now() + jiff::SignedDuration::from_secs(secs))
    })
}

/// The API host a token response names (`instance_url`, `api_domain`),
/// under the same rule as a base URL (https, or http on loopback only): the
/// access token is sent there.
fn base_url_from(o: &OAuth2, extra: &serde_json::Value) -> Result<Option<String>, Failure> {
    let Some(key) = o.base_url_from_token.as_deref() else {
        return Ok(None);
    };
    let Some(url) = extra.get(key).and_then(|v| v.as_str()).map(|s| s.trim_end_matches('/').to_string()) else {
        return Ok(None);
    };
    crate::templates::check_base_url(&url).map_err(|e| {
        Failure::new(
            FailureClass::Config,
            format!("the token response's {key} is not a URL crmctl sends a token to: {e}"),
            "the token endpoint named an insecure or malformed API host; check the token URL (a proxy or a wrong accounts server)",
        )
    })?;
    Ok(Some(url))
}

fn fresh(expires_at: &Option<String>) -> bool {
    match expires_at {
        None => true,
        Some(at) => at
            .parse::<jiff::Timestamp>()
            .is_ok_and(|t| t > jiff::Timestamp::now() + jiff::SignedDuration::from_secs(REFRESH_AHEAD.as_secs() as i64)),
    }
}

fn store_err(e: crate::error::Error) -> Failure {
    Failure::new(FailureClass::Config, format!("token cache: {e}"), e.hint().unwrap_or_else(|| "check the store".into()))
}

/// The token-response properties kept in clear: everything but tokens and
/// signatures (`id_token` is a bearer credential too).
fn public_extra(resp: &TokenResp) -> serde_json::Value {
    let kept: serde_json::Map<String, serde_json::Value> = resp
        .extra_fields()
        .fields
        .iter()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !(k.contains("token") || k.contains("secret") || k.contains("signature") || k.contains("password"))
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    serde_json::Value::Object(kept)
}

/// Saves a token response, sealed, and clears the refresh lease. A refresh
/// (`merge`) keeps the properties of earlier responses it does not repeat
/// (an `instance_url` that only the sign-in named); a sign-in replaces them.
pub fn save(store: &Store, target: &Target, key: &MasterKey, resp: &TokenResp, merge: bool) -> Result<serde_json::Value, Failure> {
    let integration_id = target.integration_id().ok_or_else(|| Failure::config("tokens can only be saved for a saved integration"))?;
    let org = &target.org;
    let at = |field: &'static str| SealContext { org_id: &org.id, record: integration_id, field };
    let access = seal(key, &at(ACCESS_FIELD), resp.access_token().secret().as_bytes());
    let refresh = resp.refresh_token().map(|r| seal(key, &at(REFRESH_FIELD), r.secret().as_bytes()));
    let mut extra = public_extra(resp);
    if merge
        && let Some(old) = store.token(org, integration_id).map_err(store_err)?
        && let (Some(old), Some(new)) = (old.extra.as_object(), extra.as_object_mut()) {
            for (k, v) in old {
                new.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
    store
        .save_token(
            org,
            integration_id,
            &NewTokens { access_sealed: &access, refresh_sealed: refresh.as_deref(), key_id: key.id(), expires_at: expires_at(resp), extra: &extra },
        )
        .map_err(store_err)?;
    Ok(extra)
}

/// An access token for the integration: the cached one while it is fresh,
/// else a new one from the provider.
pub async fn access_token(target: &Target, o: &OAuth2, http: &Http, tokens: &TokenSource, stale: Option<i64>) -> Result<AccessToken, Failure> {
    let s = settings(target, o)?;
    let (Some(db), Some(key), Some(integration_id)) = (&tokens.db, &tokens.key, target.integration_id()) else {
        // Nothing to cache in (a test before saving): one grant, kept in memory.
        let resp = grant(target, o, &s, http, s.refresh_token.as_ref()).await?;
        let extra = serde_json::to_value(&resp.extra_fields().fields).unwrap_or_default();
        return Ok(AccessToken {
            access_token: Secret::new(resp.access_token().secret().clone()),
            base_url: base_url_from(o, &extra)?,
            generation: None,
        });
    };
    let org = &target.org;
    let owner = uuid::Uuid::new_v4().to_string();
    let lease = http.timeout() * 2 + Duration::from_secs(5);
    let started = std::time::Instant::now();
    loop {
        let store = Store::open(db).map_err(store_err)?;
        let row = store.token(org, integration_id).map_err(store_err)?;
        if let Some(row) = &row {
            let usable = row.access_token.is_some() && fresh(&row.expires_at) && stale != Some(row.generation);
            if usable {
                let ctx = SealContext { org_id: &org.id, record: integration_id, field: ACCESS_FIELD };
                let token = open(key, &ctx, row.access_token.as_deref().unwrap_or_default()).map_err(store_err)?;
                return Ok(AccessToken { access_token: token, base_url: base_url_from(o, &row.extra)?, generation: Some(row.generation) });
            }
        }
        if !store.take_token_lease(org, integration_id, &owner, lease).map_err(store_err)? {
            // Another process is refreshing: wait for its result.
            if started.elapsed() > lease * 2 {
                return Err(Failure::new(FailureClass::Timeout, "waited too long for another process's token refresh", "retry"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        }
        // We hold the lease. Re-read: a refresh may have finished between
        // our read and taking the lease.
        let row = store.token(org, integration_id).map_err(store_err)?;
        if let Some(row) = &row
            && row.access_token.is_some() && fresh(&row.expires_at) && stale != Some(row.generation) {
                store.release_token_lease(org, integration_id, &owner).map_err(store_err)?;
                continue;
            }
        crate::debug::hold("oauth:refresh");
        let cached_refresh = match row.as_ref().and_then(|r| r.refresh_token.clone()) {
            Some(sealed) => {
                let ctx = SealContext { org_id: &org.id, record: integration_id, field: REFRESH_FIELD };
                Some(open(key, &ctx, &sealed).map_err(store_err)?)
            }
            None => None,
        };
        let refresh = cached_refresh.as_ref().or(s.refresh_token.as_ref());
        let result = grant(target, o, &s, http, refresh).await;
        match result {
            Ok(resp) => {
                // The API host is checked before anything is saved or sent there.
                base_url_from(o, &serde_json::to_value(&resp.extra_fields().fields).unwrap_or_default())?;
                let extra = save(&store, target, key, &resp, true)?;
                let generation = store.token(org, integration_id).map_err(store_err)?.map(|r| r.generation);
                return Ok(AccessToken {
                    access_token: Secret::new(resp.access_token().secret().clone()),
                    base_url: base_url_from(o, &extra)?,
                    generation,
                });
            }
            Err(f) => {
                store.release_token_lease(org, integration_id, &owner).map_err(store_err)?;
                return Err(f);
            }
        }
    }
}

/// The first half of an authorization-code sign-in: the URL to open, with
/// a PKCE challenge and a random state.
pub struct Login {
    pub url: String,
    pub state: String,
    pub redirect_uri: String,
    verifier: Option<PkceCodeVerifier>,
}

pub fn begin_login(target: &Target, o: &OAuth2, redirect_uri: &str) -> Result<Login, Failure> {
    let s = settings(target, o)?;
    let auth_url = s
        .authorize_url
        .clone()
        .ok_or_else(|| Failure::config(format!("{} has no authorize_url; it does not use the authorization-code flow", target.template.id)))?;
    let c = client(&s)?
        .set_auth_uri(AuthUrl::new(auth_url).map_err(|e| Failure::config(format!("authorize URL: {e}")))?)
        .set_redirect_uri(RedirectUrl::new(redirect_uri.to_string()).map_err(|e| Failure::config(format!("redirect URI: {e}")))?);
    let mut req = c.authorize_url(CsrfToken::new_random).add_scopes(s.scopes.iter().map(|x| Scope::new(x.clone())));
    for (k, v) in &s.authorize_params {
        req = req.add_extra_param(k.clone(), v.clone());
    }
    let verifier = if o.pkce {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        req = req.set_pkce_challenge(challenge);
        Some(verifier)
    } else {
        None
    };
    let (url, state) = req.url();
    Ok(Login { url: url.to_string(), state: state.secret().clone(), redirect_uri: redirect_uri.to_string(), verifier })
}

/// The second half: checks `state`, exchanges the code with the PKCE
/// verifier, and seals the tokens.
pub async fn finish_login(target: &Target, o: &OAuth2, http: &Http, login: Login, code: &str, state: &str, store: &Store, key: &MasterKey) -> Result<TokenResp, Failure> {
    if state != login.state {
        return Err(Failure::new(
            FailureClass::Auth,
            "the redirect's state does not match this sign-in; nothing was saved",
            "the redirect came from another sign-in attempt or was forged; run `crmctl auth login` again",
        ));
    }
    let s = settings(target, o)?;
    let c = client(&s)?
        .set_redirect_uri(RedirectUrl::new(login.redirect_uri.clone()).map_err(|e| Failure::config(format!("redirect URI: {e}")))?);
    let status = Arc::new(Mutex::new(None));
    let st = status.clone();
    let owned = http.clone();
    let fetch = move |req: oauth2::HttpRequest| send(owned.clone(), st.clone(), req);
    let mut req = c.exchange_code(AuthorizationCode::new(code.to_string()));
    for (k, v) in &s.extra_params {
        req = req.add_extra_param(k.clone(), v.clone());
    }
    if let Some(v) = login.verifier {
        req = req.set_pkce_verifier(v);
    }
    let result = req.request_async(&fetch).await;
    let last = *status.lock().expect("status lock");
    let resp = result.map_err(|e| failure(target, e, last, &s.token_url, http.timeout()))?;
    // An API host (instance_url, api_domain) that breaks the https rule
    // fails the sign-in: nothing is saved, and no token is ever sent there.
    base_url_from(o, &serde_json::to_value(&resp.extra_fields().fields).unwrap_or_default()).map_err(|mut f| {
        f.message = format!("{}; nothing was saved", f.message);
        f
    })?;
    save(store, target, key, &resp, false)?;
    Ok(resp)
}

/// What `auth logout` did at the provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revoked {
    /// The provider accepted the revocation.
    Yes,
    /// The template names no revocation request (the provider offers none).
    NotOffered,
    /// The integration holds no tokens to revoke.
    NoTokens,
}

/// Revokes the integration's tokens at the provider with the template's
/// `revoke` request. The token is never in an error message: URLs are shown
/// with it masked.
pub async fn revoke(target: &Target, o: &OAuth2, http: &Http, store: &Store, key: &MasterKey) -> Result<Revoked, Failure> {
    use crate::templates::schema::RevokeToken;
    let Some(r) = &o.revoke else { return Ok(Revoked::NotOffered) };
    let integration_id = target.integration_id().ok_or_else(|| Failure::config("only a saved integration holds tokens"))?;
    let org = &target.org;
    let Some(row) = store.token(org, integration_id).map_err(store_err)? else { return Ok(Revoked::NoTokens) };
    // The refresh token ends the grant; without one, the access token.
    let pick = match r.token {
        RevokeToken::Refresh => row.refresh_token.clone().map(|t| (t, REFRESH_FIELD)).or(row.access_token.clone().map(|t| (t, ACCESS_FIELD))),
        RevokeToken::Access => row.access_token.clone().map(|t| (t, ACCESS_FIELD)),
    };
    let Some((sealed, field)) = pick else { return Ok(Revoked::NoTokens) };
    let token = open(key, &SealContext { org_id: &org.id, record: integration_id, field }, &sealed).map_err(store_err)?;
    let s = settings(target, o)?;
    let mut ctx = target.context();
    ctx["token"] = serde_json::Value::String(token.expose_secret().to_string());
    let env = environment();
    let r_ = |what: &str, v: &str| render_str(env, v, &ctx).map_err(|e| Failure::config(format!("oauth2 revoke {what}: {e}")));
    let url = r_("url", &r.url)?;
    let mask = |u: &str| u.replace(token.expose_secret(), "****");
    crate::templates::check_base_url(&url).map_err(|e| Failure::config(format!("oauth2 revoke url {}: {e}", mask(&url))))?;
    let query: Vec<(String, String)> = r.query.iter().map(|(k, v)| Ok((k.clone(), r_(k, v)?))).collect::<Result<_, Failure>>()?;
    let mut form: Vec<(String, String)> = r.form.iter().map(|(k, v)| Ok((k.clone(), r_(k, v)?))).collect::<Result<_, Failure>>()?;
    let method = reqwest::Method::from_bytes(r.method.as_str().as_bytes()).expect("a known method");
    let mut parsed = url::Url::parse(&url).map_err(|e| Failure::config(format!("oauth2 revoke url {}: {e}", mask(&url))))?;
    if !query.is_empty() {
        parsed.query_pairs_mut().extend_pairs(&query);
    }
    let mut req = http.client().request(method, parsed.as_str());
    if r.client_auth {
        match s.client_auth {
            ClientAuth::Basic => req = req.basic_auth(&s.client_id, s.client_secret.as_ref().map(|x| x.expose_secret().to_string())),
            ClientAuth::Post => {
                form.push(("client_id".into(), s.client_id.clone()));
                if let Some(secret) = &s.client_secret {
                    form.push(("client_secret".into(), secret.expose_secret().to_string()));
                }
            }
        }
    }
    if !form.is_empty() {
        let body = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(&form).finish();
        req = req.header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(body);
    }
    let shown = mask(&url);
    let resp = req.send().await.map_err(|e| Failure::transport(&classify(&e.without_url()), &shown, http.timeout()))?;
    let status = resp.status().as_u16();
    if resp.status().is_success() {
        return Ok(Revoked::Yes);
    }
    let body = crate::http::read_capped(resp, 16 * 1024).await.unwrap_or_default();
    let text = mask(&String::from_utf8_lossy(&body));
    let text: String = text.chars().take(300).collect();
    let mut f = Failure::new(
        if status == 401 || status == 403 { FailureClass::Auth } else { FailureClass::UnexpectedResponse },
        format!("the provider refused the revocation ({status}): {}", text.trim()),
        "the tokens may already be revoked; remove the app's access in the provider's settings to be sure",
    );
    f.http_status = Some(status);
    Err(f)
}
