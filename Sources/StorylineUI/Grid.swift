/// What a cell means, so the backend can pick colours (or plain attributes without colour).
public enum ColorRole: UInt8, CaseIterable, Sendable {
    case normal, dim, title, titleFocused, border, borderFocused, cursor, cursorUnfocused, mark
    case person, organization, country, place, group
    case evidence, status, hint, warning, dialog, input, date, vague
}

/// The look of a cell: a role plus attributes that also work on monochrome terminals.
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
}

/// One screen cell: a grapheme and its style. A wide grapheme's second column is a `continuation` cell.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; "" for the right half of a wide grapheme.
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(" ")
    public var isContinuation: Bool { text.isEmpty }
}

/// A rectangle on the grid.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    /// The rectangle shrunk by one cell on every side (the inside of a border).
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}

/// The whole screen as cells; rendering produces one, the backend draws it.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, _ style: Style = .plain) {
        let cell = Cell(" ", style)
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = cell }
        }
    }

    /// Writes text at (x, y), sanitised and clipped to `limit` columns (the end of the row when nil).
    /// A wide grapheme that would straddle the limit becomes a space. Returns the column after the text.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, _ style: Style = .plain) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit ?? width)
        var column = x
        for character in Sanitizer.line(text) {
            if column >= end { break }
            var grapheme = String(character)
            var w = TextWidth.of(character)
            if w == 0 {
                // A combining mark with no base of its own: give it a visible base so it cannot join the border.
                grapheme = " " + grapheme
                w = 1
            }
            if column < 0 { column += w; continue }
            if column + w > end {
                self[column, y] = Cell(" ", style)
                column += 1
                break
            }
            self[column, y] = Cell(grapheme, style)
            if w == 2 { self[column + 1, y] = Cell("", style) }
            column += w
        }
        return column
    }

    /// Writes text right-aligned so it ends at `endX` (exclusive), clipped on the left at `minX`.
    public mutating func putRight(_ text: String, endX: Int, y: Int, minX: Int, _ style: Style = .plain) {
        let clean = Sanitizer.line(text)
        let w = TextWidth.of(clean)
        put(clean, x: max(minX, endX - w), y: y, limit: endX, style)
    }

    /// Applies a style to every cell of a row span, keeping the text.
    public mutating func restyle(x: Int, y: Int, width w: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + w) { change(&cells[y * width + column].style) }
    }

    /// The text of one row, continuation cells dropped: what a terminal shows there.
    public func row(_ y: Int) -> String {
        var s = ""
        for x in 0..<width { s += self[x, y].text }
        return s
    }

    /// All rows, trailing spaces trimmed, for tests and debugging.
    public var rows: [String] {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

extension String {
    /// The string cut to at most `columns` display columns, with an ellipsis when cut.
    public func truncated(toColumns columns: Int) -> String {
        guard columns > 0 else { return "" }
        if TextWidth.of(self) <= columns { return self }
        var out = ""
        var used = 0
        for character in self {
            let w = max(1, TextWidth.of(character))
            if used + w > columns - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// The string padded with spaces to `columns` display columns (or truncated to them).
    public func padded(toColumns columns: Int) -> String {
        let cut = truncated(toColumns: columns)
        let w = TextWidth.of(cut)
        return w < columns ? cut + String(repeating: " ", count: columns - w) : cut
    }
}
