import Foundation

/// One timed run of the whole extraction on a corpus.
public struct BenchmarkMeasurement: Codable, Sendable, Equatable {
    public var articles: Int
    /// Whitespace-separated words of the articles' text (headers included), as `wc -w` counts them, so that other
    /// tools can be compared on the same count.
    public var words: Int
    /// Reading, decoding and sentence splitting (on all cores allowed).
    public var readSeconds: Double
    /// Tokenising, names, relations, actor merging, stories and timeline.
    public var extractSeconds: Double
    /// Loading the knowledge base and the entity model, before the clock starts, as spaCy's model load is not
    /// counted either: a cost once per process, whatever the corpus.
    public var loadSeconds: Double
    /// Load warnings, one line each (`PATH: MESSAGE (skipped)`).
    public var warnings: [String]

    /// Reading and extraction; not the load.
    public var seconds: Double { readSeconds + extractSeconds }
    public var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }

    public init(articles: Int, words: Int, readSeconds: Double, extractSeconds: Double, loadSeconds: Double = 0, warnings: [String]) {
        self.articles = articles
        self.words = words
        self.readSeconds = readSeconds
        self.extractSeconds = extractSeconds
        self.loadSeconds = loadSeconds
        self.warnings = warnings
    }
}

/// Times `ArticleReader.read` and `Pipeline.extract`: the same work as `Pipeline.run`, in two timed halves, after the
/// knowledge is loaded (timed apart).
public enum Benchmark {
    public static func measure(paths: [String], glob: String = "*.txt") -> BenchmarkMeasurement {
        let clock = ContinuousClock()
        let loadStart = clock.now
        Pipeline.loadKnowledge()
        let readStart = clock.now
        let (articles, warnings) = ArticleReader.read(paths: paths, glob: glob)
        let extractStart = clock.now
        let corpus = Pipeline.extract(articles)
        let end = clock.now
        // Keeps the work from being optimised away, and is a sanity figure in itself.
        precondition(corpus.articles.count == articles.count)
        let words = articles.reduce(0) { $0 + wordCount($1.text) }
        return BenchmarkMeasurement(articles: articles.count, words: words,
                                    readSeconds: seconds(extractStart - readStart), extractSeconds: seconds(end - extractStart),
                                    loadSeconds: seconds(readStart - loadStart), warnings: warnings.map(\.description))
    }

    /// Runs of non-whitespace scalars.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isSpace = ReaderScalar.isWhitespace(scalar)
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
