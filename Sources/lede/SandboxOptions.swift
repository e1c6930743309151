import ArgumentParser
import LedeCorpus
import LedeLanguage

/// `--sandbox` and its limits, for `lede` and `lede notebook`.
struct SandboxOptions: ParsableArguments {
    @Flag(help: "The classroom sandbox: read only under the allowed folders, write only into the export folder, no environment variables or start-up files, and a time and row limit per statement. A guardrail for a class, not a security boundary; it cannot be turned off from inside the session.")
    var sandbox = false

    @Option(name: .customLong("allow-read"), help: ArgumentHelp("With --sandbox: a folder that may be read (repeat for more; default: the current folder and the built-in samples).", valueName: "DIR"))
    var allowRead: [String] = []

    @Option(name: .customLong("export-dir"), help: ArgumentHelp("With --sandbox: the one folder written to (default: exports, made on the first write).", valueName: "DIR"))
    var exportDir: String?

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("With --sandbox: seconds each statement may run (default: \(Sandbox.defaultTimeLimit)).", valueName: "SECONDS"))
    var timeLimit: Int?

    @Option(name: .customLong("max-rows"), help: ArgumentHelp("With --sandbox: rows a statement's result may have (default: \(Sandbox.defaultMaxRows)).", valueName: "N"))
    var maxRows: Int?

    func validate() throws {
        if !sandbox, !allowRead.isEmpty || exportDir != nil || timeLimit != nil || maxRows != nil {
            throw ValidationError("--allow-read, --export-dir, --time-limit and --max-rows go with --sandbox")
        }
        if let timeLimit, !(1...Cancellation.maxSeconds).contains(timeLimit) {
            throw ValidationError("--time-limit takes 1 to \(Cancellation.maxSeconds) seconds")
        }
        if let maxRows, maxRows < 1 { throw ValidationError("--max-rows takes a positive number") }
    }

    /// The sandbox asked for, with its folders resolved from the folder lede started in.
    func make() -> Sandbox? {
        guard sandbox else { return nil }
        return Sandbox(readFolders: allowRead.isEmpty ? Sandbox.defaultReadFolders : allowRead,
                       exportFolder: exportDir ?? Sandbox.defaultExportFolder,
                       timeLimit: timeLimit ?? Sandbox.defaultTimeLimit, maxRows: maxRows ?? Sandbox.defaultMaxRows)
    }
}
