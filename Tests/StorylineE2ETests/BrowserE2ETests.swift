import Foundation
import XCTest

/// Drives the real `storyline` binary in tmux, as a user over SSH would.
final class BrowserE2ETests: BrowserTestCase {
    func testBrowseFilterReadMarkExportResizeQuit() throws {
        let session = TmuxSession(name: "main")
        defer { session.kill() }
        session.start(command(), directory: directory)

        // Opens on the samples with three panes.
        let first = session.waitFor(text: "samples │")
        XCTAssertTrue(first.contains("1 Articles"))
        XCTAssertTrue(first.contains("2 Actors & relations"))
        XCTAssertTrue(first.contains("3 Timeline"))
        let allArticles = try XCTUnwrap(articleCount(first))

        // Filter by an actor through the prompt: the panes narrow and the status line says so.
        session.send("a")
        session.waitFor(text: "Filter by actor")
        session.type("kim")
        session.waitFor(text: "Kim Jong Un")
        session.send("Enter")
        let filtered = session.waitFor(text: "filter: Kim Jong Un")
        let narrowed = try XCTUnwrap(articleCount(filtered))
        XCTAssertLessThanOrEqual(narrowed, allArticles)
        XCTAssertGreaterThan(narrowed, 0)

        // Open the reader from the timeline, and come back.
        session.send("3")
        session.send("Enter")
        session.waitFor(text: "Reader: ")
        session.send("q")
        session.waitFor("the panes again") { $0.contains("3 Timeline") && !$0.contains("Reader: ") }

        // Mark an event and export it.
        session.send("Space")
        session.waitFor(text: "marked 1")
        session.submitExport(to: "picked.json")
        session.waitFor(text: "exported 1 event")
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/picked.json"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(json["schema"] as? String, "storyline/1")
        XCTAssertEqual((json["events"] as? [Any])?.count, 1)
        XCTAssertEqual((json["articles"] as? [Any])?.count, 0)

        // Exporting again to the same name asks before overwriting.
        session.submitExport(to: "picked.json")
        session.waitFor(text: "Overwrite? (y/n)")
        session.send("n")
        session.send("Escape")
        session.waitFor(text: "export cancelled")

        // Resize: stacked at 80×24, a notice when too small, panes again after.
        session.resize(width: 80, height: 24)
        session.waitFor("the stacked layout") { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count >= 24 && lines[0].contains("1 Articles") && lines[0].contains("2 Actors") && lines[11].contains("3 Timeline")
        }
        session.resize(width: 40, height: 10)
        session.waitFor(text: "Terminal too small")
        session.send("e")  // a dialog opened while too small shows once there is room
        session.resize(width: 120, height: 40)
        session.waitFor(text: "Format")
        session.send("Escape")
        session.waitFor("the export dialog closed") { !$0.contains("Format") }

        // Quit: the terminal is restored and the exit code is 0.
        session.send("q")
        let end = session.waitFor(text: "EXIT=")
        XCTAssertTrue(end.contains("TTY-RESTORED"), end)
        XCTAssertTrue(end.contains("EXIT=0"), end)
    }

    func testWorksWithoutColoursAndOnVT100() {
        let session = TmuxSession(name: "mono")
        defer { session.kill() }
        session.start(command("--no-color", environment: "TERM=vt100"), width: 80, height: 24, directory: directory)
        session.waitFor(text: "samples │")
        let colours = session.capture(escapes: true)
        XCTAssertFalse(hasColour(colours), "no colour escapes with --no-color")
        session.send("q")
        let end = session.waitFor(text: "EXIT=")
        XCTAssertTrue(end.contains("EXIT=0"))
        XCTAssertFalse(end.contains("1 Articles"), "vt100 has no alternate screen: the last frame must be blanked")
    }

    func testNoColorEnvironmentAndNonUTF8Locale() {
        let session = TmuxSession(name: "nocolor")
        defer { session.kill() }
        session.start(command("", environment: "TERM=xterm-256color NO_COLOR=1 LANG=C LC_ALL=C"), directory: directory)
        let screen = session.waitFor(text: "samples │")
        XCTAssertTrue(screen.contains("┌─ 1 Articles"), "box drawing needs the UTF-8 fallback")
        XCTAssertFalse(hasColour(session.capture(escapes: true)))
        session.send("q")
        session.waitFor(text: "EXIT=0")
    }

    func testRefusesDumbAndUnknownTerminals() {
        for (term, message) in [("dumb", "cannot move the cursor"), ("no-such-terminal", "unknown terminal type")] {
            let session = TmuxSession(name: "refuse-\(term)")
            defer { session.kill() }
            session.start("sh -c 'TERM=\(term) \(binary); echo EXIT=$?; sleep 600'", directory: directory)
            let screen = session.waitFor(text: "EXIT=")
            XCTAssertTrue(screen.contains(message), screen)
            XCTAssertTrue(screen.contains("EXIT=1"), screen)
        }
    }

    func testRefusesWithoutATerminal() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.environment = ["TERM": "xterm-256color", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(message.contains("needs a terminal"), message)
    }

    /// Whether a captured screen sets a foreground or background colour (39/49, "default", do not count).
    func hasColour(_ capture: String) -> Bool {
        capture.range(of: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)m", options: .regularExpression) != nil
    }

    /// The article count in the status line.
    func articleCount(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"(\d+) articles? ·"#, options: .regularExpression) else { return nil }
        return Int(screen[range].split(separator: " ")[0])
    }
}
