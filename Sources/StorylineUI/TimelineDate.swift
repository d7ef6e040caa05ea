import StorylineModel

/// Where a TIMEX-style event date sits on the timeline, and how it is shown.
public struct TimelineDate: Hashable, Sendable {
    /// Sorts the timeline: year, month, day, then an offset that puts vague references around their anchor.
    public var sortKey: Int
    /// What the date column shows ("2023-07-14", "2023-W45"; vague ones marked: "<2023-11-02" before, ">…" after, "~…" around).
    public var label: String
    /// True for dates placed by inference (PAST_REF, XXXX-07, an inferred anchor).
    public var isVague: Bool

    static let unplaced = Int.max

    /// Places `value` (TIMEX3: `2023-07-14`, `2023-W45`, `2023-Q3`, `XXXX-07`, `PAST_REF`…) using the article's anchor.
    public init(value: String, anchor: SimpleDate?) {
        func key(_ y: Int, _ m: Int?, _ d: Int?, _ offset: Int) -> Int { ((y * 100 + (m ?? 0)) * 100 + (d ?? 0)) * 10 + offset }
        let anchorLabel = anchor.map(fastISO) ?? "?"
        switch value {
        case "PAST_REF":
            // Before the article's reference date, after anything dated earlier.
            sortKey = anchor.map { key($0.year, $0.month, $0.day, 1) } ?? TimelineDate.unplaced
            label = "<" + anchorLabel
            isVague = true
            return
        case "PRESENT_REF":
            sortKey = anchor.map { key($0.year, $0.month, $0.day, 4) } ?? TimelineDate.unplaced
            label = "~" + anchorLabel
            isVague = true
            return
        case "FUTURE_REF":
            sortKey = anchor.map { key($0.year, $0.month, $0.day, 8) } ?? TimelineDate.unplaced
            label = ">" + anchorLabel
            isVague = true
            return
        default:
            break
        }
        let parts = value.split(separator: "-").map(String.init)
        if parts.count >= 1, parts[0] == "XXXX", let anchor {
            // A month or day without a year: the anchor's year.
            let rest = parts.dropFirst().joined(separator: "-")
            if let resolved = SimpleDate(iso: String(format4(anchor.year)) + (rest.isEmpty ? "" : "-" + rest)) {
                sortKey = key(resolved.year, resolved.month, resolved.day, 5)
                label = "~" + fastISO(resolved)
                isVague = true
                return
            }
        }
        if let date = SimpleDate(iso: value) {
            sortKey = key(date.year, date.month, date.day, date.day == nil ? 3 : 5)
            label = fastISO(date)
            isVague = false
            return
        }
        if parts.count == 2, let y = Int(parts[0]), parts[0].count == 4 {
            let p = parts[1]
            if p.hasPrefix("W"), let w = Int(p.dropFirst()), (1...53).contains(w) {
                let dayOfYear = (w - 1) * 7 + 1
                let (m, d) = TimelineDate.monthDay(dayOfYear: dayOfYear, year: y)
                sortKey = key(y, m, d, 2)
                label = value
                isVague = false
                return
            }
            if p.hasPrefix("Q"), let q = Int(p.dropFirst()), (1...4).contains(q) {
                sortKey = key(y, (q - 1) * 3 + 1, 0, 2)
                label = value
                isVague = false
                return
            }
            let seasons = ["SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12, "H1": 1, "H2": 7]
            if let m = seasons[p] {
                sortKey = key(y, m, 0, 2)
                label = value
                isVague = true
                return
            }
        }
        if let y = Int(value.prefix(4)), value.count >= 4, value.prefix(4).allSatisfy(\.isNumber) {
            sortKey = key(y, nil, nil, 2)
            label = value
            isVague = true
            return
        }
        sortKey = TimelineDate.unplaced
        label = "?" + value
        isVague = true
    }

    static func monthDay(dayOfYear: Int, year: Int) -> (Int, Int) {
        var remaining = dayOfYear
        for m in 1...12 {
            let days = SimpleDate.daysIn(month: m, year: year)
            if remaining <= days { return (m, remaining) }
            remaining -= days
        }
        return (12, 31)
    }
}

private func format4(_ n: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
