import XCTest
final class StorylineModelTestsPlaceholder: XCTestCase { func testBuilds() {} }
