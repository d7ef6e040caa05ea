import Foundation

/// A time expression found over tokens `start..<end`, before it becomes a `TimeMention`.
struct TimeMatch {
    var start: Int
    var end: Int
    var value: String
    var type: TimexType
    /// The day number of a day-level date, to anchor clock times and "the next day".
    var day: Int?
    /// A clock time waiting for its day: hour, minute, and whether it is "the next day".
    var clock: (hour: Int, minute: Int, nextDay: Bool)?
    var isYear = false
    var isMonth = false
    /// TIMEX3 part-of-day code ("AF") of a day-level date said with a part of the day ("Thursday afternoon").
    var partOfDay: String?
}

/// Duration units and their TIMEX3 letters.
enum TimeUnit {
    case second, minute, hour, day, week, fortnight, month, year, decade, century

    static let words: WordMap<TimeUnit> = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "hour": .hour,
        "hours": .hour, "day": .day, "days": .day, "week": .week, "weeks": .week, "fortnight": .fortnight,
        "fortnights": .fortnight, "month": .month, "months": .month, "year": .year, "years": .year,
        "decade": .decade, "decades": .decade, "century": .century, "centuries": .century,
    ]

    /// `P2Y`, `PT48H`; decades and centuries count in years; an unknown amount is `X`.
    func duration(_ amount: Int?) -> String {
        let n = amount.map(String.init) ?? "X"
        switch self {
        case .second: return "PT" + n + "S"
        case .minute: return "PT" + n + "M"
        case .hour: return "PT" + n + "H"
        case .day: return "P" + n + "D"
        case .week: return "P" + n + "W"
        case .fortnight: return "P" + (amount.map { String($0 * 2) } ?? "X") + "W"
        case .month: return "P" + n + "M"
        case .year: return "P" + n + "Y"
        case .decade: return "P" + (amount.map { String($0 * 10) } ?? "X") + "Y"
        case .century: return "P" + (amount.map { String($0 * 100) } ?? "X") + "Y"
        }
    }
}

/// The hand-written scanner: at each token it tries the rules that can start there and keeps the longest match.
struct TimeScanner {
    let tokens: [TimeToken]
    /// The lower-cased text of each token.
    let lowers: [String]
    let reference: TimeReference
    private var matches: [TimeMatch] = []
    /// Computed on first use: most sentences have no expression that needs a tense.
    private var tenseMap: TimeTense.Map?

    init(tokens: [TimeToken], lower: [String], reference: TimeReference) {
        self.tokens = tokens
        self.lowers = lower
        self.reference = reference
    }

    mutating func run() -> [TimeMatch] {
        var i = 0
        while i < tokens.count {
            if let match = match(at: i) {
                matches.append(match)
                i = match.end
            } else {
                i += 1
            }
        }
        includeApproximators()
        anchorClockTimes()
        return matches
    }

    /// Widens durations and "ago" dates that start with an amount over an approximator before them ("nearly half
    /// an hour", "at least four decades", "just over 24 hours ago"): TIMEX3 keeps it inside the mention.
    private mutating func includeApproximators() {
        for index in matches.indices {
            let match = matches[index]
            guard match.type == .duration || lower(match.end - 1) == "ago" else { continue }
            let first = lower(match.start)
            guard tokens[match.start].kind == .number || TimeLexicon.numberWords[first] != nil
                    || first == "a" || first == "an" || first == "half" else { continue }
            let floor = index > 0 ? matches[index - 1].end : 0
            if match.start - 2 >= floor, TimeLexicon.approximatorPairs.contains(lower(match.start - 2) + " " + lower(match.start - 1)) {
                matches[index].start -= 2
            } else if match.start - 1 >= floor, TimeLexicon.approximators.contains(lower(match.start - 1)) {
                matches[index].start -= 1
            }
        }
    }

    // MARK: Token access

