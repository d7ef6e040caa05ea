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

    public init(range: Range<Int>, text: String, value: String, type: TimexType) {
        self.range = range
        self.text = text
        self.value = value
        self.type = type
    }
}
