import Foundation

/// The data files shipped in `Lexicons/` (stop words, hedge and speech-verb lists, ...), for code
/// outside this module, which cannot reach its `Bundle.module`. Users may edit the copies; a file
/// named in `LEDE_LEXICONS` (a folder) takes precedence over the shipped one.
public enum LexiconFiles {
    /// The file `name` ("stopwords.txt"), or nil when it is not there.
    public static func url(_ name: String) -> URL? {
        if let folder = ProcessInfo.processInfo.environment["LEDE_LEXICONS"], !folder.isEmpty {
            let override = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: override.path) { return override }
        }
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        return Bundle.module.url(forResource: base, withExtension: ext.isEmpty ? nil : ext, subdirectory: "Lexicons")
            ?? Bundle.module.url(forResource: base, withExtension: ext.isEmpty ? nil : ext)
    }

    /// The lines of a word-list file without blank lines and `#` comments, or nil when missing.
    public static func lines(_ name: String) -> [String]? {
        guard let url = url(name), let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
