import Foundation
import Testing
@testable import LedeCorpus

/// The one check every file open passes: `..` and links are resolved before a path is judged,
/// so neither gets a sandboxed session out of its folders.
@Suite struct FileAccessTests {
    static func folders() throws -> (root: URL, allowed: URL, outside: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lede-access-\(UUID())").resolvingSymlinksInPath()
        let allowed = root.appendingPathComponent("class"), outside = root.appendingPathComponent("outside")
        for dir in [allowed, outside] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        try "secret\n".write(to: outside.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try "story\n".write(to: allowed.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        return (root, allowed, outside)
    }

    @Test func dotDotAndLinksAreResolvedFirst() throws {
        let (root, allowed, outside) = try Self.folders()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(at: allowed.appendingPathComponent("escape"), withDestinationURL: outside)
        let access = FileAccess.sandbox(read: [allowed.path], write: allowed.appendingPathComponent("exports").path)
        #expect(access.check(allowed.appendingPathComponent("story.txt").path, for: .read) == nil)
        #expect(access.check(allowed.path + "/../outside/secret.txt", for: .read) != nil)
        #expect(access.check(allowed.path + "/escape/secret.txt", for: .read) != nil)
        // A folder whose name starts like the allowed one is not inside it.
        #expect(access.check(root.path + "/class-other/x.txt", for: .read) != nil)
        // Writes: only into the export folder, which need not exist yet.
        #expect(access.check(allowed.path + "/exports/a.csv", for: .write) == nil)
        #expect(access.check(allowed.path + "/exports/../a.csv", for: .write) != nil)
        #expect(access.check(allowed.path + "/a.csv", for: .write)?.message.hasPrefix("the sandbox writes only into") == true)
        #expect(access.permittingWrite(of: allowed.path + "/lesson.md").check(allowed.path + "/lesson.md", for: .write) == nil)
        #expect(FileAccess.unrestricted.check("/etc/passwd", for: .read) == nil)
    }

    /// A load goes through the check for each file and each folder it lists.
    @Test func aLoadOutsideReadsNothing() throws {
        let (root, allowed, outside) = try Self.folders()
        defer { try? FileManager.default.removeItem(at: root) }
        let access = FileAccess.sandbox(read: [allowed.path], write: allowed.appendingPathComponent("exports").path)
        var corpus = Corpus()
        let report = corpus.load([outside.path, outside.path + "/*.txt", allowed.path], access: access)
        #expect(corpus.articles.map(\.path) == [allowed.appendingPathComponent("story.txt").path])
        #expect(report.skipped.filter { $0.message.hasPrefix("the sandbox reads only under") }.count >= 2)
    }
}
