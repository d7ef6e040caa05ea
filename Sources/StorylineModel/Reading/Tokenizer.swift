import Foundation

/// Splits sentences into tokens. Ranges are Unicode-scalar offsets; `Token.text` is the exact slice.
///
/// A word is a run of letters, digits and combining marks, joined by internal hyphens (`Jong-un`), apostrophes
/// (`don't`), periods (`U.S.`, `3.5`) and, between digits, commas and colons (`84,121`, `22:30`). Dotted
/// acronyms and known abbreviations (`Mr.`, `Jan.`, initials) keep their final period. A possessive `'s` or `’s`
/// is its own token (`Kim’s` → `Kim`, `’s`), and so is every other punctuation mark, quote or symbol
/// (`58%` → `58`, `%`); runs of `.` (an ellipsis) or `-` are one token, as are emoji sequences.
public enum Tokenizer {
    /// The tokens of `scalars[range]`, with ranges indexing `scalars`.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        tokens(scalars, in: range, offset: 0)
    }

    /// The tokens of `sentence`, with ranges shifted by `offset` (the sentence's offset in its article). The same
    /// as tokenising the sentence's range of the article: a token never looks past the ends of its sentence.
    static func tokens(of sentence: String, offset: Int) -> [Token] {
        let scalars = ReaderText.scalars(of: sentence)
        return tokens(scalars, in: 0..<scalars.count, offset: offset)
    }

    private static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>, offset: Int) -> [Token] {
        var tokens: [Token] = []
        // News text has a token every five or six scalars: room for one every four is rarely outgrown.
        tokens.reserveCapacity(range.count / 4 + 1)
        let smallStrings = SmallASCIIString.isSupported
        forEachToken(scalars, in: range) { scalars, token in
            tokens.append(Token(range: (token.lowerBound + offset)..<(token.upperBound + offset),
                                text: ReaderText.string(scalars, token, smallStrings: smallStrings)))
        }
        return tokens
    }

    /// The ranges of the tokens of `scalars[range]`, indexing `scalars`: `tokens` without a String made for each.
    static func tokenRanges(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(range.count / 4 + 1)
        forEachToken(scalars, in: range) { ranges.append($1) }
        return ranges
    }

    /// Calls `body` with the scalars and the range of each token of `scalars[range]`, in order. The scalars are read
    /// in place, with the range checked once rather than every scalar of every token.
    @inline(__always)
    private static func forEachToken(_ scalars: [Unicode.Scalar], in range: Range<Int>,
                                     _ body: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range beyond the scalars")
        scalars.withUnsafeBufferPointer { forEachToken($0, in: range, body) }
    }

    @inline(__always)
    private static func forEachToken(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>,
                                     _ body: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>) -> Void) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = scalars[index]
            if ReaderScalar.isWhitespace(scalar) {
                index += 1
                continue
            }
            let tokenEnd: Int
            if ReaderScalar.isWordScalar(scalar) {
                tokenEnd = wordEnd(scalars, from: index, end: end)
            } else if isPossessive(scalars, at: index, start: range.lowerBound, end: end) {
                tokenEnd = index + 2
            } else {
                tokenEnd = symbolEnd(scalars, from: index, end: end)
            }
            body(scalars, index..<tokenEnd)
            index = tokenEnd
        }
    }

    /// The tokens of `text`, with Unicode-scalar offsets into it.
    public static func tokenize(_ text: String) -> [Token] {
        tokens(of: text, offset: 0)
    }

    private static func wordEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int) -> Int {
        var index = start + 1
        while true {
            while index < end, ReaderScalar.isWordScalar(scalars[index]) { index += 1 }
            guard index + 1 < end, ReaderScalar.isWordScalar(scalars[index + 1]) else { break }
            let joiner = scalars[index]
            let before = scalars[index - 1]
            let after = scalars[index + 1]
            if ReaderScalar.isHyphen(joiner) || joiner == "." {
                index += 1
            } else if ReaderScalar.isApostrophe(joiner), ReaderScalar.isLetter(before), ReaderScalar.isLetter(after) {
                if isPossessive(scalars, at: index, start: start, end: end) { break }
                index += 1
            } else if joiner == "," || joiner == ":", ReaderScalar.isDigit(before), ReaderScalar.isDigit(after) {
                index += 1
            } else {
                break
            }
        }
        if index < end, scalars[index] == ".", keepsFullStop(scalars, word: start..<index, periodAt: index, end: end) {
            index += 1
        }
        return index
    }

    /// `’s` or `'s` after a letter, not followed by more letters.
    private static func isPossessive(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, start: Int, end: Int) -> Bool {
        guard ReaderScalar.isApostrophe(scalars[index]), index > start, index + 1 < end,
              ReaderScalar.isLetter(scalars[index - 1]), scalars[index + 1] == "s" || scalars[index + 1] == "S" else { return false }
        return index + 2 >= end || !ReaderScalar.isWordScalar(scalars[index + 2])
    }

    /// Whether the period after `word` belongs to it: dotted acronyms always; titles, months and initials
    /// unless the period ends the sentence.
    private static func keepsFullStop(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, word: Range<Int>, periodAt period: Int, end: Int) -> Bool {
        if period + 1 < end, ReaderScalar.isWordScalar(scalars[period + 1]) || scalars[period + 1] == "." { return false }
        let text = ReaderText.string(scalars, word)
        // Only a word with a period inside can be a dotted acronym.
        if scalars[word].contains("."), isDottedAcronym(text) { return true }
        var rest = period + 1
        while rest < end, ReaderScalar.isClosingQuoteOrBracket(scalars[rest]) || ReaderScalar.isWhitespace(scalars[rest]) {
            rest += 1
        }
        if rest >= end { return false }
        // No abbreviation below is longer than six letters: a longer ASCII word is none of them.
        if word.count > 6, scalars[word].allSatisfy({ $0.value < 0x80 }) { return false }
        let lower = text.lowercased()
        if text.count == 1, text.unicodeScalars.allSatisfy(ReaderScalar.isUppercase) { return true }
        let capitalised = !Letters.isAllLowercase(text)
        return (capitalised && (SentenceSplitter.titleAbbreviations.contains(lower)
                                || SentenceSplitter.trailingAbbreviations.contains(lower)
                                || (lower == "no" && ReaderScalar.isDigit(scalars[rest]))))
            || SentenceSplitter.lowercaseAbbreviations.contains(lower) || lower == "etc" || lower == "al"
    }

    /// `U.S`, `e.g`, `Ph.D`: short letter groups joined by periods.
    private static func isDottedAcronym(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isLetter) }
    }

    /// A punctuation mark or symbol with what belongs to it: a run of `.` or `-`, or an emoji sequence.
    private static func symbolEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int) -> Int {
        let first = scalars[start]
        var index = start + 1
        if first == "." || first == "-" {
            while index < end, scalars[index] == first { index += 1 }
            return index
        }
        if isRegionalIndicator(first), index < end, isRegionalIndicator(scalars[index]) { return index + 1 }
        while index < end {
            let scalar = scalars[index]
            if scalar == "\u{200D}", index + 1 < end {
                index += 2  // zero-width joiner: the next emoji is part of this one
            } else if isExtender(scalar) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Scalars that modify the one before: combining marks, variation selectors, skin tones, tags.
    private static func isExtender(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return false }
        if (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value) || (0xE0020...0xE007F).contains(value) {
            return true
        }
        return ScalarProperties.isMark(scalar)
    }
}
