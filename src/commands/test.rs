use anyhow::Result;
use comfy_table::Cell;
use futures_util::StreamExt;

use super::targets::{runtime, stored, token_source, unsaved};
use super::{progress::Progress, Ctx};
use crate::cli::TestArgs;
use crate::engine::conntest::{self, Verdict};
use crate::engine::{Reporter, Target, TokenSource};
use crate::error::{Error, Exit};
use crate::http::Http;
use crate::output::table;
use crate::store::{Org, Store, SyncLog};

pub fn run(ctx: &Ctx, args: TestArgs) -> Result<Exit> {
    let catalog = ctx.catalog()?;
    let http = args.http.client();
    let rt = runtime()?;

    if let Some(provider) = &args.provider {
        let org = match ctx.store() {
            Ok(store) => ctx.org(&store)?,
            Err(_) => Org { id: String::new(), name: ctx.settings.org.clone(), settings: Default::default(), created_at: String::new() },
        };
        let target = unsaved(ctx, &catalog, org, provider, &args.fields, &args.secrets, args.base_url.as_deref())?;
        let run = rt.block_on(conntest::run(&target, &http, &TokenSource::none()));
        return print(ctx, &[run.verdict]);
    }

    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integrations = if args.all {
        store.integrations(&org)?.into_iter().filter(|i| i.enabled || args.include_disabled).collect::<Vec<_>>()
    } else if args.names.is_empty() {
        return Err(Error::usage_hint("name the integrations to test", "crmctl test NAME..., or --all, or --provider P --field ... to test without saving").into());
    } else {
        args.names.iter().map(|n| store.integration(&org, n)).collect::<crate::error::Result<Vec<_>>>()?
    };
    if integrations.is_empty() {
        ctx.printer.status(format!("No enabled integrations in org {} to test.", org.name));
        return Ok(Exit::Ok);
    }
    let key = ctx.unlock(&store)?.key;
    let targets = integrations
        .into_iter()
        .map(|i| stored(&store, &catalog, &org, &key, i))
        .collect::<crate::error::Result<Vec<Target>>>()?;
    let tokens = token_source(ctx, key);
    let verdicts = rt.block_on(test_all(&targets, &http, &tokens, args.concurrency as usize, &Progress::new(&ctx.printer, "testing")));
    record(&store, &org, &targets, &verdicts)?;
    let verdicts: Vec<Verdict> = verdicts.into_iter().map(|(v, _)| v).collect();
    print(ctx, &verdicts)
}

/// Tests every target, at most `concurrency` at once, in input order.
pub async fn test_all(targets: &[Target], http: &Http, tokens: &TokenSource, concurrency: usize, reporter: &dyn Reporter) -> Vec<(Verdict, serde_json::Value)> {
    reporter.start(targets.len() as u64);
    let mut results: Vec<Option<(Verdict, serde_json::Value)>> = vec![None; targets.len()];
    let mut stream = futures_util::stream::iter(targets.iter().enumerate())
        .map(|(i, t)| async move { (i, conntest::run(t, http, tokens).await) })
        .buffer_unordered(concurrency.max(1));
    while let Some((i, run)) = stream.next().await {
        reporter.advance(&run.verdict.integration);
        results[i] = Some((run.verdict, run.detail));
    }
    reporter.finish();
    results.into_iter().map(|r| r.expect("every test reports")).collect()
}

/// Stores each verdict on its integration and writes a sync-log row.
pub fn record(store: &Store, org: &Org, targets: &[Target], verdicts: &[(Verdict, serde_json::Value)]) -> crate::error::Result<()> {
    for (t, (v, detail)) in targets.iter().zip(verdicts) {
        let Some(i) = &t.integration else { continue };
        let status = if v.ok { "ok".to_string() } else { format!("failed: {}", v.class.map(|c| c.as_str()).unwrap_or("error")) };
        store.set_last_test(org, &i.id, &status, &v.tested_at, &serde_json::to_value(v).unwrap_or_default())?;
        store.insert_sync_log(
            org,
            &SyncLog {
                error_class: v.class.map(|c| c.as_str().to_string()),
                http_status: v.http_status.map(i64::from),
                detail: detail.clone(),
                ..SyncLog::one("test", Some(i.id.clone()), &i.name, v.ok, v.tested_at.clone(), v.latency_ms)
            },
        )?;
    }
    Ok(())
}

pub fn print(ctx: &Ctx, verdicts: &[Verdict]) -> Result<Exit> {
    ctx.printer.data(&verdicts, || {
        let mut t = table(&["INTEGRATION", "PROVIDER", "RESULT", "HTTP", "LATENCY", "DETAIL"]);
        for v in verdicts {
            let result = if v.ok { "ok".to_string() } else { format!("failed ({})", v.class.map(|c| c.as_str()).unwrap_or("error")) };
            let detail = if v.ok {
                v.account.iter().map(|(k, x)| format!("{k}={x}")).collect::<Vec<_>>().join(" ")
            } else {
                v.message.clone()
            };
            t.add_row(vec![
                Cell::new(&v.integration),
                Cell::new(&v.provider),
                Cell::new(result),
                Cell::new(v.http_status.map(|s| s.to_string()).unwrap_or_else(|| "-".into())),
                Cell::new(format!("{} ms", v.latency_ms)),
                Cell::new(detail),
            ]);
        }
        t
    })?;
    let failed: Vec<&Verdict> = verdicts.iter().filter(|v| !v.ok).collect();
    if ctx.printer.format == crate::cli::OutputFormat::Table {
        for v in &failed {
            if let Some(h) = &v.hint {
                ctx.printer.status(format!("{}: hint: {h}", v.integration));
            }
        }
    }
    if failed.is_empty() {
        Ok(Exit::Ok)
    } else {
        ctx.printer.status(format!("{} of {} tests failed", failed.len(), verdicts.len()));
        Ok(Exit::Failed)
    }
}

/// For `integration add --test`: test before saving.
pub fn test_unsaved(target: &Target, timeout: std::time::Duration) -> crate::error::Result<(Verdict, serde_json::Value)> {
    let rt = runtime()?;
    let http = Http::new(timeout);
    let run = rt.block_on(conntest::run(target, &http, &TokenSource::none()));
    Ok((run.verdict, run.detail))
}

