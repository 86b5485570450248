//! Chatwoot helpdesk administration (seed 002): agents, inboxes, inbox
//! membership, and the website widget snippet.

use anyhow::Result;
use comfy_table::Cell;
use serde::Serialize;
use serde_json::{json, Value};

use super::integration::input::read_secret;
use super::targets::{runtime, stored, token_source};
use super::Ctx;
use crate::cli::{
    ChatwootAgentCreateArgs, ChatwootAgentRemoveArgs, ChatwootAgentsCommand, ChatwootAssignArgs, ChatwootBotAttachArgs, ChatwootBotCreateArgs,
    ChatwootBotsCommand, ChatwootCommand, ChatwootInboxArg, ChatwootInboxCreateArgs, ChatwootInboxesCommand, ChatwootMembersArgs,
    ChatwootMembersCommand, ChatwootTarget, ChatwootWidgetArgs, InboxChannel, WidgetPosition, WidgetType,
};
use crate::engine::{api, Failure, Target, TokenSource};
use crate::error::{Error, Exit};
use crate::http::Http;
use crate::output::table;
use crate::store::{Org, Store};
use crate::templates::schema::Method;

pub fn run(ctx: &Ctx, command: ChatwootCommand) -> Result<Exit> {
    match command {
        ChatwootCommand::Agents(ChatwootAgentsCommand::List(t)) => agents_list(ctx, t),
        ChatwootCommand::Agents(ChatwootAgentsCommand::Create(a)) => agents_create(ctx, a),
        ChatwootCommand::Agents(ChatwootAgentsCommand::Remove(a)) => agents_remove(ctx, a),
        ChatwootCommand::Inboxes(ChatwootInboxesCommand::List(t)) => inboxes_list(ctx, t),
        ChatwootCommand::Inboxes(ChatwootInboxesCommand::Create(a)) => inboxes_create(ctx, a),
        ChatwootCommand::Inboxes(ChatwootInboxesCommand::Members(ChatwootMembersCommand::List(a))) => members_list(ctx, a),
        ChatwootCommand::Inboxes(ChatwootInboxesCommand::Members(ChatwootMembersCommand::Add(a))) => members_change(ctx, a, true),
        ChatwootCommand::Inboxes(ChatwootInboxesCommand::Members(ChatwootMembersCommand::Remove(a))) => members_change(ctx, a, false),
        ChatwootCommand::Bots(ChatwootBotsCommand::List(t)) => bots_list(ctx, t),
        ChatwootCommand::Bots(ChatwootBotsCommand::Create(a)) => bots_create(ctx, a),
        ChatwootCommand::Bots(ChatwootBotsCommand::Attach(a)) => bots_attach(ctx, a),
        ChatwootCommand::Assign(a) => membership(ctx, a, true),
        ChatwootCommand::Unassign(a) => membership(ctx, a, false),
        ChatwootCommand::WidgetScript(a) => widget(ctx, a),
    }
}

/// The Chatwoot integration, its store and org.
struct Session {
    store: Store,
    org: Org,
    target: Target,
    tokens: TokenSource,
    http: Http,
    rt: tokio::runtime::Runtime,
}

impl Session {
    fn open(ctx: &Ctx, t: &ChatwootTarget) -> crate::error::Result<Session> {
        let store = ctx.store()?;
        let org = ctx.org(&store)?;
        let integration = match &t.integration {
            Some(name) => store.integration(&org, name)?,
            None => {
                let mut all: Vec<_> = store.integrations(&org)?.into_iter().filter(|i| i.provider == "chatwoot").collect();
                match all.len() {
                    1 => all.remove(0),
                    0 => {
                        return Err(Error::usage_hint(
                            format!("org {} has no Chatwoot integration", org.name),
                            "add one: crmctl integration add chatwoot --name chatwoot --field account_id=1 --secret api_access_token=env:CHATWOOT_TOKEN",
                        ))
                    }
                    _ => {
                        return Err(Error::usage_hint(
                            format!("org {} has {} Chatwoot integrations", org.name, all.len()),
                            format!("choose one with --integration ({})", all.iter().map(|i| i.name.as_str()).collect::<Vec<_>>().join(", ")),
                        ))
                    }
                }
            }
        };
        if integration.provider != "chatwoot" {
            return Err(Error::usage(format!("integration {} is {}, not chatwoot", integration.name, integration.provider)));
        }
        let catalog = ctx.catalog()?;
        let key = ctx.unlock(&store)?.key;
        let target = stored(&store, &catalog, &org, &key, integration)?;
        Ok(Session { tokens: token_source(ctx, key), store, org, target, http: t.http.client(), rt: runtime()? })
    }

