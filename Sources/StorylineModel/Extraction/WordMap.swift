/// A map from words to values that answers as a `[String: Value]` does (and lists its entries as that does), but looks ASCII words (most of news text) up
/// by the FNV-1a hash of their bytes (`EntityFeatures.wordHash`) in a `HashTable`, checking the bytes of the word
/// found: a look-up in a Dictionary keyed by Strings hashes every word with SipHash, several times the cost.
///
/// Swift compares Strings by canonical equivalence: an ASCII word equals a key beyond ASCII only when that key's
/// other scalars are U+037E, U+1FEF or U+212A, each canonically one ASCII character (";", "`", "K"; no other scalar
/// decomposes to ASCII). Such a key is kept under its ASCII form too. Words beyond ASCII ask the Dictionary.
struct WordMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// Every key, for words beyond ASCII and for what a Dictionary would say of the rest.
    private(set) var dictionary: [String: Value]
    /// `EntityFeatures.wordHash` of an ASCII key → the key's index in `asciiKeys` and `asciiValues`.
    private var table = HashTable()
    private var asciiValues: [Value] = []
    /// The ASCII forms of the keys, to tell a key from another word with its hash.
    private var asciiKeys: [String] = []
    /// Two ASCII keys with one hash (never seen, but possible): then every word asks the Dictionary.
    private var hasCollision = false

    init(_ dictionary: [String: Value] = [:]) {
        self.dictionary = dictionary
        table = HashTable(minimumCapacity: dictionary.count)
        asciiValues.reserveCapacity(dictionary.count)
        asciiKeys.reserveCapacity(dictionary.count)
        for (key, value) in dictionary { addASCIIForm(of: key, value) }
    }

    /// A literal's keys must differ, as a Dictionary literal's.
    init(dictionaryLiteral elements: (String, Value)...) { self.init(Dictionary(uniqueKeysWithValues: elements)) }

    var count: Int { dictionary.count }

    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    func makeIterator() -> Dictionary<String, Value>.Iterator { dictionary.makeIterator() }

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
            if asciiKeys[Int(index)] != ascii { hasCollision = true }
            return
        }
        table.set(hash, Int32(asciiValues.count))
        asciiValues.append(value)
        asciiKeys.append(ascii)
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

    subscript(word: String) -> Value? {
        guard !hasCollision, let hash = WordMap.asciiHash(word) else { return dictionary[word] }
        guard let index = table[hash].map(Int.init) else { return nil }
        // Another word with the key's hash is no key: a key equal to it would be kept under this hash.
        return asciiKeys[index] == word ? asciiValues[index] : nil
    }

    /// `EntityFeatures.wordHash` of an ASCII word, made in the same pass that tells it is ASCII; nil beyond ASCII.
    @inline(__always)
    private static func asciiHash(_ word: String) -> UInt64? {
        word.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var hash: UInt64 = 0xcbf29ce484222325
            hash = (hash ^ 1) &* 0x100000001b3
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                hash = (hash ^ UInt64(byte)) &* 0x100000001b3
            }
            return high < 0x80 ? hash : nil
        } ?? nil
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
