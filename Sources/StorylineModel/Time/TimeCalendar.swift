import Foundation

/// Proleptic Gregorian day arithmetic on day numbers (days since 1970-01-01), without Foundation's Calendar,
/// which is far too slow to call per sentence.
enum TimeCalendar {
    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date of a day number (civil_from_days).
    static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday: Monday 1 … Sunday 7. 1970-01-01 was a Thursday.
    static func weekday(_ dayNumber: Int) -> Int {
        let mondayBased = ((dayNumber + 3) % 7 + 7) % 7
        return mondayBased + 1
    }

    /// ISO 8601 week-numbering year and week of a day.
    static func isoWeek(_ dayNumber: Int) -> (year: Int, week: Int) {
        let thursday = dayNumber - weekday(dayNumber) + 4
        let year = civil(thursday).year
        let week = (thursday - self.dayNumber(year: year, month: 1, day: 1)) / 7 + 1
        return (year, week)
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= SimpleDate.daysIn(month: month, year: year)
    }

    /// Adds months to a year and month, carrying into years.
    static func addMonths(_ months: Int, toYear year: Int, month: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return (y, index - y * 12 + 1)
    }
}

/// Zero-padded formatting of TIMEX3 values; String(format:) is too slow for the hot path.
enum TimexFormat {
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(abs(value))
        let padding = digits.count < width ? String(repeating: "0", count: width - digits.count) : ""
        return (value < 0 ? "-" : "") + padding + digits
    }

    static func year(_ year: Int) -> String { padded(year, width: 4) }
    static func month(_ y: Int, _ m: Int) -> String { padded(y, width: 4) + "-" + padded(m, width: 2) }
    static func date(_ y: Int, _ m: Int, _ d: Int) -> String { month(y, m) + "-" + padded(d, width: 2) }

    static func date(_ dayNumber: Int) -> String {
        let c = TimeCalendar.civil(dayNumber)
        return date(c.year, c.month, c.day)
    }

    static func week(_ dayNumber: Int) -> String {
        let w = TimeCalendar.isoWeek(dayNumber)
        return padded(w.year, width: 4) + "-W" + padded(w.week, width: 2)
    }

    static func clock(_ hour: Int, _ minute: Int) -> String { "T" + padded(hour, width: 2) + ":" + padded(minute, width: 2) }
}
