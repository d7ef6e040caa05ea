import Foundation
import XCTest

/// Browses over a real SSH connection on loopback (a private sshd on 127.0.0.1), filters and exports, then drops
/// the connection: the remote browser must end, and the export must be whole (or absent), never partial.
final class SSHE2ETests: XCTestCase {
    private var folder: URL!
    private var session: TmuxSession!
    private var sshdPID: pid_t = 0

    override func setUpWithError() throws {
        guard TmuxSession.tmuxPath != nil else { throw XCTSkip("tmux is not installed") }
        for tool in ["/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen"] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw XCTSkip("\(tool) is not installed")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-ssh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // sshd refuses keys and folders that others may write to.
        chmod(folder.path, 0o700)
        session = TmuxSession(name: "ssh")
    }

    override func tearDown() {
        session?.kill()
        if sshdPID > 0 {
            kill(sshdPID, SIGTERM)
            // sshd deletes its pid file as it ends; removing the folder meanwhile failed half-way and left keys behind.
            let deadline = Date().addingTimeInterval(5)
            while Date() < deadline, kill(sshdPID, 0) == 0 { usleep(20_000) }
        }
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func run(_ line: String) -> Int32 { system(line + " >/dev/null 2>&1 </dev/null") }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Starts a private sshd that accepts only a throw-away key, and returns its port.
    private func startSSHD() throws -> Int {
        XCTAssertEqual(run("/usr/bin/ssh-keygen -q -t ed25519 -N '' -f \(path("host_key"))"), 0)
        XCTAssertEqual(run("/usr/bin/ssh-keygen -q -t ed25519 -N '' -f \(path("client_key"))"), 0)
        try FileManager.default.copyItem(atPath: path("client_key.pub"), toPath: path("authorized_keys"))
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let port = 22_000 + Int(ProcessInfo.processInfo.processIdentifier % 5000)
        let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
        let config = """
        ListenAddress 127.0.0.1
        Port \(port)
        HostKey \(path("host_key"))
        AuthorizedKeysFile \(path("authorized_keys"))
        PidFile \(path("sshd.pid"))
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PubkeyAuthentication yes
        PermitRootLogin yes
        StrictModes no
        UsePAM no
        AllowUsers \(user)
        AcceptEnv LANG LC_*
        """
        try config.write(toFile: path("sshd_config"), atomically: true, encoding: .utf8)
        XCTAssertEqual(run("/usr/sbin/sshd -f \(path("sshd_config")) -E \(path("sshd.log"))"), 0, "sshd did not start")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path("sshd.pid"), encoding: .utf8), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                sshdPID = pid
                return port
            }
            usleep(50_000)
        }
        throw XCTSkip("sshd did not write its pid file: \((try? String(contentsOfFile: path("sshd.log"), encoding: .utf8)) ?? "")")
    }

    /// Process ids of running storyline browsers started from this test's folder.
    private func remoteBrowsers() -> [String] {
        let output = path("pgrep.out")
        // The bracket keeps pgrep's own shell, whose command line holds the pattern, from matching itself.
        _ = system("pgrep -f '[s]toryline-ssh-marker' > \(output) 2>/dev/null")
        return ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func testBrowseFilterExportOverSSHThenDropTheLink() throws {
        let port = try startSSHD()
        let binary = productsDirectory().appendingPathComponent("storyline").path
        // The remote browser runs under a marker name, so the test can find it after the link drops.
        let ssh = "/usr/bin/ssh -tt -i \(path("client_key")) -p \(port) -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
            + "-o LogLevel=ERROR 127.0.0.1 \"bash -c 'cd \(folder.path) && exec -a storyline-ssh-marker \(binary)'\""
        session.start("cd \(folder.path) && " + ssh, width: 120, height: 40, directory: folder.path)
        session.waitFor(text: "Articles")
        XCTAssertFalse(remoteBrowsers().isEmpty, "the remote browser is not running")

        session.send("a")
        session.type("kim")
        session.send("Enter")
        session.waitFor(text: "filter:")
        session.submitExport()
        let screen = session.waitFor("the export to finish") { $0.contains("exported") }
        XCTAssertTrue(screen.contains("exported"))

        // Drop the link: kill the ssh client as a lost connection would.
        XCTAssertEqual(run("pkill -9 -f '[s]sh -tt -i \(path("client_key"))'"), 0)
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline, !remoteBrowsers().isEmpty { usleep(100_000) }
        XCTAssertTrue(remoteBrowsers().isEmpty, "the remote browser outlived its connection")

        // The export is whole JSON, and no temporary file is left beside it.
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let exports = files.filter { $0.hasPrefix("storyline-") && $0.hasSuffix(".json") }
        XCTAssertEqual(exports.count, 1, "files: \(files)")
        for name in exports {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            XCTAssertEqual(json["schema"] as? String, "storyline/1")
        }
        XCTAssertTrue(files.allSatisfy { !$0.contains(".tmp") && !$0.hasPrefix(".storyline") }, "files: \(files)")
    }
}
