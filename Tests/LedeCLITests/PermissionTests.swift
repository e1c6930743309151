import Foundation
import Testing

/// Folders the user may not read or write: the system's own reason is reported. Root may read
/// and write anywhere, so under root the binary runs as `nobody` (through setpriv).
@Suite struct PermissionTests {
    /// Runs `lede -e PROGRAM` as a user without root's rights; nil when that is not possible here.
    static func runUnprivileged(_ program: String) throws -> LedeBinary.Result? {
        guard getuid() == 0 else { return try LedeBinary.run(["-e", program]) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        return try LedeBinary.run(["--reuid=65534", "--regid=65534", "--clear-groups", LedeBinary.path, "-e", program],
                                  executable: "/usr/bin/setpriv")
    }

    static func folder(mode: mode_t, files: [String: String] = [:]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-permissions-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        chmod(dir.path, mode)
        return dir
    }

    @Test func exportIntoAReadOnlyFolderSaysPermissionDenied() throws {
        let dir = try Self.folder(mode: 0o555)
        defer { try? FileManager.default.removeItem(at: dir) }
        guard let r = try Self.runUnprivileged("load \"Notebooks/samples\"; export articles | take 1 to \"\(dir.path)/out.csv\"") else {
            print("skipped: running as root without setpriv, so a read-only folder cannot be tried")
            return
        }
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: cannot write `\(dir.path)/out.csv`: Permission denied"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func anUnreadableFolderIsReported() throws {
        let dir = try Self.folder(mode: 0o000, files: ["a.txt": "Headline\n\nBody."])
        defer { chmod(dir.path, 0o755); try? FileManager.default.removeItem(at: dir) }
        guard let r = try Self.runUnprivileged("load \"\(dir.path)\"; articles | count") else {
            print("skipped: running as root without setpriv, so an unreadable folder cannot be tried")
            return
        }
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: `load` read nothing: cannot read this folder: Permission denied"))
        #expect(r.stdout.isEmpty)
    }
}