    fn account(&self) -> String {
        self.target.fields.get("account_id").cloned().unwrap_or_default()
    }

    fn call(&self, method: Method, path: &str, body: Option<Value>) -> crate::error::Result<Value> {
        self.rt.block_on(api::call(&self.target, &self.http, &self.tokens, method, path, body, &[])).map_err(failed)
    }

    fn agents(&self) -> crate::error::Result<Vec<Value>> {
        let v = self.call(Method::Get, &format!("/api/v1/accounts/{}/agents", self.account()), None)?;
        Ok(v.as_array().cloned().unwrap_or_default())
    }

    fn inboxes(&self) -> crate::error::Result<Vec<Value>> {
        let v = self.call(Method::Get, &format!("/api/v1/accounts/{}/inboxes", self.account()), None)?;
        Ok(v["payload"].as_array().cloned().unwrap_or_default())
    }

    fn find_agent(&self, agent: &str) -> crate::error::Result<Value> {
        let all = self.agents()?;
        all.iter()
            .find(|a| id_is(&a["id"], agent) || a["email"].as_str().is_some_and(|e| e.eq_ignore_ascii_case(agent)))
            .cloned()
            .ok_or_else(|| Error::NotFound { kind: "Chatwoot agent", name: agent.into(), scope: String::new(), hint: Some("see `crmctl chatwoot agents list`".into()) })
    }

    fn find_inbox(&self, inbox: &str) -> crate::error::Result<Value> {
        self.inboxes()?
            .into_iter()
            .find(|i| id_is(&i["id"], inbox) || i["name"].as_str() == Some(inbox))
            .ok_or_else(|| Error::NotFound { kind: "Chatwoot inbox", name: inbox.into(), scope: String::new(), hint: Some("see `crmctl chatwoot inboxes list`".into()) })
    }
}

/// Whether a Chatwoot id (a JSON number, or a string) is the one typed.
fn id_is(id: &Value, typed: &str) -> bool {
    match id {
        Value::String(s) => s == typed,
        other => other.to_string() == typed,
    }
}

fn failed(f: Failure) -> Error {
    Error::Failed { message: format!("{} (hint: {})", f.message, f.hint) }
}

#[derive(Serialize)]
struct Agent {
    id: Value,
    name: String,
    email: String,
    role: String,
    availability: String,
    confirmed: bool,
}

fn agent_row(a: &Value) -> Agent {
    let s = |k: &str| a[k].as_str().unwrap_or_default().to_string();
    Agent { id: a["id"].clone(), name: s("name"), email: s("email"), role: s("role"), availability: s("availability_status"), confirmed: a["confirmed"].as_bool().unwrap_or(false) }
}

fn print_agents(ctx: &Ctx, rows: &[Agent]) -> Result<()> {
    ctx.printer.data(&rows, || {
        let mut t = table(&["ID", "NAME", "EMAIL", "ROLE", "AVAILABILITY", "CONFIRMED"]);
        for a in rows {
            t.add_row(vec![
                Cell::new(&a.id),
                Cell::new(&a.name),
                Cell::new(&a.email),
                Cell::new(&a.role),
                Cell::new(&a.availability),
                Cell::new(if a.confirmed { "yes" } else { "no" }),
            ]);
        }
        t
    })?;
    Ok(())
}

fn agents_list(ctx: &Ctx, t: ChatwootTarget) -> Result<Exit> {
    let s = Session::open(ctx, &t)?;
    let rows: Vec<Agent> = s.agents()?.iter().map(agent_row).collect();
    print_agents(ctx, &rows)?;
    Ok(Exit::Ok)
}

/// The seed's agent password policy (8+ characters, a number, a special
/// character), plus the upper- and lower-case letters Chatwoot itself
/// requires. Every unmet rule is named; the password is never repeated.
pub fn check_password(p: &str) -> std::result::Result<(), Vec<&'static str>> {
    let mut missing = Vec::new();
    if p.chars().count() < 8 {
        missing.push("at least 8 characters");
    }
    if !p.chars().any(|c| c.is_ascii_digit()) {
        missing.push("a number");
    }
    if !p.chars().any(|c| !c.is_alphanumeric() && !c.is_whitespace()) {
        missing.push("a special character");
    }
    if !p.chars().any(|c| c.is_uppercase()) {
        missing.push("an upper-case letter");
    }
    if !p.chars().any(|c| c.is_lowercase()) {
        missing.push("a lower-case letter");
    }
    if missing.is_empty() { Ok(()) } else { Err(missing) }
}

