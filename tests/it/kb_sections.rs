//! The built-in templates' own knowledge-base and stream sections, end to
//! end: each section is taken unchanged from the shipped template (only its
//! OAuth sign-in is swapped for a static bearer token, since the vendors'
//! token hosts are fixed) and read from a fake speaking the vendor's paging:
//! Salesforce's SOQL query with `nextRecordsUrl` (Knowledge, and Contact,
//! Case and Opportunity for `crmctl sync`), Dynamics 365's OData
//! `@odata.nextLink`. The sandbox's OAuth template imports through its
//! real client-credentials sign-in.

use std::path::Path;

use serde_json::{json, Value};
use wiremock::matchers::{header, method, path, query_param, query_param_contains};
use wiremock::{Mock, ResponseTemplate};

use crate::common::{assert_no_canary, FakeProvider, Sb, TestEnv, CANARY};

/// Writes `<id>_kbtest`: the built-in template with a bearer token in
/// place of its OAuth sign-in; everything else (fields, base URL,
/// knowledge_base) as shipped.
pub(crate) fn with_bearer(env: &mut TestEnv, id: &str) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/catalog").join(format!("{id}.yaml"))).unwrap();
    let mut t: Value = serde_saphyr::from_str(&text).unwrap();
    let new_id = format!("{id}_kbtest");
    t["id"] = json!(new_id);
    t["name"] = json!(format!("{id} (bearer, for tests)"));
    t["auth"] = json!({"type": "bearer", "token": "{{ access_token }}"});
    t["fields"].as_array_mut().unwrap().push(json!({"key": "access_token", "label": "Access token", "secret": true, "required": true}));
    let dir = env.write(&format!("templates/{new_id}.yaml"), &serde_saphyr::to_string(&t).unwrap()).parent().unwrap().to_path_buf();
    env.set("CRMCTL_TEMPLATE_DIR", dir.to_str().unwrap());
    env.ok(&["template", "validate", env.path(&format!("templates/{new_id}.yaml")).to_str().unwrap()]);
    new_id
}

fn titles(env: &TestEnv) -> Vec<String> {
    let mut t: Vec<String> = env.json(&["kb", "list", "--limit", "100"]).as_array().unwrap().iter().map(|a| a["title"].as_str().unwrap().to_string()).collect();
    t.sort();
    t
}

