//! Seed 000's council chain with the built-in templates of three providers:
//! a call ends; Genesys Cloud (priority 10) logs it as a callback
//! interaction, TechnologyOne (20) opens a job that references the Genesys
//! interaction, and Salesforce (30) posts the summary naming the job. Each
//! fake answers only the request its vendor documents, with the token it
//! issued and the outputs of the steps before it, so a step that sends
//! anything else fails the chain.

use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, body_string_contains, header, method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;

const QUEUE: &str = "5a2f3e1c-9b7d-4c6a-8e0f-1d2c3b4a5f60";
const GX_CLIENT: &str = "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn token(access: &str) -> ResponseTemplate {
    ok(json!({"access_token": access, "token_type": "bearer", "expires_in": 3600}))
}

/// Genesys Cloud: a client-credentials token (client id and secret as
/// HTTP basic), then the callback, which returns the conversation id.
fn genesys() -> Fake {
    let g = Fake::start();
    g.mount(Mock::given(method("POST")).and(path("/oauth/token")).and(body_string_contains("grant_type=client_credentials")).and(header("authorization", basic(GX_CLIENT, CANARY).as_str())).respond_with(token("gx-access")));
    g.mount(
        Mock::given(method("POST"))
            .and(path("/api/v2/conversations/callbacks"))
            .and(header("authorization", "Bearer gx-access"))
            .and(body_partial_json(json!({
                "queueId": QUEUE,
                "callbackNumbers": ["+61400111222"],
                "callbackUserName": "Ann Lee",
                "data": {"externalConversationId": "conv-42", "summary": "Missed bin collection"}
            })))
            .respond_with(ok(json!({"conversation": {"id": "gx-991"}, "callbackIdentifiers": [{"type": "EXTERNAL", "id": "cb-1"}]}))),
    );
    g
}

/// TechnologyOne: a client-credentials token (form post), then the job,
/// whose ExternalReference must be the Genesys interaction.
fn techone() -> Fake {
    let t = Fake::start();
    t.mount(
        Mock::given(method("POST"))
            .and(path("/oauth2/access_token"))
            .and(body_string_contains("grant_type=client_credentials"))
            .and(body_string_contains("client_id=t1-client"))
            .respond_with(token("t1-access")),
    );
    t.mount(
        Mock::given(method("POST"))
            .and(path("/Api/WS/v1/CRM_CREATE_REQUEST"))
            .and(header("authorization", "Bearer t1-access"))
            .and(body_partial_json(json!({"RequestType": "GENENQ", "ExternalReference": "gx-991", "ContactPhone": "+61400111222", "SourceSystem": "crmctl"})))
            .respond_with(ok(json!({"JobId": 4711}))),
    );
    t
}

/// Salesforce: a refresh-token grant whose answer names the instance (this
/// fake), then the Chatter post, which must name the TechnologyOne job.
fn salesforce() -> Fake {
    let s = Fake::start();
    s.mount(
        Mock::given(method("POST"))
            .and(path("/services/oauth2/token"))
            .and(body_string_contains("grant_type=refresh_token"))
            .and(body_string_contains("refresh_token=sf-refresh"))
            .respond_with(ok(json!({"access_token": "sf-access", "token_type": "Bearer", "instance_url": s.server.uri(), "issued_at": "1764720000000"}))),
    );
    s.mount(
        Mock::given(method("POST"))
            .and(path("/services/data/v62.0/chatter/feed-elements"))
            .and(header("authorization", "Bearer sf-access"))
            .and(body_partial_json(json!({"feedElementType": "FeedItem", "subjectId": "me"})))
            .and(body_string_contains("Job: 4711"))
            .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": "0D5000000000001"}))),
    );
    s
}

fn basic(user: &str, password: &str) -> String {
    use base64::Engine;
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}")))
}

