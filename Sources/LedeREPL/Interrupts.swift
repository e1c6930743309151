import Foundation
import LedeCorpus
import LedeLanguage
import Synchronization

/// Ctrl-C. Without a handler SIGINT kills the REPL and its history with it; this handler only
/// sets flags. It cancels the running statement at once (the session's long loops check the
/// flag), and makes a read at the prompt return, which the REPL takes as "clear this line".
public final class Interrupts: Sendable {
    let pressed = Atomic<Int>(0)
    let cancellation: Cancellation

    init(cancellation: Cancellation) {
        self.cancellation = cancellation
    }

    /// Installs the handler for one session's cancellation; replaces any earlier one.
    public static func install(cancelling cancellation: Cancellation) -> Interrupts {
        let interrupts = Interrupts(cancellation: cancellation)
        installed = interrupts
        var action = sigaction()
        action.__sigaction_handler.sa_handler = onSIGINT
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a statement blocked in a read gets EINTR and can see the flag.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent (a test runner, a supervisor) may have blocked SIGINT; Ctrl-C must still work.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        return interrupts
    }

    /// True when Ctrl-C was pressed since the last call; clears it.
    public func take() -> Bool {
        pressed.exchange(0, ordering: .relaxed) > 0
    }
}

// Set once before the handler is installed and only read by it. Atomics are lock-free, so the
// handler stays async-signal-safe in practice.
nonisolated(unsafe) private var installed: Interrupts?

private let onSIGINT: @convention(c) (Int32) -> Void = { _ in
    guard let interrupts = installed else { return }
    interrupts.pressed.wrappingAdd(1, ordering: .relaxed)
    interrupts.cancellation.cancel()
}