/// Agents that count against the org's agent limit: every one but the
/// account's administrators (seed 002 counts the agents an org adds, not
/// the account owner).
fn counted_agents(agents: &[Value]) -> u64 {
    agents.iter().filter(|a| a["role"].as_str() != Some("administrator")).count() as u64
}

fn agents_create(ctx: &Ctx, a: ChatwootAgentCreateArgs) -> Result<Exit> {
    if !a.email.contains('@') {
        return Err(Error::usage(format!("'{}' is not an email address", a.email)).into());
    }
    let password = match &a.password_from {
        Some(source) => {
            let p = read_secret("password", source, &mut false, None)?;
            if let Err(missing) = check_password(p.expose_secret()) {
                return Err(Error::usage_hint(
                    format!("the agent password needs {}", missing.join(", ")),
                    "agent passwords need at least 8 characters with a number, a special character, and upper- and lower-case letters",
                )
                .into());
            }
            Some(p)
        }
        None => None,
    };
    let s = Session::open(ctx, &a.target)?;
    let existing = s.agents()?;
    if a.role != "administrator" {
        crate::plans::check(&s.org, crate::plans::Resource::Agents, counted_agents(&existing), 1)?;
    }
    let account = s.account();
    let created = match password {
        // With a password: the Platform API creates the user, then adds it
        // to the account (the account Agents API cannot set passwords).
        Some(p) => {
            let token = s.target.secrets.get("platform_token").ok_or_else(|| {
                Error::usage_hint(
                    "creating an agent with a password needs the Chatwoot Platform API token",
                    format!("set it: crmctl integration edit {} --secret platform_token=env:CHATWOOT_PLATFORM_TOKEN; or omit --password-from to send an invitation", s.target.name),
                )
            })?;
            let headers = [("api_access_token".to_string(), token.expose_secret().to_string())];
            let user = s
                .rt
                .block_on(api::call(&s.target, &s.http, &s.tokens, Method::Post, "/platform/api/v1/users", Some(json!({"name": a.name, "email": a.email, "password": p.expose_secret()})), &headers))
                .map_err(failed)?;
            let user_id = user["id"].clone();
            s.rt.block_on(api::call(
                &s.target,
                &s.http,
                &s.tokens,
                Method::Post,
                &format!("/platform/api/v1/accounts/{account}/account_users"),
                Some(json!({"user_id": user_id, "role": a.role})),
                &headers,
            ))
            .map_err(failed)?;
            json!({"id": user_id, "name": a.name, "email": a.email, "role": a.role, "confirmed": user["confirmed"]})
        }
        // Without one: the Agents API, which emails the agent an invitation.
        None => s.call(Method::Post, &format!("/api/v1/accounts/{account}/agents"), Some(json!({"name": a.name, "email": a.email, "role": a.role})))?,
    };
    ctx.printer.status(format!(
        "Created Chatwoot agent {} <{}>{}",
        a.name,
        a.email,
        if a.password_from.is_none() { "; Chatwoot emails them an invitation" } else { "" }
    ));
    print_agents(ctx, &[agent_row(&created)])?;
    let _ = &s.store;
    Ok(Exit::Ok)
}

fn agents_remove(ctx: &Ctx, a: ChatwootAgentRemoveArgs) -> Result<Exit> {
    let s = Session::open(ctx, &a.target)?;
    let agent = s.find_agent(&a.agent)?;
    let (name, email) = (agent["name"].as_str().unwrap_or_default(), agent["email"].as_str().unwrap_or_default());
    if !ctx.confirm_or_dry_run(&format!("Remove Chatwoot agent {name} <{email}>?"), &[format!("Chatwoot agent {name} <{email}>")], a.yes, a.dry_run)? {
        return Ok(Exit::Ok);
    }
    s.call(Method::Delete, &format!("/api/v1/accounts/{}/agents/{}", s.account(), agent["id"]), None)?;
    ctx.printer.status(format!("Removed Chatwoot agent {}", agent["email"].as_str().unwrap_or_default()));
    Ok(Exit::Ok)
}

#[derive(Serialize)]
struct Inbox {
    id: Value,
    name: String,
    channel_type: String,
    website_url: Option<String>,
}

