import Foundation
import Testing
@testable import LedeCorpus

/// Test inputs: `../shared` next to the package, and fresh temporary folders for inline files.
enum Fixtures {
    /// `../shared` relative to the folder holding Package.swift, or nil when it is absent.
    static let shared: String? = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                let shared = dir.deletingLastPathComponent().appendingPathComponent("shared").standardized.path
                return FileManager.default.fileExists(atPath: shared) ? shared : nil
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    /// Skips a test, saying why, when `relative` is not in ../shared.
    static func needs(_ relative: String) -> ConditionTrait {
        .enabled(if: shared(relative) != nil, "needs ../shared/\(relative), which is absent")
    }

    /// A file or folder in ../shared, if it exists.
    static func shared(_ relative: String) -> String? {
        guard let shared else { return nil }
        let path = shared + "/" + relative
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// A fresh folder holding the given files (name -> bytes).
    static func folder(_ files: [String: [UInt8]]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-corpus-\(UUID().uuidString)")
        for (name, bytes) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return dir.path
    }

    static func folder(text files: [String: String]) throws -> String {
        try folder(files.mapValues { Array($0.utf8) })
    }

    /// Loads the files of a fresh folder holding `files`.
    static func load(_ files: [String: String], _ patterns: [String]? = nil, metadata: String? = nil)
        throws -> (Corpus, LoadReport, String) {
        let dir = try folder(text: files)
        var corpus = Corpus()
        let report = corpus.load(patterns?.map { dir + "/" + $0 } ?? [dir], metadata: metadata.map { dir + "/" + $0 })
        return (corpus, report, dir)
    }
}
