import Foundation

/// A light token for time tagging: a run of letters, a run of digits, or one punctuation mark. Its lower-cased text
/// is kept apart (`TimeTokenizer.tokenize`), so that a token is plain data, read and copied without retaining a String.
struct TimeToken {
    enum Kind { case word, number, punct }

    var kind: Kind
    /// Unicode-scalar offsets into the sentence.
    var start: Int
    var end: Int
    /// For a word: false when it is certainly no trigger (`TimeLexicon.triggerFilter`), told without a look-up.
    var mayBeTrigger: Bool
    /// First scalar is an uppercase letter.
    var capitalized: Bool
    /// Whitespace (or the sentence start) precedes the token.
    var spaceBefore: Bool
    /// For a number: its value when it is a plain run of digits (no grouping commas or decimals), else -1.
    var number: Int
    /// For a plain number: how many digits it has.
    var digits: Int
}

enum TimeTokenizer {
    /// The tokens of `scalars` (one sentence), with offsets from its start, and the lower-cased text of each
    /// (curly apostrophes and dashes folded to `'` and `-`).
    static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (tokens: [TimeToken], lower: [String]) {
        // Read once, not once a word: a static is fetched through a check that it is made.
        let triggerFilter = TimeLexicon.triggerFilter
        let smallStrings = SmallASCIIString.isSupported
        var tokens: [TimeToken] = []
        var lower: [String] = []
        // A time token every three scalars or so (punctuation and clitics are tokens of their own): room for that is
        // rarely outgrown.
        tokens.reserveCapacity(scalars.count / 3 + 1)
        lower.reserveCapacity(scalars.count / 3 + 1)
        var i = 0
        var spaceBefore = true
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if ReaderScalar.isWhitespace(s) {
                spaceBefore = true
                i += 1
                continue
            }
            let start = i
            if isDigit(s) {
                var value = 0
                var plain = true
                while i < n, isDigit(scalars[i]) {
                    if value < 100_000_000 { value = value * 10 + Int(scalars[i].value - 48) } else { plain = false }
                    i += 1
                }
                let digitCount = i - start
                // Thousands groups ("84,121") and decimals ("2.5") make a count, never a date part.
                while i < n, scalars[i] == ",", digitRun(scalars, from: i + 1) == 3 {
                    plain = false
                    i += 4
                }
                if i + 1 < n, scalars[i] == ".", isDigit(scalars[i + 1]) {
                    plain = false
                    i += 1
                    while i < n, isDigit(scalars[i]) { i += 1 }
                }
                tokens.append(TimeToken(kind: .number, start: start, end: i, mayBeTrigger: false,
                                        capitalized: false, spaceBefore: spaceBefore,
                                        number: plain ? value : -1, digits: plain ? digitCount : 0))
                lower.append(asciiLower(scalars, start, i, smallStrings: smallStrings))
            } else if isLetter(s) {
                let (end, hash) = letters(scalars, from: i, hash: WordFilter.emptyHash)
                i = end
                tokens.append(TimeToken(kind: .word, start: start, end: i, mayBeTrigger: hash.map(triggerFilter.mayContain(hash:)) ?? true,
                                        capitalized: isUppercase(s), spaceBefore: spaceBefore,
                                        number: -1, digits: 0))
                lower.append(asciiLower(scalars, start, i, smallStrings: smallStrings))
            } else if isApostrophe(s), i + 1 < n, isLetter(scalars[i + 1]), followsWordCharacter(scalars, i) {
                // Clitics: "'s", "'ll", "'d" are one token so "2016's" and "they'll" read naturally.
                let (end, hash) = letters(scalars, from: i + 1, hash: WordFilter.hash(WordFilter.emptyHash, adding: UInt8(ascii: "'")))
                i = end
                tokens.append(TimeToken(kind: .word, start: start, end: i, mayBeTrigger: hash.map(triggerFilter.mayContain(hash:)) ?? true,
                                        capitalized: false, spaceBefore: spaceBefore, number: -1, digits: 0))
                lower.append("'" + asciiLower(scalars, start + 1, i, smallStrings: smallStrings))
            } else {
                i += 1
                let folded: String
                if isApostrophe(s) {
                    folded = "'"
                } else if s == "\u{2013}" || s == "\u{2014}" || s == "\u{2010}" || s == "\u{2011}" {
                    folded = "-"
                } else {
                    folded = String(Character(s))
                }
                tokens.append(TimeToken(kind: .punct, start: start, end: i, mayBeTrigger: false, capitalized: false,
                                        spaceBefore: spaceBefore, number: -1, digits: 0))
                lower.append(folded)
            }
            spaceBefore = false
        }
        return (tokens, lower)
    }

    /// Whether a sentence may hold a time expression: it has a word of `TimeLexicon.timeWords`, a word beyond ASCII
    /// (not worth telling), or a number that can be part of an expression without a time word (`mayBeTimeNumber`).
    /// False is certain, and told without making a token: most sentences of news have no time expression.
    static func mayHoldTimeExpression(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        // Read once, not once a word: a static is fetched through a check that it is made.
        let timeWordFilter = TimeLexicon.timeWordFilter
        var i = 0
        let n = scalars.count
        while i < n {
            if isDigit(scalars[i]) {
                let start = i
                while i < n, isDigit(scalars[i]) { i += 1 }
                if mayBeTimeNumber(scalars, start..<i) { return true }
                continue
            }
            guard isLetter(scalars[i]) else {
                i += 1
                continue
            }
            // A word as `tokenize` reads it (a clitic's apostrophe aside, and no word of the list has one).
            let start = i
            let (end, hash) = letters(scalars, from: i, hash: WordFilter.emptyHash)
            guard let hash else { return true }
            i = end
            if timeWordFilter.mayContain(hash: hash), TimeLexicon.timeWords.contains(asciiLower(scalars, start, i, smallStrings: SmallASCIIString.isSupported)) {
                return true
            }
        }
        return false
    }

    /// The end of the letters from `start`, and the `WordFilter` hash of their lower case, carried on from `hash`
    /// (an ASCII letter is lower case with bit 0x20 set); nil beyond ASCII, where the hash would not tell.
    @inline(__always)
    private static func letters(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, hash: UInt32) -> (end: Int, lowerHash: UInt32?) {
        var i = start
        var hash = hash
        var isASCII = true
        while i < scalars.count {
            let value = scalars[i].value
            // An ASCII letter (most) in one test: only A–Z and a–z land in a–z with bit 0x20 set.
            if (value | 0x20) &- 0x61 < 26 {
                hash = WordFilter.hash(hash, adding: UInt8(truncatingIfNeeded: value | 0x20))
                i += 1
                continue
            }
            guard value >= 128, isLetter(scalars[i]) else { break }
            isASCII = false
            hash = WordFilter.hash(hash, adding: UInt8(truncatingIfNeeded: value) | 0x20)
            i += 1
        }
        return (i, isASCII ? hash : nil)
    }

    /// Whether the run of digits at `digits` can be part of a time expression with no word of `TimeLexicon.timeWords`
    /// (the other rules count with a unit or a month): as a year, an ISO date or a decade ("2015", "2015-08-10", "1990s"),
    /// a clock time ("22:30", "6.30", "6 pm", "6 a.m.", "10 o'clock") or a decade after an apostrophe ("'90s").
    private static func mayBeTimeNumber(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ digits: Range<Int>) -> Bool {
        if digits.count == 4 { return true }
        if digits.upperBound < scalars.count, scalars[digits.upperBound] == ":" || scalars[digits.upperBound] == "." { return true }
        if digits.lowerBound > 0, isApostrophe(scalars[digits.lowerBound - 1]) { return true }
        guard digits.count <= 2 else { return false }
        // The meridiem or "o'clock" is the next token: its first letter tells.
        var next = digits.upperBound
        while next < scalars.count, ReaderScalar.isWhitespace(scalars[next]) { next += 1 }
        guard next < scalars.count else { return false }
        switch scalars[next] {
        case "a", "A", "p", "P", "o", "O": return true
        default: return false
        }
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return ScalarProperties.isAlphabetic(s)
    }

    /// The Unicode `Uppercase` property, answered without a property lookup for ASCII (most words).
    @inline(__always) private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        return ScalarProperties.isUppercase(s)
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    /// An apostrophe opening a quotation ('Hello') follows a space; a clitic follows a letter or digit.
    @inline(__always) private static func followsWordCharacter(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        i > 0 && (isLetter(scalars[i - 1]) || isDigit(scalars[i - 1]))
    }

    private static func digitRun(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        var i = start
        while i < scalars.count, isDigit(scalars[i]) { i += 1 }
        return i - start
    }

    /// Lowercases ASCII letters by hand (much faster than `lowercased()`); other scalars go through Unicode mapping.
    @inline(__always)
    private static func asciiLower(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                                   smallStrings: Bool) -> String {
        if smallStrings, let small = SmallASCIIString.make(scalars, start..<end, lowercased: true) { return small }
        return longOrUnicodeLower(scalars, start, end)
    }

    /// `asciiLower` of a word too long for a small String or beyond ASCII. Out of line: the Unicode mapping reserves
    /// stack for resilient types of the standard library on every call of a function that holds it.
    @inline(never)
    private static func longOrUnicodeLower(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        // ASCII bytes written straight into the string's storage, told ASCII in the same pass.
        var ascii = true
        let folded = String(unsafeUninitializedCapacity: end - start) { buffer in
            for k in start..<end {
                let value = scalars[k].value
                guard value < 128 else {
                    ascii = false
                    return 0
                }
                let v = UInt8(truncatingIfNeeded: value)
                buffer[k - start] = v >= 65 && v <= 90 ? v + 32 : v
            }
            return end - start
        }
        if ascii { return folded }
        var out = String.UnicodeScalarView()
        for k in start..<end {
            let s = scalars[k]
            if s.value >= 65 && s.value <= 90 {
                out.append(Unicode.Scalar(s.value + 32)!)
            } else if s.value < 128 {
                out.append(s)
            } else {
                out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}