fn inbox_row(i: &Value) -> Inbox {
    Inbox {
        id: i["id"].clone(),
        name: i["name"].as_str().unwrap_or_default().into(),
        channel_type: i["channel_type"].as_str().unwrap_or_default().into(),
        website_url: i["website_url"].as_str().map(str::to_string),
    }
}

fn inboxes_list(ctx: &Ctx, t: ChatwootTarget) -> Result<Exit> {
    let s = Session::open(ctx, &t)?;
    let rows: Vec<Inbox> = s.inboxes()?.iter().map(inbox_row).collect();
    print_inboxes(ctx, &rows)
}

fn print_inboxes(ctx: &Ctx, rows: &[Inbox]) -> Result<Exit> {
    ctx.printer.data(&rows, || {
        let mut t = table(&["ID", "NAME", "CHANNEL", "WEBSITE"]);
        for i in rows {
            t.add_row(vec![Cell::new(&i.id), Cell::new(&i.name), Cell::new(&i.channel_type), Cell::new(i.website_url.as_deref().unwrap_or("-"))]);
        }
        t
    })?;
    Ok(Exit::Ok)
}

/// A URL Chatwoot will call or show: http or https, with a host.
fn web_url(flag: &str, value: &str) -> crate::error::Result<String> {
    crate::http::policy::check_url_text(value).map_err(|e| Error::usage(format!("{flag}: {e}")))?;
    match url::Url::parse(value) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(value.to_string()),
        _ => Err(Error::usage_hint(format!("{flag} '{value}' is not an http(s) URL"), "give a full URL such as https://acme.com")),
    }
}

fn inboxes_create(ctx: &Ctx, a: ChatwootInboxCreateArgs) -> Result<Exit> {
    if a.name.trim().is_empty() {
        return Err(Error::usage("the inbox name is empty").into());
    }
    let channel = match a.channel {
        InboxChannel::WebWidget => {
            if a.webhook_url.is_some() {
                return Err(Error::usage_hint("--webhook-url is for api inboxes", "use --channel api, or leave out --webhook-url").into());
            }
            let website = a.website_url.as_deref().ok_or_else(|| Error::usage_hint("a web_widget inbox needs --website-url", "for example: --website-url https://acme.com"))?;
            let mut c = json!({"type": "web_widget", "website_url": web_url("--website-url", website)?});
            if let Some(g) = &a.greeting {
                c["welcome_tagline"] = json!(g);
            }
            c
        }
        InboxChannel::Api => {
            if a.website_url.is_some() || a.greeting.is_some() {
                return Err(Error::usage_hint("--website-url and --greeting are for web_widget inboxes", "use --channel web_widget, or leave them out").into());
            }
            let mut c = json!({"type": "api"});
            if let Some(w) = &a.webhook_url {
                c["webhook_url"] = json!(web_url("--webhook-url", w)?);
            }
            c
        }
    };
    let s = Session::open(ctx, &a.target)?;
    let existing = s.inboxes()?;
    if existing.iter().any(|i| i["name"].as_str() == Some(a.name.as_str())) {
        return Err(Error::Duplicate { kind: "Chatwoot inbox", name: a.name.clone(), scope: String::new() }.into());
    }
    crate::plans::check(&s.org, crate::plans::Resource::Inboxes, existing.len() as u64, 1)?;
    let body = json!({"name": a.name, "channel": channel});
    if a.dry_run {
        ctx.printer.status(format!("Dry run: would POST /api/v1/accounts/{}/inboxes {body}; nothing was created", s.account()));
        return Ok(Exit::Ok);
    }
    let created = s.call(Method::Post, &format!("/api/v1/accounts/{}/inboxes", s.account()), Some(body))?;
    ctx.printer.status(format!("Created Chatwoot inbox {} ({})", a.name, created["id"]));
    print_inboxes(ctx, &[inbox_row(&created)])
}

fn members_list(ctx: &Ctx, a: ChatwootInboxArg) -> Result<Exit> {
    let s = Session::open(ctx, &a.target)?;
    let inbox = s.find_inbox(&a.inbox)?;
    let v = s.call(Method::Get, &format!("/api/v1/accounts/{}/inbox_members/{}", s.account(), inbox["id"]), None)?;
    let rows: Vec<Agent> = v["payload"].as_array().map(|a| a.iter().map(agent_row).collect()).unwrap_or_default();
    print_agents(ctx, &rows)?;
    Ok(Exit::Ok)
}

