import Foundation

/// What one article yields before the corpus is put together.
struct ArticleExtraction: Sendable {
    var actors: [LocalActor]
    var mentions: [LocalMention]
    var relations: [LocalRelation]
}

/// A stable, readable id for a name: "Kim Jong Un" → "kim-jong-un", "Côte d'Ivoire" → "cote-d-ivoire".
func slug(_ name: String) -> String {
    if let ascii = name.utf8.withContiguousStorageIfAvailable(asciiSlug), let ascii { return ascii }
    return foldedSlug(name)
}

/// `slug` of any name, folded by Foundation.
func foldedSlug(_ name: String) -> String {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    var out = ""
    var dash = false
    for scalar in folded.unicodeScalars {
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            out.unicodeScalars.append(scalar)
            dash = false
        } else if !dash, !out.isEmpty, scalar != "'" {
            out += "-"
            dash = true
        }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "actor" : out
}

/// `slug` of an ASCII name (most names), on its bytes: folding ASCII drops no diacritic and folds case as lower-casing
/// does, and its alphabetic scalars are the letters. Nil for any other name, which Foundation folds.
private func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var dash = false
    for byte in bytes {
        let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
            out.append(lower)
            dash = false
        } else if !dash, !out.isEmpty, lower != UInt8(ascii: "'") {
            out.append(UInt8(ascii: "-"))
            dash = true
        }
    }
    while out.last == UInt8(ascii: "-") { out.removeLast() }
    return out.isEmpty ? "actor" : String(decoding: out, as: UTF8.self)
}

