import Foundation

/// One input found on disk or stdin, before it is read.
struct InputDocument: Equatable {
    enum Source: Equatable {
        case file(realPath: String)
        case standardInput
    }
    /// The path as shown to the user: as given, or the folder given joined with the path inside it.
    var displayPath: String
    /// The path inside the folder given (the file name for a file given directly).
    var relativePath: String
    var source: Source
    var id = ""
}

/// Finds the files to read: walks folders recursively (sorted, hidden entries skipped, symlinks followed
/// without looping), and gives every input a stable, unique id.
struct InputCollector {
    private(set) var documents: [InputDocument] = []
    private(set) var warnings: [LoadWarning] = []
    private let glob: GlobPattern
    private var readFiles: [String: String] = [:]  // real path → display path
    private var walkedFolders: [String: String] = [:]
    private var stdinTaken = false

    init(glob: String) {
        self.glob = GlobPattern(glob)
    }

    mutating func collect(_ paths: [String]) {
        for path in paths { add(argument: path) }
        assignIDs()
    }

    private mutating func add(argument path: String) {
        if path == "-" {
            if stdinTaken {
                warnings.append(LoadWarning(path: "-", action: .skipped, message: "standard input given twice; read once"))
            } else {
                stdinTaken = true
                documents.append(InputDocument(displayPath: "-", relativePath: "stdin", source: .standardInput))
            }
            return
        }
        // A pipe or device given by path ("<(zcat news.gz)", "/dev/stdin") is read as one article, as "-" is: its path is
        // often a link the system follows to a pipe that has no name, which `realpath` cannot resolve.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFIFO || info.st_mode & S_IFMT == S_IFCHR {
            add(file: path, realPath: path, relativePath: (path as NSString).lastPathComponent)
            return
        }
        guard let real = resolve(path) else { return }
        if isDirectory(real) {
            walk(folder: path, realPath: real, relativePrefix: "", ancestors: [real])
        } else {
            add(file: path, realPath: real, relativePath: (path as NSString).lastPathComponent)
        }
    }

    private mutating func add(file displayPath: String, realPath: String, relativePath: String) {
        if let earlier = readFiles[realPath] {
            warnings.append(LoadWarning(path: displayPath, action: .skipped, message: "same file as \(earlier); read once"))
            return
        }
        readFiles[realPath] = displayPath
        documents.append(InputDocument(displayPath: displayPath, relativePath: relativePath, source: .file(realPath: realPath)))
    }

    private mutating func walk(folder displayPath: String, realPath: String, relativePrefix: String, ancestors: Set<String>) {
        if let earlier = walkedFolders[realPath] {
            warnings.append(LoadWarning(path: displayPath, action: .skipped, message: "same folder as \(earlier); read once"))
            return
        }
        walkedFolders[realPath] = displayPath
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: realPath)
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: realPath) ? "cannot list folder" : "cannot list folder: permission denied"
            warnings.append(LoadWarning(path: displayPath, action: .skipped, message: reason))
            return
        }
        let base = displayPath.hasSuffix("/") ? displayPath : displayPath + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let childDisplay = base + name
            let childRelative = relativePrefix + name
            guard let childReal = resolve(childDisplay) else { continue }
            if isDirectory(childReal) {
                if ancestors.contains(childReal) {
                    warnings.append(LoadWarning(path: childDisplay, action: .skipped,
                                                message: "symbolic link loop (leads back to \(childReal))"))
                } else {
                    walk(folder: childDisplay, realPath: childReal, relativePrefix: childRelative + "/",
                         ancestors: ancestors.union([childReal]))
                }
            } else if glob.matches(name) {
                if isRegularFile(childReal) {
                    add(file: childDisplay, realPath: childReal, relativePath: childRelative)
                } else {
                    warnings.append(LoadWarning(path: childDisplay, action: .skipped, message: "not a regular file"))
                }
            }
        }
    }

    /// The real path (symlinks resolved), or nil with a warning for a missing path, broken link or link loop.
    private mutating func resolve(_ path: String) -> String? {
        errno = 0
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let code = errno
        let message: String
        switch code {
        case ELOOP:
            message = "symbolic link loop"
        case ENOENT:
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            message = isLink ? "broken symbolic link" : "no such file or folder"
        case EACCES:
            message = "permission denied"
        default:
            message = String(cString: strerror(code))
        }
        warnings.append(LoadWarning(path: path, action: .skipped, message: message))
        return nil
    }

    private func isDirectory(_ realPath: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: realPath, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// By one `stat`: `FileManager.attributesOfItem` made a dictionary of every attribute (dates, numbers, owner
    /// names) of each file, about a third of listing a folder of articles. The path is resolved: no link to follow.
    private func isRegularFile(_ realPath: String) -> Bool {
        var info = stat()
        return stat(realPath, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// The file name without extension; where names collide, the path inside the folder given, then the
    /// path as given, then a numeric suffix. Depends only on the list of inputs, so it is stable across runs.
    private mutating func assignIDs() {
        func withoutExtension(_ path: String) -> String {
            let name = (path as NSString).lastPathComponent
            let folder = String(path.dropLast(name.count))
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
            return folder + name[..<dot]
        }
        func cleaned(_ path: String) -> String {
            var result = Substring(path)
            while result.hasPrefix("./") { result = result.dropFirst(2) }
            while result.hasPrefix("/") { result = result.dropFirst() }
            return String(result)
        }
        let candidates: [[String]] = documents.map { document in
            if document.source == .standardInput { return ["stdin", "stdin", "stdin"] }
            let relative = withoutExtension(document.relativePath)
            return [(relative as NSString).lastPathComponent, cleaned(relative), cleaned(withoutExtension(document.displayPath))]
        }
        var ids = candidates.map { $0[0] }
        for level in 1..<3 {
            let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
            for index in ids.indices where counts[ids[index]]! > 1 { ids[index] = candidates[index][level] }
        }
        var used: Set<String> = []
        for index in ids.indices {
            var id = ids[index]
            var suffix = 2
            while used.contains(id) {
                id = "\(ids[index])-\(suffix)"
                suffix += 1
            }
            used.insert(id)
            documents[index].id = id
        }
    }
}

/// A shell-style file-name pattern: `*`, `?`, `[abc]`, `[a-z]`, `[!abc]` and `{txt,md}` alternatives.
struct GlobPattern {
    private let alternatives: [[Character]]

    init(_ pattern: String) {
        alternatives = GlobPattern.expandBraces(pattern).map(Array.init)
    }

    func matches(_ name: String) -> Bool {
        let characters = Array(name)
        return alternatives.contains { GlobPattern.match($0, characters) }
    }

    private static func expandBraces(_ pattern: String) -> [String] {
        guard let open = pattern.firstIndex(of: "{"),
              let close = pattern[open...].firstIndex(of: "}") else { return [pattern] }
        let head = pattern[..<open]
        let tail = String(pattern[pattern.index(after: close)...])
        return pattern[pattern.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { option in expandBraces(tail).map { head + option + $0 } }
    }

    private static func match(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0
        var n = 0
        var starPattern = -1
        var starName = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "*" {
                starPattern = p
                starName = n
                p += 1
            } else if p < pattern.count, let next = matchOne(pattern, at: p, name[n]) {
                p = next
                n += 1
            } else if starPattern >= 0 {
                p = starPattern + 1
                starName += 1
                n = starName
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Where the pattern goes on if its element at `index` matches `character`; nil if it does not.
    private static func matchOne(_ pattern: [Character], at index: Int, _ character: Character) -> Int? {
        switch pattern[index] {
        case "?":
            return index + 1
        case "[":
            var cursor = index + 1
            let negated = cursor < pattern.count && (pattern[cursor] == "!" || pattern[cursor] == "^")
            if negated { cursor += 1 }
            var matched = false
            var first = true
            while cursor < pattern.count, pattern[cursor] != "]" || first {
                first = false
                if cursor + 2 < pattern.count, pattern[cursor + 1] == "-", pattern[cursor + 2] != "]" {
                    if pattern[cursor] <= character && character <= pattern[cursor + 2] { matched = true }
                    cursor += 3
                } else {
                    if pattern[cursor] == character { matched = true }
                    cursor += 1
                }
            }
            guard cursor < pattern.count else { return pattern[index] == character ? index + 1 : nil }  // no closing ]
            return matched != negated ? cursor + 1 : nil
        default:
            return pattern[index] == character ? index + 1 : nil
        }
    }
}
