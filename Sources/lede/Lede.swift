import ArgumentParser
import Foundation
import LedeExtract
import LedeLanguage
import LedeREPL

/// The `lede` command: the REPL on a terminal, or statements from a script, `-e` or stdin.
@main
struct Lede: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Load news articles and question them with a small pipeline language.",
        discussion: """
        With no arguments on a terminal, opens the interactive prompt; with statements piped on
        standard input, runs them. Examples:
          lede -e 'load "Notebooks/samples"; quotes | select speaker, text'
          lede run analysis.lede coverage/
          lede --format jsonl -e 'load "DIR/*.txt"; articles | select file, outlet, date, headline'
          lede analysis.lede coverage/     (the same)
          lede help where                  (the language reference, as `help` at the prompt)
          lede --lexicons my-lexicons -e 'load "coverage/"; hedges | count'
          lede notebook run lesson.md      (notebooks: run, check, export; `lede notebook --help`)
          lede --sandbox                   (the classroom sandbox: a guardrail, not a security boundary)
          lede --store corpus.db           (keep articles and analyses there; default: $XDG_CACHE_HOME/lede)
          lede extract DIR --store postgresql://HOST/DB --shard 1/4   (one of four extraction workers)
        Word lists (speech verbs, titles, outlets, hedges, units, taxonomy, stop words, ...) are
        built in; a folder named by --lexicons, or else by the LEDE_LEXICONS environment variable,
        overrides them file by file: in a same-named .txt file, plain lines replace the list,
        `+entry` adds an entry and `-entry` removes one.
        Exit status: 0 on success, 1 on a script error, 2 on a usage error (a bad lexicon folder too).
        """,
        version: version
    )

    @OptionGroup var output: OutputOptions
    @OptionGroup var sandbox: SandboxOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Override the built-in word lists with the .txt files of DIR (default: $LEDE_LEXICONS).", valueName: "DIR"))
    var lexicons: String?

    @Option(name: .customShort("e"), help: ArgumentHelp("Run PROGRAM (statements separated by `;` or newlines) and exit.", valueName: "PROGRAM"))
    var program: String?

    @Argument(help: ArgumentHelp("A script file (.lede) to run, followed by its arguments; `lede run FILE ARGS...` is the same.", valueName: "script"))
    var script: String?

    @Argument(parsing: .captureForPassthrough, help: .hidden)
    var arguments: [String] = []

    func validate() throws {
        if program != nil, script != nil {
            throw ValidationError("give either -e PROGRAM or a script file, not both")
        }
    }

    func run() throws {
        let runner = Runner(options: output, lexicons: try loadLexicons(), sandbox: sandbox.make(), store: store)
        if let program {
            throw ExitCode(try runner.run(program, name: "<-e>", arguments: script.map { [$0] + arguments } ?? arguments))
        }
        // `run` is a word, not a subcommand: ArgumentParser would read it as the script's name.
        if script == "run" {
            guard let file = arguments.first else { throw ValidationError("`lede run` needs a script file") }
            throw ExitCode(try runner.runFile(file, arguments: Array(arguments.dropFirst())))
        }
        // `lede notebook run|check|export FILE.md`.
        if script == "notebook" {
            throw ExitCode(NotebookCommand.dispatch(arguments))
        }
        // `lede extract DIR --store URL --shard K/N`.
        if script == "extract" {
            throw ExitCode(ExtractCommand.dispatch(arguments))
        }
        // Likewise `help`: `lede help where` shows what `help where` shows at the prompt.
        if script == "help", !FileManager.default.fileExists(atPath: "help") {
            throw ExitCode(runner.help(arguments.first))
        }
        if let script {
            throw ExitCode(try runner.runFile(script, arguments: arguments))
        }
        if isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 {
            throw ExitCode(try runner.interactive())
        }
        throw ExitCode(try runner.runStandardInput())
    }

    /// The built-in lexicons with the folder of `--lexicons` or `LEDE_LEXICONS` over them; a
    /// missing folder or a bad file is a usage error.
    func loadLexicons() throws -> Lexicons {
        try Self.lexicons(option: lexicons, sandbox: sandbox.make())
    }

    /// The sandbox reads no environment variable, and lexicons only from a folder it may read.
    static func lexicons(option lexicons: String?, sandbox: Sandbox?) throws -> Lexicons {
        if let sandbox, let folder = lexicons, let refused = sandbox.access.check(folder, for: .read) {
            Printer.error("lede: lexicons: \(refused.message)\n  help: \(refused.help ?? "")")
            throw ExitCode(2)
        }
        let environment = sandbox != nil ? nil : ProcessInfo.processInfo.environment["LEDE_LEXICONS"].flatMap { $0.isEmpty ? nil : $0 }
        guard let folder = lexicons ?? environment else { return .standard }
        do {
            return try Lexicons.load(overrides: folder)
        } catch {
            let origin = lexicons == nil ? " (from LEDE_LEXICONS)" : ""
            Printer.error("lede: lexicons\(origin): \(error)")
            throw ExitCode(2)
        }
    }

    /// Usage errors exit 2 (ArgumentParser's default is 64); help and version exit 0.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How results are printed: table, csv, tsv, json, jsonl or markdown.", valueName: "FORMAT"))
    var format: OutputFormat = .table

    @Flag(help: "Print each statement as a heading before its result (the tour does).")
    var echo = false
}

extension OutputFormat: ExpressibleByArgument {}
