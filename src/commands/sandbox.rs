use anyhow::Result;

use super::Ctx;
use crate::cli::SandboxCommand;
use crate::error::{Error, Exit};

pub fn run(_ctx: &Ctx, _command: SandboxCommand) -> Result<Exit> {
    Err(Error::Failed { message: "the sandbox is being built".into() }.into())
}
