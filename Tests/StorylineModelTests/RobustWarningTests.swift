import Foundation
import XCTest
@testable import StorylineModel

/// Warnings go to a terminal (stderr, the browser's status line): they must stay one inert line.
final class RobustWarningTests: XCTestCase {
    /// A warning is one line whatever the file is called: the CLI prints it to a terminal.
    func testWarningLinesEscapeControlCharactersInPathsAndMessages() {
        let warning = LoadWarning(path: "news/a\u{1B}[2J\nb\u{202E}c.txt", action: .skipped, message: "empty\u{9B} file\r")
        XCTAssertEqual(warning.description, "news/a\\u{1B}[2J\\u{A}b\\u{202E}c.txt: empty\\u{9B} file\\u{D} (skipped)")
        XCTAssertEqual(LoadWarning(path: "plain/é 北.txt", action: .repaired, message: "ok").description, "plain/é 北.txt: ok (repaired)")
    }
}
