import Foundation
import Testing
import LedeCorpus
@testable import LedeExtract

/// What Notebooks/README.md says a careful reader finds in the ten sample articles, checked
/// against the extraction of the articles as the corpus loader reads them.
@Suite struct SampleArticleTests {
    /// Notebooks/samples, found from the folder holding Package.swift.
    static let samplesFolder = packageRoot.appendingPathComponent("Notebooks/samples")

    /// The analysis of sample `file`; `index` picks one article of a file holding several.
    static func sample(_ file: String, _ index: Int = 0) -> Analysis? {
        var corpus = Corpus()
        _ = corpus.load([samplesFolder.appendingPathComponent(file).path])
        let articles = corpus.articles.filter { $0.file == file }
        guard index < articles.count else { return nil }
        return extractor.analyze(articles[index])
    }

    /// Full quotes as a reader counts them: the parts of one statement split by its attribution
    /// ("…," X said. "…") in one paragraph are one quote.
    static func fullQuotes(_ a: Analysis) -> [Quote] {
        var out: [Quote] = []
        for q in a.quotes where q.kind == .direct {
            if let last = out.last, last.speaker == q.speaker,
               a.sentences[last.sentence].paragraph == a.sentences[q.sentence].paragraph { continue }
            out.append(q)
        }
        return out
    }

    /// The row holding a quoted fragment: the fragment itself, or the reported clause it is part of.
    static func partial(_ a: Analysis, _ words: String) -> Quote? {
        a.quotes.first { $0.kind != .direct && $0.kind != .term && $0.text.contains(words) }
    }

    static func figure(_ a: Analysis, _ text: String) -> Figure? {
        a.figures.first { $0.text == text }
    }

