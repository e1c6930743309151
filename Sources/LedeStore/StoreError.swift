import Foundation

/// A store that cannot be opened, read or written. The message names the store (a path, or a
/// URL without its password) and what was expected, so it reads well at the prompt as it is.
public struct StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension String {
    /// The start of an SQL statement on one line, enough to recognise it in a message.
    var abridged: String {
        let line = split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return line.count > 60 ? String(line.prefix(60)) + "…" : line
    }
}
