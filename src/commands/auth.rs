use std::time::Duration;

use anyhow::Result;
use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::targets::{runtime, stored};
use super::Ctx;
use crate::cli::{AuthCommand, AuthLoginArgs, AuthLogoutArgs, IntegrationRef};
use crate::engine::oauth;
use crate::error::{Error, Exit};
use crate::output::kv_table;
use crate::templates::render::{environment, render_str};
use crate::templates::schema::{Auth, OAuth2};

pub fn run(ctx: &Ctx, command: AuthCommand) -> Result<Exit> {
    match command {
        AuthCommand::Login(a) => login(ctx, a),
        AuthCommand::Status(a) => status(ctx, a),
        AuthCommand::Logout(a) => logout(ctx, a),
    }
}

fn oauth_of<'a>(t: &'a crate::templates::Template, name: &str) -> crate::error::Result<&'a OAuth2> {
    match &t.auth {
        Auth::Oauth2(o) => Ok(o),
        _ if !t.auth_modes.is_empty() => {
            let modes: Vec<&str> = t.auth_modes.iter().filter(|(_, m)| matches!(m.auth, Auth::Oauth2(_))).map(|(k, _)| k.as_str()).collect();
            Err(Error::usage_hint(
                format!("integration {name} ({}) is not set up for OAuth 2.0", t.id),
                format!("switch it with `crmctl integration edit {name} --field auth_mode={}` and give the OAuth app's client id and secret", modes.join("|")),
            ))
        }
        _ => Err(Error::usage(format!("integration {name} ({}) does not use OAuth 2.0", t.id))),
    }
}

#[derive(Serialize)]
struct LoggedIn {
    integration: String,
    expires_at: Option<String>,
    refresh_token: bool,
    scopes: Vec<String>,
}

fn login(ctx: &Ctx, args: AuthLoginArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, &args.name)?;
    let catalog = ctx.catalog()?;
    let key = ctx.unlock(&store)?.key;
    let target = stored(&store, &catalog, &org, &key, integration)?;
    let o = oauth_of(&target.template, &target.name)?.clone();

    // A fixed, registered redirect URI wins; else loopback on --port or a free port.
    let fixed = o
        .redirect_uri
        .as_deref()
        .map(|u| render_str(environment(), u, &target.context()).map_err(|e| Error::usage(format!("redirect_uri: {e}"))))
        .transpose()?;
    let port = match (&fixed, args.port) {
        (_, Some(p)) => p,
        (Some(u), None) => url::Url::parse(u).ok().and_then(|u| u.port()).unwrap_or(0),
        (None, None) => 0,
    };
    let rt = runtime()?;
    let http = args.http.client();
    let saved = rt.block_on(async {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| Error::usage_hint(format!("cannot listen on 127.0.0.1:{port}: {e}"), "choose another --port"))?;
        let port = listener.local_addr().map_err(|e| Error::io("loopback listener", e))?.port();
        let redirect = fixed.clone().unwrap_or_else(|| format!("http://127.0.0.1:{port}/callback"));
        let plan = oauth::begin_login(&target, &o, &redirect).map_err(|f| Error::usage(f.message))?;
        ctx.printer.status(format!("Sign in to {} for integration {}:\n\n  {}\n", target.template.name, target.name, plan.url));
        if args.no_browser {
            ctx.printer.status(format!("Waiting for the redirect on {redirect} (or paste the URL you were redirected to, then Enter)..."));
        } else if webbrowser::open(&plan.url).is_err() {
            ctx.printer.status("Could not open a browser; open the URL above yourself.");
        }
        let (code, state) = tokio::time::timeout(args.wait, wait_for_redirect(listener, args.no_browser, &plan.state))
            .await
            .map_err(|_| Error::Failed { message: format!("no sign-in within {}s", args.wait.as_secs()) })??;
        let resp = oauth::finish_login(&target, &o, &http, plan, &code, &state, &store, &key)
            .await
            .map_err(|f| Error::Failed { message: format!("{} (hint: {})", f.message, f.hint) })?;
        Ok::<_, Error>(resp)
    })?;
    use oauth2::TokenResponse;
    let done = LoggedIn {
        integration: target.name.clone(),
        expires_at: saved.expires_in().map(|d| (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(d.as_secs() as i64)).to_string()),
        refresh_token: saved.refresh_token().is_some(),
        scopes: saved.scopes().map(|s| s.iter().map(|x| x.to_string()).collect()).unwrap_or_default(),
    };
    ctx.printer.status(format!("Signed in: tokens for {} are sealed in the store.", done.integration));
    ctx.printer.data(&done, || {
        kv_table(&[
            ("integration", done.integration.clone()),
            ("expires", done.expires_at.clone().unwrap_or_else(|| "not stated".into())),
            ("refresh token", if done.refresh_token { "yes".into() } else { "no".into() }),
            ("scopes", done.scopes.join(" ")),
        ])
    })?;
    Ok(Exit::Ok)
}

