use anyhow::Result;
use comfy_table::Cell;
use serde::Serialize;

use super::Ctx;
use crate::cli::{TemplateCommand, TemplateShowArgs, TemplateValidateArgs};
use crate::error::Exit;
use crate::output::{kv_table, table};
use crate::templates::schema::{Auth, Template};
use crate::templates::{json_schema, parse_template, TemplateEntry};

pub fn run(ctx: &Ctx, command: TemplateCommand) -> Result<Exit> {
    match command {
        TemplateCommand::List(page) => list(ctx, &page),
        TemplateCommand::Show(a) => show(ctx, a),
        TemplateCommand::Validate(a) => validate(ctx, a),
        TemplateCommand::Schema => {
            ctx.printer.raw(&(serde_json::to_string_pretty(&json_schema())? + "\n"))?;
            Ok(Exit::Ok)
        }
    }
}

#[derive(Serialize)]
struct Summary<'a> {
    id: &'a str,
    name: &'a str,
    category: &'a str,
    auth: &'static str,
    actions: Vec<&'a str>,
    source: String,
}

pub fn auth_name(auth: &Auth) -> &'static str {
    match auth {
        Auth::None => "none",
        Auth::ApiKey { .. } => "api_key",
        Auth::Bearer { .. } => "bearer",
        Auth::Basic { .. } => "basic",
        Auth::Oauth2(o) => match o.grant {
            crate::templates::schema::OAuthGrant::ClientCredentials => "oauth2_client_credentials",
            crate::templates::schema::OAuthGrant::RefreshToken => "oauth2_refresh_token",
            crate::templates::schema::OAuthGrant::AuthorizationCode => "oauth2_authorization_code",
        },
    }
}

fn summary(e: &TemplateEntry) -> Summary<'_> {
    Summary {
        id: &e.template.id,
        name: &e.template.name,
        category: e.template.category.as_str(),
        auth: auth_name(&e.template.auth),
        actions: e.template.actions.keys().map(String::as_str).collect(),
        source: e.origin.describe(),
    }
}

fn list(ctx: &Ctx, page: &crate::cli::PageArgs) -> Result<Exit> {
    let catalog = ctx.catalog()?;
    let (rows, total) = super::page_of(catalog.all()?.into_iter().map(summary).collect::<Vec<Summary<'_>>>(), page);
    ctx.printer.data(&rows, || {
        let mut t = table(&["ID", "NAME", "CATEGORY", "AUTH", "ACTIONS", "SOURCE"]);
        for r in &rows {
            t.add_row(vec![
                Cell::new(r.id),
                Cell::new(r.name),
                Cell::new(r.category),
                Cell::new(r.auth),
                Cell::new(r.actions.join(", ")),
                Cell::new(&r.source),
            ]);
        }
        t
    })?;
    super::paging_notice(ctx, "templates", page, rows.len(), total);
    Ok(Exit::Ok)
}

#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    template: &'a Template,
    source: String,
}

fn show(ctx: &Ctx, args: TemplateShowArgs) -> Result<Exit> {
    let catalog = ctx.catalog()?;
    let entry = catalog.get(&args.id)?;
    let t = &entry.template;
    let shown = Shown { template: t, source: entry.origin.describe() };
    ctx.printer.data(&shown, || {
        let fields = t
            .fields
            .iter()
            .map(|f| {
                let mut flags = vec![f.kind.as_str().to_string()];
                if f.required {
                    flags.push("required".into());
                }
                if f.secret {
                    flags.push("secret".into());
                }
                if let Some(d) = &f.default {
                    flags.push(format!("default {d}"));
                }
                if !f.choices.is_empty() {
                    flags.push(format!("one of {}", f.choices.join("|")));
                }
                let help = if f.help.is_empty() { String::new() } else { format!(" — {}", f.help) };
                format!("{} ({}){help}", f.key, flags.join(", "))
            })
            .collect::<Vec<_>>()
            .join("\n");
        let test = t
            .test
            .as_ref()
            .map(|x| format!("{} {}", x.request.method.as_str(), x.request.path))
            .unwrap_or_else(|| "none".into());
        let actions = t
            .actions
            .iter()
            .map(|(name, a)| format!("{name}: {} {} — {}", a.request.method.as_str(), a.request.path, a.description))
            .collect::<Vec<_>>()
            .join("\n");
        let unsupported = t
            .unsupported
            .iter()
            .map(|u| format!("{}: {}", u.capability, u.reason))
            .collect::<Vec<_>>()
            .join("\n");
        let mut rows = vec![
            ("id", t.id.clone()),
            ("name", t.name.clone()),
            ("category", t.category.as_str().into()),
            ("source", shown.source.clone()),
            ("description", t.description.clone()),
            ("docs", t.docs_url.clone().unwrap_or_default()),
            ("base url", t.base_url.clone().unwrap_or_else(|| "(given per integration)".into())),
            ("auth", {
                let mut a = auth_name(&t.auth).to_string();
                if !t.auth_modes.is_empty() {
                    let others: Vec<String> = t.auth_modes.iter().map(|(k, m)| format!("auth_mode={k}: {}", auth_name(&m.auth))).collect();
                    a = format!("{a} (default); {}", others.join("; "));
                }
                a
            }),
            ("fields", fields),
            ("test", test),
            ("actions", if actions.is_empty() { "none".into() } else { actions }),
        ];
        let kb = t.knowledge_base.as_ref().map(|k| format!("{} {}", k.list.method.as_str(), k.list.path));
        let streams: Vec<String> = t.streams.defined().iter().map(|(n, s)| format!("{n}: {} {}", s.list.method.as_str(), s.list.path)).collect();
        rows.push(("knowledge base", kb.unwrap_or_else(|| "none".into())));
        rows.push(("streams", if streams.is_empty() { "none".into() } else { streams.join("\n") }));
        if !unsupported.is_empty() {
            rows.push(("cannot", unsupported));
        }
        kv_table(&rows)
    })?;
    Ok(Exit::Ok)
}

#[derive(Serialize)]
struct Validated {
    file: String,
    id: String,
    ok: bool,
}

fn validate(ctx: &Ctx, args: TemplateValidateArgs) -> Result<Exit> {
    let mut results = Vec::new();
    let mut invalid = 0;
    for path in &args.files {
        let outcome = crate::textfile::read(path)
            .and_then(|text| parse_template(&text, path));
        match outcome {
            Ok(t) => {
                ctx.printer.status(format!("{}: ok ({})", path.display(), t.id));
                results.push(Validated { file: path.display().to_string(), id: t.id, ok: true });
            }
            Err(e) => {
                // Each file's error in file order, with its own hint.
                let hint = e.hint();
                ctx.printer.error(&anyhow::Error::from(e), hint.as_deref());
                results.push(Validated { file: path.display().to_string(), id: String::new(), ok: false });
                invalid += 1;
            }
        }
    }
    if ctx.printer.format != crate::cli::OutputFormat::Table {
        ctx.printer.data(&results, || table(&[]))?;
    }
    if invalid == 0 {
        Ok(Exit::Ok)
    } else {
        Ok(Exit::Usage)
    }
}
