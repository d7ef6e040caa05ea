import Foundation

/// The tense of the clause around a time expression, used to pick the year of a bare month or month-day and the
/// week of a bare weekday.
///
/// Kept simple on purpose: each verb-like word marks a tense (past: "was/were/had/did", -ed forms, common irregular
/// pasts; future: "will/would/shall", "is set/scheduled/expected/due to", "plans to", "is to"; present: "is/are"
/// and a few schedule verbs), and an expression takes the tense of the nearest marker, where crossing a clause
/// boundary (punctuation, "that", "which", "and"…) counts as three extra tokens and future wins ties; a marker in
/// the expression's own clause wins over any across a boundary. With no marker the sentence is present.
enum TimeTense {
    case past, present, future

    /// How far a clause boundary (comma, semicolon, dash, parenthesis) counts: verbs across one speak less for it.
    static let boundaryPenalty = 3

    /// Future markers: modals and scheduling words. "next" is left out: it belongs to the time expressions
    /// ("next month") that resolve themselves.
    static let futureWords: Set<String> = ["will", "'ll", "shall", "would", "upcoming", "tomorrow", "forthcoming"]

    /// Words that look ahead when "to" follows: "plans to", "is due to", "set to".
    static let schedulingWords: Set<String> = [
        "scheduled", "slated", "planned", "plans", "plan", "planning", "intends", "intend", "expected", "expects",
        "due", "set", "poised", "going", "aims", "hopes", "vowed", "vows", "promised", "promises",
    ]
    static let presentBe: Set<String> = ["is", "are", "am", "be", "being"]

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
        "need", "needs", "heed", "speed", "red", "bed", "feed", "seed", "breed", "proceed", "succeed", "exceed", "indeed",
        "embed", "naked", "sacred", "wicked", "kindred", "hundred", "united", "shed", "wed", "bred", "steed",
        "creed", "greed", "weed", "reed", "deed", "led", "fled", "sled", "ted", "ned", "fred", "ahmed", "mohammed",
        "muhammad", "hatred", "rugged", "aged", "beloved", "learned", "alleged", "so-called", "supposed",
        "advanced", "limited", "based", "related", "interested", "concerned", "detailed", "qualified",
        "armed", "skilled", "talented", "experienced", "balanced", "mixed", "increased", "reduced",
    ]

    static let schedulingParticiples: Set<String> = ["expected", "planned", "scheduled", "due", "slated", "set", "poised"]
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "'s", "'re"]

    /// Plain present forms that are safe to spot: "is", and verbs of schedules and states.
    static let presentWords: Set<String> = [
        "is", "are", "am", "takes", "remains", "remain", "continues", "becomes", "begins", "ends", "starts", "opens",
        "closes", "runs", "falls", "lasts", "expires", "comes",
    ]

    /// Plain forms of the verbs of schedules, present only right after their subject (not after "will", "to",
    /// "did" or a determiner): "the duties take effect on Thursday", "Bremen host Bayern on Saturday".
    static let plainScheduleVerbs: WordSet = [
        "take", "begin", "start", "open", "close", "end", "meet", "face", "play", "host", "visit", "return", "resume",
    ]
    static let beforePlainVerbsNotPresent: WordSet = [
        "will", "'ll", "would", "shall", "to", "did", "does", "do", "not", "n't", "could", "can", "may", "might", "should", "must",
        // After a determiner they are nouns: "the end of the day", "a visit", "the return".
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "'s",
    ]


    /// A per-token tense marker: the sentence's clause-level tense is the marker nearest a time expression.
    static let boundaryMarks: Set<String> = [
        ",", ";", ":", "-", "(", ")", "\"", "that", "which", "who", "and", "but", "because", "while", "whereas", "although",
    ]

    /// Which of the word lists above a word is on, so that a token is looked up once, not once per list.
    struct WordClass: OptionSet {
        let rawValue: UInt16
        static let future = WordClass(rawValue: 1 << 0)
        static let scheduling = WordClass(rawValue: 1 << 1)
        static let presentBe = WordClass(rawValue: 1 << 2)
        static let pastAuxiliary = WordClass(rawValue: 1 << 3)
        static let irregularPast = WordClass(rawValue: 1 << 4)
        static let edNonVerb = WordClass(rawValue: 1 << 5)
        static let schedulingParticiple = WordClass(rawValue: 1 << 6)
        static let beForm = WordClass(rawValue: 1 << 7)
        static let present = WordClass(rawValue: 1 << 8)
        static let boundary = WordClass(rawValue: 1 << 9)
    }

    /// Every word on a list, with the lists it is on (a `WordMap`: every word of a sentence is looked up).
    static let wordClasses = WordMap<WordClass>({
        var table: [String: WordClass] = [:]
        let lists: [(Set<String>, WordClass)] = [
            (futureWords, .future), (schedulingWords, .scheduling), (presentBe, .presentBe),
            (pastAuxiliaries, .pastAuxiliary), (irregularPast, .irregularPast), (edNonVerbs, .edNonVerb),
            (schedulingParticiples, .schedulingParticiple), (beForms, .beForm), (presentWords, .present),
            (boundaryMarks, .boundary),
        ]
        for (words, wordClass) in lists {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        return table
    }())

    /// Tense markers of a sentence, with the number of clause boundaries before each token.
    struct Map {
        var markers: [(index: Int, tense: TimeTense)] = []
        var boundariesBefore: [Int] = []
    }

    /// The map of a sentence's tokens, with the lower-cased text of each (`TimeTokenizer.tokenize`).
    static func map(_ tokens: [TimeToken], _ lower: [String]) -> Map {
        // Numbers are on no list.
        let classes = tokens.indices.map { tokens[$0].kind == .number ? [] : wordClasses[lower[$0]] ?? [] }
        var map = Map()
        map.boundariesBefore.reserveCapacity(tokens.count)
        var boundaries = 0
        for wordClass in classes {
            map.boundariesBefore.append(boundaries)
            if wordClass.contains(.boundary) { boundaries += 1 }
        }
        map.markers = markers(tokens, lower, classes)
        return map
    }

    static func markers(_ tokens: [TimeToken], _ lower: [String], _ classes: [WordClass]) -> [(index: Int, tense: TimeTense)] {
        var markers: [(index: Int, tense: TimeTense)] = []
        for (index, token) in tokens.enumerated() where token.kind == .word {
            if let tense = marker(tokens, lower, classes, index) { markers.append((index, tense)) }
        }
        return markers
    }

    /// The tense the word at `index` marks, if any.
    private static func marker(_ tokens: [TimeToken], _ lower: [String], _ classes: [WordClass], _ index: Int) -> TimeTense? {
        let token = tokens[index]
        let w = lower[index]
        let wordClass = classes[index]
        let previous: WordClass = index > 0 ? classes[index - 1] : []
        let next = index + 1 < tokens.count ? lower[index + 1] : ""
        // "is expected in July", "was scheduled for May", "is set to", "is to be held", "plans to": future.
        if wordClass.contains(.schedulingParticiple) && previous.contains(.beForm) { return .future }
        if next == "to" && (wordClass.contains(.scheduling) || w == "is" || w == "are") { return .future }
        if w == "won", !token.capitalized || index == 0 { return next == "'t" ? .future : .past }  // "won't", or the past of "win"
        if wordClass.contains(.future) { return .future }
        if wordClass.contains(.present) { return .present }
        if TimeTense.plainScheduleVerbs.contains(w), index > 0, !TimeTense.beforePlainVerbsNotPresent.contains(lower[index - 1]) {
            // Only after what can be its subject: a name, a plural noun or a pronoun ("the duties take", "Bremen host",
            // "they meet"), not an adjective ("a bright start").
            let subject = lower[index - 1]
            if tokens[index - 1].capitalized || subject.hasSuffix("s") || ["they", "we", "you", "i"].contains(subject) { return .present }
        }
        if wordClass.contains(.pastAuxiliary) { return .past }
        // A capitalised word inside the sentence is a name, not a verb: "Tran Quoc Hung", "Kim Won".
        let participle = (!token.capitalized || index == 0)
            && (wordClass.contains(.irregularPast) || (endsInED(w) && !wordClass.contains(.edNonVerb)))
        // "is based", "to be held": a participle after a present or bare "be" is a present or future passive.
        if participle && !previous.contains(.presentBe) { return .past }
        return nil
    }

    /// The word ends in "ed" and has 4 Characters or more. ASCII words (most) are read on their bytes in place:
    /// there each byte is a Character, but for CR LF.
    private static func endsInED(_ word: String) -> Bool {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return bytes.count >= 4 && bytes[bytes.count - 2] == 0x65 && bytes[bytes.count - 1] == 0x64
        } ?? nil
        return ascii ?? (word.hasSuffix("ed") && word.count >= 4)
    }

    /// The tense of the marker nearest to the token at `position` (future wins ties); present when there is none.
    /// A marker in the same clause (no boundary between) wins over nearer ones across a boundary: in "Ferries
    /// will run until 6 a.m. on Monday, a spokeswoman said" the reporting verb does not date Monday.
    static func tense(at position: Int, in map: Map) -> TimeTense {
        let clause = map.boundariesBefore[position]
        let sameClause = map.markers.filter { map.boundariesBefore[$0.index] == clause }
        var best: (distance: Int, tense: TimeTense)?
        for marker in sameClause.isEmpty ? map.markers : sameClause {
            let boundaries = abs(map.boundariesBefore[marker.index] - map.boundariesBefore[position])
            let distance = abs(marker.index - position) + boundaries * boundaryPenalty
            if best == nil || distance < best!.distance || (distance == best!.distance && marker.tense == .future) {
                best = (distance, marker.tense)
            }
        }
        if let best { return best.tense }
        return .present
    }
}
