import ArgumentParser
import Foundation
import StorylineModel

@main
struct Storyline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Browse the actors, relations and timeline of a folder of news articles.",
        discussion: """
            With no subcommand, opens the browser. With no path, uses the bundled sample articles.
            `storyline export` writes the same model as JSON, CSV or Markdown without a terminal; \
            see `storyline export --help` for its formats and exit codes.
            """,
        version: StorylineVersion.current,
        subcommands: [Browse.self, Export.self, Eval.self, Bench.self, TrainNER.self],
        defaultSubcommand: Browse.self
    )
}
