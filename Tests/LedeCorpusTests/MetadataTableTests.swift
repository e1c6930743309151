import Testing
@testable import LedeCorpus

@Suite struct MetadataTableTests {
    @Test func givenTableJoinsOnFileNameWithoutExtension() throws {
        let files = [
            "text/a1.txt": "Guessed headline\n\nBody one.\n",
            "meta.tsv": "compartment\tfilename\tpublisher\tpublication_date\tauthor\ttitle\tlevel\ntrain\ta1\tbreitbart\t2016-09-12\tDan Riehl\tReal title\t7\n",
        ]
        let (corpus, report, _) = try Fixtures.load(files, ["text"], metadata: "meta.tsv")
        let a = try #require(corpus.articles.first)
        #expect(a.outlet == "breitbart" && a.headline == "Real title" && a.authors == ["Dan Riehl"])
        #expect(a.date == Day(year: 2016, month: 9, day: 12))
        #expect(a.extra.map(\.key) == ["compartment", "level"])
        #expect(report.notes.contains { $0.message.hasPrefix("attached metadata from ") })
    }

    @Test func indexInTheGrandparentFolderIsAttachedAutomatically() throws {
        let files = [
            "data/articles/20220125T090000Z_GB_en_1.txt": "Macron speaks in Berlin\n\nHe will call Putin on Friday.\n",
            "data/articles/other.txt": "Other\n\nNo row for this one.\n",
            "index.csv": "filename,seendate_utc,country,first_line\n20220125T090000Z_GB_en_1.txt,20220125T090000Z,GB,Macron\n",
        ]
        let (corpus, report, dir) = try Fixtures.load(files, ["data/articles/*.txt"])
        #expect(corpus.articles.count == 2)
        let a = corpus.articles[0]
        #expect(a.date == Day(year: 2022, month: 1, day: 25))
        #expect(a.extra.map(\.key) == ["country"] && a.body == "He will call Putin on Friday.")
        #expect(corpus.articles[1].extra.isEmpty)
        #expect(report.notes.map(\.message) == ["attached metadata from \(dir)/index.csv"])
    }

    /// Each folder's tables are looked for once per load; the nearest with a row for the file
    /// wins, and one without a row lets a table further up answer.
    @Test func theNearestTableWithARowForTheFileIsAttached() throws {
        let files = [
            "news/uk/x.txt": "X\n\nBody x.\n",
            "news/uk/y.txt": "Y\n\nBody y.\n",
            "news/fr/z.txt": "Z\n\nBody z.\n",
            "news/uk/metadata.tsv": "filename\tpublisher\ny\tNear\n",
            "news/index.csv": "filename,publisher\nx,Far\ny,Far\nz,Far\n",
        ]
        let (corpus, _, _) = try Fixtures.load(files, ["news"])
        #expect(corpus.articles.map(\.file) == ["z.txt", "x.txt", "y.txt"])
        #expect(corpus.articles.map(\.outlet) == ["Far", "Far", "Near"])
    }

    @Test func folderWalkLeavesTablesAlone() throws {
        let (corpus, report, _) = try Fixtures.load(["a.txt": "H\n\nB.\n", "index.csv": "id,title\nzz,Nothing\n"])
        #expect(report.files == 1 && corpus.articles.count == 1)
    }

    @Test func csvErrorInAGivenTableIsReportedAndItsGoodRowsUsed() throws {
        let files = ["a.txt": "H\n\nB.\n", "m.csv": "filename,title\na,Good\nb,\"Broken\n"]
        let (corpus, report, dir) = try Fixtures.load(files, ["a.txt"], metadata: "m.csv")
        #expect(corpus.articles.first?.headline == "Good")
        #expect(report.skipped.map(\.span) == [SourceSpan(file: dir + "/m.csv", line: 3, column: 3)])
    }

    @Test func tableWithoutNameColumnIsReported() throws {
        let (_, report, dir) = try Fixtures.load(["a.txt": "H\n\nB.\n", "m.csv": "title,date\nX,2020-01-01\n"], ["a.txt"], metadata: "m.csv")
        #expect(report.skipped.map(DiagnosticRenderer.render) == [
            "\(dir)/m.csv:1:1: error: metadata table has no file-name column (filename, file, name, id)"])
    }
}
