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
