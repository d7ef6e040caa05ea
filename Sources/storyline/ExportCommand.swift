import ArgumentParser
import Foundation
import StorylineModel

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the extracted model as JSON, CSV or Markdown.")

    @Argument(help: "Files or folders of articles; `-` reads one article from stdin. Default: the bundled samples.")
    var paths: [String] = []

    func run() throws {
        let corpus = Pipeline.run(paths: paths)
        print(corpus.articles.count)
    }
}
