import Foundation
import LedeLanguage
@testable import LedeREPL
import Testing
import LedeExtract

@Suite(.serialized) struct InterruptTests {
    @Test func ctrlCCancelsTheRunningStatementAndIsTakenOnce() {
        let session = Session(analyze: { _ in Analysis() })
        let interrupts = Interrupts.install(cancelling: session.cancellation)
        defer { signal(SIGINT, SIG_DFL) }
        #expect(!interrupts.take())
        // The test runner's threads may block SIGINT; this one must receive it.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(SIGINT)
        #expect(session.cancellation.isCancelled)
        #expect(interrupts.take())
        #expect(!interrupts.take())
    }
}
