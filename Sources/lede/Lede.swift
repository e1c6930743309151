import ArgumentParser
import Foundation
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
        Exit status: 0 on success, 1 on a script error, 2 on a usage error.
        """,
        version: version,
        subcommands: [Run.self]
    )

    @OptionGroup var output: OutputOptions

    @Option(name: .customShort("e"), help: ArgumentHelp("Run PROGRAM (statements separated by `;` or newlines) and exit.", valueName: "PROGRAM"))
    var program: String?

    @Argument(help: "A script file (.lede) to run, followed by its arguments.")
    var script: String?

    @Argument(parsing: .captureForPassthrough, help: .hidden)
    var arguments: [String] = []

    func validate() throws {
        if program != nil, script != nil {
            throw ValidationError("give either -e PROGRAM or a script file, not both")
        }
    }

    func run() throws {
        let runner = Runner(options: output)
        if let program {
            throw ExitCode(runner.run(program, name: "<-e>", arguments: script.map { [$0] + arguments } ?? arguments))
        }
        if let script {
            throw ExitCode(runner.runFile(script, arguments: arguments))
        }
        if isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 {
            throw ExitCode(runner.interactive())
        }
        throw ExitCode(runner.runStandardInput())
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

/// `lede run FILE [ARGS...]`.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a script file; the arguments after it reach the script as arg(1), arg(2), ...")

    @OptionGroup var output: OutputOptions

    @Argument(help: "The script to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the script.")
    var arguments: [String] = []

    func run() throws {
        throw ExitCode(Runner(options: output).runFile(file, arguments: arguments))
    }
}

struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How results are printed: table, csv, tsv, json, jsonl or markdown.", valueName: "FORMAT"))
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}