fn members_change(ctx: &Ctx, a: ChatwootMembersArgs, add: bool) -> Result<Exit> {
    let s = Session::open(ctx, &a.target)?;
    let inbox = s.find_inbox(&a.inbox)?;
    let all = s.agents()?;
    let mut ids = Vec::new();
    let mut emails = Vec::new();
    for typed in &a.agents {
        let agent = all
            .iter()
            .find(|x| id_is(&x["id"], typed) || x["email"].as_str().is_some_and(|e| e.eq_ignore_ascii_case(typed)))
            .ok_or_else(|| Error::NotFound { kind: "Chatwoot agent", name: typed.clone(), scope: String::new(), hint: Some("see `crmctl chatwoot agents list`".into()) })?;
        ids.push(agent["id"].clone());
        emails.push(agent["email"].as_str().unwrap_or_default().to_string());
    }
    let body = json!({"inbox_id": member_inbox_id(&inbox["id"], add), "user_ids": ids});
    let path = format!("/api/v1/accounts/{}/inbox_members", s.account());
    s.call(if add { Method::Post } else { Method::Delete }, &path, Some(body))?;
    ctx.printer.status(format!(
        "{} {} {} inbox {}",
        if add { "Added" } else { "Removed" },
        emails.join(", "),
        if add { "to" } else { "from" },
        inbox["name"].as_str().unwrap_or_default()
    ));
    Ok(Exit::Ok)
}

/// An agent bot as listed; its access token is never shown.
#[derive(Serialize)]
struct Bot {
    id: Value,
    name: String,
    outgoing_url: String,
    bot_type: Value,
}

fn bot_row(b: &Value) -> Bot {
    Bot {
        id: b["id"].clone(),
        name: b["name"].as_str().unwrap_or_default().into(),
        outgoing_url: b["outgoing_url"].as_str().unwrap_or_default().into(),
        bot_type: b["bot_type"].clone(),
    }
}

fn print_bots(ctx: &Ctx, rows: &[Bot]) -> Result<Exit> {
    ctx.printer.data(&rows, || {
        let mut t = table(&["ID", "NAME", "OUTGOING URL", "TYPE"]);
        for b in rows {
            let kind = match &b.bot_type {
                Value::String(k) => k.clone(),
                Value::Null => "-".into(),
                other => other.to_string(),
            };
            t.add_row(vec![Cell::new(&b.id), Cell::new(&b.name), Cell::new(&b.outgoing_url), Cell::new(kind)]);
        }
        t
    })?;
    Ok(Exit::Ok)
}

impl Session {
    fn bots(&self) -> crate::error::Result<Vec<Value>> {
        let v = self.call(Method::Get, &format!("/api/v1/accounts/{}/agent_bots", self.account()), None)?;
        Ok(v.as_array().cloned().unwrap_or_default())
    }
}

fn bots_list(ctx: &Ctx, t: ChatwootTarget) -> Result<Exit> {
    let s = Session::open(ctx, &t)?;
    let rows: Vec<Bot> = s.bots()?.iter().map(bot_row).collect();
    print_bots(ctx, &rows)
}

fn bots_create(ctx: &Ctx, a: ChatwootBotCreateArgs) -> Result<Exit> {
    if a.name.trim().is_empty() {
        return Err(Error::usage("the bot name is empty").into());
    }
    let outgoing = web_url("--outgoing-url", &a.outgoing_url)?;
    let s = Session::open(ctx, &a.target)?;
    let created = s.call(Method::Post, &format!("/api/v1/accounts/{}/agent_bots", s.account()), Some(json!({"name": a.name, "outgoing_url": outgoing})))?;
    ctx.printer.status(format!(
        "Created Chatwoot agent bot {} ({}); its access token stays in Chatwoot (Settings → Bots); attach it with `crmctl chatwoot bots attach {} INBOX`",
        a.name, created["id"], created["id"]
    ));
    print_bots(ctx, &[bot_row(&created)])
}

fn bots_attach(ctx: &Ctx, a: ChatwootBotAttachArgs) -> Result<Exit> {
    let s = Session::open(ctx, &a.target)?;
    let bot = s
        .bots()?
        .into_iter()
        .find(|b| id_is(&b["id"], &a.bot) || b["name"].as_str() == Some(a.bot.as_str()))
        .ok_or_else(|| Error::NotFound { kind: "Chatwoot agent bot", name: a.bot.clone(), scope: String::new(), hint: Some("see `crmctl chatwoot bots list`".into()) })?;
    let inbox = s.find_inbox(&a.inbox)?;
    s.call(Method::Post, &format!("/api/v1/accounts/{}/inboxes/{}/set_agent_bot", s.account(), inbox["id"]), Some(json!({"agent_bot": bot["id"]})))?;
    ctx.printer.status(format!(
        "Attached agent bot {} to inbox {}",
        bot["name"].as_str().unwrap_or_default(),
        inbox["name"].as_str().unwrap_or_default()
    ));
    Ok(Exit::Ok)
}

