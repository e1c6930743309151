import Dispatch

/// `transform` for every index below `count`, run on all cores, the results in index order;
/// nil where `transform` gave none (an iteration skipped once a load or an extraction was
/// cancelled). Loading files, extracting, reading the word index and decoding a store's rows
/// all work this way.
public func parallelMap<T>(_ count: Int, _ transform: @Sendable (Int) -> T?) -> [T?] {
    let slots = Slots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = transform(i) }
    return (0..<count).map { slots[$0] }
}

/// One slot per iteration, each written by exactly one `concurrentPerform` iteration and read
/// only after all of them finished. The slots live behind a pointer so that writes to different
/// slots never touch shared state (an Array's copy-on-write check would); hence the unchecked
/// Sendable.
private final class Slots<Element>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Element?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    subscript(i: Int) -> Element? {
        get { slots[i] }
        set { slots[i] = newValue }
    }
}
