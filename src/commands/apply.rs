//! `crmctl apply`: declarative orgs, assistants and integrations from YAML
//! files (or a sealed bundle), planned against the store and written in
//! one transaction.

use std::path::Path;

use anyhow::Result;
use serde::Serialize;

use super::targets::runtime;
use super::{progress::Progress, Ctx, EnvOrPrompt};
use crate::apply::plan::{self, Action, Change, Plan, SecretChange, Summary};
use crate::apply::{self, bundle, Desired, SecretMode};
use crate::cli::{ApplyArgs, OutputFormat};
use crate::engine::conntest::Verdict;
use crate::engine::{Target, TokenSource};
use crate::error::{Error, Exit};
use crate::store::Org;

#[derive(Serialize)]
struct Report<'a> {
    dry_run: bool,
    applied: bool,
    summary: Summary,
    changes: &'a [Change],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tests: Vec<Verdict>,
}

pub fn run(ctx: &Ctx, args: ApplyArgs) -> Result<Exit> {
    let catalog = ctx.catalog()?;
    let desired = match &args.sealed {
        Some(path) => {
            let yaml = open_bundle(ctx, path)?;
            let docs = apply::parse(&yaml, path)?;
            apply::resolve(&docs, &catalog, &ctx.settings.org, SecretMode::Values)?
        }
        None => {
            let docs = apply::load(&args.files)?;
            if docs.is_empty() {
                return Err(Error::usage("the apply files hold no documents").into());
            }
            apply::resolve(&docs, &catalog, &ctx.settings.org, SecretMode::References)?
        }
    };

    let mut store = ctx.store()?;
    let key = ctx.unlock(&store)?.key;
    let plan = plan::plan(&store, &key, &desired, args.prune)?;
    check_plans(&store, &catalog, &plan)?;
    let summary = plan.summary();
    let changed = summary.changes() > 0;

    if args.dry_run || !changed {
        ctx.nothing_changed();
        print(ctx, &plan, args.dry_run, false, Vec::new())?;
        if !changed {
            ctx.printer.status(format!("No changes: {} unchanged.", summary.unchanged));
        } else {
            let losses = delete_losses(&store, &plan)?;
            if !losses.is_empty() {
                ctx.printer.status(format!("The deletes would take: {}.", losses.join("; ")));
            }
            ctx.printer.status("Dry run: nothing was written.");
        }
        return Ok(if args.detailed_exitcode && changed { Exit::Changed } else { Exit::Ok });
    }

    confirm_deletes(ctx, &store, &plan, &summary, args.yes)?;
    let tested = if args.test { test_changed(ctx, &catalog, &store, &desired, &plan, &args)? } else { Vec::new() };
    let tests: Vec<Verdict> = tested.iter().map(|(_, v)| v.clone()).collect();
    let failed: Vec<&Verdict> = tests.iter().filter(|v| !v.ok).collect();
    if !failed.is_empty() {
        print(ctx, &plan, false, false, tests.clone())?;
        return Err(Error::Failed {
            message: format!(
                "{} of {} connection tests failed ({}); nothing was written",
                failed.len(),
                tests.len(),
                failed.iter().map(|v| v.integration.as_str()).collect::<Vec<_>>().join(", ")
            ),
        }
        .into());
    }

    store.apply_ops(&plan.ops)?;
    // The verdicts (all ok by now) are kept on the integrations, as `crmctl test` does.
    for (org_name, v) in &tested {
        let org = store.org(org_name)?;
        let i = store.integration(&org, &v.integration)?;
        store.set_last_test(&org, &i.id, "ok", &v.tested_at, &serde_json::to_value(v).unwrap_or_default())?;
    }
    print(ctx, &plan, false, true, tests)?;
    ctx.printer.status(format!(
        "Applied: {} created, {} updated, {} replaced, {} deleted, {} unchanged.",
        summary.create, summary.update, summary.replace, summary.delete, summary.unchanged
    ));
    Ok(if args.detailed_exitcode { Exit::Changed } else { Exit::Ok })
}

/// A plan that deletes (--prune, or a provider change) is confirmed first,
/// with what goes by count.
fn confirm_deletes(ctx: &Ctx, store: &crate::store::Store, plan: &Plan, summary: &Summary, yes: bool) -> Result<()> {
    let losses = delete_losses(store, plan)?;
    if losses.is_empty() {
        return Ok(());
    }
    let question = format!("Apply {} delete(s) and {} replace(s)?", summary.delete, summary.replace);
    Ok(ctx.confirm_loss(&question, &losses, yes)?)
}

