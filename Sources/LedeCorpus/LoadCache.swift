import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the articles of files loaded before are kept (a store), so that loading a file that
/// has not changed since reads its articles instead of the file. `Corpus.load` asks once for
/// all the files of a load and then tells once what it read anew, even when that is nothing.
public protocol LoadCache: Sendable {
    /// For each file, its articles as loaded when it had the same stamp, or nil.
    func articles(_ files: [FileStamp]) throws -> [[(article: Article, content: Fingerprint)]?]
    /// The articles of files just read, each with the fingerprint of its own bytes; called at the
    /// end of every load, with no files when none was read anew.
    func save(_ files: [(stamp: FileStamp, articles: [(article: Article, content: Fingerprint)])]) throws
}

/// What a file was when it was read: the same path, size, modification time and reading rules
/// (loader version, metadata table) give the same articles.
public struct FileStamp: Hashable, Sendable {
    /// Bumped whenever a loader reads the same bytes differently.
    public static let loaderVersion = 1

    /// As given to `load`: the articles' paths start with it.
    public var path: String
    /// The absolute path, the same from any working directory.
    public var key: String
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    /// The loader version and the metadata table joined to the file, with its own size and time.
    public var context: String

    public init(path: String, key: String, size: Int64, modified: Int64, context: String) {
        self.path = path; self.key = key; self.size = size; self.modified = modified; self.context = context
    }

    /// The file's stamp now; nil when it cannot be read.
    static func of(_ path: String, metadata: String?, directory: String) -> FileStamp? {
        guard let (size, modified) = status(path) else { return nil }
        var context = "loader \(loaderVersion)"
        if let metadata {
            guard let (tableSize, tableModified) = status(metadata) else { return nil }
            context += "; metadata \(absolute(metadata, in: directory)) \(tableSize) \(tableModified)"
        }
        return FileStamp(path: path, key: absolute(path, in: directory), size: size, modified: modified, context: context)
    }

    private static func absolute(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }

    /// Size and modification time from one `stat`: Foundation's attribute dictionaries cost
    /// more than the rest of a cached load.
    private static func status(_ path: String) -> (size: Int64, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return (Int64(info.st_size), Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }
}
