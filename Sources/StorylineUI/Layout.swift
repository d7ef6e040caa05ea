/// Where the panes, status and hint lines go for a terminal size. Plain arithmetic, no solver.
public struct Layout: Equatable, Sendable {
    /// Below this the browser shows a "terminal too small" notice instead of panes.
    public static let minimumWidth = 60
    public static let minimumHeight = 14
    /// From this width the three panes sit side by side; narrower, the timeline goes under the other two.
    public static let sideBySideWidth = 110

    public let width: Int
    public let height: Int
    public let tooSmall: Bool
    public let articles: Rect
    public let actors: Rect
    public let timeline: Rect
    /// The area the panes share (the reader covers it).
    public let panes: Rect
    public let statusRow: Int
    public let hintRow: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        tooSmall = width < Layout.minimumWidth || height < Layout.minimumHeight
        statusRow = max(0, height - 2)
        hintRow = max(0, height - 1)
        let area = Rect(x: 0, y: 0, width: width, height: max(0, height - 2))
        panes = area
        if width >= Layout.sideBySideWidth {
            let a = width * 34 / 100
            let b = width * 29 / 100
            articles = Rect(x: 0, y: 0, width: a, height: area.height)
            actors = Rect(x: a, y: 0, width: b, height: area.height)
            timeline = Rect(x: a + b, y: 0, width: width - a - b, height: area.height)
        } else {
            let top = area.height / 2
            let a = width * 55 / 100
            articles = Rect(x: 0, y: 0, width: a, height: top)
            actors = Rect(x: a, y: 0, width: width - a, height: top)
            timeline = Rect(x: 0, y: top, width: width, height: area.height - top)
        }
    }

    public func rect(_ pane: Pane) -> Rect {
        switch pane {
        case .articles: return articles
        case .actors: return actors
        case .timeline: return timeline
        }
    }

    /// Rows of content inside a pane's border.
    public func visibleRows(_ pane: Pane) -> Int { max(1, rect(pane).height - 2) }

    /// Lines of text the reader shows, and its text width.
    public var readerRows: Int { max(1, panes.height - 2) }
    public var readerWidth: Int { max(10, panes.width - 4) }
}
