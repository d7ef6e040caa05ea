/// Letter case with a fast path for ASCII, which is most of English news; Unicode properties for the rest.
/// The property look-ups stay out of line (`ScalarProperties`, `beyondASCII`): inlined, they would make every caller
/// reserve stack for the standard library's resilient property types on each call, ASCII or not.
enum Letters {
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return ScalarProperties.isUppercase(scalar)
    }

    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return BeyondASCII.isLowercase(scalar)
    }

    /// Starts with a capital letter ("Kim", "U.S.", "Öcalan"), read off the first byte when it is ASCII.
    @inline(__always)
    static func startsCapitalised(_ token: String) -> Bool {
        guard let byte = token.utf8.first else { return false }
        guard byte >= 0x80 else { return byte >= 0x41 && byte <= 0x5A }
        return BeyondASCII.startsCapitalised(token)
    }

    /// A capital and then lower-case letters only ("Broncos", "Émile"; not "A&M", "McDonald", "NATO").
    static func isTitleCaseWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, isUppercase(first) else { return false }
        return word.unicodeScalars.dropFirst().allSatisfy(isLowercase)
    }

    /// Holds a capital letter and no lower-case one ("NATO", "U.S.", "KHARKIV"), read off the UTF-8 in place
    /// (stepping through the `UnicodeScalarView` cost several times more a scalar).
    static func isWrittenInCapitals(_ word: String) -> Bool {
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var hasCapital = false
            var i = 0
            while i < bytes.count {
                let (scalar, length) = scalar(in: bytes, at: i)
                if isLowercase(scalar) { return false }
                if !hasCapital && isUppercase(scalar) { hasCapital = true }
                i += length
            }
            return hasCapital
        }
        return answer ?? (word.unicodeScalars.contains { isUppercase($0) } && !word.unicodeScalars.contains { isLowercase($0) })
    }

    /// Holds an alphabetic scalar (`Unicode.Scalar.Properties.isAlphabetic`; in ASCII, the letters), read off the
    /// UTF-8 in place.
    static func containsAlphabetic(_ word: String) -> Bool {
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let (scalar, length) = scalar(in: bytes, at: i)
                if length == 1 ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : BeyondASCII.isAlphabetic(scalar) {
                    return true
                }
                i += length
            }
            return false
        }
        return answer ?? word.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Whether the first character is lower-case (`Character.isLowercase`), read off the first byte when that byte is
    /// the whole first Character: ASCII, and not followed by a byte beyond ASCII (which may be a combining mark's).
    static func startsLowercase(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let byte = utf8.first else { return false }
        if byte < 0x80, utf8.count == 1 || utf8[utf8.index(after: utf8.startIndex)] < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return BeyondASCII.startsLowercase(text)
    }

    /// Whether the first character is upper-case (`Character.isUppercase`), read off the first byte as
    /// `startsLowercase` does.
    static func startsUppercase(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let byte = utf8.first else { return false }
        if byte < 0x80, utf8.count == 1 || utf8[utf8.index(after: utf8.startIndex)] < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return BeyondASCII.startsUppercase(text)
    }

    /// Whether every character is lower-case (`Character.isLowercase`; true when there is none). ASCII text (most) is
    /// read off its bytes, each a Character of its own there (CR LF aside, which is no letter either way).
    static func isAllLowercase(_ text: String) -> Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var allLowercase = true
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- 0x61 >= 26 { allLowercase = false }
            }
            return allLowercase
        } ?? nil
        return ascii ?? BeyondASCII.isAllLowercase(text)
    }

    /// Whether the first character is a letter (`Character.isLetter`), read off the first byte when it is ASCII.
    static func startsWithLetter(_ text: String) -> Bool {
        guard let byte = text.utf8.first else { return false }
        guard byte >= 0x80 else { return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        return BeyondASCII.startsWithLetter(text)
    }

    /// The scalar whose UTF-8 begins at `i` in `bytes`, which must be valid UTF-8 (a String's), and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(truncatingIfNeeded: lead)), 1) }
        let value: UInt32, length: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)  // never the replacement: the bytes are valid
    }

    /// The answers for text beyond ASCII, behind a call (see the type's comment).
    private enum BeyondASCII {
        @inline(never) static func isLowercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

        @inline(never) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

        @inline(never) static func startsCapitalised(_ token: String) -> Bool {
            token.unicodeScalars.first.map(Letters.isUppercase) ?? false
        }

        @inline(never) static func startsWithLetter(_ text: String) -> Bool { text.first?.isLetter == true }

        @inline(never) static func startsLowercase(_ text: String) -> Bool { text.first?.isLowercase == true }

        @inline(never) static func startsUppercase(_ text: String) -> Bool { text.first?.isUppercase == true }

        @inline(never) static func isAllLowercase(_ text: String) -> Bool { text.allSatisfy(\.isLowercase) }
    }
}
