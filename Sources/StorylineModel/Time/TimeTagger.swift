import Foundation

/// Finds time expressions in a sentence and normalises them TIMEX3-style against the article date.
///
/// A hand-written scanner over a light token list (no regular expressions): at each token it tries the rules
/// that can start there and keeps the longest match. Choices where TIMEX3 or the brief leave room:
/// - Without a reference date, relative expressions keep only their direction: `PAST_REF` ("yesterday",
///   "last week", "last Thursday", "two years ago"), `PRESENT_REF` ("today", "this month"), `FUTURE_REF`
///   ("tomorrow", "next year"). Bare months, month-days and weekdays keep their known parts (`XXXX-07`,
///   `XXXX-07-14`, `XXXX-WXX-4`); clock times read `XXXX-XX-XXT22:30`. With only a year (or year and month),
///   whatever can be resolved at that precision is.
/// - A bare month takes its year from the tense of the clause around it (see `TimeTense`): past → the latest
///   such month not after the reference month, future → the first not before it, present → the nearest
///   (ties to the reference year). A month-day works the same at day precision, with 14 days of slack in
///   future clauses ("is to run from January 23" in a January 28 article). A bare weekday: past → the latest
///   on or before the reference day (wire style: "said on Wednesday" in a Wednesday article is that day),
///   future and present → the first on or after it (present is mostly a schedule: "Argentina votes on Sunday").
///   "last/next Thursday" are strictly before/after, "this Thursday" is in the reference's ISO week.
/// - "this weekend"/"the weekend" is `YYYY-Www-WE`; on a weekday in a past clause it is the weekend just gone.
/// - Seasons are `YYYY-SP/SU/FA/WI`; halves `YYYY-H1`; quarters `YYYY-Q1`; decades `199`; centuries `19`.
/// - Prepositions ("in", "since", "on") stay outside the mention text; modifiers ("early", "later this",
///   "the end of"), "the" of "the 1990s" or "the past two years", and "ago" are inside it.
/// - Parts of the day keep the day's value ("Thursday afternoon" → `2015-08-20`, "tonight" → the date), which is
///   what a timeline wants; the mention's `partOfDay` (`AF`) and `timex` (`2015-08-20TAF`, TIME) carry the rest.
/// - Durations are ISO 8601: hours, minutes and seconds take a `T` (`PT48H`, `PT30M`) so minutes never read as
///   months; decades and centuries count in years (`P40Y`); an unknown amount is `X` ("several years" → `PXY`).
/// - "in two years" in a future clause is the reference moved forward (`2025`); elsewhere it is a duration.
/// - A clock time takes the day of a day-level date right next to it ("at 8 p.m. on Sunday"), else that of a
///   clock time next to it, else the reference day; "2:30 the next day" adds one day to the last day-level date
///   of the sentence (or the reference).
/// - Midnight is `T24:00` of its day, as in TIMEX3.
public struct TimeTagger: Sendable {
    public init() {}

    /// Time expressions in one sentence, normalised against `reference` (the article date; nil when undated).
    public func tag(_ sentence: String, reference: SimpleDate?) -> [TimeMention] {
        let scalars = ReaderText.scalars(of: sentence)
        return tag(scalars, in: 0..<scalars.count, reference: reference)
    }

    /// Time expressions in the sentence at `range` of `scalars` (an article's text, decoded once for all its
    /// sentences), with ranges from the start of the sentence.
    func tag(_ scalars: [Unicode.Scalar], in range: Range<Int>, reference: SimpleDate?) -> [TimeMention] {
        let (tokens, lower) = scalars.withUnsafeBufferPointer { buffer -> ([TimeToken], [String]) in
            let sentence = UnsafeBufferPointer(rebasing: buffer[range])
            return TimeTokenizer.mayHoldTimeExpression(sentence) ? TimeTokenizer.tokenize(sentence) : ([], [])
        }
        guard !tokens.isEmpty else { return [] }
        var scanner = TimeScanner(tokens: tokens, lower: lower, reference: TimeReference(reference))
        let matches = scanner.run()
        return matches.map { match in
            let start = tokens[match.start].start
            let end = tokens[match.end - 1].end
            let text = ReaderText.string(scalars, (range.lowerBound + start)..<(range.lowerBound + end))
            return TimeMention(range: start..<end, text: text, value: match.value, type: match.type, partOfDay: match.partOfDay)
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
