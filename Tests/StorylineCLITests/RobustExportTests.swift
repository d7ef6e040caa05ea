import Foundation
import XCTest

/// Exports of hostile articles through the real binary: Markdown stays inert, CSV cells cannot run as formulas
/// unless asked, and a failed write leaves no partial file and the old file as it was.
final class RobustExportTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try Storyline.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Markup in every place article text reaches the report: headline, sentences (event summaries), names.
    private static let markupArticle = """
        date 2023-09-13
        # [Kim](http://evil.example) meets <b>Putin</b> ![x](http://evil.example/x.png)
        <script>alert(1)</script> Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, [the Kremlin](javascript:x) said.
        > Quoted: Putin will visit Pyongyang next month | talks `rm -rf` *bold* _it_ ~~gone~~.
        - A list item dated 2023-09-14, see http://evil.example/a and www.evil.example.
        1. Numbered on 15 September 2023.

        """

    private static let formulaArticle = """
        =HYPERLINK("http://evil.example","click") meets Kim
        +SUM(A1:A9) Kim Jong Un met Vladimir Putin on Wednesday.
        -2+3 Putin said on Thursday that talks went well.
        @SUM(1) Kim visited Vladivostok on Friday.

        """

    private func export(_ article: String, _ arguments: [String]) throws -> StorylineRun {
        let input = directory.appendingPathComponent("input.txt")
        try Data(article.utf8).write(to: input)
        return try Storyline.run(["export", input.path] + arguments)
    }

    func testMarkdownReportEscapesArticleMarkup() throws {
        let run = try export(Self.markupArticle, ["--format", "markdown"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let report = run.stdoutText
        XCTAssertTrue(report.contains("Kim Jong Un"), report)
        // Every `<`, `[`, `` ` `` in the report comes from the article, so every one must be escaped.
        let scalars = Array(report.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where ["<", "[", "`", "|"].contains(scalar) {
            if scalar == "|", isTableBorder(scalars, index) { continue }
            XCTAssertEqual(index > 0 ? scalars[index - 1] : " ", "\\", "unescaped \(scalar) at \(index): \(String(String.UnicodeScalarView(scalars[max(0, index - 30)..<min(scalars.count, index + 30)])))")
        }
        for line in report.split(separator: "\n") where line.hasPrefix("#") {
            XCTAssertTrue(line == "# Storyline report" || line.hasPrefix("## ") || line.hasPrefix("### "), String(line))
            XCTAssertFalse(line.dropFirst(3).hasPrefix("#"), String(line))
        }
        for link in ["[Kim](http", "[x](http", "[the Kremlin](javascript"] { XCTAssertFalse(report.contains(link), "a link survives") }
        XCTAssertFalse(report.contains("<script>"))
        XCTAssertTrue(report.contains(#"http\://evil.example/a and www\.evil.example"#), "bare URLs are not autolinked")
        XCTAssertFalse(report.contains("http://") || report.contains("www."), report)
        XCTAssertFalse(report.contains("\n> "), "no block quote")
        XCTAssertFalse(report.contains("\n- A list"), "no list item from the article")
    }

    /// The report's own table rows start with `| ` and end with ` |`, and separate cells with ` | `.
    private func isTableBorder(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let before = index == 0 ? "\n" : scalars[index - 1]
        let after = index + 1 < scalars.count ? scalars[index + 1] : "\n"
        return (before == "\n" || before == " ") && (after == " " || after == "\n") && before != "\\"
    }

    func testCSVCellsAreNeutralisedUnlessAskedNotTo() throws {
        let neutralised = try export(Self.formulaArticle, ["--format", "csv", "--table", "articles"])
        XCTAssertEqual(neutralised.status, 0, neutralised.stderr)
        let title = "=HYPERLINK(\"http://evil.example\",\"click\") meets Kim"
        XCTAssertTrue(neutralised.stdoutText.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\") meets Kim\""),
                      neutralised.stdoutText)
        let events = try export(Self.formulaArticle, ["--format", "csv", "--table", "events"])
        for line in events.stdoutText.components(separatedBy: "\r\n").dropFirst() {
            for formula in ["+SUM", "-2+3", "@SUM"] {
                XCTAssertFalse(line.hasPrefix(formula) || line.contains("," + formula) || line.contains(",\"" + formula), line)
            }
        }

        let raw = try export(Self.formulaArticle, ["--format", "csv", "--table", "articles", "--no-neutralise-formulas"])
        XCTAssertEqual(raw.status, 0, raw.stderr)
        XCTAssertTrue(raw.stdoutText.contains("\"" + title.replacingOccurrences(of: "\"", with: "\"\"") + "\""), raw.stdoutText)
        XCTAssertFalse(raw.stdoutText.contains("'="))
    }

    func testOutputWhoseParentIsAFileLeavesNothingBehind() throws {
        let parent = directory.appendingPathComponent("report.json")
        try Data("old report\n".utf8).write(to: parent)
        let target = parent.appendingPathComponent("out.json").path
        for force in [false, true] {
            let run = try export(Storyline.article, ["--output", target] + (force ? ["--force"] : []))
            XCTAssertEqual(run.status, 1)
            XCTAssertEqual(run.stderr, "storyline: error: cannot write \(target): Not a directory\n")
        }
        XCTAssertEqual(try String(contentsOf: parent, encoding: .utf8), "old report\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["input.txt", "report.json"])
    }

    func testExistingOutputNeedsForceAndIsReplacedWhole() throws {
        let output = directory.appendingPathComponent("out.md")
        try Data("old\n".utf8).write(to: output)
        let refused = try export(Storyline.article, ["--output", output.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr, "storyline: error: \(output.path) already exists (use --force to overwrite)\n")
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "old\n")

        let forced = try export(Storyline.article, ["--output", output.path, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).hasPrefix("# Storyline report\n"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["input.txt", "out.md"])
    }

    /// A read-only folder stops root only through its owner: as root the binary runs as `nobody` (setpriv), for whom
    /// a root-owned 0755 folder is read-only.
    func testReadOnlyFolderLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = directory.appendingPathComponent("readonly")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = folder.appendingPathComponent("out.json")
        try Data("old\n".utf8).write(to: output)
        let input = directory.appendingPathComponent("input.txt")
        try Data(Storyline.article.utf8).write(to: input)
        XCTAssertEqual(chmod(folder.path, 0o555), 0)
        defer { chmod(folder.path, 0o755) }
        XCTAssertEqual(chmod(directory.path, 0o755), 0)

        var executable = Storyline.executable.path
        var arguments = ["export", input.path, "--output", output.path, "--force"]
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                throw XCTSkip("running as root without setpriv: root writes into read-only folders")
            }
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable] + arguments
            executable = "/usr/bin/setpriv"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1, stderr)
        XCTAssertEqual(stderr, "storyline: error: cannot write \(output.path): Permission denied\n")
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.json"])
    }
}
