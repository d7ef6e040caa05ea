import Foundation

/// A time expression the tagger found in a TimeML document, with offsets into `TimeMLDocument.text`.
public struct TimexPrediction: Hashable, Sendable {
    public var range: Range<Int>
    public var text: String
    public var value: String
    /// Upper case, as in TimeML: `DATE`, `TIME`, `DURATION`, `SET`.
    public var type: String

    public init(range: Range<Int>, text: String, value: String, type: String) {
        self.range = range
        self.text = text
        self.value = value
        self.type = type
    }
}

/// How the tagger's mentions of one document line up with the gold ones.
public struct TimexAlignment: Sendable {
    /// One-to-one pairs of overlapping gold and predicted mentions (exact-span pairs first).
    public var matches: [(gold: TimeMLTimex, predicted: TimexPrediction)]
    public var missed: [TimeMLTimex]
    public var spurious: [TimexPrediction]

    public var strictMatches: Int { matches.filter { $0.gold.range == $0.predicted.range }.count }
}

/// TempEval-3-style scores of time expression recognition and normalisation.
public struct TimexScores: Sendable, Equatable {
    /// Exact offsets.
    public var strict = Score()
    /// Any overlap, each mention matched at most once.
    public var relaxed = Score()
    /// Relaxed matches whose value is the gold value.
    public var correctValues = 0
    /// Relaxed matches whose type is the gold type.
    public var correctTypes = 0

    public init() {}

    /// Correct values / relaxed matches (0 without matches).
    public var valueAccuracy: Double { relaxed.truePositives == 0 ? 0 : Double(correctValues) / Double(relaxed.truePositives) }
    public var typeAccuracy: Double { relaxed.truePositives == 0 ? 0 : Double(correctTypes) / Double(relaxed.truePositives) }
}

/// Scores Storyline's `TimeTagger` on TimeML documents as TempEval-3 task A does: the text is split into
/// sentences with `SentenceSplitter`, each sentence tagged with the document creation time as reference.
public enum TimeMLEvaluation {
    /// The tagger's mentions in a document's text.
    public static func predict(_ document: TimeMLDocument) -> [TimexPrediction] {
        let scalars = Array(document.text.unicodeScalars)
        let tagger = TimeTagger()
        var predictions: [TimexPrediction] = []
        for sentence in SentenceSplitter.split(scalars, in: 0..<scalars.count) {
            let sentenceText = String(String.UnicodeScalarView(scalars[sentence]))
            for mention in tagger.tag(sentenceText, reference: document.reference) {
                let range = (mention.range.lowerBound + sentence.lowerBound)..<(mention.range.upperBound + sentence.lowerBound)
                let timex = mention.timex
                predictions.append(TimexPrediction(range: range, text: mention.text, value: timex.value,
                                                   type: timex.type.rawValue.uppercased()))
            }
        }
        return predictions
    }

    /// Pairs gold and predicted mentions one-to-one: exact spans first, then, in text order, each gold mention
    /// with the first unpaired prediction that overlaps it.
    public static func align(gold: [TimeMLTimex], predicted: [TimexPrediction]) -> TimexAlignment {
        let gold = gold.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        let predicted = predicted.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var partner = [Int?](repeating: nil, count: gold.count)
        var taken = Set<Int>()
        for (g, mention) in gold.enumerated() {
            if let p = predicted.indices.first(where: { !taken.contains($0) && predicted[$0].range == mention.range }) {
                partner[g] = p
                taken.insert(p)
            }
        }
        for (g, mention) in gold.enumerated() where partner[g] == nil {
            if let p = predicted.indices.first(where: { !taken.contains($0) && predicted[$0].range.overlaps(mention.range) }) {
                partner[g] = p
                taken.insert(p)
            }
        }
        var alignment = TimexAlignment(matches: [], missed: [], spurious: [])
        for (g, mention) in gold.enumerated() {
            if let p = partner[g] { alignment.matches.append((mention, predicted[p])) } else { alignment.missed.append(mention) }
        }
        alignment.spurious = predicted.indices.filter { !taken.contains($0) }.map { predicted[$0] }
        return alignment
    }

    /// Adds one document's alignment to `scores`.
    public static func add(_ alignment: TimexAlignment, to scores: inout TimexScores) {
        let strict = alignment.strictMatches
        let predictedCount = alignment.matches.count + alignment.spurious.count
        let goldCount = alignment.matches.count + alignment.missed.count
        scores.strict.truePositives += strict
        scores.strict.falsePositives += predictedCount - strict
        scores.strict.falseNegatives += goldCount - strict
        scores.relaxed.truePositives += alignment.matches.count
        scores.relaxed.falsePositives += alignment.spurious.count
        scores.relaxed.falseNegatives += alignment.missed.count
        scores.correctValues += alignment.matches.filter { $0.gold.value == $0.predicted.value }.count
        scores.correctTypes += alignment.matches.filter { $0.gold.type.uppercased() == $0.predicted.type }.count
    }

    /// Micro-averaged scores over documents, with each document's alignment (for listing the errors).
    public static func evaluate(_ documents: [TimeMLDocument]) -> (scores: TimexScores, alignments: [TimexAlignment]) {
        var scores = TimexScores()
        var alignments: [TimexAlignment] = []
        for document in documents {
            let alignment = align(gold: document.timexes, predicted: predict(document))
            add(alignment, to: &scores)
            alignments.append(alignment)
        }
        return (scores, alignments)
    }
}
