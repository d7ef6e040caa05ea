import StorylineModel

/// Draws a `BrowserState` into a `Grid`. Pure: the same state gives the same cells.
public enum Renderer {
    public static func render(_ state: BrowserState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        let layout = state.layout
        if layout.tooSmall {
            drawTooSmall(&grid, layout)
            return grid
        }
        if state.reader != nil {
            drawReader(&grid, state, layout.panes)
        } else {
            drawArticles(&grid, state, layout.articles)
            drawActors(&grid, state, layout.actors)
            drawTimeline(&grid, state, layout.timeline)
        }
        drawStatus(&grid, state, row: layout.statusRow)
        drawHint(&grid, state, row: layout.hintRow)
        if state.showHelp { drawHelp(&grid, state, layout.panes) }
        if let prompt = state.filterPrompt { drawFilterPrompt(&grid, state, prompt, layout.panes) }
        if let dialog = state.exportDialog { drawExport(&grid, state, dialog, layout.panes) }
        return grid
    }

    // MARK: Frame pieces

    static func drawTooSmall(_ grid: inout Grid, _ layout: Layout) {
        let lines = ["Terminal too small", "\(layout.width)×\(layout.height): need \(Layout.minimumWidth)×\(Layout.minimumHeight)", "please enlarge the window"]
        let top = max(0, (layout.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let cut = line.truncated(toColumns: layout.width)
            grid.put(cut, x: max(0, (layout.width - TextWidth.of(cut)) / 2), y: top + i, i == 0 ? Style(.warning, bold: true) : .plain)
        }
    }

    /// A bordered box with a title in the top border; returns nothing, the inside is `rect.inner`.
    static func drawBox(_ grid: inout Grid, _ rect: Rect, title: String, focused: Bool, right: String = "") {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = Style(focused ? .borderFocused : .border, bold: focused)
        grid.fill(rect)
        for x in rect.x..<rect.maxX {
            grid.put("─", x: x, y: rect.y, border)
            grid.put("─", x: x, y: rect.maxY - 1, border)
        }
        for y in rect.y..<rect.maxY {
            grid.put("│", x: rect.x, y: y, border)
            grid.put("│", x: rect.maxX - 1, y: y, border)
        }
        grid.put("┌", x: rect.x, y: rect.y, border)
        grid.put("┐", x: rect.maxX - 1, y: rect.y, border)
        grid.put("└", x: rect.x, y: rect.maxY - 1, border)
        grid.put("┘", x: rect.maxX - 1, y: rect.maxY - 1, border)
        let room = rect.width - 4
        guard room > 2 else { return }
        let rightText = right.isEmpty ? "" : " \(right) "
        let rightWidth = TextWidth.of(rightText) <= room / 2 ? TextWidth.of(rightText) : 0
        let titleText = (" " + title + " ").truncated(toColumns: room - rightWidth)
        grid.put(titleText, x: rect.x + 2, y: rect.y, limit: rect.maxX - 2, Style(focused ? .titleFocused : .title, bold: true, reverse: focused))
        if rightWidth > 0 {
            grid.putRight(rightText, endX: rect.maxX - 2, y: rect.y, minX: rect.x + 2, border)
        }
    }

    /// Highlights the cursor row inside a pane.
    static func highlight(_ grid: inout Grid, _ inner: Rect, y: Int, focused: Bool) {
        grid.restyle(x: inner.x, y: y, width: inner.width) { style in
            if focused { style.reverse = true; if style.role == .normal || style.role == .dim { style.role = .cursor } } else { style.underline = true; style.role = style.role == .normal ? .cursorUnfocused : style.role }
        }
    }

    static func markCell(_ grid: inout Grid, marked: Bool, x: Int, y: Int) {
        grid.put(marked ? "●" : " ", x: x, y: y, Style(.mark, bold: true))
    }

    static func position(_ row: Int, _ count: Int) -> String { count == 0 ? "0" : "\(row + 1)/\(count)" }

    // MARK: Panes

    static func drawArticles(_ grid: inout Grid, _ state: BrowserState, _ rect: Rect) {
        let focused = state.focus == .articles && state.mode != .reader
        let view = state.view
        drawBox(&grid, rect, title: "1 Articles", focused: focused, right: position(state.articles.row, view.articleRows.count))
        let inner = rect.inner
        guard inner.width > 0, inner.height > 0 else { return }
        if view.articleRows.isEmpty {
            grid.put(state.filterText.isEmpty ? "no articles" : "no article matches the filter", x: inner.x + 1, y: inner.y, limit: inner.maxX, Style(.dim))
            return
        }
        let index = state.index
        for i in 0..<inner.height {
            let row = state.articles.top + i
            guard row < view.articleRows.count else { break }
            let y = inner.y + i
            switch view.articleRows[row] {
            case .story(let s, let count):
                let story = index.corpus.stories[Int(s)]
                let ids = story.articles.compactMap { index.articleIndex[$0] }.filter(view.shows)
                markCell(&grid, marked: !ids.isEmpty && ids.allSatisfy(state.marks.articles.contains), x: inner.x, y: y)
                let countText = " \(count)"
                let end = inner.maxX - TextWidth.of(countText)
                grid.put("▾ " + story.title, x: inner.x + 1, y: y, limit: end, Style(.title, bold: true))
                grid.putRight(countText, endX: inner.maxX, y: y, minX: inner.x, Style(.dim))
            case .article(let a):
                let article = index.article(a)
                markCell(&grid, marked: state.marks.articles.contains(a), x: inner.x, y: y)
                let indent = isInStoryGroup(view.articleRows, row: row, index: index) ? 2 : 0
                let label = index.articleDateLabels[Int(a)]
                let dateWidth = inner.width >= 30 ? 12 : 0
                var x = inner.x + 1 + indent
                if dateWidth > 0 {
                    let vague = label.hasPrefix("~") || label.isEmpty
                    grid.put((label.isEmpty ? "—" : label).padded(toColumns: dateWidth), x: x, y: y, limit: inner.maxX, Style(vague ? .vague : .date))
                    x += dateWidth
                }
                let countText = " \(index.actorCount(ofArticle: a))"
                let end = inner.maxX - TextWidth.of(countText)
                grid.put(article.title, x: x, y: y, limit: end)
                grid.putRight(countText, endX: inner.maxX, y: y, minX: x, Style(.dim))
            }
            if row == state.articles.row { highlight(&grid, inner, y: y, focused: focused) }
        }
    }

    static func isInStoryGroup(_ rows: [ArticleRow], row: Int, index: BrowserIndex) -> Bool {
        guard case .article(let a) = rows[row] else { return false }
        let story = index.articleStory[Int(a)]
        guard story >= 0 else { return false }
        var r = row - 1
        while r >= 0 {
            switch rows[r] {
            case .story(let s, _): return s == story
            case .article(let b): if index.articleStory[Int(b)] != story { return false }
            }
            r -= 1
        }
        return false
    }

    static func kindMarker(_ kind: ActorKind) -> String {
        switch kind {
        case .person: return "P"
        case .organization: return "O"
        case .country: return "C"
        case .place: return "L"
        case .group: return "G"
        }
    }

    static func drawActors(_ grid: inout Grid, _ state: BrowserState, _ rect: Rect) {
        let focused = state.focus == .actors && state.mode != .reader
        let view = state.view
        let index = state.index
        drawBox(&grid, rect, title: "2 Actors & relations", focused: focused, right: position(state.actors.actor, view.actors.count))
        let inner = rect.inner
        guard inner.width > 0, inner.height > 0 else { return }
        if view.actors.isEmpty {
            grid.put("no actors", x: inner.x + 1, y: inner.y, limit: inner.maxX, Style(.dim))
            return
        }
        let expanded = state.actors.actor
        let relations = state.expandedRelations
        for i in 0..<inner.height {
            let row = state.actors.top + i
            let y = inner.y + i
            if row <= expanded || row > expanded + relations.count {
                let position = row <= expanded ? row : row - relations.count
                guard position < view.actors.count else { break }
                let a = view.actors[position]
                let actor = index.actor(a)
                markCell(&grid, marked: state.marks.actors.contains(a), x: inner.x, y: y)
                let role = ReaderLayout.role(for: actor.kind)
                grid.put(kindMarker(actor.kind), x: inner.x + 1, y: y, Style(role, bold: true))
                let countText = " \(view.mentions(of: a, index: index))"
                let end = inner.maxX - TextWidth.of(countText)
                var x = grid.put((position == expanded && !relations.isEmpty ? "▾" : " ") + actor.name, x: inner.x + 2, y: y, limit: end, Style(.normal, bold: position == expanded))
                if let title = actor.role, !title.isEmpty, x < end - 3 {
                    x = grid.put(" · " + title, x: x, y: y, limit: end, Style(.dim))
                }
                grid.putRight(countText, endX: inner.maxX, y: y, minX: inner.x + 2, Style(.dim))
            } else {
                let r = relations[row - expanded - 1]
                let group = state.expandedRelationGroups[row - expanded - 1]
                let relation = index.relation(r)
                markCell(&grid, marked: group.allSatisfy(state.marks.relations.contains), x: inner.x, y: y)
                let repeats = group.count > 1 ? " ×\(group.count)" : ""
                let me = view.actors[expanded]
                let subject = index.relationSubject[Int(r)]
                let otherID = subject == me ? relation.object : relation.subject
                let arrow = relation.symmetric ? "↔" : subject == me ? "→" : "←"
                var x = grid.put("  " + relation.predicate + " " + arrow + " ", x: inner.x + 1, y: y, limit: inner.maxX, Style(.dim))
                let end = inner.maxX - TextWidth.of(repeats)
                x = grid.put(index.actorName(id: otherID), x: x, y: y, limit: end)
                grid.put("  " + relation.article, x: x, y: y, limit: end, Style(.dim))
                if !repeats.isEmpty { grid.putRight(repeats, endX: inner.maxX, y: y, minX: inner.x, Style(.dim)) }
            }
            if row == state.actors.row { highlight(&grid, inner, y: y, focused: focused) }
        }
    }

    static func drawTimeline(_ grid: inout Grid, _ state: BrowserState, _ rect: Rect) {
        let focused = state.focus == .timeline && state.mode != .reader
        let view = state.view
        let index = state.index
        drawBox(&grid, rect, title: "3 Timeline", focused: focused, right: position(state.timeline.row, view.events.count))
        let inner = rect.inner
        guard inner.width > 0, inner.height > 0 else { return }
        if view.events.isEmpty {
            grid.put("no events", x: inner.x + 1, y: inner.y, limit: inner.maxX, Style(.dim))
            return
        }
        for i in 0..<inner.height {
            let row = state.timeline.top + i
            guard row < view.events.count else { break }
            let y = inner.y + i
            let e = view.events[row]
            let event = index.event(e)
            let date = index.eventDates[Int(e)]
            markCell(&grid, marked: state.marks.events.contains(e), x: inner.x, y: y)
            var x = grid.put(date.label.padded(toColumns: 12), x: inner.x + 1, y: y, limit: inner.maxX, Style(date.isVague ? .vague : .date))
            let sourcesText = event.sources.count > 1 ? " ×\(event.sources.count)" : ""
            let end = inner.maxX - TextWidth.of(sourcesText)
            let actorNames = index.eventActors[Int(e)].map { index.actor($0).name }.joined(separator: ", ")
            // The summary gets most of the room; the actors a third of it, when the pane is wide enough.
            let actorRoom = actorNames.isEmpty || end - x < 40 ? 0 : min(TextWidth.of(actorNames) + 2, (end - x) / 3)
            x = grid.put(event.summary, x: x, y: y, limit: end - actorRoom)
            if actorRoom > 2 { grid.put("  " + actorNames, x: x, y: y, limit: end, Style(.dim)) }
            grid.putRight(sourcesText, endX: inner.maxX, y: y, minX: inner.x, Style(.dim))
            if row == state.timeline.row { highlight(&grid, inner, y: y, focused: focused) }
        }
    }

    static func drawReader(_ grid: inout Grid, _ state: BrowserState, _ rect: Rect) {
        guard let reader = state.reader else { return }
        let index = state.index
        let article = index.article(reader.article)
        let date = index.articleDateLabels[Int(reader.article)]
        let info = [date, article.path].filter { !$0.isEmpty }.joined(separator: " · ")
        let rows = max(1, rect.height - 2)
        let percent = reader.lines.count <= rows ? "all" : "\(min(100, (reader.top + rows) * 100 / max(1, reader.lines.count)))%"
        drawBox(&grid, rect, title: "Reader: " + article.title, focused: true, right: info + " · " + percent)
        let inner = rect.inner
        for i in 0..<inner.height {
            let line = reader.top + i
            guard line < reader.lines.count else { break }
            var x = inner.x + 1
            for cell in reader.lines[line] {
                if x >= inner.maxX - 1 { break }
                grid[x, inner.y + i] = cell
                x += 1
            }
            // A wide grapheme cut at the edge would leave half a cell.
            if x > inner.x + 1, grid[x - 1, inner.y + i].text.isEmpty == false, x - 1 < grid.width,
               TextWidth.of(grid[x - 1, inner.y + i].text) == 2, x >= inner.maxX - 1 {
                grid[x - 1, inner.y + i] = Cell(" ")
            }
        }
    }

    static func drawStatus(_ grid: inout Grid, _ state: BrowserState, row: Int) {
        let bar = Style(.status, reverse: true)
        grid.fill(Rect(x: 0, y: row, width: grid.width, height: 1), bar)
        let view = state.view
        var parts = [state.index.name, [plural(view.articleCount, "article"), plural(view.actors.count, "actor"), plural(view.events.count, "event")].joined(separator: " · ")]
        if !state.filterText.isEmpty { parts.append("filter: " + state.filter.describe(state.index)) }
        if !state.marks.isEmpty { parts.append("marked \(state.marks.count)") }
        // A message is what the user needs now: it keeps its room, the counts give way.
        let messageText = state.message.map { " │ " + $0.text } ?? ""
        let messageWidth = min(TextWidth.of(messageText), max(0, grid.width * 3 / 5))
        let left = (" " + parts.joined(separator: " │ ")).truncated(toColumns: grid.width - messageWidth)
        let x = grid.put(left, x: 0, y: row, bar)
        if let message = state.message {
            let style = Style(message.isError ? .warning : .status, bold: message.isError, reverse: true)
            grid.put(messageText.truncated(toColumns: grid.width - x), x: x, y: row, style)
        }
    }

    static func drawHint(_ grid: inout Grid, _ state: BrowserState, row: Int) {
        if let search = state.search {
            let x = grid.put("/" + search.text, x: 0, y: row, Style(.input, bold: true))
            grid.put("▏", x: x, y: row, Style(.input))
            grid.putRight("Enter search · Esc cancel ", endX: grid.width, y: row, minX: x + 2, Style(.hint))
            return
        }
        let hint: String
        switch state.mode {
        case .browse:
            hint = grid.width >= 104
                ? "Tab/1-3 pane  j/k move  Enter open  / search  a filter  c clear  Space mark  e export  ? help  q quit"
                : "Tab:pane Enter:open /:search a:filter c:clear Space:mark e:export ?:help q:quit"
        case .reader: hint = "j/k ↑↓ scroll  PgUp/PgDn page  g/G top/end  / search  n/N next  q/Esc back"
        case .help: hint = "? or q or Esc close help"
        case .filterPrompt: hint = "space/& AND  | OR  ! NOT  ↑↓ choose  Enter apply  Esc cancel"
        case .search: hint = ""
        case .export: hint = "Tab field  ←/→ change  Enter export  Esc cancel"
        case .confirmOverwrite: hint = "y overwrite  n keep the file"
        }
        grid.put(" " + hint, x: 0, y: row, Style(.hint))
    }

    // MARK: Overlays

    static func centered(_ area: Rect, width: Int, height: Int) -> Rect {
        let w = min(width, area.width)
        let h = min(height, area.height)
        return Rect(x: area.x + (area.width - w) / 2, y: area.y + max(0, (area.height - h) / 3), width: w, height: h)
    }

    static func drawHelp(_ grid: inout Grid, _ state: BrowserState, _ area: Rect) {
        let lines = KeyMap.help
        // Load warnings (skipped or repaired files) are listed under the keys: the status line only has room for one.
        let warnings = state.index.corpus.warnings.map(\.description)
        let warningRows = warnings.isEmpty ? 0 : min(warnings.count, 8) + 2
        let rect = centered(area, width: 76, height: lines.count + 4 + warningRows)
        drawBox(&grid, rect, title: "Keys", focused: true)
        let inner = rect.inner
        for (i, line) in lines.enumerated() where i + 1 < inner.height {
            let y = inner.y + 1 + i
            let x = grid.put(" " + line.keys.padded(toColumns: 18), x: inner.x, y: y, limit: inner.maxX, Style(.title, bold: true))
            grid.put(line.action, x: x, y: y, limit: inner.maxX)
        }
        guard !warnings.isEmpty else { return }
        var y = inner.y + lines.count + 2
        if y < inner.maxY { grid.put(" Load warnings (\(warnings.count))", x: inner.x, y: y, limit: inner.maxX, Style(.warning, bold: true)) }
        for warning in warnings.prefix(8) {
            y += 1
            guard y < inner.maxY else { break }
            grid.put(" " + warning, x: inner.x, y: y, limit: inner.maxX, Style(.warning))
        }
    }

    static func drawFilterPrompt(_ grid: inout Grid, _ state: BrowserState, _ prompt: FilterPrompt, _ area: Rect) {
        let index = state.index
        let rect = centered(area, width: 72, height: 6 + max(1, prompt.candidates.count))
        drawBox(&grid, rect, title: "Filter by actor", focused: true)
        let inner = rect.inner
        guard inner.width > 4, inner.height > 2 else { return }
        var x = grid.put(" actors: ", x: inner.x, y: inner.y, limit: inner.maxX, Style(.title, bold: true))
        x = grid.put(prompt.text, x: x, y: inner.y, limit: inner.maxX - 1, Style(.input, bold: true))
        grid.put("▏", x: x, y: inner.y, limit: inner.maxX, Style(.input))
        let resolved = state.filter
        let description = resolved.groups.isEmpty ? "(no filter: everything)" : "= " + resolved.describe(index) + " → " + plural(state.view.articleCount, "article")
        grid.put(" " + description, x: inner.x, y: inner.y + 1, limit: inner.maxX, Style(resolved.unmatched.isEmpty ? .dim : .warning))
        if prompt.candidates.isEmpty {
            grid.put(" no actor matches", x: inner.x, y: inner.y + 3, limit: inner.maxX, Style(.warning))
            return
        }
        for (i, a) in prompt.candidates.enumerated() where inner.y + 3 + i < inner.maxY {
            let y = inner.y + 3 + i
            let actor = index.actor(a)
            grid.put(kindMarker(actor.kind), x: inner.x + 1, y: y, Style(ReaderLayout.role(for: actor.kind), bold: true))
            let countText = " \(actor.mentions)"
            let end = inner.maxX - TextWidth.of(countText)
            var cx = grid.put(" " + actor.name, x: inner.x + 2, y: y, limit: end)
            let aliases = actor.aliases.prefix(4).joined(separator: ", ")
            if !aliases.isEmpty { cx = grid.put("  " + aliases, x: cx, y: y, limit: end, Style(.dim)) }
            grid.putRight(countText, endX: inner.maxX, y: y, minX: inner.x, Style(.dim))
            if i == prompt.selected { highlight(&grid, inner, y: y, focused: prompt.chose || i == 0) }
        }
    }

    static func drawExport(_ grid: inout Grid, _ state: BrowserState, _ dialog: ExportDialog, _ area: Rect) {
        let rect = centered(area, width: 74, height: 9)
        drawBox(&grid, rect, title: "Export", focused: true)
        let inner = rect.inner
        guard inner.width > 10, inner.height > 4 else { return }
        func label(_ text: String, _ field: ExportDialog.Field?, y: Int) -> Int {
            let active = field == dialog.field && !state.confirmingOverwrite
            return grid.put((active ? "▸ " : "  ") + text.padded(toColumns: 8), x: inner.x, y: y, limit: inner.maxX, Style(.title, bold: active))
        }
        var y = inner.y
        var x = label("Format", .format, y: y)
        for choice in ExportChoice.allCases {
            let chosen = choice == dialog.format
            x = grid.put(" \(choice.label) ", x: x, y: y, limit: inner.maxX, Style(chosen ? .cursor : .normal, bold: chosen, reverse: chosen))
            x = grid.put(" ", x: x, y: y, limit: inner.maxX)
        }
        y += 1
        if dialog.format == .csv {
            x = label("Table", .table, y: y)
            for choice in TableChoice.allCases {
                let chosen = choice == dialog.table
                x = grid.put(" \(choice.rawValue) ", x: x, y: y, limit: inner.maxX, Style(chosen ? .cursor : .normal, bold: chosen, reverse: chosen))
                x = grid.put(" ", x: x, y: y, limit: inner.maxX)
            }
        } else {
            grid.put("  (JSON and Markdown hold every table)", x: inner.x, y: y, limit: inner.maxX, Style(.dim))
        }
        y += 1
        x = label("File", .path, y: y)
        x = grid.put(dialog.path, x: x, y: y, limit: inner.maxX - 1, Style(.input, bold: true))
        if dialog.field == .path { grid.put("▏", x: x, y: y, limit: inner.maxX, Style(.input)) }
        y += 1
        x = label("What", nil, y: y)
        grid.put(dialog.scope, x: x, y: y, limit: inner.maxX)
        y += 2
        if state.confirmingOverwrite {
            grid.put(" \(dialog.path) exists. Overwrite? (y/n)", x: inner.x, y: y, limit: inner.maxX, Style(.warning, bold: true))
        } else if let error = dialog.error {
            grid.put(" " + error, x: inner.x, y: y, limit: inner.maxX, Style(.warning, bold: true))
        } else if dialog.format == .csv, !state.marks.isEmpty, markedCount(state.marks, dialog.table) == 0 {
            // Marked items go out exactly: a CSV table with none of them marked would be empty.
            grid.put(" nothing marked is in the \(dialog.table.rawValue) table: it will be empty", x: inner.x, y: y, limit: inner.maxX, Style(.warning))
        }
        grid.put(" Tab field · ←/→ change · Enter export · Esc cancel", x: inner.x, y: inner.maxY - 1, limit: inner.maxX, Style(.dim))
    }

    static func markedCount(_ marks: Marks, _ table: TableChoice) -> Int {
        switch table {
        case .events: return marks.events.count
        case .actors: return marks.actors.count
        case .relations: return marks.relations.count
        case .articles: return marks.articles.count
        }
    }
}
