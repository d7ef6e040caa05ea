import Foundation

/// Reads articles from files, folders or stdin into `Article`s: decoding, metadata and sentences. Tokens are made
/// from a sentence's text when asked for (`Sentence.tokens`; `Article.tokenized()` makes and holds them), so that a
/// corpus read whole does not hold every token at once.
///
/// Offsets: `Article.bodyStart`, `Sentence.range` and `Token.range` are **Unicode-scalar offsets** into
/// `Article.text` (index `Array(article.text.unicodeScalars)`, not `Character`s or UTF-8 bytes), and
/// `Sentence.text` / `Token.text` are exactly those slices.
///
/// `Article.text` is the whole decoded document: BOM stripped, CRLF and lone CR turned into LF, NULs removed,
/// other control characters turned into spaces, invalid UTF-8 replaced by U+FFFD, cut after 16 MiB.
/// The header (date header, `title:`/`source:`/`date:` block, headline, dateline) lies before `bodyStart`
/// and is not part of any sentence.
public enum ArticleReader {
    /// Reads files, folders (recursively, files whose name matches `glob`, default "*.txt"), or "-" (one article
    /// from stdin, read via the `stdin` closure). Empty `paths` → the bundled samples (`Seeds.documents`, paths
    /// "seeds/NAME"). Never throws: each bad input gives one `LoadWarning` naming the file and what was done.
    /// Arguments are read in the order given, the files of a folder in sorted order.
    public static func read(paths: [String], glob: String = "*.txt",
                            stdin: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() })
        -> (articles: [Article], warnings: [LoadWarning]) {
        if paths.isEmpty { return readSeeds() }
        var collector = InputCollector(glob: glob)
        collector.collect(paths)
        var warnings = collector.warnings
        // Documents are independent: they are read and parsed on all cores, and put back in order.
        let standardInput = collector.documents.contains { $0.source == .standardInput } ? stdin() : Data()
        let results = concurrentMap(collector.documents) { document -> (article: Article?, warnings: [LoadWarning]) in
            let data: Data
            switch document.source {
            case .standardInput:
                data = standardInput
            case .file(let realPath):
                switch readFile(realPath) {
                case .success(let bytes): data = bytes
                case .failure(let problem):
                    return (nil, [LoadWarning(path: document.displayPath, action: .skipped, message: problem.message)])
                }
            }
            return parse(id: document.id, path: document.displayPath, data: data)
        }
        var articles: [Article] = []
        articles.reserveCapacity(results.count)
        for result in results {
            warnings += result.warnings
            if let article = result.article { articles.append(article) }
        }
        return (articles, warnings)
    }

    /// Parses one already-read document (used by `read`, and by tests). Returns nil with a `.skipped` warning
    /// for what is not text; `.repaired` warnings for what was fixed or ignored.
    public static func parse(id: String, path: String, data: Data) -> (article: Article?, warnings: [LoadWarning]) {
        parse(id: id, path: path, data: data, byteLimit: DocumentDecoder.byteLimit)
    }

    static func parse(id: String, path: String, data: Data, byteLimit: Int) -> (article: Article?, warnings: [LoadWarning]) {
        switch DocumentDecoder.decode(data, byteLimit: byteLimit) {
        case .refused(let reason):
            return (nil, [LoadWarning(path: path, action: .skipped, message: reason)])
        case .text(let scalars, let text, let repairs):
            var warnings = repairs.map { LoadWarning(path: path, action: .repaired, message: $0) }
            let header = ArticleHeader(scalars)
            warnings += header.notes.map { LoadWarning(path: path, action: .repaired, message: $0) }
            let sentences = SentenceSplitter.sentences(scalars, slicing: text, from: header.bodyStart)
            guard !sentences.isEmpty else {
                warnings.append(LoadWarning(path: path, action: .skipped, message: "no article text after the header"))
                return (nil, warnings)
            }
            let title = header.headline ?? header.titleField ?? titleFromSentence(sentences[0].text)
            let article = Article(id: id, path: path, title: title,
                                  hasHeadline: header.headline != nil || header.titleField != nil,
                                  date: header.date, text: text, bodyStart: header.bodyStart,
                                  sentences: sentences)
            return (article, warnings)
        }
    }

    /// Titles built from a sentence stop near this many characters.
    static let titleLength = 80

    /// The first sentence on one line, cut at a word boundary near `titleLength` characters with "…".
    static func titleFromSentence(_ sentence: String) -> String {
        let words = sentence.split(whereSeparator: \.isWhitespace)
        var title = words.joined(separator: " ")
        if title.count <= titleLength {
            if title.hasSuffix("."), !title.hasSuffix("..") { title.removeLast() }
            return title
        }
        var cut = ""
        for word in words {
            let candidate = cut.isEmpty ? String(word) : cut + " " + word
            if candidate.count > titleLength - 1 { break }
            cut = candidate
        }
        // One word longer than the limit: cutting it is the only way to stay short.
        if cut.isEmpty { cut = String(title.prefix(titleLength - 1)) }
        while let last = cut.unicodeScalars.last, ",;:-–—".unicodeScalars.contains(last) { cut.unicodeScalars.removeLast() }
        return cut + "…"
    }

    private static func readSeeds() -> (articles: [Article], warnings: [LoadWarning]) {
        var articles: [Article] = []
        var warnings: [LoadWarning] = []
        var used: Set<String> = []
        for document in Seeds.documents {
            let name = (document.path as NSString).lastPathComponent
            var id = (name as NSString).deletingPathExtension
            if used.contains(id) { id = (document.path as NSString).deletingPathExtension }
            used.insert(id)
            let result = parse(id: id, path: document.path, data: document.data)
            warnings += result.warnings
            if let article = result.article { articles.append(article) }
        }
        return (articles, warnings)
    }

    private struct ReadProblem: Error {
        var message: String
    }

    /// The file's bytes, at most one byte more than the decoder keeps (so it knows to cut).
    private static func readFile(_ path: String) -> Result<Data, ReadProblem> {
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .failure(ReadProblem(message: "cannot read: permission denied"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(ReadProblem(message: "cannot open file"))
        }
        defer { try? handle.close() }
        do {
            return .success(try handle.read(upToCount: DocumentDecoder.byteLimit + 1) ?? Data())
        } catch {
            return .failure(ReadProblem(message: "cannot read: \(error.localizedDescription)"))
        }
    }
}