/// Merges the actors of every article into one actor per real-world entity: equal canonical names are one actor,
/// and a person named by one word in an article ("Putin") joins the one person of the corpus with that first or last name.
struct ActorMerger {
    /// The merged actors (by salience), the global mentions and relations, and each article's map from local to global actor ids.
    func merge(articles: [Article], extractions: [ArticleExtraction]) -> (actors: [Actor], mentions: [Mention], relations: [Relation], localToGlobal: [[String]]) {
        struct Pool {
            var name: String
            var kinds: [ActorKind: Int] = [:]
            var forms: [String] = []
            var formSet = Set<String>()
            var role: String?
            var affiliation: String?
            var standsFor: String?
            var mentions = 0
            var articles: [String] = []
            var nameTokens: [String]
            /// `ActorIndex.key(name)`, made once with the pool's key.
            var nameKey: String
        }
        var pools: [Pool] = []
        var poolByKey: [String: Int] = [:]

        /// The pool key of the actor at `i` of article `a`, and the `ActorIndex.key` of its name. The actor's fields are
        /// read in place: a copy of a `LocalActor` retains every String and array it holds.
        func keys(_ a: Int, _ i: Int) -> (pool: String, name: String) {
            let nameKey = ActorIndex.key(extractions[a].actors[i].name)
            return (extractions[a].actors[i].kind == .person ? "person:" + nameKey : nameKey, nameKey)
        }
        func newPool(_ a: Int, _ i: Int, nameKey: String) -> Pool {
            Pool(name: extractions[a].actors[i].name, nameTokens: extractions[a].actors[i].nameTokens, nameKey: nameKey)
        }
        // Full names first, so that one-word person names can be matched against them.
        var order: [(article: Int, actor: Int)] = []
        for (a, extraction) in extractions.enumerated() {
            for (i, _) in extraction.actors.enumerated() { order.append((a, i)) }
        }
        var lastNames: [String: Set<Int>] = [:]
        var localPool = extractions.map { Array(repeating: -1, count: $0.actors.count) }
        for (a, i) in order {
            let isPerson = extractions[a].actors[i].kind == .person
            guard !(isPerson && extractions[a].actors[i].nameTokens.count == 1) else { continue }
            let k = keys(a, i)
            let index: Int
            if let existing = poolByKey[k.pool] { index = existing } else {
                pools.append(newPool(a, i, nameKey: k.name))
                index = pools.count - 1
                poolByKey[k.pool] = index
                let nameTokens = extractions[a].actors[i].nameTokens
                if isPerson, nameTokens.count > 1 {
                    lastNames[nameTokens.last!, default: []].insert(index)
                    lastNames[nameTokens.first!, default: []].insert(index)
                }
            }
            localPool[a][i] = index
        }
        for (a, i) in order where localPool[a][i] < 0 {
            if let candidates = lastNames[extractions[a].actors[i].nameTokens[0]], candidates.count == 1 {
                localPool[a][i] = candidates.first!
                continue
            }
            if extractions[a].actors[i].isTentative { continue }
            let k = keys(a, i)
            if let existing = poolByKey[k.pool] { localPool[a][i] = existing; continue }
            pools.append(newPool(a, i, nameKey: k.name))
            poolByKey[k.pool] = pools.count - 1
            localPool[a][i] = pools.count - 1
        }
        for (a, extraction) in extractions.enumerated() {
            for i in extraction.actors.indices where localPool[a][i] >= 0 {
                let p = localPool[a][i]
                for form in extraction.actors[i].forms where pools[p].formSet.insert(form).inserted { pools[p].forms.append(form) }
                if pools[p].role == nil { pools[p].role = extraction.actors[i].role }
                if pools[p].affiliation == nil { pools[p].affiliation = extraction.actors[i].affiliation }
                if pools[p].standsFor == nil { pools[p].standsFor = extraction.actors[i].standsFor }
            }
            var counted = Set<Int>()
            for mention in extraction.mentions where localPool[a][mention.actor] >= 0 {
                let p = localPool[a][mention.actor]
                pools[p].mentions += 1
                pools[p].kinds[extraction.actors[mention.actor].kind, default: 0] += 1
                if counted.insert(p).inserted { pools[p].articles.append(articles[a].id) }
            }
        }
        // Ids: slugs of canonical names; a clash between different actors is settled by the kind.
        var ids = [String](repeating: "", count: pools.count)
        var used = Set<String>()
        for (p, pool) in pools.enumerated() {
            let kind = pool.kinds.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .organization
            var id = slug(pool.name)
            if used.contains(id) { id += "-" + kind.rawValue }
            var n = 2
            let base = id
            while used.contains(id) { id = base + "-\(n)"; n += 1 }
            used.insert(id)
            ids[p] = id
        }
        let idByName = Dictionary(pools.enumerated().filter { $0.element.mentions > 0 }.map { ($0.element.nameKey, ids[$0.offset]) },
                                  uniquingKeysWith: { a, _ in a })
        var actors: [Actor] = []
        for (p, pool) in pools.enumerated() where pool.mentions > 0 {
            let kind = pool.kinds.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .organization
            actors.append(Actor(
                id: ids[p], name: pool.name, kind: kind,
                aliases: pool.forms.filter { $0 != pool.name },
                role: pool.role,
                // Only actors of the corpus: a country known to the knowledge base but never named is no actor here.
                affiliation: pool.affiliation.flatMap { idByName[ActorIndex.key($0)] },
                standsFor: pool.standsFor.flatMap { idByName[ActorIndex.key($0)] ?? slug($0) },
                mentions: pool.mentions, articles: pool.articles))
        }
        // A state named only by its capital or seat ("Moscow said…") is still an actor, with no mention of its own,
        // so that filtering by it finds those articles.
        var implied: [String: Actor] = [:]
        for pool in pools where pool.mentions > 0 {
            guard let state = pool.standsFor, idByName[ActorIndex.key(state)] == nil else { continue }
            var actor = implied[state] ?? Actor(id: slug(state), name: state, kind: .country)
            for article in pool.articles where !actor.articles.contains(article) { actor.articles.append(article) }
            implied[state] = actor
        }
        let articleOrder = Dictionary(articles.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for var actor in implied.values where !used.contains(actor.id) {
            actor.articles.sort { (articleOrder[$0] ?? 0) < (articleOrder[$1] ?? 0) }
            actors.append(actor)
        }
        actors.sort { ($1.mentions, $0.name) < ($0.mentions, $1.name) }

        // A tentative actor that found no one maps to "" and is left out with its mentions and relations.
        let localToGlobal = extractions.enumerated().map { a, extraction in
            extraction.actors.indices.map { localPool[a][$0] >= 0 ? ids[localPool[a][$0]] : "" }
        }
        // Sized once: grown by doubling, the arrays of a large corpus would hold up to twice the room they need.
        var mentions: [Mention] = []
        mentions.reserveCapacity(extractions.reduce(0) { $0 + $1.mentions.count })
        var relations: [Relation] = []
        relations.reserveCapacity(extractions.reduce(0) { $0 + $1.relations.count })
        for (a, extraction) in extractions.enumerated() {
            let article = articles[a]
            for mention in extraction.mentions where !localToGlobal[a][mention.actor].isEmpty {
                mentions.append(Mention(actor: localToGlobal[a][mention.actor], article: article.id, sentence: mention.sentence,
                                        range: mention.range, text: mention.text))
            }
            var seen = Set<String>()
            for relation in extraction.relations {
                let subject = localToGlobal[a][relation.subject], object = localToGlobal[a][relation.object]
                guard subject != object, !subject.isEmpty, !object.isEmpty else { continue }
                let key = "\(subject)|\(relation.predicate)|\(object)|\(relation.sentence)"
                guard seen.insert(key).inserted else { continue }
                relations.append(Relation(subject: subject, predicate: relation.predicate, object: object,
                                          symmetric: relation.symmetric, article: article.id, sentence: relation.sentence,
                                          evidence: article.sentences[relation.sentence].text))
            }
        }
        return (actors, mentions, relations, localToGlobal)
    }
}
