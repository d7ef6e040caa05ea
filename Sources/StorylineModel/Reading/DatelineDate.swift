import Foundation

/// A date written in words, as in datelines: `Friday, August 21, 2015`, `21 August 2015`, `Nov. 15`.
struct DatelineDate: Equatable {
    var year: Int?
    var month: Int
    var day: Int?

    /// False for dates that cannot exist, such as February 30.
    var isPossible: Bool {
        guard let day else { return true }
        return day <= SimpleDate.daysIn(month: month, year: year ?? 2000)
    }

    /// The article date it gives: only phrases with a year do.
    var simpleDate: SimpleDate? {
        guard let year, isPossible else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }

    static let months: WordMap<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays: WordSet = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun",
    ]

    /// The month a word names, in any case, abbreviated with or without a full stop ("Aug", "aug.", "August").
    static func month(_ word: String) -> Int? { months[withoutFullStop(word.lowercased())] }

    /// Parses a phrase that is nothing but a date (commas and a leading weekday allowed); nil otherwise.
    /// Accepts `[Weekday,] Month D[,] YYYY`, `[Weekday,] D Month YYYY`, `Month D`, `D Month`, `Month YYYY`.
    init?(_ phrase: some StringProtocol) {
        var words: [String]
        if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (almost every phrase): split by bytes, several times cheaper than by Characters, with the same
            // words (a "\r\n" Character is no separator, nor are its bytes).
            words = phrase.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x09 })
                .map { String(decoding: $0, as: UTF8.self).lowercased() }
        } else {
            words = phrase.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\u{00A0}" })
                .map { $0.lowercased() }
        }
        if let first = words.first, DatelineDate.weekdays.contains(withoutFullStop(first)) { words.removeFirst() }
        words.removeAll { $0 == "of" || $0 == "the" }
        let month = DatelineDate.month
        func day(_ word: String) -> Int? {
            var digits = word
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
            guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return nil }
            return value
        }
        func year(_ word: String) -> Int? {
            guard word.count == 4, let value = Int(word), (1000...2999).contains(value) else { return nil }
            return value
        }
        switch words.count {
        case 3:
            if let m = month(words[0]), let d = day(words[1]), let y = year(words[2]) {
                self.init(year: y, month: m, day: d)
            } else if let d = day(words[0]), let m = month(words[1]), let y = year(words[2]) {
                self.init(year: y, month: m, day: d)
            } else { return nil }
        case 2:
            if let m = month(words[0]), let d = day(words[1]) {
                self.init(year: nil, month: m, day: d)
            } else if let d = day(words[0]), let m = month(words[1]) {
                self.init(year: nil, month: m, day: d)
            } else if let m = month(words[0]), words[0].count > 3 || words[0].hasSuffix("."), let y = year(words[1]) {
                self.init(year: y, month: m, day: nil)
            } else { return nil }
        default:
            return nil
        }
    }

    init(year: Int?, month: Int, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// An ISO date `YYYY-MM-DD` (or `YYYY-MM`, one-digit month and day allowed), checked for existence.
enum HeaderISODate {
    enum Result: Equatable {
        case date(SimpleDate)
        case impossible
        case notISO
    }

    /// Whether `text` has the shape of an ISO date: four digits, then one or two groups of `-` and digits.
    static func hasShape(_ text: some StringProtocol) -> Bool {
        // Told on the UTF-8, most lines at their first byte: the shape is ASCII digits and hyphens only, each a
        // Character of its own (an ASCII Character is a number exactly when it is a digit).
        var hyphens = 0, digits = 0, firstDigits = 0
        for byte in text.utf8 {
            if byte &- 0x30 < 10 {
                digits += 1
            } else if byte == 0x2D, (1...4).contains(digits) {
                if hyphens == 0 { firstDigits = digits }
                hyphens += 1
                digits = 0
            } else {
                return false
            }
        }
        // Two or three parts of one to four digits, the first of four.
        return (1...2).contains(hyphens) && (1...4).contains(digits) && firstDigits == 4
    }

    static func parse(_ text: some StringProtocol) -> Result {
        guard hasShape(text) else { return .notISO }
        let numbers = text.split(separator: "-").map { Int($0)! }
        let year = numbers[0]
        let month = numbers[1]
        guard (1...12).contains(month), numbers[1...].allSatisfy({ String($0).count <= 2 }) else { return .impossible }
        if numbers.count == 2 { return .date(SimpleDate(year: year, month: month)) }
        let day = numbers[2]
        guard day >= 1, day <= SimpleDate.daysIn(month: month, year: year) else { return .impossible }
        return .date(SimpleDate(year: year, month: month, day: day))
    }
}

private func withoutFullStop(_ word: String) -> String {
    word.hasSuffix(".") ? String(word.dropLast()) : word
}
