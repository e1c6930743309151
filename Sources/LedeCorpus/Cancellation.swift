import Synchronization

/// Set from a signal handler (Ctrl-C) or another thread; long loops check it and stop early.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
    public func cancel() { flag.store(true, ordering: .relaxed) }
    public func reset() { flag.store(false, ordering: .relaxed) }

    /// A flag nobody sets, for callers that cannot be interrupted.
    public static let never = Cancellation()
}

/// Thrown by long operations that saw `Cancellation.isCancelled`.
public struct Cancelled: Error, Sendable {
    public init() {}
}