#[test]
fn the_council_chain_passes_outputs_across_genesys_technologyone_and_salesforce() {
    let (g, t, s) = (genesys(), techone(), salesforce());
    let mut env = TestEnv::with_env_key();
    env.set("GX_SECRET", CANARY);
    env.set("T1_SECRET", "t1-secret-0123456789");
    env.set("SF_SECRET", "sf-secret-0123456789");
    env.set("SF_REFRESH", "sf-refresh");
    // Added out of order: priority decides.
    env.ok(&[
        "integration", "add", "salesforce", "--name", "salesforce", "--priority", "30", "--on", "conversation_ended:post_summary",
        "--field", "client_id=sf-client", "--field", &format!("oauth_server_url={}", s.server.uri()),
        "--secret", "client_secret=env:SF_SECRET", "--secret", "refresh_token=env:SF_REFRESH",
    ]);
    env.ok(&[
        "integration", "add", "genesys_cloud", "--name", "genesys", "--priority", "10", "--on", "conversation_ended:log_call",
        "--base-url", &g.server.uri(), "--field", &format!("oauth_server_url={}", g.server.uri()),
        "--field", &format!("client_id={GX_CLIENT}"), "--field", &format!("queue_id={QUEUE}"), "--secret", "client_secret=env:GX_SECRET",
    ]);
    env.ok(&[
        "integration", "add", "technologyone", "--name", "techone", "--priority", "20", "--on", "conversation_ended:create_job",
        "--base-url", &t.server.uri(), "--field", &format!("oauth_server_url={}", t.server.uri()),
        "--field", "tenant_url=https://council.t1cloud.com/T1Default/CiAnywhere/Web/COUNCIL", "--field", "client_id=t1-client",
        "--secret", "client_secret=env:T1_SECRET", "--field", "test_report=CRM_REQUEST_TYPES", "--field", "job_service=CRM_CREATE_REQUEST",
        "--field", "request_type=GENENQ",
    ]);

    let dry = env.run(&[
        "event", "fire", "conversation_ended", "--set", "conversation_id=conv-42", "--set", "summary=Missed bin collection",
        "--set", "caller.name=Ann Lee", "--set", "caller.phone=+61400111222", "--dry-run", "-o", "json",
    ]);
    assert!(dry.status.success(), "{}", transcript(&dry));
    let plan: Value = serde_json::from_slice(&dry.stdout).unwrap();
    let steps: Vec<&str> = plan["steps"].as_array().unwrap().iter().map(|s| s["step"].as_str().unwrap()).collect();
    assert_eq!(steps, ["genesys.log_call", "techone.create_job", "salesforce.post_summary"]);
    assert!(plan["steps"].as_array().unwrap().iter().all(|s| s["error"].is_null()), "{plan}");
    assert!(g.requests().is_empty() && t.requests().is_empty() && s.requests().is_empty(), "a dry run sends nothing");

    let out = env.run(&[
        "event", "fire", "conversation_ended", "--set", "conversation_id=conv-42", "--set", "summary=Missed bin collection",
        "--set", "caller.name=Ann Lee", "--set", "caller.phone=+61400111222", "--wait", "-o", "json",
    ]);
    let sent = |f: &Fake| f.requests().iter().map(|r| format!("{} {} {:?} {}", r.method, r.url.path(), r.headers.get("authorization"), String::from_utf8_lossy(&r.body))).collect::<Vec<_>>();
    assert!(out.status.success(), "{}\nsent:\n{:#?}\n{:#?}\n{:#?}", transcript(&out), sent(&g), sent(&t), sent(&s));
    let events = env.json(&["event", "list"]);
    let event = env.json(&["event", "show", events[0]["id"].as_str().unwrap()]);
    assert_eq!(event["status"], "succeeded", "{event}");
    let order: Vec<&str> = event["steps"].as_array().unwrap().iter().map(|s| s["integration"].as_str().unwrap()).collect();
    assert_eq!(order, ["genesys", "techone", "salesforce"]);
    assert_eq!(event["steps"][0]["outputs"]["interaction_id"], "gx-991");
    assert_eq!(event["steps"][1]["outputs"]["job_id"], 4711);
    assert_eq!(event["steps"][2]["outputs"]["feed_element_id"], "0D5000000000001");

    // Each vendor got its token request, then exactly one call.
    let calls = |f: &Fake| f.requests().iter().map(|r| r.url.path().to_string()).collect::<Vec<_>>();
    assert_eq!(calls(&g), ["/oauth/token", "/api/v2/conversations/callbacks"]);
    assert_eq!(calls(&t), ["/oauth2/access_token", "/Api/WS/v1/CRM_CREATE_REQUEST"]);
    assert_eq!(calls(&s), ["/services/oauth2/token", "/services/data/v62.0/chatter/feed-elements"]);
    let post = &s.bodies_at("POST", "/services/data/v62.0/chatter/feed-elements")[0];
    let text = post["body"]["messageSegments"][0]["text"].as_str().unwrap();
    assert!(text.contains("conversation conv-42 with Ann Lee") && text.contains("Missed bin collection") && text.ends_with("Job: 4711"), "{text}");
    assert_no_canary(&env, &out, "the council chain");
}

#[test]
fn without_the_job_the_salesforce_post_names_none() {
    // Salesforce alone: no TechnologyOne step ran, so no "Job:" line.
    let s = Fake::start();
    s.mount(Mock::given(method("POST")).and(path("/services/oauth2/token")).respond_with(ok(json!({"access_token": "sf-access", "token_type": "Bearer", "instance_url": s.server.uri()}))));
    s.mount(Mock::given(method("POST")).and(path("/services/data/v62.0/chatter/feed-elements")).respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": "0D5"}))));
    let mut env = TestEnv::with_env_key();
    env.set("SF_SECRET", "sf-secret-0123456789");
    env.set("SF_REFRESH", "sf-refresh");
    env.ok(&[
        "integration", "add", "salesforce", "--name", "salesforce", "--on", "conversation_ended:post_summary",
        "--field", "client_id=sf-client", "--field", &format!("oauth_server_url={}", s.server.uri()),
        "--secret", "client_secret=env:SF_SECRET", "--secret", "refresh_token=env:SF_REFRESH",
    ]);
    let out = env.run(&["event", "fire", "conversation_ended", "--set", "conversation_id=conv-1", "--set", "summary=Hello", "--set", "caller.name=Ann Lee", "--wait"]);
    assert!(out.status.success(), "{}", transcript(&out));
    let post = &s.bodies_at("POST", "/services/data/v62.0/chatter/feed-elements")[0];
    let text = post["body"]["messageSegments"][0]["text"].as_str().unwrap();
    assert!(text.ends_with("Hello") && !text.contains("Job:"), "{text:?}");
}
