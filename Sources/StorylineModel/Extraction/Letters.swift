/// Letter case with a fast path for ASCII, which is most of English news; Unicode properties for the rest.
enum Letters {
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? (scalar.value >= 65 && scalar.value <= 90) : scalar.properties.isUppercase
    }

    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? (scalar.value >= 97 && scalar.value <= 122) : scalar.properties.isLowercase
    }

    /// Starts with a capital letter ("Kim", "U.S.", "Öcalan").
    @inline(__always)
    static func startsCapitalised(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return isUppercase(first)
    }

    /// Whether the first character is a letter (`Character.isLetter`), read off the first byte when it is ASCII.
    static func startsWithLetter(_ text: String) -> Bool {
        guard let byte = text.utf8.first else { return false }
        guard byte >= 0x80 else { return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        return text.first?.isLetter == true
    }
}
