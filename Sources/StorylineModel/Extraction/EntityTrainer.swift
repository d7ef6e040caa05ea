import Foundation

/// Trains the entity model on CoNLL-annotated documents: greedy averaged perceptron over BILOU labels.
public struct EntityTrainer: Sendable {
    public var epochs = 8
    /// Features seen fewer times than this in training are left out of the model. 1 keeps them all: with about
    /// 170,000 tokens of training text, features seen once still help (Wikinews 5-fold CV overall F1 0.745 → 0.755),
    /// and those the training never corrected are dropped when the model is written (`EntityModel.serialized`).
    public var minimumCount = 1
    public var seed: UInt64 = 42
    /// Trainings, each over its own shuffle (seeds `seed`, `seed + 1`, …), whose averaged weights are averaged
    /// again into the one model.
    public var shuffles = 5

    public init() {}

    /// One training sentence: its words and gold labels.
    struct Example {
        var view: EntityFeatures.SentenceView
        var gold: [Int]
    }

    /// BILOU label indices from IOB1 or IOB2 tags.
    static func bilou(_ tags: [String]) -> [Int] {
        var labels = [Int](repeating: 0, count: tags.count)
        let document = CoNLLDocument(sentences: [tags.map { (token: "", tag: $0) }])
        for span in NEREvaluation.spans(of: document) where EntityModel.types.contains(span.type) {
            if span.end - span.start == 1 {
                labels[span.start] = EntityModel.label("U", span.type)
            } else {
                labels[span.start] = EntityModel.label("B", span.type)
                for i in (span.start + 1)..<(span.end - 1) { labels[i] = EntityModel.label("I", span.type) }
                labels[span.end - 1] = EntityModel.label("L", span.type)
            }
        }
        return labels
    }

    /// Trains a model on `documents`.
    public func train(_ documents: [CoNLLDocument]) -> EntityModelHandle {
        let examples: [Example] = documents.flatMap { document in
            let context = DocumentContext(sentences: document.sentences.map { $0.map(\.token) })
            return document.sentences.map { sentence in
                Example(view: EntityFeatures.SentenceView(words: sentence.map(\.token), document: context),
                        gold: EntityTrainer.bilou(sentence.map(\.tag)))
            }
        }
        let n = EntityModel.labelCount
        // Count features over the gold paths, to keep only those seen often enough.
        var counts: [UInt64: Int] = [:]
        for example in examples {
            for i in 0..<example.view.count where example.view.isCandidate(i) {
                for feature in example.view.features(at: i, previous: example.gold) { counts[feature, default: 0] += 1 }
            }
        }
        var rows: [UInt64: Int] = [:]
        for (feature, count) in counts where count >= minimumCount { rows[feature] = rows.count }
        var model = EntityModel(rows: rows, weights: [Float](repeating: 0, count: rows.count * n))
        var sum = [Double](repeating: 0, count: rows.count * n)
        for shuffle in 0..<max(shuffles, 1) {
            let weights = trainedWeights(examples, model: model, seed: seed &+ UInt64(shuffle))
            for k in weights.indices { sum[k] += Double(weights[k]) }
        }
        let count = Double(max(shuffles, 1))
        model.weights = sum.map { Float($0 / count) }
        return EntityModelHandle(model: model)
    }

    /// The averaged-perceptron weights of one training over the examples shuffled by `seed`, starting from `model`
    /// (its rows, and weights all zero).
    private func trainedWeights(_ examples: [Example], model start: EntityModel, seed: UInt64) -> [Float] {
        let n = EntityModel.labelCount
        var model = start
        // Averaging: totals of each weight over time, kept lazily with the step of the last change.
        var totals = [Double](repeating: 0, count: model.weights.count)
        var stamps = [Int](repeating: 0, count: model.weights.count)
        var step = 0
        func update(_ features: [UInt64], _ label: Int, _ delta: Float) {
            for feature in features {
                guard let row = model.row(of: feature) else { continue }
                let k = row * n + label
                totals[k] += Double(step - stamps[k]) * Double(model.weights[k])
                stamps[k] = step
                model.weights[k] += delta
            }
        }
        var order = Array(examples.indices)
        var random = SeededGenerator(seed: seed)
        var scores = [Float](repeating: 0, count: n)
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for index in order {
                let example = examples[index]
                var predicted: [Int] = []
                for i in 0..<example.view.count {
                    step += 1
                    guard example.view.isCandidate(i) else { predicted.append(0); continue }
                    let features = example.view.features(at: i, previous: predicted)
                    model.score(features, into: &scores)
                    let previous = predicted.last ?? 0
                    var best = -1
                    for k in 0..<n where EntityModel.allowed(k, after: previous) {
                        if best < 0 || scores[k] > scores[best] { best = k }
                    }
                    let gold = example.gold[i]
                    if best != gold {
                        update(features, gold, 1)
                        update(features, best, -1)
                    }
                    // Learn from the gold history, so one early mistake does not spoil the rest of the sentence.
                    predicted.append(gold)
                }
            }
        }
        for k in model.weights.indices {
            totals[k] += Double(step - stamps[k]) * Double(model.weights[k])
            model.weights[k] = Float(totals[k] / Double(max(step, 1)))
        }
        return model.weights
    }
}

/// A trained entity model, as the public API sees it: it can be saved and given to the evaluation.
public struct EntityModelHandle: Sendable {
    let model: EntityModel

    init(model: EntityModel) { self.model = model }

    /// A model read back from its binary form (as `serialized()` writes it), or nil when the bytes are not one.
    public init?(serialized data: Data) {
        guard let model = EntityModel(serialized: data) else { return nil }
        self.model = model
    }

    /// The model's binary form, as stored in `Resources/entity-model.bin`.
    public func serialized() -> Data { model.serialized() }
    /// How many features the model keeps.
    public var featureCount: Int { model.rows.count }
}

