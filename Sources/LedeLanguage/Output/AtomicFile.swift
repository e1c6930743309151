import Foundation
import LedeCorpus

/// Writes a file all at once: to a temporary file beside it, then a rename, so a reader never
/// sees half a file and an interrupted write leaves the old one intact.
enum AtomicFile {
    static func write(_ text: String, to path: String, overwrite: Bool, span: SourceSpan, context: CheckContext) throws(Diagnostic) {
        let fm = FileManager.default
        if fm.fileExists(atPath: path), !overwrite {
            throw context.error("`\(path)` already exists", at: span, help: "add `overwrite` after the file name to replace it")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? fm.removeItem(at: temporary)
            throw context.error("cannot write `\(path)`: \(String(cString: strerror(errno)))", at: span,
                                help: "check that the folder exists and is writable")
        }
    }
}
