import XCTest
final class StorylineE2ETestsPlaceholder: XCTestCase { func testBuilds() {} }
