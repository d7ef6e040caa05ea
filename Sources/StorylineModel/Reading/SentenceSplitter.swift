import Foundation

/// Splits text into sentences. Ranges are Unicode-scalar offsets, trimmed of whitespace.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after them) when whitespace and
/// then a capital letter, a digit or an opening quote follow; and at a line break, since news files put one
/// paragraph per line. Only when a line does not end in sentence punctuation and the next line starts in lower
/// case, or the whole text is hard-wrapped, does a line break continue the sentence.
///
/// Abbreviations do not end sentences: titles (`Mr.`, `Dr.`, `Gen.`, `Sen.`…), `No.` before a number, `vs.`,
/// months (`Jan.`…`Dec.`), company suffixes (`Inc.`, `Corp.`…), dotted acronyms (`U.S.`, `e.g.`) and initials
/// (`J. R. R. Tolkien`). Known limit: after a dotted acronym, an initial or a company suffix, the sentence is
/// only split when the next word is a common sentence opener (`The`, `He`, `But`…), so "…in the U.S. Officials
/// said…" stays one sentence.
///
/// A sentence longer than `maximumLength` scalars is cut at a space: the extraction works sentence by sentence, and
/// a text without sentence ends (a list, a dump, a hostile file) must not make it quadratic in the file's length.
public enum SentenceSplitter {
    /// Far above real sentences (the longest in news run to a few hundred characters).
    public static let maximumLength = 2000

    /// The sentence ranges of `scalars[range]`.
    public static func split(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var splitter = Splitter(scalars: scalars, range: range)
        return splitter.run()
    }

    /// The sentences of `text` from scalar offset `bodyStart`; their tokens are made on demand.
    public static func sentences(in text: String, from bodyStart: Int = 0) -> [Sentence] {
        sentences(ReaderText.scalars(of: text), slicing: text, from: bodyStart)
    }

    /// The sentences of `text` (whose scalars are `scalars`) from offset `bodyStart`, each text a slice of `text`.
    static func sentences(_ scalars: [Unicode.Scalar], slicing text: String, from bodyStart: Int = 0) -> [Sentence] {
        let start = min(max(bodyStart, 0), scalars.count)
        let utf8 = text.utf8
        let ranges = split(scalars, in: start..<scalars.count)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        // Scalar offsets become string indices in one walk, since sentences come in order: the UTF-8 widths of
        // the scalars passed give the UTF-8 offset, which the UTF-8 view turns into an index in one step.
        var scalarOffset = 0
        var utf8Offset = 0
        for (number, range) in ranges.enumerated() {
            utf8Offset += ReaderText.utf8Count(scalars, scalarOffset..<range.lowerBound)
            let lower = utf8.index(utf8.startIndex, offsetBy: utf8Offset)
            utf8Offset += ReaderText.utf8Count(scalars, range)
            let upper = utf8.index(utf8.startIndex, offsetBy: utf8Offset)
            scalarOffset = range.upperBound
            sentences.append(Sentence(index: number, range: range, slice: text[lower..<upper]))
        }
        return sentences
    }

    /// Titles before names: never the end of a sentence.
    static let titleAbbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "prof", "sgt", "capt", "maj", "adm",
        "cmdr", "rev", "hon", "pres", "mt", "ft", "vs", "messrs", "mme", "fig", "vol", "approx", "dept", "ave",
        "cf", "ch", "art", "sec", "pt",
    ]
    /// Abbreviations written in lower case that never end a sentence.
    static let lowercaseAbbreviations: WordSet = ["vs", "cf", "approx", "fig", "vol", "pp", "ca"]
    /// Abbreviations that may also end a sentence: split only before a common sentence opener.
    static let trailingAbbreviations: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "ltd", "co", "bros", "plc", "llc", "jr", "sr", "st", "blvd", "rd",
    ]
    /// Words that usually open a sentence, to tell "in the U.S. The talks" (split) from "U.S. Army" (not).
    static let sentenceOpeners: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "so", "yet", "or", "this",
        "that", "these", "those", "there", "then", "in", "on", "at", "as", "after", "before", "when", "while",
        "if", "his", "her", "its", "their", "our", "my", "however", "meanwhile", "also", "some", "many", "most",
        "according", "for", "since", "although", "though", "still", "now", "what", "who", "why", "how", "no",
        "both", "one", "other", "last", "earlier", "later",
    ]
}

private struct Splitter {
    let scalars: [Unicode.Scalar]
    let range: Range<Int>
    var ranges: [Range<Int>] = []
    var sentenceStart: Int
    let hardWrapped: Bool

    init(scalars: [Unicode.Scalar], range: Range<Int>) {
        self.scalars = scalars
        self.range = range
        sentenceStart = range.lowerBound
        hardWrapped = Splitter.looksHardWrapped(scalars, range)
    }

