//! Connection tests: one cheap authenticated request, judged by the
//! template's rules, with a verdict that says what is wrong.

use std::collections::BTreeMap;
use std::time::Instant;

use serde::Serialize;

use super::auth::{credentials, refreshable};
use super::{build_request, jsonpath, Failure, FailureClass, Target, TokenSource};
use crate::http::{Http, HttpResponse, Redactor};
use crate::templates::schema::{BodyRule, Expect, RateLimit, ResetFormat};

/// A test's outcome. Its JSON form is stable (see the README).
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub integration: String,
    pub provider: String,
    pub ok: bool,
    /// Failure class; null when ok.
    pub class: Option<FailureClass>,
    /// What happened, in a sentence.
    pub message: String,
    /// What to do about it; null when ok.
    pub hint: Option<String>,
    pub http_status: Option<u16>,
    pub latency_ms: u64,
    /// The URL tested (secrets removed).
    pub url: Option<String>,
    /// Account details the template names (user, org, plan...).
    pub account: BTreeMap<String, String>,
    pub rate_limit: Option<RateLimitState>,
    pub retry_after_s: Option<u64>,
    pub tested_at: String,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct RateLimitState {
    pub limit: Option<String>,
    pub remaining: Option<String>,
    pub used: Option<String>,
    /// When the window resets, as an RFC 3339 time where the header allows.
    pub reset: Option<String>,
}

/// The verdict and a redacted record of the exchange, for the sync log.
pub struct TestRun {
    pub verdict: Verdict,
    pub detail: serde_json::Value,
}

pub async fn run(target: &Target, http: &Http, tokens: &TokenSource) -> TestRun {
    let started = Instant::now();
    let tested_at = crate::store::now();
    let mut redactor = target.redactor();
    let mut exchanges = Vec::new();
    let outcome = attempt(target, http, tokens, &mut redactor, &mut exchanges).await;
    let latency_ms = started.elapsed().as_millis() as u64;
    let mut verdict = Verdict {
        integration: target.name.clone(),
        provider: target.template.id.clone(),
        ok: false,
        class: None,
        message: String::new(),
        hint: None,
        http_status: None,
        latency_ms,
        url: exchanges.last().and_then(|e: &serde_json::Value| e["request"]["url"].as_str().map(str::to_string)),
        account: BTreeMap::new(),
        rate_limit: None,
        retry_after_s: None,
        tested_at,
    };
    match outcome {
        Ok((resp, account)) => {
            verdict.ok = true;
            verdict.http_status = Some(resp.status);
            verdict.message = format!("connected: {} answered {} in {} ms", target.template.name, resp.status, resp.elapsed.as_millis());
            verdict.account = account.into_iter().map(|(k, v)| (k, redactor.str(&v))).collect();
            verdict.rate_limit = target.template.rate_limit.as_ref().map(|r| rate_limit(r, &resp));
        }
        Err((failure, resp)) => {
            verdict.class = Some(failure.class);
            verdict.message = redactor.str(&failure.message);
            verdict.hint = Some(redactor.str(&failure.hint));
            verdict.http_status = failure.http_status.or(resp.as_ref().map(|r| r.status));
            verdict.retry_after_s = failure.retry_after_s;
            if let (Some(r), Some(resp)) = (&target.template.rate_limit, &resp) {
                verdict.rate_limit = Some(rate_limit(r, resp));
            }
        }
    }
    let detail = serde_json::json!({
        "exchanges": exchanges,
        "verdict": serde_json::to_value(&verdict).unwrap_or_default(),
    });
    TestRun { verdict, detail: redactor.value(&detail) }
}

type Outcome = Result<(HttpResponse, BTreeMap<String, String>), (Failure, Option<HttpResponse>)>;

async fn attempt(target: &Target, http: &Http, tokens: &TokenSource, redactor: &mut Redactor, exchanges: &mut Vec<serde_json::Value>) -> Outcome {
    let Some(test) = &target.template.test else {
        return Err((Failure::config(format!("the {} template defines no connection test", target.template.id)), None));
    };
    let mut stale = None;
    for round in 0..2 {
        let creds = credentials(target, http, tokens, stale).await.map_err(|f| (f, None))?;
        for t in &creds.tokens {
            redactor.add(t);
        }
        let req = build_request(target, &test.request, &target.context(), &creds).map_err(|e| (Failure::config(format!("building the test request: {e}")), None))?;
        let resp = match http.execute(&req).await {
            Ok(r) => r,
            Err(e) => {
                exchanges.push(serde_json::json!({"request": redactor.request(&req), "error": redactor.str(&e.to_string())}));
                return Err((Failure::transport(&e, &redactor.str(&req.url), http.timeout()), None));
            }
        };
        exchanges.push(serde_json::json!({"request": redactor.request(&req), "response": redactor.response(&resp)}));
        // A rejected OAuth token gets one refresh and one retry.
        if resp.status == 401 && round == 0 && refreshable(target) && creds.generation.is_some() {
            stale = creds.generation;
            continue;
        }
        return judge(target, &test.expect, &test.account, resp, &redactor.str(&req.url));
    }
    unreachable!("the loop returns on its second round")
}

