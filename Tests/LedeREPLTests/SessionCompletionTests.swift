@testable import LedeLanguage
@testable import LedeREPL
import Testing
import LedeExtract
import LedeCorpus
import Synchronization

/// The session side of completion: schemas of partial pipelines and distinct values.
@Suite struct SessionCompletionTests {
    @Test func schemaOfAPartialPipeline() {
        let session = Session(analyze: { _ in Analysis() })
        #expect(session.schema(ofPipeline: "quotes | select speaker, cue")?.names == ["speaker", "cue"])
        #expect(session.schema(ofPipeline: "quotes | where nonsense > 1") == nil)
        #expect(session.schema(ofPipeline: "quotes |") == nil)
        let c = Completer.complete(line: "quotes | select speaker, cue | sort c", cursor: 37, data: SessionCompletionData(session: session))
        #expect(c.candidates.first == "cue")
    }

    @Test func valuesOfAVariable() {
        let session = Session(analyze: { _ in Analysis() })
        session.run("let few = quotes | select speaker", emit: { _ in })
        let data = SessionCompletionData(session: session)
        #expect(data.sourceNames.contains("few"))
        #expect(data.values(of: "speaker", inPipeline: "few").isEmpty)
        #expect(data.schema(ofPipeline: "few")?.names == ["speaker"])
    }

    @Test func aTabDoesNotStopToExtractALargeCorpus() {
        let extracted = Atomic<Int>(0)
        let session = Session(analyze: { _ in
            extracted.add(1, ordering: .relaxed)
            var analysis = Analysis()
            analysis.quotes = [Quote(sentence: 0, span: TextSpan(0, 1), text: "yes", kind: .direct, speaker: "Ann Smith", anonymous: false)]
            return analysis
        })
        for i in 0...Session.completionExtractionLimit {
            session.corpus.add(Article(id: "a\(i)", path: "a\(i).txt", file: "a\(i).txt", outlet: "fox", headline: nil, date: nil,
                                       body: "Body \(i).", extra: []))
        }
        #expect(session.distinctValues(of: "speaker", inPipeline: "quotes", limit: 5).isEmpty)
        #expect(extracted.load(ordering: .relaxed) == 0)
        #expect(session.distinctValues(of: "outlet", inPipeline: "articles", limit: 5) == ["fox"])
        session.run("quotes | count", emit: { _ in })
        #expect(session.distinctValues(of: "speaker", inPipeline: "quotes", limit: 5) == ["Ann Smith"])
    }
}
