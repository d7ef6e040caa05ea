import Foundation

/// Character classes on Unicode scalars, shared by the header parser, the sentence splitter and the tokenizer.
/// ASCII is answered without property lookups because almost all scalars of news text are ASCII.
enum ReaderScalar {
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return ScalarProperties.isWhitespace(scalar)
    }

    /// Whitespace that does not end a line.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && isWhitespace(scalar)
    }

    /// Letters, combining marks and digits: the scalars words are made of.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            // One bit for each ASCII scalar, set for the digits (0x30...0x39) and the letters (0x41...0x5A,
            // 0x61...0x7A): a shift and a test where three range checks cost three times as much, for every scalar
            // of the text.
            let bits: UInt64 = value < 0x40 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
            return (bits >> UInt64(value & 0x3F)) & 1 != 0
        }
        return ScalarProperties.isLetterMarkOrNumber(scalar)
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        return ScalarProperties.isLetter(scalar)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return ScalarProperties.isDecimalNumber(scalar)
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return ScalarProperties.isUppercaseOrTitlecaseLetter(scalar)
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return ScalarProperties.isLowercaseLetter(scalar)
    }

    /// A letter of a script without case (CJK, Arabic…), which can start a sentence just as a capital can.
    static func isCaselessLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && ScalarProperties.isOtherLetter(scalar)
    }

    static func isSentenceTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}": return true
        default: return false
        }
    }

    static func isOpeningQuoteOrBracket(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{201E}", "\u{201A}", "\u{2039}", "(", "[", "{": return true
        default: return false
        }
    }

    static func isClosingQuoteOrBracket(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", ")", "]", "}": return true
        default: return false
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    /// Dashes that separate a wire dateline from the story: hyphen, en dash, em dash.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}"
    }
}

/// Unicode property look-ups, kept out of line on purpose. `Unicode.Scalar.Properties` and `GeneralCategory` are
/// resilient types of the standard library: a function that inlines a look-up reserves stack for their values on
/// every call, even when it only ever meets ASCII. Behind a call, the ASCII paths of the tokenizers stay lean.
enum ScalarProperties {
    @inline(never) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
    @inline(never) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }
    @inline(never) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    /// Letters, combining marks and numbers (general categories L*, M*, Nd, Nl, No).
    @inline(never) static func isLetterMarkOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// General categories L*.
    @inline(never) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// General categories M*.
    @inline(never) static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(never) static func isDecimalNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    @inline(never) static func isUppercaseOrTitlecaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        let category = scalar.properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }

    @inline(never) static func isLowercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .lowercaseLetter
    }

    @inline(never) static func isOtherLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .otherLetter
    }
}

