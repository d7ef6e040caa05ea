import Foundation

/// The words of a one-word-a-row list (the first field of each data row, as `Knowledge.rows` reads it), answering
/// `contains` as a `Set<String>` of them does. Made straight from the list's UTF-8, with no String a word: an ASCII
/// word (all of the English dictionary's 64,000) is kept as its hash (`EntityFeatures.wordHash`) and the offset of its
/// bytes in the list's text, against which a word found by its hash is checked. A `WordSet` of the words, made by
/// `rows`, cost several milliseconds of the first article that asked, most of them the Strings and arrays of the rows.
struct DictionaryWords: Sendable {
    /// The list's text, whose bytes the offsets of `table` point into.
    private let text: String
    /// `EntityFeatures.wordHash` of an ASCII word → the offset of its bytes in `text` shifted left by 8, with their
    /// count in the low 8 bits.
    private let table: HashTable
    /// The words beyond ASCII, ASCII words that do not fit `table`'s numbers, and ASCII words whose hash another has.
    private let others: WordSet

    init(file name: String) { self.init(text: Knowledge.text(name)) }

    /// The words of a list's text, as `init(file:)` reads a knowledge file's.
    init(text: String) {
        var text = text
        var table = HashTable()
        var others = WordSet(minimumCapacity: 0)
        text.withUTF8 { bytes in
            // Room for a word a line, the lines counted by their line feeds (a loop the compiler makes vector code of),
            // rather than by a first walk over the rows.
            var lines = 1
            for byte in bytes { lines &+= byte == 0x0A ? 1 : 0 }
            table = HashTable(minimumCapacity: lines)
            Knowledge.forEachField(of: bytes) { range, index in
                guard index == 0 else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                guard word.count < 256, range.lowerBound < 1 << 23, let hash = EntityFeatures.asciiWordHash(bytes: word) else {
                    others.insert(String(decoding: word, as: UTF8.self))
                    return
                }
                if let kept = table[hash] {
                    // The same word again, or (never seen) another with its hash, which is then kept apart.
                    if !DictionaryWords.equal(word, at: Int(kept), in: bytes) { others.insert(String(decoding: word, as: UTF8.self)) }
                } else {
                    table.set(hash, Int32(range.lowerBound) << 8 | Int32(range.count))
                }
            }
        }
        self.text = text
        self.table = table
        self.others = others
    }

    /// Whether the word of `table` at `entry` of the list's `bytes` is `word`.
    @inline(__always)
    private static func equal(_ word: UnsafeBufferPointer<UInt8>, at entry: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry >> 8, length = entry & 0xFF
        return length == word.count && memcmp(bytes.baseAddress! + start, word.baseAddress!, length) == 0
    }

    func contains(_ word: String) -> Bool {
        if let hash = EntityFeatures.asciiWordHash(word) { return containsASCII(word, hash: hash) || others.contains(word) }
        if others.contains(word) { return true }
        // A word beyond ASCII equals an ASCII word only through the three scalars of `WordMap.asciiForm`.
        guard let ascii = WordMap<Bool>.asciiForm(word) else { return false }
        return containsASCII(ascii, hash: EntityFeatures.wordHash(ascii))
    }

    /// Whether the ASCII `word`, whose `EntityFeatures.wordHash` is `hash`, is a word of `table`.
    private func containsASCII(_ word: String, hash: UInt64) -> Bool {
        guard let entry = table[hash] else { return false }
        var word = word, text = text
        return word.withUTF8 { word in text.withUTF8 { DictionaryWords.equal(word, at: Int(entry), in: $0) } }
    }
}
