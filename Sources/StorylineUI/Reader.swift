import StorylineModel

/// Lays out an article for the reader: word-wrapped, mentions coloured by actor kind, one sentence highlighted.
public enum ReaderLayout {
    /// The colour role for an actor kind.
    public static func role(for kind: ActorKind) -> ColorRole {
        switch kind {
        case .person: return .person
        case .organization: return .organization
        case .country: return .country
        case .place: return .place
        case .group: return .group
        }
    }

    /// The article's lines at `width` columns, and the first line of `sentence` when given.
    public static func lines(index: BrowserIndex, article a: Int32, sentence: Int?, width: Int) -> (lines: [[Cell]], sentenceLine: Int?) {
        let article = index.article(a)
        // Styled spans: mentions by kind, then the evidence sentence on top.
        var mentionSpans: [(range: Range<Int>, role: ColorRole)] = index.articleMentions[Int(a)].compactMap { m in
            let mention = index.corpus.mentions[Int(m)]
            guard let actor = index.actorIndex[mention.actor] else { return nil }
            return (mention.range, role(for: index.actor(actor).kind))
        }
        mentionSpans.sort { $0.range.lowerBound < $1.range.lowerBound }
        let evidence: Range<Int>? = sentence.flatMap { s in article.sentences.first { $0.index == s }?.range }

        var lines: [[Cell]] = []
        var current: [Cell] = []
        var currentWidth = 0
        var breakAt: Int?  // cell position after the last space on the line
        var sentenceLine: Int?
        var offset = 0
        var spanCursor = 0
        let width = max(1, width)

        func flush() {
            lines.append(current)
            current = []
            currentWidth = 0
            breakAt = nil
        }

        for character in article.text {
            let start = offset
            offset += character.unicodeScalars.count
            if character == "\n" || character == "\r\n" || character == "\r" {
                flush()
                continue
            }
            var style = Style.plain
            while spanCursor < mentionSpans.count && mentionSpans[spanCursor].range.upperBound <= start { spanCursor += 1 }
            if spanCursor < mentionSpans.count && mentionSpans[spanCursor].range.contains(start) {
                style = Style(mentionSpans[spanCursor].role, bold: true)
            }
            if let evidence, evidence.contains(start) {
                style.role = style.role == .normal ? .evidence : style.role
                style.reverse = true
                if sentenceLine == nil { sentenceLine = lines.count }
            }
            let isSpace = character == " " || character == "\t"
            var cells: [Cell] = []
            let text = isSpace ? " " : Sanitizer.clean(String(character))
            for c in text {
                var grapheme = String(c)
                var w = TextWidth.of(c)
                if w == 0 { grapheme = " " + grapheme; w = 1 }
                cells.append(Cell(grapheme, style))
                if w == 2 { cells.append(Cell("", style)) }
            }
            if currentWidth + cells.count > width {
                if isSpace { flush(); continue }
                if let cut = breakAt, cut > 0, cut < current.count {
                    let carried = Array(current[cut...])
                    current.removeSubrange(cut...)
                    flush()
                    current = carried
                    currentWidth = carried.count
                } else {
                    flush()
                }
            }
            current += cells
            currentWidth += cells.count
            if isSpace { breakAt = current.count }
        }
        if !current.isEmpty { flush() }
        return (lines, sentenceLine)
    }
}
