import XCTest
final class StorylineCLITestsPlaceholder: XCTestCase { func testBuilds() {} }
