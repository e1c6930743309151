import Foundation
import Testing
@testable import LedeLanguage

/// `export` and `save` onto what is not a plain new or old file: each is refused or reported
/// with the system's real reason, and nothing is left behind.
@Suite struct WriteFaultTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-writes-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }

    @Test func symbolicLinkIsNotReplaced() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try "keep\n".write(toFile: path("target.csv"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: path("target.csv"))
        let f = Fixture()
        #expect(!f.run("export t to \"\(path("link.csv"))\" overwrite"))
        #expect(f.errors.first?.message == "`\(path("link.csv"))` is a symbolic link: only regular files are written over")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.csv")) == path("target.csv"))
        #expect(try String(contentsOfFile: path("target.csv"), encoding: .utf8) == "keep\n")
        #expect(f.statuses.isEmpty, "no `wrote N rows`")
    }

    @Test func fifoIsNotReplaced() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(path("pipe.csv"), 0o644) == 0)
        let f = Fixture()
        #expect(!f.run("export t to \"\(path("pipe.csv"))\" overwrite"))
        #expect(f.errors.first?.message == "`\(path("pipe.csv"))` is a FIFO: only regular files are written over")
        #expect(entries == ["pipe.csv"])
    }

    @Test func deviceIsNotReplaced() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        // The null device (major 1, minor 3: dev_t 0x103) under a name `export` accepts; making one
        // needs privileges.
        guard mknod(path("null.csv"), S_IFCHR | 0o666, 0x103) == 0 else {
            print("skipped: cannot make a device node here (\(String(cString: strerror(errno))))")
            return
        }
        let f = Fixture()
        #expect(!f.run("export t to \"\(path("null.csv"))\" overwrite"))
        #expect(f.errors.first?.message == "`\(path("null.csv"))` is a device: only regular files are written over")
        var info = stat()
        #expect(lstat(path("null.csv"), &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func temporaryFilesOfKilledWritesAreCleanedUp() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        // A process that has exited stands for one killed while writing.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = path(".out.csv.lede-\(gone.processIdentifier)-1a2b3c4d.tmp")
        try "half".write(toFile: stale, atomically: false, encoding: .utf8)
        let f = Fixture()
        #expect(f.run("export t | take 1 | select words to \"\(path("out.csv"))\""))
        #expect(entries == ["out.csv"])
    }

    @Test func theRealReasonIsReported() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try "x".write(toFile: path("file"), atomically: false, encoding: .utf8)
        let f = Fixture()
        #expect(!f.run("export t to \"\(path("file"))/out.csv\""))
        #expect(f.errors.first?.message == "cannot write `\(path("file"))/out.csv`: Not a directory")
        #expect(!f.run("export t to \"\(path("missing"))/out.csv\""))
        #expect(f.errors.first?.message == "cannot write `\(path("missing"))/out.csv`: No such file or directory")
        #expect(f.errors.first?.help == "check that the folder `\(path("missing"))` exists")
    }

    @Test func overwriteKeepsTheFilesPermissions() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try "old".write(toFile: path("out.csv"), atomically: false, encoding: .utf8)
        chmod(path("out.csv"), 0o600)
        let f = Fixture()
        #expect(f.run("export t | take 1 to \"\(path("out.csv"))\" overwrite"))
        let mode = try FileManager.default.attributesOfItem(atPath: path("out.csv"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func saveOnlyWritesLedeScripts() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try "export PATH=/bin\n".write(toFile: path(".bashrc"), atomically: false, encoding: .utf8)
        let f = Fixture()
        f.run("t | count")
        #expect(!f.run("save \"\(path(".bashrc"))\" overwrite"))
        #expect(f.errors.first?.message == "`save` writes a script: the file name must end in .lede")
        #expect(try String(contentsOfFile: path(".bashrc"), encoding: .utf8) == "export PATH=/bin\n")
        #expect(f.run("save \"\(path("session.lede"))\""))
        #expect(entries == [".bashrc", "session.lede"])
    }
}
