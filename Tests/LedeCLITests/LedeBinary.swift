import Foundation

/// Runs the built `lede` executable, as a user would, and captures what it prints.
struct LedeBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// `../shared` beside the project, when it is there.
    static let shared: URL? = {
        let url = root.appendingPathComponent("../shared").standardized
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// The binary built next to the test bundle (`swift test` builds it: the tests depend on it).
    static let path: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return root.appendingPathComponent(".build/debug/lede").path
    }()

    /// `$XDG_CACHE_HOME` for the binaries this test process runs.
    static let cache = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cli-tests-cache-\(getpid())")

    /// Runs the binary with `environment` added to this process's own (less any `LEDE_LEXICONS`);
    /// `executable` runs another program instead (one that runs the binary, such as `setpriv`).
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL = root,
                    environment extra: [String: String] = [:], executable: String = path) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["LEDE_LEXICONS"] = nil
        // The tests' own cache, so they neither read nor fill the user's.
        environment["XDG_CACHE_HOME"] = cache.path
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
