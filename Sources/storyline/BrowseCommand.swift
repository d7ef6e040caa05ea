import ArgumentParser
import Foundation
import StorylineModel
import StorylineTerminal
import StorylineUI

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the full-screen browser (the default).",
        discussion: """
            Three panes: articles (grouped by story), actors with their relations, and
            the timeline. `a` filters every pane by actor (space/& AND, | OR, ! NOT),
            Enter opens the reader, Space marks, `e` exports, `?` lists all keys.
            Needs a terminal on stdin and stdout; honours NO_COLOR.
            """
    )

    @Argument(help: "Files or folders of articles; `-` reads one article from stdin. Default: the bundled samples.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Which files to read in folders.", valueName: "pattern"))
    var glob: String = "*.txt"

    @Flag(name: .customLong("no-color"), help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        do {
            try TerminalScreen.checkUsable()
        } catch let error as TerminalUnavailable {
            FileHandle.standardError.write(Data("storyline: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        let corpus = Pipeline.run(paths: paths, glob: glob)
        let index = BrowserIndex(corpus, name: corpusName)
        let environment = ProcessInfo.processInfo.environment
        let useColor = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(useColor: useColor)
        } catch let error as TerminalUnavailable {
            FileHandle.standardError.write(Data("storyline: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        var state = BrowserState(index: index, width: screen.size.width, height: screen.size.height, colors: useColor)
        BrowserLoop.run(&state, screen: screen, export: Browse.export)
        screen.end()
    }

    /// What the status line calls the corpus.
    var corpusName: String {
        switch paths.count {
        case 0: return "samples"
        case 1: return (paths[0] as NSString).lastPathComponent.isEmpty ? paths[0] : (paths[0] as NSString).lastPathComponent
        default: return "\(paths.count) paths"
        }
    }

    /// Writes the selection with the same exporter and atomic writer as `storyline export`.
    static func export(_ request: ExportRequest, _ state: BrowserState) -> ExportOutcome {
        let corpus = state.exportCorpus()
        let format = ExportFormat(rawValue: request.format.rawValue) ?? .json
        let table = CSVTable(rawValue: request.table.rawValue) ?? .events
        let data = CorpusExporter.data(corpus, options: ExportOptions(format: format, table: table))
        let path = (request.path as NSString).expandingTildeInPath
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        do {
            try AtomicFile.write(data, to: absolute, overwrite: request.overwrite)
        } catch AtomicFile.Failure.exists {
            return .exists(path: absolute)
        } catch {
            return .failed(path: absolute, message: String(describing: error))
        }
        let counts: String
        if format == .csv {
            let n: Int
            switch table {
            case .events: n = corpus.events.count
            case .actors: n = corpus.actors.count
            case .relations: n = corpus.relations.count
            case .articles: n = corpus.articles.count
            }
            counts = "\(n) \(table.rawValue) (CSV)"
        } else {
            let parts = [(corpus.articles.count, "article"), (corpus.actors.count, "actor"),
                         (corpus.relations.count, "relation"), (corpus.events.count, "event")]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
            counts = parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
        }
        return .written(path: absolute, summary: counts)
    }
}
