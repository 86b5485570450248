//! `crmctl schema`: JSON Schemas for editors (YAML language servers read
//! them from a `# yaml-language-server: $schema=...` comment).

use anyhow::Result;

use super::Ctx;
use crate::cli::SchemaCommand;
use crate::error::Exit;

pub fn run(ctx: &Ctx, c: SchemaCommand) -> Result<Exit> {
    let schema = match c {
        SchemaCommand::Apply => crate::apply::json_schema(),
        SchemaCommand::Template => crate::templates::json_schema(),
    };
    ctx.printer.raw(&(serde_json::to_string_pretty(&schema)? + "\n"))?;
    Ok(Exit::Ok)
}
