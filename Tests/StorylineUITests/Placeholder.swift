import XCTest
final class StorylineUITestsPlaceholder: XCTestCase { func testBuilds() {} }