/// What the plan's deletes take, by count (empty when it deletes nothing).
fn delete_losses(store: &crate::store::Store, plan: &Plan) -> Result<Vec<String>> {
    let (mut integrations, mut assistants) = (Vec::new(), Vec::new());
    for op in &plan.ops {
        match op {
            crate::store::Op::DeleteIntegration { id, .. } => integrations.push(id.clone()),
            crate::store::Op::DeleteAssistant { id, .. } => assistants.push(id.clone()),
            _ => {}
        }
    }
    if integrations.is_empty() && assistants.is_empty() {
        return Ok(Vec::new());
    }
    let fp = store.footprint(crate::store::Scope::Deleted { integrations: &integrations, assistants: &assistants })?;
    let mut losses = Vec::new();
    if !assistants.is_empty() {
        losses.push(super::count(assistants.len() as i64, "assistant"));
    }
    losses.extend(super::losses(&fp));
    Ok(losses)
}

fn open_bundle(ctx: &Ctx, path: &Path) -> Result<zeroize::Zeroizing<String>> {
    let text = crate::textfile::read(path)?;
    let b = bundle::parse(&text, path)?;
    let pass = EnvOrPrompt::new("CRMCTL_BUNDLE_PASSPHRASE", ctx.settings.interactive, false)
        .require(&format!("Passphrase for {}", path.display()))?;
    Ok(bundle::open(&b, pass.expose_secret(), path)?)
}

/// Tests every integration the plan creates or changes, as the files
/// declare it, before anything is written.
fn test_changed(
    ctx: &Ctx,
    catalog: &crate::templates::Catalog,
    store: &crate::store::Store,
    desired: &Desired,
    plan: &Plan,
    args: &ApplyArgs,
) -> Result<Vec<(String, Verdict)>> {
    let mut targets = Vec::new();
    for (org_name, name) in plan.changed_integrations() {
        let Some(spec) = desired.integrations.iter().find(|i| i.org == org_name && i.name == name) else { continue };
        let template = catalog.get(&spec.provider)?.template.clone();
        let base_url = crate::templates::effective_base_url(&template, spec.base_url.as_deref(), &spec.fields)?;
        let org = store.org(&org_name).unwrap_or(Org {
            id: String::new(),
            name: org_name.clone(),
            settings: Default::default(),
            created_at: String::new(),
        });
        let secrets = spec
            .secrets
            .iter()
            .map(|(k, v)| (k.clone(), crate::secrets::Secret::new(v.expose_secret().to_string())))
            .collect();
        targets.push(Target {
            org,
            integration: None,
            name: spec.name.clone(),
            template: template.with_auth_mode(&spec.fields),
            fields: spec.fields.clone(),
            secrets,
            base_url,
        });
    }
    if targets.is_empty() {
        return Ok(Vec::new());
    }
    let http = args.http.client();
    let rt = runtime()?;
    let results = rt.block_on(super::test::test_all(&targets, &http, &TokenSource::none(), 8, &Progress::new(&ctx.printer, "testing")));
    Ok(targets.iter().zip(results).map(|(t, (v, _))| (t.org.name.clone(), v)).collect())
}

fn print(ctx: &Ctx, plan: &Plan, dry_run: bool, applied: bool, tests: Vec<Verdict>) -> Result<()> {
    let summary = plan.summary();
    if ctx.settings.output != OutputFormat::Table {
        let report = Report { dry_run, applied, summary, changes: &plan.changes, tests };
        return ctx.printer.data(&report, || crate::output::table(&[])).map_err(Into::into);
    }
    let mut out = String::new();
    for c in &plan.changes {
        let provider = c.provider.as_ref().map(|p| format!(" ({p})")).unwrap_or_default();
        let scope = if c.kind == apply::Kind::Org { String::new() } else { format!("{}/", c.org) };
        let reason = c.reason.as_ref().map(|r| format!(": {r}")).unwrap_or_default();
        out.push_str(&format!("{:>3} {} {scope}{}{provider}{reason}\n", c.action.symbol(), c.kind.as_str(), c.name));
        if c.action == Action::Unchanged {
            continue;
        }
        for d in &c.diff {
            let line = if d.from.is_null() {
                format!("{}: {}", d.path, value(&d.to))
            } else if d.to.is_null() {
                format!("{}: {} → (removed)", d.path, value(&d.from))
            } else {
                format!("{}: {} → {}", d.path, value(&d.from), value(&d.to))
            };
            out.push_str(&format!("      {line}\n"));
        }
        for (k, s) in &c.secrets {
            if c.action == Action::Update && *s == SecretChange::Unchanged {
                continue;
            }
            let s = serde_json::to_value(s).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            out.push_str(&format!("      secret {k}: {s}\n"));
        }
    }
    for v in &tests {
        let line = if v.ok { format!("test {}: ok ({} ms)", v.integration, v.latency_ms) } else { format!("test {}: FAILED: {}", v.integration, v.message) };
        out.push_str(&format!("    {line}\n"));
    }
    out.push_str(&format!(
        "Plan: {} to create, {} to update, {} to replace, {} to delete, {} unchanged.\n",
        summary.create, summary.update, summary.replace, summary.delete, summary.unchanged
    ));
    ctx.printer.raw(&out)?;
    Ok(())
}

