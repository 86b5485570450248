//! `crmctl kb import` for the two sources seed 000 lists with inbound KB
//! and no public article API: TechnologyOne (a Ci Anywhere report, RaaS,
//! paged by page and pageSize, rows in DataSet) and SAP C4C (an OData v2
//! collection of c4codataapi: `$format=json`, `$skip`/`$top`, `d.results`,
//! `d.__count`, `$filter` on EntityLastChangedOn with a datetimeoffset
//! literal, `/Date(ms)/` times). The fakes answer only the requests these
//! services take; the TechnologyOne sign-in is swapped for a bearer token
//! (its token host is the tenant's fixed one), SAP's basic auth is real.

use serde_json::{json, Value};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, Request, ResponseTemplate};

use crate::common::{assert_no_canary, FakeProvider, TestEnv, CANARY};
use crate::kb_sections::with_bearer;

fn query_of(r: &Request, k: &str) -> Option<String> {
    r.url.query_pairs().find(|(n, _)| n == k).map(|(_, v)| v.to_string())
}

fn import(env: &TestEnv, name: &str) -> (Value, std::process::Output) {
    let out = env.run(&["kb", "import", name, "-o", "json"]);
    assert_no_canary(env, &out, "kb import");
    (serde_json::from_slice(&out.stdout).unwrap_or(Value::Null), out)
}

