import Foundation
import XCTest

/// A hostile corpus, built by the tests in a temporary folder, through the real binary: every bad file gives one
/// warning line naming it and saying what was done, the good articles are all exported, and the exit code says
/// whether anything was skipped.
final class RobustCorpusTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try Storyline.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        _ = chmod(directory.path, 0o755)
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ data: Data) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    private func warning(_ name: String, _ message: String, _ action: String) -> String {
        "storyline: warning: \(path(name)): \(message) (\(action))"
    }

    private func articleIDs(_ run: StorylineRun) throws -> [String] {
        let articles = try XCTUnwrap(try run.json()["articles"] as? [[String: Any]], run.stderr)
        return articles.compactMap { $0["id"] as? String }
    }

    private static func utf16(_ text: String, bigEndian: Bool) -> Data {
        Data(text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    }

    private static let body = "Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday. The two leaders discussed cooperation."

    func testHostileFilesAreSkippedOrRepairedOneLineEachAndTheRestIsExported() throws {
        try write("good.txt", Storyline.article)
        try write("other.txt", Storyline.otherArticle)
        try write("empty.txt", "")
        try write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]))
        try write("program.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 56)))
        try write("noise.txt", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) }))
        try write("invalid-utf8.txt", Data("Broken ".utf8) + Data([0xC3, 0x28, 0xFF, 0xFE]) + Data((" " + Self.body).utf8))
        try write("utf16le-bom.txt", Data([0xFF, 0xFE]) + Self.utf16(Self.body, bigEndian: false))
        try write("utf16be-bom.txt", Data([0xFE, 0xFF]) + Self.utf16(Self.body, bigEndian: true))
        try write("utf16le-nobom.txt", Self.utf16(Self.body, bigEndian: false))
        try write("utf16be-nobom.txt", Self.utf16(Self.body, bigEndian: true))
        try write("crlf.txt", Self.body.replacingOccurrences(of: ". ", with: ".\r\n"))
        try write("lone-cr.txt", "Headline\r" + Self.body.replacingOccurrences(of: ". ", with: ".\r"))
        try write("nul.txt", Data("Kim\0 Jong Un met\0 Putin on Wednesday.".utf8))
        try write("bad-date.txt", "date 2023-13-45\nImpossible date\n" + Self.body)
        try write("escapes.txt", "\u{1B}[2J\u{1B}]0;pwned\u{07}Title\u{1B}[31m red\u{1B}[0m\n"
                  + [Self.body, Self.body, Self.body].joined(separator: " ") + " \u{08}\u{7F}\u{9B}31m")
        try write("long-line.txt", String(repeating: "Kim Jong Un met Putin on Wednesday and ", count: 600) + "they talked.")
        try write("long-word.txt", "Headline\n" + String(repeating: "w", count: 1 << 20) + " " + Self.body)
        try write("whitespace.txt", " \n\t\n \u{00A0}\n")
        try write("notes.md", "Not matched by the glob, so never read: \0\0\0")
        try write(".hidden.txt", Data([0x89, 0x50, 0x4E, 0x47]))
        // A link to itself, and a folder link back to its parent: both loops, neither followed.
        try FileManager.default.createSymbolicLink(atPath: path("loop.txt"), withDestinationPath: path("loop.txt"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path("sub/back"), withDestinationPath: directory.path)
        XCTAssertEqual(mkfifo(path("pipe.txt"), 0o644), 0)

        let missing = path("missing.txt")
        let run = try Storyline.run(["export", directory.path, missing])
        XCTAssertEqual(run.reason, .exit)
        XCTAssertEqual(run.status, 2, run.stderr)

        let realDirectory = URL(fileURLWithPath: directory.path).resolvingSymlinksInPath().path
        let expected = [
            "storyline: warning: \(missing): no such file or folder (skipped)",
            warning("bad-date.txt", "impossible date 2023-13-45 ignored", "repaired"),
            warning("empty.txt", "empty file", "skipped"),
            warning("escapes.txt", "8 control characters replaced by spaces", "repaired"),
            warning("image.txt", "binary file (PNG image), not text", "skipped"),
            warning("invalid-utf8.txt", "invalid UTF-8 repaired (3 replacement characters)", "repaired"),
            warning("loop.txt", "symbolic link loop", "skipped"),
            warning("noise.txt", "binary file (NUL or control bytes), not text", "skipped"),
            warning("nul.txt", "2 NUL bytes removed", "repaired"),
            warning("pipe.txt", "not a regular file", "skipped"),
            warning("program.txt", "binary file (ELF executable), not text", "skipped"),
            warning("sub/back", "symbolic link loop (leads back to \(realDirectory))", "skipped"),
            warning("utf16be-nobom.txt", "no byte-order mark; decoded as UTF-16BE by its NUL pattern", "repaired"),
            warning("utf16le-nobom.txt", "no byte-order mark; decoded as UTF-16LE by its NUL pattern", "repaired"),
            warning("whitespace.txt", "no text (whitespace only)", "skipped"),
        ]
        XCTAssertEqual(run.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init).sorted(),
                       expected.sorted())

        XCTAssertEqual(try articleIDs(run).sorted(), [
            "bad-date", "crlf", "escapes", "good", "invalid-utf8", "lone-cr", "long-line", "long-word", "nul", "other",
            "utf16be-bom", "utf16be-nobom", "utf16le-bom", "utf16le-nobom",
        ])
        let json = try run.json()
        let articles = try XCTUnwrap(json["articles"] as? [[String: Any]])
        let titles = Dictionary(uniqueKeysWithValues: articles.map { ($0["id"] as! String, $0["title"] as? String ?? "") })
        XCTAssertEqual(titles["escapes"], "[2J ]0;pwned Title [31m red [0m", "escape characters are gone, the rest of the text stays")
        XCTAssertEqual(titles["lone-cr"], "Headline")
        XCTAssertTrue(articles.allSatisfy { ($0["id"] as? String) != "bad-date" || $0["date"] is NSNull })
        XCTAssertLessThan(titles["long-word"]?.count ?? .max, 100, "a title stays short whatever the words")
        XCTAssertFalse(run.stdoutText.unicodeScalars.contains("\u{1B}"), "no escape character reaches the export")
        XCTAssertFalse(run.stdoutText.lowercased().contains("\\u001b") || run.stdoutText.contains("\u{9B}"), "not even escaped")

        // The same corpus as CSV: one row per good article.
        let csv = try Storyline.run(["export", directory.path, "--format", "csv", "--table", "articles"])
        XCTAssertEqual(csv.status, 2)
        XCTAssertEqual(csv.stdoutText.components(separatedBy: "\r\n").count, 14 + 2, "header, 14 rows, final line end")
    }

    func testOnlyRepairedInputIsSuccess() throws {
        try write("nul.txt", Data("Kim\0 Jong Un met Putin on Wednesday.".utf8))
        let run = try Storyline.run(["export", directory.path])
        XCTAssertEqual(run.status, 0, "repairs do not change the exit code")
        XCTAssertEqual(run.stderr, warning("nul.txt", "1 NUL byte removed", "repaired") + "\n")
        XCTAssertEqual(try articleIDs(run), ["nul"])
    }

    func testNothingReadableExitsWith1AndWritesNothing() throws {
        try write("empty.txt", "")
        try write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let output = path("out.json")
        let run = try Storyline.run(["export", directory.path, path("missing.txt"), "--output", output])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.isEmpty)
        XCTAssertEqual(run.stderr.split(separator: "\n").last, "storyline: error: no readable article (3 skipped)")
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 4, run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    /// The reader stops at 16 MiB and cuts at a line end; the 1 MiB words keep the extraction of the rest cheap.
    func testFiftyMegabyteArticleIsCutWithOneWarning() throws {
        let url = directory.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data(Storyline.article.utf8))
        let line = Data(repeating: UInt8(ascii: "x"), count: 1 << 20) + Data("\n".utf8)
        for _ in 0..<50 { try handle.write(contentsOf: line) }
        try handle.close()
        try write("small.txt", Storyline.otherArticle)

        let run = try Storyline.run(["export", directory.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, warning("huge.txt", "truncated: larger than 16 MiB, only the first 16 MiB read, "
                                                       + "cut at a line or sentence boundary", "repaired") + "\n")
        XCTAssertEqual(try articleIDs(run), ["huge", "small"])
        let articles = try XCTUnwrap(try run.json()["articles"] as? [[String: Any]])
        XCTAssertEqual(articles.first?["date"] as? String, "2023-09-13")
    }

    func testTwentyThousandTinyFilesAreAllExported() throws {
        let folder = directory.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<20_000 {
            try Data("Item \(index) arrived.\n".utf8).write(to: folder.appendingPathComponent(String(format: "a%05d.txt", index)))
        }
        let run = try Storyline.run(["export", folder.path, "--format", "csv", "--table", "articles"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, "")
        let rows = run.stdoutText.components(separatedBy: "\r\n").dropFirst().dropLast()
        XCTAssertEqual(rows.count, 20_000)
        XCTAssertEqual(rows.first?.hasPrefix("a00000,"), true)
        XCTAssertEqual(rows.last?.hasPrefix("a19999,"), true)
    }

    /// Root reads any file whatever its mode, so as root the binary runs as `nobody` (setpriv) to meet a real EACCES.
    func testUnreadableFileIsSkippedWithPermissionDenied() throws {
        try write("locked.txt", Storyline.article)
        try write("open.txt", Storyline.otherArticle)
        XCTAssertEqual(chmod(path("locked.txt"), 0), 0)
        var arguments = ["export", directory.path]
        var executable = Storyline.executable.path
        if geteuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            guard FileManager.default.isExecutableFile(atPath: setpriv) else {
                throw XCTSkip("running as root without setpriv: permissions do not stop root from reading")
            }
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable] + arguments
            executable = setpriv
        }
        let run = try Self.run(executable, arguments)
        guard !run.stderr.contains("Permission denied") || run.status != 127 else {
            throw XCTSkip("nobody cannot run the built binary here: \(run.stderr)")
        }
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertEqual(run.stderr, warning("locked.txt", "cannot read: permission denied", "skipped") + "\n")
        XCTAssertEqual(try articleIDs(run), ["open"])
    }

    /// File names are input too: a name with an escape sequence or a line break prints escaped, on one line.
    func testControlCharactersInFileNamesCannotReachTheTerminal() throws {
        try write("a\u{1B}[31mred\nsecond line.txt", "")
        try write("good.txt", Storyline.article)
        let run = try Storyline.run(["export", directory.path])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, "storyline: warning: \(path("a"))\\u{1B}[31mred\\u{A}second line.txt: empty file (skipped)\n")
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> StorylineRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("robust-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        FileManager.default.createFile(atPath: output.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(atPath: output.path + ".err")
        }
        let out = try FileHandle(forWritingTo: output), err = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return StorylineRun(status: process.terminationStatus, reason: process.terminationReason,
                            stdout: try Data(contentsOf: output),
                            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: output.path + ".err")), as: UTF8.self))
    }
}
