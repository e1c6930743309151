import Foundation
import Testing

/// Exporting into a folder the user cannot write to says so ("Permission denied"), not "No such
/// file or directory". Root may write anywhere, so under root the binary runs as `nobody`.
@Suite struct ReadOnlyFolderTests {
    @Test func exportIntoAReadOnlyFolderSaysPermissionDenied() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-readonly-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        chmod(dir.path, 0o555)
        let program = "load \"Notebooks/samples\"; export articles | take 1 to \"\(dir.path)/out.csv\""
        var arguments = ["-e", program]
        if getuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                print("skipped: running as root without setpriv, so a read-only folder cannot be tried")
                return
            }
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", LedeBinary.path] + arguments
        }
        let r = try getuid() == 0 ? LedeBinary.run(arguments, executable: "/usr/bin/setpriv") : LedeBinary.run(arguments)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: cannot write `\(dir.path)/out.csv`: Permission denied"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
