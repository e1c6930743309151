import Foundation

/// Reads a file's bytes, decompressing `.gz`.
enum SourceFile {
    static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(PathExpander.problem(path, exists ? "cannot read this file" : "no such file or folder"))
        }
        guard path.lowercased().hasSuffix(".gz") else { return .success([UInt8](data)) }
        return gunzip(path)
    }

    /// Foundation on Linux has no gzip decoder; running `/bin/gzip -dc` avoids a zlib system
    /// library target for the few compressed files a corpus has.
    private static func gunzip(_ path: String) -> Result<[UInt8], Diagnostic> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", "--", path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            return .failure(PathExpander.problem(path, "cannot run /bin/gzip to decompress this file"))
        }
        // Read before waiting: a full pipe would otherwise block gzip forever.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.split(separator: ":").last.map { String($0.trimmed) } ?? "unknown error"
            return .failure(PathExpander.problem(path, "cannot decompress: \(reason)"))
        }
        return .success([UInt8](data))
    }
}