    private func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? lowers[i] : "" }
    private func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    /// The token at `i` is glued to the one before it (no whitespace).
    private func glued(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }
    private func plainNumber(_ i: Int) -> Int? {
        i >= 0 && i < tokens.count && tokens[i].kind == .number && tokens[i].number >= 0 ? tokens[i].number : nil
    }
    private func digits(_ i: Int) -> Int { i >= 0 && i < tokens.count ? tokens[i].digits : 0 }

    private mutating func tense(at position: Int) -> TimeTense {
        if tenseMap == nil { tenseMap = TimeTense.map(tokens, lowers) }
        return TimeTense.tense(at: position, in: tenseMap!)
    }

    // MARK: Dispatch

    private mutating func match(at i: Int, contextGiven: Bool = false) -> TimeMatch? {
        guard i < tokens.count else { return nil }
        // Called on every token: read its fields in place rather than copy the token (and retain its text).
        switch tokens[i].kind {
        case .number:
            return numberRules(at: i)
        case .punct:
            if lowers[i] == "'", let decade = apostropheDecade(at: i) { return decade }
            return nil
        case .word:
            // Most words are not triggers, and their tokens tell so without a look-up.
            guard tokens[i].mayBeTrigger, let trigger = TimeLexicon.triggerMap[lowers[i]] else { return nil }
            return wordRules(at: i, trigger: trigger, contextGiven: contextGiven)
        }
    }

    private mutating func wordRules(at i: Int, trigger: WordTrigger, contextGiven: Bool) -> TimeMatch? {
        switch trigger {
        case .month(let month): return monthRule(at: i, month: month, contextGiven: contextGiven)
        case .weekday(let weekday): return weekdayRule(at: i, weekday: weekday, modifier: nil, start: i)
        case .weekdays(let weekday):
            // "on Mondays": a set.
            return TimeMatch(start: i, end: i + 1, value: "XXXX-WXX-" + String(weekday), type: .set)
        case .deicticDay: return deicticDayRule(at: i)
        case .relative: return longest(relativeRule(at: i), durationRule(at: i, quantityStart: i + 1))
        case .the: return theRule(at: i)
        case .modifier: return modifierRule(at: i)
        case .reference(let value):
            // "every now and then", "now and again": occasionally, not the present.
            if lower(i) == "now", lower(i + 1) == "and", lower(i + 2) == "then" || lower(i + 2) == "again" { return nil }
            // "They soon dropped them": soon after a past happening is still in the past.
            if value == "FUTURE_REF", lower(i) == "soon", tense(at: i) == .past {
                return TimeMatch(start: i, end: i + 1, value: "PAST_REF", type: .date)
            }
            return TimeMatch(start: i, end: i + 1, value: value, type: .date)
        case .right:
            return lower(i + 1) == "now" ? TimeMatch(start: i, end: i + 2, value: "PRESENT_REF", type: .date) : nil
        case .at:
            return lower(i + 1) == "present" ? TimeMatch(start: i, end: i + 2, value: "PRESENT_REF", type: .date) : nil
        case .in: return inRule(at: i)
        case .for: return forRule(at: i)
        case .every: return setRule(at: i)
        case .frequency(let value):
            // "the Daily Mail", "The Weekly Standard": a capitalised frequency word inside a sentence is a name.
            if tokens[i].capitalized && i > 0 { return nil }
            return TimeMatch(start: i, end: i + 1, value: value, type: .set)
        case .per:
            // "twice per week", "$20 per day"; "miles per hour" is a speed, so only calendar units count.
            guard let unit = TimeUnit.words[lower(i + 1)], [.day, .week, .month, .year].contains(unit),
                  !lower(i + 1).hasSuffix("s") else { return nil }
            return TimeMatch(start: i, end: i + 2, value: unit.duration(1), type: .set)
        case .clockWord(let hour): return TimeMatch(start: i, end: i + 1, value: "", type: .time, clock: (hour, 0, false))
        case .quarterCode: return quarterCodeRule(at: i)
        case .half:
            // "half an hour" → PT30M.
            if (lower(i + 1) == "an" || lower(i + 1) == "a"), TimeUnit.words[lower(i + 2)] == .hour {
                return TimeMatch(start: i, end: i + 3, value: "PT30M", type: .duration)
            }
            return nil
        case .quantity: return durationRule(at: i, quantityStart: i)
        case .season(let season): return seasonRule(at: i, season: season)
        }
    }

    private func longest(_ a: TimeMatch?, _ b: TimeMatch?) -> TimeMatch? {
        guard let a else { return b }
        guard let b else { return a }
        return b.end > a.end ? b : a
    }

    // MARK: Numbers

    private mutating func numberRules(at i: Int) -> TimeMatch? {
        let token = tokens[i]
        if let iso = isoDateRule(at: i) { return iso }
        if let clock = clockRule(at: i) { return clock }
        if token.digits == 4, lower(i + 1) == "s", glued(i + 1), token.number % 10 == 0 {
            return TimeMatch(start: i, end: i + 2, value: String(token.number / 10), type: .date)
        }
        var best = dayMonthRule(at: i)
        best = longest(best, durationRule(at: i, quantityStart: i))
        if best == nil || best!.end <= i + 1 { best = longest(best, yearRule(at: i)) }
        return best
    }

    /// `2015-08-10`.
    private func isoDateRule(at i: Int) -> TimeMatch? {
        guard digits(i) == 4, lower(i + 1) == "-", glued(i + 1), glued(i + 2), digits(i + 2) == 2,
              lower(i + 3) == "-", glued(i + 3), glued(i + 4), (1...2).contains(digits(i + 4)),
              let y = plainNumber(i), let m = plainNumber(i + 2), let d = plainNumber(i + 4),
              TimeCalendar.isValid(year: y, month: m, day: d) else { return nil }
        let day = TimeCalendar.dayNumber(year: y, month: m, day: d)
        return TimeMatch(start: i, end: i + 5, value: TimexFormat.date(y, m, d), type: .date, day: day)
    }

    /// `22:30`, `6:00am`, `6 p.m.`, `15:11 GMT`; `2:30 the next day`.
    private func clockRule(at i: Int) -> TimeMatch? {
        guard let hour = plainNumber(i), digits(i) <= 2 else { return nil }
        var end = i + 1
        var minute = 0
        var hasMinutes = false
        if lower(i + 1) == ":" || lower(i + 1) == ".", glued(i + 1), glued(i + 2), digits(i + 2) == 2,
           let mm = plainNumber(i + 2), mm < 60, hour <= 24, lower(i + 1) == ":" || meridiem(at: i + 3) != nil {
            minute = mm
            hasMinutes = true
            end = i + 3
            if lower(end) == ":", glued(end), digits(end + 1) == 2 { end += 2 }
        }
        var h = hour
        if let (meridiemEnd, pm) = meridiem(at: end) {
            guard hour >= 1, hour <= 12 else { return nil }
            h = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
            end = meridiemEnd
        } else if lower(end) == "o", lower(end + 1) == "'clock", hour >= 1, hour <= 12 {
            end += 2
        } else if !hasMinutes {
            return nil
        }
        if TimeLexicon.timeZones.contains(lower(end)) {
            end += 1
        } else if lower(end) == "local", lower(end + 1) == "time" {
            end += 2
        }
        var nextDay = false
        if lower(end) == "the", lower(end + 1) == "next" || lower(end + 1) == "following", lower(end + 2) == "day" {
            nextDay = true
            end += 3
        }
        return TimeMatch(start: i, end: end, value: "", type: .time, clock: (h, minute, nextDay))
    }

    /// `am`, `pm`, `a.m.`, `p.m.` at `i`: the end and whether it is afternoon.
    private func meridiem(at i: Int) -> (Int, Bool)? {
        let w = lower(i)
        if w == "am" || w == "pm" { return (i + 1, w == "pm") }
        if (w == "a" || w == "p"), lower(i + 1) == ".", glued(i + 1), lower(i + 2) == "m", glued(i + 2) {
            return (lower(i + 3) == "." && glued(i + 3) ? i + 4 : i + 3, w == "p")
        }
        return nil
    }

    /// `10 August 2015`, `10th of August`.
    private mutating func dayMonthRule(at i: Int) -> TimeMatch? {
        guard let d = plainNumber(i), digits(i) <= 2, d >= 1, d <= 31 else { return nil }
        var j = i + 1
        if TimeLexicon.ordinalSuffixes.contains(lower(j)), glued(j) { j += 1 }
        if lower(j) == "of" { j += 1 }
        guard isWord(j), tokens[j].capitalized,
              let m = TimeLexicon.months[lower(j)] ?? TimeLexicon.monthAbbreviations[lower(j)] else { return nil }
        j += 1
        if TimeLexicon.monthAbbreviations[lower(j - 1)] != nil, lower(j) == ".", glued(j) { j += 1 }
        var k = j
        if lower(k) == "," { k += 1 }
        if let y = year(at: k), TimeCalendar.isValid(year: y, month: m, day: d) {
            return TimeMatch(start: i, end: k + 1, value: TimexFormat.date(y, m, d), type: .date,
                             day: TimeCalendar.dayNumber(year: y, month: m, day: d))
        }
        return monthDay(start: i, end: j, month: m, day: d, position: i)
    }

    /// A plausible year number at `i` that is not the start of a count ("2015 people"); after a comma that
    /// follows a month or day ("September 12, 2015 pilgrims"), a year even before a count noun.
    private func year(at i: Int) -> Int? {
        guard digits(i) == 4, let y = plainNumber(i), (1000...2199).contains(y) else { return nil }
        if lower(i - 1) == ",", digits(i - 2) == 1 || digits(i - 2) == 2 || TimeLexicon.months[lower(i - 2)] != nil {
            return y
        }
        return isCount(after: i) ? nil : y
    }

    private func isCount(after i: Int) -> Bool {
        let next = lower(i + 1)
        if next == "%" || next == ":" { return true }
        if next == "-", glued(i + 1), isWord(i + 2) { return true }  // "2000-strong"
        return TimeLexicon.countNouns.contains(next) || TimeUnit.words[next] != nil
    }

    /// A 4-digit number in year context.
    private mutating func yearRule(at i: Int) -> TimeMatch? {
        guard let y = year(at: i) else { return nil }
        let modern = (1900...2099).contains(y)
        let previous = lower(i - 1)
        if i > 0, tokens[i - 1].kind == .punct, TimeLexicon.currencySigns.contains(previous) { return nil }
        if TimeLexicon.identifierWords.contains(previous) { return nil }
        if lower(i + 1) == "'s" {
            if let quarter = ordinalQuarter(at: i + 2) {
                return TimeMatch(start: i, end: quarter.end, value: TimexFormat.year(y) + "-" + quarter.code, type: .date)
            }
            return yearMatch(i, y)
        }
        if let last = matches.last, last.isYear, last.end >= i - 1, TimeLexicon.yearListConnectors.contains(previous) {
            return yearMatch(i, y)
        }
        if TimeLexicon.yearPrepositions.contains(previous) {
            if TimeLexicon.weakYearPrepositions.contains(previous) && !modern { return nil }
            // "rose by 2000" is an amount; "fall by 2050" a deadline: only round numbers count as amounts.
            if previous == "by" && y % 100 == 0 && TimeLexicon.changeVerbs.contains(lower(i - 2)) { return nil }
            return yearMatch(i, y)
        }
        if previous == "-", lower(i - 2) == "mid" { return yearMatch(i, y) }
        guard modern else { return nil }
        if previous == "(" && lower(i + 1) == ")" { return yearMatch(i, y) }
        if previous == "," && lower(i + 1) == "," { return yearMatch(i, y) }
        if TimeLexicon.determiners.contains(previous) || previous == "over", isWord(i + 1) || lower(i + 1) == "-" {
            return yearMatch(i, y)
        }
        if i == 0 || previous == "\"" {
            if TimeLexicon.yearSubjectVerbs.contains(lower(i + 1)) || lower(i + 1) == "," { return yearMatch(i, y) }
        }
        // A range "2000 - 2050" after a preposition-less start.
        if lower(i + 1) == "-" || lower(i + 1) == "to", year(at: i + 2) != nil, previous == "over" || previous == "between" {
            return yearMatch(i, y)
        }
        return nil
    }

    private func yearMatch(_ i: Int, _ y: Int) -> TimeMatch {
        TimeMatch(start: i, end: i + 1, value: TimexFormat.year(y), type: .date, isYear: true)
    }

    /// "first quarter" at `i` → its end and `Q1`; "first half" → `H1`.
    private func ordinalQuarter(at i: Int) -> (end: Int, code: String)? {
        guard let n = TimeLexicon.ordinals[lower(i)] else { return nil }
        if lower(i + 1) == "quarter" { return (i + 2, "Q" + String(n)) }
        if lower(i + 1) == "half", n <= 2 { return (i + 2, "H" + String(n)) }
        return nil
    }

    /// `'90s` → 199.
    private func apostropheDecade(at i: Int) -> TimeMatch? {
        guard digits(i + 1) == 2, glued(i + 1), let n = plainNumber(i + 1), n % 10 == 0, lower(i + 2) == "s", glued(i + 2)
        else { return nil }
        // "'90s" is the 1990s; "'10s" is the 2010s once the reference is past 2010.
        let century = 2000 + n <= (reference.year ?? 2000) ? 20 : 19
        return TimeMatch(start: i, end: i + 3, value: String(century * 10 + n / 10), type: .date)
    }

    // MARK: Quantities and durations

    /// A number, a number word, "a"/"an", "a few", "several": the amount (nil when vague) and its end.
    private func quantity(at i: Int) -> (amount: Int?, end: Int)? {
        guard i < tokens.count else { return nil }
        let token = tokens[i]
        if token.kind == .number {
            if token.number >= 0 { return (token.number, i + 1) }
            return TimeScanner.groupedAmount(lowers[i]).map { ($0, i + 1) }
        }
        let w = lowers[i]
        if let n = TimeLexicon.numberWords[w] {
            if n >= 20, n < 100, lower(i + 1) == "-", glued(i + 1), let units = TimeLexicon.numberWords[lower(i + 2)], units < 10 {
                return (n + units, i + 3)
            }
            if w == "dozen" { return nil }
            return (n, i + 1)
        }
        if w == "a" || w == "an" {
            if lower(i + 1) == "few" { return (nil, i + 2) }
            if lower(i + 1) == "couple", lower(i + 2) == "of" { return (2, i + 3) }
            if lower(i + 1) == "dozen" { return (12, i + 2) }
            return (1, i + 1)
        }
        if TimeLexicon.vagueQuantities.contains(w) { return (nil, i + 1) }
        return nil
    }

    /// "2,000 years": a number token (digits, thousands groups, decimals) with thousands groups is fine for an
    /// amount, one with decimals is not. Capped below a billion so that date arithmetic on absurd amounts cannot
    /// overflow. Read on the bytes: the token's text is ASCII.
    private static func groupedAmount(_ number: String) -> Int? {
        var value = 0
        for byte in number.utf8 where byte != UInt8(ascii: ",") {
            guard byte != UInt8(ascii: "."), value < 100_000_000 else { return nil }
            value = value * 10 + Int(byte &- 48)
        }
        return value
    }

    /// `48 hours`, `two years ago`, `an 11-year lull`, `the past two years` (starting at `start`, with the quantity
    /// at `quantityStart`).
    private mutating func durationRule(at start: Int, quantityStart: Int) -> TimeMatch? {
        guard let (amount, afterQuantity) = quantity(at: quantityStart) else { return nil }
        let vague = amount == nil
        var j = afterQuantity
        // "an 11-year lull": a hyphenated singular unit, never an age ("22-year-old").
        if lower(j) == "-", glued(j), let unit = TimeUnit.words[lower(j + 1)], !lower(j + 1).hasSuffix("s") {
            if lower(j + 2) == "-" && lower(j + 3) == "old" { return nil }
            return TimeMatch(start: start == quantityStart && (lower(start) == "a" || lower(start) == "an") ? quantityStart + 1 : start,
                             end: j + 2, value: unit.duration(amount), type: .duration)
        }
        if lower(j) == "more" || lower(j) == "full" || lower(j) == "long" { j += 1 }
        guard let unit = TimeUnit.words[lower(j)] else { return nil }
        let plural = lower(j).hasSuffix("s") || lower(j) == "centuries"
        // "a 2000 year old tradition", "45 years old", "aged 8 – 10 years", "at the age of four months": ages.
        if lower(j + 1) == "old" { return nil }
        if isAge(before: start) { return nil }
        // "a day" alone is fine, "a few days" too; "one day" is vague but still a day.
        if amount == 1, plural { return nil }
        if let amount, amount > 1, !plural {
            // "a 20 minute walk", "the 12 year cycle": a compound before its noun, like "20-minute"; not a year
            // number ("the 2015 year end") and not an age (handled above).
            guard start == quantityStart, digits(quantityStart) <= 3, isWord(j + 1), lower(j + 1) != "ago" else { return nil }
            return TimeMatch(start: start, end: j + 1, value: unit.duration(amount), type: .duration)
        }
        let end = j + 1
        // "a second delegation", "one second-hand": "second" is an ordinal unless time follows from the context.
        if unit == .second, amount == 1, !TimeLexicon.afterSecond.contains(lower(end)) {
            return nil
        }
        if lower(end) == "ago" {
            return TimeMatch(start: start, end: end + 1, value: ago(amount, unit), type: .date,
                             day: agoDay(amount, unit))
        }
        let previous = lower(start - 1)
        // "will be finished in two years": a point ahead of the reference, not a length.
        if previous == "in", start == quantityStart, let amount, lower(start - 2) != "time", tense(at: start) == .future,
           let value = ahead(amount, unit) {
            return TimeMatch(start: start, end: end, value: value, type: .date)
        }
        if previous == "once" || previous == "twice" || previous == "times" || previous == "per" {
            if amount == 1 { return TimeMatch(start: start, end: end, value: unit.duration(1), type: .set) }
        }
        if vague && lower(start) == "a" && lower(start + 1) != "few" { return nil }
        return TimeMatch(start: start, end: end, value: unit.duration(amount), type: .duration)
    }

    /// The reference moved forward by an amount, at the unit's precision; nil below a day or without a reference.
    private func ahead(_ amount: Int, _ unit: TimeUnit) -> String? {
        switch unit {
        case .second, .minute, .hour: return nil
        case .day: return reference.day.map { TimexFormat.date($0 + amount) }
        case .week, .fortnight: return reference.day.map { TimexFormat.week($0 + 7 * amount * (unit == .fortnight ? 2 : 1)) }
        case .month:
            guard let y = reference.year, let m = reference.month else { return nil }
            let r = TimeCalendar.addMonths(amount, toYear: y, month: m)
            return TimexFormat.month(r.year, r.month)
        case .year: return reference.year.map { TimexFormat.year($0 + amount) }
        case .decade: return reference.year.map { String(($0 + 10 * amount) / 10) }
        case .century: return reference.year.map { String(($0 + 100 * amount) / 100) }
        }
    }

    /// "aged 45 years", "ages 8 – 10 years", "at the age of four months".
    private func isAge(before start: Int) -> Bool {
        let previous = lower(start - 1)
        if previous == "aged" || previous == "ages" { return true }
        if previous == "of" && lower(start - 2) == "age" { return true }
        return (previous == "-" || previous == "to") && (lower(start - 3) == "aged" || lower(start - 3) == "ages")
    }

    private func ago(_ amount: Int?, _ unit: TimeUnit) -> String {
        guard let amount else { return "PAST_REF" }
        switch unit {
        case .second, .minute, .hour, .day:
            guard let day = agoDay(amount, unit) else { return "PAST_REF" }
            return TimexFormat.date(day)
        case .week, .fortnight:
            guard let day = reference.day else { return "PAST_REF" }
            return TimexFormat.week(day - 7 * amount * (unit == .fortnight ? 2 : 1))
        case .month:
            guard let y = reference.year, let m = reference.month else { return "PAST_REF" }
            let r = TimeCalendar.addMonths(-amount, toYear: y, month: m)
            return TimexFormat.month(r.year, r.month)
        case .year, .decade, .century:
            guard let y = reference.year else { return "PAST_REF" }
            let years = amount * (unit == .year ? 1 : unit == .decade ? 10 : 100)
            let target = y - years
            switch unit {
            case .decade: return String(target / 10)
            case .century: return String(target / 100)
            default: return TimexFormat.year(target)
            }
        }
    }

    private func agoDay(_ amount: Int?, _ unit: TimeUnit) -> Int? {
        guard let amount, let day = reference.day else { return nil }
        switch unit {
        case .second, .minute: return day
        case .hour: return day - amount / 24
        case .day: return day - amount
        default: return nil
        }
    }

    // MARK: Months

    private mutating func monthRule(at i: Int, month m: Int, contextGiven: Bool) -> TimeMatch? {
        guard tokens[i].capitalized else { return nil }
        let abbreviated = TimeLexicon.months[lower(i)] == nil
        var j = i + 1
        var hasPeriod = false
        if abbreviated, lower(j) == ".", glued(j) { j += 1; hasPeriod = true }
        // Month day [,] [year].
        if let d = plainNumber(j), digits(j) <= 2, d >= 1, d <= 31, lower(j + 1) != ":", !isCount(after: j) {
            var k = j + 1
            if TimeLexicon.ordinalSuffixes.contains(lower(k)), glued(k) { k += 1 }
            var y0 = k
            if lower(y0) == "," { y0 += 1 }
            if let y = year(at: y0) {
                guard TimeCalendar.isValid(year: y, month: m, day: d) else { return nil }
                return TimeMatch(start: i, end: y0 + 1, value: TimexFormat.date(y, m, d), type: .date,
                                 day: TimeCalendar.dayNumber(year: y, month: m, day: d))
            }
            if let (offset, end) = relativeYear(at: k), let y = reference.year, TimeCalendar.isValid(year: y + offset, month: m, day: d) {
                let day = TimeCalendar.dayNumber(year: y + offset, month: m, day: d)
                return TimeMatch(start: i, end: end, value: TimexFormat.date(day), type: .date, day: day)
            }
            return monthDay(start: i, end: k, month: m, day: d, position: i)
        }
        // Month [,] year.
        var y0 = j
        if lower(y0) == "," { y0 += 1 }
        if let y = year(at: y0), plainNumber(y0 + 1) == nil {
            return TimeMatch(start: i, end: y0 + 1, value: TimexFormat.month(y, m), type: .date, isMonth: true)
        }
        // "Month of 2023".
        if lower(j) == "of", let y = year(at: j + 1) {
            return TimeMatch(start: i, end: j + 2, value: TimexFormat.month(y, m), type: .date, isMonth: true)
        }
        // A bare month needs a date context when it is also a common word ("May", "March") or abbreviated.
        if !contextGiven {
            let previous = lower(i - 1)
            let listed = (previous == "and" || previous == "or" || previous == "," || previous == "-" || previous == "to")
                && (matches.last.map { $0.isMonth && $0.end >= i - 1 } ?? false)
            let preposition = TimeLexicon.monthPrepositions.contains(previous)
            if abbreviated && !(hasPeriod && preposition) { return nil }
            if TimeLexicon.ambiguousMonths.contains(m) && !preposition && !listed && !(previous == "(" && lower(j) == ")") {
                return nil
            }
            if previous == "the" { return nil }
        }
        // "August last year".
        if let (offset, end) = relativeYear(at: j), let y = reference.year {
            return TimeMatch(start: i, end: end, value: TimexFormat.month(y + offset, m), type: .date, isMonth: true)
        }
        var value = bareMonth(m, position: i)
        // "from April to October": the end of a range is not before its start.
        if let last = matches.last, last.isMonth, last.end >= i - 1, TimeLexicon.rangeConnectors.contains(lower(i - 1)),
           last.value.count == 7, value.count == 7, value < last.value, let y = Int(value.prefix(4)) {
            value = TimexFormat.month(y + 1, m)
        }
        return TimeMatch(start: i, end: j, value: value, type: .date, isMonth: true)
    }

    /// "last year", "this year", "next year" at `i`: the offset from the reference year and the end.
    private func relativeYear(at i: Int) -> (Int, Int)? {
        guard lower(i + 1) == "year" else { return nil }
        switch lower(i) {
        case "last": return (-1, i + 2)
        case "this": return (0, i + 2)
        case "next": return (1, i + 2)
        default: return nil
        }
    }

    /// The year for a month without one, from the tense of the clause around it.
    private mutating func bareMonth(_ m: Int, position: Int) -> String {
        guard let y = reference.year else { return "XXXX-" + TimexFormat.padded(m, width: 2) }
        guard let rm = reference.month else { return TimexFormat.month(y, m) }
        switch tense(at: position) {
        case .past: return TimexFormat.month(m <= rm ? y : y - 1, m)
        case .future: return TimexFormat.month(m >= rm ? y : y + 1, m)
        case .present:
            let distance = m - rm
            if distance > 6 { return TimexFormat.month(y - 1, m) }
            if distance < -6 { return TimexFormat.month(y + 1, m) }
            return TimexFormat.month(y, m)
        }
    }

    /// How many days before the reference a month-day in a future clause may still fall.
    static let futureSlackDays = 14

    /// A month and day without a year: the year from the clause's tense, at day precision.
    private mutating func monthDay(start: Int, end: Int, month m: Int, day d: Int, position: Int) -> TimeMatch? {
        guard let y = reference.year else {
            guard d <= SimpleDate.daysIn(month: m, year: 2000) else { return nil }
            return TimeMatch(start: start, end: end, value: "XXXX-" + TimexFormat.padded(m, width: 2) + "-" + TimexFormat.padded(d, width: 2),
                             type: .date)
        }
        guard let refDay = reference.day else {
            let value = bareMonth(m, position: position)
            guard let year = Int(value.prefix(4)), TimeCalendar.isValid(year: year, month: m, day: d) else { return nil }
            let day = TimeCalendar.dayNumber(year: year, month: m, day: d)
            return TimeMatch(start: start, end: end, value: TimexFormat.date(day), type: .date, day: day)
        }
        let candidates = (y - 1...y + 1).compactMap { year -> Int? in
            TimeCalendar.isValid(year: year, month: m, day: d) ? TimeCalendar.dayNumber(year: year, month: m, day: d) : nil
        }
        guard !candidates.isEmpty else { return nil }
        let chosen: Int
        switch tense(at: position) {
        case .past: chosen = candidates.last(where: { $0 <= refDay }) ?? candidates[0]
        case .future:
            // A little slack: "is to run from January 23 through March 9" in a January 28 article starts this year.
            chosen = candidates.first(where: { $0 >= refDay - TimeScanner.futureSlackDays }) ?? candidates[candidates.count - 1]
        case .present: chosen = candidates.min(by: { abs($0 - refDay) < abs($1 - refDay) })!
        }
        return TimeMatch(start: start, end: end, value: TimexFormat.date(chosen), type: .date, day: chosen)
    }

    // MARK: Days

    /// A weekday, with an optional part of the day, or with the full date after it ("Friday, August 21, 2015").
    private mutating func weekdayRule(at i: Int, weekday: Int, modifier: String?, start: Int) -> TimeMatch? {
        var j = i + 1
        if modifier == nil {
            var k = j
            if lower(k) == "," { k += 1 }
            if TimeLexicon.months[lower(k)] != nil || TimeLexicon.monthAbbreviations[lower(k)] != nil,
               let dated = match(at: k), dated.day != nil, dated.start == k {
                return TimeMatch(start: start, end: dated.end, value: dated.value, type: .date, day: dated.day)
            }
        }
        var partOfDay: String?
        if TimeLexicon.partsOfDay.contains(lower(j)) {
            partOfDay = TimeLexicon.partOfDayCodes[lower(j)]
            j += 1
        }
        guard let refDay = reference.day else {
            // Without a day to count from, "last Thursday" keeps only its direction.
            let value: String
            switch modifier {
            case "last": value = "PAST_REF"
            case "next": value = "FUTURE_REF"
            default: value = "XXXX-WXX-" + String(weekday)
            }
            return TimeMatch(start: start, end: j, value: value, type: .date)
        }
        let refWeekday = TimeCalendar.weekday(refDay)
        let back = (refWeekday - weekday + 7) % 7
        let forward = (weekday - refWeekday + 7) % 7
        let day: Int
        switch modifier {
        case "last": day = refDay - (back == 0 ? 7 : back)
        case "next": day = refDay + (forward == 0 ? 7 : forward)
        case "this": day = refDay - refWeekday + weekday
        default:
            switch tense(at: i) {
            case .past: day = refDay - back
            case .future: day = refDay + forward
            // A weekday in the present tense is mostly a schedule: "Argentina votes on Sunday".
            case .present: day = refDay + forward
            }
        }
        return TimeMatch(start: start, end: j, value: TimexFormat.date(day), type: .date, day: day, partOfDay: partOfDay)
    }

    /// `yesterday`, `today`, `tomorrow`, `tonight`, with an optional part of the day ("yesterday afternoon").
    private func deicticDayRule(at i: Int) -> TimeMatch? {
        let w = lower(i)
        var end = i + 1
        var partOfDay = TimeLexicon.partOfDayCodes[w]
        if w != "tonight", TimeLexicon.partsOfDay.contains(lower(end)) {
            partOfDay = TimeLexicon.partOfDayCodes[lower(end)]
            end += 1
        }
        let offset = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0
        guard let refDay = reference.day else {
            return TimeMatch(start: i, end: end, value: offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF", type: .date)
        }
        return TimeMatch(start: i, end: end, value: TimexFormat.date(refDay + offset), type: .date, day: refDay + offset,
                         partOfDay: partOfDay)
    }

    // MARK: Relative expressions

    /// `last week`, `this month`, `next year`, `last quarter`, `this weekend`, `last Thursday`, `last night`,
    /// `next July`, `this morning`, `the coming weeks`.
    private mutating func relativeRule(at i: Int) -> TimeMatch? {
        var modifier = lower(i)
        var u = i + 1  // the unit word
        // "this past week" is last week.
        if modifier == "this" && lower(u) == "past" {
            modifier = "last"
            u += 1
        }
        let w = lower(u)
        if modifier == "past" { return nil }  // "past week" is a duration; see durationRule / theRule.
        let step = modifier == "last" || modifier == "previous" ? -1 : modifier == "next" || modifier == "coming" ? 1 : 0
        if modifier == "coming", TimeLexicon.pluralCalendarUnits.contains(w) {
            return TimeMatch(start: i, end: u + 1, value: "FUTURE_REF", type: .date)
        }
        if modifier == "previous" || modifier == "coming" { guard lower(i - 1) == "the" || lower(i - 1) == "this" else { return nil } }
        if let weekday = TimeLexicon.weekdays[w] {
            return weekdayRule(at: u, weekday: weekday, modifier: modifier == "coming" ? "next" : modifier == "previous" ? "last" : modifier, start: i)
        }
        if let m = TimeLexicon.months[w], tokens[u].capitalized {
            guard let y = reference.year else {
                return TimeMatch(start: i, end: u + 1, value: "XXXX-" + TimexFormat.padded(m, width: 2), type: .date, isMonth: true)
            }
            let rm = reference.month ?? m
            let year: Int
            switch step {
            case -1: year = m < rm ? y : y - 1
            case 1: year = m > rm ? y : y + 1
            default: year = y
            }
            return TimeMatch(start: i, end: u + 1, value: TimexFormat.month(year, m), type: .date, isMonth: true)
        }
        if let season = TimeLexicon.seasons[w] {
            guard let y = reference.year else { return TimeMatch(start: i, end: u + 1, value: "XXXX-" + season, type: .date) }
            // "last summer" in November is this year's; "next spring" in January is this year's.
            let (first, last) = TimeLexicon.seasonMonths[season] ?? (1, 12)
            var year = y
            if let rm = reference.month {
                if step < 0 { year = rm > last ? y : y - 1 }
                if step > 0 { year = rm < first ? y : y + 1 }
            } else {
                year = y + step
            }
            return TimeMatch(start: i, end: u + 1, value: TimexFormat.year(year) + "-" + season, type: .date)
        }
        let unknown = step < 0 ? "PAST_REF" : step > 0 ? "FUTURE_REF" : "PRESENT_REF"
        switch w {
        case "week":
            guard let day = reference.day else { return TimeMatch(start: i, end: u + 1, value: unknown, type: .date) }
            return TimeMatch(start: i, end: u + 1, value: TimexFormat.week(day + 7 * step), type: .date)
        case "weekend":
            guard let day = reference.day else { return TimeMatch(start: i, end: u + 1, value: unknown, type: .date) }
            return TimeMatch(start: i, end: u + 1, value: weekend(day: day, step: step, position: i), type: .date)
        case "month":
            guard let y = reference.year, let m = reference.month else { return TimeMatch(start: i, end: u + 1, value: unknown, type: .date) }
            let r = TimeCalendar.addMonths(step, toYear: y, month: m)
            return TimeMatch(start: i, end: u + 1, value: TimexFormat.month(r.year, r.month), type: .date, isMonth: true)
        case "year", "years":
            if w == "years" && modifier != "this" { return nil }
            guard let y = reference.year else { return TimeMatch(start: i, end: u + 1, value: unknown, type: .date) }
            return TimeMatch(start: i, end: u + 1, value: TimexFormat.year(y + step), type: .date, isYear: true)
        case "quarter":
            guard let y = reference.year, let m = reference.month else { return TimeMatch(start: i, end: u + 1, value: unknown, type: .date) }
            let index = y * 4 + (m - 1) / 3 + step
            return TimeMatch(start: i, end: u + 1, value: TimexFormat.year(index / 4) + "-Q" + String(index % 4 + 1), type: .date)
        case "decade":
            guard let y = reference.year else { return TimeMatch(start: i, end: u + 1, value: unknown, type: .date) }
            return TimeMatch(start: i, end: u + 1, value: String(y / 10 + step), type: .date)
        case "century":
            guard let y = reference.year else { return TimeMatch(start: i, end: u + 1, value: unknown, type: .date) }
            return TimeMatch(start: i, end: u + 1, value: String(y / 100 + step), type: .date)
        case "night", "morning", "afternoon", "evening":
            if w == "night" && step == 0 { return nil }  // "this night" is rare and literary
            guard let day = reference.day else { return TimeMatch(start: i, end: u + 1, value: unknown, type: .date) }
            let target = step < 0 && w == "night" ? day - 1 : day + (w == "night" ? 0 : step)
            if step != 0 && w != "night" { return nil }  // "last morning" is not an expression
            return TimeMatch(start: i, end: u + 1, value: TimexFormat.date(target), type: .date, day: target,
                             partOfDay: TimeLexicon.partOfDayCodes[w])
        default:
            return nil
        }
    }

    /// The weekend of the reference week, moved by `step` weeks; on a weekday, "this weekend" in a past-tense
    /// clause is the one just gone.
    private mutating func weekend(day: Int, step: Int, position: Int) -> String {
        var target = day + 7 * step
        if step == 0, TimeCalendar.weekday(day) < 6, tense(at: position) == .past { target -= 7 }
        return TimexFormat.week(target) + "-WE"
    }

    /// Rules that start with "the".
    private mutating func theRule(at i: Int) -> TimeMatch? {
        let w = lower(i + 1)
        // "the" is frequent and mostly starts nothing: a number or a word of `wordsAfterThe` must follow.
        guard i + 1 < tokens.count, tokens[i + 1].kind == .number || TimeLexicon.wordsAfterThe.mayContain(w) else { return nil }
        // "the 1990s", "the '90s", "the sixties", "the early 1990s".
        if let n = plainNumber(i + 1), digits(i + 1) == 4, n % 10 == 0, lower(i + 2) == "s", glued(i + 2) {
            return TimeMatch(start: i, end: i + 3, value: String(n / 10), type: .date)
        }
        if w == "'", let decade = apostropheDecade(at: i + 1) {
            return TimeMatch(start: i, end: decade.end, value: decade.value, type: .date)
        }
        if let tens = TimeLexicon.decadeWords[w] {
            return TimeMatch(start: i, end: i + 2, value: "19" + String(tens), type: .date)
        }
        // "the 19th century" → 18.
        if let n = plainNumber(i + 1), n >= 1, n <= 21, TimeLexicon.ordinalSuffixes.contains(lower(i + 2)), glued(i + 2),
           lower(i + 3) == "century" {
            return TimeMatch(start: i, end: i + 4, value: TimexFormat.padded(n - 1, width: 2), type: .date)
        }
        // "the first quarter [of 2023]".
        if let quarter = ordinalQuarter(at: i + 1) {
            var end = quarter.end
            var yearValue: String?
            if lower(end) == "of", let y = year(at: end + 1) {
                yearValue = TimexFormat.year(y)
                end += 2
            } else if lower(end) == "of", lower(end + 1) == "this" || lower(end + 1) == "the", lower(end + 2) == "year" {
                end += 3
            } else if lower(end) == "of", let inner = match(at: end + 1), inner.isYear {
                yearValue = inner.value
                end = inner.end
            }
            // "the first half" alone is more often a match than a half-year.
            if quarter.code.hasPrefix("H") && end == quarter.end { return nil }
            let value = (yearValue ?? reference.year.map(TimexFormat.year) ?? "XXXX") + "-" + quarter.code
            return TimeMatch(start: i, end: end, value: value, type: .date)
        }
        // "the future of farming", "the near future": not "the future king".
        if let end = futurePhraseEnd(at: i + 1) {
            let next = lower(end)
            if end >= tokens.count || tokens[end].kind != .word || TimeLexicon.afterFuture.contains(next) {
                return TimeMatch(start: i, end: end, value: "FUTURE_REF", type: .date)
            }
        }
        // "the year before", "the day after": counted from the reference when nothing follows that it could be
        // counted from ("the day before the vote" is left alone).
        if let value = unitBeforeOrAfter(at: i) { return value }
        // "the past two years", "the next 30 hours", "the past few days", "the past week", "the coming weeks".
        if TimeLexicon.spanOpeners.contains(w) {
            if let duration = durationRule(at: i, quantityStart: i + 2) { return duration }
            // "the next Tuesday night", "the last Friday": the weekday rule, with "the" inside the mention.
            if w == "next" || w == "last", TimeLexicon.weekdays[lower(i + 2)] != nil, var weekday = relativeRule(at: i + 1) {
                weekday.start = i
                return weekday
            }
            let unitWord = lower(i + 2)
            if (w == "next" || w == "following"), unitWord == "day" {
                guard let anchor = matches.last?.day else { return nil }
                return TimeMatch(start: i, end: i + 3, value: TimexFormat.date(anchor + 1), type: .date, day: anchor + 1)
            }
            if let unit = TimeUnit.words[unitWord] {
                if w == "coming" || w == "next" || w == "following" {
                    if unitWord.hasSuffix("s") { return TimeMatch(start: i, end: i + 3, value: "FUTURE_REF", type: .date) }
                    if w == "coming", let relative = relativeRule(at: i + 1) {
                        return TimeMatch(start: i, end: relative.end, value: relative.value, type: .date)
                    }
                    return nil
                }
                if w == "past" || w == "last" || w == "previous" {
                    // "the last day of the summit" is a day, not a duration.
                    if lower(i + 3) == "of" { return nil }
                    if unitWord.hasSuffix("s") { return TimeMatch(start: i, end: i + 3, value: unit.duration(nil), type: .duration) }
                    // "the past week" is a week long; "the last day", "the last minute" are points.
                    guard unit != .day, unit != .hour, unit != .minute, unit != .second else { return nil }
                    return TimeMatch(start: i, end: i + 3, value: unit.duration(1), type: .duration)
                }
            }
            return nil
        }
        // "the end of the year", "the beginning of 2023", "the middle of next month".
        if TimeLexicon.boundaryNouns.contains(w), lower(i + 2) == "of" {
            let j = i + 3
            if lower(j) == "the" {
                switch lower(j + 1) {
                case "year":
                    return TimeMatch(start: i, end: j + 2, value: reference.year.map(TimexFormat.year) ?? "PRESENT_REF", type: .date)
                case "month":
                    let value = reference.year.flatMap { y in reference.month.map { TimexFormat.month(y, $0) } } ?? "PRESENT_REF"
                    return TimeMatch(start: i, end: j + 2, value: value, type: .date)
                case "week":
                    return TimeMatch(start: i, end: j + 2, value: reference.day.map(TimexFormat.week) ?? "PRESENT_REF", type: .date)
                case "day":
                    var end = j + 2
                    if TimeLexicon.weekdays[lower(end)] != nil, let weekday = match(at: end) { return TimeMatch(start: i, end: weekday.end, value: weekday.value, type: .date, day: weekday.day) }
                    if lower(end) == "today" { end += 1 }
                    return TimeMatch(start: i, end: end, value: reference.day.map(TimexFormat.date) ?? "PRESENT_REF", type: .date, day: reference.day)
                default: break
                }
            }
            if j < tokens.count, let inner = match(at: j, contextGiven: true), inner.start == j, inner.type == .date {
                return TimeMatch(start: i, end: inner.end, value: inner.value, type: .date, day: inner.day)
            }
            return nil
        }
        // "the summer of 2023".
        if let season = TimeLexicon.seasons[w], lower(i + 2) == "of", let y = year(at: i + 3) {
            return TimeMatch(start: i, end: i + 4, value: TimexFormat.year(y) + "-" + season, type: .date)
        }
        // "the weekend".
        if w == "weekend", let day = reference.day {
            return TimeMatch(start: i, end: i + 2, value: weekend(day: day, step: 0, position: i), type: .date)
        }
        return nil
    }

    /// The end of "future" or "near/distant/foreseeable future" at `i`.
    private func futurePhraseEnd(at i: Int) -> Int? {
        if lower(i) == "future" { return i + 1 }
        if lower(i) == "near" || lower(i) == "distant" || lower(i) == "foreseeable", lower(i + 1) == "future" { return i + 2 }
        return nil
    }

    /// "the year before", "the week after", "the day before" at `i` (on "the").
    private func unitBeforeOrAfter(at i: Int) -> TimeMatch? {
        let direction: Int
        switch lower(i + 2) {
        case "before", "earlier": direction = -1
        case "after", "later": direction = 1
        default: return nil
        }
        // Nothing it could be counted from may follow: the phrase ends, or a conjunction does.
        let end = i + 3
        guard end >= tokens.count || tokens[end].kind != .word || ["and", "but", "when", "while", "as"].contains(lower(end))
        else { return nil }
        switch lower(i + 1) {
        case "year":
            guard let y = reference.year else { return nil }
            return TimeMatch(start: i, end: end, value: TimexFormat.year(y + direction), type: .date, isYear: true)
        case "month":
            guard let y = reference.year, let m = reference.month else { return nil }
            let r = TimeCalendar.addMonths(direction, toYear: y, month: m)
            return TimeMatch(start: i, end: end, value: TimexFormat.month(r.year, r.month), type: .date, isMonth: true)
        case "week":
            guard let day = reference.day else { return nil }
            return TimeMatch(start: i, end: end, value: TimexFormat.week(day + 7 * direction), type: .date)
        case "day":
            guard let day = reference.day else { return nil }
            return TimeMatch(start: i, end: end, value: TimexFormat.date(day + direction), type: .date, day: day + direction)
        default:
            return nil
        }
    }

    /// "early July", "mid-2023", "later this month", "earlier today", "late next year".
    private mutating func modifierRule(at i: Int) -> TimeMatch? {
        var j = i + 1
        if lower(j) == "-", glued(j) { j += 1 }
        if lower(j) == "in" && lower(i) != "earlier" && lower(i) != "later" { j += 1 }  // "late in 2023"
        guard j < tokens.count, let inner = match(at: j, contextGiven: true), inner.start == j, inner.type == .date,
              inner.value != "PAST_REF", inner.value != "FUTURE_REF" || lower(j) == "next" else { return nil }
        var result = inner
        result.start = i
        return result
    }

    /// "in the past", "in the future", "in the near future", "in the coming weeks", "in recent years"; the mention
    /// leaves out "in", as for any preposition ("the future").
    private func inRule(at i: Int) -> TimeMatch? {
        guard var match = inPhrase(at: i) else { return nil }
        match.start = i + 1
        return match
    }

    private func inPhrase(at i: Int) -> TimeMatch? {
        let w1 = lower(i + 1), w2 = lower(i + 2)
        if w1 == "the" {
            if w2 == "past", quantity(at: i + 3) == nil, TimeUnit.words[lower(i + 3)] == nil {
                return TimeMatch(start: i, end: i + 3, value: "PAST_REF", type: .date)
            }
            if let end = futurePhraseEnd(at: i + 2) { return TimeMatch(start: i, end: end, value: "FUTURE_REF", type: .date) }
            if w2 == "coming", TimeLexicon.pluralCalendarUnits.contains(lower(i + 3)) {
                return TimeMatch(start: i, end: i + 4, value: "FUTURE_REF", type: .date)
            }
        }
        if w1 == "recent", TimeLexicon.pluralCalendarUnits.contains(w2) || w2 == "decades" || w2 == "times" {
            return TimeMatch(start: i, end: i + 3, value: "PAST_REF", type: .date)
        }
        return nil
    }

    /// "for years", "for decades", "for hours": a vague duration (the mention is the unit word).
    private func forRule(at i: Int) -> TimeMatch? {
        let w = lower(i + 1)
        guard w.hasSuffix("s"), let unit = TimeUnit.words[w], lower(i + 2) != "ago" else { return nil }
        return TimeMatch(start: i + 1, end: i + 2, value: unit.duration(nil), type: .duration)
    }

    /// "every Monday", "each year", "every two weeks".
    private func setRule(at i: Int) -> TimeMatch? {
        let w = lower(i + 1)
        if let weekday = TimeLexicon.weekdays[w] {
            return TimeMatch(start: i, end: i + 2, value: "XXXX-WXX-" + String(weekday), type: .set)
        }
        if let unit = TimeUnit.words[w], !w.hasSuffix("s") {
            // "every day life": the adjective "everyday" written in two words.
            if unit == .day, lower(i + 2) == "life" || lower(i + 2) == "lives" { return nil }
            return TimeMatch(start: i, end: i + 2, value: unit.duration(1), type: .set)
        }
        if let (amount, end) = quantity(at: i + 1), let amount, let unit = TimeUnit.words[lower(end)] {
            return TimeMatch(start: i, end: end + 1, value: unit.duration(amount), type: .set)
        }
        return nil
    }

    /// "Q3 2023", "Q1".
    private func quarterCodeRule(at i: Int) -> TimeMatch? {
        guard tokens[i].capitalized, glued(i + 1), let q = plainNumber(i + 1), (1...4).contains(q), digits(i + 1) == 1 else { return nil }
        if let y = year(at: i + 2) {
            return TimeMatch(start: i, end: i + 3, value: TimexFormat.year(y) + "-Q" + String(q), type: .date)
        }
        return TimeMatch(start: i, end: i + 2, value: (reference.year.map(TimexFormat.year) ?? "XXXX") + "-Q" + String(q), type: .date)
    }

    /// "summer 2023". A bare season ("in the spring") is left out: too often not a date.
    private func seasonRule(at i: Int, season: String) -> TimeMatch? {
        if let y = year(at: i + 1) { return TimeMatch(start: i, end: i + 2, value: TimexFormat.year(y) + "-" + season, type: .date) }
        return nil
    }

    // MARK: Clock times

    /// Gives each clock time its day: a day-level date right next to it ("Sunday at 22:30", "at 6pm on Friday"),
    /// else the day of a clock time next to it that has one ("at 7 a.m. and close at 8 p.m. on Nov. 7"), else the
    /// reference day; "the next day" adds one to the sentence's last day-level date (or the reference).
    private mutating func anchorClockTimes() {
        var days = [Int?](repeating: nil, count: matches.count)
        for index in matches.indices where matches[index].clock != nil {
            if matches[index].clock!.nextDay {
                days[index] = (matches[..<index].last(where: { $0.day != nil })?.day ?? reference.day).map { $0 + 1 }
                continue
            }
            var best: (gap: Int, day: Int)?
            if index > 0, matches[index - 1].clock == nil, let day = matches[index - 1].day {
                let gap = matches[index].start - matches[index - 1].end
                if gap <= 3 { best = (gap, day) }
            }
            if index + 1 < matches.count, matches[index + 1].clock == nil, let day = matches[index + 1].day {
                let gap = matches[index + 1].start - matches[index].end
                if gap <= 2, gap < best?.gap ?? Int.max { best = (gap, day) }
            }
            days[index] = best?.day
        }
        // Clock times without a date of their own borrow one from a neighbouring clock time, both ways.
        for index in matches.indices where matches[index].clock != nil && days[index] == nil {
            for neighbour in [index + 1, index - 1] where neighbour >= 0 && neighbour < matches.count {
                guard matches[neighbour].clock != nil, let day = days[neighbour] else { continue }
                let gap = neighbour > index ? matches[neighbour].start - matches[index].end : matches[index].start - matches[neighbour].end
                if gap <= 4 {
                    days[index] = day
                    break
                }
            }
        }
        for index in matches.indices {
            guard let clock = matches[index].clock else { continue }
            let day = days[index] ?? reference.day
            matches[index].value = (day.map(TimexFormat.date) ?? "XXXX-XX-XX") + TimexFormat.clock(clock.hour, clock.minute)
            matches[index].day = day
        }
    }
}
