//! Paging through a provider's list endpoint with its own pagination
//! (cursor, Link header, page or offset numbers, next-page URLs): the
//! requests, credentials (with one refresh on a rejected OAuth token),
//! retries of transient failures, and a redacted record of the exchanges.
//! Shared by the knowledge-base import and record sync. Never prints.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::auth::{credentials, refreshable};
use super::conntest::judge;
use super::{build_request, jsonpath, Failure, FailureClass, Target, TokenSource};
use crate::http::{Http, HttpRequest, HttpResponse, Redactor};
use crate::templates::kb::{Pagination, ParamIn};
use crate::templates::render::{environment, render_str};
use crate::templates::schema::{Expect, RequestSpec};

/// Where the next page starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub(crate) enum PageReq {
    First,
    Url { url: String },
    Cursor { cursor: String },
    Number { n: u64 },
}

const KEEP_EXCHANGES: usize = 4;

/// One listing's requests and what they exchanged.
pub(crate) struct Pager<'a> {
    pub target: &'a Target,
    pub http: &'a Http,
    pub tokens: &'a TokenSource,
    /// What is listed, for messages (`knowledge-base`, `contacts`).
    pub what: &'a str,
    pub list: &'a RequestSpec,
    pub pagination: &'a Pagination,
    /// The query parameter given the incremental start time.
    pub incremental_param: Option<&'a str>,
    pub locale_param: Option<&'a str>,
    pub redactor: Redactor,
    /// The first exchanges, redacted; see [`Pager::take_exchanges`].
    exchanges: Vec<Value>,
    /// The latest exchange after those, redacted only when it is taken:
    /// a long listing redacts four exchanges, not one per page.
    last: Option<(HttpRequest, Result<HttpResponse, String>)>,
    pub exchange_count: u64,
    generation: Option<i64>,
    /// Pages seen this run, and digests of their bodies: a provider that
    /// hands out fresh cursors for the same content, or pages forever, is
    /// stopped (see [`Pager::guard`]).
    pages: u64,
    max_pages: u64,
    /// Items seen this run, and the most one run takes.
    items: u64,
    max_items: u64,
    /// The base URL the token response named (already through the https rule).
    token_base: Option<String>,
    seen: std::collections::HashSet<[u8; 32]>,
}

impl<'a> Pager<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        target: &'a Target,
        http: &'a Http,
        tokens: &'a TokenSource,
        what: &'a str,
        list: &'a RequestSpec,
        pagination: &'a Pagination,
        incremental_param: Option<&'a str>,
        locale_param: Option<&'a str>,
    ) -> Self {
        Pager {
            target,
            http,
            tokens,
            what,
            list,
            pagination,
            incremental_param,
            locale_param,
            redactor: target.redactor(),
            exchanges: Vec::new(),
            last: None,
            exchange_count: 0,
            generation: None,
            pages: 0,
            token_base: None,
            max_pages: http.limits().max_pages,
            items: 0,
            max_items: http.limits().max_items,
            seen: std::collections::HashSet::new(),
        }
    }
}

/// A body with no items array is an empty page when it says so plainly
/// (a count of 0), as some providers drop the array when there is nothing,
/// or when there is no body (204 No Content, 304 Not Modified: Zoho's
/// answers to a list with nothing, or nothing changed since
/// `If-Modified-Since`).
pub(crate) fn is_empty_page(body: &Value) -> bool {
    body.is_null()
        || ["count", "total", "totalSize", "total_count", "@odata.count"].iter().any(|k| body.get(*k).and_then(Value::as_u64) == Some(0))
}