/// Waits for the provider's redirect to the loopback listener or, with
/// `paste`, a redirect URL typed on stdin. Returns (code, state).
async fn wait_for_redirect(listener: tokio::net::TcpListener, paste: bool, expected_state: &str) -> crate::error::Result<(String, String)> {
    // Pasted lines come from a plain thread: a blocking read of tokio's
    // stdin would hold up the runtime's shutdown after a sign-in through
    // the browser (until the user pressed Enter).
    let (tx, mut pasted) = tokio::sync::mpsc::unbounded_channel::<Option<String>>();
    if paste {
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::stdin().lock().lines() {
                let Ok(l) = line else { break };
                if tx.send(Some(l)).is_err() {
                    break;
                }
            }
            let _ = tx.send(None);
        });
    }
    let mut paste_open = paste;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (mut sock, _) = accepted.map_err(|e| Error::io("loopback listener", e))?;
                let mut buf = vec![0u8; 8192];
                let n = tokio::time::timeout(Duration::from_secs(10), sock.read(&mut buf)).await.ok().and_then(|r| r.ok()).unwrap_or(0);
                let head = String::from_utf8_lossy(&buf[..n]).to_string();
                let target = head.lines().next().and_then(|l| l.split_whitespace().nth(1)).unwrap_or("/").to_string();
                let parsed = params(&format!("http://127.0.0.1{target}"));
                // The browser is told the truth: a redirect whose state is not
                // this sign-in's gets the failure page (and nothing is saved).
                let (status, page) = match &parsed {
                    Ok((_, state)) if state == expected_state => ("200 OK", "Signed in. You can close this window and return to the terminal."),
                    Ok(_) => ("400 Bad Request", "Sign-in failed: this redirect does not belong to the sign-in crmctl started. See the terminal."),
                    Err(_) => ("400 Bad Request", "Sign-in failed; see the terminal."),
                };
                let reply = format!("HTTP/1.1 {status}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{page}", page.len());
                let _ = sock.write_all(reply.as_bytes()).await;
                let _ = sock.shutdown().await;
                match parsed {
                    Ok(p) => return Ok(p),
                    Err(Error::Usage { message, .. }) if message.contains("no code") => continue,
                    Err(e) => return Err(e),
                }
            }
            line = pasted.recv(), if paste_open => {
                match line {
                    Some(Some(l)) if !l.trim().is_empty() => return params(l.trim()),
                    Some(Some(_)) => continue,
                    // stdin closed: keep waiting for the browser's redirect.
                    _ => paste_open = false,
                }
            }
        }
    }
}

fn params(url: &str) -> crate::error::Result<(String, String)> {
    let u = url::Url::parse(url).map_err(|_| Error::usage(format!("'{url}' is not the redirect URL")))?;
    let get = |k: &str| u.query_pairs().find(|(n, _)| n == k).map(|(_, v)| v.into_owned());
    if let Some(err) = get("error") {
        let desc = get("error_description").map(|d| format!(": {d}")).unwrap_or_default();
        return Err(Error::Failed { message: format!("the provider refused the sign-in ({err}{desc})") });
    }
    match (get("code"), get("state")) {
        (Some(c), Some(s)) => Ok((c, s)),
        (Some(_), None) => Err(Error::Failed { message: "the redirect has no state; nothing was saved".into() }),
        _ => Err(Error::usage("the redirect has no code")),
    }
}