/// Sorts a response into ok or a failure class, by status then body rules.
pub fn judge(target: &Target, expect: &Expect, account: &BTreeMap<String, String>, resp: HttpResponse, url: &str) -> Outcome {
    let status = resp.status;
    let fail = |class, message: String, hint: String| {
        let mut f = Failure::new(class, message, hint);
        f.http_status = Some(status);
        f
    };
    let status_ok = if expect.status.is_empty() { (200..300).contains(&status) } else { expect.status.contains(&status) };
    if !status_ok {
        let f = match status {
            401 => {
                let mut hint = format!("the provider rejected the credentials: check {}", join_or(&target.secret_labels(), "the secret fields"));
                if refreshable(target) {
                    hint = format!("the access token was rejected even after a refresh; run `crmctl auth login {}` or check the OAuth app", target.name);
                }
                fail(FailureClass::Auth, format!("401 Unauthorized from {url}"), hint)
            }
            403 => fail(
                FailureClass::Permission,
                format!("403 Forbidden from {url}: authenticated, but not allowed"),
                "the user or token lacks a permission, role or scope this endpoint needs; grant it in the provider's admin settings".into(),
            ),
            404 => fail(
                FailureClass::NotFound,
                format!("404 Not Found at {url}"),
                format!(
                    "nothing there: check the {} (a wrong subdomain, instance or base URL)",
                    join_or(&target.base_url_fields(), "base URL")
                ),
            ),
            429 => {
                let mut f = fail(
                    FailureClass::RateLimited,
                    format!("429 Too Many Requests from {url}"),
                    match resp.retry_after() {
                        Some(s) => format!("rate limited; the provider asks to retry after {s}s"),
                        None => "rate limited; wait before retrying".into(),
                    },
                );
                f.retry_after_s = resp.retry_after();
                f
            }
            500..=599 => {
                let mut f = fail(FailureClass::Server, format!("{status} from {url}: the provider failed"), "a fault on the provider's side; retry later or check its status page".into());
                f.retry_after_s = resp.retry_after();
                f
            }
            _ => fail(
                FailureClass::UnexpectedResponse,
                format!("{status} from {url}, expected {}", if expect.status.is_empty() { "2xx".into() } else { format!("{:?}", expect.status) }),
                "the endpoint answered something the template does not expect; check the base URL and API version".into(),
            ),
        };
        return Err((f, Some(resp)));
    }
    let needs_json = !expect.body.is_empty() || !account.is_empty();
    let body = resp.json();
    if needs_json && body.is_none() {
        let f = fail(
            FailureClass::UnexpectedResponse,
            format!("{status} from {url}, but the body is not JSON"),
            "the URL may point at a web page or a proxy, not the API; check the base URL".into(),
        );
        return Err((f, Some(resp)));
    }
    let body = body.unwrap_or_default();
    for rule in &expect.body {
        if let Err(why) = check_rule(rule, &body) {
            let f = fail(
                FailureClass::UnexpectedResponse,
                format!("{status} from {url}, but {why}"),
                rule.message.clone().unwrap_or_else(|| "the response is not what a working configuration returns; check the credentials and base URL".into()),
            );
            return Err((f, Some(resp)));
        }
    }
    let details = account
        .iter()
        .filter_map(|(label, path)| jsonpath::get(&body, path).map(|v| (label.clone(), jsonpath::text(v))))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    Ok((resp, details))
}

fn check_rule(rule: &BodyRule, body: &serde_json::Value) -> Result<(), String> {
    let found = jsonpath::get(body, &rule.path).filter(|v| !v.is_null());
    if let Some(want) = rule.exists {
        if want && found.is_none() {
            return Err(format!("`{}` is missing", rule.path));
        }
        if !want && found.is_some() {
            return Err(format!("`{}` is present", rule.path));
        }
    }
    if let Some(want) = &rule.equals
        && found != Some(want) {
            return Err(format!("`{}` is {} (expected {want})", rule.path, found.map(|v| v.to_string()).unwrap_or_else(|| "missing".into())));
        }
    Ok(())
}

fn join_or(items: &[String], fallback: &str) -> String {
    if items.is_empty() { fallback.to_string() } else { items.join(", ") }
}

fn rate_limit(r: &RateLimit, resp: &HttpResponse) -> RateLimitState {
    let get = |h: &Option<String>| h.as_deref().and_then(|n| resp.header(n)).map(str::to_string);
    let reset = get(&r.reset).map(|v| match r.reset_format {
        ResetFormat::Seconds => v
            .trim()
            .parse::<i64>()
            .map(|s| (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(s)).to_string())
            .unwrap_or(v),
        ResetFormat::Unix => v.trim().parse::<i64>().ok().and_then(|s| jiff::Timestamp::from_second(s).ok()).map(|t| t.to_string()).unwrap_or(v),
        ResetFormat::Iso8601 => v,
    });
    RateLimitState { limit: get(&r.limit), remaining: get(&r.remaining), used: get(&r.used), reset }
}
