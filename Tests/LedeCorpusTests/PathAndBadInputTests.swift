import Synchronization
import Foundation
import Testing
@testable import LedeCorpus

@Suite struct PathAndBadInputTests {
    @Test func globsMatchStarQuestionMarkAndDoubleStar() throws {
        let dir = try Fixtures.folder(text: ["b/2.txt": "H2\n\nB2.\n", "a/1.txt": "H1\n\nB1.\n", "a/x/3.txt": "H3\n\nB3.\n",
                                             "a/10.md": "H10\n\nB10.\n"])
        #expect(PathExpander.glob(dir + "/*/?.txt") == [dir + "/a/1.txt", dir + "/b/2.txt"])
        #expect(PathExpander.glob(dir + "/**/*.txt") == [dir + "/a/1.txt", dir + "/a/x/3.txt", dir + "/b/2.txt"])
        #expect(PathExpander.expand([dir]).files == [dir + "/a/1.txt", dir + "/a/10.md", dir + "/a/x/3.txt", dir + "/b/2.txt"])
        #expect(PathExpander.matches(Array("*.t?t".utf8), Array("a.txt".utf8)))
        #expect(!PathExpander.matches(Array("*.txt".utf8), Array("a.txt.gz".utf8)))
    }

    @Test func folderWalksLeaveOutFilesThatAreNotArticlesAndCountThem() throws {
        let dir = try Fixtures.folder(text: ["a.txt": "H\n\nBody one.\n", "README.TXT": "About this corpus.\n", "LICENSE": "MIT\n",
                                             "CHANGELOG.md": "v1\n", "notes.pdf": "%PDF\n", "index.csv": "file,outlet\na.txt,fox\n"])
        let expansion = PathExpander.expand([dir])
        #expect(expansion.files == [dir + "/a.txt"])
        #expect(expansion.leftOut == [".txt": 1, "no extension": 1, ".md": 1, ".pdf": 1, ".csv": 1])
        // Named on their own, such files still load.
        #expect(PathExpander.expand([dir + "/README.TXT"]).files == [dir + "/README.TXT"])
        var corpus = Corpus()
        let report = corpus.load([dir])
        #expect(report.summary.hasSuffix("left out as not articles: 1 .csv, 1 .md, 1 .pdf, 1 .txt, 1 no extension"))
    }

    @Test func missingPathsAndEmptyGlobsAreReportedAndTheRestLoads() throws {
        let (corpus, report, dir) = try Fixtures.load(["a.txt": "H\n\nB.\n"], ["a.txt", "nope.txt", "*.json"])
        #expect(corpus.articles.count == 1)
        #expect(report.skipped.map(DiagnosticRenderer.render) == [
            "\(dir)/nope.txt:1:1: error: no such file or folder",
            "\(dir)/*.json:1:1: error: no files match this pattern",
        ])
        #expect(report.summary.hasPrefix("loaded 1 article from 1 file in "))
        #expect(report.summary.hasSuffix("; 2 skipped: \(dir)/nope.txt, ..."))
    }

    @Test func emptyAndBinaryFilesAreSkipped() throws {
        let dir = try Fixtures.folder(["e.txt": Array(" \n\n".utf8), "b.txt": [0x48, 0x00, 0x01], "ok.txt": Array("H\n\nB.\n".utf8)])
        var corpus = Corpus()
        let report = corpus.load([dir])
        #expect(report.files == 3 && report.articles == 1)
        #expect(report.skipped.map(DiagnosticRenderer.render) == [
            "\(dir)/b.txt:1:1: error: binary file (NUL byte at offset 1), not text",
            "\(dir)/e.txt:1:1: error: empty file",
        ])
        #expect(report.bytes == 3 + 3 + 6)
    }

    @Test func gzipFilesAreDecompressed() throws {
        let dir = try Fixtures.folder(text: ["z.txt": "Zipped headline\n\nZipped body.\n"])
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [dir + "/z.txt"]
        try gzip.run()
        gzip.waitUntilExit()
        var corpus = Corpus()
        let report = corpus.load([dir])
        #expect(corpus.articles.first?.headline == "Zipped headline")
        #expect(corpus.articles.first?.file == "z.txt.gz")
        #expect(report.skipped.isEmpty)
        let broken = try Fixtures.folder(["bad.txt.gz": [0x1F, 0x8B, 0x08, 0x00]])
        #expect(corpus.load([broken]).skipped.first?.message.hasPrefix("cannot decompress: ") == true)
    }

    @Test func loadsAccumulateAndDuplicatesAreKeptOnce() throws {
        let dir = try Fixtures.folder(text: ["a.txt": "Same\n\nText.\n", "b.txt": "Same\n\nText.\n", "c.txt": "Other\n\nText.\n"])
        var corpus = Corpus()
        let first = corpus.load([dir + "/a.txt"])
        let second = corpus.load([dir + "/b.txt", dir + "/c.txt"])
        #expect(first.articles == 1 && second.articles == 1)
        #expect(second.duplicates == [dir + "/b.txt"])
        #expect(second.summary.contains("; 1 duplicate"))
        #expect(corpus.articles.map(\.file) == ["a.txt", "c.txt"])
        #expect(corpus.articles[0].id.count == 16)
    }

    @Test func cancelledLoadStopsBetweenFiles() throws {
        let dir = try Fixtures.folder(text: ["a.txt": "A\n\nB.\n", "b.txt": "C\n\nD.\n"])
        let cancellation = Cancellation()
        cancellation.cancel()
        var corpus = Corpus()
        let report = corpus.load([dir], cancellation: cancellation)
        #expect(report.interrupted && report.files == 0 && corpus.articles.isEmpty)
        #expect(report.summary.hasSuffix("; interrupted"))
    }

    @Test func progressCountsEveryFileArticleAndByte() throws {
        let dir = try Fixtures.folder(text: ["a.txt": "A\n\nB.\n", "b.txt": "C\n\nD.\n", "c.json": "[{\"title\": \"E\", \"text\": \"F.\"}, {\"title\": \"G\", \"text\": \"H.\"}]"])
        let seen = Mutex<[LoadProgress]>([])
        var corpus = Corpus()
        let report = corpus.load([dir], progress: { p in seen.withLock { $0.append(p) } })
        let calls = seen.withLock { $0 }
        #expect(calls.count == 3)
        let last = calls.max { $0.files < $1.files }
        #expect(last?.files == 3 && last?.totalFiles == 3 && last?.articles == 4)
        #expect(last?.bytes == report.bytes)
    }
}