impl Pager<'_> {
    pub(crate) async fn credentials(&mut self) -> Result<super::Credentials, Failure> {
        let creds = credentials(self.target, self.http, self.tokens, None).await?;
        for t in &creds.tokens {
            self.redactor.add(t);
        }
        self.generation = creds.generation;
        self.token_base = creds.base_url.clone();
        Ok(creds)
    }

    /// The outbound policy on the next page, before it is followed or
    /// persisted as the resume point: a next-page URL on another origin or
    /// over plain http is refused; a page whose items were seen before this
    /// run (however fresh its cursor), or more than the page cap, stops the
    /// listing with a clear error.
    pub(crate) fn guard(&mut self, next: Option<PageReq>, items: &[Value]) -> Result<Option<PageReq>, Failure> {
        use sha2::Digest;
        let n_items = items.len();
        self.pages += 1;
        self.items += n_items as u64;
        if let Some(PageReq::Url { url }) = &next {
            let origins = self.target.origins(self.token_base.as_deref()).map_err(Failure::config)?;
            origins.check_next(url).map_err(|e| {
                Failure::new(
                    FailureClass::UnexpectedResponse,
                    format!("stopped paging the {} after {} pages: {e}", self.what, self.pages),
                    "the provider (or something between) handed back a URL crmctl does not send credentials to; the resume point was not moved",
                )
            })?;
        }
        if self.items > self.max_items {
            return Err(Failure::config(format!(
                "stopped paging the {} after {} items in {} pages, more than the {} one run takes; raise it with --max-items or {}",
                self.what,
                self.items,
                self.pages,
                self.max_items,
                crate::http::policy::MAX_ITEMS_ENV
            )));
        }
        if next.is_none() {
            return Ok(None);
        }
        // The items, not the whole body: a fresh cursor in the body must
        // not make a repeated page look new.
        let digest: [u8; 32] = sha2::Sha256::digest(serde_json::to_vec(items).unwrap_or_default()).into();
        if !self.seen.insert(digest) {
            return Err(Failure::config(format!(
                "stopped paging the {}: the provider sent a page it had sent before under a new cursor (after {} pages); the listing would never end",
                self.what, self.pages
            )));
        }
        if self.pages >= self.max_pages {
            return Err(Failure::config(format!(
                "stopped paging the {} after {} pages, the most one run follows; raise it with --max-pages or {}",
                self.what,
                self.pages,
                crate::http::policy::MAX_PAGES_ENV
            )));
        }
        Ok(next)
    }

    pub(crate) fn base(&self) -> String {
        self.target.base_url.clone()
    }

    /// Renders a request (with credentials) and adds extra query parameters.
    pub(crate) async fn build(&mut self, spec: &RequestSpec, ctx: &Value, extra: &[(String, String)]) -> Result<HttpRequest, Failure> {
        let creds = self.credentials().await?;
        // Query parameters that render empty are left out.
        let env = environment();
        let mut spec = spec.clone();
        let mut pairs = Vec::new();
        for (k, v) in &spec.query {
            let r = render_str(env, v, ctx).map_err(|e| Failure::config(format!("rendering the {} list query {k}: {e}", self.what)))?;
            if !r.is_empty() {
                pairs.push((k.clone(), r));
            }
        }
        pairs.extend(extra.iter().cloned());
        spec.query = BTreeMap::new();
        // So are headers (`If-Modified-Since` on a first sync).
        let mut headers = BTreeMap::new();
        for (k, v) in &spec.headers {
            let r = render_str(env, v, ctx).map_err(|e| Failure::config(format!("rendering the {} list header {k}: {e}", self.what)))?;
            if !r.trim().is_empty() {
                headers.insert(k.clone(), v.clone());
            }
        }
        spec.headers = headers;
        let mut req = build_request(self.target, &spec, ctx, &creds).map_err(|e| Failure::config(format!("rendering the {} list request: {e}", self.what)))?;
        let extra = pairs;
        if !extra.is_empty() {
            let mut url = url::Url::parse(&req.url).map_err(|e| Failure::config(format!("URL '{}': {e}", req.url)))?;
            url.query_pairs_mut().extend_pairs(extra.iter());
            req.url = url.to_string();
        }
        Ok(req)
    }

    /// The request for one page of the article list.
    pub(crate) async fn page_request(&mut self, ctx: &Value, req: &PageReq, since: Option<&str>, locale: Option<&str>) -> Result<HttpRequest, Failure> {
        if let PageReq::Url { url } = req {
            // A next-page URL carries its own parameters; only auth is added.
            let creds = self.credentials().await?;
            let spec = RequestSpec {
                method: crate::templates::schema::Method::Get,
                path: "{{ kb_next_url }}".into(),
                query: BTreeMap::new(),
                headers: BTreeMap::new(),
                body: None,
                omit_empty: false,
            };
            let mut c = ctx.clone();
            c["kb_next_url"] = Value::String(url.clone());
            let mut r = build_request(self.target, &spec, &c, &creds).map_err(|e| Failure::config(format!("the next-page URL: {e}")))?;
            // Headers the list request names go to every page.
            for (k, v) in &self.list.headers {
                let v = render_str(environment(), v, ctx).map_err(|e| Failure::config(format!("header {k}: {e}")))?;
                if v.trim().is_empty() {
                    continue;
                }
                r.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(k));
                r.headers.push((k.clone(), v));
            }
            return Ok(r);
        }
        let mut extra: Vec<(String, String)> = Vec::new();
        let mut body_cursor = None;
        if let (Some(p), Some(s)) = (self.incremental_param, since) {
            extra.push((p.to_string(), s.to_string()));
        }
        if let (Some(p), Some(l)) = (self.locale_param, locale) {
            extra.push((p.to_string(), l.to_string()));
        }
        match (self.pagination, req) {
            (Pagination::Page { param, per_page_param, size, first }, r) => {
                let n = if let PageReq::Number { n } = r { *n } else { *first };
                extra.push((param.clone(), n.to_string()));
                extra.push((per_page_param.clone(), size.to_string()));
            }
            (Pagination::Offset { param, limit_param, size }, r) => {
                let n = if let PageReq::Number { n } = r { *n } else { 0 };
                extra.push((param.clone(), n.to_string()));
                extra.push((limit_param.clone(), size.to_string()));
            }
            (Pagination::Cursor { param, place: ParamIn::Body, .. }, PageReq::Cursor { cursor }) => body_cursor = Some((param.clone(), cursor.clone())),
            (Pagination::Cursor { param, .. }, PageReq::Cursor { cursor }) => extra.push((param.clone(), cursor.clone())),
            _ => {}
        }
        let mut r = self.build(self.list, ctx, &extra).await?;
        if let Some((path, cursor)) = body_cursor {
            super::graphql::set_path(r.body.get_or_insert(Value::Null), &path, Value::String(cursor));
        }
        Ok(r)
    }

    /// Sends with one token refresh on 401 and a few retries on transient
    /// failures; anything else not 2xx fails the listing.
    pub(crate) async fn send(&mut self, mut req: HttpRequest) -> Result<(HttpResponse, Value), Failure> {
        let mut attempt = 0u32;
        let mut refreshed = false;
        loop {
            attempt += 1;
            let resp = match self.http.execute(&req).await {
                Ok(r) => r,
                Err(e) => {
                    self.record(&req, Err(e.to_string()));
                    let f = Failure::transport(&e, &self.redactor.str(&req.url), self.http.timeout());
                    if f.class.is_transient() && attempt < 4 {
                        tokio::time::sleep(backoff(attempt, None)).await;
                        continue;
                    }
                    return Err(f);
                }
            };
            self.record(&req, Ok(&resp));
            // A rejected OAuth token gets one refresh and one retry.
            if resp.status == 401 && !refreshed && refreshable(self.target) && self.generation.is_some() {
                refreshed = true;
                let fresh = credentials(self.target, self.http, self.tokens, self.generation).await?;
                self.generation = fresh.generation;
                for t in &fresh.tokens {
                    self.redactor.add(t);
                }
                for (k, v) in &fresh.headers {
                    req.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(k));
                    req.headers.push((k.clone(), v.clone()));
                }
                continue;
            }
            if (resp.status == 429 || resp.status >= 500) && attempt < 4 {
                tokio::time::sleep(backoff(attempt, resp.retry_after())).await;
                continue;
            }
            if resp.status == 204 || resp.status == 304 {
                return Ok((resp, Value::Null));
            }
            let url = self.redactor.str(&req.url);
            let resp = judge(self.target, &Expect::default(), &BTreeMap::new(), resp, &url).map_err(|(f, _)| f)?.0;
            let Some(body) = resp.json() else {
                let mut f = Failure::new(
                    FailureClass::UnexpectedResponse,
                    format!("{} from {url}, but the body is not JSON", resp.status),
                    "the URL may point at a web page or a proxy, not the API; check the base URL",
                );
                f.http_status = Some(resp.status);
                return Err(f);
            };
            return Ok((resp, body));
        }
    }

    /// Keeps the first few exchanges and the last one, for the sync log.
    pub(crate) fn record(&mut self, req: &HttpRequest, outcome: Result<&HttpResponse, String>) {
        self.exchange_count += 1;
        if self.exchanges.len() < KEEP_EXCHANGES - 1 {
            let ex = redacted_exchange(&self.redactor, req, outcome.as_ref().map(|r| *r).map_err(String::as_str));
            self.exchanges.push(ex);
        } else {
            self.last = Some((req.clone(), outcome.map(HttpResponse::clone)));
        }
    }

    /// The exchanges kept for the sync log, all redacted.
    pub(crate) fn take_exchanges(&mut self) -> Vec<Value> {
        let mut out = std::mem::take(&mut self.exchanges);
        if let Some((req, outcome)) = self.last.take() {
            out.push(redacted_exchange(&self.redactor, &req, outcome.as_ref().map_err(String::as_str)));
        }
        out
    }
}

