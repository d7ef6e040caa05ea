/// The hashes of the name tokens of each actor of an article, in the order the name tagger made the actors: the search for the person a name refers to compares these numbers first, rather than
/// Strings (each comparison a call into the standard library) of token arrays (each read retained and released).
struct NameTokenHashes {
    /// What `NameTagger.personReferredTo` compares of an actor's name: its length, and the hashes of its first, second
    /// and last tokens (only those, made once a new actor).
    struct Name {
        let count: Int
        let first: UInt64, second: UInt64, last: UInt64
    }

    private var names: [Name] = []

    /// A hash for an ASCII token (`EntityFeatures.asciiWordHash`), else `unknown`. Not `hashValue`: Strings are equal
    /// when canonically equivalent, and ASCII ones exactly when their bytes are, which FNV-1a reads far more cheaply
    /// than SipHash does.
    static func hash(_ token: String) -> UInt64 {
        guard let hash = EntityFeatures.asciiWordHash(token) else { return unknown }
        return hash == unknown ? 1 : hash
    }

    /// The hash of a token that is not ASCII (a non-ASCII token may equal an ASCII one, "K" the Kelvin sign "K").
    static let unknown: UInt64 = 0

    /// False only when tokens of these hashes cannot be equal Strings.
    @inline(__always)
    static func mayEqual(_ a: UInt64, _ b: UInt64) -> Bool { a == b || a == unknown || b == unknown }

    /// Adds the next actor's name tokens.
    mutating func append(_ tokens: [String]) {
        let count = tokens.count
        func hash(_ offset: Int) -> UInt64 { offset < count ? NameTokenHashes.hash(tokens[offset]) : NameTokenHashes.unknown }
        let first = hash(0)
        names.append(Name(count: count, first: first, second: hash(1), last: count > 1 ? hash(count - 1) : first))
    }

    /// The actor's name.
    subscript(actor: Int) -> Name { names[actor] }
}
