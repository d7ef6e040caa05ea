import Foundation
import StorylineModel

/// What the reducer may read from outside: the clock, for the default export file name.
public struct ReduceContext: Sendable {
    public var now: Date
    public init(now: Date = Date()) { self.now = now }
}

extension BrowserState {
    /// Applies an input: maps it through the key map for the current mode, then reduces.
    public mutating func handle(_ input: Input, context: ReduceContext = ReduceContext()) -> [Effect] {
        guard let action = KeyMap.action(for: input, mode: mode) else { return [] }
        return reduce(action, context: context)
    }

    /// Applies one action. Pure apart from `context`: no I/O; side effects come back as `Effect`s.
    public mutating func reduce(_ action: Action, context: ReduceContext = ReduceContext()) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
            if let reader { openReader(article: reader.article, sentence: reader.sentence, keepTop: reader.top) }
        case .redraw:
            effects.append(.repaintAll)
        case .quit:
            effects.append(.quit)
        case .toggleHelp:
            showHelp.toggle()
        case .focus(let pane):
            focus = pane
        case .focusNext:
            focus = Pane(rawValue: (focus.rawValue + 1) % 3)!
        case .focusPrevious:
            focus = Pane(rawValue: (focus.rawValue + 2) % 3)!
        case .move(let n):
            move(by: n)
        case .moveToTop:
            move(to: 0)
        case .moveToBottom:
            move(to: Int.max / 2)
        case .page(let n):
            move(by: n * pageSize)
        case .halfPage(let n):
            move(by: n * max(1, pageSize / 2))
        case .open:
            open()
        case .back:
            if reader != nil { reader = nil } else if showHelp { showHelp = false }
        case .startSearch:
            search = SearchPrompt(text: "")
        case .searchNext(let forward):
            if lastSearch.isEmpty { message = StatusMessage(text: "no previous search", isError: false) } else { runSearch(lastSearch, forward: forward, skipCurrent: true) }
        case .openFilter:
            var prompt = FilterPrompt(text: filterText.isEmpty ? "" : filterText + " ", previous: filterText)
            prompt.candidates = index.candidates(for: lastTerm(of: prompt.text))
            filterPrompt = prompt
        case .clearFilter:
            if filterText.isEmpty { message = StatusMessage(text: "no filter to clear", isError: false) } else {
                applyFilter("")
                message = StatusMessage(text: "filter cleared", isError: false)
            }
        case .toggleMark:
            toggleMark()
        case .markAllVisible:
            markAllVisible()
        case .unmarkAll:
            let n = marks.count
            marks = Marks()
            message = StatusMessage(text: n == 0 ? "nothing was marked" : "unmarked \(n)", isError: false)
        case .openExport:
            openExport(now: context.now)
        case .insert(let c):
            editField { $0.append(c) }
        case .deleteBackward:
            editField { if !$0.isEmpty { $0.removeLast() } }
        case .clearField:
            editField { $0 = "" }
        case .accept:
            accept(&effects)
        case .cancel:
            cancel()
        case .nextField, .previousField:
            let step = action == .nextField ? 1 : -1
            if var prompt = filterPrompt, !prompt.candidates.isEmpty {
                prompt.selected = (prompt.selected + step + prompt.candidates.count) % prompt.candidates.count
                prompt.chose = true
                filterPrompt = prompt
            } else if var dialog = exportDialog {
                let fields = visibleExportFields(dialog)
                let i = fields.firstIndex(of: dialog.field) ?? 0
                dialog.field = fields[(i + step + fields.count) % fields.count]
                exportDialog = dialog
            }
        case .choiceLeft, .choiceRight:
            changeExportChoice(by: action == .choiceRight ? 1 : -1)
        case .confirmYes:
            confirmingOverwrite = false
            if let dialog = exportDialog {
                effects.append(.export(ExportRequest(path: dialog.path, format: dialog.format, table: dialog.table, overwrite: true)))
            }
        case .confirmNo:
            confirmingOverwrite = false
            exportDialog?.error = "not overwritten; change the path"
        case .click(let x, let y):
            click(x: x, y: y)
        case .wheel(let x, let y, let direction):
            wheel(x: x, y: y, direction: direction)
        case .exportFinished(let outcome):
            switch outcome {
            case .written(let path, let summary):
                exportDialog = nil
                message = StatusMessage(text: "exported \(summary) to \(path)", isError: false)
            case .exists:
                confirmingOverwrite = true
            case .failed(let path, let error):
                exportDialog?.error = "\(path): \(error)"
                if exportDialog == nil { message = StatusMessage(text: "export failed: \(path): \(error)", isError: true) }
            }
        }
        keepCursorsVisible()
        return effects
    }

    // MARK: Moving

    var pageSize: Int {
        if reader != nil { return max(1, layout.readerRows - 1) }
        return max(1, layout.visibleRows(focus) - 1)
    }

    mutating func move(by n: Int) {
        if var reader {
            reader.top = max(0, min(reader.top + n, max(0, reader.lines.count - layout.readerRows)))
            self.reader = reader
            return
        }
        let row: Int
        switch focus {
        case .articles: row = articles.row
        case .actors: row = actors.row
        case .timeline: row = timeline.row
        }
        move(to: row + n)
    }

    mutating func move(to target: Int) {
        if var reader {
            reader.top = target <= 0 ? 0 : max(0, reader.lines.count - layout.readerRows)
            self.reader = reader
            return
        }
        let count = rowCount(focus)
        let row = max(0, min(target, count - 1))
        switch focus {
        case .articles: articles.row = max(0, row)
        case .timeline: timeline.row = max(0, row)
        case .actors: setActorRow(max(0, row))
        }
    }

    /// Puts the actors cursor on a flat row, given the current expansion; the new actor then expands.
    mutating func setActorRow(_ row: Int) {
        let expanded = actors.actor
        let relationCount = expandedRelationGroups.count
        if row <= expanded {
            actors.actor = row
            actors.relation = nil
        } else if row <= expanded + relationCount {
            actors.relation = row - expanded - 1
        } else {
            actors.actor = row - relationCount
            actors.relation = nil
        }
        actors.actor = max(0, min(actors.actor, view.actors.count - 1))
        if actors.actor != expanded { refreshExpansion() }
    }

    mutating func keepCursorsVisible() {
        let layout = self.layout
        func fit(_ row: Int, _ top: Int, _ pane: Pane, count: Int) -> Int {
            let rows = layout.visibleRows(pane)
            var top = top
            if row < top { top = row }
            if row >= top + rows { top = row - rows + 1 }
            return max(0, min(top, max(0, count - rows)))
        }
        articles.top = fit(articles.row, articles.top, .articles, count: rowCount(.articles))
        actors.top = fit(actors.row, actors.top, .actors, count: rowCount(.actors))
        timeline.top = fit(timeline.row, timeline.top, .timeline, count: rowCount(.timeline))
        if var reader {
            reader.top = max(0, min(reader.top, max(0, reader.lines.count - layout.readerRows)))
            self.reader = reader
        }
    }

    // MARK: Opening

    mutating func open() {
        if reader != nil { return }
        switch focus {
        case .articles:
            guard articles.row < view.articleRows.count else { return }
            switch view.articleRows[articles.row] {
            case .article(let a): openReader(article: a, sentence: nil)
            case .story:
                if articles.row + 1 < view.articleRows.count, case .article(let a) = view.articleRows[articles.row + 1] {
                    openReader(article: a, sentence: nil)
                }
            }
        case .actors:
            guard actors.actor < view.actors.count else { return }
            if let r = actors.relation, r < expandedRelationGroups.count {
                let relation = expandedRelationGroups[r][0]
                let a = index.relationArticle[Int(relation)]
                guard a >= 0 else { return }
                openReader(article: a, sentence: index.relation(relation).sentence)
            } else {
                let actor = index.actor(view.actors[actors.actor])
                let alreadyIn = filter.groups.contains { $0.count == 1 && $0[0].actor == view.actors[actors.actor] && !$0[0].negated }
                if alreadyIn { message = StatusMessage(text: "\(actor.name) is already in the filter", isError: false); return }
                applyFilter(filterText.isEmpty ? actor.id : filterText + " " + actor.id)
                message = StatusMessage(text: "filter: added \(actor.name)", isError: false)
            }
        case .timeline:
            guard timeline.row < view.events.count else { return }
            let event = index.event(view.events[timeline.row])
            // Prefer a source the filter shows.
            let source = event.sources.first { s in index.articleIndex[s.article].map(view.shows) ?? false }
            let articleID = source?.article ?? event.article
            guard let a = index.articleIndex[articleID] else { return }
            openReader(article: a, sentence: source?.sentence ?? event.sentence)
        }
    }

    mutating func openReader(article a: Int32, sentence: Int?, keepTop: Int? = nil) {
        let width = layout.readerWidth
        let laid = ReaderLayout.lines(index: index, article: a, sentence: sentence, width: width)
        // Show the evidence sentence a couple of lines from the top.
        let top = keepTop ?? max(0, (laid.sentenceLine ?? 0) - 2)
        reader = ReaderState(article: a, sentence: sentence, lines: laid.lines, sentenceLine: laid.sentenceLine, top: top, width: width)
    }

    // MARK: Filtering

    /// The term being typed: what follows the last separator, without `!`.
    func lastTerm(of text: String) -> String {
        if text.last == " " || text.last == "&" || text.last == "|" { return "" }
        let separators: Set<Character> = [" ", "&", "|"]
        let tail = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }).last.map(String.init) ?? ""
        return String(tail.drop(while: { $0 == "!" }))
    }

    /// Replaces the term being typed with an actor id (ids have no spaces, so they survive the AND split).
    func completing(_ text: String, with actor: Int32) -> String {
        let id = index.actor(actor).id
        let separators: Set<Character> = [" ", "&", "|"]
        var head = text
        while let last = head.last, !separators.contains(last) { head.removeLast() }
        var bangs = ""
        let tail = text.dropFirst(head.count)
        for c in tail { if c == "!" { bangs.append(c) } else { break } }
        return head + bangs + id
    }

    public mutating func applyFilter(_ text: String, known: [String: Int32] = [:]) {
        let resolved = index.resolve(ActorQuery(text), known: known)
        filterText = text.trimmingCharacters(in: .whitespaces)
        filter = resolved
        let set = index.articles(matching: resolved)
        view = set == nil ? fullView : FilteredView(index: index, articles: set)
        articles = ListCursor()
        actors = ActorCursor()
        timeline = ListCursor()
        refreshExpansion()
    }

    mutating func editField(_ edit: (inout String) -> Void) {
        if var prompt = filterPrompt {
            edit(&prompt.text)
            prompt.candidates = index.candidates(for: lastTerm(of: prompt.text))
            prompt.selected = 0
            prompt.chose = false
            filterPrompt = prompt
            // Every keystroke narrows the panes at once; the term being typed resolves to the first completion.
            let term = lastTerm(of: prompt.text)
            applyFilter(prompt.text, known: prompt.candidates.first.map { [term: $0] } ?? [:])
        } else if var prompt = search {
            edit(&prompt.text)
            search = prompt
        } else if var dialog = exportDialog {
            switch dialog.field {
            case .path:
                edit(&dialog.path)
                dialog.pathIsDefault = false
                dialog.error = nil
            case .format, .table:
                // Letters pick a choice: j(son), c(sv), m(arkdown).
                var typed = ""
                edit(&typed)
                if dialog.field == .format, let choice = ExportChoice.allCases.first(where: { $0.rawValue.hasPrefix(typed.lowercased()) && !typed.isEmpty }) {
                    setFormat(choice, in: &dialog)
                } else if dialog.field == .table, let choice = TableChoice.allCases.first(where: { $0.rawValue.hasPrefix(typed.lowercased()) && !typed.isEmpty }) {
                    dialog.table = choice
                }
            }
            exportDialog = dialog
        }
    }

    mutating func accept(_ effects: inout [Effect]) {
        if var prompt = filterPrompt {
            if prompt.chose, prompt.selected < prompt.candidates.count {
                prompt.text = completing(prompt.text, with: prompt.candidates[prompt.selected])
            }
            filterPrompt = nil
            applyFilter(prompt.text)
            let unmatched = filter.unmatched
            if !unmatched.isEmpty {
                message = StatusMessage(text: "no actor matches " + unmatched.map { "'\($0)'" }.joined(separator: ", "), isError: true)
            } else {
                message = filterText.isEmpty ? StatusMessage(text: "filter cleared", isError: false) : nil
            }
        } else if let prompt = search {
            search = nil
            lastSearch = prompt.text
            if !prompt.text.isEmpty { runSearch(prompt.text, forward: true, skipCurrent: false) }
        } else if var dialog = exportDialog {
            let path = dialog.path.trimmingCharacters(in: .whitespaces)
            if path.isEmpty { dialog.error = "give a file name"; exportDialog = dialog; return }
            dialog.path = path
            dialog.error = nil
            exportDialog = dialog
            effects.append(.export(ExportRequest(path: path, format: dialog.format, table: dialog.table, overwrite: false)))
        }
    }

    mutating func cancel() {
        if let prompt = filterPrompt {
            filterPrompt = nil
            applyFilter(prompt.previous)
        } else if search != nil {
            search = nil
        } else if exportDialog != nil {
            exportDialog = nil
            message = StatusMessage(text: "export cancelled", isError: false)
        }
    }

    // MARK: Searching

    /// The text a row is searched by.
    func searchText(_ pane: Pane, row: Int) -> String {
        switch pane {
        case .articles:
            switch view.articleRows[row] {
            case .story(let s, _): return index.corpus.stories[Int(s)].title
            case .article(let a): let article = index.article(a); return article.title + " " + index.articleDateLabels[Int(a)] + " " + article.id
            }
        case .actors:
            let actor = index.actor(view.actors[row])
            return ([actor.name, actor.role ?? ""] + actor.aliases).joined(separator: " ")
        case .timeline:
            let e = view.events[row]
            let event = index.event(e)
            return event.summary + " " + index.eventDates[Int(e)].label + " " + event.actors.map(index.actorName(id:)).joined(separator: " ")
        }
    }

    mutating func runSearch(_ query: String, forward: Bool, skipCurrent: Bool) {
        let needle = query.lowercased()
        if var reader {
            let n = reader.lines.count
            guard n > 0 else { return }
            for step in (skipCurrent ? 1 : 0)...n {
                let line = ((reader.top + (forward ? step : -step)) % n + n) % n
                if reader.lines[line].map(\.text).joined().lowercased().contains(needle) {
                    reader.top = line
                    self.reader = reader
                    message = StatusMessage(text: "/\(query)", isError: false)
                    return
                }
            }
            message = StatusMessage(text: "not found: \(query)", isError: true)
            return
        }
        // In the actors pane, search the actors (relations collapse as the cursor moves).
        let count = focus == .actors ? view.actors.count : rowCount(focus)
        guard count > 0 else { return }
        let current = focus == .articles ? articles.row : focus == .actors ? actors.actor : timeline.row
        for step in (skipCurrent ? 1 : 0)...count {
            let row = ((current + (forward ? step : -step)) % count + count) % count
            if searchText(focus, row: row).lowercased().contains(needle) {
                switch focus {
                case .articles: articles.row = row
                case .timeline: timeline.row = row
                case .actors:
                    actors.actor = row
                    actors.relation = nil
                    refreshExpansion()
                }
                message = StatusMessage(text: "/\(query)", isError: false)
                return
            }
        }
        message = StatusMessage(text: "not found: \(query)", isError: true)
    }

    // MARK: Marks

    mutating func toggleMark() {
        func flip(_ set: inout Set<Int32>, _ item: Int32) { if set.remove(item) == nil { set.insert(item) } }
        switch focus {
        case .articles:
            guard articles.row < view.articleRows.count else { return }
            switch view.articleRows[articles.row] {
            case .article(let a): flip(&marks.articles, a)
            case .story(let s, _):
                // A story header marks (or unmarks) its visible articles.
                let ids = index.corpus.stories[Int(s)].articles.compactMap { index.articleIndex[$0] }.filter(view.shows)
                if ids.allSatisfy(marks.articles.contains) { marks.articles.subtract(ids) } else { marks.articles.formUnion(ids) }
            }
        case .actors:
            guard actors.actor < view.actors.count else { return }
            if let r = actors.relation, r < expandedRelationGroups.count {
                // A grouped row marks (or unmarks) every report of the relation.
                let group = expandedRelationGroups[r]
                if group.allSatisfy(marks.relations.contains) { marks.relations.subtract(group) } else { marks.relations.formUnion(group) }
            } else {
                flip(&marks.actors, view.actors[actors.actor])
            }
        case .timeline:
            guard timeline.row < view.events.count else { return }
            flip(&marks.events, view.events[timeline.row])
        }
        // Space moves on, as in mutt and tig, so several items mark quickly.
        move(by: 1)
    }

    mutating func markAllVisible() {
        let before = marks.count
        switch focus {
        case .articles:
            for row in view.articleRows { if case .article(let a) = row { marks.articles.insert(a) } }
        case .actors:
            marks.actors.formUnion(view.actors)
            marks.relations.formUnion(expandedRelationGroups.joined())
        case .timeline:
            marks.events.formUnion(view.events)
        }
        message = StatusMessage(text: "marked \(marks.count - before) more", isError: false)
    }

    // MARK: Export

    func visibleExportFields(_ dialog: ExportDialog) -> [ExportDialog.Field] {
        dialog.format == .csv ? [.format, .table, .path] : [.format, .path]
    }

    /// What an export would hold now, in words.
    public var exportScope: String {
        if !marks.isEmpty { return "marked: " + marks.summary }
        let what = [plural(view.articleCount, "article"), plural(view.actors.count, "actor"),
                    plural(view.relationCount, "relation"), plural(view.events.count, "event")].joined(separator: ", ")
        return (filterText.isEmpty ? "everything: " : "all visible: ") + what
    }

    mutating func openExport(now: Date) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmm"
        let path = "storyline-\(formatter.string(from: now)).json"
        exportDialog = ExportDialog(path: path, scope: exportScope)
    }

    mutating func setFormat(_ choice: ExportChoice, in dialog: inout ExportDialog) {
        dialog.format = choice
        // Keep the extension in step with the format unless the user typed a path of their own.
        if dialog.pathIsDefault, let dot = dialog.path.lastIndex(of: ".") {
            dialog.path = String(dialog.path[..<dot]) + "." + choice.fileExtension
        }
    }

    mutating func changeExportChoice(by step: Int) {
        guard var dialog = exportDialog else { return }
        switch dialog.field {
        case .format:
            let all = ExportChoice.allCases
            let i = all.firstIndex(of: dialog.format)!
            setFormat(all[(i + step + all.count) % all.count], in: &dialog)
        case .table:
            let all = TableChoice.allCases
            let i = all.firstIndex(of: dialog.table)!
            dialog.table = all[(i + step + all.count) % all.count]
        case .path:
            return
        }
        exportDialog = dialog
    }

    // MARK: Mouse

    mutating func click(x: Int, y: Int) {
        guard mode == .browse else { return }
        for pane in Pane.allCases {
            let rect = layout.rect(pane)
            guard rect.contains(x: x, y: y) else { continue }
            focus = pane
            let inner = rect.inner
            guard inner.contains(x: x, y: y) else { return }
            let top = pane == .articles ? articles.top : pane == .actors ? actors.top : timeline.top
            move(to: top + (y - inner.y))
            return
        }
    }

    mutating func wheel(x: Int, y: Int, direction: Int) {
        if reader != nil { move(by: 3 * direction); return }
        guard mode == .browse else { return }
        for pane in Pane.allCases where layout.rect(pane).contains(x: x, y: y) {
            focus = pane
            move(by: 3 * direction)
        }
    }
}
