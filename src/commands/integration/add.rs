use std::collections::BTreeMap;

use anyhow::Result;

use super::input::{self, IntegrationFile};
use super::{seal_all, show};
use crate::cli::IntegrationAddArgs;
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::store::NewIntegration;

pub fn run(ctx: &Ctx, args: IntegrationAddArgs) -> Result<Exit> {
    let (file, file_dir) = match &args.from_file {
        Some(p) => {
            let (f, d) = IntegrationFile::load(p)?;
            (f, Some(d))
        }
        None => (IntegrationFile::default(), None),
    };

    let provider = args.provider.clone().or(file.provider.clone()).ok_or_else(|| {
        Error::usage_hint("no provider given", "name one: `crmctl integration add PROVIDER`; see `crmctl template list`")
    })?;
    let catalog = ctx.catalog()?;
    let template = &catalog.get(&provider)?.template;
    let name = input::name(ctx, args.name.clone().or(file.name.clone()), &template.id)?;
    crate::store::validate_integration_name(&name)?;

    // Plain fields: the file's, then flags on top.
    let mut fields = BTreeMap::new();
    for (k, v) in &file.fields {
        input::plain_field(template, k)?;
        fields.insert(k.clone(), input::scalar(k, v)?);
    }
    for arg in &args.fields {
        let (k, v) = input::parse_kv(arg, "--field")?;
        input::plain_field(template, k)?;
        fields.insert(k.to_string(), v.to_string());
    }
    fields.retain(|_, v| !v.is_empty());

    // Secrets: references from the file, then flags.
    let mut secrets = BTreeMap::new();
    let mut stdin_taken = false;
    let from_flags: Vec<&str> = args.secrets.iter().filter_map(|a| a.split_once('=').map(|(k, _)| k)).collect();
    for (k, source) in file.secrets.iter().filter(|(k, _)| !from_flags.contains(&k.as_str())) {
        input::secret_field(template, k)?;
        if source == "-" {
            return Err(Error::usage(format!("secret {k}: a file cannot read stdin; use env:VAR or file:PATH")).into());
        }
        secrets.insert(k.clone(), input::read_secret(k, source, &mut stdin_taken, file_dir.as_deref())?);
    }
    for arg in &args.secrets {
        let (k, source) = input::parse_kv(arg, "--secret")?;
        input::secret_field(template, k)?;
        secrets.insert(k.to_string(), input::read_secret(k, source, &mut stdin_taken, None)?);
    }

    let mut events = if args.events.is_empty() { file.events.clone() } else { args.events.clone() };
    events.sort();
    events.dedup();
    input::validate_events(template, &events)?;
    let conditions = args.when.as_deref().or(file.when.as_deref()).map(input::condition).transpose()?;
    let on_failure = match (args.on_failure, file.on_failure.as_deref()) {
        (Some(o), _) => o.as_str().to_string(),
        (None, Some(o @ ("continue" | "stop"))) => o.to_string(),
        (None, Some(other)) => return Err(Error::usage(format!("on_failure '{other}' must be continue or stop")).into()),
        (None, None) => "continue".into(),
    };

    input::complete(ctx, template, &mut fields, &mut secrets, &[])?;
    let base_override = args.base_url.clone().or(file.base_url.clone());
    input::effective_base_url(template, base_override.as_deref(), &fields)?;

    let mut store = ctx.store()?;
    let org = ctx.org(&store)?;
    let assistant = args.assistant.clone().or(file.assistant.clone());
    let assistant_id = match &assistant {
        Some(a) => Some(store.assistant(&org, a)?.id),
        None => None,
    };
    if store.integration(&org, &name).is_ok() {
        return Err(Error::Duplicate { kind: "integration", name, scope: format!(" in org '{}'", org.name) }.into());
    }
    // Seed 002's plans: the kind of integration, then the count, before
    // anything is tested or written.
    crate::plans::check_feature(&org, crate::plans::Feature::of(template.category), &format!("{} is {}", template.id, template.category.as_str()))?;
    crate::plans::check(&org, crate::plans::Resource::Integrations, store.integrations(&org)?.len() as u64, 1)?;
    let key = ctx.unlock(&store)?.key;

    let new = NewIntegration {
        id: uuid::Uuid::now_v7().to_string(),
        name,
        provider: template.id.clone(),
        assistant_id,
        base_url: base_override,
        enabled: !args.disabled && file.enabled.unwrap_or(true),
        priority: args.priority.or(file.priority).unwrap_or(100),
        events,
        conditions,
        on_failure,
        fields,
    };
    // --test: try the configuration before anything is saved.
    let tested = if args.test {
        let base_url = input::effective_base_url(template, new.base_url.as_deref(), &new.fields)?;
        let target = crate::engine::Target {
            org: org.clone(),
            integration: None,
            name: new.name.clone(),
            template: template.clone().with_auth_mode(&new.fields),
            fields: new.fields.clone(),
            secrets,
            base_url,
        };
        let (verdict, detail) = crate::commands::test::test_unsaved(&target, args.http.timeout)?;
        if !verdict.ok && !args.force {
            crate::commands::test::print(ctx, std::slice::from_ref(&verdict))?;
            return Err(Error::Failed {
                message: format!("the connection test failed; integration {} was not saved", new.name),
            }
            .into());
        }
        if !verdict.ok {
            ctx.printer.warn(format!("the connection test failed ({}); saving anyway because of --force", verdict.message));
        }
        secrets = target.secrets;
        Some((verdict, detail))
    } else {
        None
    };
    let sealed = seal_all(&key, &org, &new.id, &secrets);
    let created = store.insert_integration(&org, &new, &sealed)?;
    if let Some((verdict, detail)) = tested {
        let target = crate::commands::targets::stored(&store, &catalog, &org, &key, created.clone())?;
        crate::commands::test::record(&store, &org, std::slice::from_ref(&target), &[(verdict, detail)])?;
    }
    let created = store.integration(&org, &created.id)?;
    ctx.printer.status(format!(
        "Added integration {} ({}) to org {}{}",
        created.name,
        created.provider,
        org.name,
        created.assistant.as_ref().map(|a| format!(" for assistant {a}")).unwrap_or_default()
    ));
    show::print(ctx, template, &created, &secrets)?;
    Ok(Exit::Ok)
}
