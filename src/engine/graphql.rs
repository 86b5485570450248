//! The request side of list endpoints that are POSTs (search APIs, GraphQL):
//! setting a cursor at a dot path in the rendered JSON body, and the errors
//! a provider reports inside a 200 response (GraphQL `errors`, Slack's
//! `ok: false` with `error`), which fail the listing instead of reading as
//! an empty page. Never prints.

use serde_json::{Map, Value};

use super::{jsonpath, Failure, FailureClass};
use crate::http::HttpRequest;
use crate::templates::kb::Pagination;
use crate::templates::schema::RequestSpec;
use crate::templates::streams::StreamSpec;

/// Sets `value` at a dot path in `body`, creating objects on the way (a
/// body that is not an object becomes one).
pub(crate) fn set_path(body: &mut Value, path: &str, value: Value) {
    let mut cur = body;
    let parts: Vec<&str> = path.split('.').filter(|p| !p.is_empty()).collect();
    for (i, p) in parts.iter().enumerate() {
        if !cur.is_object() {
            *cur = Value::Object(Map::new());
        }
        let map = cur.as_object_mut().expect("an object");
        if i + 1 == parts.len() {
            map.insert((*p).to_string(), value);
            return;
        }
        cur = map.entry((*p).to_string()).or_insert_with(|| Value::Object(Map::new()));
    }
}

/// The failure a 2xx body reports at `path`: anything there but null,
/// false, an empty string, array or object. GraphQL error objects give
/// their `message`s; a string is the error code itself.
pub(crate) fn body_errors(body: &Value, path: Option<&str>, status: u16, what: &str) -> Option<Failure> {
    let v = body.get(path?).or_else(|| jsonpath::get(body, path?))?;
    let messages: Vec<String> = match v {
        Value::Null | Value::Bool(false) => return None,
        Value::String(s) if s.trim().is_empty() => return None,
        Value::Array(a) if a.is_empty() => return None,
        Value::Object(o) if o.is_empty() => return None,
        Value::Array(a) => a.iter().map(message).collect(),
        other => vec![message(other)],
    };
    let mut text = messages.join("; ");
    if text.chars().count() > 300 {
        text = format!("{}…", text.chars().take(300).collect::<String>());
    }
    let hint = if text.to_ascii_lowercase().contains("auth") || text.contains("token") {
        "the provider rejected the request's credentials or scopes; check the token and the app's permissions"
    } else {
        "the provider answered with an error in the body; check the template's query and the integration's fields"
    };
    let mut f = Failure::new(FailureClass::UnexpectedResponse, format!("the {what} list failed: {status} with errors in the body: {text}"), hint);
    f.http_status = Some(status);
    Some(f)
}

/// A stream's listing request, paging and incremental query parameter: the
/// `search` listing for an incremental sync where the template has one.
pub(crate) fn listing(spec: &StreamSpec, incremental: bool) -> (&RequestSpec, &Pagination, Option<&str>) {
    match &spec.search {
        Some(s) if incremental => (&s.request, &s.pagination, None),
        _ => (&spec.list, &spec.pagination, spec.incremental.as_ref().and_then(|i| i.param.as_deref())),
    }
}

/// What identifies a page request, to stop on one already read: the URL,
/// and for a POST the body too (a search or GraphQL cursor is in it).
pub(crate) fn page_key(req: &HttpRequest) -> String {
    match &req.body {
        Some(b) => format!("{} {}", req.url, b),
        None => req.url.clone(),
    }
}

fn message(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(o) => o.get("message").or_else(|| o.get("error")).map(jsonpath::text).unwrap_or_else(|| v.to_string()),
        other => jsonpath::text(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cursors_are_set_at_a_dot_path() {
        let mut b = json!({"query": "q", "variables": {"first": 50}});
        set_path(&mut b, "variables.after", json!("abc"));
        assert_eq!(b, json!({"query": "q", "variables": {"first": 50, "after": "abc"}}));
        let mut b = json!({"query": {}});
        set_path(&mut b, "pagination.starting_after", json!("x"));
        assert_eq!(b["pagination"], json!({"starting_after": "x"}));
    }

    #[test]
    fn errors_in_a_200_body_fail_and_empty_ones_do_not() {
        let gql = json!({"data": null, "errors": [{"message": "Field 'x' doesn't exist"}, {"message": "second"}]});
        let f = body_errors(&gql, Some("errors"), 200, "contacts").unwrap();
        assert!(f.message.contains("Field 'x' doesn't exist; second"), "{}", f.message);
        assert_eq!(f.http_status, Some(200));
        assert!(body_errors(&json!({"data": {}, "errors": []}), Some("errors"), 200, "c").is_none());
        assert!(body_errors(&json!({"data": {}}), Some("errors"), 200, "c").is_none());
        assert!(body_errors(&json!({"data": {}}), None, 200, "c").is_none());
        let slack = json!({"ok": false, "error": "invalid_auth"});
        assert!(body_errors(&slack, Some("error"), 200, "contacts").unwrap().message.contains("invalid_auth"));
    }
}
