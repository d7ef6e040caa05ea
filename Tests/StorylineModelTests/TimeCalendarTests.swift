import XCTest
@testable import StorylineModel

final class TimeCalendarTests: XCTestCase {
    func testDayNumbersRoundTrip() {
        XCTAssertEqual(TimeCalendar.dayNumber(year: 1970, month: 1, day: 1), 0)
        XCTAssertEqual(TimeCalendar.dayNumber(year: 2000, month: 3, day: 1), 11_017)
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let c = TimeCalendar.civil(day)
            XCTAssertEqual(TimeCalendar.dayNumber(year: c.year, month: c.month, day: c.day), day)
        }
    }

    func testWeekdays() {
        XCTAssertEqual(TimeCalendar.weekday(TimeCalendar.dayNumber(year: 2023, month: 11, day: 15)), 3)  // Wednesday
        XCTAssertEqual(TimeCalendar.weekday(TimeCalendar.dayNumber(year: 2015, month: 8, day: 21)), 5)   // Friday
        XCTAssertEqual(TimeCalendar.weekday(TimeCalendar.dayNumber(year: 1969, month: 12, day: 28)), 7)  // Sunday
    }

    func testISOWeeksAcrossYearBoundaries() {
        func week(_ y: Int, _ m: Int, _ d: Int) -> String { TimexFormat.week(TimeCalendar.dayNumber(year: y, month: m, day: d)) }
        XCTAssertEqual(week(2023, 11, 15), "2023-W46")
        XCTAssertEqual(week(2021, 1, 3), "2020-W53")
        XCTAssertEqual(week(2021, 1, 4), "2021-W01")
        XCTAssertEqual(week(2019, 12, 30), "2020-W01")
        XCTAssertEqual(week(2015, 12, 31), "2015-W53")
        XCTAssertEqual(week(2016, 1, 1), "2015-W53")
        XCTAssertEqual(week(2024, 12, 30), "2025-W01")
    }

    func testLeapYears() {
        XCTAssertTrue(TimeCalendar.isValid(year: 2024, month: 2, day: 29))
        XCTAssertTrue(TimeCalendar.isValid(year: 2000, month: 2, day: 29))
        XCTAssertFalse(TimeCalendar.isValid(year: 2023, month: 2, day: 29))
        XCTAssertFalse(TimeCalendar.isValid(year: 1900, month: 2, day: 29))
        let leapDay = TimeCalendar.dayNumber(year: 2024, month: 2, day: 29)
        XCTAssertEqual(TimexFormat.date(leapDay + 1), "2024-03-01")
        XCTAssertEqual(TimexFormat.date(TimeCalendar.dayNumber(year: 2023, month: 3, day: 1) - 1), "2023-02-28")
    }

    func testMonthArithmetic() {
        XCTAssertTrue(TimeCalendar.addMonths(-1, toYear: 2024, month: 1) == (2023, 12))
        XCTAssertTrue(TimeCalendar.addMonths(1, toYear: 2023, month: 12) == (2024, 1))
        XCTAssertTrue(TimeCalendar.addMonths(-25, toYear: 2023, month: 11) == (2021, 10))
    }

    func testFormatting() {
        XCTAssertEqual(TimexFormat.date(987, 3, 4), "0987-03-04")
        XCTAssertEqual(TimexFormat.clock(2, 30), "T02:30")
    }
}
