use anyhow::Result;

use crate::commands::Ctx;
use crate::error::Exit;
use crate::secrets::MasterKey;

pub fn run(ctx: &Ctx) -> Result<Exit> {
    let key = MasterKey::generate();
    ctx.printer.raw(&format!("{}\n", key.to_base64().as_str()))?;
    ctx.printer.status(format!("Generated key {}. Keep it in a secret store; anyone with it can open the store.", key.id()));
    Ok(Exit::Ok)
}
