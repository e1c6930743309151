import Dispatch
import Synchronization

/// Set from a signal handler (Ctrl-C) or another thread, or by a statement's time limit passing;
/// long loops check it and stop early.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)
    /// Uptime in nanoseconds from which work counts as cancelled; 0 for no limit.
    private let deadline = Atomic<UInt64>(0)

    public init() {}

    public var isCancelled: Bool { flag.load(ordering: .relaxed) || isPastDeadline }
    /// True when the time limit, not Ctrl-C, stopped the work.
    public var isPastDeadline: Bool {
        let limit = deadline.load(ordering: .relaxed)
        return limit != 0 && DispatchTime.now().uptimeNanoseconds >= limit
    }

    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Clears the flag and starts a time limit of `seconds` from now (none when nil).
    public func reset(timeLimit seconds: Int? = nil) {
        flag.store(false, ordering: .relaxed)
        let limit = seconds.map { DispatchTime.now().uptimeNanoseconds + UInt64(min(max($0, 0), Self.maxSeconds)) * 1_000_000_000 }
        deadline.store(limit ?? 0, ordering: .relaxed)
    }

    /// The longest time limit: a year, far from UInt64's range in nanoseconds.
    public static let maxSeconds = 31_536_000

    /// A flag nobody sets, for callers that cannot be interrupted.
    public static let never = Cancellation()
}

/// Thrown by long operations that saw `Cancellation.isCancelled`.
public struct Cancelled: Error, Sendable {
    public init() {}
}
