use anyhow::Result;

use super::Ctx;
use crate::cli::ChatwootCommand;
use crate::error::{Error, Exit};

pub fn run(_ctx: &Ctx, _command: ChatwootCommand) -> Result<Exit> {
    Err(Error::Failed { message: "chatwoot administration is being built".into() }.into())
}