/// The inbox id as Chatwoot's spec types it for inbox_members: an integer
/// to add, a string to remove (its DELETE and PATCH schemas say string).
fn member_inbox_id(id: &Value, add: bool) -> Value {
    match (add, id) {
        (false, Value::Number(n)) => Value::String(n.to_string()),
        _ => id.clone(),
    }
}

fn membership(ctx: &Ctx, a: ChatwootAssignArgs, add: bool) -> Result<Exit> {
    let s = Session::open(ctx, &a.target)?;
    let agent = s.find_agent(&a.agent)?;
    let inbox = s.find_inbox(&a.inbox)?;
    let body = json!({"inbox_id": member_inbox_id(&inbox["id"], add), "user_ids": [agent["id"]]});
    let path = format!("/api/v1/accounts/{}/inbox_members", s.account());
    s.call(if add { Method::Post } else { Method::Delete }, &path, Some(body))?;
    ctx.printer.status(format!(
        "{} {} {} inbox {}",
        if add { "Assigned" } else { "Unassigned" },
        agent["email"].as_str().unwrap_or_default(),
        if add { "to" } else { "from" },
        inbox["name"].as_str().unwrap_or_default()
    ));
    Ok(Exit::Ok)
}

/// The embed snippet Chatwoot documents for a website inbox.
pub fn widget_snippet(base_url: &str, website_token: &str, position: WidgetPosition, kind: WidgetType) -> String {
    let settings = json!({
        "position": match position { WidgetPosition::Left => "left", WidgetPosition::Right => "right" },
        "type": match kind { WidgetType::Standard => "standard", WidgetType::ExpandedBubble => "expanded_bubble" },
    });
    let base = serde_json::to_string(base_url).expect("a string serializes");
    let token = serde_json::to_string(website_token).expect("a string serializes");
    format!(
        r#"<script>
  window.chatwootSettings = {settings};
  (function(d,t) {{
    var BASE_URL={base};
    var g=d.createElement(t),s=d.getElementsByTagName(t)[0];
    g.src=BASE_URL+"/packs/js/sdk.js";
    g.defer = true;
    g.async = true;
    s.parentNode.insertBefore(g,s);
    g.onload=function(){{
      window.chatwootSDK.run({{
        websiteToken: {token},
        baseUrl: BASE_URL
      }})
    }}
  }})(document,"script");
</script>
"#
    )
}

fn widget(ctx: &Ctx, a: ChatwootWidgetArgs) -> Result<Exit> {
    let s = Session::open(ctx, &a.target)?;
    crate::plans::check_feature(&s.org, crate::plans::Feature::ChatWidget, "the website widget snippet")?;
    let inbox = s.find_inbox(&a.inbox)?;
    let token = inbox["website_token"].as_str().filter(|t| !t.is_empty()).ok_or_else(|| {
        Error::usage(format!(
            "inbox {} is a {} inbox; the widget needs a website inbox",
            inbox["name"].as_str().unwrap_or_default(),
            inbox["channel_type"].as_str().unwrap_or("non-website")
        ))
    })?;
    ctx.printer.raw(&widget_snippet(&s.target.base_url, token, a.position, a.kind))?;
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_policy_names_every_unmet_rule() {
        assert!(check_password("Passw0rd!").is_ok());
        assert_eq!(check_password("short1!").unwrap_err(), vec!["at least 8 characters", "an upper-case letter"]);
        assert_eq!(check_password("Password").unwrap_err(), vec!["a number", "a special character"]);
        assert!(check_password("PASSWORD1!").unwrap_err().contains(&"a lower-case letter"));
    }

    #[test]
    fn snippet_carries_position_type_and_token() {
        let s = widget_snippet("https://chat.acme.com", "tok123", WidgetPosition::Left, WidgetType::ExpandedBubble);
        assert!(s.contains(r#""position":"left""#));
        assert!(s.contains(r#""type":"expanded_bubble""#));
        assert!(s.contains(r#"websiteToken: "tok123""#));
        assert!(s.contains(r#"var BASE_URL="https://chat.acme.com";"#));
    }
}
