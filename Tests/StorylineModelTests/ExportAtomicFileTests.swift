import Foundation
import StorylineModel
import XCTest

final class ExportAtomicFileTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        _ = chmod(directory.path, 0o755)
        try? FileManager.default.removeItem(at: directory)
    }

    private func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func testWritesTheFileAndLeavesNoTemporaryFile() throws {
        let path = directory.appendingPathComponent("out.json").path
        try AtomicFile.write(Data("hello\n".utf8), to: path, overwrite: false)
        XCTAssertEqual(try contents(path), "hello\n")
        XCTAssertEqual(try listing(), ["out.json"])
    }

    func testNewFileGetsTheUsualModeNotTheTemporaryFilesPrivateOne() throws {
        let path = directory.appendingPathComponent("mode.txt").path
        try AtomicFile.write(Data("x".utf8), to: path, overwrite: false)
        let mask = umask(0o022)
        umask(mask)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.uint16Value, UInt16(0o666 & ~mask))
    }

    func testRefusesToOverwriteUnlessAsked() throws {
        let path = directory.appendingPathComponent("out.csv").path
        try AtomicFile.write(Data("old".utf8), to: path, overwrite: false)
        XCTAssertThrowsError(try AtomicFile.write(Data("new".utf8), to: path, overwrite: false)) { error in
            XCTAssertEqual(error as? AtomicFile.Failure, .exists(path))
        }
        XCTAssertEqual(try contents(path), "old")
        XCTAssertEqual(try listing(), ["out.csv"])

        try AtomicFile.write(Data("new".utf8), to: path, overwrite: true)
        XCTAssertEqual(try contents(path), "new")
        XCTAssertEqual(try listing(), ["out.csv"])
    }

    /// A pipe (as `-o /dev/stdout` or a shell's `>(gzip)` gives) or a device is written into, never renamed over: an
    /// export to /dev/null once replaced the device with a file.
    func testAPipeIsWrittenIntoAndStaysAPipe() throws {
        let path = directory.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        // The reader: cat, copying the pipe into a file.
        let copy = directory.appendingPathComponent("copy").path
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat \"$0\" > \"$1\"", path, copy]
        try reader.run()
        // Without overwrite: a pipe holds nothing to lose.
        try AtomicFile.write(Data("streamed\n".utf8), to: path, overwrite: false)
        reader.waitUntilExit()
        XCTAssertEqual(try contents(copy), "streamed\n")
        var status = stat()
        XCTAssertEqual(lstat(path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO)
        XCTAssertEqual(try listing(), ["copy", "pipe"])
    }

    /// Only a file descriptor's path ("/dev/stdout") is written into whatever it leads to: a file that lies under /dev,
    /// on the tmpfs of /dev/shm, is a file like any other, replaced atomically and only when asked.
    func testAFileUnderDevIsNoStream() throws {
        var status = stat()
        guard stat("/dev/shm", &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR, access("/dev/shm", W_OK) == 0 else {
            throw XCTSkip("no writable /dev/shm")
        }
        let path = "/dev/shm/storyline-test-\(UUID().uuidString).json"
        defer { unlink(path) }
        try AtomicFile.write(Data("old".utf8), to: path, overwrite: false)
        XCTAssertThrowsError(try AtomicFile.write(Data("new".utf8), to: path, overwrite: false)) { error in
            XCTAssertEqual(error as? AtomicFile.Failure, .exists(path))
        }
        XCTAssertEqual(try contents(path), "old")
        XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: "/dev/shm", overwrite: true)) { error in
            XCTAssertEqual(error as? AtomicFile.Failure, .isDirectory("/dev/shm"))
        }
    }

    func testASymbolicLinkIsFollowedAndKept() throws {
        let target = directory.appendingPathComponent("real.json").path
        let link = directory.appendingPathComponent("link.json").path
        try AtomicFile.write(Data("old".utf8), to: target, overwrite: false)
        XCTAssertEqual(symlink("real.json", link), 0)
        try AtomicFile.write(Data("new".utf8), to: link, overwrite: true)
        XCTAssertEqual(try contents(target), "new")
        var status = stat()
        XCTAssertEqual(lstat(link, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFLNK)
        XCTAssertEqual(try listing(), ["link.json", "real.json"])
        // A link to no file yet makes the file it names.
        XCTAssertEqual(symlink("later.json", directory.appendingPathComponent("dangling.json").path), 0)
        try AtomicFile.write(Data("made".utf8), to: directory.appendingPathComponent("dangling.json").path, overwrite: false)
        XCTAssertEqual(try contents(directory.appendingPathComponent("later.json").path), "made")
        XCTAssertEqual(try listing(), ["dangling.json", "later.json", "link.json", "real.json"])
    }

    func testWritesEmptyData() throws {
        let path = directory.appendingPathComponent("empty").path
        try AtomicFile.write(Data(), to: path, overwrite: false)
        XCTAssertEqual(try contents(path), "")
    }

    func testFailureWhenTheParentIsAFileLeavesEverythingAsItWas() throws {
        // Tests may run as root, who can write into read-only directories: a parent that is a file fails for anyone.
        let parent = directory.appendingPathComponent("not-a-directory").path
        try AtomicFile.write(Data("keep".utf8), to: parent, overwrite: false)
        let path = parent + "/out.json"
        XCTAssertThrowsError(try AtomicFile.write(Data("new".utf8), to: path, overwrite: true)) { error in
            guard case .system(_, _, let code)? = error as? AtomicFile.Failure else { return XCTFail("\(error)") }
            XCTAssertEqual(code, ENOTDIR)
            XCTAssertTrue("\(error)".contains("Not a directory"), "\(error)")
        }
        XCTAssertEqual(try contents(parent), "keep")
        XCTAssertEqual(try listing(), ["not-a-directory"])
    }

    func testFailureWhenTheTargetIsADirectoryLeavesItAsItWas() throws {
        let target = directory.appendingPathComponent("folder")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("inside".utf8).write(to: target.appendingPathComponent("file"))
        for overwrite in [false, true] {
            XCTAssertThrowsError(try AtomicFile.write(Data("new".utf8), to: target.path, overwrite: overwrite)) { error in
                XCTAssertEqual(error as? AtomicFile.Failure, .isDirectory(target.path))
            }
        }
        XCTAssertEqual(try listing(), ["folder"])
        XCTAssertEqual(try contents(target.appendingPathComponent("file").path), "inside")
    }

    func testMissingDirectoryFailsWithoutCreatingAnything() throws {
        let path = directory.appendingPathComponent("missing/out.json").path
        XCTAssertThrowsError(try AtomicFile.write(Data("new".utf8), to: path, overwrite: false)) { error in
            XCTAssertTrue("\(error)".contains("No such file or directory"), "\(error)")
        }
        XCTAssertEqual(try listing(), [])
    }

    func testReadOnlyDirectoryLeavesTheOldFileUnchanged() throws {
        guard geteuid() != 0 else { throw XCTSkip("root can write into read-only directories") }
        let path = directory.appendingPathComponent("out.md").path
        try AtomicFile.write(Data("old".utf8), to: path, overwrite: false)
        XCTAssertEqual(chmod(directory.path, 0o555), 0)
        XCTAssertThrowsError(try AtomicFile.write(Data("new".utf8), to: path, overwrite: true))
        XCTAssertEqual(try contents(path), "old")
        XCTAssertEqual(try listing(), ["out.md"])
    }
}
