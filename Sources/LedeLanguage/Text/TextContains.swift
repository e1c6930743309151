import Foundation

/// `~`'s test for plain text: containment ignoring case and diacritics. Most fields are ASCII
/// (names, outlets, categories), and for an ASCII field and an ASCII needle that is plain ASCII
/// case folding, compared byte by byte; anything else goes to Foundation, which knows the rest.
struct TextContains: Sendable {
    let needle: String
    /// The needle's bytes in lower case, when it is ASCII and not empty (Foundation finds an
    /// empty needle nowhere, so it keeps that case).
    private let folded: [UInt8]?

    init(_ needle: String) {
        self.needle = needle
        folded = !needle.isEmpty && needle.utf8.allSatisfy { $0 < 0x80 } ? needle.utf8.map(Self.lower) : nil
    }

    func callAsFunction(_ text: String) -> Bool {
        if let folded, let hit = text.utf8.withContiguousStorageIfAvailable({ Self.contains($0, folded) }), let hit { return hit }
        return text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    /// Whether ASCII `bytes` hold `needle` ignoring case; nil when `bytes` are not all ASCII.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) {
            var k = 0
            while k < needle.count, lower(bytes[start + k]) == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