fn redacted_exchange(redactor: &Redactor, req: &HttpRequest, outcome: Result<&HttpResponse, &str>) -> Value {
    match outcome {
        Ok(resp) => json!({"request": redactor.request(req), "response": redactor.response(resp)}),
        Err(e) => json!({"request": redactor.request(req), "error": redactor.str(e)}),
    }
}

pub(crate) fn backoff(attempt: u32, retry_after: Option<u64>) -> Duration {
    match retry_after {
        Some(s) => Duration::from_secs(s.min(60)),
        None => Duration::from_millis(250 * 2u64.pow(attempt.min(6))),
    }
}

/// The next page, or None when the listing is done.
pub(crate) fn next_page(pagination: &Pagination, cur: &PageReq, resp: &HttpResponse, body: &Value, n_items: usize, base: &str) -> Option<PageReq> {
    let flag = |path: &Option<String>| path.as_deref().and_then(|p| jsonpath::get(body, p)).and_then(Value::as_bool);
    let more = |has_more: &Option<String>, done: &Option<String>| flag(has_more).unwrap_or(true) && !flag(done).unwrap_or(false);
    if n_items == 0 {
        return None;
    }
    match pagination {
        Pagination::None => None,
        Pagination::Page { size, first, .. } => {
            let n = if let PageReq::Number { n } = cur { *n } else { *first };
            (n_items as u64 >= u64::from(*size)).then_some(PageReq::Number { n: n + 1 })
        }
        Pagination::Offset { size, .. } => {
            let n = if let PageReq::Number { n } = cur { *n } else { 0 };
            (n_items as u64 >= u64::from(*size)).then_some(PageReq::Number { n: n + n_items as u64 })
        }
        Pagination::Cursor { next, has_more, done, .. } => {
            if !more(has_more, done) {
                return None;
            }
            let c = jsonpath::get(body, next).map(jsonpath::text).filter(|c| !c.is_empty())?;
            Some(PageReq::Cursor { cursor: c })
        }
        Pagination::LinkHeader => link_next(resp.header("link")?).map(|url| PageReq::Url { url: absolute(base, &url) }),
        Pagination::NextUrl { path, has_more, done } => {
            if !more(has_more, done) {
                return None;
            }
            let v = body.get(path.as_str()).or_else(|| jsonpath::get(body, path))?;
            let u = v.as_str().filter(|s| !s.trim().is_empty())?;
            Some(PageReq::Url { url: absolute(base, u) })
        }
    }
}