/// Slicing and scanning of scalar arrays; offsets are Unicode-scalar offsets.
enum ReaderText {
    /// The scalars of `text`, as `Array(text.unicodeScalars)` gives them, decoded from its UTF-8 in one pass
    /// (the Array initialiser walks the text twice: once to count, once to copy).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            // A String's UTF-8 is always valid, so each lead byte tells the length of its sequence.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0
                var k = 0
                let n = bytes.count
                while i < n {
                    // Eight ASCII bytes at a time while they last (most of news text), told ASCII by one test of
                    // their high bits.
                    if i + 8 <= n,
                       case let eight = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self),
                       eight & 0x8080_8080_8080_8080 == 0 {
                        // Widened to 32 bits all eight at once (a few vector instructions, not eight loads and stores).
                        let scalars = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(eight, to: SIMD8<UInt8>.self))
                        UnsafeMutableRawPointer(buffer.baseAddress! + k).storeBytes(of: scalars, as: SIMD8<UInt32>.self)
                        i += 8
                        k += 8
                        continue
                    }
                    let lead = UInt32(bytes[i])
                    if lead < 0x80 {
                        // ASCII, most of news text: no decoding, and a scalar that needs no validity check.
                        buffer[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: lead))
                        i += 1
                        k += 1
                        continue
                    }
                    let value: UInt32
                    if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    buffer[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    k += 1
                }
                count = k
            }
        }
    }

    /// The scalars in `range` as a String.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range beyond the scalars")
        return scalars.withUnsafeBufferPointer { string($0, range) }
    }

    /// `string` of scalars read in place, with no bounds check for each (the tokenizer makes a String a token).
    /// `range` must lie within `scalars`.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        string(scalars, range, smallStrings: SmallASCIIString.isSupported)
    }

    /// `string`, with `SmallASCIIString.isSupported` read once by the caller for all its strings (a static is
    /// fetched through a check that it is made).
    @inline(__always)
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, smallStrings: Bool) -> String {
        if smallStrings, let small = SmallASCIIString.make(scalars, range, lowercased: false) { return small }
        return encodedString(scalars, range)
    }

    /// `string`, encoded to UTF-8 by hand, without a scalar view's appends: ASCII (most of news text) eight scalars at
    /// a time, each narrowed to its byte.
    private static func encodedString(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        let isASCII = isASCII(scalars, range)
        var length = range.count
        if !isASCII {
            length = 0
            for index in range { length += UTF8.width(scalars[index]) }
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            if isASCII {
                var index = range.lowerBound
                if range.count >= 8 {
                    let source = UnsafeRawPointer(scalars.baseAddress!), target = UnsafeMutableRawPointer(buffer.baseAddress!)
                    while index + 8 <= range.upperBound {
                        let eight = source.loadUnaligned(fromByteOffset: index &* 4, as: SIMD8<UInt32>.self)
                        target.storeBytes(of: SIMD8<UInt8>(truncatingIfNeeded: eight), toByteOffset: k, as: SIMD8<UInt8>.self)
                        index += 8
                        k += 8
                    }
                }
                while index < range.upperBound {
                    buffer[k] = UInt8(truncatingIfNeeded: scalars[index].value)
                    index += 1
                    k += 1
                }
                return k
            }
            for index in range {
                let value = scalars[index].value
                if value < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: value)
                    k += 1
                } else {
                    for unit in UTF8.encode(scalars[index])! {
                        buffer[k] = unit
                        k += 1
                    }
                }
            }
            return k
        }
    }

    /// Whether the scalars of `range` are all ASCII: or-ed together eight at a time.
    private static func isASCII(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        if range.count >= 8 {
            let source = UnsafeRawPointer(scalars.baseAddress!)
            var seen = SIMD8<UInt32>()
            while index + 8 <= range.upperBound {
                seen |= source.loadUnaligned(fromByteOffset: index &* 4, as: SIMD8<UInt32>.self)
                index += 8
            }
            if any(seen .> 0x7F) { return false }
        }
        var seen: UInt32 = 0
        while index < range.upperBound {
            seen |= scalars[index].value
            index += 1
        }
        return seen < 0x80
    }

    /// The length in UTF-8 bytes of the scalars in `range`.
    static func utf8Count(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range beyond the scalars")
        return scalars.withUnsafeBufferPointer { scalars in
            // Most text is ASCII, a byte a scalar, which `isASCII` tells eight scalars at a time.
            if isASCII(scalars, range) { return range.count }
            var length = 0
            for index in range { length += UTF8.width(scalars[index]) }
            return length
        }
    }

    /// `range` without leading and trailing whitespace (empty when all blank).
    static func trimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ReaderScalar.isWhitespace(scalars[lower]) { lower += 1 }
        while upper > lower, ReaderScalar.isWhitespace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The offset of the next line feed at or after `start`, or the end.
    static func lineEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
        return index
    }

    /// The first offset at or after `start` that is not whitespace (line feeds included), or the end.
    static func skipWhitespace(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, ReaderScalar.isWhitespace(scalars[index]) { index += 1 }
        return index
    }

    /// The first offset at or after `start` that is not a space or tab (line feeds stop it), or the end.
    static func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, ReaderScalar.isSpace(scalars[index]) { index += 1 }
        return index
    }
}

/// Strings of at most 15 ASCII bytes, made straight from their bytes.
///
/// Such a String is held in its own two words, in the standard library's small-string form (part of its ABI on
/// 64-bit platforms): the bytes in order, then a last byte of 0xE0 (small, ASCII) plus the count. Made this way, a
/// token's String skips the UTF-8 validation and the calls of `String(unsafeUninitializedCapacity:)`, which cost
/// several times more than the bytes. `isSupported` checks the layout once against Strings the standard library
/// makes; where it differs, callers use the ordinary initialisers.
enum SmallASCIIString {
    static let capacity = 15

