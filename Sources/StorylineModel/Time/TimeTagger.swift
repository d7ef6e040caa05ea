import Foundation

/// Finds time expressions in a sentence and normalises them TIMEX3-style against the article date.
///
/// Choices where TIMEX3 leaves room:
/// - Without a reference date, relative expressions fall back to `PAST_REF` ("yesterday", "last week",
///   "two years ago"), `PRESENT_REF` ("today", "this month") or `FUTURE_REF` ("tomorrow", "next year");
///   bare months, month-days and weekdays keep their known parts (`XXXX-07`, `XXXX-07-14`, `XXXX-WXX-4`) and
///   clock times read `XXXX-XX-XXT22:30`.
/// - A bare month or month-day takes its year from the tense of the clause around it (see `TimeTense`): past →
///   the latest one not after the reference, future → the first one not before it, present → the nearest.
///   A bare weekday works the same way, counting the reference day itself as "the most recent" or "the next".
/// - Prepositions ("in", "since", "on") stay outside the mention text; modifiers ("early", "later this",
///   "the end of") and "ago" are inside it.
/// - Parts of the day keep the day's value ("Thursday afternoon" → `2015-08-20`); hours and minutes are
///   ISO durations with a `T` (`PT48H`, `PT30M`).
public struct TimeTagger: Sendable {
    public init() {}

    /// Time expressions in one sentence, normalised against `reference` (the article date; nil when undated).
    public func tag(_ sentence: String, reference: SimpleDate?) -> [TimeMention] {
        let scalars = Array(sentence.unicodeScalars)
        let tokens = TimeTokenizer.tokenize(scalars)
        guard !tokens.isEmpty else { return [] }
        var scanner = TimeScanner(tokens: tokens, reference: TimeReference(reference))
        let matches = scanner.run()
        return matches.map { match in
            let start = tokens[match.start].start
            let end = tokens[match.end - 1].end
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            return TimeMention(range: start..<end, text: String(text), value: match.value, type: match.type)
        }
    }
}

/// The article date split into what is known of it.
struct TimeReference {
    var year: Int?
    var month: Int?
    /// Day number (see `TimeCalendar`) when the full date is known.
    var day: Int?

    init(_ date: SimpleDate?) {
        guard let date else { return }
        year = date.year
        if let m = date.month, (1...12).contains(m) {
            month = m
            if let d = date.day, TimeCalendar.isValid(year: date.year, month: m, day: d) {
                day = TimeCalendar.dayNumber(year: date.year, month: m, day: d)
            }
        }
    }
}
