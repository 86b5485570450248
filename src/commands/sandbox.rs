//! `crmctl sandbox serve`: the fake CRM/helpdesk API on loopback, until
//! SIGINT or SIGTERM.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use anyhow::Result;

use super::targets::runtime;
use super::Ctx;
use crate::cli::{SandboxCommand, SandboxServeArgs};
use crate::error::{Error, Exit};
use crate::sandbox::{self, SandboxConfig};

/// Fix the API key across runs (otherwise random per run).
const ENV_API_KEY: &str = "CRMCTL_SANDBOX_API_KEY";
/// Fix the OAuth client secret across runs (otherwise random per run).
const ENV_CLIENT_SECRET: &str = "CRMCTL_SANDBOX_CLIENT_SECRET";
/// Access-token lifetime in seconds (default 3600).
const ENV_TOKEN_TTL: &str = "CRMCTL_SANDBOX_TOKEN_TTL";

pub fn run(ctx: &Ctx, command: SandboxCommand) -> Result<Exit> {
    match command {
        SandboxCommand::Serve(args) => serve(ctx, args),
    }
}

fn env_value(name: &str) -> Option<String> {
    std::env::var(name).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

fn config(args: &SandboxServeArgs) -> crate::error::Result<SandboxConfig> {
    let mut c = SandboxConfig {
        latency: args.latency,
        rate_limit_every: args.rate_limit_every,
        error_every: args.error_every,
        hang_every: args.hang_every,
        malformed_every: args.malformed_every,
        records: args.records,
        ..SandboxConfig::default()
    };
    if let Some(k) = env_value(ENV_API_KEY) {
        c.api_key = k;
    }
    if let Some(s) = env_value(ENV_CLIENT_SECRET) {
        c.client_secret = s;
    }
    if let Some(t) = env_value(ENV_TOKEN_TTL) {
        let secs = t
            .parse::<u64>()
            .ok()
            .filter(|s| *s > 0)
            .ok_or_else(|| Error::usage_hint(format!("{ENV_TOKEN_TTL}='{t}' is not a number of seconds"), format!("for example {ENV_TOKEN_TTL}=3600")))?;
        c.token_ttl = Duration::from_secs(secs);
    }
    Ok(c)
}

/// Quotes a value for a POSIX shell when it needs it.
fn sh(v: &str) -> String {
    if !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=+@".contains(c)) {
        v.to_string()
    } else {
        format!("'{}'", v.replace('\'', "'\\''"))
    }
}

fn serve(ctx: &Ctx, args: SandboxServeArgs) -> Result<Exit> {
    let config = config(&args)?;
    let switches: Vec<String> = [
        (args.latency > Duration::ZERO).then(|| format!("latency {} ms", args.latency.as_millis())),
        (args.rate_limit_every > 0).then(|| format!("429 every {}", args.rate_limit_every)),
        (args.error_every > 0).then(|| format!("503 every {}", args.error_every)),
        (args.hang_every > 0).then(|| format!("hang every {}", args.hang_every)),
        (args.malformed_every > 0).then(|| format!("malformed body every {}", args.malformed_every)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let rt = runtime()?;
    rt.block_on(async {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, args.port));
        let sb = sandbox::start(addr, config.clone()).await.map_err(|e| {
            Error::usage_hint(format!("cannot listen on {addr}: {e}"), "choose another --port, or --port 0 for a free one")
        })?;
        let url = sb.url();
        let port = sb.port();
        let p = &ctx.printer;
        p.status(format!("Sandbox API listening on {url} (Ctrl-C to stop)"));
        p.status(format!("  API key:        {}", config.api_key));
        p.status(format!("  OAuth client:   {} / {}", config.client_id, config.client_secret));
        p.status(format!("  Records:        {} each of contacts, tickets, deals and knowledge-base articles", config.records));
        p.status(format!("  Switches:       {}", if switches.is_empty() { format!("none (change them with POST {url}/_sandbox/config)") } else { switches.join(", ") }));
        p.status(format!("  Request log:    {url}/_sandbox/requests"));
        p.status("");
        p.status("Try it from another shell (the same exports keep these credentials for the next run):");
        p.status(format!("  export {ENV_API_KEY}={} {ENV_CLIENT_SECRET}={}", sh(&config.api_key), sh(&config.client_secret)));
        p.status(format!(
            "  crmctl integration add sandbox --name sandbox --field base_url={url} --secret api_key=env:{ENV_API_KEY} --on conversation_ended"
        ));
        p.status("  crmctl test sandbox");
        p.status("  crmctl send sandbox log_call --set conversation_id=demo-1 --set caller.phone=+61400000001 --set summary='Asked about a refund'");
        p.status(format!(
            "  crmctl integration add sandbox_oauth --name sandbox-oauth --field base_url={url} --field client_id={} --secret client_secret=env:{ENV_CLIENT_SECRET}",
            sh(&config.client_id)
        ));
        // One machine-readable line for scripts (`--port 0`). A closed
        // stdout is not a reason to stop serving.
        let line = serde_json::json!({"url": url, "port": port, "client_id": config.client_id});
        let _ = p.raw(&format!("{line}\n"));

        let signal = wait_for_signal().await;
        p.status(format!("{signal}: stopping the sandbox"));
        sb.stop().await.map_err(|e| Error::Failed { message: format!("stopping the sandbox: {e}") })?;
        Ok::<_, Error>(())
    })?;
    Ok(Exit::Ok)
}

/// Waits for SIGINT (Ctrl-C) or SIGTERM; returns which.
pub(super) async fn wait_for_signal() -> &'static str {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => tokio::select! {
                _ = tokio::signal::ctrl_c() => "interrupted",
                _ = term.recv() => "terminated",
            },
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                "interrupted"
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        "interrupted"
    }
}
