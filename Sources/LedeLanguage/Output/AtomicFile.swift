import Foundation
import LedeCorpus

/// Writes a file all at once: to a temporary file beside it, then a rename, so a reader never
/// sees half a file and an interrupted write leaves the old one intact. Only regular files are
/// replaced: a symbolic link, FIFO, device or folder at the path is refused, not swapped for a
/// regular file.
public enum AtomicFile {
    static func write(_ text: String, to path: String, overwrite: Bool, access: FileAccess, span: SourceSpan, context: CheckContext) throws(Diagnostic) {
        try write(text, to: path, overwrite: overwrite, access: access) { context.error($0, at: span, help: $1) }
    }

    /// The same for a file named on the command line (a notebook run writes its own file back):
    /// problems name the file, not a place in a program.
    public static func write(_ text: String, to path: String, overwrite: Bool, access: FileAccess) throws(Diagnostic) {
        try write(text, to: path, overwrite: overwrite, access: access) { Diagnostic(.error, $0, help: $1) }
    }

    /// Every file Lede writes comes through here, past `access`.
    private static func write(_ text: String, to path: String, overwrite: Bool, access: FileAccess,
                              error: (String, String?) -> Diagnostic) throws(Diagnostic) {
        if let refused = access.check(path, for: .write) { throw error(refused.message, refused.help) }
        let (folder, name) = split(path)
        var existing = stat()
        if lstat(path, &existing) == 0 {
            guard existing.st_mode & S_IFMT == S_IFREG else {
                throw error("`\(path)` is \(kind(existing.st_mode)): only regular files are written over", "write to a new file name")
            }
            guard overwrite else {
                throw error("`\(path)` already exists", "add `overwrite` after the file name to replace it")
            }
        } else if errno != ENOENT {
            throw failure(path, folder: folder, errno, error: error)
        }
        removeStale(folder: folder, name: name)
        let temporary = folder + "/." + name + ".lede-\(getpid())-" + String(UInt32.random(in: .min ... .max), radix: 16) + ".tmp"
        // O_EXCL and O_NOFOLLOW: a file or link planted at the temporary name is never written through.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, folder: folder, errno, error: error) }
        if overwrite, existing.st_mode & S_IFMT == S_IFREG { fchmod(fd, existing.st_mode & 0o7777) }
        var problem: Int32 = 0
        if !writeAll(fd, Array(text.utf8)) { problem = errno }
        if close(fd) != 0, problem == 0 { problem = errno }
        if problem == 0, rename(temporary, path) != 0 { problem = errno }
        if problem != 0 {
            unlink(temporary)
            throw failure(path, folder: folder, problem, error: error)
        }
    }

    /// Writes every byte, carrying on after a signal (Ctrl-C interrupts system calls here).
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    /// The system's own reason ("Permission denied", "Read-only file system"), with help for
    /// the common ones.
    private static func failure(_ path: String, folder: String, _ code: Int32, error: (String, String?) -> Diagnostic) -> Diagnostic {
        let help: String? = switch code {
        case ENOENT, ENOTDIR: "check that the folder `\(folder)` exists"
        case EACCES, EPERM, EROFS: "the folder `\(folder)` is not writable here: choose another"
        case ENOSPC, EDQUOT: "free some space, or write elsewhere"
        default: nil
        }
        return error("cannot write `\(path)`: \(String(cString: strerror(code)))", help)
    }

    /// Temporary files of this name left by a process that no longer runs (killed while writing).
    private static func removeStale(folder: String, name: String) {
        let prefix = "." + name + ".lede-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            guard let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + entry)
        }
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = path[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "something other than a file"
        }
    }
}
