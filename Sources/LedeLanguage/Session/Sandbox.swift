import Foundation
import LedeCorpus

/// The classroom sandbox (`lede --sandbox`): reads only under some folders, writes only into one
/// export folder, and limits each statement's time and rows. Once a session is in it, nothing
/// typed in the session takes it out: `Session.enter(_:)` is one-way and `timeout` cannot raise
/// the limit. A classroom guardrail against slips and runaway queries, not a security boundary
/// (see `FileAccess`).
public struct Sandbox: Sendable, Equatable {
    public var access: FileAccess
    /// The export folder as given, for messages.
    public var exportFolder: String
    /// Seconds each statement may run.
    public var timeLimit: Int
    /// Rows a statement's result may have.
    public var maxRows: Int

    public static let defaultTimeLimit = 10
    public static let defaultMaxRows = 10_000
    public static let defaultExportFolder = "exports"

    /// - Parameters:
    ///   - readFolders: folders that may be read; by default the current folder and the
    ///     built-in samples (`defaultReadFolders`).
    ///   - exportFolder: the one folder written to; it may be read too.
    public init(readFolders: [String] = Sandbox.defaultReadFolders, exportFolder: String = Sandbox.defaultExportFolder,
                timeLimit: Int = Sandbox.defaultTimeLimit, maxRows: Int = Sandbox.defaultMaxRows) {
        access = .sandbox(read: readFolders, write: exportFolder)
        self.exportFolder = exportFolder
        self.timeLimit = timeLimit
        self.maxRows = maxRows
    }

    public static var defaultReadFolders: [String] { ["."] + (builtInSamples.map { [$0] } ?? []) }

    /// The sample articles that come with Lede: `Notebooks/samples` in the source tree the binary
    /// was built in (found by walking up from the executable), or `share/lede/samples` beside an
    /// installed `bin/lede`. Nil when neither is there.
    public static var builtInSamples: String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/lede/samples").path
        if FileManager.default.fileExists(atPath: installed) { return installed }
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Notebooks/samples").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static let turnOff = "quit, and start lede without `--sandbox`"

    func tooManyRows(_ count: Int) -> (String, String) {
        ("the result has \(LoadReport.grouped(count)) rows, over the sandbox's limit of \(LoadReport.grouped(maxRows)) rows per statement",
         "narrow it with `where` or `take`, or start lede with `--max-rows N`")
    }
}

extension Session {
    /// Puts the session in the sandbox for good; a session already in one keeps its own.
    public func enter(_ sandbox: Sandbox) {
        guard self.sandbox == nil else { return }
        self.sandbox = sandbox
        settings.timeLimit = sandbox.timeLimit
    }

    /// What the session may open: the sandbox's folders, or anywhere.
    public var access: FileAccess { sandbox?.access ?? .unrestricted }

    /// `sandbox on|off`: on enters the sandbox with its defaults; off is always refused inside it.
    func apply(sandboxSetting value: String, at span: SourceSpan, context: CheckContext, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        switch (value, sandbox) {
        case ("off", .some):
            throw context.error("the sandbox cannot be turned off from inside the session", at: span, help: Sandbox.turnOff)
        case ("off", nil):
            emit(.status("the sandbox is not on"))
        case ("on", .some):
            emit(.status("the sandbox is already on"))
        case ("on", nil):
            enter(Sandbox())
            emit(.status("sandbox on: reading only under the current folder and the samples, writing only into `\(Sandbox.defaultExportFolder)/`, \(Sandbox.defaultTimeLimit) s and \(LoadReport.grouped(Sandbox.defaultMaxRows)) rows per statement; it stays on until lede quits"))
        default:
            throw context.error("expected `on` or `off` after `sandbox`", at: span)
        }
    }

    /// `timeout N` in the sandbox may lower the limit, never lift it.
    func checkSandboxTimeout(_ seconds: Int, at span: SourceSpan, context: CheckContext) throws(Diagnostic) {
        guard let sandbox, seconds == 0 || seconds > sandbox.timeLimit else { return }
        throw context.error("the sandbox limits each statement to \(LoadReport.grouped(sandbox.timeLimit)) s; `timeout \(seconds)` would lift it", at: span,
                            help: "a shorter timeout is allowed; for a longer one, start lede with `--sandbox --time-limit SECONDS`")
    }

    /// Makes the export folder on the first write into it.
    func prepareWrite(_ path: String) {
        guard let sandbox, access.check(path, for: .write) == nil else { return }
        try? FileManager.default.createDirectory(atPath: sandbox.exportFolder, withIntermediateDirectories: true)
    }
}
