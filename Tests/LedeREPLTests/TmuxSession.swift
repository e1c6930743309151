import Foundation
import Testing

/// The built `lede` binary on a real terminal: a detached tmux session of 120 x 40 whose screen
/// the tests read with `capture-pane`, polling until what they wait for appears.
final class TmuxSession {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Built by `swift test`, because LedeCLITests depends on the `lede` target.
    static let binary = root.appendingPathComponent(".build/debug/lede").path
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

    let socket = "lede-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    let state: URL

    init() throws {
        state = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40",
                  "-e", "LANG=C.UTF-8", "-e", "NO_COLOR=1", "-e", "XDG_STATE_HOME=\(state.path)",
                  "-c", Self.root.path, Self.binary])
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: state)
    }

    var historyFile: String { state.appendingPathComponent("lede/history").path }

    /// Keys as tmux names them: text, "Enter", "Tab", "Up", "C-c", "C-d".
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "0", key]) }
    }

    /// Types text literally (no key names).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Resizes the window, as a user dragging the terminal's edge.
    func resize(width: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width)])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    var lines: [String] {
        get throws { try screen().split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    /// Waits until `condition` holds for the screen, or fails after `timeout` seconds.
    @discardableResult
    func wait(_ what: String, timeout: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \(what); the screen:\n\(last)")
        throw CancellationError()
    }

    /// Waits for the `n`th prompt.
    @discardableResult
    func waitForPrompt(_ n: Int, timeout: Double = 20) throws -> String {
        try wait("prompt \(n)", timeout: timeout) { Self.prompts(in: $0) >= n }
    }

    /// Types a statement, presses Enter and waits for the next empty prompt; returns the screen.
    @discardableResult
    func run(_ statement: String, timeout: Double = 20) throws -> String {
        let before = Self.prompts(in: try screen())
        try type(statement)
        try send("Enter")
        return try wait("the prompt after `\(statement)`", timeout: timeout) {
            Self.prompts(in: $0) > before && $0.split(separator: "\n").last == "lede>"
        }
    }

    static func prompts(in screen: String) -> Int {
        screen.split(separator: "\n").filter { $0.hasPrefix("lede> ") || $0 == "lede>" }.count
    }

    /// How the program ended, once it has: tmux's `#{pane_dead_signal}` and `#{pane_dead_status}`.
    var exitReport: String {
        get throws { try tmux(["display-message", "-p", "-t", "0", "#{pane_dead_signal}/#{pane_dead_status}"]).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    var exited: Bool {
        get throws { try tmux(["display-message", "-p", "-t", "0", "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1" }
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        // The first command starts the tmux server, which keeps the descriptors it was given: a
        // pipe there would never reach end-of-file.
        // A stuck tmux client must fail the test, never hang the suite: each call gets 10 seconds.
        try Self.spawn(["/usr/bin/timeout", "10", "tmux", "-L", socket] + arguments, capture: !arguments.contains("new-session"))
    }

    /// posix_spawn and waitpid: Foundation's Process left tmux unreaped and waited forever here.
    static func spawn(_ arguments: [String], capture: Bool) throws -> String {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw CocoaError(.fileReadUnknown) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture { posix_spawn_file_actions_adddup2(&actions, fds[1], 1) } else { posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block most signals, and a child inherits that mask: a tmux
        // server that cannot see SIGCHLD or SIGTERM never exits. Start it with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGCHLD, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
        close(fds[1])
        defer { close(fds[0]) }
        guard rc == 0 else { throw CocoaError(.executableLoad) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n <= 0 { break }
            data.append(contentsOf: buffer[..<n])
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// libedit's history file: a header line, then one entry a line with spaces, newlines and
    /// backslashes written as octal escapes (`\040`, `\012`, `\134`).
    static func historyEntries(_ file: String) -> [String] {
        file.split(separator: "\n").dropFirst().map { line in
            var bytes: [UInt8] = []
            let u = Array(line.utf8)
            var i = 0
            while i < u.count {
                if u[i] == UInt8(ascii: "\\"), i + 3 < u.count, let v = UInt8(String(decoding: u[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                    bytes.append(v)
                    i += 4
                } else {
                    bytes.append(u[i])
                    i += 1
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
