import Foundation
import XCTest
@testable import StorylineModel

/// GFM (GitHub, GitLab, most viewers) links bare URLs: article text must not add links that way either.
final class RobustMarkdownTests: XCTestCase {
    func testBareURLsAndWWWStayText() {
        XCTAssertEqual(MarkdownExport.inline("see http://evil.example/x and https://a.b"), #"see http\://evil.example/x and https\://a.b"#)
        XCTAssertEqual(MarkdownExport.inline("visit www.evil.example or WWW.EVIL.EXAMPLE"), #"visit www\.evil.example or WWW\.EVIL.EXAMPLE"#)
        XCTAssertEqual(MarkdownExport.inline("[x](javascript://y)"), #"\[x\](javascript\://y)"#)
    }

    func testOrdinaryColonsDotsAndWsAreLeftAlone() {
        for plain in ["He said: talks resume.", "The ratio was 3:2 at 10:30.", "Awww. Wow.", "a/b:c//d", "ww.x"] {
            XCTAssertEqual(MarkdownExport.inline(plain), plain)
        }
    }
}