/// A next-page URL relative to the base URL's origin (`/services/...`) or
/// to the base URL, made absolute.
pub(crate) fn absolute(base: &str, u: &str) -> String {
    if u.starts_with("http://") || u.starts_with("https://") {
        return u.to_string();
    }
    match url::Url::parse(base) {
        Ok(b) if u.starts_with('/') => b.join(u).map(|x| x.to_string()).unwrap_or_else(|_| u.to_string()),
        Ok(_) => format!("{}/{}", base.trim_end_matches('/'), u),
        Err(_) => u.to_string(),
    }
}

/// The `rel="next"` target of an RFC 8288 Link header.
pub fn link_next(header: &str) -> Option<String> {
    for part in header.split(',') {
        let mut bits = part.split(';');
        let target = bits.next()?.trim();
        let is_next = bits.any(|p| {
            let p = p.trim();
            p.strip_prefix("rel=").is_some_and(|v| v.trim_matches('"').split_whitespace().any(|r| r.eq_ignore_ascii_case("next")))
        });
        if is_next {
            return Some(target.trim_start_matches('<').trim_end_matches('>').to_string());
        }
    }
    None
}


/// For the pagination fuzz target (`crate::fuzzing`): every pagination
/// style reads one hostile response (a Link header and a body), and a
/// next-page URL that comes out goes through the outbound policy's check.
pub(crate) fn fuzz_next_pages(link: &str, body_raw: &[u8], body: &Value) {
    let base = "https://api.example.com/v2";
    let resp = HttpResponse { status: 200, headers: vec![("link".into(), link.into())], body: body_raw.to_vec(), elapsed: Duration::ZERO };
    const STYLES: &[&str] = &[
        "style: link_header",
        "{style: cursor, param: after, next: paging.next.after, has_more: has_more, done: done}",
        "{style: next_url, path: '@odata.nextLink', done: done}",
        "{style: next_url, path: links.next, has_more: meta.more}",
        "{style: page, param: page, per_page_param: per_page, size: 2}",
        "{style: offset, param: offset, limit_param: limit, size: 2}",
        "style: none",
    ];
    for s in STYLES {
        let p: Pagination = serde_saphyr::from_str(s).expect("a fixed pagination style parses");
        for cur in [PageReq::First, PageReq::Number { n: 3 }, PageReq::Cursor { cursor: "c".into() }] {
            for n_items in [0usize, 1, 5] {
                if let Some(PageReq::Url { url }) = next_page(&p, &cur, &resp, body, n_items, base) {
                    let _ = crate::http::policy::check_next_url(base, &url);
                }
            }
        }
    }
    let _ = is_empty_page(body);
}
