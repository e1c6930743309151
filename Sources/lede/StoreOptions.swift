import ArgumentParser
import LedeCorpus
import LedeLanguage
import LedeREPL
import LedeStore

/// `--store` and `--no-cache`: where a session keeps articles and analyses between runs.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep articles and analyses in FILE (SQLite, made when missing) or a postgresql://USER@HOST/DATABASE server (default: $XDG_CACHE_HOME/lede/cache.db).", valueName: "FILE-or-URL"))
    var store: String?

    @Flag(name: .customLong("no-cache"), help: "Keep nothing between runs: every session reads and extracts its articles anew.")
    var noCache = false

    func validate() throws {
        if noCache, store != nil { throw ValidationError("give either --store or --no-cache, not both") }
    }

    /// Gives the session its store. A store named on the command line that cannot be opened
    /// stops lede (exit status 2); the default cache that cannot be opened is reported and the
    /// session goes on without one. The sandbox keeps nothing outside its export folder.
    func attach(to session: Session) throws {
        guard !noCache, session.sandbox == nil else { return }
        if let store {
            do {
                try session.use(store: store)
                session.queryInStore()
            } catch {
                Printer.error(DiagnosticRenderer.render(error))
                throw ExitCode(2)
            }
            return
        }
        do {
            try session.use(store: try CorpusStore.defaultPath())
        } catch let error as Diagnostic {
            Printer.error("lede: warning: no cache this session: \(error.message)")
        } catch {
            Printer.error("lede: warning: no cache this session: \(error)")
        }
    }
}
