import LedeLanguage
@testable import LedeREPL
import Testing
import LedeExtract

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
}
