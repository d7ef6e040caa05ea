/// A map from words to values that answers as a `[String: Value]` does, but looks ASCII words (most of news text) up
/// by the FNV-1a hash of their bytes (`EntityFeatures.wordHash`) in a `HashTable`, checking the bytes of the word
/// found: a look-up in a Dictionary keyed by Strings hashes every word with SipHash, several times the cost.
///
/// Swift compares Strings by canonical equivalence: an ASCII word equals a key beyond ASCII only when that key's
/// other scalars are U+037E, U+1FEF or U+212A, each canonically one ASCII character (";", "`", "K"; no other scalar
/// decomposes to ASCII). Such a key is kept under its ASCII form too. Words beyond ASCII ask the Dictionary.
struct WordMap<Value: Sendable>: Sendable {
    /// Every key, for words beyond ASCII and for what a Dictionary would say of the rest.
    private(set) var dictionary: [String: Value]
    /// `EntityFeatures.wordHash` of an ASCII key → the key's index in `asciiValues` and `keyStarts`.
    private var table = HashTable()
    private var asciiValues: [Value] = []
    /// The ASCII keys' bytes one after another, key `i`'s at `keyBytes[keyStarts[i]..<keyStarts[i + 1]]`.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]
    /// Two ASCII keys with one hash (never seen, but possible): then every word asks the Dictionary.
    private var hasCollision = false

    init(_ dictionary: [String: Value] = [:]) {
        self.dictionary = dictionary
        table = HashTable(minimumCapacity: dictionary.count)
        asciiValues.reserveCapacity(dictionary.count)
        keyStarts.reserveCapacity(dictionary.count + 1)
        for (key, value) in dictionary { addASCIIForm(of: key, value) }
    }

    var count: Int { dictionary.count }

    /// Adds `value` for `word`, of which no equal key is kept yet: as setting a Dictionary's entry for a new key.
    mutating func insert(_ word: String, _ value: Value) {
        dictionary[word] = value
        addASCIIForm(of: word, value)
    }

    /// Keeps a key's value by its ASCII form too, if it has one.
    private mutating func addASCIIForm(of key: String, _ value: Value) {
        guard let ascii = WordMap.asciiForm(key) else { return }
        let hash = EntityFeatures.wordHash(ascii)
        if let index = table[hash] {
            if !keyBytes[keyStarts[Int(index)]..<keyStarts[Int(index) + 1]].elementsEqual(ascii.utf8) { hasCollision = true }
            return
        }
        table.set(hash, Int32(asciiValues.count))
        asciiValues.append(value)
        keyBytes.append(contentsOf: ascii.utf8)
        keyStarts.append(keyBytes.count)
    }

    /// The ASCII String a key equals, if any: itself when it is ASCII, or with U+037E, U+1FEF and U+212A made ASCII.
    private static func asciiForm(_ key: String) -> String? {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return key }
        var scalars = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: scalars.append(scalar)
            case 0x037E: scalars.append(";")
            case 0x1FEF: scalars.append("`")
            case 0x212A: scalars.append("K")
            default: return nil
            }
        }
        return String(scalars)
    }

    private enum Lookup {
        case found(Value)
        case absent
        /// The word is beyond ASCII (or its bytes could not be read in place).
        case askDictionary
    }

    subscript(word: String) -> Value? {
        guard !hasCollision else { return dictionary[word] }
        let lookup = word.utf8.withContiguousStorageIfAvailable { bytes -> Lookup in
            // One pass: the hash, and whether the word is ASCII at all.
            var hash: UInt64 = 0xcbf29ce484222325
            hash = (hash ^ 1) &* 0x100000001b3
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                hash = (hash ^ UInt64(byte)) &* 0x100000001b3
            }
            guard high < 0x80 else { return .askDictionary }
            guard let index = table[hash].map(Int.init) else { return .absent }
            let start = keyStarts[index], end = keyStarts[index + 1]
            guard end - start == bytes.count else { return .absent }
            for k in 0..<bytes.count where keyBytes[start + k] != bytes[k] { return .absent }
            return .found(asciiValues[index])
        } ?? .askDictionary
        switch lookup {
        case let .found(value): return value
        case .absent: return nil
        case .askDictionary: return dictionary[word]
        }
    }
}

/// A set of words that answers as a `Set<String>` does, looked up as a `WordMap`.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let map: WordMap<Bool>

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        map = WordMap(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool { map[word] != nil }

    var count: Int { map.dictionary.count }

    func makeIterator() -> Dictionary<String, Bool>.Keys.Iterator { map.dictionary.keys.makeIterator() }

    func union(_ other: WordSet) -> Set<String> { Set(self).union(other) }
}
