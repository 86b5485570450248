use anyhow::Result;
use comfy_table::Cell;

use super::Ctx;
use crate::cli::{LogsCommand, LogsTailArgs, OutputFormat};
use crate::error::{Error, Exit};
use crate::output::{kv_table, table};
use crate::store::{LogFilter, SyncLog};

pub fn run(ctx: &Ctx, command: LogsCommand) -> Result<Exit> {
    match command {
        LogsCommand::Tail(a) => tail(ctx, a),
        LogsCommand::Show(a) => {
            let store = ctx.store()?;
            let org = ctx.org(&store)?;
            let row = store.sync_log(&org, &a.id)?;
            ctx.printer.data(&row, || {
                kv_table(&[
                    ("id", row.id.clone()),
                    ("integration", row.integration.clone().unwrap_or_else(|| "-".into())),
                    ("kind", row.kind.clone()),
                    ("event", row.event_id.clone().map(|e| format!("{e} ({})", row.event_type.clone().unwrap_or_default())).unwrap_or_else(|| "-".into())),
                    ("status", row.status.clone()),
                    ("error class", row.error_class.clone().unwrap_or_else(|| "-".into())),
                    ("started", row.started_at.clone()),
                    ("finished", row.finished_at.clone()),
                    ("duration", format!("{} ms", row.duration_ms)),
                    ("counts", format!("processed {} created {} updated {} failed {}", row.processed, row.created, row.updated, row.failed)),
                    ("http", row.http_status.map(|s| s.to_string()).unwrap_or_else(|| "-".into())),
                    ("detail", serde_json::to_string_pretty(&row.detail).unwrap_or_default()),
                ])
            })?;
            Ok(Exit::Ok)
        }
    }
}

/// `30m`, `24h`, `7d` ago, or an RFC 3339 time, in the store's format.
pub fn since(s: &str) -> crate::error::Result<String> {
    if let Ok(d) = crate::cli::parse_duration(s) {
        let d = jiff::SignedDuration::try_from(d).map_err(|e| Error::usage(e.to_string()))?;
        return Ok(crate::store::ts(jiff::Timestamp::now() - d));
    }
    s.parse::<jiff::Timestamp>()
        .map(crate::store::ts)
        .map_err(|_| Error::usage_hint(format!("--since '{s}' is neither a duration nor a time"), "use e.g. 30m, 24h, 7d or 2026-11-23T09:00:00Z"))
}

fn row(t: &mut comfy_table::Table, l: &SyncLog) {
    t.add_row(vec![
        Cell::new(&l.started_at),
        Cell::new(l.integration.as_deref().unwrap_or("-")),
        Cell::new(&l.kind),
        Cell::new(l.event_type.as_deref().unwrap_or("-")),
        Cell::new(&l.status),
        Cell::new(l.error_class.as_deref().unwrap_or("-")),
        Cell::new(l.http_status.map(|s| s.to_string()).unwrap_or_else(|| "-".into())),
        Cell::new(format!("{} ms", l.duration_ms)),
        Cell::new(format!("{}/{}/{}/{}", l.processed, l.created, l.updated, l.failed)),
        Cell::new(&l.id),
    ]);
}

const HEADERS: &[&str] = &["STARTED", "INTEGRATION", "KIND", "EVENT", "STATUS", "CLASS", "HTTP", "DURATION", "P/C/U/F", "ID"];

fn tail(ctx: &Ctx, a: LogsTailArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let since = a.since.as_deref().map(since).transpose()?;
    if a.kind.as_deref() == Some("audit") {
        if a.follow {
            return Err(crate::error::Error::usage("--follow is for the sync log; `logs tail --kind audit` prints the audit log's newest rows").into());
        }
        return super::audit::tail(ctx, since.as_deref(), a.limit);
    }
    let filter = |after_seq, limit| LogFilter {
        since: since.as_deref(),
        integration: a.integration.as_deref(),
        kind: a.kind.as_deref(),
        status: a.status.as_deref(),
        event_type: a.event_type.as_deref(),
        after_seq,
        limit,
    };
    let history = store.sync_logs(&org, &filter(None, a.limit))?;
    let mut last = history.iter().filter_map(|l| l.seq).max();
    if !a.follow {
        ctx.printer.data(&history, || {
            let mut t = table(HEADERS);
            for l in &history {
                row(&mut t, l);
            }
            t
        })?;
        return Ok(Exit::Ok);
    }
    // Following: one JSON object per line, or table rows as they come.
    let emit = |rows: &[SyncLog], header: bool| -> Result<()> {
        if ctx.printer.format == OutputFormat::Json {
            let text: String = rows.iter().map(|l| serde_json::to_string(l).expect("a log row serializes") + "\n").collect();
            ctx.printer.raw(&text)?;
        } else if !rows.is_empty() {
            let mut t = table(HEADERS);
            for l in rows {
                row(&mut t, l);
            }
            let text = t.lines().skip(if header { 0 } else { 1 }).map(|l| l.trim_end().to_string() + "\n").collect::<String>();
            ctx.printer.raw(&text)?;
        }
        Ok(())
    };
    emit(&history, true)?;
    if last.is_none() {
        // Nothing yet: start after whatever exists now that the filter hides.
        last = store.sync_logs(&org, &LogFilter { limit: 1, ..Default::default() })?.last().and_then(|l| l.seq);
    }
    loop {
        std::thread::sleep(a.poll);
        let rows = store.sync_logs(&org, &filter(Some(last.unwrap_or(0)), 1000))?;
        if let Some(s) = rows.iter().filter_map(|l| l.seq).max() {
            last = Some(s);
        }
        emit(&rows, false)?;
    }
}
