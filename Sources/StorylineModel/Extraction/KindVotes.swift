/// How often the name tagger read each actor of an article as each kind: one count a kind, side by side for
/// each actor in one flat array (a Dictionary of Dictionaries made two tables and two SipHashes a vote).
struct KindVotes {
    /// The order of the counts of an actor; also the order ties go by: people win them, then organisations.
    private static let preference: [ActorKind] = [.person, .organization, .group, .place, .country]
    private var counts: [Int] = []
    /// The count of a reading the sentence states outright ("the firm Moreau Frères"): more than the model's readings of
    /// a name in any article.
    static let stated = 1_000

    @inline(__always)
    private static func slot(_ kind: ActorKind) -> Int {
        switch kind {
        case .person: 0
        case .organization: 1
        case .group: 2
        case .place: 3
        case .country: 4
        }
    }

    mutating func add(_ kind: ActorKind, for actor: Int, count: Int = 1) {
        let end = (actor + 1) * KindVotes.preference.count
        if counts.count < end { counts += repeatElement(0, count: end - counts.count) }
        counts[actor * KindVotes.preference.count + KindVotes.slot(kind)] += count
    }

    /// Forgets the actor's votes but one for `kind`.
    mutating func set(only kind: ActorKind, for actor: Int) {
        add(kind, for: actor)
        let start = actor * KindVotes.preference.count
        for slot in 0..<KindVotes.preference.count { counts[start + slot] = 0 }
        counts[start + KindVotes.slot(kind)] = 1
    }

    /// The kind with the most votes for the actor (ties to the earlier in `preference`); nil without votes.
    func winner(for actor: Int) -> ActorKind? {
        let start = actor * KindVotes.preference.count
        guard start + KindVotes.preference.count <= counts.count else { return nil }
        var best: (kind: ActorKind, count: Int)?
        for (slot, kind) in KindVotes.preference.enumerated() where counts[start + slot] > (best?.count ?? 0) {
            best = (kind, counts[start + slot])
        }
        return best?.kind
    }
}