    mutating func run() -> [Range<Int>] {
        let end = range.upperBound
        var index = range.lowerBound
        while index < end {
            index = lineFeedOrTerminator(from: index)
            guard index < end else { break }
            if scalars[index] == "\n" {
                if lineBreakEndsSentence(at: index) { emit(upTo: index, nextStart: index + 1) }
                index += 1
            } else {
                index = afterTerminator(at: index)
            }
        }
        emit(upTo: end, nextStart: end)
        return ranges
    }

    /// The first line feed or sentence terminator (`ReaderScalar.isSentenceTerminator`) at or after `start`, or the
    /// end: the scalars between, most of the text, passed over in a tight loop of the buffer.
    private func lineFeedOrTerminator(from start: Int) -> Int {
        let end = range.upperBound
        return scalars.withUnsafeBufferPointer { buffer in
            precondition(end <= buffer.count, "range beyond the scalars")
            // One bit for each of \n ! . ? below 0x40: letters are above, and the other terminators beyond ASCII.
            let marks: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F
            var index = start
            while index < end {
                let value = buffer[index].value
                if value < 0x40 {
                    if marks &>> UInt64(value) & 1 != 0 { return index }
                } else if value >= 0x80, ReaderScalar.isSentenceTerminator(buffer[index]) {
                    return index
                }
                index += 1
            }
            return end
        }
    }

    private mutating func emit(upTo end: Int, nextStart: Int) {
        var trimmed = ReaderText.trimmed(scalars, sentenceStart..<end)
        while trimmed.count > SentenceSplitter.maximumLength, let cut = longSentenceCut(trimmed) {
            ranges.append(ReaderText.trimmed(scalars, trimmed.lowerBound..<cut))
            trimmed = ReaderText.trimmed(scalars, cut..<trimmed.upperBound)
        }
        if !trimmed.isEmpty { ranges.append(trimmed) }
        sentenceStart = nextStart
    }

    /// Where to cut a sentence longer than the limit: its last whitespace within the limit, else the first one
    /// after it (a word is never cut); nil when no whitespace follows.
    private func longSentenceCut(_ sentence: Range<Int>) -> Int? {
        let limit = sentence.lowerBound + SentenceSplitter.maximumLength
        var cut = limit
        while cut > sentence.lowerBound, !ReaderScalar.isWhitespace(scalars[cut]) { cut -= 1 }
        if cut > sentence.lowerBound { return cut }
        cut = limit
        while cut < sentence.upperBound, !ReaderScalar.isWhitespace(scalars[cut]) { cut += 1 }
        return cut < sentence.upperBound ? cut : nil
    }

    /// Looks at the punctuation run starting at `index`; ends the sentence there if it should. Returns where to go on.
    private mutating func afterTerminator(at index: Int) -> Int {
        let end = range.upperBound
        var runEnd = index
        while runEnd < end, ReaderScalar.isSentenceTerminator(scalars[runEnd]) { runEnd += 1 }
        var closeEnd = runEnd
        while closeEnd < end, ReaderScalar.isClosingQuoteOrBracket(scalars[closeEnd]) { closeEnd += 1 }
        guard closeEnd < end, ReaderScalar.isSpace(scalars[closeEnd]) else { return closeEnd }
        let next = ReaderText.skipSpaces(scalars, from: closeEnd)
        // A line break after the punctuation is handled as a line break.
        guard next < end, scalars[next] != "\n" else { return next }
        // `fair. " Cornyn said`: a closing quote set off by spaces (as in some converted corpora) still closes.
        if scalars[next] == "\"" || scalars[next] == "\u{201D}", next + 1 < end, ReaderScalar.isSpace(scalars[next + 1]) {
            let after = ReaderText.skipSpaces(scalars, from: next + 1)
            guard after < end, scalars[after] != "\n", startsSentence(at: after) else { return after }
            emit(upTo: next + 1, nextStart: after)
            return after
        }
        guard startsSentence(at: next) else { return next }
        if runEnd == index + 1, scalars[index] == ".", isAbbreviation(endingAt: index, nextWordAt: next) { return next }
        if isListMarker(endingAt: index) { return next }
        emit(upTo: closeEnd, nextStart: next)
        return next
    }

    private func startsSentence(at index: Int) -> Bool {
        let scalar = scalars[index]
        if ReaderScalar.isUppercase(scalar) || ReaderScalar.isDigit(scalar) || ReaderScalar.isCaselessLetter(scalar) {
            return true
        }
        guard ReaderScalar.isOpeningQuoteOrBracket(scalar) else { return false }
        let after = index + 1
        return after < range.upperBound && !ReaderScalar.isLowercase(scalars[after]) && !ReaderScalar.isWhitespace(scalars[after])
    }

