import Testing
@testable import LedeLanguage

/// `kwic`'s lines: cut from the bytes of ASCII text, as Swift splits characters otherwise, with
/// white space collapsed the same way either way, and scalar offsets counted on from the last.
@Suite struct LineCutterTests {
    /// What `kwic` made of a stretch of body before the cutter: split at white space characters.
    static func splitAndJoined(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    static func cut(_ text: String) -> String {
        var cutter = LineCutter(text, ascii: text.utf8.allSatisfy { $0 < 0x80 })
        return cutter.text(0, text.utf8.count)
    }

    @Test func everyASCIIByteCollapsesAsCharactersDo() {
        for byte in UInt8(0)..<0x80 {
            let c = String(UnicodeScalar(byte))
            for text in [c, "a\(c)b", "\(c)\(c)a \(c)", "a \(c)\r\n\(c)\tb\(c)"] {
                #expect(Self.cut(text) == Self.splitAndJoined(text), "byte \(byte)")
                #expect(Array(Self.cut(text).utf8) == Array(Self.splitAndJoined(text).utf8), "byte \(byte)")
            }
        }
    }

    @Test func tabsNewlinesAndOtherSpaces() {
        #expect(Self.cut("\t dam\t\tgate \r\n\n failed \n") == "dam gate failed")
        #expect(Self.cut(" \n\t ") == "")
        // Non-ASCII white space collapses too, and a mark joined to a space goes with it.
        #expect(Self.cut("£5m\u{00A0}\u{2003} café\u{2028}x") == "£5m café x")
        #expect(Array(Self.cut("a \u{301}b").utf8) == Array(Self.splitAndJoined("a \u{301}b").utf8))
        // A decomposed "é" stays decomposed.
        #expect(Array(Self.cut(" cafe\u{301}\tau lait ").utf8) == Array("cafe\u{301} au lait".utf8))
    }

    @Test func partsOfABody() {
        let body = "£5m café\u{00A0}owners\tsaid"
        var cutter = LineCutter(body, ascii: false)
        let utf8 = Array(body.utf8)
        func offset(of word: String) -> Int {
            let w = Array(word.utf8)
            return (0...(utf8.count - w.count)).first { Array(utf8[$0..<$0 + w.count]) == w } ?? -1
        }
        #expect(cutter.text(offset(of: "café"), offset(of: "said")) == "café owners")
        #expect(cutter.text(offset(of: "5m"), offset(of: "café")) == "5m")
        #expect(cutter.text(0, offset(of: "5m")) == "£")
    }

    @Test func scalarOffsetsCountOnAndBack() {
        let body = "£5m café\u{00A0}owners, cafe\u{301} €6"
        var cutter = LineCutter(body, ascii: false)
        let expected = body.unicodeScalars.indices.map { body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: $0) }
        let offsets = body.unicodeScalars.indices.map { body.utf8.distance(from: body.utf8.startIndex, to: $0) }
        // In body order, as hits come, then from the start again.
        #expect(offsets.map { cutter.scalarOffset($0) } == expected)
        #expect(offsets.reversed().map { cutter.scalarOffset($0) } == expected.reversed())
        #expect(cutter.scalarOffset(body.utf8.count) == body.unicodeScalars.count)
        var ascii = LineCutter("dam gate", ascii: true)
        #expect(ascii.scalarOffset(4) == 4)
    }
}
