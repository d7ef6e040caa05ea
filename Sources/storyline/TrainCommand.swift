import ArgumentParser
import Foundation
import StorylineModel

struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the entity model on CoNLL-annotated text.",
        discussion: """
        Reads CoNLL files (token first, tag last; IOB1 or IOB2; -DOCSTART- between documents) and trains the \
        averaged-perceptron entity model that decides what unknown names are (PER, ORG, LOC, MISC). Training is \
        seeded, so the same data gives the same model; it trains --shuffles times (default 5), each over its own \
        shuffle of the sentences, and averages the weights, so that the seed alone moves the scores less.

        With --folds N, trains N times on all documents but one fold and prints the cross-validated scores \
        instead of writing a model; --with FILE adds that file's documents to every fold's training set without \
        testing on them (to measure one corpus while training on another as well).

        EXAMPLES
          storyline train-ner data/training/wikigold.conll.txt -o Sources/StorylineModel/Resources/entity-model.bin
          storyline train-ner data/training/wikigold.conll.txt --folds 5
          storyline train-ner data/dev/wikinews-ner.conll --folds 5 --with data/training/wikigold.conll.txt
        """)

    @Argument(help: "CoNLL files to train on.")
    var files: [String]

    @Option(name: [.short, .long], help: "Where to write the model.")
    var output: String?

    @Option(help: "Cross-validate over this many folds of documents instead of writing a model.")
    var folds: Int?

    @Option(help: "With --folds: a CoNLL file whose documents every fold also trains on (never tested).")
    var with: [String] = []

    @Option(help: "Training passes over the data.")
    var epochs: Int = EntityTrainer().epochs

    @Option(help: "Seed of the sentences' shuffles.")
    var seed: UInt64 = EntityTrainer().seed

    @Option(help: "Train this many times, each over its own shuffle of the sentences, and average the weights.")
    var shuffles: Int = EntityTrainer().shuffles

    @Option(help: "Keep only features seen at least this many times in training.")
    var minimumCount: Int = EntityTrainer().minimumCount

    func validate() throws {
        if output == nil && folds == nil { throw ValidationError("give --output FILE or --folds N") }
        if let folds, folds < 2 { throw ValidationError("--folds takes 2 or more") }
        if shuffles < 1 { throw ValidationError("--shuffles takes 1 or more") }
        if minimumCount < 1 { throw ValidationError("--minimum-count takes 1 or more") }
        if !with.isEmpty && folds == nil { throw ValidationError("--with goes with --folds") }
    }

    func run() throws {
        func read(_ files: [String]) throws -> [CoNLLDocument] {
            try files.flatMap { file in
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    FileHandle.standardError.write(Data("storyline: error: cannot read \(file)\n".utf8))
                    throw ExitCode(1)
                }
                return NEREvaluation.read(text)
            }
        }
        let documents = try read(files)
        var trainer = EntityTrainer()
        trainer.epochs = epochs
        trainer.minimumCount = minimumCount
        trainer.shuffles = shuffles
        trainer.seed = seed
        if let folds {
            let scores = NEREvaluation.crossValidate(documents, folds: folds, trainer: trainer, alsoTraining: try read(with))
            for type in NEREvaluation.types + ["overall"] {
                let s = scores[type] ?? Score()
                print(String(format: "%-8@ P %.3f  R %.3f  F1 %.3f", type as NSString, s.precision, s.recall, s.f1))
            }
            return
        }
        let model = trainer.train(documents)
        let bytes = model.serialized()
        try AtomicFile.write(bytes, to: output!, overwrite: true)
        let kept = EntityModelHandle(serialized: bytes)?.featureCount ?? 0
        print("wrote \(output!): \(kept) features with weights (of \(model.featureCount) counted) from \(documents.count) documents")
    }
}
