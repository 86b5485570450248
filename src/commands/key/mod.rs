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

/// Test hook: when `CRMCTL_DEBUG_HOLD` names this step, say so on stderr and
/// wait to be killed. The test suite uses it to kill a rotation between its
/// steps; it changes nothing when unset.
pub(crate) fn hold(step: &str) {
    if std::env::var("CRMCTL_DEBUG_HOLD").is_ok_and(|v| v == step) {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("holding at {step}");
        }
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
}
