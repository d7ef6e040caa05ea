import Foundation

/// What the top of an article says about it: date header, header block, headline and dateline.
/// All of it comes before `bodyStart`, so none of it becomes a sentence.
struct ArticleHeader: Equatable {
    var date: SimpleDate?
    var headline: String?
    var titleField: String?
    var sourceField: String?
    /// Unicode-scalar offset of the first body scalar.
    var bodyStart = 0
    /// Notes on what was ignored, for `.repaired` warnings.
    var notes: [String] = []

    /// Reads the header of `scalars` (normalised text: line feeds only).
    init(_ scalars: [Unicode.Scalar]) {
        var parser = HeaderParser(scalars: scalars)
        parser.run()
        self = parser.header
    }

    init() {}
}

private struct HeaderParser {
    let scalars: [Unicode.Scalar]
    var header = ArticleHeader()
    var position = 0

    /// Header lines are short; longer lines are never looked at as headers.
    static let maximumHeaderLine = 300

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func run() {
        position = ReaderText.skipWhitespace(scalars, from: 0)
        if readInlineDateHeader() == .lineContinues {
            readHeadlineAndDateline(headlineAllowed: true)
            return
        }
        readHeaderBlock()
        readHeadlineAndDateline(headlineAllowed: header.titleField == nil)
    }

    // MARK: Date header and header block

    private enum InlineDate { case none, wholeLine, lineContinues }

    /// `date YYYY-MM-DD` (or `date: …`) at the very start; the body may follow on the same line.
    private mutating func readInlineDateHeader() -> InlineDate {
        guard lowercasedWord(at: position) == "date" else { return .none }
        let lineEnd = ReaderText.lineEnd(scalars, from: position)
        var index = ReaderText.skipSpaces(scalars, from: position + 4)
        let hasColon = index < lineEnd && scalars[index] == ":"
        if hasColon { index = ReaderText.skipSpaces(scalars, from: index + 1) }
        guard hasColon || index > position + 4 else { return .none }
        var valueEnd = index
        while valueEnd < lineEnd, !ReaderScalar.isWhitespace(scalars[valueEnd]) { valueEnd += 1 }
        let value = ReaderText.string(scalars, index..<valueEnd)
        if HeaderISODate.hasShape(value) {
            record(dateValue: value)
            let rest = ReaderText.skipSpaces(scalars, from: valueEnd)
            if rest >= lineEnd {
                position = ReaderText.skipWhitespace(scalars, from: lineEnd)
                return .wholeLine
            }
            position = rest
            return .lineContinues
        }
        guard hasColon, lineEnd - position <= HeaderParser.maximumHeaderLine else { return .none }
        record(dateValue: ReaderText.string(scalars, ReaderText.trimmed(scalars, index..<lineEnd)))
        position = ReaderText.skipWhitespace(scalars, from: lineEnd)
        return .wholeLine
    }

