import ArgumentParser
import Foundation
import StorylineModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ExportFormat: ExpressibleByArgument {
    /// Also takes `md`, the file extension, for `markdown`.
    public init?(argument: String) {
        guard let format = ExportFormat(rawValue: argument.lowercased()) ?? (argument.lowercased() == "md" ? .markdown : nil)
        else { return nil }
        self = format
    }
}
extension CSVTable: ExpressibleByArgument {}

/// Terminal-free output helpers shared by the subcommands.
enum CLI {
    /// Writes `storyline: error: MESSAGE` to stderr and returns the exit code for "error, no output written".
    static func failure(_ message: String) -> ExitCode {
        printError("storyline: error: \(message)")
        return .failure
    }

    /// One line on stderr.
    static func printError(_ line: String) {
        writeAll(Data((line + "\n").utf8), to: STDERR_FILENO)
    }

    /// The corpus's load warnings on stderr, one line each: `storyline: warning: PATH: MESSAGE (skipped)`.
    static func printWarnings(_ warnings: [LoadWarning]) {
        for warning in warnings { printError("storyline: warning: \(warning)") }
    }

    /// Stops a closed pipe (`storyline export | head -1`) from killing the process with a signal:
    /// writes then fail with EPIPE, which `writeToStandardOutput` treats as "the reader has gone".
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes `data` to stdout unbuffered. Returns false when the reader closed the pipe.
    @discardableResult
    static func writeToStandardOutput(_ data: Data) -> Bool {
        writeAll(data, to: STDOUT_FILENO)
    }

    /// Writes every byte, retrying short writes; false on any error (EPIPE included).
    @discardableResult
    private static func writeAll(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            guard var pointer = buffer.baseAddress else { return true }
            var remaining = buffer.count
            while remaining > 0 {
                let written = write(fd, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                pointer += written
                remaining -= written
            }
            return true
        }
    }
}
