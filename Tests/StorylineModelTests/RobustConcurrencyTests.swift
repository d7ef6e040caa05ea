import Foundation
import XCTest
@testable import StorylineModel

/// Found by scripts/fuzz (LeakSanitizer): the parallel map deallocated its result buffer without releasing the results.
final class RobustConcurrencyTests: XCTestCase {
    private final class Payload: Sendable {}
    private struct WeakPayload { weak var payload: Payload? }

    func testConcurrentMapReleasesItsResults() {
        var watched: [WeakPayload] = []
        do {
            let results = concurrentMap(Array(0..<64)) { _ in Payload() }
            watched = results.map { WeakPayload(payload: $0) }
            XCTAssertTrue(watched.allSatisfy { $0.payload != nil })
        }
        XCTAssertTrue(watched.allSatisfy { $0.payload == nil }, "results outlive the map")
    }
}
