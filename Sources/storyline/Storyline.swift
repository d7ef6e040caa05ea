import ArgumentParser
import Foundation
import StorylineModel

@main
struct Storyline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Browse the actors, relations and timeline of a folder of news articles.",
        discussion: "With no subcommand, opens the browser. With no path, uses the bundled sample articles.",
        version: StorylineVersion.current,
        subcommands: [Browse.self, Export.self],
        defaultSubcommand: Browse.self
    )
}
