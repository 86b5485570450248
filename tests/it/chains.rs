//! Chains: one integration running several actions for one event in the
//! order it states (the Chatwoot chain: contact, conversation, summary),
//! full and short addressing of earlier outputs, ambiguous short forms
//! refused at plan time, and the dry-run's verdict on rendering agreeing
//! with the worker's on generated cases.

use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, header, method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// A Chatwoot fake that answers each step only when its request carries
/// what the earlier steps returned.
fn chatwoot_fake() -> Fake {
    let fake = Fake::start();
    fake.mount(
        Mock::given(method("POST"))
            .and(path("/api/v1/accounts/7/contacts"))
            .and(header("api_access_token", CANARY))
            .and(body_partial_json(json!({"inbox_id": 4, "name": "Ann Lee", "phone_number": "+61400111222"})))
            .respond_with(ok(json!({"payload": {"contact": {"id": 55}, "contact_inbox": {"source_id": "src-abc"}}}))),
    );
    fake.mount(
        Mock::given(method("POST"))
            .and(path("/api/v1/accounts/7/conversations"))
            .and(body_partial_json(json!({"source_id": "src-abc", "inbox_id": 4, "contact_id": 55, "additional_attributes": {"external_conversation_id": "conv-9"}})))
            .respond_with(ok(json!({"id": 77}))),
    );
    fake.mount(
        Mock::given(method("POST"))
            .and(path("/api/v1/accounts/7/conversations/77/messages"))
            .and(body_partial_json(json!({"private": true, "message_type": "outgoing"})))
            .respond_with(ok(json!({"id": 99}))),
    );
    fake
}

fn chatwoot_env(fake: &Fake, on: &[&str]) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("CW_TOKEN", CANARY);
    let url = format!("instance_url={}", fake.server.uri());
    let mut args = vec![
        "integration", "add", "chatwoot", "--name", "helpdesk", "--field", url.as_str(), "--field", "account_id=7", "--field", "inbox_id=4",
        "--secret", "api_access_token=env:CW_TOKEN",
    ];
    for o in on {
        args.extend(["--on", o]);
    }
    env.ok(&args);
    env
}

fn fire_ended(env: &TestEnv, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "event", "fire", "conversation_ended", "--set", "conversation_id=conv-9", "--set", "summary=Asked about rates",
        "--set", "caller.name=Ann Lee", "--set", "caller.phone=+61400111222",
    ];
    args.extend(extra);
    env.run(&args)
}