#[test]
fn salesforce_knowledge_pages_through_next_records_url() {
    let fake = FakeProvider::start();
    let bearer = format!("Bearer {CANARY}");
    let record = |id: &str, title: &str, at: &str| {
        json!({"attributes": {"type": "KnowledgeArticleVersion"}, "Id": format!("ka0{id}v"), "KnowledgeArticleId": format!("kA0{id}"),
               "Title": title, "Summary": format!("{title}: what to do."), "UrlName": title.to_lowercase().replace(' ', "-"),
               "Language": "en_US", "LastModifiedDate": at})
    };
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/services/data/v62.0/query/01gD0000002HU6KIAW-2000"))
            .and(header("authorization", bearer.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "totalSize": 3, "done": true, "records": [record("3", "Report a pothole", "2025-03-03T09:00:00.000+0000")]
            }))),
    );
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/services/data/v62.0/query"))
            .and(header("authorization", bearer.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "totalSize": 3, "done": false, "nextRecordsUrl": "/services/data/v62.0/query/01gD0000002HU6KIAW-2000",
                "records": [record("1", "Bin collection days", "2025-03-01T09:00:00.000+0000"), record("2", "Parking permits", "2025-03-02T09:00:00.000+0000")]
            }))),
    );

    let mut env = TestEnv::with_env_key();
    let id = with_bearer(&mut env, "salesforce");
    env.set("SF_TOKEN", CANARY);
    env.set("SF_SECRET", "sf-client-secret");
    env.set("SF_REFRESH", "sf-refresh-token");
    env.ok(&[
        "integration", "add", &id, "--name", "sf", "--field", "client_id=3MVG9", "--secret", "client_secret=env:SF_SECRET",
        "--secret", "refresh_token=env:SF_REFRESH", "--secret", "access_token=env:SF_TOKEN", "--base-url", &fake.url(),
    ]);

    let out = env.run(&["kb", "import", "sf", "--locale", "en_US", "-o", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64(), r["status"].as_str()), (Some(2), Some(3), Some("success")), "{r:#}");
    assert_eq!(titles(&env), ["Bin collection days", "Parking permits", "Report a pothole"]);
    let a = env.json(&["kb", "show", "kA01"]);
    assert_eq!((a["locale"].as_str(), a["body"].as_str()), (Some("en_us"), Some("Bin collection days: what to do.")), "{a:#}");

    let reqs = fake.requests();
    let q = reqs[0].url.query_pairs().find(|(k, _)| k == "q").unwrap().1.into_owned();
    assert!(q.contains("FROM KnowledgeArticleVersion WHERE PublishStatus = 'Online' AND Language = 'en_US'"), "{q}");
    assert!(q.ends_with("ORDER BY LastModifiedDate ASC"), "{q}");
    assert_eq!(reqs[1].url.path(), "/services/data/v62.0/query/01gD0000002HU6KIAW-2000", "the next page is nextRecordsUrl on the same host");

    // Incremental: the SOQL filters on the newest LastModifiedDate seen.
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/services/data/v62.0/query")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"totalSize": 0, "done": true, "records": []}))));
    let r = env.json(&["kb", "import", "sf"]);
    assert_eq!(r["created"], 0, "{r:#}");
    let q = fake.requests()[0].url.query_pairs().find(|(k, _)| k == "q").unwrap().1.into_owned();
    assert!(q.contains("AND LastModifiedDate > 2025-03-03T09:00:00Z"), "{q}");
    assert!(!q.contains("Language ="), "no --locale, no language filter: {q}");
    assert_no_canary(&env, &out, "kb import (Salesforce)");
}

#[test]
fn dynamics_knowledge_articles_follow_the_odata_next_link() {
    let fake = FakeProvider::start();
    let next = format!("{}/api/data/v9.2/knowledgearticles?$skiptoken=%3Ccookie%20pagenumber=%222%22%3E", fake.url());
    let article = |n: u32, title: &str| {
        json!({"knowledgearticleid": format!("6a1e0c3e-0000-0000-0000-00000000000{n}"), "title": title,
               "content": format!("<h2>{title}</h2><p>Call <strong>1300 000 000</strong>.</p>"),
               "articlepublicnumber": format!("KA-0000{n}"), "modifiedon": format!("2025-04-0{n}T10:00:00Z")})
    };
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/api/data/v9.2/knowledgearticles"))
            .and(query_param("$skiptoken", "<cookie pagenumber=\"2\">"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"value": [article(3, "Dog registration")]}))),
    );
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/api/data/v9.2/knowledgearticles"))
            .and(header("prefer", "odata.maxpagesize=100"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "@odata.context": "https://org.crm6.dynamics.com/api/data/v9.2/$metadata#knowledgearticles",
                "value": [article(1, "Rates notices"), article(2, "Pool fencing")],
                "@odata.nextLink": next,
            }))),
    );

    let mut env = TestEnv::with_env_key();
    let id = with_bearer(&mut env, "dynamics365");
    env.set("D_TOKEN", CANARY);
    env.set("D_SECRET", "d-client-secret");
    env.ok(&[
        "integration", "add", &id, "--name", "d365", "--field", "org_url=https://council.crm6.dynamics.com",
        "--field", "tenant_id=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", "--field", "client_id=11111111-2222-3333-4444-555555555555",
        "--secret", "client_secret=env:D_SECRET", "--secret", "access_token=env:D_TOKEN", "--base-url", &fake.url(),
    ]);
    let out = env.run(&["kb", "import", "d365", "-o", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(2), Some(3)), "{r:#}");
    assert_eq!(titles(&env), ["Dog registration", "Pool fencing", "Rates notices"]);
    let body = env.json(&["kb", "show", "6a1e0c3e-0000-0000-0000-000000000001"])["body"].as_str().unwrap().to_string();
    assert!(body.contains("## Rates notices") && body.contains("**1300 000 000**"), "HTML became Markdown: {body}");

    let first = &fake.requests()[0];
    let filter = first.url.query_pairs().find(|(k, _)| k == "$filter").unwrap().1.into_owned();
    assert_eq!(filter, "statecode eq 3 and isrootarticle eq false", "published root-less versions only");
    assert_no_canary(&env, &out, "kb import (Dynamics 365)");
}

