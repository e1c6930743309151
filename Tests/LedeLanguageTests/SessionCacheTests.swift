import Foundation
import Testing
@testable import LedeLanguage
import LedeCorpus

/// What the session keeps between queries (built tables, the word index) is dropped when the
/// articles change, and `~`'s ASCII comparison agrees with Foundation's.
@Suite struct SessionCacheTests {
    typealias S = CompareSupport

    @Test func tablesAndWordIndexFollowTheArticles() throws {
        let s = Session()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Storm hits the dam.\n\nThe dam held, officials said.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Dam report\n\nFloods’ cost: the Dam’s gate failed.".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        _ = try S.table(s, "load \"\(folder.path)/a.txt\"\narticles | count")
        #expect(S.column(try S.table(s, "articles | count"), "count") == ["1"])
        #expect(try S.table(s, "kwic \"dam\"").count == 1)
        _ = try S.table(s, "load \"\(folder.path)/b.txt\"\narticles | count")
        #expect(S.column(try S.table(s, "articles | count"), "count") == ["2"])
        // The second body joins the index: "Dam’s" reads as "dam", at scalar (not byte) offset 18.
        let lines = try S.table(s, "kwic \"dam\" | select file, start, left, match")
        #expect(lines.rows.map { $0.map(\.plain) } == [["a.txt", "4", "The", "dam"], ["b.txt", "18", "Floods’ cost: the", "Dam’s"]])
        _ = try S.table(s, "clear\nload \"\(folder.path)/b.txt\"\narticles | count")
        #expect(try S.table(s, "kwic \"dam\"").count == 1)
    }

    @Test func asciiContainmentAgreesWithFoundation() {
        let cases: [(String, String)] = [("blair", "Tony Blair"), ("BLAIR", "tony blair said"), ("Blair", "Blaír"),
                                         ("", "anything"), ("ab", "a"), ("Zhao", "Lijian Zhao"), ("x", "")]
        for (needle, text) in cases {
            let expected = text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            #expect(TextContains(needle)(text) == expected, "\(needle) in \(text)")
        }
    }
}
