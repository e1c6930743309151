import CEditLine
import Foundation

/// The statements typed at the prompt, kept across sessions in libedit's history file. Written
/// after every entry, so a killed process loses nothing. A statement typed over several lines is
/// one entry: libedit's file format escapes the newlines (`\012`) and restores them on reading.
public final class History {
    public let path: String?
    /// Entries kept in memory and in the file.
    public static let limit = 1000
    private var last: String?

    /// Reads the file at `path` into libedit's history (there is one per process).
    public init(path: String?) {
        self.path = path
        using_history()
        stifle_history(Int32(Self.limit))
        guard let path else { return }
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = read_history(path)
    }

    /// `$XDG_STATE_HOME/lede/history`, else `~/.local/state/lede/history`; nil without a home.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/lede/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/lede/history"
    }

    /// Adds an entry (not a repeat of the one before) and rewrites the file.
    public func add(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace), entry != last else { return }
        last = entry
        _ = add_history(entry)
        save()
    }

    /// Writes beside the file and renames, so a crash mid-write keeps the old history.
    /// (libedit's `append_history` appends the wrong entries, so the whole file is written.)
    func save() {
        guard let path else { return }
        let temporary = path + ".\(getpid()).tmp"
        if write_history(temporary) == 0 { rename(temporary, path) } else { unlink(temporary) }
    }

    /// The entries in memory, oldest first.
    public var entries: [String] {
        var out: [String] = []
        var i = lede_history_base()
        while let entry = history_get(i) {
            out.append(String(cString: entry.pointee.line))
            i += 1
        }
        return out
    }

    /// Forgets the entries in memory (not the file); for tests.
    static func clearMemory() {
        clear_history()
    }
}
