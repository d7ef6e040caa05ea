import Foundation
import XCTest
@testable import StorylineModel

/// Reading from disk and stdin: folders, globs, ids, symlinks, permissions, missing paths.
final class ReadingFilesTests: XCTestCase {
    func testFolderIsReadRecursivelyInSortedOrderSkippingHiddenEntries() throws {
        let folder = try ReadingTemporaryFolder()
        try folder.write("b.txt", "Second file. It is short.")
        try folder.write("a.txt", "First file.")
        try folder.write("sub/c.txt", "Third file.")
        try folder.write(".hidden.txt", "Hidden file.")
        try folder.write(".git/d.txt", "Hidden folder.")
        try folder.write("notes.md", "Not matched by the glob.")
        let (articles, warnings) = ArticleReader.read(paths: [folder.path])
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(articles.map(\.id), ["a", "b", "c"])
        XCTAssertEqual(articles.map(\.path), [folder.path + "/a.txt", folder.path + "/b.txt", folder.path + "/sub/c.txt"])
        for article in articles { assertOffsetsConsistent(article) }
    }

    func testGlobSelectsFiles() throws {
        let folder = try ReadingTemporaryFolder()
        try folder.write("a.txt", "Text file.")
        try folder.write("b.md", "Markdown file.")
        try folder.write("deep/c.md", "Deep markdown file.")
        XCTAssertEqual(ArticleReader.read(paths: [folder.path], glob: "*.md").articles.map(\.id), ["b", "c"])
        XCTAssertEqual(ArticleReader.read(paths: [folder.path], glob: "*.{txt,md}").articles.map(\.id), ["a", "b", "c"])
        XCTAssertEqual(ArticleReader.read(paths: [folder.path], glob: "[ab].*").articles.map(\.id), ["a", "b"])
        // A file named on the command line is read whatever the glob.
        XCTAssertEqual(ArticleReader.read(paths: [folder.path + "/b.md"]).articles.map(\.id), ["b"])
    }

    func testGlobPatterns() {
        XCTAssertTrue(GlobPattern("*.txt").matches("a.txt"))
        XCTAssertFalse(GlobPattern("*.txt").matches("a.txt.bak"))
        XCTAssertTrue(GlobPattern("*").matches("anything"))
        XCTAssertTrue(GlobPattern("a?c").matches("abc"))
        XCTAssertFalse(GlobPattern("a?c").matches("ac"))
        XCTAssertTrue(GlobPattern("[0-9]*").matches("003_x.txt"))
        XCTAssertFalse(GlobPattern("[!0-9]*").matches("003_x.txt"))
        XCTAssertTrue(GlobPattern("*.{md,txt}").matches("x.md"))
        XCTAssertTrue(GlobPattern("*a*b*").matches("xxaxxbxx"))
    }

    func testIdCollisionsAreDisambiguatedByRelativePath() throws {
        let folder = try ReadingTemporaryFolder()
        try folder.write("2015/korea.txt", "First Korea story.")
        try folder.write("2016/korea.txt", "Second Korea story.")
        try folder.write("2016/iran.txt", "Iran story.")
        let (articles, warnings) = ArticleReader.read(paths: [folder.path])
        XCTAssertEqual(warnings, [])
        // Only the colliding names get a path; the others keep their plain name.
        XCTAssertEqual(articles.map(\.id), ["2015/korea", "iran", "2016/korea"])
        // Stable across runs.
        XCTAssertEqual(ArticleReader.read(paths: [folder.path]).articles.map(\.id), articles.map(\.id))
    }

    func testIdCollisionsAcrossArguments() throws {
        let first = try ReadingTemporaryFolder()
        let second = try ReadingTemporaryFolder()
        try first.write("news.txt", "One.")
        try second.write("news.txt", "Two.")
        let ids = ArticleReader.read(paths: [first.path, second.path]).articles.map(\.id)
        XCTAssertEqual(Set(ids).count, 2)
        XCTAssertTrue(ids.allSatisfy { $0.hasSuffix("/news") && !$0.hasPrefix("/") }, "\(ids)")
    }

