import Foundation

/// A relation between two actors of one article, before actors are merged across the corpus.
struct LocalRelation: Hashable, Sendable {
    var subject: Int
    var predicate: String
    var object: Int
    var symmetric: Bool
    var sentence: Int
}

/// Finds who did what to whom in each sentence: active and passive clauses around a relation verb,
/// nominal forms ("a visit by X to Y", "X's visit to Y", "the Russian invasion of Ukraine", "talks between X and Y"),
/// and coordinated actors ("Putin and Kim exchanged letters", "ties with Russia and China").
struct RelationExtractor {
    let knowledge: KnowledgeBase

    init(knowledge: KnowledgeBase = .shared) {
        self.knowledge = knowledge
    }

    /// An actor named at a place in a sentence, or a pronoun that refers back to one.
    private struct Argument {
        var actor: Int
        var start: Int
        var end: Int
        var isModifier: Bool
    }

    private static let prepositions: Set<String> = ["to", "from", "in", "with", "by", "of", "for", "at", "on", "against", "into", "like", "than", "about", "over", "between", "among", "toward", "towards", "as", "near", "across"]
    private static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "'s"]
    private static let clauseBreaks: Set<String> = [".", ";", "!", "?", "which", "who", "whom", "whose", "while", "whereas", "but", "although", "because", "\u{201C}", "\u{201D}", "\""]
    private static let determiners: Set<String> = ["a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those", "'s", "\u{2019}s", "any", "no", "further"]
    private static let skippable: Set<String> = ["the", "a", "an", "both", "all", "also", "then", "not", "already", "reportedly", "allegedly", "recently", "previously", "still", "further", "again", "increasingly", "actively", "directly", "jointly", "officially", "formally", "publicly", "repeatedly", "never", "just", "now", "later", "soon", "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "can", "must", "be", "been", "being", "do", "does", "did", "to"]

    func relations(in article: Article, actors: [LocalActor], mentions: [LocalMention]) -> [LocalRelation] {
        var result: [LocalRelation] = []
        var seen = Set<LocalRelation>()
        var lastPerson: Int?
        var mentionIndex = 0
        for sentence in article.sentences {
            var arguments: [Argument] = []
            var sentenceMentions: [LocalMention] = []
            while mentionIndex < mentions.count, mentions[mentionIndex].sentence < sentence.index { mentionIndex += 1 }
            var k = mentionIndex
            while k < mentions.count, mentions[k].sentence == sentence.index {
                sentenceMentions.append(mentions[k])
                k += 1
            }
            let words = sentence.tokens.map { $0.text.replacingOccurrences(of: "\u{2019}", with: "'") }
            let lower = words.map { $0.lowercased() }
            // Arguments in order, with "he"/"she" standing for the last person named before them.
            var m = 0
            for (index, word) in lower.enumerated() {
                while m < sentenceMentions.count, sentenceMentions[m].tokens.lowerBound == index {
                    let mention = sentenceMentions[m]
                    arguments.append(Argument(actor: mention.actor, start: mention.tokens.lowerBound, end: mention.tokens.upperBound,
                                              isModifier: mention.isModifier))
                    if actors[mention.actor].kind == .person { lastPerson = mention.actor }
                    m += 1
                }
                if word == "he" || word == "she", let person = lastPerson {
                    arguments.append(Argument(actor: person, start: index, end: index + 1, isModifier: false))
                }
            }
            guard arguments.count >= 2 || (arguments.count == 1 && words.count > 3) else { continue }

            func emit(_ subject: Int, _ predicate: String, _ object: Int, symmetric: Bool) {
                guard subject != object, !predicate.isEmpty else { return }
                let relation = LocalRelation(subject: subject, predicate: predicate, object: object,
                                             symmetric: symmetric, sentence: sentence.index)
                if seen.insert(relation).inserted { result.append(relation) }
            }
            func argument(startingAt index: Int, allowModifier: Bool = false) -> Argument? {
                arguments.first { $0.start == index && (allowModifier || !$0.isModifier) }
            }
            /// The argument that starts within a few determiners, titles or adjectives after `index`.
            func argument(after index: Int, within: Int = 3) -> Argument? {
                var j = index
                while j < min(words.count, index + within + 1) {
                    if let found = arguments.first(where: { $0.start == j && !$0.isModifier }) { return found }
                    if RelationExtractor.clauseBreaks.contains(lower[j]) || lower[j] == "," { return nil }
                    j += 1
                }
                return nil
            }
            /// The arguments coordinated with `first` by "and", "or" or commas ("Russia and China").
            func coordinated(with first: Argument) -> [Argument] {
                var list = [first]
                var end = first.end
                while end + 1 < words.count, ["and", "or", ","].contains(lower[end]) {
                    var next = end + 1
                    if lower[next] == "and" || lower[next] == "or" { next += 1 }
                    while next < words.count, ["the", "both"].contains(lower[next]) { next += 1 }
                    guard let another = argument(startingAt: next) else { break }
                    list.append(another)
                    end = another.end
                }
                return list
            }
            /// The subject of a verb or noun at `index`: an actor right before it, or the nearest one before it
            /// that is not the object of a preposition.
            func subject(before index: Int) -> [Argument] {
                var j = index - 1
                while j >= 0, RelationExtractor.skippable.contains(lower[j]) || lower[j].hasSuffix("ly") { j -= 1 }
                if j >= 0, let adjacent = arguments.last(where: { $0.end == j + 1 && !$0.isModifier }) {
                    return coordinatedBackwards(adjacent)
                }
                for candidate in arguments.reversed() where candidate.end <= index && !candidate.isModifier {
                    let before = candidate.start - 1
                    let governed = before >= 0 && (RelationExtractor.prepositions.contains(lower[before])
                        || (before >= 1 && ["the", "both"].contains(lower[before]) && RelationExtractor.prepositions.contains(lower[before - 1])))
                    if !governed { return coordinatedBackwards(candidate) }
                }
                return []
            }
            /// "Putin and Kim": the arguments joined by "and" that end with `last`.
            func coordinatedBackwards(_ last: Argument) -> [Argument] {
                var list = [last]
                var start = last.start
                while start >= 2, lower[start - 1] == "and" || lower[start - 1] == "," {
                    guard let previous = arguments.last(where: { $0.end == start - 1 && !$0.isModifier }) else { break }
                    list.insert(previous, at: 0)
                    start = previous.start
                }
                return list
            }

            var nominalAt = Set<Int>()
            // "talks between Kim and Putin": a symmetric relation named by the noun before "between".
            for (index, word) in lower.enumerated() where word == "between" || word == "among" {
                guard let first = argument(after: index + 1, within: 1) ?? argument(startingAt: index + 1) else { continue }
                let pair = coordinated(with: first)
                guard pair.count >= 2 else { continue }
                let predicate = nounPredicate(before: index, lower)
                for a in 0..<pair.count {
                    for b in (a + 1)..<pair.count { emit(pair[a].actor, predicate, pair[b].actor, symmetric: true) }
                }
                nominalAt.insert(index)
            }
            // Nominal forms: "a visit by X to Y", "X's visit to Y", "the Russian invasion of Ukraine", "sales from X to Y".
            for (index, word) in lower.enumerated() {
                guard let lemma = knowledge.relationNouns[word], index > 0,
                      RelationExtractor.determiners.contains(lower[index - 1]) || lower[index - 1].first?.isLetter == true
                        || arguments.contains(where: { $0.end == index }) else { continue }
                var subjects: [Argument] = []
                var objects: [Argument] = []
                // Possessive or modifier right before: "Shoigu's visit", "the Russian invasion".
                if let owner = arguments.last(where: { $0.end == index - 1 && lower[index - 1] != "'s" })
                    ?? arguments.last(where: { $0.end == index && $0.isModifier })
                    ?? (index >= 2 && lower[index - 1] == "'s" ? arguments.last(where: { $0.end == index - 1 }) : nil) {
                    subjects = [owner]
                }
                var j = index + 1
                let limit = min(words.count, index + 14)
                while j < limit, !RelationExtractor.clauseBreaks.contains(lower[j]) {
                    let preposition = lower[j]
                    if preposition == "by", subjects.isEmpty, let agent = argument(after: j + 1) {
                        subjects = coordinated(with: agent); j = agent.end; continue
                    }
                    if preposition == "from", subjects.isEmpty, let source = argument(after: j + 1) {
                        subjects = [source]; j = source.end; continue
                    }
                    if ["to", "of", "with", "on", "against", "into", "for"].contains(preposition), objects.isEmpty,
                       let target = argument(after: j + 1) {
                        objects = coordinated(with: target); j = objects.last!.end; continue
                    }
                    if j > index + 2, lower[j] == ",", subjects.isEmpty == false { break }
                    j += 1
                }
                if subjects.isEmpty, !objects.isEmpty { subjects = subject(before: index).suffix(1) }
                guard !subjects.isEmpty, !objects.isEmpty else { continue }
                nominalAt.insert(index)
                let symmetric = knowledge.symmetricLemmas.contains(lemma)
                for s in subjects { for o in objects { emit(s.actor, lemma, o.actor, symmetric: symmetric) } }
            }
            // Clauses around a relation verb, active or passive.
            for (index, word) in lower.enumerated() where !nominalAt.contains(index) {
                guard let lemma = knowledge.verbForms[word] else { continue }
                if index > 0, RelationExtractor.determiners.contains(lower[index - 1]), knowledge.relationNouns[word] != nil { continue }
                let symmetric = knowledge.symmetricLemmas.contains(lemma)
                let previousWords = lower[max(0, index - 3)..<index]
                let isParticiple = word.hasSuffix("ed") || (word != lemma && !word.hasSuffix("s") && !word.hasSuffix("ing"))
                if isParticiple, previousWords.contains(where: { RelationExtractor.beForms.contains($0) && $0 != "has" && $0 != "have" && $0 != "had" }),
                   let byIndex = (index + 1..<min(words.count, index + 8)).first(where: { lower[$0] == "by" }),
                   let agent = argument(after: byIndex + 1) {
                    // Passive: "X was invaded by Y" → Y invade X.
                    for patient in subject(before: index) { emit(agent.actor, lemma, patient.actor, symmetric: symmetric) }
                    continue
                }
                let subjects = subject(before: index)
                guard !subjects.isEmpty else { continue }
                var objects: [Argument] = []
                var j = index + 1
                let limit = min(words.count, index + 13)
                while j < limit, !RelationExtractor.clauseBreaks.contains(lower[j]) {
                    if lower[j] == "," && !(j + 1 < words.count && ["and", "or"].contains(lower[j + 1])) { break }
                    if lower[j] == "that", j == index + 1 { break }
                    if let found = arguments.first(where: { $0.start == j && !$0.isModifier }) {
                        objects = coordinated(with: found)
                        break
                    }
                    j += 1
                }
                if objects.isEmpty {
                    // "Putin and Kim exchanged letters": a symmetric act between coordinated subjects.
                    if symmetric, subjects.count >= 2 {
                        let predicate = index + 1 < words.count && lower[index + 1].first?.isLetter == true
                            && knowledge.verbForms[lower[index + 1]] == nil && !RelationExtractor.prepositions.contains(lower[index + 1])
                            ? lemma + " " + lower[index + 1] : lemma
                        for a in 0..<subjects.count {
                            for b in (a + 1)..<subjects.count { emit(subjects[a].actor, predicate, subjects[b].actor, symmetric: true) }
                        }
                    }
                    continue
                }
                for s in subjects { for o in objects { emit(s.actor, lemma, o.actor, symmetric: symmetric) } }
            }
        }
        return result
    }

    /// The act named before "between": "talks", "a meeting", "arms negotiations" → its lemma, or the noun itself.
    private func nounPredicate(before index: Int, _ lower: [String]) -> String {
        var j = index - 1
        while j >= 0, j >= index - 3 {
            let word = lower[j]
            if let lemma = knowledge.relationNouns[word] ?? knowledge.verbForms[word] { return lemma }
            j -= 1
        }
        guard index > 0, lower[index - 1].count > 2, lower[index - 1].first?.isLetter == true else { return "relation" }
        let noun = lower[index - 1]
        return noun.hasSuffix("s") && !noun.hasSuffix("ss") ? String(noun.dropLast()) : noun
    }
}
