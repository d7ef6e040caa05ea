import Foundation
import XCTest

/// Runs the real `storyline` binary built next to the test bundle and collects what it did.
struct StorylineRun {
    var status: Int32
    var reason: Process.TerminationReason
    var stdout: Data
    var stderr: String

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    func json() throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: stdout) as? [String: Any], "stdout is not a JSON object")
    }
}

enum Storyline {
    /// The built executable. The products directory holds both it and the test bundle; on Linux the bundle URL
    /// is that directory itself, on macOS the `.xctest` inside it, so both are tried.
    static let executable: URL = {
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent(),
                          Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for directory in candidates {
            let binary = directory.appendingPathComponent("storyline")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: binary.path) {
                return binary
            }
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("storyline")
    }()

    private final class BundleMarker {}

    /// Runs `storyline ARGUMENTS` in `directory`, feeding `stdin`; stdout and stderr go through files so that
    /// a large output cannot block the child on a full pipe.
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> StorylineRun {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return StorylineRun(status: process.terminationStatus, reason: process.terminationReason,
                            stdout: try Data(contentsOf: outURL),
                            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A fresh empty directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A short article that the reader and the extraction can read: a date header, a headline and two sentences.
    static let article = """
        date 2023-09-13
        Kim Jong Un meets Vladimir Putin in Vladivostok
        North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on Wednesday. \
        The two leaders discussed military cooperation, according to the Kremlin.

        """

    /// An article about other people, so that actor filters have something to leave out.
    static let otherArticle = """
        date 2023-10-02
        Macron hosts Scholz in Paris
        French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. \
        The two leaders discussed energy prices.

        """
}
