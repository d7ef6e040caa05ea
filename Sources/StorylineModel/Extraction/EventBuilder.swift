import Foundation

/// Turns each dated statement into a timeline event: the time expression, its normalised value,
/// the clause that holds it, and the actors named in that clause.
struct EventBuilder {
    let tagger = TimeTagger()
    /// Longest summary, in words.
    var maximumWords = 30
    /// A clause shorter than this is joined with its neighbour so the summary says something.
    var minimumWords = 8

    func events(in article: Article, mentions: [Mention]) -> [Event] {
        var events: [Event] = []
        // Decoded once for the time tagger of every sentence and for the summaries, in one pass
        // (`Array(text.unicodeScalars)` walks the text twice: to count, then to copy).
        let articleScalars = ReaderText.scalars(of: article.text)
        for sentence in article.sentences {
            // The sentence's clause marks, found only once it has a time expression.
            var marks: ClauseMarks?
            for time in tagger.tag(articleScalars, in: sentence.range, reference: article.anchor)
            where time.type == .date || time.type == .time {
                let expressionRange = (sentence.range.lowerBound + time.range.lowerBound)..<(sentence.range.lowerBound + time.range.upperBound)
                if marks == nil { marks = ClauseMarks(sentence, articleScalars: articleScalars) }
                let clause = clauseRange(around: expressionRange, in: sentence.range, marks: marks!)
                let summary = summaryText(clause, scalars: articleScalars)
                var actors: [String] = []
                // The sentence's mentions, in the order given, found by a scan: few sentences have an event.
                let named = mentions.filter { $0.article == article.id && $0.sentence == sentence.index }
                for mention in named where clause.overlaps(mention.range) && !actors.contains(mention.actor) { actors.append(mention.actor) }
                if actors.isEmpty {
                    for mention in named where !actors.contains(mention.actor) { actors.append(mention.actor) }
                }
                events.append(Event(date: time.value, expression: time.text, summary: summary, actors: actors,
                                    article: article.id, sentence: sentence.index, evidence: sentence.text,
                                    sources: [EventSource(article: article.id, sentence: sentence.index, expression: time.text)]))
            }
        }
        return events
    }

    /// The clause of `sentence` that holds `expression`: the text between clause punctuation,
    /// widened to a neighbouring clause while it is too short to read alone.
    private func clauseRange(around expression: Range<Int>, in sentence: Range<Int>, marks: ClauseMarks) -> Range<Int> {
        // Boundaries: the sentence ends, and every , ; : — – between words.
        var cuts = [sentence.lowerBound]
        for punctuation in marks.punctuation where !expression.contains(punctuation.lowerBound) { cuts.append(punctuation.upperBound) }
        cuts.append(sentence.upperBound)
        cuts.sort()
        var lower = cuts.lastIndex { $0 <= expression.lowerBound } ?? 0
        var upper = cuts.firstIndex { $0 >= expression.upperBound } ?? cuts.count - 1
        let wordRanges = marks.words
        func words(_ l: Int, _ u: Int) -> Int {
            wordRanges.reduce(0) { $0 + ($1.lowerBound >= cuts[l] && $1.upperBound <= cuts[u] ? 1 : 0) }
        }
        while words(lower, upper) < minimumWords, lower > 0 || upper < cuts.count - 1 {
            if lower > 0, words(lower - 1, upper) <= maximumWords { lower -= 1 } else if upper < cuts.count - 1 { upper += 1 } else { break }
        }
        return cuts[lower]..<cuts[upper]
    }

    /// Tokens that end a clause.
    private static let clausePunctuation: WordSet = [",", ";", ":", "\u{2014}", "\u{2013}"]
    /// Fetched once: Foundation builds the set anew at each call of its getter.
    private static let blank = CharacterSet.whitespacesAndNewlines

    /// The ranges of a sentence's tokens that end a clause (`clausePunctuation`) and of those that start with a letter.
    private struct ClauseMarks {
        var punctuation: [Range<Int>] = []
        var words: [Range<Int>] = []

        init(_ sentence: Sentence, articleScalars scalars: [Unicode.Scalar]) {
            guard !sentence.hasStoredTokens, sentence.range.upperBound <= scalars.count else {
                for token in sentence.tokens(articleScalars: scalars) {
                    if token.text.utf8.count <= 3 && EventBuilder.clausePunctuation.contains(token.text) { punctuation.append(token.range) }
                    if Letters.startsWithLetter(token.text) { words.append(token.range) }
                }
                return
            }
            // Read off the scalars, with no String made for a token: a clause mark is a token of one scalar (U+037E,
            // the Greek question mark, is canonically ";", as the word set would find), and an ASCII first scalar
            // tells a word.
            let ranges = Tokenizer.tokenRanges(scalars, in: sentence.range)
            words.reserveCapacity(ranges.count)
            for range in ranges {
                let first = scalars[range.lowerBound].value
                if range.count == 1, first == 0x2C || first == 0x3B || first == 0x3A || first == 0x2014 || first == 0x2013 || first == 0x037E {
                    punctuation.append(range)
                }
                if first < 0x80 ? (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
                    : Letters.startsWithLetter(ReaderText.string(scalars, range)) {
                    words.append(range)
                }
            }
        }
    }

