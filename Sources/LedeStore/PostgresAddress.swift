import Foundation

/// The parts of a `postgresql://` URL, read once so errors can name the server without the
/// password.
struct PostgresAddress {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String?
    var requiresTLS: Bool
    /// The URL with the password left out.
    var name: String

    /// True for the URLs `PostgresDatabase` takes, so `--store` can tell them from file names.
    static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    init(_ url: String) throws {
        guard Self.isURL(url), let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
            throw StoreError("\(Self.redacted(url)): not a PostgreSQL URL; expected postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
        }
        self.host = host
        port = parts.port ?? 5432
        user = parts.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        // PGPASSWORD as libpq reads it, so a password need not sit in the URL or shell history.
        password = parts.password ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        database = path.isEmpty ? nil : path
        let sslmode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        guard ["disable", "require"].contains(sslmode) else {
            throw StoreError("\(Self.redacted(url)): sslmode=\(sslmode) is not supported; expected sslmode=disable or sslmode=require")
        }
        requiresTLS = sslmode == "require"
        name = Self.redacted(url)
    }

    /// The URL with any password replaced by `***`.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? url
    }
}
