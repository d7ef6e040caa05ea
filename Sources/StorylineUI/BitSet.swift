/// A fixed-size set of small integers (article positions), for fast unions and intersections.
public struct BitSet: Equatable, Sendable {
    public let capacity: Int
    private var words: [UInt64]

    public init(capacity: Int, full: Bool = false) {
        self.capacity = capacity
        words = Array(repeating: full ? ~0 : 0, count: (capacity + 63) / 64)
        if full { trimTail() }
    }

    public init<S: Sequence>(capacity: Int, members: S) where S.Element == Int32 {
        self.init(capacity: capacity)
        for member in members { insert(Int(member)) }
    }

    public func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
    public mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

    public mutating func formUnion(_ other: BitSet) {
        for i in words.indices { words[i] |= other.words[i] }
    }

    public mutating func formIntersection(_ other: BitSet) {
        for i in words.indices { words[i] &= other.words[i] }
    }

    public func complemented() -> BitSet {
        var copy = self
        for i in copy.words.indices { copy.words[i] = ~copy.words[i] }
        copy.trimTail()
        return copy
    }

    /// Calls `body` with each member in increasing order, skipping empty words.
    @inline(__always)
    public func forEach(_ body: (Int) -> Void) {
        for (w, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                body(w << 6 | bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
    }

    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    private mutating func trimTail() {
        let extra = words.count * 64 - capacity
        if extra > 0, !words.isEmpty { words[words.count - 1] &= ~0 >> UInt64(extra) }
    }
}
