//! Knowledge-base sections that read more than the list gives: Zoho Desk
//! (List articles, then Get article for each `answer`, and on an
//! incremental import only the articles changed since) and Salesforce with
//! the org's own body field (`kb_body_field`, read from Knowledge__kav by
//! SOQL). Against fakes that answer only the requests the vendors document.

use serde_json::{json, Value};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, Request, ResponseTemplate};

use crate::common::{assert_no_canary, FakeProvider, TestEnv, CANARY};
use crate::kb_sections::with_bearer;

fn import(env: &TestEnv, name: &str, extra: &[&str]) -> Value {
    let mut args = vec!["kb", "import", name, "-o", "json"];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    assert_no_canary(env, &out, "kb import");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    assert!(out.status.success(), "{v:#}\n{}", String::from_utf8_lossy(&out.stderr));
    v
}

fn draft(mut a: Value) -> Value {
    a["status"] = json!("Draft");
    a
}

fn details(fake: &FakeProvider) -> Vec<String> {
    fake.requests().iter().map(|r: &Request| r.url.path().to_string()).filter(|p| p.starts_with("/api/v1/articles/")).collect()
}

#[test]
fn zoho_desk_articles_are_read_whole_and_only_the_changed_ones_again() {
    let fake = FakeProvider::start();
    fake.mount(Mock::given(method("POST")).and(path("/oauth/v2/token")).respond_with(ResponseTemplate::new(200).set_body_json(
        json!({"access_token": "1000.deskaccess", "api_domain": "https://www.zohoapis.com", "token_type": "Bearer", "expires_in": 3600}),
    )));
    let listed = |id: &str, title: &str, modified: &str| {
        json!({"id": id, "title": title, "summary": format!("{title} in short"), "locale": "en", "categoryId": "4000000017001",
               "webUrl": format!("https://help.acme.example/kb/{id}"), "modifiedTime": modified, "status": "Published"})
    };
    let whole = |id: &str, title: &str, modified: &str| {
        json!({"id": id, "title": title, "summary": format!("{title} in short"), "answer": format!("<h2>{title}</h2><p>Step <b>one</b>.</p>"),
               "locale": "en", "categoryId": "4000000017001", "modifiedTime": modified})
    };
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/articles")).and(query_param("sortBy", "modifiedTime")).and(query_param("from", "0"))
        .and(query_param("limit", "50")).and(header("orgId", "649000000"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [
            listed("4000000018001", "Bin days", "2025-02-01T09:00:00.000Z"), listed("4000000018002", "Parking", "2025-02-02T09:00:00.000Z"),
            draft(listed("4000000018003", "Unfinished", "2025-02-02T10:00:00.000Z"))]}))).up_to_n_times(1));
    for (id, title, at) in [("4000000018001", "Bin days", "2025-02-01T09:00:00.000Z"), ("4000000018002", "Parking", "2025-02-02T09:00:00.000Z")] {
        fake.mount(Mock::given(method("GET")).and(path(format!("/api/v1/articles/{id}"))).and(header("orgId", "649000000"))
            .respond_with(ResponseTemplate::new(200).set_body_json(whole(id, title, at))).up_to_n_times(1));
    }
    let mut env = TestEnv::with_env_key();
    env.set("DESK_SECRET", CANARY);
    env.set("DESK_REFRESH", "1000.6f1e2d3c4b5a69788796a5b4c3d2e1f0.0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    let accounts = format!("accounts_url={}", fake.url());
    env.ok(&["integration", "add", "zoho_desk", "--name", "desk", "--base-url", &fake.url(), "--field", &accounts,
        "--field", "client_id=1000.K7QX2ZT9B4M1R8W3N6P0YJ5HC2LD8F", "--field", "org_id=649000000", "--field", "department_id=1892000000006907",
        "--secret", "client_secret=env:DESK_SECRET", "--secret", "refresh_token=env:DESK_REFRESH"]);
    let r = import(&env, "desk", &[]);
    assert_eq!((r["pages"].as_u64(), r["processed"].as_u64(), r["created"].as_u64()), (Some(1), Some(2), Some(2)), "a draft is neither read nor imported: {r:#}");
    let a = env.json(&["kb", "show", "4000000018002"]);
    assert!(a["body"].as_str().unwrap().contains("## Parking") && a["body"].as_str().unwrap().contains("**one**"), "the answer, as Markdown: {a:#}");
    assert_eq!(a["url"], "https://help.acme.example/kb/4000000018002", "the list's fields are kept where the article has none: {a:#}");
    assert_eq!(details(&fake).len(), 2);

    // Incremental: the list again, one article changed since; only it is read.
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/articles")).and(query_param("from", "0"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [
            listed("4000000018001", "Bin days", "2025-02-01T09:00:00.000Z"), listed("4000000018002", "Parking permits", "2025-02-03T09:00:00.000Z")]}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/articles/4000000018002"))
        .respond_with(ResponseTemplate::new(200).set_body_json(whole("4000000018002", "Parking permits", "2025-02-03T09:00:00.000Z"))));
    let r = import(&env, "desk", &[]);
    assert_eq!((r["processed"].as_u64(), r["updated"].as_u64(), r["unchanged"].as_u64()), (Some(2), Some(1), Some(1)), "{r:#}");
    assert_eq!(details(&fake), ["/api/v1/articles/4000000018001", "/api/v1/articles/4000000018002", "/api/v1/articles/4000000018002"]);
    assert_eq!(env.json(&["kb", "show", "4000000018002"])["title"], "Parking permits");
    // The body of the one not read again is still the answer.
    assert!(env.json(&["kb", "show", "4000000018001"])["body"].as_str().unwrap().contains("## Bin days"));

    // --full reads every article again, so none is archived for being skipped.
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/articles/4000000018001"))
        .respond_with(ResponseTemplate::new(200).set_body_json(whole("4000000018001", "Bin days", "2025-02-01T09:00:00.000Z"))));
    let r = import(&env, "desk", &["--full"]);
    assert_eq!((r["unchanged"].as_u64(), r["archived"].as_u64()), (Some(2), Some(0)), "{r:#}");
    assert_eq!(details(&fake).len(), 5);
}

