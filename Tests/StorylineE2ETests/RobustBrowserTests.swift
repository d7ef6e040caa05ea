import Foundation
import XCTest

/// The browser under stress in tmux: storms of resizes (SIGWINCH), signals, and a hostile corpus on screen.
final class RobustBrowserTests: BrowserTestCase {
    /// The browser's pid: the pane runs `sh`, whose only child is the browser (`env` execs it).
    private func browserPID(_ session: TmuxSession) throws -> pid_t {
        let shell = try XCTUnwrap(Int32(session.tmux(["list-panes", "-F", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let child = children.split(separator: " ").compactMap({ Int32($0) }).first else {
            throw XCTSkip("no /proc children list to find the browser's pid")
        }
        return child
    }

    /// Starts the browser on the samples in `session`, sends it `signal` once its screen is up, and returns its pid.
    @discardableResult
    private func signalTheBrowser(_ session: TmuxSession, _ signal: Int32) throws -> pid_t {
        session.start(command(), directory: directory)
        session.waitFor(text: "samples │")
        let pid = try browserPID(session)
        XCTAssertEqual(kill(pid, signal), 0)
        return pid
    }

    func testAStormOfResizesLeavesAWorkingBrowser() throws {
        let session = TmuxSession(name: "resize-storm")
        defer { session.kill() }
        session.start(command(), directory: directory)
        session.waitFor(text: "samples │")
        // Seeded sizes from 1×1 to wider than any screen, sent without waiting for frames in between.
        var state: UInt64 = 20_261_123
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let fixed = [(1, 1), (2, 1), (1, 40), (300, 2), (10, 3), (400, 120)]
        for (width, height) in fixed { session.resize(width: width, height: height) }
        // A thousand resizes between random sizes, with keys typed in between (a dialog opened and closed too).
        for _ in 0..<1000 {
            session.resize(width: 1 + next(250), height: 1 + next(80))
            if next(2) == 0 { session.send(["j", "Tab", "k", "Down", "PageDown", "?", "?", "G", "g", "3"][next(10)]) }
        }
        session.resize(width: 120, height: 40)
        // The last frame is a clean one at the final size: panes on top, borders closed, the status line last.
        let screen = session.waitFor("a clean 120×40 frame") { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.first?.hasPrefix("┌─ 1 Articles") == true && lines.count >= 40
                && lines[37].hasPrefix("└") && lines[38].hasPrefix(" samples │")
        }
        XCTAssertFalse(screen.contains("EXIT="), "the browser is still running")
        session.send("q")
        let end = session.waitFor(text: "EXIT=")
        XCTAssertTrue(end.contains("TTY-RESTORED"), end)
        XCTAssertTrue(end.contains("EXIT=0"), end)
    }

    /// SIGINT and SIGTERM end the browser with the terminal as it was (ncurses' handlers restore it).
    func testInterruptAndTerminateRestoreTheTerminal() throws {
        for (name, signal) in [("int", SIGINT), ("term", SIGTERM)] {
            let session = TmuxSession(name: "signal-\(name)")
            defer { session.kill() }
            try signalTheBrowser(session, signal)
            let end = session.waitFor(text: "EXIT=")
            XCTAssertTrue(end.contains("TTY-RESTORED"), "\(name): \(end)")
            XCTAssertFalse(end.contains("1 Articles"), "\(name): the browser's screen is gone: \(end)")
        }
    }

    /// SIGHUP (the SSH link dropped) must end the browser rather than leave it spinning on a dead terminal.
    func testHangupEndsTheBrowser() throws {
        let session = TmuxSession(name: "signal-hup")
        defer { session.kill() }
        let pid = try signalTheBrowser(session, SIGHUP)
        session.waitFor(text: "EXIT=")
        XCTAssertFalse(processExists(pid), "the browser process is gone")
    }

    /// Escape sequences, C1 controls and bidi overrides in file names and article text never reach the terminal
    /// raw: the pane shows no colour the browser did not set, and its screen stays intact.
    func testHostileArticlesAndFileNamesDoNotDriveTheTerminal() throws {
        let corpus = directory + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let hostile = "date 2023-09-13\n\u{1B}[2J\u{1B}]0;pwned\u{07}Kim \u{1B}[41mred\u{1B}[0m meets Putin\u{9B}31m \u{202E}gnirts\n"
            + "Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday.\u{1B}[?1049l The talks lasted \u{1B}[5mfour hours.\n"
        try Data(hostile.utf8).write(to: URL(fileURLWithPath: corpus + "/hostile.txt"))
        try Data("\u{1B}[31m".utf8).write(to: URL(fileURLWithPath: corpus + "/a\u{1B}[31mname.txt"))
        let session = TmuxSession(name: "hostile")
        defer { session.kill() }
        session.start(command(shellQuote(corpus)), directory: directory)
        let screen = session.waitFor(text: "1 article ·")
        XCTAssertTrue(screen.contains("1 Articles"), "the browser's frame survived the article's escapes: \(screen)")
        XCTAssertFalse(session.capture(escapes: true).contains("\u{1B}[5m"), "no blinking text from the article")
        let title = session.tmux(["display-message", "-p", "#{pane_title}"]).output
        XCTAssertFalse(title.contains("pwned"), "an OSC sequence set the window title: \(title)")
        // The reader shows the whole article text.
        session.send("Enter")
        let reader = session.waitFor(text: "four hours")
        XCTAssertFalse(reader.contains("\u{1B}"), reader)
        XCTAssertFalse(session.capture(escapes: true).contains("\u{1B}[5m"), "no blinking text from the article")
        session.send("q")  // closes the reader, or quits; a second q then goes to the waiting shell
        session.send("q")
        let end = session.waitFor(text: "EXIT=")
        XCTAssertTrue(end.contains("TTY-RESTORED"), end)
    }
}

/// Whether `pid` is still a live process (a zombie counts as gone).
private func processExists(_ pid: pid_t) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    let status = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    return !status.contains(") Z ")
}
