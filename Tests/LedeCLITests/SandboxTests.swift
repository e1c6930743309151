import Foundation
import Testing

/// `lede --sandbox`: each refusal names the limit it hit and how to change it, and the session
/// goes on after it.
@Suite struct SandboxTests {
    /// A classroom folder with one article whose body makes a regular expression backtrack.
    static func classroom() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-sandbox-\(UUID())/class")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try ("Slow story\n\n" + String(repeating: "a", count: 60) + "b\n").write(to: dir.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        try "secret\n".write(to: dir.deletingLastPathComponent().appendingPathComponent("outside.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    static func run(_ statements: String, _ options: [String] = [], in dir: URL) throws -> LedeBinary.Result {
        try LedeBinary.run(["--sandbox"] + options, stdin: statements, in: dir)
    }

    @Test func aReadOutsideTheAllowedFoldersIsRefused() throws {
        let dir = try Self.classroom()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let r = try Self.run("load \"../outside.txt\"\nload table \"/etc/passwd.csv\" as p\nload \"story.txt\"\narticles | count\n", in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: the sandbox reads only under `\(Self.real(dir))`"))
        #expect(r.stderr.contains("`../outside.txt` is outside them"))
        #expect(r.stderr.contains("help: copy the file into one of these folders, or start lede with `--allow-read FOLDER`"))
        #expect(r.stderr.contains("cannot load the table `/etc/passwd.csv`: the sandbox reads only under"))
        #expect(r.stdout == "1\n", "the session goes on")
        // --allow-read lets the folder in.
        let allowed = try Self.run("load \"../outside.txt\"\narticles | count\n", ["--allow-read", ".."], in: dir)
        #expect(allowed.status == 0)
        #expect(allowed.stdout == "1\n")
    }

    @Test func aWriteOutsideTheExportFolderIsRefused() throws {
        let dir = try Self.classroom()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let r = try Self.run("load \"story.txt\"\nexport articles | select file to \"../out.csv\"\nsave \"session.lede\"\nexport articles | select file to \"exports/out.csv\"\n", in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>:2:34: error: the sandbox writes only into `\(Self.real(dir))/exports`; `../out.csv` is outside it"))
        #expect(r.stderr.contains("help: write to \"exports/out.csv\", or start lede with `--export-dir FOLDER`"))
        #expect(r.stderr.contains("<stdin>:3:6: error: the sandbox writes only into"))
        #expect(!FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().appendingPathComponent("out.csv").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("session.lede").path))
        #expect(try String(contentsOf: dir.appendingPathComponent("exports/out.csv"), encoding: .utf8) == "file\nstory.txt\n")
    }

    @Test func aStatementOverItsTimeLimitIsStopped() throws {
        let dir = try Self.classroom()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let r = try Self.run("load \"story.txt\"\narticles | where body ~ /(.*a){25}/ | count\narticles | count\n", ["--time-limit", "1"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>:2:1: error: stopped after the sandbox's time limit of 1 s"))
        #expect(r.stderr.contains("help: start lede with `--sandbox --time-limit SECONDS` to allow longer"))
        #expect(r.stdout == "1\n", "the session goes on")
    }

    @Test func aResultOverTheRowLimitIsRefused() throws {
        let dir = try Self.classroom()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        try "Two\n\nOne sentence here. Another sentence there.\n".write(to: dir.appendingPathComponent("two.txt"), atomically: true, encoding: .utf8)
        let r = try Self.run("load \"two.txt\"\nsentences | select file\narticles | count\n", ["--max-rows", "1"], in: dir)
        #expect(r.stderr.contains("<stdin>:2:1: error: the result has 2 rows, over the sandbox's limit of 1 rows per statement"))
        #expect(r.stderr.contains("help: narrow it with `where` or `take`, or start lede with `--max-rows N`"))
        #expect(r.stdout == "1\n")
    }

    @Test func theSandboxCannotBeTurnedOffFromInside() throws {
        let dir = try Self.classroom()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let r = try Self.run("sandbox off\ntimeout 0\ntimeout 3600\ntimeout 5\nload \"../outside.txt\"\n", in: dir)
        #expect(r.stderr.contains("<stdin>:1:1: error: the sandbox cannot be turned off from inside the session"))
        #expect(r.stderr.contains("help: quit, and start lede without `--sandbox`"))
        #expect(r.stderr.contains("<stdin>:2:1: error: the sandbox limits each statement to 10 s; `timeout 0` would lift it"))
        #expect(r.stderr.contains("<stdin>:3:1: error: the sandbox limits each statement to 10 s; `timeout 3600` would lift it"))
        #expect(!r.stderr.contains("<stdin>:4:"), "a shorter limit is allowed")
        #expect(r.stderr.contains("`../outside.txt` is outside them"), "still on after the attempts")
        // Turned on from inside a session, it stays on too.
        let inside = try LedeBinary.run([], stdin: "sandbox on\nsandbox off\nload \"../outside.txt\"\n", in: dir)
        #expect(inside.stderr.contains("sandbox on: reading only under the current folder and the samples"))
        #expect(inside.stderr.contains("<stdin>:2:1: error: the sandbox cannot be turned off from inside the session"))
        #expect(inside.stderr.contains("`../outside.txt` is outside them"))
    }

    /// No environment variable reaches a sandboxed session: LEDE_LEXICONS is not read.
    @Test func theSandboxReadsNoEnvironment() throws {
        let dir = try Self.classroom()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let r = try LedeBinary.run(["--sandbox", "-e", "load \"story.txt\"; articles | count"], in: dir,
                                   environment: ["LEDE_LEXICONS": "/nonexistent"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "1\n")
    }

    @Test func aNotebookRunsInTheSandboxToo() throws {
        let dir = try Self.classroom()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let file = dir.appendingPathComponent("n.md")
        try "```lede\nload \"../outside.txt\"\n```\n\n```lede\nload \"story.txt\"\narticles | count\n```\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try LedeBinary.run(["notebook", "run", "--sandbox", "n.md"], in: dir)
        #expect(r.status == 1)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.contains("error: the sandbox reads only under"))
        #expect(written.contains("loaded 1 article from 1 file in"))
        #expect(written.hasSuffix("\n1\n```\n"))
    }

    /// Paths in messages are the resolved ones (`/tmp` may be a link).
    static func real(_ url: URL) -> String { url.resolvingSymlinksInPath().path }
}
