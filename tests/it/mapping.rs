//! `crmctl mapping`: set, list, remove, --from-file (and a malformed file
//! reported with line and column), unknown streams and fields refused, org
//! isolation, and `mapping test`, where each transform's bad value counts
//! as a failed record with its reason while the other records go on.

use serde_json::{json, Value};

use crate::common::*;

fn env() -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.add_zendesk("zd", CANARY);
    env
}

fn targets(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|m| format!("{}.{}", m["stream"].as_str().unwrap(), m["target"].as_str().unwrap())).collect()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn set_list_update_remove() {
    let env = env();
    env.ok(&[
        "mapping", "set", "zd", "--stream", "contacts", "--target", "email", "--source", "properties.email",
        "--transform", "trim", "--transform", "lower", "--transform", "required",
    ]);
    env.ok(&[
        "mapping", "set", "zd", "--stream", "tickets", "--target", "status", "--source", "fields.status.name",
        "--transform", "enum=open:open,in progress:pending,done:solved,*:open",
    ]);
    env.ok(&[
        "mapping", "set", "zd", "--stream", "contacts", "--target", "full_name", "--source", "properties.firstname",
        "--source", "properties.lastname", "--transform", "concat= ",
    ]);
    let all = env.json(&["mapping", "list", "zd"]);
    assert_eq!(targets(&all), ["contacts.email", "contacts.full_name", "tickets.status"]);
    assert_eq!(all[0]["source"], json!(["properties.email"]));
    assert_eq!(all[0]["transforms"], json!(["trim", "lower", "required"]));
    assert_eq!(all[2]["transforms"], json!([{"enum": {"open": "open", "in progress": "pending", "done": "solved", "*": "open"}}]));
    assert_eq!(all[1]["transforms"], json!([{"concat": " "}]));

    // Replacing a mapping keeps its place in the run order.
    env.ok(&["mapping", "set", "zd", "--stream", "contacts", "--target", "email", "--source", "email"]);
    let contacts = env.json(&["mapping", "list", "zd", "--stream", "contacts"]);
    assert_eq!(targets(&contacts), ["contacts.email", "contacts.full_name"]);
    assert_eq!(contacts[0]["position"], 1);
    assert_eq!(contacts[0]["source"], json!(["email"]));
    assert!(contacts[0].get("transforms").is_none());

    // The table names the transforms compactly.
    let table = env.ok(&["mapping", "list", "zd", "--stream", "tickets"]);
    assert!(table.contains("enum=done:solved,in progress:pending,open:open,*:open"), "{table}");

    env.ok(&["mapping", "remove", "zd", "--stream", "contacts", "--target", "email", "--yes"]);
    assert_eq!(targets(&env.json(&["mapping", "list", "zd", "--stream", "contacts"])), ["contacts.full_name"]);
    let out = env.run(&["mapping", "remove", "zd", "--stream", "contacts", "--target", "email", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("mapping 'contacts.email' not found for integration 'zd'"), "{}", stderr(&out));

    // Removing the integration removes its mappings.
    env.ok(&["integration", "remove", "zd", "--yes"]);
    let mut env = env;
    env.add_zendesk("zd", CANARY);
    assert_eq!(env.json(&["mapping", "list", "zd"]), json!([]));
}

const FILE: &str = r#"# HubSpot to the platform
- stream: contacts
  target: email
  source: properties.email
  transforms: [trim, lower, required]
- stream: contacts
  target: domain
  source: properties.email
  transforms: [email_domain]
- stream: deals
  target: close_date
  source: properties.closedate
  transforms:
    - date: {from: ["%d/%m/%Y", rfc3339], to: "%Y-%m-%d"}
- stream: deals
  target: amount
  source: properties.amount
  transforms: [{default: "0"}, number]
"#;

#[test]
fn from_file_and_replace() {
    let env = env();
    env.ok(&["mapping", "set", "zd", "--stream", "contacts", "--target", "title", "--source", "jobtitle"]);
    let path = env.write("work/hubspot.yaml", FILE);
    let v = env.json(&["mapping", "set", "zd", "--from-file", path.to_str().unwrap()]);
    assert_eq!(v, json!({"integration": "zd", "created": 4, "updated": 0, "removed": 0}));
    assert_eq!(
        targets(&env.json(&["mapping", "list", "zd"])),
        ["contacts.title", "contacts.email", "contacts.domain", "deals.close_date", "deals.amount"]
    );
    // Again, with --replace: the same four are updated, title (not in the file) goes.
    let v = env.json(&["mapping", "set", "zd", "--from-file", "hubspot.yaml", "--replace"]);
    assert_eq!(v, json!({"integration": "zd", "created": 0, "updated": 4, "removed": 1}));
    assert_eq!(
        targets(&env.json(&["mapping", "list", "zd"])),
        ["contacts.email", "contacts.domain", "deals.close_date", "deals.amount"]
    );
}

#[test]
fn the_sample_file_loads_and_maps() {
    let env = env();
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-configs/mappings/hubspot.yaml");
    let v = env.json(&["mapping", "set", "zd", "--from-file", sample]);
    assert_eq!(v["created"], 12);
    env.write(
        "work/contact.json",
        r#"{"id": "51", "properties": {"email": "Ann.Lee@Acme.com ", "firstname": "Ann", "lastname": "Lee", "phone": "+61 2 5550 1234"}}"#,
    );
    let v = env.json(&["mapping", "test", "zd", "--stream", "contacts", "--record", "contact.json"]);
    assert_eq!(
        v["records"][0]["fields"],
        json!({"email": "ann.lee@acme.com", "domain": "acme.com", "first_name": "Ann", "last_name": "Lee",
               "full_name": "Ann Lee", "phone": "+61 2 5550 1234", "company": "Unknown"})
    );
    env.write("work/deal.json", r#"{"properties": {"dealname": "Renewal", "amount": "900", "dealstage": "closedwon", "closedate": "1735603200000"}}"#);
    let v = env.json(&["mapping", "test", "zd", "--stream", "deals", "--record", "deal.json"]);
    assert_eq!(
        v["records"][0]["fields"],
        json!({"name": "Renewal", "amount": 900, "currency": "USD", "stage": "closed_won", "close_date": "2024-12-31"})
    );
}

#[test]
fn malformed_file_names_line_and_column() {
    let env = env();
    let path = env.write("work/bad.yaml", "- stream: contacts\n  target: email\n  source: [email\n");
    let out = env.run(&["mapping", "set", "zd", "--from-file", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(regex::Regex::new(r"bad\.yaml:\d+:\d+: ").unwrap().is_match(&err), "{err}");

    // An unknown transform is reported where it is.
    env.write("work/bad2.yaml", "- stream: contacts\n  target: email\n  source: email\n  transforms: [trim, shout]\n");
    let out = env.run(&["mapping", "set", "zd", "--from-file", "bad2.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("bad2.yaml:4:"), "{err}");
    assert!(err.contains("shout"), "{err}");

    // A valid file with an unknown field for its stream is refused whole.
    env.write("work/bad3.yaml", "- stream: contacts\n  target: email\n  source: email\n- stream: contacts\n  target: amount\n  source: x\n");
    let out = env.run(&["mapping", "set", "zd", "--from-file", "bad3.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("mapping 2 (contacts amount): unknown contact field 'amount'"), "{}", stderr(&out));
    assert_eq!(env.json(&["mapping", "list", "zd"]), json!([]), "nothing written");
}

#[test]
fn unknown_stream_field_or_transform_refused() {
    let env = env();
    let cases: [(&[&str], &str); 6] = [
        (&["--stream", "leads", "--target", "email", "--source", "e"], "unknown stream 'leads'"),
        (&["--stream", "contacts", "--target", "amount", "--source", "a"], "unknown contact field 'amount'"),
        (&["--stream", "deals", "--target", "stage", "--source", "a..b"], "empty segment"),
        (&["--stream", "contacts", "--target", "email", "--source", "e", "--transform", "shout"], "unknown transform 'shout'"),
        (&["--stream", "contacts", "--target", "email", "--source", "e", "--transform", "enum=open"], "is not FROM:TO"),
        (&["--stream", "deals", "--target", "close_date", "--source", "d", "--transform", "date=%d->%Y-%"], "output format"),
    ];
    for (args, want) in cases {
        let mut a = vec!["mapping", "set", "zd"];
        a.extend_from_slice(args);
        let out = env.run(&a);
        assert_eq!(out.status.code(), Some(2), "{a:?}");
        assert!(stderr(&out).contains(want), "{a:?}: {}", stderr(&out));
    }
    let out = env.run(&["mapping", "remove", "zd", "--stream", "contacts", "--target", "stage", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    let out = env.run(&["mapping", "list", "zd", "--stream", "accounts"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(env.json(&["mapping", "list", "zd"]), json!([]));
}

#[test]
fn another_orgs_integration_is_not_found() {
    let env = env();
    env.ok(&["mapping", "set", "zd", "--stream", "contacts", "--target", "email", "--source", "email"]);
    let id = env.json(&["integration", "show", "zd"])["id"].as_str().unwrap().to_string();
    env.ok(&["org", "add", "other"]);
    env.write("work/rec.json", r#"{"email": "a@b.co"}"#);
    for who in ["zd", id.as_str()] {
        for args in [
            vec!["mapping", "list", who],
            vec!["mapping", "set", who, "--stream", "contacts", "--target", "email", "--source", "x"],
            vec!["mapping", "remove", who, "--stream", "contacts", "--target", "email"],
            vec!["mapping", "test", who, "--stream", "contacts", "--record", "rec.json"],
        ] {
            let mut a = args.clone();
            a.extend(["--org", "other"]);
            let out = env.run(&a);
            assert_eq!(out.status.code(), Some(2), "{a:?}");
            assert!(stderr(&out).contains("not found in org 'other'"), "{a:?}: {}", stderr(&out));
        }
    }
    // Untouched in its own org.
    let v = env.json(&["mapping", "list", "zd"]);
    assert_eq!(v[0]["source"], json!(["email"]));
}

/// One mapping per transform; each bad record has one bad value, is counted
/// as failed with its reason, and the good records still map.
#[test]
fn each_transform_bad_value_fails_its_record_only() {
    let env = env();
    let yaml = r#"
- {stream: deals, target: name, source: [properties.first, properties.last], transforms: [{concat: " - "}, trim, upper]}
- {stream: deals, target: owner, source: owner.email, transforms: [lower, email_domain]}
- {stream: deals, target: stage, source: stage, transforms: [trim, lower, {enum: {new: open, won: closed_won, lost: closed_lost}}]}
- {stream: deals, target: close_date, source: closedate, transforms: [{date: {from: "%d/%m/%Y", to: "%Y-%m-%d"}}]}
- {stream: deals, target: amount, source: amount, transforms: [number]}
- {stream: deals, target: probability, source: probability, transforms: [{default: "0"}, integer]}
- {stream: deals, target: custom.hot, source: hot, transforms: [boolean]}
- {stream: deals, target: currency, source: currency, transforms: [trim, upper, required]}
"#;
    env.write("work/deals.yaml", yaml);
    env.ok(&["mapping", "set", "zd", "--from-file", "deals.yaml"]);
    let good = json!({
        "properties": {"first": "Acme", "last": " renewal "}, "owner": {"email": "Ann@Acme.COM"}, "stage": " Won ",
        "closedate": "31/12/2024", "amount": "1200.50", "hot": "yes", "currency": " aud "
    });
    let with = |path: &[&str], bad: Value| {
        let mut r = good.clone();
        let mut cur = &mut r;
        for p in &path[..path.len() - 1] {
            cur = cur.get_mut(*p).unwrap();
        }
        cur[path[path.len() - 1]] = bad;
        r
    };
    let records = json!([
        good,
        with(&["properties", "last"], json!({"not": "text"})),
        with(&["owner", "email"], json!("ann-at-acme")),
        with(&["stage"], json!("pending")),
        with(&["closedate"], json!("31/13/2024")),
        with(&["amount"], json!("12k")),
        with(&["probability"], json!("4.5")),
        with(&["hot"], json!("maybe")),
        with(&["currency"], json!("  ")),
        good,
    ]);
    env.write("work/records.json", &records.to_string());
    let out = env.run(&["mapping", "test", "zd", "--stream", "deals", "--record", "records.json", "-o", "json"]);
    assert_eq!(out.status.code(), Some(1), "any failed record exits 1: {}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((v["processed"].as_u64(), v["mapped"].as_u64(), v["failed"].as_u64()), (Some(10), Some(2), Some(8)));
    assert_eq!(v["defaults"], false);
    assert_eq!(v["records"][1]["index"], 9);
    let mapped = &v["records"][0]["fields"];
    assert_eq!(
        mapped,
        &json!({"name": "ACME - RENEWAL", "owner": "acme.com", "stage": "closed_won", "close_date": "2024-12-31",
                "amount": 1200.5, "probability": 0, "custom.hot": true, "currency": "AUD"})
    );
    let reasons: Vec<(u64, &str)> =
        v["failures"].as_array().unwrap().iter().map(|f| (f["index"].as_u64().unwrap(), f["reason"].as_str().unwrap())).collect();
    assert_eq!(
        reasons,
        [
            (1, "`name` (from properties.first + properties.last): '{\"not\":\"text\"}' is not text, so concat cannot apply"),
            (2, "`owner` (from owner.email): 'ann-at-acme' is not an email address"),
            (3, "`stage` (from stage): 'pending' is not one of: lost, new, won"),
            (4, "`close_date` (from closedate): '31/13/2024' is not a date in any of: %d/%m/%Y"),
            (5, "`amount` (from amount): '12k' is not a number"),
            (6, "`probability` (from probability): '4.5' is not an integer"),
            (7, "`custom.hot` (from hot): 'maybe' is not a boolean (true/false, yes/no, 1/0, on/off)"),
            (8, "`currency` (from currency): is required, but the value is missing or empty"),
        ]
    );
    assert_eq!(v["failures"][3]["error"], json!({"target": "close_date", "source": "closedate", "value": "31/13/2024", "reason": "is not a date in any of: %d/%m/%Y"}));

    // The table form: the mapped fields, then each failure on stderr.
    let out = env.run(&["mapping", "test", "zd", "--stream", "deals", "--record", "records.json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("record 5 failed: `close_date` (from closedate): '31/13/2024' is not a date"), "{err}");
    assert!(err.contains("10 record(s): 2 mapped, 8 failed"), "{err}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("record 1\n") && text.contains("record 10\n"), "{text}");
}

#[test]
fn test_uses_defaults_and_reads_stdin() {
    let env = env();
    let out = env
        .cmd()
        .args(["mapping", "test", "zd", "--stream", "contacts", "--record", "-", "-o", "json"])
        .write_stdin(r#"{"email": " Ann@Acme.com ", "first_name": "Ann", "last_name": "Lee", "phone": null}"#)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["defaults"], true);
    assert_eq!(
        v["records"][0]["fields"],
        json!({"email": "ann@acme.com", "first_name": "Ann", "last_name": "Lee", "full_name": "Ann Lee", "domain": "acme.com"})
    );
    // A record that is not JSON: line and column.
    env.write("work/bad.json", "{\n  \"email\": ,\n}");
    let out = env.run(&["mapping", "test", "zd", "--stream", "contacts", "--record", "bad.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad.json:2:12:"), "{}", stderr(&out));
    // The defaults are listed without an integration.
    let d = env.json(&["mapping", "list", "--defaults", "--stream", "contacts"]);
    assert!(targets(&d).contains(&"contacts.domain".to_string()));
}
