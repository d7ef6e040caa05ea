import Foundation
import XCTest

final class ExportCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try Storyline.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: help and usage

    func testRootHelpAndVersion() throws {
        let help = try Storyline.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdoutText.contains("export"), help.stdoutText)
        let version = try Storyline.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdoutText.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil,
                      version.stdoutText)
    }

    func testExportHelpExplainsFormatsExitCodesAndExamples() throws {
        let help = try Storyline.run(["export", "--help"])
        XCTAssertEqual(help.status, 0)
        for phrase in ["storyline/1", "--table", "--actor", "--output", "--force", "--no-neutralise-formulas",
                       "EXIT CODES", "64", "EXAMPLES", "--glob", "stdin"] {
            XCTAssertTrue(help.stdoutText.contains(phrase), "help lacks \(phrase)")
        }
    }

    func testUsageErrorsExitWith64() throws {
        XCTAssertEqual(try Storyline.run(["export", "--format", "yaml"]).status, 64)
        XCTAssertEqual(try Storyline.run(["export", "--table", "actors"]).status, 64, "--table needs --format csv")
        XCTAssertEqual(try Storyline.run(["export", "--no-such-option"]).status, 64)
    }

    // MARK: formats

    func testDefaultExportIsJSONOfTheBundledSamples() throws {
        let run = try Storyline.run(["export"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let document = try run.json()
        XCTAssertEqual(document["schema"] as? String, "storyline/1")
        let articles = try XCTUnwrap(document["articles"] as? [[String: Any]])
        XCTAssertEqual(articles.map { $0["id"] as? String }, ["000_aaf0a44153f1617d", "003_633f487c8012b962"])
        let topLevel = run.stdoutText.split(separator: "\n").filter { $0.hasPrefix("  \"") }
            .map { $0.dropFirst(3).prefix { $0 != "\"" } }
        XCTAssertEqual(topLevel, ["schema", "articles", "actors", "relations", "events", "stories"])
        XCTAssertTrue(run.stdoutText.hasSuffix("}\n"))
        let recordKeys: [String: Set<String>] = [
            "articles": ["id", "path", "title", "date", "anchor", "anchorSource", "story"],
            "actors": ["id", "name", "kind", "aliases", "role", "mentions", "articles"],
            "relations": ["subject", "predicate", "object", "symmetric", "article", "sentence"],
            "events": ["date", "expression", "summary", "actors", "article", "sentence", "sources"],
            "stories": ["id", "title", "articles", "actors"],
        ]
        for (array, keys) in recordKeys {
            let records = try XCTUnwrap(document[array] as? [[String: Any]], array)
            XCTAssertFalse(records.isEmpty, "the samples give some \(array)")
            for record in records { XCTAssertEqual(Set(record.keys), keys, array) }
        }
        // References point at records that are in the export.
        let actorIDs = Set((document["actors"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        let articleIDs = Set(articles.compactMap { $0["id"] as? String })
        for relation in document["relations"] as? [[String: Any]] ?? [] {
            XCTAssertTrue(actorIDs.contains(relation["subject"] as? String ?? ""), "\(relation)")
            XCTAssertTrue(actorIDs.contains(relation["object"] as? String ?? ""), "\(relation)")
            XCTAssertTrue(articleIDs.contains(relation["article"] as? String ?? ""), "\(relation)")
        }
        for event in document["events"] as? [[String: Any]] ?? [] {
            XCTAssertTrue(articleIDs.contains(event["article"] as? String ?? ""), "\(event)")
            XCTAssertTrue(Set(event["actors"] as? [String] ?? []).isSubset(of: actorIDs), "\(event)")
            for source in event["sources"] as? [[String: Any]] ?? [] {
                XCTAssertEqual(Set(source.keys), ["article", "sentence", "expression"])
                XCTAssertTrue(source["sentence"] is Int, "\(source)")
            }
        }
        XCTAssertEqual(try Storyline.run(["export"]).stdout, run.stdout, "deterministic")
    }

    func testCSVActorsTable() throws {
        let run = try Storyline.run(["export", "--format", "csv", "--table", "actors"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdoutText.hasPrefix("id,name,kind,aliases,role,mentions,articles\r\n"))
        XCTAssertTrue(run.stdoutText.hasSuffix("\r\n"))
        XCTAssertTrue(run.stdoutText.contains("\r\nkim-jong-un,Kim Jong Un,person,"), run.stdoutText)
    }

    func testMarkdownReport() throws {
        let run = try Storyline.run(["export", "--format", "markdown"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdoutText.hasPrefix("# Storyline report\n\n2 articles"), run.stdoutText)
        XCTAssertEqual(try Storyline.run(["export", "--format", "md"]).stdout, run.stdout, "md is short for markdown")
    }

    // MARK: actors

    func testUnknownActorIsAnErrorWithSuggestions() throws {
        let run = try Storyline.run(["export", "--actor", "Vladimir Putn"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.isEmpty)
        XCTAssertTrue(run.stderr.hasPrefix("storyline: error: no actor named \"Vladimir Putn\""), run.stderr)
        XCTAssertTrue(run.stderr.contains("did you mean: ") && run.stderr.contains("Putin"), run.stderr)
    }

    func testActorFilterKeepsArticlesMentioningEveryActor() throws {
        let samples = try Storyline.run(["export", "--actor", "kim", "--actor", "VLADIMIR PUTIN"])
        XCTAssertEqual(samples.status, 0, samples.stderr)
        let sampleArticles = try XCTUnwrap(try samples.json()["articles"] as? [[String: Any]])
        XCTAssertEqual(sampleArticles.count, 2, "both samples are about Kim and Putin")

        try Storyline.article.write(to: directory.appendingPathComponent("kim.txt"), atomically: true, encoding: .utf8)
        try Storyline.otherArticle.write(to: directory.appendingPathComponent("macron.txt"), atomically: true, encoding: .utf8)
        func exported(_ actors: [String]) throws -> (articles: [String], actors: [String], stderr: String) {
            let run = try Storyline.run(["export", directory.path] + actors.flatMap { ["--actor", $0] })
            XCTAssertEqual(run.status, 0, run.stderr)
            let document = try run.json()
            return ((document["articles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String },
                    (document["actors"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }, run.stderr)
        }
        XCTAssertEqual(try exported([]).articles, ["kim", "macron"])
        let putin = try exported(["Vladimir Putin"])
        XCTAssertEqual(putin.articles, ["kim"])
        XCTAssertTrue(putin.actors.contains("kim-jong-un") && !putin.actors.contains("emmanuel-macron"), "\(putin.actors)")
        XCTAssertEqual(try exported(["emmanuel macron", "Olaf Scholz"]).articles, ["macron"])
        let none = try exported(["Vladimir Putin", "Emmanuel Macron"])
        XCTAssertEqual(none.articles, [], "no article names both")
        XCTAssertTrue(none.stderr.hasPrefix("storyline: warning: no article mentions"), none.stderr)
    }

    // MARK: output files

    func testOutputFileIsWrittenAndNotOverwrittenWithoutForce() throws {
        let path = directory.appendingPathComponent("out.json").path
        let first = try Storyline.run(["export", "--output", path])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(written, try Storyline.run(["export"]).stdout, "the file holds what stdout would")

        let refused = try Storyline.run(["export", "--format", "csv", "--output", path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.hasPrefix("storyline: error: "), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), written, "the old file is untouched")

        let forced = try Storyline.run(["export", "--format", "csv", "--output", path, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("date,expression,"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.json"],
                       "no temporary file is left")
    }

    func testFormatFollowsTheOutputExtension() throws {
        let path = directory.appendingPathComponent("report.md").path
        XCTAssertEqual(try Storyline.run(["export", "-o", path]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Storyline report"))
    }

    func testUnwritableOutputIsOneErrorLineAndNoFile() throws {
        let path = directory.appendingPathComponent("missing/out.json").path
        let run = try Storyline.run(["export", "--output", path])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        XCTAssertTrue(run.stderr.hasPrefix("storyline: error: cannot write \(path): "), run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])

        let onDirectory = try Storyline.run(["export", "--output", directory.path, "--force"])
        XCTAssertEqual(onDirectory.status, 1)
        XCTAssertEqual(onDirectory.stderr, "storyline: error: \(directory.path) is a directory\n")
    }

    func testDashOutputIsStdout() throws {
        let run = try Storyline.run(["export", "--output", "-"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try run.json()["schema"] as? String, "storyline/1")
    }

    // MARK: inputs

    func testADeviceOrPipeOutputIsWrittenIntoNotReplaced() throws {
        // "-o /dev/stdout" with stdout a pipe: written into, no --force needed.
        let piped = try Storyline.run(["export", "--format", "csv", "-o", "/dev/stdout"])
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertTrue(piped.stdoutText.hasPrefix("date,expression,"), piped.stdoutText)
        // Not tried on /dev/null: were it replaced, the machine would be left without one. AtomicFile's tests hold
        // that a FIFO stays a FIFO.
    }

    func testSkippedInputGivesExit2AndTheGoodArticle() throws {
        try Storyline.article.write(to: directory.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        var binary = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00])
        binary.append(Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }))
        binary.append(Data(repeating: 0, count: 256))
        try binary.write(to: directory.appendingPathComponent("bad.txt"))

        let run = try Storyline.run(["export", directory.path])
        XCTAssertEqual(run.status, 2, run.stderr)
        let articles = try XCTUnwrap(try run.json()["articles"] as? [[String: Any]])
        XCTAssertEqual(articles.map { $0["id"] as? String }, ["good"])
        let warnings = run.stderr.split(separator: "\n")
        XCTAssertTrue(warnings.contains { $0.hasPrefix("storyline: warning: ") && $0.contains("bad.txt") && $0.hasSuffix("(skipped)") },
                      run.stderr)
    }

    func testNothingReadableIsAnError() throws {
        try Data(repeating: 0, count: 64).write(to: directory.appendingPathComponent("bad.txt"))
        let run = try Storyline.run(["export", directory.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.isEmpty)
        XCTAssertTrue(run.stderr.contains("storyline: error: "), run.stderr)
    }

    func testStdinArticle() throws {
        let run = try Storyline.run(["export", "-"], stdin: Data(Storyline.article.utf8))
        XCTAssertEqual(run.status, 0, run.stderr)
        let articles = try XCTUnwrap(try run.json()["articles"] as? [[String: Any]])
        XCTAssertEqual(articles.count, 1)
        XCTAssertEqual(articles.first?["path"] as? String, "-")
        XCTAssertEqual(articles.first?["date"] as? String, "2023-09-13")
        XCTAssertEqual(articles.first?["title"] as? String, "Kim Jong Un meets Vladimir Putin in Vladivostok")
    }

    func testClosedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = Storyline.executable
        process.arguments = ["export", "--format", "markdown"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Close the only reading end before the child writes: its write meets a closed pipe, like `| head -0`.
        try output.fileHandleForReading.close()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationReason, .exit, "killed by a signal")
        XCTAssertEqual(process.terminationStatus, 0, stderr)
        XCTAssertEqual(stderr, "")
    }
}
