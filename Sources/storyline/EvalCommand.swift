import ArgumentParser
import Foundation
import StorylineModel

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the name tagger or the time tagger on annotated data.",
        discussion: """
            storyline eval ner FILE      names, against CoNLL data (wikigold, CoNLL-2003…)
            storyline eval timex PATH…   time expressions, against TimeML (TempEval-3…)

            See `storyline eval ner --help` and `storyline eval timex --help`.
            """,
        subcommands: [EvalNER.self, EvalTimex.self]
    )
}

struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Precision, recall and F1 of the name tagger on CoNLL data.",
        discussion: """
            Reads CoNLL data: one token per line, the token in the first column and
            the NER tag in the last (columns split by spaces or tabs); a blank line
            ends a sentence; a -DOCSTART- line starts a document. Tags are IOB1 or
            IOB2 (I-PER, B-PER, O…). Each document is rebuilt from its tokens and
            run through Storyline's name tagger.

            SCORING
              Mention level, as conlleval: a predicted name counts only when its
              span and its type are both exactly those of a gold name. Storyline's
              kinds map to CoNLL types: person PER, organisation ORG, country and
              place LOC, nationality words ("Russian") and groups named by one
              word ("Muslims") MISC; a group named by several words or an
              acronym ("Moro National Liberation Front", "MNLF") is a movement,
              ORG as CoNLL counts it.

            OUTPUT
              A table of precision, recall, F1 and counts per type and overall; with
              --json one object, keys always in this order:
                {"PER": {"p": …, "r": …, "f1": …}, "ORG": …, "LOC": …, "MISC": …,
                 "overall": …}
              --errors first lists, per document and sentence, the missed and the
              spurious names (a wrong type shows as both).

            EXIT CODES
              0   scores printed
              1   the file is missing, unreadable or holds no tokens
              64  usage error

            EXAMPLES
              storyline eval ner wikigold.conll.txt
              storyline eval ner eng.testb --json
              storyline eval ner wikigold.conll.txt --errors | grep spurious
              storyline train-ner train.conll -o my.bin && storyline eval ner test.conll --model my.bin
            """
    )

    @Argument(help: "A CoNLL file.")
    var file: String

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    @Flag(help: "Also list missed and spurious names.")
    var errors = false

    @Option(help: "Use this entity model (as written by `storyline train-ner -o`) instead of the built-in one.")
    var model: String?

    func run() throws {
        CLI.ignoreBrokenPipes()
        var handle: EntityModelHandle?
        if let model {
            guard let bytes = FileManager.default.contents(atPath: model) else {
                throw CLI.failure(FileManager.default.fileExists(atPath: model) ? "\(model): cannot read file" : "\(model): no such file")
            }
            guard let loaded = EntityModelHandle(serialized: bytes) else { throw CLI.failure("\(model): not a Storyline entity model") }
            handle = loaded
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLI.failure(FileManager.default.fileExists(atPath: file) ? "\(file): cannot read file" : "\(file): no such file")
        }
        let documents = NEREvaluation.read(String(decoding: data, as: UTF8.self))
        guard documents.contains(where: { !$0.sentences.isEmpty }) else { throw CLI.failure("\(file): no CoNLL tokens") }
        let spans = documents.map { (gold: NEREvaluation.spans(of: $0), predicted: NEREvaluation.predict($0, model: handle)) }
        let scores = NEREvaluation.score(spans)
        let rows = NEREvaluation.types + ["overall"]
        if json {
            let fields = rows.map { "\"\($0)\": \(EvalFormat.json(scores[$0] ?? Score()))" }
            CLI.writeToStandardOutput(Data(("{" + fields.joined(separator: ", ") + "}\n").utf8))
            return
        }
        let sentences = documents.reduce(0) { $0 + $1.sentences.count }
        let tokens = documents.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.count } }
        var lines: [String] = []
        if errors {
            for (number, (document, pair)) in zip(documents, spans).enumerated() {
                lines += EvalNER.errorLines(document: number + 1, document, gold: pair.gold, predicted: pair.predicted)
            }
        }
        lines += ["\(file): \(documents.count) documents, \(sentences) sentences, \(tokens) tokens", ""]
        lines.append(EvalFormat.row(["type", "precision", "recall", "F1", "gold", "found", "correct"]))
        for row in rows {
            let score = scores[row] ?? Score()
            lines.append(EvalFormat.row([row, EvalFormat.percent(score.precision), EvalFormat.percent(score.recall),
                                         EvalFormat.percent(score.f1), "\(score.truePositives + score.falseNegatives)",
                                         "\(score.truePositives + score.falsePositives)", "\(score.truePositives)"]))
        }
        lines.append("")
        lines.append("Exact span and type (conlleval). P, R, F1 in %.")
        CLI.writeToStandardOutput(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

extension EvalNER {
    /// `doc N sentence S: missed PER "John Smith"` and `spurious`, in text order; a name found with the right span
    /// but the wrong type shows as both.
    static func errorLines(document number: Int, _ document: CoNLLDocument, gold: Set<EntitySpan>,
                           predicted: Set<EntitySpan>) -> [String] {
        let wrong = gold.subtracting(predicted).map { ($0, "missed  ") } + predicted.subtracting(gold).map { ($0, "spurious") }
        return wrong.sorted { ($0.0.sentence, $0.0.start, $0.1) < ($1.0.sentence, $1.0.start, $1.1) }.map { span, label in
            let words = document.sentences[span.sentence][span.start..<span.end].map(\.token).joined(separator: " ")
            return "doc \(number) sentence \(span.sentence + 1): \(label) \(span.type.padding(toLength: 4, withPad: " ", startingAt: 0)) \"\(words)\""
        }
    }
}

struct EvalTimex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "TempEval-3-style scores of the time tagger on TimeML files.",
        discussion: """
            Reads TimeML files (.tml; folders are searched recursively). The gold
            time expressions are the TIMEX3 elements inside <TEXT>; all other tags
            (EVENT, SIGNAL…) are dropped and their text kept. The reference date is
            the TIMEX3 with functionInDocument="CREATION_TIME" (in <DCT>). The
            plain text is split into sentences as articles are, and each sentence
            is tagged against the reference date.

            SCORING (TempEval-3 task A, micro-averaged over all files)
              strict          a found expression counts when its offsets are
                              exactly those of a gold one
              relaxed         when it overlaps a gold one (each gold and found
                              expression is paired at most once)
              value accuracy  pairs of the relaxed match with the gold TIMEX3
                              value (2015-08-21, P2Y, PAST_REF…) / relaxed pairs
            The table also gives the type accuracy (DATE, TIME, DURATION, SET).

            OUTPUT
              A table; with --json one object:
                {"strict": {"p": …, "r": …, "f1": …}, "relaxed": {…},
                 "value_accuracy": …}
              --errors lists, per file, the missed, spurious and wrongly
              normalised expressions.

            EXIT CODES
              0   scores printed
              1   a path is missing or a file is not readable TimeML, or no
                  .tml file was found
              64  usage error

            EXAMPLES
              storyline eval timex te3-platinum/
              storyline eval timex te3-platinum/ --json
              storyline eval timex APW19980227.0489.tml --errors
            """
    )

    @Argument(help: "TimeML files or folders of .tml files.")
    var paths: [String]

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    @Flag(help: "Also list missed, spurious and wrongly normalised expressions.")
    var errors = false

    func run() throws {
        CLI.ignoreBrokenPipes()
        let documents: [TimeMLDocument]
        do {
            documents = try TimeMLReader.read(paths: paths)
        } catch let error as TimeMLError {
            throw CLI.failure(error.description)
        }
        guard !documents.isEmpty else { throw CLI.failure("no .tml file in \(paths.joined(separator: " "))") }
        let (scores, alignments) = TimeMLEvaluation.evaluate(documents)
        if json {
            let text = "{\"strict\": \(EvalFormat.json(scores.strict)), \"relaxed\": \(EvalFormat.json(scores.relaxed)), "
                + "\"value_accuracy\": \(EvalFormat.number(scores.valueAccuracy))}\n"
            CLI.writeToStandardOutput(Data(text.utf8))
            return
        }
        var lines: [String] = []
        if errors {
            for (document, alignment) in zip(documents, alignments) {
                lines += EvalTimex.errorLines(document, alignment)
            }
        }
        let gold = documents.reduce(0) { $0 + $1.timexes.count }
        let undated = documents.filter { $0.reference == nil }.count
        lines.append("\(documents.count) files, \(gold) gold TIMEX3" + (undated > 0 ? ", \(undated) without a creation date" : ""))
        lines.append("")
        lines.append(EvalFormat.row(["match", "precision", "recall", "F1", "gold", "found", "correct"]))
        for (name, score) in [("strict", scores.strict), ("relaxed", scores.relaxed)] {
            lines.append(EvalFormat.row([name, EvalFormat.percent(score.precision), EvalFormat.percent(score.recall),
                                         EvalFormat.percent(score.f1), "\(score.truePositives + score.falseNegatives)",
                                         "\(score.truePositives + score.falsePositives)", "\(score.truePositives)"]))
        }
        lines.append("")
        lines.append("value accuracy  \(EvalFormat.percent(scores.valueAccuracy))  (\(scores.correctValues) of \(scores.relaxed.truePositives) relaxed matches)")
        lines.append("type accuracy   \(EvalFormat.percent(scores.typeAccuracy))  (\(scores.correctTypes) of \(scores.relaxed.truePositives))")
        CLI.writeToStandardOutput(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// `FILE: missed "text" VALUE`, `spurious`, `value "text" FOUND (gold GOLD)`, one line each.
    static func errorLines(_ document: TimeMLDocument, _ alignment: TimexAlignment) -> [String] {
        var lines: [String] = []
        for gold in alignment.missed {
            lines.append("\(document.name): missed   \"\(gold.text)\" \(gold.value) @\(gold.range.lowerBound)")
        }
        for found in alignment.spurious {
            lines.append("\(document.name): spurious \"\(found.text)\" \(found.value) @\(found.range.lowerBound)")
        }
        for (gold, found) in alignment.matches where gold.value != found.value || gold.range != found.range {
            let span = gold.range == found.range ? "" : " span \"\(found.text)\" (gold \"\(gold.text)\")"
            let value = gold.value == found.value ? "" : " value \(found.value) (gold \(gold.value))"
            lines.append("\(document.name): differs  \"\(gold.text)\"\(span)\(value) @\(gold.range.lowerBound)")
        }
        return lines
    }
}

/// Number formats shared by the eval and bench output.
enum EvalFormat {
    /// `{"p": 0.8123, "r": 0.7000, "f1": 0.7520}`
    static func json(_ score: Score) -> String {
        "{\"p\": \(number(score.precision)), \"r\": \(number(score.recall)), \"f1\": \(number(score.f1))}"
    }

    /// Four decimals: enough to compare runs, without float noise.
    static func number(_ value: Double) -> String { String(format: "%.4f", value) }

    static func percent(_ value: Double) -> String { String(format: "%.1f", value * 100) }

    /// The first column left-aligned in 9 characters, the others right-aligned in 10.
    static func row(_ cells: [String]) -> String {
        guard let first = cells.first else { return "" }
        return first.padding(toLength: max(9, first.count), withPad: " ", startingAt: 0)
            + cells.dropFirst().map { String(repeating: " ", count: max(0, 10 - $0.count)) + $0 }.joined()
    }
}