    /// The clause as text: trimmed of spaces, leading punctuation and conjunctions, at most `maximumWords` words.
    private func summaryText(_ range: Range<Int>, scalars: [Unicode.Scalar]) -> String {
        // ASCII spaces and line ends are trimmed on the scalars; Foundation trims what else may be blank.
        var lower = range.lowerBound, upper = range.upperBound
        func asciiBlank(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x80 && ReaderScalar.isWhitespace(scalar) }
        while lower < upper, asciiBlank(scalars[lower]) { lower += 1 }
        while upper > lower, asciiBlank(scalars[upper - 1]) { upper -= 1 }
        var text = ReaderText.string(scalars, lower..<upper)
        let blank = EventBuilder.blank
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, blank.contains(first) || blank.contains(last) {
            text = text.trimmingCharacters(in: blank)
        }
        while let first = text.first, EventBuilder.isClauseEdge(first) { text.removeFirst() }
        // Only a, b or w (either case) lower-cases to the start of a conjunction: other texts skip the lower-casing.
        if let first = text.utf8.first, "aAbBwW".utf8.contains(first) {
            // Lower-casing maps scalar by scalar, so the opening's lower case opens the text's: the whole text was
            // lower-cased for each conjunction.
            for conjunction in ["and ", "but ", "while ", "as "]
            where String(text.prefix(conjunction.count + 4)).lowercased().hasPrefix(conjunction) && text.count > 40 {
                text.removeFirst(conjunction.count)
            }
        }
        while let last = text.last, EventBuilder.isClauseEdge(last) { text.removeLast() }
        // Fewer spaces than `maximumWords` cannot make too many words: the split is needed only beyond that.
        if EventBuilder.spaces(in: text) >= maximumWords {
            if let shortened = EventBuilder.firstWordsOfASCII(text, maximumWords) {
                text = shortened
            } else {
                let words = text.split(separator: " ", omittingEmptySubsequences: true)
                if words.count > maximumWords { text = words.prefix(maximumWords).joined(separator: " ") + "\u{2026}" }
            }
        }
        if Letters.startsLowercase(text), let first = text.first { text = first.uppercased() + text.dropFirst() }
        return text
    }

    /// A Character trimmed from the ends of a summary: clause punctuation or a space, as `==` would tell, told on the
    /// Character's UTF-8 (comparing Characters calls into the standard library for each literal). Each mark is one
    /// scalar, and only ";" has a canonical equivalent, U+037E (the Greek question mark, CD BE).
    private static func isClauseEdge(_ character: Character) -> Bool {
        let bytes = character.utf8
        var next = bytes.makeIterator()
        switch bytes.count {
        case 1:
            let byte = next.next()
            return byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x20
        case 2:
            return next.next() == 0xCD && next.next() == 0xBE
        case 3:
            guard next.next() == 0xE2, next.next() == 0x80 else { return false }
            let last = next.next()
            return last == 0x94 || last == 0x93
        default:
            return false
        }
    }

    /// The spaces (U+0020) of the text, counted on its bytes in place.
    private static func spaces(in text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) } }
            ?? text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
    }

    /// For ASCII text (where a space is a Character of its own), what the split at spaces makes of it: more than
    /// `count` words cut to the first `count`, joined by single spaces, and an ellipsis; the text itself otherwise.
    /// Nil beyond ASCII.
    private static func firstWordsOfASCII(_ text: String, _ count: Int) -> String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var words: [Range<Int>] = []
            var i = 0
            while i < bytes.count && words.count <= count {
                guard bytes[i] != 0x20 else { i += 1; continue }
                let start = i
                while i < bytes.count && bytes[i] != 0x20 { i += 1 }
                words.append(start..<i)
            }
            guard words.count > count else { return text }
            var out = words.prefix(count).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
                .joined(separator: " ")
            out += "\u{2026}"
            return out
        } ?? nil
    }

    /// Folds the events of each story: the same value and the same actors reported by several articles are one event.
    func mergeAcrossStories(_ events: [Event], storyOf: [String: String]) -> [Event] {
        var merged: [Event] = []
        var index: [String: Int] = [:]
        for event in events {
            guard !event.actors.isEmpty, let story = storyOf[event.article] else {
                merged.append(event)
                continue
            }
            let key = story + "|" + event.date + "|" + event.actors.sorted().joined(separator: ",")
            if let existing = index[key] {
                if merged[existing].article != event.article || merged[existing].sentence != event.sentence {
                    if !merged[existing].sources.contains(where: { $0.article == event.article && $0.sentence == event.sentence }) {
                        merged[existing].sources.append(contentsOf: event.sources)
                    }
                }
            } else {
                index[key] = merged.count
                merged.append(event)
            }
        }
        return merged
    }
}