#[test]
fn the_chatwoot_chain_runs_in_one_integration_in_the_stated_order() {
    let fake = chatwoot_fake();
    let env = chatwoot_env(&fake, &["conversation_ended:create_contact,create_conversation,send_message"]);
    let out = fire_ended(&env, &["--wait", "-o", "json"]);
    assert!(out.status.success(), "{}", transcript(&out));
    let paths: Vec<String> = fake.requests().iter().map(|r| r.url.path().to_string()).collect();
    assert_eq!(paths, ["/api/v1/accounts/7/contacts", "/api/v1/accounts/7/conversations", "/api/v1/accounts/7/conversations/77/messages"]);
    let note = &fake.bodies()[2]["content"];
    assert!(note.as_str().unwrap().contains("Asked about rates"), "{note}");

    let events = env.json(&["event", "list"]);
    let event = env.json(&["event", "show", events[0]["id"].as_str().unwrap()]);
    assert_eq!(event["status"], "succeeded");
    let actions: Vec<&str> = event["steps"].as_array().unwrap().iter().map(|s| s["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["create_contact", "create_conversation", "send_message"]);
    assert_eq!(event["steps"][2]["outputs"]["message_id"], 99);
    assert_no_canary(&env, &out, "the Chatwoot chain");
}

#[test]
fn several_on_flags_for_one_event_also_make_a_chain() {
    let fake = chatwoot_fake();
    let env = chatwoot_env(&fake, &["conversation_ended:create_contact", "conversation_ended:create_conversation,send_message"]);
    let out = fire_ended(&env, &["--wait"]);
    assert!(out.status.success(), "{}", transcript(&out));
    assert_eq!(fake.requests().len(), 3);
}

#[test]
fn the_dry_run_lists_every_step_and_every_one_not_run_with_the_reason() {
    let fake = chatwoot_fake();
    let mut env = chatwoot_env(&fake, &["conversation_ended:create_contact,create_conversation,send_message"]);
    env.set("CW_TOKEN", CANARY);
    let url = format!("instance_url={}", fake.server.uri());
    env.ok(&[
        "integration", "add", "chatwoot", "--name", "spare", "--field", url.as_str(), "--field", "account_id=7", "--field", "inbox_id=4",
        "--secret", "api_access_token=env:CW_TOKEN", "--on", "conversation_ended:create_contact",
    ]);
    env.ok(&["integration", "disable", "spare"]);
    let out = fire_ended(&env, &["--dry-run", "-o", "json"]);
    assert!(out.status.success(), "{}", transcript(&out));
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    let steps: Vec<&str> = plan["steps"].as_array().unwrap().iter().map(|s| s["step"].as_str().unwrap()).collect();
    assert_eq!(steps, ["helpdesk.create_contact", "helpdesk.create_conversation", "helpdesk.send_message"]);
    assert!(plan["steps"].as_array().unwrap().iter().all(|s| s["error"].is_null()), "{plan}");
    // The conversation's number comes from the step before it.
    assert!(plan["steps"][2]["request"]["url"].as_str().unwrap().ends_with("/conversations/%3Chelpdesk.create_conversation.conversation_id%3E/messages")
        || plan["steps"][2]["request"]["url"].as_str().unwrap().contains("helpdesk.create_conversation.conversation_id"), "{plan}");
    assert_eq!(plan["skipped"], json!([{"integration": "spare", "reason": "disabled"}]));
    assert!(fake.requests().is_empty());
    let table = fire_ended(&env, &["--dry-run"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("1. helpdesk.create_contact") && text.contains("3. helpdesk.send_message") && text.contains("spare: disabled"), "{text}");
}

const TEMPLATE: &str = r#"
id: chainfake
name: Chain fake
category: custom
fields:
  - {key: base_url, label: Base URL, type: url, required: true}
base_url: "{{ base_url }}"
auth: {type: none}
test: {method: GET, path: /me}
actions:
  make:
    description: Makes a thing.
    method: POST
    path: /make
    body: {k: 1}
    outputs: {num: thing.id, name: thing.name}
  again:
    description: Makes another thing with the same outputs.
    method: POST
    path: /again
    body: {k: 2}
    outputs: {num: thing.id, name: thing.name}
  use:
    description: Uses an earlier output.
    method: POST
    path: "USE_PATH"
    headers: {X-Ref: "USE_HEADER"}
    body: {v: "USE_BODY"}
"#;

fn custom_env(fake: &Fake, path: &str, header: &str, body: &str, chain: &str) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    let text = TEMPLATE.replace("USE_PATH", path).replace("USE_HEADER", header).replace("USE_BODY", body);
    let dir = env.write("templates/chainfake.yaml", &text).parent().unwrap().to_path_buf();
    env.set("CRMCTL_TEMPLATE_DIR", dir.to_str().unwrap());
    let url = format!("base_url={}", fake.server.uri());
    let on = format!("conversation_ended:{chain}");
    env.ok(&["integration", "add", "chainfake", "--name", "x", "--field", url.as_str(), "--on", on.as_str()]);
    env
}

fn custom_fake() -> Fake {
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).and(path("/make")).respond_with(ok(json!({"thing": {"id": 41, "name": "Ann"}}))));
    fake.mount(Mock::given(method("POST")).and(path("/again")).respond_with(ok(json!({"thing": {"id": 42, "name": "Bo"}}))));
    fake.mount(Mock::given(method("POST")).respond_with(ok(json!({"ok": true}))));
    fake
}

