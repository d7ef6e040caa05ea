/// SplitMix64: a tiny, fast random number generator with a seed, the same sequence on every platform,
/// so training, synthetic corpora and property tests repeat exactly (the standard library's cannot be seeded).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0); the modulo bias is negligible for the small bounds used here.
    public mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
