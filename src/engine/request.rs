use crate::http::HttpRequest;
use crate::templates::render::{context_value, environment, omit_empty, render_str_in, render_value_in};
use crate::templates::schema::RequestSpec;

use super::{Credentials, Target};

/// Renders a request from the template against `ctx`, on the integration's
/// base URL (or the one the token response named), with its credentials.
pub fn build_request(target: &Target, spec: &RequestSpec, ctx: &serde_json::Value, creds: &Credentials) -> Result<HttpRequest, String> {
    let env = environment();
    // Converted once for every string of the request.
    let ctx = &context_value(ctx);
    let path = render_str_in(env, &spec.path, ctx).map_err(|e| format!("path: {e}"))?;
    let base = creds.base_url.as_deref().unwrap_or(&target.base_url);
    let raw = if path.starts_with("https://") || path.starts_with("http://") {
        path
    } else {
        format!("{}/{}", base.trim_end_matches('/'), path.trim_start_matches('/'))
    };
    let mut url = url::Url::parse(&raw).map_err(|e| format!("URL '{raw}': {e}"))?;
    {
        let mut pairs = url.query_pairs_mut();
        for (k, v) in &spec.query {
            let v = render_str_in(env, v, ctx).map_err(|e| format!("query {k}: {e}"))?;
            pairs.append_pair(k, &v);
        }
        for (k, v) in &creds.query {
            pairs.append_pair(k, v);
        }
    }
    if url.query() == Some("") {
        url.set_query(None);
    }
    // The outbound policy: whatever credential the request carries (auth
    // headers, template headers, query keys, body), it goes only to the
    // integration's own origins.
    target.origins(creds.base_url.as_deref())?.check(url.as_str())?;
    for v in target.secrets.values() {
        crate::http::trace::know(v.expose_secret());
    }
    for t in &creds.tokens {
        crate::http::trace::know(t);
    }

    let mut headers = vec![("Accept".to_string(), "application/json".to_string())];
    for (k, v) in target.template.headers.iter().chain(spec.headers.iter()) {
        let v = render_str_in(env, v, ctx).map_err(|e| format!("header {k}: {e}"))?;
        headers.retain(|(n, _)| !n.eq_ignore_ascii_case(k));
        headers.push((k.clone(), v));
    }
    headers.extend(creds.headers.iter().cloned());

    let body = match &spec.body {
        Some(b) => {
            let mut v = render_value_in(env, b, ctx).map_err(|e| format!("body: {e}"))?;
            if spec.omit_empty {
                omit_empty(&mut v);
            }
            Some(v)
        }
        None => None,
    };
    Ok(HttpRequest { method: spec.method.as_str().to_string(), url: url.to_string(), headers, body })
}