    /// Whether the word before the full stop at `period` is an abbreviation that keeps the sentence going.
    private func isAbbreviation(endingAt period: Int, nextWordAt next: Int) -> Bool {
        var wordStart = period
        while wordStart > sentenceStart, ReaderScalar.isLetter(scalars[wordStart - 1]) || scalars[wordStart - 1] == "." {
            wordStart -= 1
        }
        while wordStart < period, scalars[wordStart] == "." { wordStart += 1 }
        guard wordStart < period else { return false }
        // "R2-D2." or "COVID-19." : the word is longer than its letters.
        if wordStart > sentenceStart, ReaderScalar.isWordScalar(scalars[wordStart - 1]) { return false }
        // No abbreviation below is longer than six letters: a longer ASCII word without periods (most sentence
        // ends, "said.") is none of them, and needs no String or lower-casing.
        if period - wordStart > 6, scalars[wordStart..<period].allSatisfy({ $0.value < 0x80 && $0 != "." }) { return false }
        let word = ReaderText.string(scalars, wordStart..<period)
        let lower = word.lowercased()
        if lower == "no" || lower == "nos" { return ReaderScalar.isDigit(scalars[next]) }
        // In lower case most of these are ordinary words ("modern art."), so only the capitalised form counts.
        let capitalised = !Letters.isAllLowercase(word)
        if SentenceSplitter.titleAbbreviations.contains(lower) && capitalised { return true }
        if SentenceSplitter.lowercaseAbbreviations.contains(lower) { return true }
        let isInitial = word.count == 1 && word.first!.isUppercase
        // On the scalars: the word's are letters and periods only, and Foundation's `contains` of a String searches
        // with a locale's rules, several times slower.
        let isDotted = scalars[wordStart..<period].contains(".")
        let isTrailing = SentenceSplitter.trailingAbbreviations.contains(lower) && capitalised
            || lower == "etc" || (lower == "al" && precededByEt(wordStart))
        guard isInitial || isDotted || isTrailing else { return false }
        return !SentenceSplitter.sentenceOpeners.contains(nextWord(at: next).lowercased())
    }

    private func precededByEt(_ wordStart: Int) -> Bool {
        wordStart >= 3 && ReaderText.string(scalars, (wordStart - 3)..<wordStart).lowercased() == "et "
    }

    private func nextWord(at start: Int) -> String {
        var end = start
        while end < range.upperBound, ReaderScalar.isLetter(scalars[end]) { end += 1 }
        return ReaderText.string(scalars, start..<end)
    }

    /// "1." or "a." alone at the start of a sentence: a list marker, not a sentence.
    private func isListMarker(endingAt period: Int) -> Bool {
        let marker = ReaderText.trimmed(scalars, sentenceStart..<period)
        guard marker.upperBound == period, !marker.isEmpty else { return false }
        return (marker.count <= 3 && scalars[marker].allSatisfy(ReaderScalar.isDigit))
            || (marker.count == 1 && ReaderScalar.isLetter(scalars[marker.lowerBound]))
    }

    /// Whether the line break at `index` ends the sentence (see the type's documentation).
    private func lineBreakEndsSentence(at index: Int) -> Bool {
        var next = index + 1
        var blankLine = false
        while next < range.upperBound, ReaderScalar.isWhitespace(scalars[next]) {
            if scalars[next] == "\n" { blankLine = true }
            next += 1
        }
        if blankLine || next >= range.upperBound { return true }
        var last = index
        while last > sentenceStart, ReaderScalar.isWhitespace(scalars[last - 1]) { last -= 1 }
        guard last > sentenceStart else { return true }
        last -= 1
        while last > sentenceStart, ReaderScalar.isClosingQuoteOrBracket(scalars[last]) { last -= 1 }
        if ReaderScalar.isSentenceTerminator(scalars[last]) { return true }
        return !(hardWrapped || ReaderScalar.isLowercase(scalars[next]))
    }

    /// Hard-wrapped text: most lines inside paragraphs have about the same length, under 100 scalars.
    private static func looksHardWrapped(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var wrappedLines = 0
        var linesInParagraphs = 0
        var lineStart = range.lowerBound
        var previousLength: Int?
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || scalars[index] == "\n" {
                let length = ReaderText.trimmed(scalars, lineStart..<index).count
                if length > 120 { return false }
                if length > 0, let previous = previousLength, previous > 0 {
                    linesInParagraphs += 1
                    if previous >= 40 { wrappedLines += 1 }
                }
                previousLength = length
                lineStart = index + 1
            }
            index += 1
        }
        return linesInParagraphs >= 3 && wrappedLines * 10 >= linesInParagraphs * 8
    }
}
