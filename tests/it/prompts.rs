//! Prompts on a real pseudo-terminal: missing required fields are asked
//! for, secrets without echo, with validation inline.

use rexpect::session::spawn_command;

use crate::common::*;

#[test]
fn missing_fields_are_prompted_for_on_a_terminal() {
    let env = TestEnv::with_env_key();
    let mut cmd = env.std_cmd();
    cmd.args(["integration", "add", "zendesk", "--name", "zd", "--field", "subdomain=acme"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();

    p.exp_string("Agent email").unwrap();
    p.send_line("not-an-email").unwrap();
    p.exp_string("not an email address").unwrap(); // validated inline, asked again
    p.send_line("ops@acme.com").unwrap();
    p.exp_string("API token (Admin Center").unwrap();
    p.send_line(CANARY).unwrap();
    p.exp_string("Added integration zd").unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains(CANARY), "the hidden prompt does not echo the secret");

    let shown = env.json(&["integration", "show", "zd"]);
    assert_eq!(shown["fields"]["email"], "ops@acme.com");
    assert_eq!(shown["secrets"]["api_token"], format!("****{}", &CANARY[CANARY.len() - 4..]));
    assert_store_clean(&env, "a prompted secret");
}

#[test]
fn no_input_on_a_terminal_does_not_prompt() {
    let env = TestEnv::with_env_key();
    let mut cmd = env.std_cmd();
    cmd.args(["--no-input", "integration", "add", "zendesk", "--name", "zd", "--field", "subdomain=acme"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("missing required fields for zendesk").unwrap();
    p.exp_string("--secret api_token=env:VAR").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(env.json(&["integration", "list"]).as_array().unwrap().len(), 0);
}

#[test]
fn remove_asks_for_confirmation_on_a_terminal() {
    let mut env = TestEnv::with_env_key();
    env.add_zendesk("zd", "token-0123456789");
    let mut cmd = env.std_cmd();
    cmd.args(["integration", "remove", "zd"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("Remove integration 'zd'").unwrap();
    p.send_line("n").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(env.json(&["integration", "list"]).as_array().unwrap().len(), 1, "declined: kept");
}

#[test]
fn the_name_and_every_required_field_are_asked_with_help_example_and_words() {
    let env = TestEnv::with_env_key();
    let mut cmd = env.std_cmd();
    cmd.args(["integration", "add", "zendesk"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("Integration name").unwrap();
    p.send_line("zd-asked").unwrap();
    p.exp_string("Subdomain (The part before .zendesk.com in your Zendesk address; e.g. acme)").unwrap();
    p.send_line("acme.zendesk.com").unwrap();
    // In words, with the example; asked again.
    p.exp_string("is not a valid subdomain (The part before .zendesk.com in your Zendesk address); e.g. acme").unwrap();
    p.send_line("acme").unwrap();
    p.exp_string("Agent email").unwrap();
    p.send_line("ops@acme.com").unwrap();
    p.exp_string("API token (Admin Center").unwrap();
    p.send_line(CANARY).unwrap();
    p.exp_string("Added integration zd-asked").unwrap();
    p.exp_eof().unwrap();
    let shown = env.json(&["integration", "show", "zd-asked"]);
    assert_eq!(shown["fields"]["subdomain"], "acme");
}

#[test]
fn a_required_enum_with_a_default_is_a_menu_with_the_default_preselected() {
    let env = TestEnv::with_env_key();
    let mut cmd = env.std_cmd();
    let uuid = "6f1c2b9e-4d7a-4c1e-9b3f-2a8d5e7c1f04";
    cmd.env("GEN_SECRET", "genesys-client-secret-0123")
        .args(["integration", "add", "genesys_cloud", "--name", "gen", "--field", &format!("client_id={uuid}"), "--field", &format!("queue_id={uuid}"), "--secret", "client_secret=env:GEN_SECRET"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    // Asked although it has a default; the default is the first line, selected.
    p.exp_string("Region (The domain of your Genesys Cloud organisation's region").unwrap();
    p.exp_string("mypurecloud.com.au").unwrap();
    // The menu reads keys once it has drawn itself.
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send("\x1b[B").unwrap(); // one down from the default
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Added integration gen").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(env.json(&["integration", "show", "gen"])["fields"]["region"], "use2.us-gov-pure.cloud");

    // Without a terminal the default is taken, as before.
    let mut env2 = TestEnv::with_env_key();
    env2.set("GEN_SECRET", "genesys-client-secret-0123");
    env2.ok(&["integration", "add", "genesys_cloud", "--name", "gen", "--field", &format!("client_id={uuid}"), "--field", &format!("queue_id={uuid}"), "--secret", "client_secret=env:GEN_SECRET"]);
    assert_eq!(env2.json(&["integration", "show", "gen"])["fields"]["region"], "mypurecloud.com");
}

#[test]
fn no_input_reports_every_problem_at_once_in_the_prompts_words() {
    let env = TestEnv::with_env_key();
    let out = env.run(&["--no-input", "integration", "add", "zendesk", "--name", "zd", "--field", "subdomain=acme.zendesk.com"]);
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("prompts_no_input_every_problem", transcript(&out));
    let out = env.run(&["--no-input", "integration", "add", "zendesk", "--field", "subdomain=acme"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no integration name given"), "{}", transcript(&out));
    assert_eq!(env.json(&["integration", "list"]), serde_json::json!([]));
}
