import ArgumentParser
import LedeREPL

extension ParsableCommand {
    /// Parses and runs `lede WORD ...` (`notebook`, `extract`): the word is not a subcommand of
    /// `lede`, whose first argument may be a script's name. Returns the exit status: 2 for a
    /// usage error, as `lede` itself.
    static func dispatch(_ arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            Printer.error(fullMessage(for: error))
            return 2
        }
    }
}
