import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old file or the whole new one, never a partial file.
public enum AtomicFile {
    public enum Failure: Error, Equatable, CustomStringConvertible, LocalizedError {
        /// The file exists and overwriting was not asked for.
        case exists(String)
        /// The path names a directory.
        case isDirectory(String)
        /// A system call failed: what was being done, on which path, and errno.
        case system(operation: String, path: String, code: Int32)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists"
            case .isDirectory(let path): return "\(path) is a directory"
            case let .system(operation, path, code): return "cannot \(operation) \(path): \(String(cString: strerror(code)))"
            }
        }

        public var errorDescription: String? { description }
    }

    /// Writes to a temporary file in the target directory, fsyncs, renames into place. Leaves no partial file on any error.
    /// Throws AtomicFile.Failure.exists(path) when the file exists and overwrite is false.
    /// A path that names no regular file but a device or a pipe ("/dev/null", "/dev/stdout", a shell's `>(gzip)`) is
    /// written straight into, as a shell's `>` would: renaming over it would replace the device with a file. A symbolic
    /// link is followed, so that the file it points to is replaced and the link stays.
    public static func write(_ data: Data, to given: String, overwrite: Bool) throws {
        if try target(given, overwrite: overwrite) == .stream {
            // As given: "/dev/stdout" is a link the kernel follows to a pipe that has no path.
            try writeInto(data, stream: given)
            return
        }
        let path = followingLinks(given)
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        // Named after the target: "cannot write out/x.json: No such file or directory" is what the user needs to read.
        guard fd >= 0 else { throw Failure.system(operation: "write", path: path, code: errno) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var closed = false
        do {
            // mkstemp makes the file private (0600); give it the mode a plain create would have.
            _ = fchmod(fd, 0o666 & ~currentUmask())
            try writeAll(data, to: fd, path: path)
            guard fsync(fd) == 0 else { throw Failure.system(operation: "write", path: path, code: errno) }
            closed = true
            guard close(fd) == 0 else { throw Failure.system(operation: "write", path: path, code: errno) }
            try moveIntoPlace(temporary, path, overwrite: overwrite)
        } catch {
            if !closed { close(fd) }
            unlink(temporary)
            throw error
        }
        syncDirectory(directory)
    }

    /// Renames the finished file over the target; without `overwrite`, links it instead, which fails rather than
    /// replace a file that appeared since the check above.
    private static func moveIntoPlace(_ temporary: String, _ path: String, overwrite: Bool) throws {
        if !overwrite {
            if link(temporary, path) == 0 {
                unlink(temporary)
                return
            }
            let code = errno
            if code == EEXIST { throw Failure.exists(path) }
            // Some file systems have no hard links; fall back to checking, then renaming.
            guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK else {
                throw Failure.system(operation: "write", path: path, code: code)
            }
            if access(path, F_OK) == 0 { throw Failure.exists(path) }
        }
        guard rename(temporary, path) == 0 else { throw Failure.system(operation: "write", path: path, code: errno) }
    }

    /// What writing to `path` refuses before any work is done, as `write` would: a directory, or a file that exists when
    /// overwriting was not asked for. Nil when the write may go ahead.
    public static func refusal(toWrite path: String, overwrite: Bool) -> Failure? {
        do {
            _ = try target(path, overwrite: overwrite)
            return nil
        } catch let failure as Failure {
            return failure
        } catch {
            return nil
        }
    }

    private enum Target { case file, stream }

    /// Whether `path` (with the links it holds followed by the system) is a file to write or replace, or a device or
    /// pipe to write into; throws the refusals.
    private static func target(_ path: String, overwrite: Bool) throws -> Target {
        var status = stat()
        guard stat(path, &status) == 0 else { return .file }
        // "/dev/stdout" after `> out.json` is a regular file: written into as the shell opened it, never replaced.
        if isDescriptorPath(path), (status.st_mode & S_IFMT) == S_IFREG { return .stream }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw Failure.isDirectory(path)
        case S_IFCHR, S_IFIFO, S_IFSOCK, S_IFBLK: return .stream
        default:
            if !overwrite { throw Failure.exists(path) }
            return .file
        }
    }

    /// Whether `path` names one of the process's open file descriptors ("/dev/stdout", "/dev/fd/3", "/proc/self/fd/1"),
    /// whatever file it leads to; a file that merely lies under /dev ("/dev/shm/x.json") is none.
    private static func isDescriptorPath(_ path: String) -> Bool {
        ["/dev/stdout", "/dev/stderr", "/dev/stdin"].contains(path) || path.hasPrefix("/dev/fd/")
            || (path.hasPrefix("/proc/") && path.contains("/fd/"))
    }

    /// The path a chain of symbolic links ends at, made whole where a link is relative, so that the file is replaced and
    /// the links stay; the path itself when it is no link (or the chain is too long, as a loop would be).
    private static func followingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).path
        }
        return path
    }

    /// Writes into a device or a pipe as it is, with no temporary file (a regular file behind "/dev/stdout" is emptied
    /// first, as `>` does).
    private static func writeInto(_ data: Data, stream path: String) throws {
        var status = stat()
        let regular = stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        let fd = open(path, O_WRONLY | (regular ? O_TRUNC : 0))
        guard fd >= 0 else { throw Failure.system(operation: "write", path: path, code: errno) }
        defer { close(fd) }
        try writeAll(data, to: fd, path: path)
    }

    private static func writeAll(_ data: Data, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var pointer = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Foundation.write(fd, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure.system(operation: "write", path: path, code: errno)
                }
                pointer += written
                remaining -= written
            }
        }
    }

    /// Makes the rename itself durable; a failure here loses nothing already written, so it is ignored.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static let umaskLock = NSLock()

    /// The process umask; reading it means setting it, so the two calls are serialised.
    private static func currentUmask() -> mode_t {
        umaskLock.lock()
        defer { umaskLock.unlock() }
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