#[test]
fn technologyone_articles_come_from_the_configured_report_page_by_page() {
    let fake = FakeProvider::start();
    let bearer = format!("Bearer {CANARY}");
    let row = |n: u32| {
        json!({"ArticleId": format!("KB{n:04}"), "Title": format!("Council service {n}"), "Body": format!("<p>Service <b>{n}</b> details.</p>"),
               "Category": "Waste", "Url": format!("https://acme.example/kb/{n}"), "LastModified": "2025-05-01T09:00:00"})
    };
    let page1: Vec<Value> = (1..=100).map(row).collect();
    fake.mount(Mock::given(method("GET")).and(path("/Api/Raas/v1/CRM_KNOWLEDGE_ARTICLES")).and(query_param("page", "1"))
        .and(query_param("pageSize", "100")).and(header("authorization", bearer.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"DataSet": page1, "TotalRecordCount": 101, "Messages": []}))));
    fake.mount(Mock::given(method("GET")).and(path("/Api/Raas/v1/CRM_KNOWLEDGE_ARTICLES")).and(query_param("page", "2"))
        .and(query_param("pageSize", "100")).and(header("authorization", bearer.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"DataSet": [row(101)], "TotalRecordCount": 101, "Messages": []}))));

    let mut env = TestEnv::with_env_key();
    let id = with_bearer(&mut env, "technologyone");
    env.set("T1_SECRET", "t1-client-secret");
    env.set("T1_TOKEN", CANARY);
    let base = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = ["integration", "add", &id, "--base-url", &fake.url(), "--field", "tenant_url=https://acme.t1cloud.com/T1Default/CiAnywhere/Web/ACME",
            "--field", "client_id=crmctl", "--secret", "client_secret=env:T1_SECRET", "--secret", "access_token=env:T1_TOKEN",
            "--field", "test_report=CRM_REQUEST_TYPES", "--field", "job_service=CRM_CREATE_REQUEST", "--field", "request_type=GENENQ"]
            .map(String::from).to_vec();
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let args = base(&["--name", "t1", "--field", "kb_report=CRM_KNOWLEDGE_ARTICLES"]);
    env.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let (r, out) = import(&env, "t1");
    assert!(out.status.success(), "{r:#}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(2), Some(101)), "{r:#}");
    let a = env.json(&["kb", "show", "KB0101"]);
    assert_eq!((a["title"].as_str(), a["section"].as_str(), a["url"].as_str()), (Some("Council service 101"), Some("Waste"), Some("https://acme.example/kb/101")), "{a:#}");
    assert!(a["body"].as_str().unwrap().contains("**101**"), "the HTML body is Markdown: {a:#}");
    assert_eq!(fake.requests().len(), 2, "the report is read page by page and no further");

    // Without kb_report there is no report to read: a clear error, no request.
    let args = base(&["--name", "t1-nokb"]);
    env.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let (v, out) = import(&env, "t1-nokb");
    assert!(!out.status.success(), "{v:#}");
    let text = format!("{v}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("kb_report"), "the error names the missing field: {text}");
    assert_eq!(fake.requests().len(), 2, "nothing was sent");
}

#[test]
fn sap_c4c_articles_by_odata_skip_and_top_then_entity_last_changed_on() {
    let fake = FakeProvider::start();
    let basic = format!("Basic {}", base64_of(&format!("CRMCTL_INT:{CANARY}")));
    let entry = |n: u32, ms: u64| {
        json!({"__metadata": {"uri": format!("https://my123456.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/KnowledgeArticleCollection('00163E{n:026}')")},
               "ObjectID": format!("00163E{n:026}"), "Title": format!("Meter reading {n}"), "Content": format!("<p>Read meter {n}.</p>"),
               "LanguageCode": "EN", "CategoryName": "Billing", "URL": "", "EntityLastChangedOn": format!("/Date({ms})/")})
    };
    let page1: Vec<Value> = (1..=100).map(|n| entry(n, 1_735_725_600_000)).collect();
    fake.mount(Mock::given(method("GET")).and(path("/KnowledgeArticleCollection")).and(query_param("$format", "json"))
        .and(query_param("$skip", "0")).and(query_param("$top", "100")).and(query_param("$inlinecount", "allpages"))
        .and(query_param("$orderby", "EntityLastChangedOn asc")).and(query_param_is_missing("$filter")).and(header("authorization", basic.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"d": {"__count": "102", "results": page1}}))));
    fake.mount(Mock::given(method("GET")).and(path("/KnowledgeArticleCollection")).and(query_param("$skip", "100")).and(query_param_is_missing("$filter"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"d": {"__count": "102", "results": [entry(101, 1_735_725_600_000), entry(102, 1_735_812_000_000)]}}))));
    fake.mount(Mock::given(method("GET")).and(path("/KnowledgeArticleCollection")).and(query_param("$filter", "EntityLastChangedOn ge datetimeoffset'2025-01-02T10:00:00Z'"))
        .and(query_param("$skip", "0"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"d": {"__count": "1", "results": [entry(102, 1_735_812_000_000)]}}))));

    let mut env = TestEnv::with_env_key();
    env.set("SAP_PASSWORD", CANARY);
    env.ok(&["integration", "add", "sap_c4c", "--name", "sap", "--base-url", &fake.url(), "--field", "host=my123456.crm.ondemand.com",
        "--field", "user=CRMCTL_INT", "--secret", "password=env:SAP_PASSWORD", "--field", "kb_collection=KnowledgeArticleCollection"]);
    let (r, out) = import(&env, "sap");
    assert!(out.status.success(), "{r:#}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(2), Some(102)), "{r:#}");
    let a = env.json(&["kb", "show", &format!("00163E{:026}", 102)]);
    assert_eq!((a["title"].as_str(), a["body"].as_str(), a["locale"].as_str(), a["section"].as_str()),
        (Some("Meter reading 102"), Some("Read meter 102."), Some("en"), Some("Billing")), "{a:#}");
    assert!(a["url"].is_null(), "an empty URL is no URL: {a:#}");

    // Incremental: $filter from the newest EntityLastChangedOn (a /Date(ms)/ value).
    let (r, out) = import(&env, "sap");
    assert!(out.status.success(), "{r:#}");
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(1), Some(0)), "one page, the one article changed since, already held: {r:#}");
    let last = fake.requests().pop().unwrap();
    assert_eq!(query_of(&last, "$filter").as_deref(), Some("EntityLastChangedOn ge datetimeoffset'2025-01-02T10:00:00Z'"));
}

fn base64_of(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(s)
}