    static let isSupported: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        for sample in ["", "a", "Jong", "Thursday", "abcdefghijklmno"] {
            let scalars = Array(sample.unicodeScalars)
            let made = scalars.withUnsafeBufferPointer { make($0, 0..<$0.count, lowercased: false)! }
            guard unsafeBitCast(made, to: (UInt64, UInt64).self) == unsafeBitCast(sample, to: (UInt64, UInt64).self),
                  made == sample, made.utf8.count == sample.utf8.count else { return false }
        }
        return true
    }()

    /// The scalars of `range` as a String (lower-cased when asked: A–Z to a–z), or nil when there are more than
    /// `capacity` or one is beyond ASCII. Only when `isSupported`.
    @inline(__always)
    static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lowercased: Bool) -> String? {
        guard let words = words(count: range.count, lowercased: lowercased, { scalars[range.lowerBound &+ $0].value })
        else { return nil }
        return fromWords(words, count: range.count)
    }

    /// The two words of a small string's bytes (the `count` values `value` gives), before the count is added.
    @inline(__always)
    private static func words(count: Int, lowercased: Bool, _ value: (Int) -> UInt32) -> (UInt64, UInt64)? {
        guard count <= capacity else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        var seen: UInt32 = 0
        // Two loops, one a word, so that no byte asks which word it goes to; shifts masked (`&<<`), as none reaches 64.
        let inFirstWord = min(count, 8)
        for k in 0..<inFirstWord {
            let value = value(k)
            seen |= value
            let byte = UInt64(truncatingIfNeeded: lowercased && value &- 0x41 < 26 ? value | 0x20 : value)
            words.0 |= byte &<< UInt64(truncatingIfNeeded: 8 &* k)
        }
        for k in inFirstWord..<count {
            let value = value(k)
            seen |= value
            let byte = UInt64(truncatingIfNeeded: lowercased && value &- 0x41 < 26 ? value | 0x20 : value)
            words.1 |= byte &<< UInt64(truncatingIfNeeded: 8 &* (k &- 8))
        }
        return seen < 0x80 ? words : nil
    }

    /// The String of a small string's bytes (`count` of them, in two words).
    @inline(__always)
    static func fromWords(_ words: (UInt64, UInt64), count: Int) -> String {
        unsafeBitCast((words.0, words.1 | (0xE0 | UInt64(truncatingIfNeeded: count)) << 56), to: String.self)
    }

    /// The bytes of `text` in two words (the count taken out), and their count, when `text` is held as a small ASCII
    /// String (its last byte's high four bits are 1110, which no other form of String has); nil otherwise. Only when
    /// `isSupported`.
    @inline(__always)
    static func contents(of text: String) -> (words: (UInt64, UInt64), count: Int)? {
        let raw = unsafeBitCast(text, to: (UInt64, UInt64).self)
        guard raw.1 >> 60 == 0xE else { return nil }
        return ((raw.0, raw.1 & 0x00FF_FFFF_FFFF_FFFF), Int(truncatingIfNeeded: (raw.1 >> 56) & 0xF))
    }

    /// Calls `body` with each of the `count` bytes of a small string's words, in order.
    @inline(__always)
    static func forEachByte(of words: (UInt64, UInt64), count: Int, _ body: (UInt8) -> Void) {
        var word = words.0
        for _ in 0..<min(count, 8) {
            body(UInt8(truncatingIfNeeded: word))
            word &>>= 8
        }
        word = words.1
        for _ in 8..<max(count, 8) {
            body(UInt8(truncatingIfNeeded: word))
            word &>>= 8
        }
    }

    /// A small string's words with A–Z made a–z, all bytes at once: for bytes below 0x80, adding 0x3F (0x25) sets the
    /// high bit exactly of those from "A" (past "Z"), with no carry into the next byte.
    @inline(__always)
    static func lowercased(_ words: (UInt64, UInt64)) -> (UInt64, UInt64) {
        func lowercased(_ word: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let capitals = (word &+ 0x3F &* ones) & ~(word &+ 0x25 &* ones) & (0x80 &* ones)
            return word | capitals &>> 2
        }
        return (lowercased(words.0), lowercased(words.1))
    }
}
