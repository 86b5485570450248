//! Test hooks that change nothing unless their variables are set.

/// When `CRMCTL_DEBUG_HOLD` names this step, say so on stderr and wait:
/// until the file named by `CRMCTL_DEBUG_RELEASE` exists, or, without it,
/// until the process is killed. The test suite uses this to kill or race a
/// process at an exact point (a key rotation between its steps, two token
/// refreshes at once).
pub fn hold(step: &str) {
    if std::env::var("CRMCTL_DEBUG_HOLD").is_ok_and(|v| v == step) {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("holding at {step}");
        }
        let release = std::env::var_os("CRMCTL_DEBUG_RELEASE");
        loop {
            if release.as_ref().is_some_and(|p| std::path::Path::new(p).exists()) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}
