import ArgumentParser
import Foundation
import StorylineModel

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the full-screen browser (the default).")

    @Argument(help: "Files or folders of articles; `-` reads one article from stdin. Default: the bundled samples.")
    var paths: [String] = []

    func run() throws {
        throw ValidationError("the browser is not built yet")
    }
}
