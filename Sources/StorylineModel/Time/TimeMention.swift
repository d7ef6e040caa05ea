import Foundation

/// The TIMEX3 type of a time expression.
public enum TimexType: String, Sendable, Codable {
    case date, time, duration, set
}

/// One time expression found in a sentence, with its normalised TIMEX3-style value.
public struct TimeMention: Hashable, Sendable {
    /// Unicode-scalar offsets into the text given to `tag`.
    public var range: Range<Int>
    /// The exact substring at `range`.
    public var text: String
    /// TIMEX3 value: `2023`, `2023-07`, `2023-07-14`, `2023-W45`, `2023-Q3`, `199`, `2016-09-09T22:30`,
    /// `PAST_REF`, `P2Y`, `XXXX-07`…
    public var value: String
    public var type: TimexType
    /// The TIMEX3 part of the day (`MO`, `AF`, `EV`, `NI`) of a day said with one ("Thursday afternoon",
    /// "last night"). `value` keeps the day, which is what a timeline wants; `timex` adds it.
    public var partOfDay: String?

    public init(range: Range<Int>, text: String, value: String, type: TimexType, partOfDay: String? = nil) {
        self.range = range
        self.text = text
        self.value = value
        self.type = type
        self.partOfDay = partOfDay
    }

    /// The full TIMEX3 value and type, as TimeML writes them: "Thursday afternoon" is the TIME `2015-08-20TAF`.
    public var timex: (value: String, type: TimexType) {
        guard let partOfDay, value.count == 10 else { return (value, type) }
        return (value + "T" + partOfDay, .time)
    }
}
