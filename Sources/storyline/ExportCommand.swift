import ArgumentParser
import Foundation
import StorylineModel

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the extracted model as JSON, CSV or Markdown.",
        discussion: """
            Reads the articles (the bundled samples when no PATH is given; `-` reads
            one article from stdin), extracts actors, relations, a timeline and
            stories, and writes them to stdout or to --output.

            FORMATS
              json      The default. Schema "storyline/1": top-level keys schema,
                        articles, actors, relations, events, stories, always in
                        that order; missing values are null, never absent.
              csv       One table per call (--table events|actors|relations|
                        articles): RFC 4180, CRLF line ends, a header row, lists
                        joined with "; ", UTF-8 without BOM. A cell starting with
                        = + - @ tab or CR gets a leading ' so that spreadsheets do
                        not run it as a formula; --no-neutralise-formulas keeps
                        such cells as they are.
              markdown  A readable report: per story its articles, actors,
                        relations and timeline; articles in no story last.
                        Article text is escaped: it cannot add links or HTML.
            Without --format, an --output name ending in .json, .csv or .md
            picks the format; otherwise it is JSON.

            ACTORS
              --actor NAME keeps the articles that mention the actor (by name or
              alias, in any case; a capital counts for its country) and all that
              is extracted from them. Repeat it to require several actors.

            OUTPUT
              --output FILE is written atomically (a temporary file renamed into
              place: never a partial file); an existing file is replaced only
              with --force, and through a symbolic link the file it names is.
              A device or pipe (/dev/null, /dev/stdout, a FIFO) is written into.
              Without --output, or with `-`, output goes to stdout.
              Load warnings go to stderr, one line each:
                storyline: warning: PATH: MESSAGE (skipped|repaired)

            EXIT CODES
              0   success
              1   error, no output written (unknown actor, no readable article,
                  output file exists, cannot write)
              2   output written, but some input was skipped (see the warnings)
              64  usage error (unknown option, bad value)

            EXAMPLES
              storyline export > samples.json
              storyline export news/ --output news.json
              storyline export news/ --format csv --table actors -o actors.csv
              storyline export news/ --format markdown --actor Putin \\
                  --actor "North Korea" --output report.md --force
              storyline export news/ --glob '*.md'
              storyline export - < article.txt
            """
    )

    @Argument(help: "Files or folders of articles; `-` reads one article from stdin. Default: the bundled samples.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Output format: json, csv or markdown. Default: from the --output name, else json.")
    var format: ExportFormat?

    @Option(help: "The CSV table: events, actors, relations or articles. Default: events.")
    var table: CSVTable?

    @Option(name: .customLong("actor"), help: ArgumentHelp(
        "Keep only articles that mention this actor (name or alias, any case). Repeat to require several.",
        valueName: "name"))
    var actors: [String] = []

    @Option(help: ArgumentHelp("Which files to read in folders.", valueName: "pattern"))
    var glob: String = "*.txt"

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout (`-` is stdout).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    @Flag(name: .customLong("no-neutralise-formulas"),
          help: "CSV: keep cells that start with = + - @ tab or CR as they are, without the leading '.")
    var keepFormulas = false

    /// The output file, or nil for stdout.
    var outputFile: String? { output == "-" ? nil : output }

    var resolvedFormat: ExportFormat {
        format ?? outputFile.flatMap { ExportFormat(fileName: $0) } ?? .json
    }

    func validate() throws {
        if table != nil && resolvedFormat != .csv {
            throw ValidationError("--table only applies to --format csv")
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("`-` (stdin) can be given only once")
        }
    }

    func run() throws {
        CLI.ignoreBrokenPipes()
        // Refuse early, before the work of reading; AtomicFile checks again when it writes.
        if let file = outputFile, let refusal = AtomicFile.refusal(toWrite: file, overwrite: force) {
            throw CLI.failure(Export.message(for: refusal))
        }

        let corpus = Pipeline.run(paths: paths, glob: glob)
        CLI.printWarnings(corpus.warnings)
        let skipped = corpus.warnings.filter { $0.action == .skipped }.count
        guard !corpus.articles.isEmpty else {
            throw CLI.failure(skipped > 0 ? "no readable article (\(skipped) skipped)" : "no articles found")
        }

        let selection: Corpus
        do {
            selection = try ActorFilter.apply(names: actors, to: corpus)
        } catch let unknown as UnknownActor {
            throw CLI.failure(unknown.description)
        }
        if !actors.isEmpty && selection.articles.isEmpty {
            CLI.printError("storyline: warning: no article mentions \(actors.map { "\"\($0)\"" }.joined(separator: " and "))")
        }

        let options = ExportOptions(format: resolvedFormat, table: table ?? .events, neutraliseFormulas: !keepFormulas)
        let data = CorpusExporter.data(selection, options: options)
        if let file = outputFile {
            do {
                try AtomicFile.write(data, to: file, overwrite: force)
            } catch let failure as AtomicFile.Failure {
                throw CLI.failure(Export.message(for: failure))
            }
        } else {
            // A reader that stops early (`| head`) is not an error: the rest is simply not wanted.
            CLI.writeToStandardOutput(data)
        }
        if skipped > 0 { throw ExitCode(2) }
    }

    /// The model's message, with the flag that gets past a refusal.
    static func message(for failure: AtomicFile.Failure) -> String {
        if case .exists = failure { return failure.description + " (use --force to overwrite)" }
        return failure.description
    }
}
