import Foundation

/// A synthetic corpus of any size made by recombining the sentences of real articles, so that the extraction
/// can be timed at 10k or 100k articles. Deterministic: the same sources, seed and index give the same article.
///
/// Each article has a `date YYYY-MM-DD` header (the date of a source article, so time expressions resolve),
/// the headline of a source article and as many body sentences as a source article has, drawn from all body
/// sentences, three to a paragraph. Names therefore recur across articles as in a real news stream, and the
/// merge and story grouping have real work to do.
public struct BenchmarkCorpus: Sendable {
    let sentences: [String]
    let headlines: [String]
    let dates: [SimpleDate]
    let lengths: [Int]
    let seed: UInt64

    /// Sentences per paragraph in generated articles.
    static let paragraphLength = 3
    /// Articles per subfolder when written, to keep folders small at 100k articles.
    public static let filesPerFolder = 1000

    /// Nil when the sources have no body sentence to draw from.
    public init?(sources: [Article], seed: UInt64 = 1) {
        sentences = sources.flatMap { $0.sentences.map { $0.text.replacingOccurrences(of: "\n", with: " ") } }
        guard !sentences.isEmpty else { return nil }
        headlines = sources.map(\.title)
        let known = sources.compactMap(\.date).filter { $0.month != nil && $0.day != nil }
        dates = known.isEmpty ? [SimpleDate(year: 2020, month: 1, day: 1)] : known
        lengths = sources.map { max(1, $0.sentences.count) }
        self.seed = seed
    }

    /// The text of article `index`.
    public func article(_ index: Int) -> String {
        var random = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let date = dates[random.next(below: dates.count)]
        let headline = headlines[random.next(below: headlines.count)]
        let length = lengths[random.next(below: lengths.count)]
        var text = "date \(date.iso)\n\(headline)\n\n"
        for number in 0..<length {
            text += sentences[random.next(below: sentences.count)]
            text += (number + 1) % BenchmarkCorpus.paragraphLength == 0 || number == length - 1 ? "\n" : " "
        }
        return text
    }

    /// The path of article `index` inside the corpus folder: `NNN/NNNNNN.txt`.
    public static func relativePath(of index: Int) -> String {
        String(format: "%03d/%06d.txt", index / filesPerFolder, index)
    }

    /// Writes articles `0..<count` under `folder`, which must not exist or be empty. Returns the words written.
    @discardableResult
    public func write(count: Int, to folder: String) throws -> Int {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw BenchmarkError("\(folder) exists and is not a folder") }
            guard (try manager.contentsOfDirectory(atPath: folder)).isEmpty else { throw BenchmarkError("\(folder) is not empty") }
        }
        let root = URL(fileURLWithPath: folder)
        var words = 0
        for index in 0..<count {
            let file = root.appendingPathComponent(BenchmarkCorpus.relativePath(of: index))
            if index % BenchmarkCorpus.filesPerFolder == 0 {
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            let text = article(index)
            words += Benchmark.wordCount(text)
            try Data(text.utf8).write(to: file)
        }
        return words
    }
}

/// A benchmark that cannot run: the message says why.
public struct BenchmarkError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