    func testMissingPathWarnsAndTheRestGoesOn() throws {
        let folder = try ReadingTemporaryFolder()
        let good = try folder.write("good.txt", "Good text.")
        let missing = folder.path + "/missing.txt"
        let (articles, warnings) = ArticleReader.read(paths: [missing, good])
        XCTAssertEqual(articles.map(\.id), ["good"])
        XCTAssertEqual(warnings, [LoadWarning(path: missing, action: .skipped, message: "no such file or folder")])
    }

    func testBadFilesInFolderGiveOneWarningEach() throws {
        let folder = try ReadingTemporaryFolder()
        try folder.write("a-good.txt", "Good text.")
        try folder.write("b-empty.txt", "")
        try folder.write("c-image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]))
        try folder.write("d-broken.txt", Data([0x4F, 0x4B, 0x2E, 0x20, 0xFF, 0xFE, 0x41, 0x2E, 0x20, 0x42]))
        try folder.write("e-blank.txt", "   \n\n  ")
        let (articles, warnings) = ArticleReader.read(paths: [folder.path])
        XCTAssertEqual(articles.map(\.id), ["a-good", "d-broken"])
        XCTAssertEqual(warnings.map(\.path), ["b-empty.txt", "c-image.txt", "d-broken.txt", "e-blank.txt"].map { folder.path + "/" + $0 })
        XCTAssertEqual(warnings.map(\.action), [.skipped, .skipped, .repaired, .skipped])
    }

    func testSymlinkLoopsAreReportedNotFollowedForever() throws {
        let folder = try ReadingTemporaryFolder()
        try folder.write("top/story.txt", "A story.")
        try folder.link("top/back", to: folder.path + "/top")  // a folder link to its own parent
        try folder.link("top/self.txt", to: folder.path + "/top/self.txt")  // a link to itself
        try folder.link("top/ping.txt", to: folder.path + "/top/pong.txt")
        try folder.link("top/pong.txt", to: folder.path + "/top/ping.txt")
        let (articles, warnings) = ArticleReader.read(paths: [folder.path + "/top"])
        XCTAssertEqual(articles.map(\.id), ["story"])
        XCTAssertEqual(warnings.count, 4, "\(warnings)")
        XCTAssertTrue(warnings.allSatisfy { $0.action == .skipped && $0.message.contains("loop") }, "\(warnings)")
        XCTAssertEqual(Set(warnings.map { ($0.path as NSString).lastPathComponent }), ["back", "self.txt", "ping.txt", "pong.txt"])
    }

    func testSymlinksToFilesAndFoldersAreFollowedOnce() throws {
        let folder = try ReadingTemporaryFolder()
        try folder.write("data/real.txt", "Real text.")
        try folder.write("other/extra.txt", "Extra text.")
        try folder.link("data/alias.txt", to: folder.path + "/data/real.txt")
        try folder.link("data/linked", to: folder.path + "/other")
        try folder.link("data/dangling.txt", to: folder.path + "/nowhere.txt")
        let (articles, warnings) = ArticleReader.read(paths: [folder.path + "/data"])
        // Sorted order meets alias.txt before real.txt: the first path to a file is the one read.
        XCTAssertEqual(articles.map(\.id), ["alias", "extra"])
        XCTAssertEqual(articles.map(\.path), [folder.path + "/data/alias.txt", folder.path + "/data/linked/extra.txt"])
        XCTAssertEqual(warnings.map(\.message).sorted(), ["broken symbolic link", "same file as \(folder.path)/data/alias.txt; read once"])
    }

    func testUnreadableFileIsSkippedWithWarning() throws {
        let folder = try ReadingTemporaryFolder()
        let locked = try folder.write("locked.txt", "Secret text.")
        try folder.write("open.txt", "Open text.")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        if FileManager.default.isReadableFile(atPath: locked) {
            throw XCTSkip("running as root: permissions do not stop reading")
        }
        let (articles, warnings) = ArticleReader.read(paths: [folder.path])
        XCTAssertEqual(articles.map(\.id), ["open"])
        XCTAssertEqual(warnings, [LoadWarning(path: locked, action: .skipped, message: "cannot read: permission denied")])
    }

    func testUnlistableFolderIsSkippedWithWarning() throws {
        let folder = try ReadingTemporaryFolder()
        try folder.write("closed/inside.txt", "Inside text.")
        try folder.write("open.txt", "Open text.")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder.path + "/closed")
        if (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/closed")) != nil {
            throw XCTSkip("running as root: permissions do not stop listing")
        }
        let (articles, warnings) = ArticleReader.read(paths: [folder.path])
        XCTAssertEqual(articles.map(\.id), ["open"])
        XCTAssertEqual(warnings.map(\.path), [folder.path + "/closed"])
        XCTAssertEqual(warnings.map(\.action), [.skipped])
    }

