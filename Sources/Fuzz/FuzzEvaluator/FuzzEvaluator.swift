import Foundation
import LedeLanguage

/// libFuzzer entry: any bytes as a program, checked and run over the ten sample articles, and
/// every result printed as a table (`Scripts/fuzz evaluator`). Statements that touch files or
/// the session's lifetime (`load`, `export`, `save`, `clear`, `quit`) are left out so that runs
/// stay comparable and nothing is written.
// libFuzzer calls in on one thread.
nonisolated(unsafe) private let session: Session = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let session = Session()
    session.run("load \"\(root.appendingPathComponent("Notebooks/samples").path)\"; quotes | count") { _ in }
    session.settings.timeLimit = 2
    return session
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvaluator(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let statements = try? Parser.parse(Source(name: "fuzz", text: text)),
          statements.allSatisfy(isContained) else { return 0 }
    session.run(text, name: "fuzz") { event in
        if case .table(let t) = event { _ = Renderer.render(t, as: .table) }
    }
    return 0
}

private func isContained(_ statement: Statement) -> Bool {
    switch statement.kind {
    case .load, .export, .save, .saveNotebook, .clear, .quit: false
    default: true
    }
}