fn value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    }
}

/// Seed 002's plans, for the orgs as the apply would leave them: each org's
/// integrations (those it has, less the deletes, plus the creates) within
/// its limit, and each new one of a kind its plan allows. A dry run says
/// the same; nothing is written when any is refused.
fn check_plans(store: &crate::store::Store, catalog: &crate::templates::Catalog, plan: &Plan) -> crate::error::Result<()> {
    use crate::store::Op;
    use std::collections::BTreeMap;
    struct Tally {
        org: Org,
        have: u64,
        deleted: u64,
        created: Vec<String>,
    }
    let mut orgs: BTreeMap<String, Tally> = BTreeMap::new();
    let mut tally = |org: &Org| -> crate::error::Result<()> {
        if !orgs.contains_key(&org.id) {
            let have = match store.org(&org.id) {
                Ok(existing) => store.integrations(&existing)?.len() as u64,
                Err(_) => 0,
            };
            orgs.insert(org.id.clone(), Tally { org: org.clone(), have, deleted: 0, created: Vec::new() });
        }
        Ok(())
    };
    for op in &plan.ops {
        if let Op::CreateOrg { org } | Op::CreateIntegration { org, .. } = op {
            tally(org)?;
        }
    }
    for op in &plan.ops {
        match op {
            Op::SetOrgSettings { org_id, settings } => {
                if let Some(t) = orgs.get_mut(org_id) {
                    t.org.settings = settings.clone();
                } else if let Ok(mut org) = store.org(org_id) {
                    org.settings = settings.clone();
                    let have = store.integrations(&org)?.len() as u64;
                    orgs.insert(org_id.clone(), Tally { org, have, deleted: 0, created: Vec::new() });
                }
            }
            Op::CreateIntegration { org, new, .. } => orgs.get_mut(&org.id).expect("tallied above").created.push(new.provider.clone()),
            Op::DeleteIntegration { org_id, .. } => {
                if let Some(t) = orgs.get_mut(org_id) {
                    t.deleted += 1;
                }
            }
            _ => {}
        }
    }
    // A first webhook key (a `webhook_key:` in the file) needs a plan with
    // webhook integrations, as `crmctl webhook key` does.
    for op in &plan.ops {
        let (org_id, integration_id, secrets, existed) = match op {
            Op::CreateIntegration { org, new, secrets } => (&org.id, &new.id, secrets, false),
            Op::UpdateIntegration { org, values, secrets, .. } => (&org.id, &values.id, secrets, true),
            _ => continue,
        };
        if !secrets.iter().any(|s| s.field == crate::store::WEBHOOK_KEY_FIELD) {
            continue;
        }
        let Some(t) = orgs.get(org_id).map(|t| t.org.clone()).or_else(|| store.org(org_id).ok()) else { continue };
        if existed && store.webhook_key(&t, integration_id)?.is_some() {
            continue;
        }
        crate::plans::check_feature(&t, crate::plans::Feature::Webhook, "a webhook key for pushes to `crmctl serve`")?;
    }
    for t in orgs.values() {
        for provider in &t.created {
            if let Ok(e) = catalog.get(provider) {
                let c = e.template.category;
                crate::plans::check_feature(&t.org, crate::plans::Feature::of(c), &format!("{provider} is {}", c.as_str()))?;
            }
        }
        let kept = t.have.saturating_sub(t.deleted);
        if !t.created.is_empty() {
            crate::plans::check(&t.org, crate::plans::Resource::Integrations, kept, t.created.len() as u64)?;
        }
    }
    Ok(())
}
