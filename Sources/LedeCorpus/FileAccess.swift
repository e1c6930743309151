import Foundation

/// Which files a session may open: everywhere, or (in the classroom sandbox) only under some
/// folders for reading and one folder for writing. Every file and folder Lede opens for a
/// session passes through `check`, so no verb or loader can go around it.
///
/// A classroom guardrail, not a security boundary: it keeps a class's statements to the lesson's
/// folders and stops a slip from overwriting a file, but a process that wants out (another
/// program, a race between the check and the open) is not stopped by it.
public struct FileAccess: Sendable, Equatable {
    public enum Purpose: Sendable { case read, write }

    /// Folders that may be read, resolved (absolute, links followed); nil: any.
    public private(set) var readFolders: [String]?
    /// The one folder that may be written, resolved; nil: any.
    public private(set) var writeFolder: String?
    /// Files that may be written besides: a notebook run writes its own outputs back.
    public private(set) var writableFiles: [String] = []

    public static let unrestricted = FileAccess(readFolders: nil, writeFolder: nil)

    /// Reading under `read` only, writing under `write` only. The write folder is readable too,
    /// so what a class exports it can load again.
    public static func sandbox(read: [String], write: String) -> FileAccess {
        let writeFolder = resolve(write)
        return FileAccess(readFolders: read.map(resolve) + [writeFolder], writeFolder: writeFolder)
    }

    public var isRestricted: Bool { readFolders != nil || writeFolder != nil }

    /// The same policy, also letting `path` be written.
    public func permittingWrite(of path: String) -> FileAccess {
        var copy = self
        copy.writableFiles.append(Self.resolve(path))
        return copy
    }

    /// Nil when `path` may be opened for `purpose`; else why not, with how to change it.
    public func check(_ path: String, for purpose: Purpose) -> Diagnostic? {
        switch purpose {
        case .read:
            // Unrestricted, nothing to resolve: a large load pays no extra system calls.
            guard let folders = readFolders else { return nil }
            let resolved = Self.resolve(path)
            guard !folders.contains(where: { Self.isInside(resolved, $0) }) else { return nil }
            return Diagnostic(.error, "the sandbox reads only under \(folders.map { "`\($0)`" }.joined(separator: ", ")); `\(path)` is outside them",
                              at: SourceSpan(file: path, line: 1, column: 1),
                              help: "copy the file into one of these folders, or start lede with `--allow-read FOLDER`")
        case .write:
            guard let folder = writeFolder else { return nil }
            let resolved = Self.resolve(path)
            guard !Self.isInside(resolved, folder), !writableFiles.contains(resolved) else { return nil }
            return Diagnostic(.error, "the sandbox writes only into `\(folder)`; `\(path)` is outside it",
                              at: SourceSpan(file: path, line: 1, column: 1),
                              help: "write to \"\(Self.relative(folder))/\((path as NSString).lastPathComponent)\", or start lede with `--export-dir FOLDER`")
        }
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// An absolute path with links followed as far as the path exists (a file about to be
    /// written does not yet), and `.` and `..` taken out, so `samples/../../etc` is seen as `/etc`.
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = (absolute as NSString).standardizingPath
        var rest: [String] = []
        while !existing.isEmpty, existing != "/" {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                return ([String(cString: real)] + rest.reversed()).joined(separator: "/")
            }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return "/" + rest.reversed().joined(separator: "/")
    }

    /// `folder` from the current folder when it is under it, for messages that suggest a path.
    static func relative(_ folder: String) -> String {
        let here = resolve(".")
        return isInside(folder, here) && folder != here ? String(folder.dropFirst(here.count + 1)) : folder
    }
}