#[test]
fn salesforce_reads_the_orgs_own_body_field_from_knowledge_kav() {
    let fake = FakeProvider::start();
    let bearer = format!("Bearer {CANARY}");
    fake.mount(Mock::given(method("GET")).and(path("/services/data/v62.0/query")).and(header("authorization", bearer.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"totalSize": 1, "done": true, "records": [{
            "attributes": {"type": "Knowledge__kav"}, "Id": "ka0AA1v", "KnowledgeArticleId": "kA0AA1", "Title": "Report a pothole",
            "Summary": "Potholes in short", "UrlName": "report-a-pothole", "Language": "en_US", "LastModifiedDate": "2025-03-01T09:00:00.000+0000",
            "Answer__c": "<p>Call <strong>1300 000 000</strong> or use the app.</p>"}]}))));
    let mut env = TestEnv::with_env_key();
    let id = with_bearer(&mut env, "salesforce");
    env.set("SF_TOKEN", CANARY);
    env.set("SF_SECRET", "sf-client-secret");
    env.set("SF_REFRESH", "sf-refresh-token");
    env.ok(&["integration", "add", &id, "--name", "sf", "--field", "client_id=3MVG9", "--secret", "client_secret=env:SF_SECRET",
        "--secret", "refresh_token=env:SF_REFRESH", "--secret", "access_token=env:SF_TOKEN", "--base-url", &fake.url(),
        "--field", "kb_body_field=Answer__c"]);
    let r = import(&env, "sf", &[]);
    assert_eq!(r["created"], 1, "{r:#}");
    let a = env.json(&["kb", "show", "kA0AA1"]);
    assert_eq!(a["body"], "Call **1300 000 000** or use the app.", "{a:#}");
    let q = fake.requests()[0].url.query_pairs().find(|(k, _)| k == "q").unwrap().1.into_owned();
    assert!(q.contains("LastModifiedDate, Answer__c FROM Knowledge__kav WHERE PublishStatus = 'Online'"), "{q}");

    // A body field that is not an API name is refused when it is set.
    let out = env.run(&["integration", "edit", "sf", "--field", "kb_body_field=Answer__c FROM User --"]);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_detail_request_must_be_a_get_and_field_paths_name_only_fields() {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/catalog/zoho_desk.yaml")).unwrap();
    let mut t: Value = serde_saphyr::from_str(&text).unwrap();
    t["id"] = json!("zoho_desk_bad");
    t["knowledge_base"]["detail"]["method"] = json!("POST");
    t["knowledge_base"]["fields"]["body"] = json!("{{ kb_body }}");
    let env = TestEnv::new();
    let file = env.write("templates/zoho_desk_bad.yaml", &serde_saphyr::to_string(&t).unwrap());
    let out = env.run(&["template", "validate", file.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("knowledge_base.detail: the per-article request must be a GET"), "{err}");
    assert!(err.contains("knowledge_base.fields.body: '{{ kb_body }}' is not a field of this template"), "{err}");
}

/// Drafts are not imported: Intercom's `state`, Freshdesk's `status` 1.
/// An article that becomes a draft is archived by the next `--full`.
#[test]
fn intercom_and_freshdesk_drafts_are_not_imported() {
    let fake = FakeProvider::start();
    let ic = |i: u64, state: &str| json!({"type": "article", "id": i.to_string(), "title": format!("Help {i}"), "body": format!("<p>Body {i}</p>"),
        "url": null, "updated_at": 1735689600 + i, "parent_id": 77, "state": state});
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param("page", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"type": "list", "total_count": 3, "data": [ic(1, "published"), ic(2, "draft"), ic(3, "published")]})))
        .up_to_n_times(1));
    let mut env = TestEnv::with_env_key();
    env.set("IC_TOKEN", CANARY);
    env.ok(&["integration", "add", "intercom", "--name", "ic", "--base-url", &fake.url(), "--secret", "access_token=env:IC_TOKEN"]);
    let r = import(&env, "ic", &[]);
    assert_eq!((r["processed"].as_u64(), r["created"].as_u64()), (Some(2), Some(2)), "{r:#}");
    assert!(!env.run(&["kb", "show", "2"]).status.success(), "the draft is not held");
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param("page", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"type": "list", "total_count": 3, "data": [ic(1, "published"), ic(2, "draft"), ic(3, "draft")]}))));
    let r = import(&env, "ic", &["--full"]);
    assert_eq!((r["processed"].as_u64(), r["archived"].as_u64()), (Some(1), Some(1)), "article 3 became a draft: {r:#}");

    let fd = |i: u64, status: u64| json!({"id": i, "title": format!("Solution {i}"), "description": "<p>Fix</p>", "status": status, "folder_id": 10, "updated_at": "2025-04-01T00:00:00Z"});
    let fake = FakeProvider::start();
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/categories")).respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 1, "name": "General"}]))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/categories/1/folders")).respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 10, "name": "Billing"}]))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/folders/10/articles"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([fd(1, 2), fd(2, 1)]))));
    env.set("FD_KEY", CANARY);
    env.ok(&["integration", "add", "freshdesk", "--name", "fd", "--base-url", &fake.url(), "--field", "subdomain=acme", "--secret", "api_key=env:FD_KEY"]);
    let r = import(&env, "fd", &[]);
    assert_eq!((r["processed"].as_u64(), r["created"].as_u64()), (Some(1), Some(1)), "{r:#}");
}
