/// A map from words to values that answers as a `[String: Value]` does (and lists its entries as that does), but looks ASCII words (most of news text) up
/// by the FNV-1a hash of their bytes (`EntityFeatures.wordHash`) in a `HashTable`, checking the bytes of the word
/// found: a look-up in a Dictionary keyed by Strings hashes every word with SipHash, several times the cost.
///
/// Swift compares Strings by canonical equivalence: an ASCII word equals a key beyond ASCII only when that key's
/// other scalars are U+037E, U+1FEF or U+212A, each canonically one ASCII character (";", "`", "K"; no other scalar
/// decomposes to ASCII). Such a key is kept under its ASCII form too. Keys and words beyond ASCII go to a Dictionary.
struct WordMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// The keys beyond ASCII, and ASCII keys whose hash another ASCII key has (never seen, but possible): asked by
    /// words beyond ASCII, and by ASCII words when there is such a collision. Adding an ASCII word (most of news
    /// text) hashes it by FNV only, not by SipHash as a Dictionary would.
    private var beyondASCII: [String: Value] = [:]
    /// `EntityFeatures.wordHash` of an ASCII key → the key's index in `asciiKeys` and `asciiValues`.
    private var table = HashTable()
    private var asciiValues: [Value] = []
    /// The ASCII forms of the keys, to tell a key from another word with its hash.
    private var asciiKeys: [String] = []
    /// The indices in `asciiKeys` of ASCII forms of keys beyond ASCII rather than keys themselves (almost never any).
    private var asciiFormIndices: [Int] = []
    /// Two ASCII keys with one hash: then an ASCII word that is not the key kept under its hash asks `beyondASCII`.
    private var hasCollision = false
    private(set) var count = 0

    /// An empty map with room for `minimumCapacity` keys: growing one hashes its keys again.
    init(minimumCapacity: Int) {
        table = HashTable(minimumCapacity: minimumCapacity)
        asciiValues.reserveCapacity(minimumCapacity)
        asciiKeys.reserveCapacity(minimumCapacity)
    }

    init(_ dictionary: [String: Value] = [:]) {
        self.init(minimumCapacity: dictionary.count)
        for (key, value) in dictionary { insert(key, value) }
    }

    /// A literal's keys must differ, as a Dictionary literal's.
    init(dictionaryLiteral elements: (String, Value)...) { self.init(Dictionary(uniqueKeysWithValues: elements)) }

    /// Every entry, as a Dictionary.
    var dictionary: [String: Value] {
        var dictionary = beyondASCII
        for index in asciiKeys.indices where !asciiFormIndices.contains(index) && dictionary[asciiKeys[index]] == nil {
            dictionary[asciiKeys[index]] = asciiValues[index]
        }
        return dictionary
    }

    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    func makeIterator() -> Dictionary<String, Value>.Iterator { dictionary.makeIterator() }

    /// Adds `value` for `word`, of which no equal key is kept yet: as setting a Dictionary's entry for a new key.
    mutating func insert(_ word: String, _ value: Value) {
        count += 1
        if let hash = EntityFeatures.asciiWordHash(word) {
            if !addASCII(word, hash: hash, value) { beyondASCII[word] = value }
        } else {
            beyondASCII[word] = value
            // A key equal to an ASCII word is kept under that word's hash too.
            if let ascii = WordMap.asciiForm(word), addASCII(ascii, hash: EntityFeatures.wordHash(ascii), value) {
                asciiFormIndices.append(asciiKeys.count - 1)
            }
        }
    }

    /// Adds `value` for `word` unless an equal key is kept already; whether it was added. An ASCII word is hashed once
    /// for both, where `subscript` and `insert` would hash it twice.
    @discardableResult
    mutating func insertIfAbsent(_ word: String, _ value: Value) -> Bool {
        insertIfAbsent(word, asciiHash: EntityFeatures.asciiWordHash(word), value)
    }

    /// `insertIfAbsent(_:_:)` given the word's hash when it is ASCII (`EntityFeatures.wordHash`), nil beyond ASCII:
    /// for a word whose bytes were read already.
    @discardableResult
    mutating func insertIfAbsent(_ word: String, asciiHash: UInt64?, _ value: Value) -> Bool {
        if let hash = asciiHash, !hasCollision {
            if let index = table[hash].map(Int.init) {
                if asciiKeys[index] == word { return false }
            } else {
                // No key under the word's hash: none equals it (a key beyond ASCII that does is kept under it).
                count += 1
                appendASCII(word, hash: hash, value)
                return true
            }
        }
        guard self[word] == nil else { return false }
        insert(word, value)
        return true
    }

    /// Keeps `value` under an ASCII word's hash, unless another word has that hash: then false.
    @discardableResult
    private mutating func addASCII(_ ascii: String, hash: UInt64, _ value: Value) -> Bool {
        if let index = table[hash] {
            if asciiKeys[Int(index)] != ascii { hasCollision = true }
            return false
        }
        appendASCII(ascii, hash: hash, value)
        return true
    }

    /// Keeps `value` under an ASCII word's hash, which no key has yet (a look-up fewer than `addASCII`).
    private mutating func appendASCII(_ ascii: String, hash: UInt64, _ value: Value) {
        table.set(hash, Int32(asciiValues.count))
        asciiValues.append(value)
        asciiKeys.append(ascii)
    }

    /// The ASCII String a word beyond ASCII equals, if any: with U+037E, U+1FEF and U+212A made ASCII.
    static func asciiForm(_ key: String) -> String? {
        // Told first without building anything: most words beyond ASCII have other scalars.
        guard key.unicodeScalars.allSatisfy({ $0.value < 0x80 || $0.value == 0x037E || $0.value == 0x1FEF || $0.value == 0x212A })
        else { return nil }
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
        if let hash = EntityFeatures.asciiWordHash(word) {
            if let index = table[hash].map(Int.init), asciiKeys[index] == word { return asciiValues[index] }
            // Another word with the key's hash is no key, unless two ASCII keys share the hash.
            return hasCollision ? beyondASCII[word] : nil
        }
        if let value = beyondASCII[word] { return value }
        // A word beyond ASCII equals an ASCII key only through the three scalars of `asciiForm`.
        guard let ascii = WordMap.asciiForm(word), let index = table[EntityFeatures.wordHash(ascii)].map(Int.init),
              asciiKeys[index] == ascii else { return nil }
        return asciiValues[index]
    }

    /// `self[EntityFeatures.lowercase(word)]` for an ASCII word, given the hash of its lower case (`EntityFeatures.wordHash`
    /// of its bytes folded): the key found is compared with the word's bytes folded, with no lower-cased String made.
    func value(lowercasing word: String, lowerHash: UInt64) -> Value? {
        guard !hasCollision else { return self[EntityFeatures.lowercase(word)] }
        guard let index = table[lowerHash].map(Int.init) else { return nil }
        // Both small ASCII Strings (most words): compared a word at a time, the word's folded all at once.
        if SmallASCIIString.isSupported, let key = SmallASCIIString.contents(of: asciiKeys[index]),
           let word = SmallASCIIString.contents(of: word) {
            return key.count == word.count && key.words == SmallASCIIString.lowercased(word.words) ? asciiValues[index] : nil
        }
        let matches = asciiKeys[index].utf8.withContiguousStorageIfAvailable { key in
            word.utf8.withContiguousStorageIfAvailable { word in
                key.count == word.count && zip(key, word).allSatisfy { key, byte in key == (byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
            }
        }
        guard let matches = matches ?? nil else { return asciiKeys[index] == EntityFeatures.lowercase(word) ? asciiValues[index] : nil }
        return matches ? asciiValues[index] : nil
    }
}

/// A set of words that answers as a `Set<String>` does, looked up as a `WordMap`.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private var map: WordMap<Bool>

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        map = WordMap(minimumCapacity: words.underestimatedCount)
        for word in words { insert(word) }
    }

    /// An empty set with room for `minimumCapacity` words.
    init(minimumCapacity: Int) { map = WordMap(minimumCapacity: minimumCapacity) }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool { map[word] != nil }

    /// `contains(EntityFeatures.lowercase(word))` for an ASCII word whose lower case has the hash `lowerHash`
    /// (`WordMap.value(lowercasing:lowerHash:)`).
    func contains(lowercasing word: String, lowerHash: UInt64) -> Bool { map.value(lowercasing: word, lowerHash: lowerHash) != nil }

    /// Adds `word` unless an equal word is in the set.
    mutating func insert(_ word: String) { map.insertIfAbsent(word, true) }

    /// `insert(_:)` given the word's hash when it is ASCII (`WordMap.insertIfAbsent(_:asciiHash:_:)`).
    mutating func insert(_ word: String, asciiHash: UInt64?) { map.insertIfAbsent(word, asciiHash: asciiHash, true) }

    var count: Int { map.count }

    func makeIterator() -> Dictionary<String, Bool>.Keys.Iterator { map.dictionary.keys.makeIterator() }

    func union(_ other: WordSet) -> Set<String> { Set(self).union(other) }
}