#[test]
fn sandbox_oauth_imports_through_its_client_credentials_sign_in() {
    let sandbox = Sb::start(120, std::time::Duration::ZERO);
    let sb = sandbox.sb();
    let mut env = TestEnv::with_env_key();
    env.set("SBX_SECRET", sb.state().client_secret());
    env.ok(&[
        "integration", "add", "sandbox_oauth", "--name", "sbx-oauth", "--field", &format!("base_url={}", sb.url()),
        "--field", &format!("client_id={}", crmctl::sandbox::DEFAULT_CLIENT_ID), "--secret", "client_secret=env:SBX_SECRET",
    ]);
    let r = env.json(&["kb", "import", "sbx-oauth"]);
    assert_eq!((r["created"].as_u64(), r["status"].as_str()), (Some(120), Some("success")), "{r:#}");
    let reqs = sb.state().requests();
    assert_eq!(reqs.iter().filter(|r| r.path == "/oauth/token").count(), 1, "one token for every page");
    assert!(reqs.iter().filter(|r| r.path == "/api/v1/kb/articles").count() >= 2, "paged");
}

#[test]
fn salesforce_streams_sync_contacts_cases_and_opportunities_by_soql() {
    let fake = FakeProvider::start();
    let query = "/services/data/v62.0/query";
    let soql = |from: &str, body: Value| {
        Mock::given(method("GET")).and(path(query)).and(query_param_contains("q", from)).respond_with(ResponseTemplate::new(200).set_body_json(body))
    };
    let contact = |id: &str, first: &str, email: &str, at: &str| {
        json!({"attributes": {"type": "Contact"}, "Id": id, "FirstName": first, "LastName": "Nguyen", "Email": email,
               "Phone": "+61 3 9000 0000", "MobilePhone": null, "Title": "Rates officer", "Account": {"Name": "Darebin Council"},
               "LastModifiedDate": at})
    };
    fake.mount(soql("FROM Organization", json!({"totalSize": 1, "done": true, "records": [{"Id": "00D5g000004", "Name": "Council", "OrganizationType": "Enterprise Edition", "IsSandbox": false}]})));
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/services/data/v62.0/query/01gContacts-2000"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"totalSize": 3, "done": true, "records": [contact("0035g003", "Chi", "chi@darebin.vic.gov.au", "2025-05-03T08:00:00.000+0000")]}))),
    );
    fake.mount(soql("FROM Contact", json!({"totalSize": 3, "done": false, "nextRecordsUrl": "/services/data/v62.0/query/01gContacts-2000",
        "records": [contact("0035g001", "An", " An@Darebin.VIC.gov.au ", "2025-05-01T08:00:00.000+0000"), contact("0035g002", "Bao", "bao@darebin.vic.gov.au", "2025-05-02T08:00:00.000+0000")]})));
    fake.mount(soql("FROM Case", json!({"totalSize": 1, "done": true, "records": [{"Id": "5005g001", "CaseNumber": "00001026", "Subject": "Missed bin", "Description": "Green waste not collected",
        "Status": "New", "Priority": "High", "Type": "Problem", "ContactEmail": "an@darebin.vic.gov.au", "Owner": {"Name": "Rates Team"},
        "CreatedDate": "2025-05-01T09:00:00.000+0000", "ClosedDate": null, "LastModifiedDate": "2025-05-01T09:30:00.000+0000"}]})));
    fake.mount(soql("FROM Opportunity", json!({"totalSize": 1, "done": true, "records": [{"Id": "0065g001", "Name": "Street lighting upgrade", "Amount": 125000.5,
        "StageName": "Proposal/Price Quote", "Probability": 50, "CloseDate": "2025-09-30", "Account": {"Name": "Darebin Council"},
        "Owner": {"Name": "Sam Lee"}, "LastModifiedDate": "2025-05-04T10:00:00.000+0000"}]})));

    let mut env = TestEnv::with_env_key();
    let id = with_bearer(&mut env, "salesforce");
    env.set("SF_TOKEN", CANARY);
    env.set("SF_SECRET", "sf-client-secret");
    env.set("SF_REFRESH", "sf-refresh-token");
    env.ok(&[
        "integration", "add", &id, "--name", "sf", "--field", "client_id=3MVG9", "--secret", "client_secret=env:SF_SECRET",
        "--secret", "refresh_token=env:SF_REFRESH", "--secret", "access_token=env:SF_TOKEN", "--base-url", &fake.url(),
    ]);
    let out = env.run(&["sync", "sf", "-o", "json"]);
    assert!(out.status.success(), "{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let created: Vec<(String, u64, u64)> = report["streams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["stream"].as_str().unwrap().to_string(), s["created"].as_u64().unwrap(), s["failed"].as_u64().unwrap()))
        .collect();
    assert_eq!(created, [("contacts".into(), 3, 0), ("tickets".into(), 1, 0), ("deals".into(), 1, 0)], "{report:#}");

    let contacts = env.json(&["contacts", "list"]);
    let mut emails: Vec<&str> = contacts.as_array().unwrap().iter().map(|c| c["email"].as_str().unwrap()).collect();
    emails.sort();
    assert_eq!(emails, ["an@darebin.vic.gov.au", "bao@darebin.vic.gov.au", "chi@darebin.vic.gov.au"], "{contacts:#}");
    let accounts = env.json(&["accounts", "list"]);
    assert_eq!(accounts.as_array().unwrap().len(), 1, "one account by email domain: {accounts:#}");
    let ticket = &env.json(&["tickets", "list"])[0];
    let deal = &env.json(&["deals", "list"])[0];
    let shown = |what: &str, id: &str| env.json(&[what, "show", id]);
    let t = shown("tickets", ticket["id"].as_str().unwrap());
    let d = shown("deals", deal["id"].as_str().unwrap());
    let (tf, df) = (&t["fields"], &d["fields"]);
    assert_eq!((tf["subject"].as_str(), tf["status"].as_str(), tf["requester_email"].as_str(), tf["assignee"].as_str()),
        (Some("Missed bin"), Some("new"), Some("an@darebin.vic.gov.au"), Some("Rates Team")), "{t:#}");
    assert_eq!(tf["custom.case_number"], "00001026", "{t:#}");
    assert_eq!((df["name"].as_str(), df["amount"].as_f64(), df["stage"].as_str(), df["close_date"].as_str(), df["company"].as_str()),
        (Some("Street lighting upgrade"), Some(125000.5), Some("Proposal/Price Quote"), Some("2025-09-30"), Some("Darebin Council")), "{d:#}");

    // The second page came from nextRecordsUrl; the next sync asks only for what changed.
    assert!(fake.requests().iter().any(|r| r.url.path() == "/services/data/v62.0/query/01gContacts-2000"));
    fake.reset();
    fake.mount(soql("FROM Organization", json!({"totalSize": 1, "done": true, "records": [{"Id": "00D5g000004", "Name": "Council"}]})));
    fake.mount(Mock::given(method("GET")).and(path(query)).respond_with(ResponseTemplate::new(200).set_body_json(json!({"totalSize": 0, "done": true, "records": []}))));
    env.ok(&["sync", "sf", "--stream", "contacts"]);
    let q: Vec<String> = fake.requests().iter().filter_map(|r| r.url.query_pairs().find(|(k, _)| k == "q").map(|(_, v)| v.into_owned())).filter(|q| q.contains("FROM Contact")).collect();
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].contains("FROM Contact WHERE LastModifiedDate > 2025-05-03T08:00:00Z ORDER BY LastModifiedDate ASC"), "{}", q[0]);
    assert_no_canary(&env, &out, "sync (Salesforce)");
}
