import Foundation

/// The words of a one-word-a-row list (the first field of each data row, as `Knowledge.rows` reads it), answering
/// `contains` as a `Set<String>` of them does. Made straight from the list's UTF-8, with no String a word: an ASCII
/// word (all of the English dictionary's 64,000) is kept as its hash (`EntityFeatures.wordHash`) and the offset of its
/// bytes in the list's text, against which a word found by its hash is checked. A `WordSet` of the words, made by
/// `rows`, cost several milliseconds of the first article that asked, most of them the Strings and arrays of the rows.
///
/// A list that is comment lines and then one plain word a line (printable ASCII, no space), in strictly rising byte
/// order, as the English dictionary is, needs no table at all: its words are looked up by binary search in the text
/// itself, and making it is one pass that checks the order. The table is made only for a list that is not so.
struct DictionaryWords: Sendable {
    /// The list's text, whose bytes the offsets of `table` point into.
    private let text: String
    /// Where the words of a sorted list (see above) start in `text`; nil for a list in `table` and `others`.
    private let sortedStart: Int?
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
        let sortedStart = text.withUTF8(DictionaryWords.sortedWordsStart)
        if sortedStart == nil { text.withUTF8 { bytes in
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
        } }
        self.text = text
        self.sortedStart = sortedStart
        self.table = table
        self.others = others
    }

    /// Where the words start when `bytes` are comment lines (opening with "#") and then one word a line of printable
    /// ASCII other than space (of which `Knowledge.rows` reads each whole line as the row's one field), each word
    /// after the one before in byte order; nil when they are not so.
    private static func sortedWordsStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        func lineEnd(from start: Int) -> Int {
            guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        var i = 0
        while i < bytes.count && bytes[i] == UInt8(ascii: "#") { i = lineEnd(from: i) + 1 }
        let start = i
        var previous = 0..<0
        while i < bytes.count {
            let end = lineEnd(from: i)
            guard end > i, bytes[i] != UInt8(ascii: "#") else { return nil }
            // Any byte outside 0x21...0x7E (a space, tab, carriage return, or beyond ASCII) leaves the list to the table.
            var outside = false
            for k in i..<end { outside = outside || bytes[k] &- 0x21 > 0x7E - 0x21 }
            guard !outside, previous.isEmpty || compare(previous, i..<end, in: bytes) < 0 else { return nil }
            previous = i..<end
            i = end + 1
        }
        return start
    }

    /// The byte order of two ranges of `bytes` (memcmp's, the shorter first when one begins the other).
    private static func compare(_ a: Range<Int>, _ b: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        compare(UnsafeBufferPointer(rebasing: bytes[a]), UnsafeBufferPointer(rebasing: bytes[b]))
    }

    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let order = Int(memcmp(a.baseAddress!, b.baseAddress!, min(a.count, b.count)))
        return order != 0 ? order : a.count - b.count
    }

    /// Whether the line-a-word sorted list in `bytes` from `start` has `word`, by binary search on the bytes: the
    /// range searched always begins and ends at a line's bounds.
    private static func sortedContains(_ word: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard word.count > 0 else { return false }
        var lower = start, upper = bytes.count
        while lower < upper {
            var lineStart = (lower + upper) / 2
            while lineStart > lower && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = lineStart
            while lineEnd < upper && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let order = compare(word, UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
            if order == 0 { return true }
            if order < 0 { upper = lineStart } else { lower = lineEnd + 1 }
        }
        return false
    }

    /// Whether the word of `table` at `entry` of the list's `bytes` is `word`.
    @inline(__always)
    private static func equal(_ word: UnsafeBufferPointer<UInt8>, at entry: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry >> 8, length = entry & 0xFF
        return length == word.count && memcmp(bytes.baseAddress! + start, word.baseAddress!, length) == 0
    }

    func contains(_ word: String) -> Bool {
        if let sortedStart {
            // The list is all ASCII: a word beyond ASCII equals one of its words only through `WordMap.asciiForm`.
            guard var ascii = EntityFeatures.asciiWordHash(word) != nil ? word : WordMap<Bool>.asciiForm(word) else { return false }
            var text = text
            return ascii.withUTF8 { ascii in text.withUTF8 { DictionaryWords.sortedContains(ascii, in: $0, from: sortedStart) } }
        }
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
