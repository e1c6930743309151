import Foundation
import Testing

/// The first hour: `Scripts/install` puts lede and its completions under a PREFIX, and a
/// `#!/usr/bin/env lede` script then runs as `./script.lede DIR`. The test installs the binary
/// `swift test` built (`--binary`), so it builds nothing; a real install builds in release.
@Suite struct InstallTests {
    @Test func installedScriptsRunByTheirShebang() throws {
        guard let shared = LedeBinary.shared else {
            print("skipped: ../shared is absent, so there are no BBC articles to run top-speakers.lede on")
            return
        }
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("lede-install-\(UUID())")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let install = try Self.run(LedeBinary.root.appendingPathComponent("Scripts/install").path, ["--binary", LedeBinary.path],
                                   in: LedeBinary.root, environment: ["PREFIX": prefix.path])
        #expect(install.status == 0, "\(install.stderr)")
        for file in ["bin/lede", "share/bash-completion/completions/lede", "share/zsh/site-functions/_lede",
                     "share/fish/vendor_completions.d/lede.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }
        let bash = try String(contentsOf: prefix.appendingPathComponent("share/bash-completion/completions/lede"), encoding: .utf8)
        #expect(bash.contains("_lede"))

        let script = prefix.appendingPathComponent("top-speakers.lede")
        try FileManager.default.copyItem(at: LedeBinary.root.appendingPathComponent("Scripts/examples/top-speakers.lede"), to: script)
        let path = prefix.appendingPathComponent("bin").path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let r = try Self.run("./top-speakers.lede", [shared.appendingPathComponent("corpora/bbc/politics").path],
                             in: prefix, environment: ["PATH": path, "NO_COLOR": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("speaker") == true)
        #expect(lines.count == 12)
        #expect(lines[2].hasPrefix("Tony Blair"))
    }

    static func run(_ executable: String, _ arguments: [String], in directory: URL,
                    environment extra: [String: String]) throws -> LedeBinary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : directory.appendingPathComponent(executable).path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return LedeBinary.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                 stderr: String(decoding: errData, as: UTF8.self))
    }
}
