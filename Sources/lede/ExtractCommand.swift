import ArgumentParser
import Foundation
import LedeCorpus
import LedeLanguage
import LedeREPL
import LedeStore

/// `lede extract PATH... --store URL --shard K/N`: one worker of a shared extraction. Each
/// worker loads the files whose bytes hash into its slice and writes their articles and
/// analyses to the store; writes are idempotent, so workers run side by side on one machine or
/// many, and a crashed worker's slice is run again.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede extract",
        abstract: "Load articles and extract them into a store, alone or as one of several workers.",
        discussion: """
        Examples:
          lede extract coverage/ --store corpus.db
          lede extract /data/news --store postgresql://lede@db.example.org/news --shard 1/4   (and 2/4, 3/4, 4/4 elsewhere)
        What the store already holds is read, not extracted again. Exit status: 0 on success, 1 when the store failed, 2 on a usage error.
        """
    )

    @Argument(help: ArgumentHelp("Files, folders and globs to load, as `load` takes them.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("The store: an SQLite file or a postgresql://USER@HOST/DATABASE server (default: $XDG_CACHE_HOME/lede/cache.db).", valueName: "FILE-or-URL"))
    var store: String?

    @Option(help: ArgumentHelp("Take only slice K of N of the files, by a hash of their bytes.", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Override the built-in word lists with the .txt files of DIR (default: $LEDE_LEXICONS).", valueName: "DIR"))
    var lexicons: String?

    func validate() throws {
        if let shard, LoadSlice(shard) == nil {
            throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/4 (not `\(shard)`)")
        }
    }

    func run() throws {
        let started = Date()
        let session = Session(lexicons: try Lede.lexicons(option: lexicons, sandbox: nil))
        let slice = shard.flatMap(LoadSlice.init)
        do {
            try session.use(store: store ?? CorpusStore.defaultPath())
            let (report, extracted) = try session.extract(paths, slice: slice)
            for problem in report.skipped + report.notes { Printer.error(DiagnosticRenderer.render(problem)) }
            let slicePart = shard.map { " in slice \($0)" } ?? ""
            let storeName = session.store?.name ?? "the store"
            Printer.error("lede extract: \(LoadReport.grouped(report.articles)) articles\(slicePart) of \(LoadReport.grouped(report.files)) files; \(LoadReport.grouped(report.articles - extracted)) analyses were in \(storeName), \(LoadReport.grouped(extracted)) extracted and stored (\(Session.duration(Date().timeIntervalSince(started))))")
        } catch let error as Diagnostic {
            Printer.error(DiagnosticRenderer.render(error))
            throw ExitCode(1)
        } catch {
            Printer.error("lede extract: \(error)")
            throw ExitCode(1)
        }
    }
}
