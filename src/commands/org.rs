use anyhow::Result;
use comfy_table::Cell;
use serde::Serialize;

use super::Ctx;
use crate::cli::{NameArgs, OrgCommand, OrgPlanCommand, OrgPlanSetArgs, OrgSetArgs, RemoveArgs};
use crate::error::{Error, Exit};
use crate::output::{kv_table, table};
use crate::plans::{self, Feature, Plan, Resource};
use crate::store::Org;

pub fn run(ctx: &Ctx, command: OrgCommand) -> Result<Exit> {
    match command {
        OrgCommand::Add(a) => add(ctx, a),
        OrgCommand::List(page) => list(ctx, &page),
        OrgCommand::Remove(a) => remove(ctx, a),
        OrgCommand::Set(a) => set(ctx, a),
        OrgCommand::Show(a) => show(ctx, a),
        OrgCommand::Plan(OrgPlanCommand::Set(a)) => plan_set(ctx, a),
        OrgCommand::Plan(OrgPlanCommand::List) => plan_list(ctx),
    }
}

fn print_orgs(ctx: &Ctx, orgs: &[Org]) -> Result<()> {
    ctx.printer.data(&orgs, || {
        let mut t = table(&["NAME", "ID", "SETTINGS", "CREATED"]);
        for o in orgs {
            let settings = o
                .settings
                .as_object()
                .map(|m| m.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            t.add_row(vec![Cell::new(&o.name), Cell::new(&o.id), Cell::new(settings), Cell::new(&o.created_at)]);
        }
        t
    })?;
    Ok(())
}

fn add(ctx: &Ctx, args: NameArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = store.add_org(&args.name)?;
    ctx.printer.status(format!("Added org {}", org.name));
    print_orgs(ctx, &[org])?;
    Ok(Exit::Ok)
}

fn list(ctx: &Ctx, page: &crate::cli::PageArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let (rows, total) = super::page_of(store.orgs()?, page);
    print_orgs(ctx, &rows)?;
    super::paging_notice(ctx, "orgs", page, rows.len(), total);
    Ok(Exit::Ok)
}

fn remove(ctx: &Ctx, args: RemoveArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = store.org(&args.name)?;
    let mut losses = vec![format!("org {} and its assistants", args.name)];
    losses.extend(super::losses(&store.footprint(crate::store::Scope::Org(&org.id))?));
    if !ctx.confirm_or_dry_run(&format!("Remove org '{}' and all its assistants and integrations?", args.name), &losses, args.yes, args.dry_run)? {
        return Ok(Exit::Ok);
    }
    let n = store.remove_org(&args.name)?;
    ctx.printer.status(format!("Removed org {} ({n} integrations)", args.name));
    Ok(Exit::Ok)
}

/// Settings an org understands, with their types.
const KNOWN_SETTINGS: &[(&str, &str)] = &[
    ("agent_limit", "integer, -1 for unlimited"),
    ("inbox_limit", "integer, -1 for unlimited"),
    ("integration_limit", "integer, -1 for unlimited"),
    ("plan", "FREE, STARTER, PRO_PLUS, TEAM, BUSINESS or ENTERPRISE"),
];

fn set(ctx: &Ctx, args: OrgSetArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = store.org(&args.name)?;
    let (key, value) = args.setting.split_once('=').ok_or_else(|| {
        Error::usage_hint(format!("'{}' is not KEY=VALUE", args.setting), "for example: crmctl org set acme agent_limit=3")
    })?;
    let known = KNOWN_SETTINGS.iter().find(|(k, _)| *k == key).ok_or_else(|| {
        Error::usage_hint(
            format!("unknown org setting '{key}'"),
            format!("known settings: {}", KNOWN_SETTINGS.iter().map(|(k, t)| format!("{k} ({t})")).collect::<Vec<_>>().join(", ")),
        )
    })?;
    let json = if value.is_empty() {
        serde_json::Value::Null
    } else if key == "plan" {
        match Plan::parse(value) {
            Some(p) => serde_json::Value::from(p.as_str()),
            None => return Err(Error::usage(format!("{key} must be {}", known.1)).into()),
        }
    } else {
        match value.parse::<i64>() {
            Ok(n) if n >= -1 => serde_json::Value::from(n),
            _ => return Err(Error::usage(format!("{key} must be {}", known.1)).into()),
        }
    };
    let org = store.set_org_setting(&org, key, json)?;
    ctx.printer.status(format!("Set {key} for org {}", org.name));
    print_orgs(ctx, &[org])?;
    Ok(Exit::Ok)
}

/// One limit of an org, with what counts against it where the store knows.
#[derive(Serialize)]
struct LimitRow {
    resource: &'static str,
    limit: Option<u64>,
    /// Where the number comes from: the plan, or the org's own setting.
    source: String,
    /// How many there are now (integrations only: agents and inboxes are
    /// counted at the helpdesk when one is created).
    used: Option<u64>,
}

#[derive(Serialize)]
struct OrgView {
    #[serde(flatten)]
    org: Org,
    plan: Option<&'static str>,
    limits: Vec<LimitRow>,
    features: Vec<FeatureRow>,
}

#[derive(Serialize)]
struct FeatureRow {
    feature: Feature,
    name: &'static str,
    allowed: bool,
    from_plan: &'static str,
}

fn limit_rows(org: &Org, integrations: u64) -> Vec<LimitRow> {
    [(Resource::Agents, "agents", None), (Resource::Inboxes, "inboxes", None), (Resource::Integrations, "integrations", Some(integrations))]
        .into_iter()
        .map(|(r, name, used)| LimitRow {
            resource: name,
            limit: plans::limit(org, r),
            source: match (org.settings.get(r.setting()).is_some(), plans::plan_of(org)) {
                (true, _) => format!("setting {}", r.setting()),
                (false, Some(p)) => format!("plan {}", p.as_str()),
                (false, None) => "no plan".into(),
            },
            used,
        })
        .collect()
}

fn show(ctx: &Ctx, a: NameArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = store.org(&a.name)?;
    let integrations = store.integrations(&org)?.len() as u64;
    let plan = plans::plan_of(&org);
    let view = OrgView {
        plan: plan.map(|p| p.as_str()),
        limits: limit_rows(&org, integrations),
        features: plans::FEATURES
            .iter()
            .map(|f| FeatureRow { feature: *f, name: f.as_str(), allowed: plan.is_none_or(|p| p.allows(*f)), from_plan: f.from_plan().as_str() })
            .collect(),
        org,
    };
    ctx.printer.data(&view, || {
        let mut rows: Vec<(&str, String)> = vec![
            ("name", view.org.name.clone()),
            ("id", view.org.id.clone()),
            ("plan", view.plan.unwrap_or("none (no limits but its own settings)").to_string()),
        ];
        for l in &view.limits {
            let limit = l.limit.map(|n| n.to_string()).unwrap_or_else(|| "unlimited".into());
            let used = l.used.map(|u| format!("{u} of ")).unwrap_or_default();
            let label = match l.resource {
                "agents" => "agent limit",
                "inboxes" => "inbox limit",
                _ => "integration limit",
            };
            rows.push((label, format!("{used}{limit} ({})", l.source)));
        }
        let allowed: Vec<&str> = view.features.iter().filter(|f| f.allowed).map(|f| f.name).collect();
        rows.push(("integration kinds", allowed.join(", ")));
        rows.push(("created", view.org.created_at.clone()));
        kv_table(&rows)
    })?;
    Ok(Exit::Ok)
}

fn plan_set(ctx: &Ctx, a: OrgPlanSetArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = store.org(&a.name)?;
    let plan = a.plan.0;
    let org = store.set_org_setting(&org, "plan", plan.map(|p| serde_json::Value::from(p.as_str())).unwrap_or(serde_json::Value::Null))?;
    match plan {
        Some(p) => ctx.printer.status(format!("Org {} is on the {} plan", org.name, p.as_str())),
        None => ctx.printer.status(format!("Org {} has no plan: no limits but its own settings", org.name)),
    }
    // A smaller plan removes nothing: say what is now past its limit.
    let integrations = store.integrations(&org)?;
    if let Some(max) = plans::limit(&org, Resource::Integrations)
        && integrations.len() as u64 > max
    {
        ctx.printer.warn(format!("org {} has {} integrations and its plan allows {max}: none is removed, but no more can be added", org.name, integrations.len()));
    }
    if let Some(p) = plan {
        let catalog = ctx.catalog()?;
        for i in &integrations {
            if let Ok(e) = catalog.get(&i.provider) {
                let f = Feature::of(e.template.category);
                if !p.allows(f) {
                    ctx.printer.warn(format!("integration {} is a {} integration, which {} does not include; it stays, but no more can be added", i.name, f.as_str(), p.as_str()));
                }
            }
        }
    }
    show(ctx, NameArgs { name: org.name })
}

#[derive(Serialize)]
struct PlanRow {
    plan: &'static str,
    agents: Option<u64>,
    inboxes: Option<u64>,
    integrations: Option<u64>,
    features: Vec<Feature>,
}

fn plan_list(ctx: &Ctx) -> Result<Exit> {
    let rows: Vec<PlanRow> = plans::ALL
        .iter()
        .map(|p| PlanRow {
            plan: p.as_str(),
            agents: p.limit(Resource::Agents),
            inboxes: p.limit(Resource::Inboxes),
            integrations: p.limit(Resource::Integrations),
            features: plans::FEATURES.iter().copied().filter(|f| p.allows(*f)).collect(),
        })
        .collect();
    ctx.printer.data(&rows, || {
        let n = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_else(|| "unlimited".into());
        let mut t = table(&["PLAN", "AGENTS", "INBOXES", "INTEGRATIONS", "INTEGRATION KINDS"]);
        for r in &rows {
            t.add_row(vec![
                Cell::new(r.plan),
                Cell::new(n(r.agents)),
                Cell::new(n(r.inboxes)),
                Cell::new(n(r.integrations)),
                Cell::new(r.features.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ")),
            ]);
        }
        t
    })?;
    Ok(Exit::Ok)
}
