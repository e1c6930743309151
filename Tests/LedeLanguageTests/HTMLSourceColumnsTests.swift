import Foundation
import Testing
@testable import LedeLanguage

/// Where each field of a web page came from reaches the `articles` table as a column.
@Suite struct HTMLSourceColumnsTests {
    @Test func headlineSourceIsAColumn() {
        let fixture = Fixture()
        let page = Fixture.root.appendingPathComponent("Tests/LedeCorpusTests/HTMLPages/og-meta.html").path
        #expect(fixture.run("load \"\(page)\""))
        #expect(fixture.run("articles | select headline, headline_source, outlet_source, date_source, language"))
        #expect(fixture.rows == [["Council approves budget after long night", "og:title", "og:site_name", "article:published_time", "en-GB"]])
    }
}
