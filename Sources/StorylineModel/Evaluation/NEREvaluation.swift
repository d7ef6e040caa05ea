import Foundation

/// Precision, recall and F1 of one entity type or overall.
public struct Score: Hashable, Sendable, Codable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// A CoNLL-format data set: documents of sentences of (token, tag).
public struct CoNLLDocument: Sendable {
    public var sentences: [[(token: String, tag: String)]]
}

/// An entity span in CoNLL terms: sentence, token range and type (PER, ORG, LOC, MISC).
public struct EntitySpan: Hashable, Sendable {
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var type: String
}

/// Mention-level NER evaluation in the conlleval convention: exact spans and types.
public enum NEREvaluation {
    /// The CoNLL types reported, in order.
    public static let types = ["PER", "ORG", "LOC", "MISC"]

    /// Reads CoNLL data: the token is the first column, the tag the last; `-DOCSTART-` starts a document;
    /// blank lines end sentences. IOB1 and IOB2 are both read (the scheme is detected per span).
    public static func read(_ text: String) -> [CoNLLDocument] {
        var documents: [CoNLLDocument] = []
        var sentences: [[(String, String)]] = []
        var sentence: [(String, String)] = []
        func endSentence() {
            if !sentence.isEmpty { sentences.append(sentence) }
            sentence = []
        }
        func endDocument() {
            endSentence()
            if !sentences.isEmpty { documents.append(CoNLLDocument(sentences: sentences.map { $0.map { (token: $0.0, tag: $0.1) } })) }
            sentences = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty { endSentence(); continue }
            if columns[0] == "-DOCSTART-" { endDocument(); continue }
            sentence.append((String(columns[0]), columns.count > 1 ? String(columns[columns.count - 1]) : "O"))
        }
        endDocument()
        return documents
    }

    /// The gold spans of a document, from IOB1 or IOB2 tags.
    public static func spans(of document: CoNLLDocument) -> Set<EntitySpan> {
        var spans = Set<EntitySpan>()
        for (s, sentence) in document.sentences.enumerated() {
            var start: Int?
            var type = ""
            for (i, item) in sentence.enumerated() {
                let tag = item.tag
                let prefix = tag.first
                let tagType = tag.count > 2 ? String(tag.dropFirst(2)) : ""
                let continues = start != nil && prefix == "I" && tagType == type
                if !continues, let s0 = start {
                    spans.insert(EntitySpan(sentence: s, start: s0, end: i, type: type))
                    start = nil
                }
                if prefix == "B" || (prefix == "I" && !continues) {
                    start = i
                    type = tagType
                }
            }
            if let s0 = start { spans.insert(EntitySpan(sentence: s, start: s0, end: sentence.count, type: type)) }
        }
        return spans
    }

    /// The spans Storyline's name tagger finds in a document's tokens.
    /// With `model`, the name tagger uses that entity model instead of the one built in.
    public static func predict(_ document: CoNLLDocument, model: EntityModelHandle? = nil) -> Set<EntitySpan> {
        predict(document, tagger: model.map { NameTagger(model: $0.model) } ?? NameTagger())
    }

