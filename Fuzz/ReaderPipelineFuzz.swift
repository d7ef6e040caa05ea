// libFuzzer entry point: bytes → ArticleReader.parse → Pipeline.extract → CorpusInvariants, trapping on any violation.
// Built by scripts/fuzz together with the model's sources and Tests/StorylineModelTests/RobustInvariantsTests.swift
// (one module, so the model's internals are in scope without an import).
import Foundation

/// A record separator (0x1E) splits the input into up to four articles, so that actor merging and story
/// grouping across articles are fuzzed too; the decoder would otherwise turn the byte into a space.
let articleSeparator: UInt8 = 0x1E
let maximumArticles = 4

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    let parts = data.split(separator: articleSeparator, maxSplits: maximumArticles - 1, omittingEmptySubsequences: false)
    var articles: [Article] = []
    for (index, part) in parts.enumerated() {
        let result = ArticleReader.parse(id: "a\(index)", path: "fuzz/a\(index).txt", data: Data(part))
        // Exactly one outcome: an article, or a warning saying it was skipped.
        let skipped = result.warnings.contains { $0.action == .skipped }
        if (result.article == nil) != skipped { fail("article and skipped warning disagree: \(result.warnings)") }
        for warning in result.warnings where warning.description.contains("\n") { fail("a warning spans lines: \(warning)") }
        if let article = result.article { articles.append(article) }
    }
    let corpus = Pipeline.extract(articles)
    if corpus.articles.count != articles.count { fail("extraction lost articles") }
    let problems = CorpusInvariants.violations(corpus)
    if !problems.isEmpty { fail(problems.prefix(5).joined(separator: "\n")) }
    return 0
}

/// Prints why, then traps so that libFuzzer saves the input as a crash.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("invariant violated: \(message)\n".utf8))
    fatalError("invariant violated")
}
