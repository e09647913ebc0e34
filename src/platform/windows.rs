//! Windows: the release build is a windowed program (no console window
//! flashes up on a double-click), so a command typed in a terminal attaches
//! to that terminal's console to print.
#![expect(unsafe_code, reason = "one foreign call (AttachConsole); the block says why it is sound")]

use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};

/// Writes to the console of the process that started Gambit, if it has
/// one; output redirected to a file or pipe keeps working either way.
pub fn attach_parent_console() {
    // SAFETY: AttachConsole takes a process id by value and touches no memory
    // of ours; it fails harmlessly when the parent has no console.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
