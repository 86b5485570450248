//! Dynamic shell completions through clap_complete's engine: the shell
//! calls `COMPLETE=bash crmctl -- WORDS...` at each Tab, and values come from
//! the store and templates the environment names (CRMCTL_DB, CRMCTL_ORG,
//! CRMCTL_TEMPLATE_DIR): integration names, template ids, orgs, assistants,
//! streams and event types. The command line's own `--db`/`--org` are not
//! seen; nothing is ever written, prompted for or printed but candidates.

use clap::{CommandFactory, Parser};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::cli::Cli;
use crate::settings::Settings;
use crate::store::Store;

/// The variable that switches the binary into completion mode.
pub const VAR: &str = "COMPLETE";

/// Runs the completion engine when the shell asked for it (and exits);
/// otherwise returns at once.
pub fn maybe_complete() {
    clap_complete::CompleteEnv::with_factory(command)
        .var(VAR)
        .complete();
}

/// The CLI with value completers attached to the arguments that name
/// things in the store.
pub fn command() -> clap::Command {
    attach(Cli::command(), &[])
}

fn attach(mut cmd: clap::Command, path: &[String]) -> clap::Command {
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let mut p = path.to_vec();
        p.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |s| attach(s, &p));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(kind) = kind_for(path, &id) {
            cmd = cmd.mut_arg(&id, |a| {
                a.add(ArgValueCandidates::new(move || candidates(kind)))
            });
        }
    }
    cmd
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integration,
    Template,
    Org,
    Assistant,
    Stream,
    EventType,
    LogKind,
}

/// Which names an argument takes, by its command path and id.
pub fn kind_for(path: &[String], id: &str) -> Option<Kind> {
    let first = path.first().map(String::as_str).unwrap_or("");
    let leaf = path.last().map(String::as_str).unwrap_or("");
    Some(match (first, leaf, id) {
        ("", _, "org") => Kind::Org,
        (_, _, "integration") => Kind::Integration,
        (_, _, "assistant") => Kind::Assistant,
        (_, _, "stream") => Kind::Stream,
        (_, _, "provider") => Kind::Template,
        (_, _, "event_type") => Kind::EventType,
        ("template", "show", "id") => Kind::Template,
        ("event", "fire", "kind") => Kind::EventType,
        ("logs", "tail", "kind") => Kind::LogKind,
        ("org", "remove" | "set", "name") => Kind::Org,
        ("assistant", "remove", "name") => Kind::Assistant,
        ("integration", "add", _) => return None,
        (
            "integration" | "test" | "sync" | "kb" | "mapping" | "schedule" | "webhook" | "auth"
            | "send",
            _,
            "name" | "names",
        ) => Kind::Integration,
        _ => return None,
    })
}

/// Settings from the environment alone, as `crmctl version` would see them.
fn settings() -> Option<Settings> {
    let cli = Cli::try_parse_from(["crmctl", "version"]).ok()?;
    Settings::resolve(&cli.global).ok()
}

fn named(items: impl IntoIterator<Item = (String, Option<String>)>) -> Vec<CompletionCandidate> {
    items
        .into_iter()
        .map(|(v, help)| CompletionCandidate::new(v).help(help.map(Into::into)))
        .collect()
}

/// The candidates of a kind; an unreadable store or template directory
/// gives none rather than an error in the middle of the user's typing.
pub fn candidates(kind: Kind) -> Vec<CompletionCandidate> {
    let fixed = |v: &[&str]| named(v.iter().map(|s| (s.to_string(), None)));
    match kind {
        Kind::Stream => return fixed(&["contacts", "tickets", "deals"]),
        Kind::LogKind => {
            return fixed(&[
                "test",
                "action",
                "step",
                "kb_import",
                "record_sync",
                "webhook",
                "audit",
            ]);
        }
        _ => {}
    }
    let Some(settings) = settings() else {
        return Vec::new();
    };
    if kind == Kind::Template {
        return match crate::templates::Catalog::load(&settings.template_dirs) {
            Ok(c) => named(c.ids().into_iter().map(|id| (id, None))),
            Err(_) => Vec::new(),
        };
    }
    let builtin_types = || {
        crate::engine::events::builtin()
            .into_iter()
            .map(|e| (e.name.to_string(), Some(e.description.to_string())))
    };
    // Only an existing store is opened: completing never creates one.
    let Ok(store) = Store::open(&settings.db) else {
        return if kind == Kind::EventType {
            named(builtin_types())
        } else {
            Vec::new()
        };
    };
    let org = || store.org(&settings.org).ok();
    let found: Vec<(String, Option<String>)> = match kind {
        Kind::Org => store
            .orgs()
            .map(|o| o.into_iter().map(|o| (o.name, None)).collect())
            .unwrap_or_default(),
        Kind::Integration => org()
            .and_then(|org| store.integrations(&org).ok())
            .map(|is| is.into_iter().map(|i| (i.name, Some(i.provider))).collect())
            .unwrap_or_default(),
        Kind::Assistant => org()
            .and_then(|org| store.assistants(&org).ok())
            .map(|a| a.into_iter().map(|a| (a.name, None)).collect())
            .unwrap_or_default(),
        Kind::EventType => {
            let mut all: Vec<(String, Option<String>)> = builtin_types().collect();
            let custom: std::collections::BTreeSet<String> = org()
                .and_then(|org| store.integrations(&org).ok())
                .unwrap_or_default()
                .iter()
                .flat_map(|i| {
                    i.events
                        .iter()
                        .map(|e| e.split(':').next().unwrap_or_default().to_string())
                })
                .filter(|e| !all.iter().any(|(n, _)| n == e))
                .collect();
            all.extend(custom.into_iter().map(|e| (e, Some("custom".to_string()))));
            all
        }
        _ => Vec::new(),
    };
    named(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every argument that names something in the store gets a completer;
    /// the ones that name something new do not.
    #[test]
    fn the_arguments_that_name_stored_things_complete() {
        let p = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            kind_for(&p("integration show"), "name"),
            Some(Kind::Integration)
        );
        assert_eq!(kind_for(&p("sync"), "name"), Some(Kind::Integration));
        assert_eq!(kind_for(&p("test"), "names"), Some(Kind::Integration));
        assert_eq!(
            kind_for(&p("contacts list"), "integration"),
            Some(Kind::Integration)
        );
        assert_eq!(
            kind_for(&p("integration add"), "provider"),
            Some(Kind::Template)
        );
        assert_eq!(kind_for(&p("integration add"), "name"), None);
        assert_eq!(kind_for(&p("org add"), "name"), None);
        assert_eq!(kind_for(&p("org remove"), "name"), Some(Kind::Org));
        assert_eq!(kind_for(&[], "org"), Some(Kind::Org));
        assert_eq!(kind_for(&p("event fire"), "kind"), Some(Kind::EventType));
        assert_eq!(kind_for(&p("template show"), "id"), Some(Kind::Template));
        // The ids exist in the command tree where they are expected.
        command().debug_assert();
    }
}