#[derive(Serialize)]
struct TokenStatus {
    integration: String,
    signed_in: bool,
    expires_at: Option<String>,
    refresh_token: bool,
    generation: i64,
    /// Non-secret token-response properties (instance_url, api_domain).
    extra: serde_json::Value,
    /// The template's auth mode the integration uses (`auth_modes`), if it has several.
    #[serde(skip_serializing_if = "Option::is_none")]
    auth_mode: Option<String>,
}

fn status(ctx: &Ctx, args: IntegrationRef) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let i = store.integration(&org, &args.name)?;
    let row = store.token(&org, &i.id)?;
    let s = TokenStatus {
        integration: i.name.clone(),
        signed_in: row.as_ref().is_some_and(|r| r.access_token.is_some()),
        expires_at: row.as_ref().and_then(|r| r.expires_at.clone()),
        refresh_token: row.as_ref().is_some_and(|r| r.refresh_token.is_some()),
        generation: row.as_ref().map(|r| r.generation).unwrap_or(0),
        extra: row.as_ref().map(|r| r.extra.clone()).unwrap_or_default(),
        auth_mode: i.fields.get(crate::templates::schema::AUTH_MODE_FIELD).cloned(),
    };
    ctx.printer.data(&s, || {
        kv_table(&[
            ("integration", s.integration.clone()),
            ("tokens", if s.signed_in { "yes".into() } else { "none".into() }),
            ("expires", s.expires_at.clone().unwrap_or_else(|| "-".into())),
            ("refresh token", if s.refresh_token { "yes".into() } else { "no".into() }),
            ("refreshes", s.generation.to_string()),
        ])
    })?;
    Ok(Exit::Ok)
}

#[derive(Serialize)]
struct LoggedOut {
    integration: String,
    /// "yes", "not offered" (the provider has no revocation), "no tokens",
    /// "skipped" (--local-only) or "failed".
    revoked: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    revoke_error: Option<String>,
}

fn logout(ctx: &Ctx, args: AuthLogoutArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let i = store.integration(&org, &args.name)?;
    let has_tokens = store.token(&org, &i.id)?.is_some();
    if !ctx.confirm_or_dry_run(
        &format!("Forget the OAuth tokens of {}? It stops working until `crmctl auth login {}`", i.name, i.name),
        &[format!("the access and refresh tokens of {}", i.name)],
        args.yes,
        args.dry_run,
    )? {
        return Ok(Exit::Ok);
    }
    // Revoke at the provider first, while the tokens are still here.
    let mut out = LoggedOut { integration: i.name.clone(), revoked: "no tokens", revoke_error: None };
    if args.local_only {
        out.revoked = "skipped";
    } else if has_tokens {
        let catalog = ctx.catalog()?;
        let key = ctx.unlock(&store)?.key;
        let target = stored(&store, &catalog, &org, &key, i.clone())?;
        out.revoked = "not offered";
        if let Auth::Oauth2(o) = &target.template.auth {
            let http = args.http.client();
            let rt = runtime()?;
            match rt.block_on(oauth::revoke(&target, o, &http, &store, &key)) {
                Ok(oauth::Revoked::Yes) => out.revoked = "yes",
                Ok(oauth::Revoked::NotOffered) => out.revoked = "not offered",
                Ok(oauth::Revoked::NoTokens) => out.revoked = "no tokens",
                Err(f) => {
                    out.revoked = "failed";
                    out.revoke_error = Some(format!("{} (hint: {})", f.message, f.hint));
                }
            }
        }
    }
    store.clear_token(&org, &i.id)?;
    match out.revoked {
        "yes" => ctx.printer.status(format!("Revoked the OAuth grant of {} at the provider and forgot its tokens", i.name)),
        "not offered" => ctx.printer.status(format!(
            "Forgot the OAuth tokens of {}; the provider offers no revocation, so remove the app's access in its settings to end the grant",
            i.name
        )),
        "failed" => ctx.printer.warn(format!(
            "forgot the OAuth tokens of {} here, but the provider did not confirm the revocation: {}",
            i.name,
            out.revoke_error.as_deref().unwrap_or_default()
        )),
        _ => ctx.printer.status(format!("Forgot the OAuth tokens of {}", i.name)),
    }
    ctx.printer.data(&out, || kv_table(&[("integration", out.integration.clone()), ("revoked", out.revoked.to_string())]))?;
    Ok(if out.revoked == "failed" { Exit::Failed } else { Exit::Ok })
}
