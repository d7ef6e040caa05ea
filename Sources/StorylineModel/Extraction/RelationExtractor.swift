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
/// It reads word order only (no parser), so it keeps to short, local patterns and says nothing when unsure.
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

    private static let prepositions: WordSet = ["to", "from", "in", "with", "by", "of", "for", "at", "on", "against", "into", "like", "than", "about", "over", "between", "among", "toward", "towards", "as", "near", "across", "including", "regarding"]
    private static let passiveAuxiliaries: WordSet = ["is", "are", "was", "were", "be", "been", "being"]
    private static let quotes: WordSet = ["\u{201C}", "\u{201D}", "\"", "\u{2018}", "\u{2019}"]
    private static let clauseBreaks: WordSet = [".", ";", ":", "!", "?", "which", "who", "whom", "whose", "while", "whereas", "but", "although", "because", "that", "\u{201C}", "\u{201D}", "\""]
    /// Prepositions between a title and its post ("curator at the University …"); made once, not for every sentence.
    private static let postPrepositions: WordSet = ["of", "at", "for", "with", "in"]
    private static let determiners: WordSet = ["a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those", "'s", "any", "no", "every", "each"]
    /// Words that may stand between a subject and its verb: auxiliaries, modals, common adverbs.
    private static let auxiliaries: WordSet = ["also", "then", "not", "already", "reportedly", "allegedly", "still", "again", "never", "just", "now", "later", "soon", "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "can", "must", "be", "been", "being", "do", "does", "did", "both", "all", "jointly", "once"]
    private static let relativePronouns: WordSet = ["who", "which"]
    /// Nouns for the people and bodies of a state, after which a demonym names the state ("Peruvian authorities").
    private static let stateBodies: WordSet = ["authorities", "officials", "government", "forces", "troops", "police", "military",
                                                   "army", "leaders", "diplomats", "prosecutors", "regulators", "navy", "ministers"]
    private static let negations: WordSet = ["not", "never", "n't", "no"]
    /// Relations by which something passes from one actor to another, so "from X to Y" names both.
    private static let transferLemmas: WordSet = ["sell", "supply", "export", "provide", "pay", "aid", "assist", "send", "fund", "finance", "import"]
    /// How far (in tokens) a verb may be from its subject and its object.
    private static let subjectReach = 12
    private static let objectReach = 8

    /// "he" or "she" in any case, as the lower-cased word with straight apostrophes would read.
    @inline(__always)
    private static func isHeOrShe(_ text: String) -> Bool {
        // Told by the byte count first, in line (asked of every word once a person is named): lower-casing makes "he"
        // or "she" only of two or three ASCII letters, as no scalar beyond ASCII lower-cases to h, e or s.
        guard (2...3).contains(text.utf8.count) else { return false }
        return isHeOrSheOfTwoOrThreeBytes(text)
    }

    private static func isHeOrSheOfTwoOrThreeBytes(_ text: String) -> Bool {
        // The bytes read in place (stepping through a `UTF8View` costs several times more a byte).
        let ascii = text.utf8.withContiguousStorageIfAvailable(asciiHeOrShe) ?? asciiHeOrShe(text.utf8)
        if let ascii { return ascii }
        let word = KnowledgeBase.straightApostrophes(text).lowercased()
        return word == "he" || word == "she"
    }

    /// `isHeOrShe` on bytes; nil when a byte beyond ASCII comes before the answer (lower-casing decides then).
    private static func asciiHeOrShe<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool? {
        // Lower-casing sets bit 0x20 of the capitals, and no other byte becomes h, e or s with it set;
        // a word of four scalars or more cannot lower-case to "she".
        var folded: UInt32 = 0
        var count = 0
        for byte in bytes {
            if byte >= 0x80 { return nil }
            count += 1
            if count > 3 { return false }
            folded = folded << 8 | UInt32(byte | 0x20)
        }
        return (count == 2 && folded == 0x6865) || (count == 3 && folded == 0x73_6865)
    }

    /// "him", or "her" where it is not a possessive (followed by a word: "her novel"): the object form of he/she.
    @inline(__always)
    private static func isObjectPronoun(_ text: String, before next: @autoclosure () -> String) -> Bool {
        // Asked of every word once a person is named: most are told by their length, in line.
        guard text.utf8.count == 3 else { return false }
        return isObjectPronounOfThreeBytes(text, before: next())
    }

    private static func isObjectPronounOfThreeBytes(_ text: String, before next: @autoclosure () -> String) -> Bool {
        // An ASCII word is told by its bytes folded, with no lower-cased String made: bit 0x20 makes a capital lower
        // case, and only h or H folds to h (and so on).
        let folded = text.utf8.withContiguousStorageIfAvailable { bytes -> UInt32? in
            var folded: UInt32 = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                folded = folded << 8 | UInt32(byte | 0x20)
            }
            return folded
        } ?? nil
        let isHim: Bool, isHer: Bool
        if let folded {
            (isHim, isHer) = (folded == 0x68_696D, folded == 0x68_6572)
        } else {
            let word = text.lowercased()
            (isHim, isHer) = (word == "him", word == "her")
        }
        if isHim { return true }
        guard isHer else { return false }
        return isObjectHer(before: next())
    }

    /// Whether "her" before `next` is the object form: no word follows, or a preposition or "and"/"or" does.
    private static func isObjectHer(before next: String) -> Bool {
        next.first.map { !$0.isLetter } ?? true || prepositions.contains(next.lowercased()) || next == "and" || next == "or"
    }

    /// Whether the token at `index` stands for a person named before: "he", "she" (`isHeOrShe`), "him", or "her" as
    /// an object (`isObjectPronoun`). Asked of every word once a person is named: a word of at most 15 ASCII bytes
    /// (most) is told by its two words, read off the String and lower-cased at once.
    @inline(__always)
    private static func isPersonPronoun(_ tokens: [Token], at index: Int, smallStrings: Bool) -> Bool {
        let text = tokens[index].text
        guard smallStrings, let (words, count) = SmallASCIIString.contents(of: text) else {
            return isHeOrShe(text) || isObjectPronoun(text, before: index + 1 < tokens.count ? tokens[index + 1].text : "")
        }
        guard count == 2 || count == 3 else { return false }
        // The bytes from the lowest: "he" is 0x6568; with no byte of a word zero, a count of two or three tells itself.
        switch SmallASCIIString.lowercased(words).0 {
        case 0x6568, 0x65_6873, 0x6D_6968: return true  // "he", "she", "him"
        case 0x72_6568: return isObjectHer(before: index + 1 < tokens.count ? tokens[index + 1].text : "")
        default: return false
        }
    }

    /// A token's text with straight apostrophes (`KnowledgeBase.straightApostrophes`), its lower case
    /// (`EntityFeatures.lowercase`), and whether that is a relation word (`KnowledgeBase.isRelationWord`). An ASCII
    /// token (most) is read once, in place, into the hash of its lower case: it has no curly apostrophe, and with no
    /// capital it is its own lower case.
    private static func forms(_ text: String, knowledge: KnowledgeBase,
                              smallStrings: Bool) -> (word: String, lower: String, isRelationWord: Bool) {
        // `EntityFeatures.wordHash` of the lower case, made on the way.
        let emptyWordHash = (0xcbf29ce484222325 ^ 1) &* 0x100000001b3 as UInt64
        // A word of at most 15 bytes (most) is read from the String's own two words, lower-cased all at once.
        if smallStrings, let (words, count) = SmallASCIIString.contents(of: text) {
            let lowerWords = SmallASCIIString.lowercased(words)
            var hash = emptyWordHash
            SmallASCIIString.forEachByte(of: lowerWords, count: count) { hash = (hash ^ UInt64($0)) &* 0x100000001b3 }
            let lower = lowerWords == words ? text : SmallASCIIString.fromWords(lowerWords, count: count)
            return (text, lower, knowledge.isRelationWord(lowerHash: hash))
        }
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> (lower: String, lowerHash: UInt64)? in
            var hash = emptyWordHash
            var hasCapital = false
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                let isCapital = byte &- 0x41 < 26
                hasCapital = hasCapital || isCapital
                hash = (hash ^ UInt64(isCapital ? byte | 0x20 : byte)) &* 0x100000001b3
            }
            guard high < 0x80 else { return nil }
            return (hasCapital ? EntityFeatures.lowercase(text) : text, hash)
        } ?? nil
        if let ascii { return (text, ascii.lower, knowledge.isRelationWord(lowerHash: ascii.lowerHash)) }
        let word = KnowledgeBase.straightApostrophes(text)
        let lower = EntityFeatures.lowercase(word)
        return (word, lower, knowledge.isRelationWord(lower))
    }

    /// "between" or "among", asked of every word of a sentence: its length tells most words apart before the
    /// comparison of Strings, which calls into the standard library for every word that differs.
    private static func isBetweenOrAmong(_ word: String) -> Bool {
        switch word.utf8.count {
        case 7: return word == "between"
        case 5: return word == "among"
        default: return false
        }
    }

    func relations(in article: Article, actors: [LocalActor], mentions: [LocalMention]) -> [LocalRelation] {
        var result: [LocalRelation] = []
        var seen = Set<LocalRelation>()
        var lastPerson: Int?
        var mentionIndex = 0
        // Read once, not once a word: a static is fetched through a check that it is made.
        let smallStrings = SmallASCIIString.isSupported
        // A sentence's words as written and lower-cased, and the indices of the words whose lower case is a relation
        // word (told in the same pass): one set of buffers for all the article's sentences.
        var words: [String] = [], lower: [String] = [], relationWordIndices: [Int] = []
        for sentence in article.sentences {
            while mentionIndex < mentions.count, mentions[mentionIndex].sentence < sentence.index { mentionIndex += 1 }
            var k = mentionIndex
            while k < mentions.count, mentions[k].sentence == sentence.index { k += 1 }
            // A slice of the article's mentions, not a copy of them for each sentence.
            let sentenceMentions = mentions[mentionIndex..<k]
            let tokens = sentence.tokens
            // Arguments in order, with "he"/"she" standing for the last person named before them.
            var arguments: [Argument] = []
            // Room for the names and a pronoun or two, made at once rather than by growing from one.
            if !sentenceMentions.isEmpty { arguments.reserveCapacity(sentenceMentions.count + 2) }
            var m = sentenceMentions.startIndex
            // By index: a token's text is read only once a person is named, and the next token's only for "her".
            for index in tokens.indices {
                while m < sentenceMentions.endIndex, sentenceMentions[m].tokens.lowerBound == index {
                    let mention = sentenceMentions[m]
                    arguments.append(Argument(actor: mention.actor, start: mention.tokens.lowerBound, end: mention.tokens.upperBound,
                                              isModifier: mention.isModifier))
                    if actors[mention.actor].kind == .person { lastPerson = mention.actor }
                    m += 1
                }
                if let person = lastPerson, RelationExtractor.isPersonPronoun(tokens, at: index, smallStrings: smallStrings) {
                    arguments.append(Argument(actor: person, start: index, end: index + 1, isModifier: false))
                }
            }
            // Most sentences name fewer than two actors: their words are not even lower-cased.
            guard arguments.count >= 2 else { continue }
            // The last sentence's Context is gone: the buffers are written over, not made and freed again (nor
            // emptied by `removeAll(keepingCapacity:)`, which goes through the costlier `replaceSubrange`).
            while words.count > tokens.count { words.removeLast(); lower.removeLast() }
            while !relationWordIndices.isEmpty { relationWordIndices.removeLast() }
            words.reserveCapacity(tokens.count)
            lower.reserveCapacity(tokens.count)
            for (index, token) in tokens.enumerated() {
                let (word, lowerCase, isRelationWord) = RelationExtractor.forms(token.text, knowledge: knowledge, smallStrings: smallStrings)
                if index < words.count {
                    words[index] = word
                    lower[index] = lowerCase
                } else {
                    words.append(word)
                    lower.append(lowerCase)
                }
                if isRelationWord { relationWordIndices.append(index) }
            }
            let context = Context(words: words, lower: lower, arguments: arguments, knowledge: knowledge)

            func emit(_ subjects: [Argument], _ predicate: String, _ objects: [Argument], symmetric: Bool) {
                for s in subjects {
                    for o in objects where s.actor != o.actor {
                        let relation = LocalRelation(subject: s.actor, predicate: predicate, object: o.actor,
                                                     symmetric: symmetric, sentence: sentence.index)
                        if seen.insert(relation).inserted { result.append(relation) }
                    }
                }
            }

            // Posts: "NASA Administrator Charles Bolden", "Kristin Wilkins, curator at the University of Southern Indiana".
            for post in context.posts(kind: { actors[$0].kind }) {
                emit([post.person], post.title, [post.of], symmetric: false)
            }

            var nounAt = Set<Int>()
            // "talks between Kim and Putin": a symmetric relation named by the noun before "between".
            for (index, word) in lower.enumerated() where RelationExtractor.isBetweenOrAmong(word) {
                guard let first = context.argument(after: index + 1, within: 2) else { continue }
                let group = context.coordinated(with: first)
                guard group.count >= 2 else { continue }
                let predicate = nounPredicate(before: index, lower)
                for a in 0..<group.count { emit([group[a]], predicate, Array(group[(a + 1)...]), symmetric: true) }
                if index > 0 { nounAt.insert(index - 1) }
            }
            for index in relationWordIndices where context.readsAsRelationWord(index) && !nounAt.contains(index) {
                let word = lower[index]
                let lemmaAsNoun = knowledge.relationNouns[word]
                let lemmaAsVerb = knowledge.verbForms[word]
                if let lemma = lemmaAsNoun, lemmaAsVerb == nil || context.readsAsNoun(index) {
                    // Nominal forms: "a visit by X to Y", "X's visit to Y", "the Russian invasion of Ukraine", "sales from X to Y".
                    var (subjects, objects) = context.nominalArguments(of: index, transfer: RelationExtractor.transferLemmas.contains(lemma))
                    if subjects.isEmpty, !objects.isEmpty { subjects = context.clauseSubject(before: index) }
                    emit(subjects, lemma, objects, symmetric: knowledge.symmetricLemmas.contains(lemma))
                    continue
                }
                guard let lemma = lemmaAsVerb else { continue }
                let symmetric = knowledge.symmetricLemmas.contains(lemma)
                let negated = lower[max(0, index - 3)..<index].contains { RelationExtractor.negations.contains($0) }
                let predicate = negated ? "not " + lemma : lemma
                let isParticiple = word.hasSuffix("ed") || (word != lemma && !word.hasSuffix("s") && !word.hasSuffix("ing"))
                // A participle after a determiner is an adjective ("their donated photographs").
                if isParticiple, index > 0, RelationExtractor.determiners.contains(lower[index - 1]) { continue }
                if isParticiple, lower[max(0, index - 3)..<index].contains(where: { RelationExtractor.passiveAuxiliaries.contains($0) }),
                   let agent = context.agent(after: index) {
                    // Passive: "X was invaded by Y" → Y invade X.
                    emit(context.coordinated(with: agent), predicate, context.subject(before: index), symmetric: symmetric)
                    continue
                }
                if isParticiple, context.agent(after: index) != nil {
                    // A reduced passive ("the photographs donated to USI by the Foundation"): the actor before is not the agent,
                    // and what was acted on is seldom an actor.
                    continue
                }
                let subjects = context.subject(before: index)
                guard !subjects.isEmpty else { continue }
                let objects = context.object(after: index)
                if objects.isEmpty {
                    // "Putin and Kim exchanged letters": a symmetric act between coordinated subjects.
                    guard symmetric, subjects.count >= 2 else { continue }
                    let thing = index + 1 < words.count ? lower[index + 1] : ""
                    let named = thing.count > 2 && thing.allSatisfy(\.isLetter) && knowledge.verbForms[thing] == nil
                        && !RelationExtractor.prepositions.contains(thing) && !RelationExtractor.determiners.contains(thing)
                    let phrase = named ? predicate + " " + thing : predicate
                    for a in 0..<subjects.count { emit([subjects[a]], phrase, Array(subjects[(a + 1)...]), symmetric: true) }
                    continue
                }
                emit(subjects, predicate, objects, symmetric: symmetric)
            }
        }
        return result
    }

    /// The act named right before "between": "talks", "a meeting", "arms deals" → its lemma, or the noun itself.
    private func nounPredicate(before index: Int, _ lower: [String]) -> String {
        guard index > 0 else { return "relation" }
        let noun = lower[index - 1]
        if let lemma = knowledge.relationNouns[noun] ?? knowledge.verbForms[noun] { return lemma }
        guard noun.count > 2, noun.allSatisfy({ $0.isLetter || $0 == "-" }), !knowledge.stopCapitals.contains(noun) else { return "relation" }
        return noun.hasSuffix("s") && !noun.hasSuffix("ss") ? String(noun.dropLast()) : noun
    }

    /// One sentence's words and arguments, and the word-order rules that find subjects and objects in it.
    private struct Context {
        let words: [String]
        let lower: [String]
        let arguments: [Argument]
        let knowledge: KnowledgeBase

        /// Whether a word whose lower case names a relation (`KnowledgeBase.isRelationWord`) names one here: in lower
        /// case, or as the first word.
        func readsAsRelationWord(_ index: Int) -> Bool {
            index == 0 || Letters.startsLowercase(words[index])
        }

        /// Whether a word that can be a verb or a noun reads as a noun here: after a determiner, a possessive,
        /// an adjective or a preposition, or before "between", "of" or "by".
        func readsAsNoun(_ index: Int) -> Bool {
            if index + 1 < lower.count, ["between", "among", "of", "by"].contains(lower[index + 1]) { return true }
            guard index > 0 else { return false }
            let previous = lower[index - 1]
            if RelationExtractor.determiners.contains(previous) { return true }
            if previous == "to" || RelationExtractor.auxiliaries.contains(previous) || previous.hasSuffix("ly") { return false }
            if RelationExtractor.prepositions.contains(previous) { return true }
            if arguments.contains(where: { $0.end == index }) { return arguments.contains { $0.end == index && $0.isModifier } }
            return previous.first?.isLetter == true && knowledge.verbForms[previous] == nil
        }

        func argument(startingAt index: Int) -> Argument? {
            arguments.first { $0.start == index && !$0.isModifier }
        }

        /// The argument that starts within a few determiners or titles after `index`.
        func argument(after index: Int, within: Int = 3) -> Argument? {
            var j = index
            while j < min(words.count, index + within + 1) {
                if let found = argument(startingAt: j) { return found }
                // Only determiners, capitalised words (titles, modifiers), titles in lower case and "counterpart"
                // may come before it ("talks with her Vietnamese counterpart Nguyen Thanh Liem").
                let skippable = RelationExtractor.determiners.contains(lower[j]) || lower[j] == "both"
                    || Letters.startsUppercase(words[j]) || lower[j] == "counterpart" || lower[j] == "counterparts"
                    || knowledge.titles.longestMatch(from: j, count: j + 1, key: { words[$0] }) != nil
                if !skippable { return nil }
                j += 1
            }
            return nil
        }

        /// "Peruvian authorities", "Brazilian prosecutors": a demonym at `index` before the state's people stands for the country.
        func stateBody(at index: Int) -> Argument? {
            guard let modifier = arguments.first(where: { $0.start == index && $0.isModifier }), modifier.end < words.count,
                  RelationExtractor.stateBodies.contains(lower[modifier.end]) else { return nil }
            return modifier
        }

        /// The agent of a passive verb at `index`: the actor after the first "by" in the clause, within a few words,
        /// that is followed by one ("was defeated by 10,694 votes by James To" passes over the votes).
        func agent(after index: Int) -> Argument? {
            for j in (index + 1)..<min(words.count, index + 10) {
                if RelationExtractor.clauseBreaks.contains(lower[j]) { return nil }
                if lower[j] == "by", let agent = argument(after: j + 1, within: 3) ?? stateBody(at: j + 1) { return agent }
            }
            return nil
        }

        /// The arguments coordinated with `first` by "and", "or" or commas ("Russia and China", "Russia, China and Iran").
        /// Commas join only a list that "and" or "or" closes: in "told CNN, US officials …" the comma ends the phrase.
        func coordinated(with first: Argument) -> [Argument] {
            var list = [first]
            var closed = 1  // the items up to the last one joined by "and" or "or"
            var end = first.end
            while end + 1 < words.count, ["and", "or", ","].contains(lower[end]) {
                var next = end + 1
                var conjunction = lower[end] != ","
                if lower[next] == "and" || lower[next] == "or" { next += 1; conjunction = true }
                while next < words.count, ["the", "both"].contains(lower[next]) { next += 1 }
                guard let another = argument(startingAt: next) else { break }
                list.append(another)
                if conjunction { closed = list.count }
                end = another.end
            }
            return Array(list.prefix(closed))
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

        /// The subject of a verb at `index`: an actor right before it (auxiliaries and adverbs between),
        /// or the nearest one before it in the same clause that is not the object of a preposition.
        func subject(before index: Int) -> [Argument] {
            var j = index - 1
            while j >= 0, RelationExtractor.auxiliaries.contains(lower[j]) || lower[j].hasSuffix("ly") { j -= 1 }
            if j >= 0, let adjacent = arguments.last(where: { $0.end == j + 1 && !$0.isModifier }) {
                return coordinatedBackwards(adjacent)
            }
            if let antecedent = relativeAntecedent(of: j) { return [antecedent] }
            for candidate in arguments.reversed() where candidate.end <= index && !candidate.isModifier {
                if index - candidate.end > RelationExtractor.subjectReach { break }
                if (candidate.end..<index).contains(where: { RelationExtractor.quotes.contains(lower[$0]) || lower[$0] == ";" || lower[$0] == ":" }) { break }
                // The object of a preposition is no subject, with a determiner or capitalised words between
                // ("of the", "of Sao Paulo-based Orvalho Investimentos").
                var before = candidate.start - 1
                while before >= 0, candidate.start - before <= 3,
                      ["the", "both"].contains(lower[before]) || Letters.startsUppercase(words[before]) { before -= 1 }
                let governed = before >= 0 && RelationExtractor.prepositions.contains(lower[before])
                if !governed { return coordinatedBackwards(candidate) }
            }
            return []
        }

        /// The actor a relative pronoun at `index` stands for: "Maria Lopez, who heads the agency", "the Foundation which".
        func relativeAntecedent(of index: Int) -> Argument? {
            guard index >= 1, RelationExtractor.relativePronouns.contains(lower[index]) else { return nil }
            let end = lower[index - 1] == "," ? index - 1 : index
            return arguments.last { $0.end == end && !$0.isModifier }
        }

        /// The subject of a noun with no agent of its own ("Kim is considering a trip to Russia"):
        /// the clause's subject, when nothing but a few words of the same clause stand between.
        func clauseSubject(before index: Int) -> [Argument] {
            guard let found = subject(before: index).last else { return [] }
            var from = found.end
            // "Julie Couillard, who had ties to the Hells Angels": the relative pronoun belongs to the subject.
            if from < index, lower[from] == ",", from + 1 < index, RelationExtractor.relativePronouns.contains(lower[from + 1]) { from += 1 }
            if from < index, RelationExtractor.relativePronouns.contains(lower[from]) { from += 1 }
            let between = from..<index
            guard between.count <= 8, !between.contains(where: { RelationExtractor.clauseBreaks.contains(lower[$0]) || lower[$0] == "," }) else { return [] }
            return [found]
        }

        /// The objects of a verb at `index`: the first argument after it in the same clause, within reach,
        /// past at most two prepositions, and before any other verb.
        func object(after index: Int) -> [Argument] {
            var prepositionsCrossed = 0
            var j = index + 1
            while j < min(words.count, index + 1 + RelationExtractor.objectReach) {
                let word = lower[j]
                if RelationExtractor.clauseBreaks.contains(word) { return [] }
                if word == ",", !(j + 1 < words.count && ["and", "or"].contains(lower[j + 1])) { return [] }
                if let found = argument(startingAt: j) { return coordinated(with: found) }
                if let body = stateBody(at: j) { return [body] }
                if arguments.contains(where: { $0.start == j }) { j += 1; continue }
                if RelationExtractor.prepositions.contains(word) {
                    prepositionsCrossed += 1
                    if prepositionsCrossed > 2 { return [] }
                } else if Letters.startsLowercase(words[j]), word.count > 4,
                          word.hasSuffix("ing") || (knowledge.verbForms[word] != nil && !word.hasSuffix("s")) {
                    // Another verb starts another clause ("exchanged letters pledging …"); plural nouns ("shells") do not.
                    return []
                }
                j += 1
            }
            return []
        }

        /// The titles or roles (`KnowledgeBase.titles`) from `start`, one after another or joined by "and"
        /// ("director General", "chief financial officer and treasurer"), lower-cased, with the index after them.
        private func titles(at start: Int, limit: Int) -> (title: String, end: Int)? {
            var i = start
            var end: Int?
            while i < limit, let match = knowledge.titles.longestMatch(from: i, count: limit, key: { words[$0] }) {
                i += match.length
                end = i
                if i + 1 < limit, lower[i] == "and" { i += 1 }
            }
            guard let end else { return nil }
            return (lower[start..<end].joined(separator: " "), end)
        }

        /// Titles that fill exactly `start..<end`.
        private func titles(filling start: Int, _ end: Int) -> String? {
            guard let found = titles(at: start, limit: end), found.end == end else { return nil }
            return found.title
        }

        /// People named with their post at an organisation, a place or a country, as news writes it:
        /// - post, title, person: "NASA Administrator Charles Bolden", "NASA's administrator Charles Bolden";
        ///   "Civic Passion's Wong Yeung-tat" (titled "of");
        /// - person, comma, post: "Kristin Wilkins, curator at the University of Southern Indiana", "Julie Hahn, an
        ///   Environment Canada spokeswoman", "Lydia Buchtmann, FSANZ's spokeswoman", "Maurer, chief financial
        ///   officer and treasurer at the Foundation", "Kristin Wilkins, curator of the exhibition at USI";
        /// - title, post, comma, person: "the president of the Lombardy region, Roberto Maroni";
        /// - person of post: "Julie Hahn of Environment Canada", and "Lydia Buchtmann for FSANZ" with an organisation.
        func posts(kind: (Int) -> ActorKind) -> [(person: Argument, title: String, of: Argument)] {
            // Labelled as returned: an Array of unlabelled tuples would be converted on return.
            var found: [(person: Argument, title: String, of: Argument)] = []
            func isPerson(_ argument: Argument) -> Bool { kind(argument.actor) == .person }
            for (index, person) in arguments.enumerated() where isPerson(person) && !person.isModifier {
                // Before the name: the post, perhaps with 's, then titles reaching the name.
                if index > 0, !isPerson(arguments[index - 1]) {
                    let post = arguments[index - 1]
                    let possessive = post.end < words.count && lower[post.end] == "'s"
                    let titleStart = possessive ? post.end + 1 : post.end
                    if let title = titles(filling: titleStart, person.start) {
                        found.append((person, title, post))
                    } else if possessive, titleStart == person.start, [.organization, .country, .group].contains(kind(post.actor)) {
                        found.append((person, "of", post))
                    }
                }
                // "the president of the Lombardy region, Roberto Maroni"
                if person.start >= 1, lower[person.start - 1] == "," {
                    var postEnd = person.start - 1
                    if postEnd > 0, lower[postEnd - 1] == ")", let open = (max(0, postEnd - 8)..<postEnd).last(where: { lower[$0] == "(" }) {
                        postEnd = open
                    }
                    if let post = arguments.last(where: { !isPerson($0) && ($0.end == postEnd
                        || ($0.end == postEnd - 1 && Letters.startsLowercase(words[postEnd - 1]))) }) {
                        var k = post.start - 1
                        if k >= 0, lower[k] == "the" { k -= 1 }
                        if k >= 1, ["of", "at"].contains(lower[k]),
                           let titleStart = (max(0, k - 4)..<k).first(where: { titles(filling: $0, k) != nil }),
                           titleStart == 0 || ["the", "a", "an", "'s", ","].contains(lower[titleStart - 1]) {
                            found.append((person, titles(filling: titleStart, k)!, post))
                        }
                    }
                }
                // After the name.
                var j = person.end
                guard j + 1 < words.count else { continue }
                if lower[j] == "of" || lower[j] == "for", let post = argument(after: j + 1, within: 1), !isPerson(post),
                   lower[j] == "of" || kind(post.actor) == .organization {
                    found.append((person, "of", post))
                    continue
                }
                guard lower[j] == "," || lower[j] == "(" else { continue }
                j += 1
                // "Quesada, of the centre-left Citizen Renewal Party": a few lower-case words may stand before the post.
                if lower[j] == "of", let post = ((j + 1)..<min(words.count, j + 5)).lazy.map({ argument(startingAt: $0) }).first(where: { $0 != nil }) ?? nil,
                   !isPerson(post),
                   !(j + 1..<post.start).contains(where: { words[$0].first?.isLetter != true || Letters.startsUppercase(words[$0])
                       && !RelationExtractor.determiners.contains(lower[$0]) }) {
                    found.append((person, "of", post))
                    continue
                }
                if ["a", "an", "the"].contains(lower[j]) { j += 1 }
                if let post = argument(startingAt: j) ?? arguments.first(where: { $0.start == j && $0.isModifier }), !isPerson(post) {
                    // "an Environment Canada spokeswoman", "FSANZ's spokeswoman", "MSF's emergency coordinator"
                    var titleStart = post.end < words.count && lower[post.end] == "'s" ? post.end + 1 : post.end
                    if titleStart + 1 < words.count, Letters.startsLowercase(words[titleStart]),
                       titles(at: titleStart, limit: words.count) == nil { titleStart += 1 }
                    if let title = titles(at: titleStart, limit: words.count) { found.append((person, title.title, post)) }
                    continue
                }
                // "curator at the University …", "the former chairman of …": titles, then a preposition and the post,
                // or "of" and a few words of what the post is about first ("curator of the exhibition at USI").
                if j < words.count, ["former", "acting", "interim", "then"].contains(lower[j]) { j += 1 }
                guard let title = titles(at: j, limit: words.count), title.end < words.count, RelationExtractor.postPrepositions.contains(lower[title.end]) else { continue }
                if let post = argument(after: title.end + 1, within: 2), !isPerson(post) {
                    found.append((person, title.title, post))
                } else if lower[title.end] == "of",
                          let at = (title.end + 1..<min(words.count, title.end + 6)).first(where: { lower[$0] == "at" || lower[$0] == "in" }),
                          !(title.end + 1..<at).contains(where: { k in words[k].first?.isLetter != true || arguments.contains { $0.start == k } }),
                          let post = argument(after: at + 1, within: 1), !isPerson(post) {
                    found.append((person, title.title, post))
                }
            }
            return found
        }

        private func isTimeWord(_ word: String) -> Bool {
            TimeLexicon.months[word] != nil || TimeLexicon.weekdays[word] != nil || ["week", "month", "year"].contains(word)
        }

        /// Agent and target of a relation noun: "X's visit", "the Russian invasion", "by X", "to/of/with/on/against Y",
        /// and for transfers "from X to Y". Only prepositional phrases and time phrases may follow the noun.
        func nominalArguments(of index: Int, transfer: Bool) -> (subjects: [Argument], objects: [Argument]) {
            var subjects: [Argument] = []
            var objects: [Argument] = []
            // Owner before the noun, with up to two adjectives between: "Shoigu's visit", "North Korea's military assistance".
            var b = index - 1
            var adjectives = 0
            while b >= 0, adjectives < 2, lower[b].first?.isLetter == true, !RelationExtractor.determiners.contains(lower[b]),
                  !arguments.contains(where: { $0.end == b + 1 }) {
                b -= 1
                adjectives += 1
            }
            if b >= 0 {
                if lower[b] == "'s", let owner = arguments.last(where: { $0.end == b }) {
                    subjects = [owner]
                } else if let owner = arguments.last(where: { $0.end == b + 1 }), b + 1 == index || owner.isModifier {
                    subjects = [owner]
                }
            }
            var j = index + 1
            while j < words.count {
                let word = lower[j]
                if word == "by", subjects.isEmpty, let agent = argument(after: j + 1) {
                    subjects = coordinated(with: agent)
                    j = subjects.last!.end
                } else if word == "from", transfer, subjects.isEmpty, let source = argument(after: j + 1) {
                    subjects = [source]
                    j = source.end
                } else if ["to", "of", "with", "on", "against", "into", "for"].contains(word), objects.isEmpty,
                          let target = argument(after: j + 1) {
                    objects = coordinated(with: target)
                    j = objects.last!.end
                } else if ["in", "on", "since", "during", "last", "this", "earlier"].contains(word), j + 1 < words.count,
                          words[j + 1].first?.isNumber == true || isTimeWord(lower[j + 1]) {
                    j += 2  // a time phrase ("in July") between the noun's phrases
                } else if arguments.contains(where: { $0.start == j }), let skipped = arguments.first(where: { $0.start == j }) {
                    j = skipped.end  // a place after a time phrase or the like
                } else {
                    break
                }
            }
            return (subjects, objects)
        }
    }
}
