import Testing
@testable import LedeLanguage

/// The word index read in runs and merged is the index read body by body.
@Suite struct WordIndexTests {
    static let bodies = [
        "The 1990's boom: the U.S. and a café.", "Café owners in the 1990s", "cafe\u{301} and 1990's\tagain", "",
        "THE END, the end", "owners' café",
    ]

    /// The index of `bodies` read as one run, body by body.
    static func serial(_ bodies: [String]) -> WordIndex { WordIndex.run(bodies) }

    static func expectSame(_ a: WordIndex, _ b: WordIndex) {
        #expect(a.vocabulary.map { Array($0.utf8) } == b.vocabulary.map { Array($0.utf8) })
        #expect(a.hasLetter == b.hasLetter)
        #expect(a.articles == b.articles)
        #expect(a.bodies.map(\.words) == b.bodies.map(\.words))
        #expect(a.bodies.map(\.starts) == b.bodies.map(\.starts))
        #expect(a.bodies.map(\.ends) == b.bodies.map(\.ends))
        #expect(a.bodies.map(\.ascii) == b.bodies.map(\.ascii))
        #expect(a.bodies.map(\.letterFlips) == b.bodies.map(\.letterFlips))
    }

    @Test func runsMergeToTheSameIndex() {
        let whole = Self.serial(Self.bodies)
        // "1990's" is filed as "1990", a word without a letter, written with one.
        #expect(whole.bodies[0].letterFlips == [1])
        #expect(whole.bodies[2].letterFlips == [2])
        for cut in Self.bodies.indices {
            var merged = WordIndex()
            merged.append(WordIndex.run(Array(Self.bodies[..<cut])))
            merged.append(WordIndex.run(Array(Self.bodies[cut...])))
            Self.expectSame(merged, whole)
        }
        var oneByOne = WordIndex()
        for body in Self.bodies { oneByOne.append(WordIndex.run([body])) }
        Self.expectSame(oneByOne, whole)
    }

    @Test func aRunAfterTheSessionsBodies() {
        var index = Self.serial(Array(Self.bodies[..<2]))
        index.append(WordIndex.run(Array(Self.bodies[2...])))
        Self.expectSame(index, Self.serial(Self.bodies))
        #expect(index.id(of: "café").map { index.articles[Int($0)] } == [0, 1, 5])
        // Each article once, however often it holds the word.
        #expect(index.id(of: "the").map { index.articles[Int($0)] } == [0, 1, 4])
    }
}