    /// One article's expectations from the README.
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var index = 0
        /// Speakers of the full quotes, in order.
        var full: [String]
        /// Partial quotes: words in the fragment, and a word of its speaker (nil: the README names nobody).
        var partials: [(String, String?)]
        var testDescription: String { index == 0 && !file.hasSuffix(".json") ? file : "\(file) [\(index)]" }
    }

    static let expected: [Expected] = [
        Expected(file: "ledger-01.md", full: ["Ilse Brandvold", "Tomas Reinholt", "Søren Åkerlund"],
                 partials: [("as well as anyone could have hoped", "Brandvold"), ("jammed partly open", "Reinholt")]),
        Expected(file: "ledger-02.md", full: ["Tomas Reinholt", "Ilse Brandvold", "Søren Åkerlund"],
                 partials: [("at least three months", "Reinholt"), ("talking about everyone", "Brandvold")]),
        Expected(file: "ledger-03.md", full: ["Søren Åkerlund", "Björn Tallaksen", "Ilse Brandvold"],
                 partials: [("without delay", "Tallaksen"), ("does not come from us", "Bakke")]),
        Expected(file: "ledger-04.md", full: ["Petra Vasskog", "Tomas Reinholt", "Søren Åkerlund"],
                 partials: [("cooperate fully", "Reinholt"), ("the right decision", "Brandvold"), ("in the region of €2 million", "official")]),
        Expected(file: "harbour-01.txt", full: ["Zoë Márquez", "Arne Volden", "Søren Åkerlund"],
                 partials: [("a nightmare in the dark", "firefighter"), ("stretched to breaking point", "rescue worker")]),
        Expected(file: "harbour-02.txt", full: ["a Water Authority insider", "Björn Tallaksen", "Zoë Márquez"],
                 partials: [("a fantasy", "source inside the authority"), ("minor surface wear", "Reinholt"), ("making it up as it goes along", "Critics")]),
        Expected(file: "harbour-03.txt", full: ["one woman", "Tomas Reinholt", "Zoë Márquez", "Ilse Brandvold"],
                 partials: [("at the end of its working life", "inspector"), ("three years too late", "Tallaksen"), ("almost certain", "government source"), ("several hundred", "Brandvold")]),
        Expected(file: "northwind.json", index: 0, full: ["Tomas Reinholt", "Maren Solheim-Adeyemi"],
                 partials: [("between 1,500 and 2,000 households", "civil-protection official"), ("within the next maintenance cycle", "source"),
                            ("minor surface wear", "Reinholt"), ("deserves a very careful look", "Solheim-Adeyemi"), ("wait for the facts", "Brandvold")]),
        Expected(file: "northwind.json", index: 1, full: ["Jérôme Valcourt", "Jérôme Valcourt", "Maren Solheim-Adeyemi", "Zoë Márquez"],
                 partials: [("at the end of its working life", "inspector"), ("advisory", "Water Authority"), ("minor surface wear", "Reinholt"),
                            ("full and independent", "Vasskog"), ("unhappy", "ministry official")]),
        Expected(file: "northwind.json", index: 2, full: ["Björn Tallaksen", "Petra Vasskog"],
                 partials: [("a question for after the facts are established", "Vasskog"), ("some discussion", "finance ministry"),
                            ("in full and without redactions", "Reinholt"), ("no reason to doubt", "Vasskog")]),
    ]

    @Test(arguments: expected) func quotes(_ e: Expected) throws {
        let a = try #require(Self.sample(e.file, e.index))
        let full = Self.fullQuotes(a)
        #expect(full.count == e.full.count, "full quotes: \(full.map { "\($0.speaker ?? "?"): \($0.text.prefix(40))" })")
        for (i, speaker) in e.full.enumerated() where i < full.count {
            #expect(full[i].speaker == speaker, "full quote \(i + 1): \(full[i].text.prefix(50))")
        }
        for (words, speaker) in e.partials {
            let q = Self.partial(a, words)
            #expect(q != nil, "no partial quote “\(words)”")
            guard let q, let speaker else { continue }
            let named = (q.speaker ?? "").localizedCaseInsensitiveContains(speaker)
            #expect(named, "“\(words)” credited to \(q.speaker ?? "nobody")")
        }
    }

    /// The three harbour-03 misreadings: a speech verb inside a quote, a fragment credited to
    /// the wrong man, and a two-word fragment read as a statement.
    @Test func harbour03() throws {
        let a = try #require(Self.sample("harbour-03.txt"))
        let reinholt = try #require(a.quotes.first { $0.text.hasPrefix("I am not going to stand here") })
        #expect(reinholt.kind == .direct && reinholt.speaker == "Tomas Reinholt")
        #expect(reinholt.text.hasSuffix("we will say so,"))
        #expect(!a.quotes.contains { $0.text.contains("he said") })
        #expect(!a.quotes.contains { $0.speaker == nil && $0.mention == "we" })
        let fragment = try #require(Self.partial(a, "at the end of its working life"))
        #expect(fragment.speaker != "Tomas Reinholt")
        #expect(Self.partial(a, "several hundred") != nil)
    }

    /// Key figures with their value and claimant.
    @Test func figures() throws {
        let l1 = try #require(Self.sample("ledger-01.md"))
        let households = try #require(Self.figure(l1, "1,200"))
        #expect(households.value == 1200 && households.category == "households")
        #expect(households.claimant == "the city’s emergency office")
        #expect(Self.figure(l1, "Seven")?.claimant == "Lene Fossdal")
        #expect(Self.figure(l1, "94%")?.value == 94)
        for file in ["ledger-02.md", "ledger-03.md", "ledger-04.md"] {
            let a = try #require(Self.sample(file))
            #expect(Self.figure(a, "1,200")?.claimant?.lowercased() == "the city’s emergency office", "\(file)")
        }
        let l2 = try #require(Self.sample("ledger-02.md"))
        let cost = try #require(Self.figure(l2, "€4.5 million"))
        #expect(cost.value == 4_500_000 && cost.unit == "€" && cost.claimant == "Tomas Reinholt")
        #expect(Self.figure(l2, "81%")?.claimant == "Tomas Reinholt")

        let h1 = try #require(Self.sample("harbour-01.txt"))
        let fled = try #require(Self.figure(h1, "3,000"))
        #expect(fled.value == 3000 && fled.claimant == "rescue workers")
        #expect(Self.figure(h1, "Nine")?.value == 9)
        #expect(Self.figure(h1, "Nine")?.claimant == "rescue sources")
        let h2 = try #require(Self.sample("harbour-02.txt"))
        #expect(Self.figure(h2, "40%")?.claimant == "a firefighter")
        #expect(Self.figure(h2, "Nine")?.claimant == "rescue sources")
        let h3 = try #require(Self.sample("harbour-03.txt"))
        #expect(Self.figure(h3, "3,000")?.value == 3000)
        #expect(Self.figure(h3, "3,000")?.claimant == "rescue volunteers")

        let n0 = try #require(Self.sample("northwind.json", 0))
        let range = try #require(Self.figure(n0, "between 1,500 and 2,000"))
        #expect(range.low == 1500 && range.high == 2000 && range.category == "households")
        #expect(range.claimant?.contains("civil-protection official") == true)
        #expect(Self.figure(n0, "Seven")?.claimant == "Marrowick General Hospital")
        #expect(Self.figure(n0, "nine")?.claimant == "Harbour Daily")
        let n1 = try #require(Self.sample("northwind.json", 1))
        #expect(Self.figure(n1, "Between 1,500 and 2,000")?.claimant == "the regional civil-protection official")
        let estimate = try #require(Self.figure(n1, "between €9 million and €15 million"))
        #expect(estimate.low == 9_000_000 && estimate.high == 15_000_000 && estimate.claimant == "Maren Solheim-Adeyemi")
        let n2 = try #require(Self.sample("northwind.json", 2))
        #expect(Self.figure(n2, "between 1,500 and 2,000")?.claimant == "a civil-protection official")
    }

    /// Outlets each article cites, by name.
    @Test func outlets() throws {
        let cases: [(String, Int, [String])] = [
            ("ledger-02.md", 0, ["Northwind Post"]), ("ledger-03.md", 0, ["Harbour Daily"]), ("ledger-04.md", 0, ["Northwind Post"]),
            ("harbour-01.txt", 0, ["Harbour Daily"]), ("harbour-03.txt", 0, ["Northwind Post", "Harbour Daily"]),
            ("northwind.json", 0, ["Marrowick Ledger", "Harbour Daily", "Northwind Post"]),
            ("northwind.json", 1, ["Harbour Daily", "Northwind Post"]),
            ("northwind.json", 2, ["Marrowick Ledger", "Harbour Daily", "Northwind Post"]),
        ]
        for (file, index, outlets) in cases {
            let a = try #require(Self.sample(file, index))
            let cited = Set(a.sources.filter { $0.kind == .outlet }.map(\.name))
            #expect(cited.isSuperset(of: outlets), "\(file) [\(index)]: \(cited.sorted())")
        }
    }

    /// Hedges the README lists, by their words.
    @Test func hedges() throws {
        let cases: [(String, Int, [String])] = [
            ("harbour-01.txt", 0, ["reportedly", "apparently", "could not be independently verified", "could", "may", "it is not clear", "likely", "insists"]),
            ("harbour-02.txt", 0, ["could", "claimed", "allegedly", "likely", "reportedly", "apparently", "may", "have not confirmed"]),
            ("harbour-03.txt", 0, ["allegedly", "could", "Insiders say"]),
            ("ledger-03.md", 0, ["likely", "could"]),
            ("northwind.json", 0, ["likely", "appears to", "some indications", "It is not clear"]),
            ("northwind.json", 1, ["appears to", "likely", "could"]),
            ("northwind.json", 2, ["likely", "could", "probably", "It is not clear", "reportedly", "suggested"]),
        ]
        for (file, index, words) in cases {
            let a = try #require(Self.sample(file, index))
            for w in words {
                #expect(a.hedges.contains { $0.text.localizedCaseInsensitiveContains(w) }, "\(file) [\(index)]: \(w)")
            }
        }
        let a = try #require(Self.sample("harbour-03.txt"))
        #expect(a.hedges.filter { $0.text.lowercased() == "could" }.count == 2)
    }
}
