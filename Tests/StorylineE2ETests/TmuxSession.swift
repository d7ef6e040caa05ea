import Foundation
import XCTest

/// A private tmux server running one command, for driving the real binary as a user would.
final class TmuxSession {
    let socket: String
    private(set) var started = false

    /// The tmux executable, or nil when it is not installed.
    static var tmuxPath: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    init(name: String) {
        socket = "storyline-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
    }

    deinit { kill() }

    /// Runs a tmux client through the shell and waits for it (only for it: `system` waits on the child's pid,
    /// whereas Foundation's Process also waits for descriptors the forked tmux server keeps open).
    @discardableResult
    func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "tmux-out-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let words = [TmuxSession.tmuxPath ?? "tmux", "-L", socket, "-f", "/dev/null"] + arguments
        let line = words.map(shellQuote).joined(separator: " ") + " >" + shellQuote(outputPath) + " 2>&1 </dev/null"
        let status = system(line)
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return (status, String(decoding: data, as: UTF8.self))
    }

    /// Starts `command` (a shell command line) in a detached session of the given size, in `directory`.
    func start(_ command: String, width: Int = 120, height: Int = 40, directory: String) {
        tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", directory, command])
        tmux(["set-option", "-g", "status", "off"])
        started = true
    }

    func send(_ keys: String...) { tmux(["send-keys"] + keys) }

    /// Types text literally.
    func type(_ text: String) { tmux(["send-keys", "-l", text]) }

    /// Opens the browser's export dialog and submits it, to `path` when given (else to the path it proposes).
    func submitExport(to path: String? = nil) {
        send("e")
        waitFor(text: "Format")
        if let path {
            send("C-u")
            type(path)
        }
        send("Enter")
    }

    func capture(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : [])).output
    }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `predicate` holds; fails with the last screen after a generous deadline.
    @discardableResult
    func waitFor(_ what: String, file: StaticString = #filePath, line: UInt = #line, _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(20)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if predicate(screen) { return screen }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(what); screen:\n\(screen)", file: file, line: line)
        return screen
    }

    @discardableResult
    func waitFor(text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        waitFor("“\(text)”", file: file, line: line) { $0.contains(text) }
    }

    func kill() {
        guard started else { return }
        started = false
        tmux(["kill-server"])
        // A killed server leaves its socket file behind: each run would add one per session to the user's tmux folder.
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
    }
}

/// Where `swift build` put the executables: next to the test bundle.
func productsDirectory() -> URL {
    let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                      URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()]
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.appendingPathComponent("storyline").path) {
        return candidate
    }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
}

/// Single-quotes a word for sh.
func shellQuote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// A test of the real browser binary in tmux: finds the binary, gives each test its own folder.
class BrowserTestCase: XCTestCase {
    var binary = ""
    var directory = ""

    override func setUpWithError() throws {
        guard TmuxSession.tmuxPath != nil else { throw XCTSkip("tmux is not installed") }
        binary = productsDirectory().appendingPathComponent("storyline").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("storyline binary not built at \(binary)") }
        directory = NSTemporaryDirectory() + "storyline-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A shell line that runs the browser, then reports whether the tty settings came back and the exit code.
    func command(_ arguments: String = "", environment: String = "TERM=xterm-256color") -> String {
        "sh -c 'before=$(stty -g); env \(environment) \(binary) \(arguments); code=$?; "
            + "[ \"$before\" = \"$(stty -g)\" ] && echo TTY-RESTORED; echo EXIT=$code; sleep 600'"
    }
}
