import Foundation
import Testing
@testable import LedeCorpus

/// Loads that once walked, read or expanded without end: each stops with a message that says
/// what was skipped, and the rest loads.
@Suite struct LoadLimitTests {
    @Test func aFolderLinkedToItselfIsReadOnce() throws {
        let dir = try Fixtures.folder(text: ["a.txt": "Headline\n\nBody text."])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/loop", withDestinationPath: dir)
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/sub/up", withDestinationPath: "..")
        var corpus = Corpus()
        let report = corpus.load([dir])
        #expect(report.articles == 1)
        #expect(report.notes.map(\.span?.file).contains(dir + "/loop"))
        #expect(report.notes.map(\.span?.file).contains(dir + "/sub/up"))
        let globbed = corpus.load([dir + "/**/*.txt"])
        #expect(globbed.files == 1, "\(globbed.files) files: \(globbed.skipped) \(globbed.notes)")
        #expect(globbed.duplicates.count == 1)
    }

    @Test func aFileOverTheLimitIsNotRead() throws {
        let dir = try Fixtures.folder(text: ["small.txt": "Headline\n\nBody."])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Sparse: 300 MB on paper, nothing on disk.
        let big = dir + "/big.txt"
        FileManager.default.createFile(atPath: big, contents: nil)
        #expect(truncate(big, 300 << 20) == 0)
        var corpus = Corpus()
        let report = corpus.load([dir])
        #expect(report.articles == 1)
        #expect(report.skipped.map(\.message) == ["skipped: this file is 300 MB; files over 256 MB are not read"])
    }

    @Test func aGzipThatExpandsPastTheLimitStops() throws {
        let dir = try Fixtures.folder(text: ["readme.md": "x"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // gzip members concatenated decompress one after the other: 270 of 1 MB of zeros each.
        let oneMB = dir + "/one.gz"
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "head -c 1048576 /dev/zero | gzip -c > '\(oneMB)'"]
        try gzip.run()
        gzip.waitUntilExit()
        let member = try Data(contentsOf: URL(fileURLWithPath: oneMB))
        try Data(repeating: 0, count: 0).write(to: URL(fileURLWithPath: dir + "/bomb.txt.gz"))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/bomb.txt.gz"))
        for _ in 0..<270 { handle.write(member) }
        try handle.close()
        var corpus = Corpus()
        let report = corpus.load([dir + "/bomb.txt.gz"])
        #expect(report.articles == 0)
        #expect(report.skipped.map(\.message) == ["skipped: this file expands to more than 256 MB; files over 256 MB are not read"])
    }

    @Test func anArticleOverTheLimitIsSkippedAndTheOthersLoad() throws {
        let line = String(repeating: "word ", count: 1_000_000)
        let json = "[{\"headline\": \"small\", \"body\": \"fine\"}, {\"headline\": \"big\", \"body\": \"\(line)\"}]"
        let (corpus, report, dir) = try Fixtures.load(["one-line.txt": "Headline\n\n" + line, "two.json": json])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(corpus.articles.map(\.headline) == ["small"])
        #expect(report.skipped.map(\.message) == [
            "skipped: this article's text is 5 MB; articles over 4 MB are not loaded",
            "skipped: this article's text is 5 MB; articles over 4 MB are not loaded",
        ])
        #expect(report.skipped.map(\.span?.file) == [dir + "/one-line.txt", dir + "/two.json#2"])
    }

    @Test func ctrlCBeforeTheWalkLoadsNothingAndSaysSo() throws {
        let dir = try Fixtures.folder(text: ["a.txt": "Headline\n\nBody."])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cancellation = Cancellation()
        cancellation.cancel()
        var corpus = Corpus()
        let report = corpus.load([dir], cancellation: cancellation)
        #expect(report.interrupted && report.articles == 0)
    }

    /// A JSON or CSV file of many records stops between records when Ctrl-C comes.
    @Test func ctrlCStopsBetweenJSONAndCSVRecords() {
        let cancellation = Cancellation()
        cancellation.cancel()
        let json = Array(#"[{"title": "A", "text": "One."}, {"title": "B", "text": "Two."}]"#.utf8)
        let csv = Array("title,text\nA,One.\nB,Two.\n".utf8)
        var out = LoadedFile()
        #expect(!JSONLoader.load(json, path: "a.json", file: "a.json", into: &out, cancellation: cancellation))
        #expect(!CSVLoader.load(csv, path: "a.csv", file: "a.csv", into: &out, cancellation: cancellation))
        #expect(JSONLoader.load(json, path: "a.json", file: "a.json", into: &out))
        #expect(CSVLoader.load(csv, path: "a.csv", file: "a.csv", into: &out))
    }

    /// The tree walk recursed once per element: 100,000 nested `<div>`s overflowed the stack.
    @Test func deeplyNestedHTMLKeepsWhatIsShallow() throws {
        let deep = String(repeating: "<div>", count: 5_000) + "<p>Too deep.</p>" + String(repeating: "</div>", count: 5_000)
        let page = "<html><body><article><p>Shallow text, she said.</p>\(deep)</article></body></html>"
        let (corpus, report, dir) = try Fixtures.load(["deep.html": page])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(corpus.articles.map(\.body) == ["Shallow text, she said."])
        #expect(report.notes.map(\.message) == ["elements nested more than 512 deep were left out"])
    }
}
