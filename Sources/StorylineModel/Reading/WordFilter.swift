/// A set of words that can answer "certainly not one of them" from a few byte operations: a 4096-bit filter with
/// one hash (FNV-1a of the UTF-8 bytes). Put before a `Set` or `Dictionary` look-up, it spares most words the
/// hashing of the whole String, when most words are not in the set.
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 64)

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words {
            let bit = WordFilter.bit(word)
            bits[bit >> 6] |= 1 << (bit & 63)
        }
    }

    /// False when `word` is certainly none of the words; true when it may be one (a few other words share a bit).
    @inline(__always) func mayContain(_ word: String) -> Bool {
        mayContain(hash: word.utf8.withContiguousStorageIfAvailable(WordFilter.fnv1a) ?? WordFilter.fnv1a(word.utf8))
    }

    /// `mayContain` of the word whose UTF-8 bytes were fed to `hash(_:adding:)` from `emptyHash`: for words read
    /// off scalars, with no String made.
    @inline(__always) func mayContain(hash: UInt32) -> Bool {
        let bit = Int(hash & 4095)
        return bits[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// The hash of no bytes, which `hash(_:adding:)` extends by one byte.
    static let emptyHash: UInt32 = 2_166_136_261

    @inline(__always) static func hash(_ hash: UInt32, adding byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 16_777_619 }

    /// Native Strings (all but some bridged ones) lend their bytes in place, much faster than iterating the view.
    @inline(__always) private static func bit(_ word: String) -> Int {
        let hash = word.utf8.withContiguousStorageIfAvailable(fnv1a) ?? fnv1a(word.utf8)
        return Int(hash & 4095)
    }

    @inline(__always) private static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        bytes.reduce(emptyHash, hash(_:adding:))
    }
}
