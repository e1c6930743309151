import Foundation
import Testing
@testable import LedeExtract

@Suite struct QuoteLexiconTests {
    @Test func standardListsLoad() {
        #expect(Lexicons.standard.list("speech-verbs").contains { $0.hasPrefix("say ") })
        #expect(Lexicons.standard.list("outlets").contains("CNN"))
        #expect(Lexicons.standard.list("no-such-list").isEmpty)
    }

    @Test func commentsAndBlankLinesAreSkipped() {
        #expect(Lexicons.parse("# heading\nsay said # the common one\n\n  tell told  \n") == ["say said", "tell told"])
    }

    @Test func userFolderReplacesOrAdds() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "+Kyiv Post\n".write(to: dir.appendingPathComponent("outlets.txt"), atomically: true, encoding: .utf8)
        try "say said\n".write(to: dir.appendingPathComponent("speech-verbs.txt"), atomically: true, encoding: .utf8)
        let lexicons = Lexicons.load(overrides: dir.path)
        #expect(lexicons.list("outlets").contains("CNN"))
        #expect(lexicons.list("outlets").contains("Kyiv Post"))
        #expect(lexicons.list("speech-verbs") == ["say said"])

        let custom = Extractor(lexicons: lexicons)
        let a = custom.analyze(article("\u{201C}The bridge will open next spring,\u{201D} the mayor told the Kyiv Post."))
        #expect(a.sources.contains { $0.kind == .outlet && $0.name == "Kyiv Post" })
    }
}