    /// Works as root too: the kernel refuses to read a process's memory at offset 0.
    func testReadErrorIsSkippedWithWarning() throws {
        let path = "/proc/self/mem"
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("no /proc") }
        let (articles, warnings) = ArticleReader.read(paths: [path])
        XCTAssertEqual(articles, [])
        XCTAssertEqual(warnings.count, 1)
        XCTAssertEqual(warnings.first?.path, path)
        XCTAssertEqual(warnings.first?.action, .skipped)
    }

    func testStdinIsOneArticleWithIdStdin() throws {
        var calls = 0
        let (articles, warnings) = ArticleReader.read(paths: ["-", "-"], stdin: {
            calls += 1
            return Data("Piped headline\nPiped text arrives. It is read once.".utf8)
        })
        XCTAssertEqual(calls, 1)
        XCTAssertEqual(articles.map(\.id), ["stdin"])
        XCTAssertEqual(articles.first?.path, "-")
        XCTAssertEqual(articles.first?.title, "Piped headline")
        XCTAssertEqual(warnings.map(\.action), [.skipped])
    }

    func testEmptyStdinWarns() {
        let (articles, warnings) = ArticleReader.read(paths: ["-"], stdin: { Data() })
        XCTAssertEqual(articles, [])
        XCTAssertEqual(warnings, [LoadWarning(path: "-", action: .skipped, message: "empty file")])
    }

    func testStdinAndFileNamedStdinGetDistinctIds() throws {
        let folder = try ReadingTemporaryFolder()
        let file = try folder.write("stdin.txt", "File text.")
        let ids = ArticleReader.read(paths: ["-", file], stdin: { Data("Piped text.".utf8) }).articles.map(\.id)
        XCTAssertEqual(ids.count, 2)
        XCTAssertEqual(Set(ids).count, 2)
        XCTAssertEqual(ids.first, "stdin")
    }

    func testSameFileTwiceIsReadOnce() throws {
        let folder = try ReadingTemporaryFolder()
        let file = try folder.write("one.txt", "Only text.")
        let (articles, warnings) = ArticleReader.read(paths: [file, folder.path])
        XCTAssertEqual(articles.map(\.id), ["one"])
        XCTAssertEqual(warnings.map(\.action), [.skipped])
    }

    /// "storyline export <(zcat news.gz)": a pipe given by path is one article, read to its end.
    func testAPipeGivenByPathIsOneArticle() throws {
        let folder = try ReadingTemporaryFolder()
        let pipe = folder.path + "/fifo"
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "printf 'Rain fell on Lisbon on Monday. Officials closed two roads.' > \"$0\"", pipe]
        try writer.run()
        let (articles, warnings) = ArticleReader.read(paths: [pipe])
        writer.waitUntilExit()
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(articles.map(\.id), ["fifo"])
        XCTAssertEqual(articles.first?.sentences.count, 2)
    }

    func testFileWithoutExtensionAndDottedNames() throws {
        let folder = try ReadingTemporaryFolder()
        let plain = try folder.write("README", "Plain name.")
        let dotted = try folder.write("report.2015.txt", "Dotted name.")
        XCTAssertEqual(ArticleReader.read(paths: [plain, dotted]).articles.map(\.id), ["README", "report.2015"])
    }

    func testManyArticlesAreReadQuickly() throws {
        let folder = try ReadingTemporaryFolder()
        let body = ReadingFixtures.wikinewsStyle
        for index in 0..<200 { try folder.write(String(format: "a%03d.txt", index), body) }
        let start = Date()
        let (articles, warnings) = ArticleReader.read(paths: [folder.path])
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(articles.count, 200)
        XCTAssertEqual(warnings, [])
        // Debug build on a shared machine: a generous bound that still catches quadratic work.
        XCTAssertLessThan(elapsed, 10, "200 articles took \(elapsed) s")
    }
}
