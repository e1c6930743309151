import Dispatch
import Synchronization

/// Decodes the parts of a load snapshot on other threads as they arrive, so decoding overlaps
/// reading the next parts, and each part's bytes are let go as soon as it is decoded.
final class SnapshotDecoder: Sendable {
    private let group = DispatchGroup()
    /// Decoded parts by their place; a malformed part leaves its place empty.
    private let decoded = Mutex<(count: Int, parts: [Int: LoadSnapshot.Answer])>((0, [:]))

    func add(_ part: [UInt8]) {
        let place = decoded.withLock { state in
            defer { state.count += 1 }
            return state.count
        }
        DispatchQueue.global().async(group: group) {
            guard let files = LoadSnapshot.files(part) else { return }
            self.decoded.withLock { $0.parts[place] = files }
        }
    }

    /// The parts in order, once all are decoded; nil when any was malformed.
    func answer() -> LoadSnapshot.Answer? {
        group.wait()
        return decoded.withLock { state -> LoadSnapshot.Answer? in
            var answer: LoadSnapshot.Answer = []
            for place in 0..<state.count {
                guard let files = state.parts[place] else { return nil }
                answer += files
            }
            return answer
        }
    }
}
