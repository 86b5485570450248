mod export;
mod generate;
mod import;
mod init;
mod rotate;
mod status;

use anyhow::Result;

use super::Ctx;
use crate::cli::KeyCommand;
use crate::error::Exit;

pub fn run(ctx: &Ctx, command: KeyCommand) -> Result<Exit> {
    match command {
        KeyCommand::Generate => generate::run(ctx),
        KeyCommand::Init(a) => init::run(ctx, a),
        KeyCommand::Status => status::run(ctx),
        KeyCommand::Rotate(a) => rotate::run(ctx, a),
        KeyCommand::Export(a) => export::run(ctx, a),
        KeyCommand::Import(a) => import::run(ctx, a),
    }
}

pub(crate) use crate::debug::hold;
