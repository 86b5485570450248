//! The audit log's rows, from the command line that made a change: the
//! command, what it changed, and the options and fields it gave by name
//! (the values of `--field`, `--secret` and the like are never kept).

use clap::CommandFactory;

use crate::cli::Cli;
use crate::store::AuditEntry;

/// Commands that only read, within the groups that change configuration.
const READ_ONLY: &[&str] = &["list", "show", "status", "export", "test", "preview", "generate", "types", "diff", "get", "defaults"];
/// Groups whose commands change configuration.
const GROUPS: &[&str] = &["integration", "apply", "key", "webhook", "auth", "org", "assistant", "mapping", "schedule"];
/// Options whose value is `NAME=VALUE`: only the name is kept.
const KEYED: &[&str] = &["field", "secret", "set"];
/// Options that change nothing.
const NOT_CHANGES: &[&str] = &["dry-run", "test", "diff"];

/// The audit entry for a command line, or `None` when it changes no
/// configuration.
pub fn entry(argv: &[String]) -> Option<AuditEntry> {
    let root = Cli::command();
    let mut cmd = &root;
    let mut path: Vec<String> = Vec::new();
    let mut positionals: Vec<String> = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut name: Option<String> = None;
    let mut it = argv.iter().peekable();
    while let Some(tok) = it.next() {
        if let Some(long) = tok.strip_prefix("--") {
            let (flag, inline) = match long.split_once('=') {
                Some((f, v)) => (f, Some(v.to_string())),
                None => (long, None),
            };
            if NOT_CHANGES.contains(&flag) {
                return None;
            }
            let arg = cmd.get_arguments().chain(root.get_arguments()).find(|a| a.get_long() == Some(flag));
            let takes = arg.is_some_and(|a| a.get_action().takes_values());
            let value = if takes && inline.is_none() { it.next().cloned() } else { inline };
            note(&root, flag, value, &mut fields, &mut name);
        } else if let Some(short) = tok.strip_prefix('-').filter(|s| !s.is_empty()) {
            let c = short.chars().next().unwrap_or_default();
            let arg = cmd.get_arguments().chain(root.get_arguments()).find(|a| a.get_short() == Some(c));
            let takes = arg.is_some_and(|a| a.get_action().takes_values());
            let flag = arg.and_then(|a| a.get_long()).unwrap_or(short).to_string();
            let value = if takes && short.len() == 1 { it.next().cloned() } else { None };
            note(&root, &flag, value, &mut fields, &mut name);
        } else if let Some(sub) = cmd.find_subcommand(tok) {
            path.push(sub.get_name().to_string());
            cmd = sub;
        } else {
            positionals.push(tok.clone());
        }
    }
    let group = path.first()?;
    if !GROUPS.contains(&group.as_str()) || path.iter().skip(1).any(|v| READ_ONLY.contains(&v.as_str())) {
        return None;
    }
    if group != "apply" && path.len() < 2 {
        return None;
    }
    fields.sort();
    fields.dedup();
    Some(AuditEntry { action: path.join(" "), subject: name.or_else(|| positionals.first().cloned()), fields, os_user: os_user(), host: host() })
}

fn note(_root: &clap::Command, flag: &str, value: Option<String>, fields: &mut Vec<String>, name: &mut Option<String>) {
    if ["output", "org", "db", "template-dir", "quiet", "verbose", "no-input", "yes"].contains(&flag) {
        return;
    }
    if KEYED.contains(&flag) {
        if let Some(v) = value {
            let key = v.split_once('=').map(|(k, _)| k).unwrap_or(&v).trim().to_string();
            fields.push(format!("{flag}.{key}"));
        }
        return;
    }
    if flag == "name" && name.is_none() {
        *name = value;
    }
    fields.push(flag.to_string());
}

/// `$USER` (or `$LOGNAME`), else the name of the process's uid in
/// /etc/passwd (cron and systemd units often set neither), else the uid.
fn os_user() -> String {
    if let Some(u) = ["USER", "LOGNAME", "USERNAME"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty())) {
        return u;
    }
    let uid = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("Uid:").and_then(|r| r.split_whitespace().next().map(str::to_string))));
    let Some(uid) = uid else { return "unknown".into() };
    std::fs::read_to_string("/etc/passwd")
        .ok()
        .and_then(|p| p.lines().find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() > 2 && f[2] == uid).then(|| f[0].to_string())
        }))
        .unwrap_or(format!("uid {uid}"))
}

fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "unknown".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn names_fields_never_values() {
        let e = entry(&argv("integration add zendesk --name zd --field subdomain=acme --secret api_token=env:ZD -o json")).unwrap();
        assert_eq!(e.action, "integration add");
        assert_eq!(e.subject.as_deref(), Some("zd"));
        assert_eq!(e.fields, ["field.subdomain", "name", "secret.api_token"]);
        let e = entry(&argv("integration disable zd")).unwrap();
        assert_eq!((e.action.as_str(), e.subject.as_deref()), ("integration disable", Some("zd")));
        assert!(entry(&argv("integration list")).is_none());
        assert!(entry(&argv("apply -f x.yaml --dry-run")).is_none());
        assert_eq!(entry(&argv("apply -f x.yaml")).unwrap().action, "apply");
        assert!(entry(&argv("sync crm")).is_none());
    }
}

/// Writes the audit row for a command line that changed configuration
/// (after it succeeded); a row that cannot be written is a warning.
pub fn record(ctx: &super::Ctx, argv: &[String]) {
    if ctx.changed_nothing() {
        return;
    }
    let Some(e) = entry(argv) else { return };
    let written = ctx.store().and_then(|mut store| {
        let org = ctx.org(&store)?;
        store.insert_audit(&org, &e)
    });
    if let Err(err) = written {
        ctx.printer.warn(format!("the audit log was not written: {err}"));
    }
}

/// `logs tail --kind audit`.
pub fn tail(ctx: &super::Ctx, since: Option<&str>, limit: i64) -> anyhow::Result<crate::error::Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let rows = store.audit_rows(&org, since, limit)?;
    ctx.printer.data(&rows, || {
        let mut t = crate::output::table(&["AT", "ACTION", "SUBJECT", "FIELDS", "USER", "HOST"]);
        for r in &rows {
            t.add_row(vec![
                comfy_table::Cell::new(&r.at),
                comfy_table::Cell::new(&r.action),
                comfy_table::Cell::new(r.subject.as_deref().unwrap_or("-")),
                comfy_table::Cell::new(r.fields.join(", ")),
                comfy_table::Cell::new(&r.os_user),
                comfy_table::Cell::new(&r.host),
            ]);
        }
        t
    })?;
    Ok(crate::error::Exit::Ok)
}
