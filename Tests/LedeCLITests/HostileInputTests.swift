import Foundation
import Testing

/// Input a hostile page or file name could carry, through the real binary.
@Suite struct HostileInputTests {
    /// Plain text keeps control characters (an HTML parser turns them into U+FFFD).
    @Test func escapeSequencesNeverReachTheScreenRaw() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-hostile-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = "Retitled\u{1B}]0;owned\u{07}\n\nHidden \u{1B}[8mtext\u{1B}[0m, she said.\n"
        try article.write(to: dir.appendingPathComponent("evil\u{1B}[2J.txt"), atomically: false, encoding: .utf8)
        try "{\"headline\": \"x\", \"body\": [[[".write(to: dir.appendingPathComponent("broken\u{1B}[5m.json"), atomically: false, encoding: .utf8)
        let r = try LedeBinary.run(["-e", "load \"\(dir.path)\"; articles | select file, headline, body; sentences | take 1 | explain"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("evil\\x1B[2J.txt"))
        #expect(r.stdout.contains("Retitled\\x1B]0;owned\\x07"))
        #expect(r.stdout.contains("Hidden \\x1B[8mtext\\x1B[0m, she said."))
        #expect(r.stderr.contains("broken\\x1B[5m.json"))
        #expect(!r.stdout.contains("\u{1B}") && !r.stderr.contains("\u{1B}"))
    }

    @Test func aLoadThatLoadsNothingExitsOne() throws {
        let r = try LedeBinary.run(["-e", "load \"Notebooks/samples/*.pdf\"; articles | count"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: `load` read nothing: no files match this pattern"))
        #expect(r.stdout.isEmpty)
    }
}