#[test]
fn an_ambiguous_short_form_is_refused_at_plan_time_and_the_full_form_runs() {
    let fake = custom_fake();
    let env = custom_env(&fake, "/use", "h", "{{ steps.x.num }}", "make,again,use");
    let out = env.run(&["event", "fire", "conversation_ended", "--set", "conversation_id=c1"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("`steps.x.num` is ambiguous") && err.contains("steps.x.make.num or steps.x.again.num"), "{err}");
    assert_eq!(env.json(&["event", "list"]).as_array().unwrap().len(), 0, "nothing queued");
    let dry = env.run(&["event", "fire", "conversation_ended", "--set", "conversation_id=c1", "--dry-run", "-o", "json"]);
    assert_eq!(dry.status.code(), Some(2));
    let plan: Value = serde_json::from_slice(&dry.stdout).unwrap();
    assert!(plan["steps"][2]["error"].as_str().unwrap().contains("ambiguous"), "{plan}");
    assert!(fake.requests().is_empty());

    let fake = custom_fake();
    let env = custom_env(&fake, "/use", "h", "{{ steps.x.again.num }}", "make,again,use");
    let out = env.run(&["event", "fire", "conversation_ended", "--set", "conversation_id=c1", "--wait"]);
    assert!(out.status.success(), "{}", transcript(&out));
    assert_eq!(fake.bodies_at("POST", "/use"), vec![json!({"v": 42})]);
}

/// 20 generated cases: for each, the dry-run's verdict (renders or not)
/// is the worker's (the request is sent or the step fails before sending).
#[test]
fn the_dry_run_and_the_worker_agree_on_rendering() {
    let refs = [
        "steps.x.make.num",
        "steps.x.num",
        "steps.chainfake.num",
        "steps.chainfake.make.name",
        "steps.x.make.nope",
        "steps.x.nope",
        "steps.y.make.num",
        "steps.make.num",
        "steps.x.make.num | int",
        "steps.x.make.num + 1",
        "(steps.x | default({})).num | default(event.conversation_id)",
        "steps.x.make.nope | default('d')",
        "steps.x.name | upper",
        "steps.x.make.num.deeper",
        "event.conversation_id",
        "event.missing",
    ];
    let mut cases: Vec<(String, String, String)> = refs.iter().map(|r| ("/use".to_string(), "h".to_string(), format!("{{{{ {r} }}}}"))).collect();
    cases.push(("/use/{{ steps.x.make.num }}".into(), "h".into(), "b".into()));
    cases.push(("/use/{{ steps.x.make.nope }}".into(), "h".into(), "b".into()));
    cases.push(("/use".into(), "{{ steps.x.make.name }}".into(), "b".into()));
    cases.push(("/use".into(), "{{ steps.x.again.name }}".into(), "b".into()));
    assert_eq!(cases.len(), 20);
    let mut verdicts = Vec::new();
    for (p, h, b) in &cases {
        let fake = custom_fake();
        let env = custom_env(&fake, p, h, b, "make,use");
        let dry = env.run(&["event", "fire", "conversation_ended", "--set", "conversation_id=c1", "--dry-run", "-o", "json"]);
        let plan: Value = serde_json::from_slice(&dry.stdout).unwrap_or(Value::Null);
        let dry_ok = plan["steps"][1]["error"].is_null() && !plan["steps"][1]["request"].is_null();
        assert_eq!(dry.status.success(), dry_ok, "case {p} {h} {b}: {}", transcript(&dry));
        let out = env.run(&["event", "fire", "conversation_ended", "--set", "conversation_id=c1", "--wait"]);
        let sent = fake.requests().iter().any(|r| r.url.path().starts_with("/use"));
        assert_eq!(dry_ok, sent, "case path={p} header={h} body={b}: the dry-run says {dry_ok}, the worker sent {sent}\n{}\n{}", transcript(&dry), transcript(&out));
        assert_eq!(out.status.success(), sent, "{}", transcript(&out));
        verdicts.push(dry_ok);
    }
    // Both kinds of case are in the set.
    assert!(verdicts.iter().filter(|v| **v).count() >= 8 && verdicts.iter().filter(|v| !**v).count() >= 6, "{verdicts:?}");
}

/// A small deterministic generator, so a failing case can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// One generated case: the event and its payload, two integrations of one
/// template with their chains, priorities and on_failure, and for each of
/// the template's four actions an expression at its path, header or body.
struct Generated {
    kind: &'static str,
    sets: Vec<String>,
    x: (Vec<usize>, i64, &'static str),
    y: (Vec<usize>, i64, &'static str),
    exprs: Vec<(usize, String)>,
}

const EXPRS: &[&str] = &[
    "event.conversation_id",
    "event.summary",
    "event.summary | default('none')",
    "event.caller.name",
    "(event.caller | default({})).name | default('anon')",
    "event.reason",
    "event.score",
    "event.nope",
    "event.conversation_id | nosuchfilter",
    "steps.x.a0.out",
    "steps.x.a1.out",
    "steps.y.a0.out",
    "steps.y.a2.out",
    "steps.x.zz.out",
    "steps.gen.a0.out",
    "steps.x.a0.out.deeper",
    "steps.x.a0.name | upper",
    "steps.y.a0.out + 1",
    "(steps.y | default({})).nope | default(event.conversation_id)",
    "steps.x.a3.out | default('none')",
];

fn generate(rng: &mut Lcg) -> Generated {
    let kinds: [(&str, &[&str]); 4] = [
        ("conversation_ended", &[]),
        ("escalation", &["reason=Angry caller"]),
        ("low_score", &["score=2"]),
        ("contact_request", &["caller.name=Ann Lee", "caller.phone=+61400111222"]),
    ];
    let (kind, required) = kinds[rng.next(kinds.len())];
    let mut sets: Vec<String> = vec!["conversation_id=c-1".into()];
    sets.extend(required.iter().map(|s| s.to_string()));
    if rng.next(2) == 0 {
        sets.push("summary=Missed bin collection".into());
    }
    if kind != "contact_request" && rng.next(3) == 0 {
        sets.push("caller.name=Bo Chen".into());
    }
    let chain = |rng: &mut Lcg, min: usize| -> Vec<usize> {
        let mut all = vec![0, 1, 2, 3];
        let n = min + rng.next(4 - min);
        let mut out = Vec::new();
        for _ in 0..n {
            out.push(all.remove(rng.next(all.len())));
        }
        out
    };
    let on_failure = |rng: &mut Lcg| if rng.next(3) == 0 { "stop" } else { "continue" };
    let x = (chain(rng, 1), 10 + 20 * rng.next(2) as i64, on_failure(rng));
    let y = (chain(rng, 0), 20, on_failure(rng));
    let exprs = (0..4).map(|_| (rng.next(3), EXPRS[rng.next(EXPRS.len())].to_string())).collect();
    Generated { kind, sets, x, y, exprs }
}

const GEN_TEMPLATE: &str = r#"
id: gen
name: Generated
category: custom
fields:
  - {key: base_url, label: Base URL, type: url, required: true}
base_url: "{{ base_url }}"
auth: {type: none}
test: {method: GET, path: /me}
actions:
ACTIONS
"#;

fn gen_template(exprs: &[(usize, String)]) -> String {
    let mut actions = String::new();
    for (n, (place, e)) in exprs.iter().enumerate() {
        let e = format!("{{{{ {e} }}}}");
        let (p, h, b) = match place {
            0 => (format!("/a{n}/{e}"), "h".to_string(), "b".to_string()),
            1 => (format!("/a{n}"), e, "b".to_string()),
            _ => (format!("/a{n}"), "h".to_string(), e),
        };
        actions.push_str(&format!(
            "  a{n}:\n    description: Generated action {n}.\n    method: POST\n    path: {}\n    headers: {{X-Ref: {}}}\n    body: {{v: {}}}\n    outputs: {{out: r.id, name: r.name}}\n",
            serde_json::to_string(&p).unwrap(),
            serde_json::to_string(&h).unwrap(),
            serde_json::to_string(&b).unwrap()
        ));
    }
    GEN_TEMPLATE.replace("ACTIONS", actions.trim_end())
}

/// 20 generated cases of varied events, payloads, chains over two
/// integrations (priorities, on_failure stop or continue) and templates,
/// some of whose steps cannot render: for every step, the dry-run's verdict
/// (renders, cannot render, or would not run) is what the worker then does
/// (sends it, or does not).
#[test]
fn twenty_generated_chains_get_the_dry_runs_verdict_per_step_from_the_worker() {
    let mut rng = Lcg(0x5eed_000c);
    let (mut renders, mut cannot, mut not_run, mut refused) = (0, 0, 0, 0);
    for case in 0..20 {
        let g = generate(&mut rng);
        let (fx, fy) = (Fake::start(), Fake::start());
        for f in [&fx, &fy] {
            f.mount(Mock::given(method("POST")).respond_with(ok(json!({"r": {"id": 7, "name": "Ann"}}))));
        }
        let mut env = TestEnv::with_env_key();
        let dir = env.write("templates/gen.yaml", &gen_template(&g.exprs)).parent().unwrap().to_path_buf();
        env.set("CRMCTL_TEMPLATE_DIR", dir.to_str().unwrap());
        let mut subscribed = Vec::new();
        for (name, fake, (chain, priority, on_failure)) in [("x", &fx, &g.x), ("y", &fy, &g.y)] {
            if chain.is_empty() {
                continue;
            }
            let on = format!("{}:{}", g.kind, chain.iter().map(|n| format!("a{n}")).collect::<Vec<_>>().join(","));
            let url = format!("base_url={}", fake.server.uri());
            env.ok(&["integration", "add", "gen", "--name", name, "--field", &url, "--on", &on, "--priority", &priority.to_string(), "--on-failure", on_failure]);
            subscribed.push(name);
        }
        let mut args = vec!["event", "fire", g.kind];
        for s in &g.sets {
            args.extend(["--set", s.as_str()]);
        }
        let what = format!("case {case}: {} {:?} x={:?} y={:?} exprs={:?}", g.kind, g.sets, g.x, g.y, g.exprs);
        let mut dry_args = args.clone();
        dry_args.extend(["--dry-run", "-o", "json"]);
        let dry = env.run(&dry_args);
        let plan: Value = serde_json::from_slice(&dry.stdout).unwrap_or_else(|e| panic!("{what}: the dry run printed no plan ({e}): {}", transcript(&dry)));
        let steps = plan["steps"].as_array().unwrap().clone();
        let ambiguous = steps.iter().any(|s| s["error"].as_str().is_some_and(|e| e.contains("ambiguous")));
        let mut run_args = args.clone();
        run_args.push("--wait");
        let out = env.run(&run_args);
        if ambiguous {
            // An ambiguous reference refuses the whole event: nothing runs.
            assert_eq!(out.status.code(), Some(2), "{what}\n{}", transcript(&out));
            assert!(fx.requests().is_empty() && fy.requests().is_empty(), "{what}");
            refused += 1;
            continue;
        }
        let mut all_sent = true;
        for s in &steps {
            let step = s["step"].as_str().unwrap();
            let (integration, action) = step.split_once('.').unwrap();
            let fake = if integration == "x" { &fx } else { &fy };
            let sent = fake.requests().iter().any(|r| r.url.path() == format!("/{action}") || r.url.path().starts_with(&format!("/{action}/")));
            let dry_ok = s["error"].is_null() && !s["request"].is_null();
            match (s["error"].is_null(), s["not_run"].is_null()) {
                (true, true) => renders += 1,
                (false, _) => cannot += 1,
                (true, false) => not_run += 1,
            }
            assert_eq!(dry_ok, sent, "{what}\nstep {step}: the dry run says {}, the worker {}\n{plan:#}\n{}", if dry_ok { "it renders" } else { "it does not run" }, if sent { "sent it" } else { "did not" }, transcript(&out));
            all_sent &= sent;
        }
        assert_eq!(dry.status.success(), steps.iter().all(|s| s["error"].is_null()), "{what}: the dry run's exit code\n{}", transcript(&dry));
        assert_eq!(out.status.success(), all_sent, "{what}: the worker's exit code\n{}", transcript(&out));
        assert!(!subscribed.is_empty());
    }
    // Every kind of verdict is in the set.
    assert!(renders >= 10 && cannot >= 4 && not_run >= 1, "renders {renders}, cannot render {cannot}, not run {not_run}, refused {refused}");
}