    /// `title:`, `source:`, `date:` lines (any case), ended by a blank line or the first other line.
    private mutating func readHeaderBlock() {
        while position < scalars.count {
            let lineEnd = ReaderText.lineEnd(scalars, from: position)
            guard lineEnd - position <= HeaderParser.maximumHeaderLine else { return }
            let line = ReaderText.string(scalars, position..<lineEnd)
            // Most lines looked at are the body's first (no colon): the scalars say so faster than the Characters.
            if scalars[position..<lineEnd].contains(":"), let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                switch key {
                case "title": header.titleField = header.titleField ?? (value.isEmpty ? nil : value)
                case "source": header.sourceField = header.sourceField ?? (value.isEmpty ? nil : value)
                case "date": record(dateValue: value)
                default: return
                }
            } else {
                // A line that is "date" and an ISO date starts (after spaces) with a "d" or "D": other lines, ASCII at
                // their start, are told by one scalar rather than split into Characters.
                let first = scalars[position..<lineEnd].first { $0 != " " }
                guard let first, first == "d" || first == "D" || first.value >= 0x80 else { return }
                let parts = line.split(separator: " ", omittingEmptySubsequences: true)
                guard parts.count == 2, parts[0].lowercased() == "date", HeaderISODate.hasShape(parts[1]) else { return }
                record(dateValue: String(parts[1]))
            }
            position = lineEnd
            // A blank line ends the block.
            var newlines = 0
            while position < scalars.count, ReaderScalar.isWhitespace(scalars[position]) {
                if scalars[position] == "\n" { newlines += 1 }
                position += 1
            }
            if newlines >= 2 { return }
        }
    }

    private mutating func record(dateValue value: String) {
        switch HeaderISODate.parse(value) {
        case .date(let date):
            if header.date == nil { header.date = date }
        case .impossible:
            header.notes.append("impossible date \(value) ignored")
        case .notISO:
            if let phrase = DatelineDate(value), phrase.year != nil {
                if let date = phrase.simpleDate {
                    if header.date == nil { header.date = date }
                } else {
                    header.notes.append("impossible date \(value) ignored")
                }
            } else {
                header.notes.append("unrecognised date \"\(value)\" ignored")
            }
        }
    }

    // MARK: Headline and dateline

    private mutating func readHeadlineAndDateline(headlineAllowed: Bool) {
        guard position < scalars.count else { header.bodyStart = position; return }
        if readFullLineDate() {
            readWireDateline()
            header.bodyStart = position
            return
        }
        if headlineAllowed {
            let lineEnd = ReaderText.lineEnd(scalars, from: position)
            let next = ReaderText.skipWhitespace(scalars, from: lineEnd)
            if next < scalars.count, let headline = headline(in: position..<lineEnd) {
                header.headline = headline
                position = next
                // Header lines may also follow the headline ("Headline\ndate: 2023-11-15\n\nBody").
                readHeaderBlock()
                _ = readFullLineDate()
            }
        }
        readWireDateline()
        header.bodyStart = position
    }

    /// A line that is only a date (`Friday, August 21, 2015`), followed by more text.
    private mutating func readFullLineDate() -> Bool {
        let lineEnd = ReaderText.lineEnd(scalars, from: position)
        guard lineEnd - position <= 60 else { return false }
        let next = ReaderText.skipWhitespace(scalars, from: lineEnd)
        guard next < scalars.count else { return false }
        let line = ReaderText.string(scalars, ReaderText.trimmed(scalars, position..<lineEnd))
        if HeaderISODate.hasShape(line) {
            record(dateValue: line)
        } else if let phrase = DatelineDate(line) {
            record(dateline: phrase, text: line)
        } else {
            return false
        }
        position = next
        return true
    }

    private mutating func record(dateline phrase: DatelineDate, text: String) {
        guard phrase.year != nil else { return }
        if let date = phrase.simpleDate {
            if header.date == nil { header.date = date }
        } else {
            header.notes.append("impossible date \"\(text)\" in dateline ignored")
        }
    }

    /// `WASHINGTON, Nov. 15 (Reuters) -`, `LONDON (AP) —`, `August 21, 2015 —` at the start of the body.
    private mutating func readWireDateline() {
        let lineEnd = ReaderText.lineEnd(scalars, from: position)
        let searchEnd = min(lineEnd, position + 100)
        var index = position
        while index < searchEnd {
            let scalar = scalars[index]
            if ReaderScalar.isDash(scalar) {
                let spaceBefore = index > position && ReaderScalar.isSpace(scalars[index - 1])
                var dashEnd = index + 1
                while dashEnd < lineEnd, ReaderScalar.isDash(scalars[dashEnd]) { dashEnd += 1 }
                let spaceAfter = dashEnd < lineEnd && ReaderScalar.isSpace(scalars[dashEnd])
                // A hyphen joins words unless spaced; long dashes may be unspaced.
                let afterParenthesis = index > position && scalars[index - 1] == ")"
                let separates = scalar == "-" && dashEnd == index + 1
                    ? spaceBefore && spaceAfter
                    : spaceBefore || spaceAfter || afterParenthesis
                if separates, index > position {
                    let prefix = ReaderText.string(scalars, ReaderText.trimmed(scalars, position..<index))
                    if let date = HeaderParser.wireDateline(prefix) {
                        if let date { record(dateline: date, text: prefix) }
                        position = ReaderText.skipSpaces(scalars, from: dashEnd)
                    }
                    return
                }
                index = dashEnd
                continue
            }
            index += 1
        }
    }

    /// Whether `prefix` (the text before the dash) is a dateline; its date phrase when it has one.
    static func wireDateline(_ prefix: String) -> DatelineDate?? {
        var rest = Substring(prefix)
        var hasAgency = false
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
            let agency = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            guard (1...30).contains(agency.count),
                  agency.allSatisfy({ $0.isLetter || $0 == " " || $0 == "&" || $0 == "." || $0 == "-" }) else { return nil }
            hasAgency = true
            rest = rest[..<open]
        }
        let segments = rest.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if segments.isEmpty { return hasAgency ? .some(nil) : nil }
        guard !segments.contains(where: \.isEmpty) else { return nil }

        var date: DatelineDate?
        var startsWithPlace = false
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            if let phrase = DatelineDate(segment) {
                // "Nov. 15" then "2023": the year is the next segment.
                if phrase.year == nil, phrase.day != nil, index + 1 < segments.count,
                   let year = Int(segments[index + 1]), segments[index + 1].count == 4 {
                    date = DatelineDate(year: year, month: phrase.month, day: phrase.day)
                    index += 2
                    continue
                }
                date = date ?? phrase
            } else if index == 0, DatelineDate.weekdays.contains(segment.lowercased()) {
                // "Friday, August 21, 2015 —": the weekday leads the date.
            } else if index == 0 {
                // `Taipei, Taiwan —`: a place in ordinary case needs a second part, or it could be any name.
                guard isCapitalisedPlace(segment) || (segments.count >= 2 && isPlace(segment)) else { return nil }
                startsWithPlace = true
            } else {
                guard isPlace(segment) else { return nil }
            }
            index += 1
        }
        guard startsWithPlace || hasAgency || date != nil else { return nil }
        return .some(date)
    }

    /// `WASHINGTON`, `SAN FRANCISCO`, `ST. LOUIS`: up to four words in capitals.
    private static func isCapitalisedPlace(_ segment: String) -> Bool {
        let words = segment.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        let letters = segment.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            && segment.allSatisfy { $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }

    /// `South Korea`, `Calif.`, `N.Y.`: up to four words, each capitalised.
    private static func isPlace(_ segment: String) -> Bool {
        let words = segment.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" }
        }
    }

    /// The line as a headline: short, not a sentence ending in a full stop, not starting in lower case.
    private func headline(in range: Range<Int>) -> String? {
        guard range.count <= 400 else { return nil }
        let trimmed = ReaderText.trimmed(scalars, range)
        guard !trimmed.isEmpty else { return nil }
        let text = ReaderText.string(scalars, trimmed)
        if scalars[trimmed].allSatisfy({ $0.value < 0x80 }) {
            // ASCII (no CR after normalising): one Character per scalar, so both counts come from the scalars.
            guard trimmed.count <= 200, asciiWordCount(trimmed) <= 25 else { return nil }
        } else {
            guard text.count <= 200 else { return nil }
            let words = text.split(whereSeparator: \.isWhitespace)
            guard words.count <= 25 else { return nil }
        }
        var last = trimmed.upperBound - 1
        while last > trimmed.lowerBound, ReaderScalar.isClosingQuoteOrBracket(scalars[last]) { last -= 1 }
        switch scalars[last] {
        case ".", ",", ";", ":": return nil
        default: break
        }
        if let firstLetter = scalars[trimmed].first(where: ReaderScalar.isLetter), ReaderScalar.isLowercase(firstLetter) {
            return nil
        }
        return text
    }

    /// The number of whitespace-separated words in `range`, which holds only ASCII.
    private func asciiWordCount(_ range: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        for index in range {
            let isSpace = ReaderScalar.isWhitespace(scalars[index])
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    private func lowercasedWord(at start: Int) -> String {
        var end = start
        while end < scalars.count, end - start < 8, ReaderScalar.isLetter(scalars[end]) { end += 1 }
        return ReaderText.string(scalars, start..<end).lowercased()
    }
}