    static func predict(_ document: CoNLLDocument, tagger: NameTagger) -> Set<EntitySpan> {
        // Rebuild the text from exactly these tokens, one sentence per line, and keep each token's offsets.
        var text = String.UnicodeScalarView()
        var sentences: [Sentence] = []
        for (s, items) in document.sentences.enumerated() {
            var tokens: [Token] = []
            let sentenceStart = text.count
            for (i, item) in items.enumerated() {
                if i > 0 { text.append(" ") }
                let start = text.count
                text.append(contentsOf: item.token.unicodeScalars)
                tokens.append(Token(range: start..<text.count, text: item.token))
            }
            sentences.append(Sentence(index: s, range: sentenceStart..<text.count,
                                      text: items.map(\.token).joined(separator: " "), tokens: tokens))
            text.append("\n")
        }
        let article = Article(id: "conll", path: "conll", title: "", hasHeadline: false, date: nil,
                              text: String(text), bodyStart: 0, sentences: sentences)
        let (actors, mentions) = tagger.tag(article)
        var spans = Set<EntitySpan>()
        // A tentative short name of a person names no one unless the corpus spells it out, as in the export's merge;
        // a country named inside an organisation's name ("US Treasury") is part of that name, as CoNLL counts it.
        let nested = Set(mentions.indices.filter { i in
            mentions.contains { other in
                other.sentence == mentions[i].sentence && other.tokens != mentions[i].tokens
                    && other.tokens.lowerBound <= mentions[i].tokens.lowerBound && other.tokens.upperBound >= mentions[i].tokens.upperBound
            }
        })
        // "The Church", "the University" refer back to a name but are descriptions, not names, in the CoNLL convention.
        let descriptions = Set(mentions.indices.filter { i in
            mentions[i].tokens.count == 1 && tagger.knowledge.organizationWords[mentions[i].text] != nil
                && !NameTagger.legislatures.contains(mentions[i].text)
        })
        for (index, mention) in mentions.enumerated()
        where !(actors[mention.actor].isTentative && actors[mention.actor].kind == .person) && !nested.contains(index) && !descriptions.contains(index) {
            let actor = actors[mention.actor]
            spans.insert(EntitySpan(sentence: mention.sentence, start: mention.tokens.lowerBound, end: mention.tokens.upperBound,
                                    type: conllType(actor.kind, isDemonym: mention.isDemonym,
                                                    words: document.sentences[mention.sentence][mention.tokens].map(\.token))))
        }
        return spans
    }

    /// Storyline's kinds in CoNLL terms: nationalities are MISC, and so are groups named by one word ("Muslims",
    /// "Tamil", "Wagner"). A group named by several words or an acronym is an organised movement ("Moro National
    /// Liberation Front", "MNLF"), which CoNLL counts as an organisation.
    static func conllType(_ kind: ActorKind, isDemonym: Bool, words: [String] = []) -> String {
        if isDemonym { return "MISC" }
        switch kind {
        case .person: return "PER"
        case .organization: return "ORG"
        case .country, .place: return "LOC"
        case .group:
            let isAcronym = words.count == 1 && words[0].count <= 6 && Letters.isWrittenInCapitals(words[0])
            return words.count >= 2 || isAcronym ? "ORG" : "MISC"
        }
    }

    /// Scores per type and overall for documents.
    public static func evaluate(_ documents: [CoNLLDocument]) -> [String: Score] {
        evaluate(documents, tagger: NameTagger())
    }

    static func evaluate(_ documents: [CoNLLDocument], tagger: NameTagger) -> [String: Score] {
        score(documents.map { (gold: spans(of: $0), predicted: predict($0, tagger: tagger)) })
    }

    /// Scores per type and overall of gold against predicted spans, one pair of sets per document.
    public static func score(_ documents: [(gold: Set<EntitySpan>, predicted: Set<EntitySpan>)]) -> [String: Score] {
        var scores: [String: Score] = [:]
        for (gold, predicted) in documents {
            for type in types + ["overall"] {
                let g = type == "overall" ? gold : gold.filter { $0.type == type }
                let p = type == "overall" ? predicted : predicted.filter { $0.type == type }
                var score = scores[type] ?? Score()
                score.truePositives += g.intersection(p).count
                score.falsePositives += p.subtracting(g).count
                score.falseNegatives += g.subtracting(p).count
                scores[type] = score
            }
        }
        return scores
    }

    /// Scores of the name tagger with models trained on all folds but one, each fold tested in turn;
    /// `alsoTraining` joins every fold's training set and is never tested.
    public static func crossValidate(_ documents: [CoNLLDocument], folds: Int, trainer: EntityTrainer,
                                     alsoTraining: [CoNLLDocument] = []) -> [String: Score] {
        var total: [String: Score] = [:]
        for fold in 0..<folds {
            let training = alsoTraining + documents.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            let test = documents.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            let model = trainer.train(training).model
            for (type, score) in evaluate(test, tagger: NameTagger(model: model)) {
                var sum = total[type] ?? Score()
                sum.truePositives += score.truePositives
                sum.falsePositives += score.falsePositives
                sum.falseNegatives += score.falseNegatives
                total[type] = sum
            }
        }
        return total
    }
}
