import Foundation

/// Reads a file's bytes, decompressing `.gz`, up to `LoadLimits.fileBytes`.
enum SourceFile {
    /// The bytes or the problem; nil when Ctrl-C stopped the read. Every file a load reads
    /// comes through here, past `access`.
    static func read(_ path: String, access: FileAccess, cancellation: Cancellation = .never) -> Result<[UInt8], Diagnostic>? {
        if let refused = access.check(path, for: .read) { return .failure(refused) }
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) > LoadLimits.fileBytes {
            return .failure(tooLarge(path, "is \(LoadLimits.megabytes(Int(info.st_size)))"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(PathExpander.problem(path, exists ? "cannot read this file: \(String(cString: strerror(errno)))" : "no such file or folder"))
        }
        guard path.lowercased().hasSuffix(".gz") else { return .success([UInt8](data)) }
        return gunzip(path, cancellation: cancellation)
    }

    private static func tooLarge(_ path: String, _ what: String) -> Diagnostic {
        PathExpander.problem(path, "skipped: this file \(what); files over \(LoadLimits.megabytes(LoadLimits.fileBytes)) are not read")
    }

    /// Foundation on Linux has no gzip decoder; running `/bin/gzip -dc` avoids a zlib system
    /// library target for the few compressed files a corpus has. The output is read as a stream,
    /// so a small file that expands to gigabytes stops at the limit, and Ctrl-C stops it too.
    private static func gunzip(_ path: String, cancellation: Cancellation) -> Result<[UInt8], Diagnostic>? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", "--", path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            return .failure(PathExpander.problem(path, "cannot run /bin/gzip to decompress this file"))
        }
        var bytes = Data()
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            bytes.append(chunk)
            let tooMuch = bytes.count > LoadLimits.fileBytes
            guard tooMuch || cancellation.isCancelled else { continue }
            // SIGKILL: a parent such as a test runner may have left SIGTERM blocked for its children.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return tooMuch ? .failure(tooLarge(path, "expands to more than \(LoadLimits.megabytes(LoadLimits.fileBytes))")) : nil
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.split(separator: ":").last.map { String($0.trimmed) } ?? "unknown error"
            return .failure(PathExpander.problem(path, "cannot decompress: \(reason)"))
        }
        return .success([UInt8](bytes))
    }
}
