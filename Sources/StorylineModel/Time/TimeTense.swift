import Foundation

/// The tense a sentence (or the clause near a time expression) speaks in, used to pick a year for a bare month
/// and a week for a bare weekday.
enum TimeTense {
    case past, present, future
    /// A reporting verb ("said"): past, but it speaks of the report, so it only decides when no other verb is near.
    case report

    /// How far a reporting verb counts as being from any expression.
    static let reportingPenalty = 6
    /// How far a clause boundary (comma, semicolon, dash, parenthesis) counts: verbs across one speak less for it.
    static let boundaryPenalty = 3

    /// Future markers: modals and scheduling words. "next" is left out: it belongs to the time expressions
    /// ("next month") that resolve themselves.
    static let futureWords: Set<String> = [
        "will", "'ll", "shall", "won", "would", "'d", "upcoming", "scheduled", "slated", "planned", "plans", "plan",
        "planning", "intends", "intend", "expected", "expects", "tomorrow", "forthcoming", "due",
    ]

    static let pastAuxiliaries: Set<String> = ["was", "were", "had", "did", "ago", "yesterday"]

    /// Common irregular past forms (and past participles that carry the past in perfects).
    static let irregularPast: Set<String> = [
        "said", "went", "came", "told", "made", "took", "gave", "met", "saw", "began", "fell", "fought", "held",
        "left", "led", "lost", "paid", "ran", "sent", "spoke", "stood", "won", "wrote", "struck", "thought",
        "brought", "bought", "found", "got", "knew", "became", "broke", "chose", "drew", "drove", "ate", "flew",
        "forgot", "grew", "hid", "kept", "laid", "meant", "rose", "sold", "sat", "shot", "shook", "spent", "stole",
        "swore", "taught", "threw", "understood", "woke", "wore", "fled", "felt", "heard", "built", "caught",
        "dealt", "fed", "forbade", "froze", "hung", "lent", "lit", "overtook", "sought", "slid", "sank", "sang",
        "slept", "swept", "swam", "tore", "withdrew", "wept", "bore", "arose", "been", "gone", "done", "seen",
        "taken", "given", "spoken", "written", "broken", "chosen", "driven", "fallen", "forgotten", "hidden",
        "known", "risen", "stolen", "sworn", "thrown", "woken", "worn", "begun", "flown", "drawn", "grown",
        "shaken", "eaten", "beaten", "beat", "bid", "cast", "quit", "upheld", "overthrew", "undertook",
    ]

    /// Words ending in "ed" that are not past verbs.
    static let edNonVerbs: Set<String> = [
        "need", "needs", "speed", "red", "bed", "feed", "seed", "breed", "proceed", "succeed", "exceed", "indeed",
        "embed", "naked", "sacred", "wicked", "kindred", "hundred", "united", "shed", "wed", "bred", "steed",
        "creed", "greed", "weed", "reed", "deed", "led", "fled", "sled", "ted", "ned", "fred", "ahmed", "mohammed",
        "muhammad", "hatred", "rugged", "aged", "beloved", "learned", "alleged", "so-called", "supposed",
        "advanced", "limited", "based", "related", "interested", "concerned", "detailed", "qualified",
        "armed", "skilled", "talented", "experienced", "balanced", "mixed", "increased", "reduced",
    ]

    /// Reporting verbs speak of the report, not of the event; they decide only when nothing else does.
    static let reportingWords: Set<String> = [
        "said", "told", "added", "announced", "stated", "reported", "according", "noted", "wrote", "explained",
        "claimed", "confirmed", "declared", "insisted", "warned", "argued", "quoted", "cited",
    ]

    /// A per-token tense marker: the sentence's clause-level tense is the marker nearest a time expression.
    static let boundaryMarks: Set<String> = [",", ";", ":", "-", "(", ")", "\""]

    /// Tense markers of a sentence, with the number of clause boundaries before each token.
    struct Map {
        var markers: [(index: Int, tense: TimeTense)] = []
        var boundariesBefore: [Int] = []
    }

    static func map(_ tokens: [TimeToken]) -> Map {
        var map = Map()
        map.boundariesBefore.reserveCapacity(tokens.count)
        var boundaries = 0
        for token in tokens {
            map.boundariesBefore.append(boundaries)
            if token.kind == .punct, boundaryMarks.contains(token.lower) { boundaries += 1 }
        }
        map.markers = markers(tokens)
        return map
    }

    static func markers(_ tokens: [TimeToken]) -> [(index: Int, tense: TimeTense)] {
        var markers: [(index: Int, tense: TimeTense)] = []
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let w = token.lower
            if reportingWords.contains(w) {
                markers.append((index, .report))
                continue
            }
            // "is set to", "is to be held": scheduled, so future.
            if (w == "set" || w == "is" || w == "are" || w == "poised" || w == "slated") && index + 1 < tokens.count
                && tokens[index + 1].lower == "to" {
                markers.append((index, .future))
                continue
            }
            if futureWords.contains(w) {
                // "is due to", "is expected to": only with "to" after (or a modal), else "expected" is a past form.
                if w == "due" || w == "expected" || w == "plans" || w == "plan" || w == "planned" || w == "intends"
                    || w == "intend" || w == "expects" || w == "planning" {
                    let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
                    if next != "to" && next != "for" { if w == "expected" || w == "planned" { markers.append((index, .past)) }; continue }
                }
                if w == "won" {
                    // "won't" is future; "won" alone is the past of win.
                    let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
                    markers.append((index, next == "'t" ? .future : .past))
                    continue
                }
                if w == "'d" { continue }
                markers.append((index, .future))
                continue
            }
            if pastAuxiliaries.contains(w) {
                markers.append((index, .past))
                continue
            }
            let participle = irregularPast.contains(w)
                || (w.count >= 5 && w.hasSuffix("ed") && (!token.capitalized || index == 0) && !edNonVerbs.contains(w))
            if participle {
                // "is based", "to be held": a participle after a present or bare "be" is a present or future passive.
                let previous = index > 0 ? tokens[index - 1].lower : ""
                if previous == "is" || previous == "are" || previous == "am" || previous == "be" || previous == "being" {
                    continue
                }
                markers.append((index, .past))
            }
        }
        return markers
    }

    /// The tense of the marker nearest to the token at `position` (future wins ties); present when there is none.
    static func tense(at position: Int, in map: Map) -> TimeTense {
        var best: (distance: Int, tense: TimeTense)?
        for marker in map.markers {
            let boundaries = abs(map.boundariesBefore[marker.index] - map.boundariesBefore[position])
            let distance = abs(marker.index - position) + (marker.tense == .report ? reportingPenalty : 0)
                + boundaries * boundaryPenalty
            if best == nil || distance < best!.distance || (distance == best!.distance && marker.tense == .future) {
                best = (distance, marker.tense)
            }
        }
        if let best { return best.tense == .report ? .past : best.tense }
        return .present
    }
}
