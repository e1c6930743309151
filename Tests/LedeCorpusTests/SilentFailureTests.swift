import Foundation
import Testing
@testable import LedeCorpus

/// Loads that went wrong without saying so: each now says what happened.
@Suite struct SilentFailureTests {
    @Test(arguments: [(true, [UInt8]([0xFF, 0xFE])), (false, [0xFE, 0xFF]), (true, []), (false, [])])
    func utf16IsText(_ littleEndian: Bool, _ mark: [UInt8]) throws {
        let text = "Héadline\r\n\r\n“Quoted,” she said. 東京\r\n"
        let units = Array(text.utf16)
        let bytes = mark + units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let dir = try Fixtures.folder(["wide.txt": bytes])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var corpus = Corpus()
        let report = corpus.load([dir])
        #expect(report.skipped.isEmpty)
        #expect(corpus.articles.first?.headline == "Héadline")
        #expect(corpus.articles.first?.body == "“Quoted,” she said. 東京")
        #expect(report.notes.map(\.message) == ["decoded as UTF-16\(littleEndian ? "LE" : "BE")"])
    }

    @Test func binaryIsStillBinary() throws {
        let dir = try Fixtures.folder(["image.txt": [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A, 0x1A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var corpus = Corpus()
        #expect(corpus.load([dir]).skipped.map(\.message) == ["binary file (NUL byte at offset 4), not text"])
    }
}

/// Found by fuzzing the JSON loader: each broken record decoded the whole file again to show
/// its line, so a file of many broken lines took quadratic time.
@Suite struct ManyBrokenRecordsTests {
    @Test func everyBrokenLineIsReportedAtItsLine() throws {
        let lines = (1...5_000).map { $0 % 2 == 0 ? "{\"headline\": \"h\($0)\", \"body\": \"b\($0)\"}" : "{\"headline\": broken \($0)" }
        let (corpus, report, dir) = try Fixtures.load(["many.jsonl": lines.joined(separator: "\n")])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(corpus.articles.count == 2_500)
        #expect(report.skipped.count == 2_500)
        #expect(report.skipped.last?.span?.line == 4_999)
        #expect(report.skipped.last?.sourceLine == "{\"headline\": broken 4999")
        #expect(report.skipped.last?.span?.column == 14)
    }
}
