import CEditLine
import Foundation

/// One line at the prompt through libedit: emacs keys, Up/Down through history, Tab completion
/// and UTF-8 (the REPL calls `setlocale` first). Only for terminals; piped input goes through
/// `readLine()`, which is a hundred times faster and keeps scripts out of the history.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line is dropped.
        case interrupted
        /// Ctrl-D on an empty line.
        case end
    }

    let interrupts: Interrupts
    let complete: (_ line: String, _ cursor: Int) -> Completion
    /// Earlier lines of a statement being continued, so completion sees all of it.
    var pending = ""

    /// libedit's completion state is global, so there is one editor per process.
    init(interrupts: Interrupts, complete: @escaping (_ line: String, _ cursor: Int) -> Completion) {
        self.interrupts = interrupts
        self.complete = complete
        lede_rl_configure()
        lede_rl_set_completion(attempted)
        active = self
    }

    /// Narrower than this, libedit is not used: with a terminal narrower than its prompt, libedit
    /// 3.1-20221030 writes past its display buffers (glibc then aborts: "corrupted size vs.
    /// prev_size"), so it only ever sees widths from here up.
    static let minimumWidth = 20

    func read(prompt: String) -> Input {
        guard Terminal.width() >= Self.minimumWidth else { return readPlain(prompt: prompt) }
        // libedit resizes itself from its SIGWINCH handler, to whatever width the terminal has:
        // held back while it reads, a resize reaches it at the next prompt, after the check above.
        var resizes = sigset_t()
        sigemptyset(&resizes)
        sigaddset(&resizes, SIGWINCH)
        pthread_sigmask(SIG_BLOCK, &resizes, nil)
        let raw = readline(prompt)
        pthread_sigmask(SIG_UNBLOCK, &resizes, nil)
        defer { free(raw) }
        if interrupts.take() { return .interrupted }
        guard let raw else { return .end }
        return .line(String(cString: raw))
    }

    /// A line without editing, for a terminal too narrow for libedit; the terminal's own line
    /// discipline still handles backspace, Ctrl-C and Ctrl-D.
    private func readPlain(prompt: String) -> Input {
        Printer.write(prompt)
        let line = readLine(strippingNewline: true)
        if interrupts.take() {
            lede_clear_stdin_error()
            return .interrupted
        }
        return line.map(Input.line) ?? .end
    }

    /// Completes the text under the cursor; nil when nothing fits.
    fileprivate func matches(word: String) -> (candidates: [String], suffix: String)? {
        let bytes = Array(String(cString: lede_rl_line_buffer()).utf8)
        var point = min(max(0, Int(lede_rl_point())), bytes.count)
        if !String(decoding: bytes[..<point], as: UTF8.self).hasSuffix(word) { point = bytes.count }
        let head = pending.isEmpty ? "" : pending + "\n"
        let before = head + String(decoding: bytes[..<point], as: UTF8.self)
        let line = Array(before + String(decoding: bytes[point...], as: UTF8.self))
        let cursor = before.count
        let completion = complete(String(line), cursor)
        // libedit replaces its own word (set by the word breaks in shim.h, ending at the cursor):
        // restate each candidate for it.
        let wordStart = cursor - word.count
        let start = completion.range.lowerBound
        let restated = completion.candidates.compactMap { candidate -> String? in
            guard start <= wordStart else { return String(line[wordStart..<start]) + candidate }
            let typed = String(line[start..<wordStart])
            return candidate.lowercased().hasPrefix(typed.lowercased()) ? String(candidate.dropFirst(typed.count)) : nil
        }
        return restated.isEmpty ? nil : (restated, completion.suffix)
    }
}

// Touched only on the thread that calls readline(): libedit calls back synchronously.
nonisolated(unsafe) private var active: LineEditor?
nonisolated(unsafe) private var generated: [String] = []

private let generator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, _ in
    generated.popLast().map { strdup($0) }
}

private let attempted: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
    lede_rl_completion_over()
    guard let text, let (candidates, suffix) = active?.matches(word: String(cString: text)) else { return nil }
    let append = suffix.unicodeScalars.count == 1 ? suffix.unicodeScalars.first.map { Int32($0.value) } ?? 0 : 0
    lede_rl_set_append_character(append)
    generated = candidates.reversed()
    return rl_completion_matches(text, generator)
}
