import Foundation
import StorylineModel

/// The three panes.
public enum Pane: Int, CaseIterable, Sendable {
    case articles, actors, timeline
}

/// What keys mean right now.
public enum Mode: Hashable, Sendable {
    case browse, reader, help, filterPrompt, search, export, confirmOverwrite
}

/// A cursor and scroll position in a list.
public struct ListCursor: Equatable, Sendable {
    public var row = 0
    /// The first row shown.
    public var top = 0
}

/// Where the actors pane's cursor is: on an actor, or on one of its relations (which are then shown under it).
public struct ActorCursor: Equatable, Sendable {
    /// Position in `view.actors`.
    public var actor = 0
    /// Position in the actor's visible relations, nil when on the actor itself.
    public var relation: Int?
    public var top = 0
    /// The flat row, counting the expanded actor's relations.
    public var row: Int { actor + (relation.map { $0 + 1 } ?? 0) }
}

/// The article reader, over the panes.
public struct ReaderState: Equatable, Sendable {
    public var article: Int32
    /// The sentence to highlight (the evidence of the relation or event we came from).
    public var sentence: Int?
    public var lines: [[Cell]]
    /// The first line of the highlighted sentence.
    public var sentenceLine: Int?
    public var top = 0
    public var width: Int
}

/// The actor filter prompt with its completions.
public struct FilterPrompt: Equatable, Sendable {
    public var text: String
    /// The filter before the prompt opened, restored by Esc.
    public var previous: String
    public var candidates: [Int32] = []
    public var selected = 0
    /// Whether the user moved through the candidates (Enter then completes with the chosen one).
    public var chose = false
}

/// The `/` search prompt.
public struct SearchPrompt: Equatable, Sendable {
    public var text: String
}

/// Export formats offered by the dialog (they map one to one to the model's export formats).
public enum ExportChoice: String, CaseIterable, Sendable {
    case json, csv, markdown
    public var fileExtension: String { self == .markdown ? "md" : rawValue }
    public var label: String { self == .markdown ? "Markdown" : rawValue.uppercased() }
}

/// The table a CSV export holds.
public enum TableChoice: String, CaseIterable, Sendable {
    case events, actors, relations, articles
}

/// The export dialog.
public struct ExportDialog: Equatable, Sendable {
    public enum Field: CaseIterable, Sendable { case format, table, path }
    public var format: ExportChoice = .json
    public var table: TableChoice = .events
    public var path: String
    public var field: Field = .path
    /// Whether the path still is the default (its extension then follows the format).
    public var pathIsDefault = true
    /// "3 articles, 2 events marked" or "all visible: 40 articles, …".
    public var scope: String
    public var error: String?
}

/// A request the effect runner carries out.
public struct ExportRequest: Equatable, Sendable {
    public var path: String
    public var format: ExportChoice
    public var table: TableChoice
    public var overwrite: Bool
}

/// Side effects the reducer asks for; the backend performs them.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint every cell (Ctrl-l).
    case repaintAll
    case export(ExportRequest)
}

/// Marked items, by kind, as positions in the corpus arrays.
public struct Marks: Equatable, Sendable {
    public var articles = Set<Int32>()
    public var actors = Set<Int32>()
    public var relations = Set<Int32>()
    public var events = Set<Int32>()
    public var count: Int { articles.count + actors.count + relations.count + events.count }
    public var isEmpty: Bool { count == 0 }

    /// "2 articles, 1 event".
    public var summary: String {
        [(articles.count, "article"), (actors.count, "actor"), (relations.count, "relation"), (events.count, "event")]
            .filter { $0.0 > 0 }.map { plural($0.0, $0.1) }.joined(separator: ", ")
    }
}

func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

/// A line for the status bar.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
}

/// Everything the browser shows, as one value. `reduce` changes it; `render` draws it.
public struct BrowserState: Sendable {
    public let index: BrowserIndex
    public var width: Int
    public var height: Int
    public var focus: Pane = .articles
    public var view: FilteredView
    /// The unfiltered view, built once: clearing the filter costs nothing.
    public let fullView: FilteredView
    public var articles = ListCursor()
    public var actors = ActorCursor()
    public var timeline = ListCursor()
    /// Visible relations of the actor under the actors cursor, grouped: the same relation reported in several
    /// sentences or articles shows once.
    public var expandedRelationGroups: [[Int32]] = []
    /// One relation per row: the first of each group of identical relations (same actors and predicate).
    public var expandedRelations: [Int32] { expandedRelationGroups.map { $0[0] } }
    /// The filter in force, as typed.
    public var filterText = ""
    public var filter = ResolvedQuery(groups: [])
    public var filterPrompt: FilterPrompt?
    public var search: SearchPrompt?
    public var lastSearch = ""
    public var reader: ReaderState?
    public var exportDialog: ExportDialog?
    public var confirmingOverwrite = false
    public var showHelp = false
    public var marks = Marks()
    public var message: StatusMessage?
    public var colors: Bool

    public init(index: BrowserIndex, width: Int, height: Int, colors: Bool = true) {
        self.index = index
        self.width = width
        self.height = height
        self.colors = colors
        fullView = FilteredView(index: index, articles: nil)
        view = fullView
        let warnings = index.corpus.warnings
        if !warnings.isEmpty {
            let first = warnings[0].description
            message = StatusMessage(text: warnings.count == 1 ? "warning: \(first)" : "\(warnings.count) warnings; first: \(first)", isError: true)
        }
        refreshExpansion()
    }

    /// The mode keys are read in: the topmost thing open.
    public var mode: Mode {
        if confirmingOverwrite { return .confirmOverwrite }
        if exportDialog != nil { return .export }
        if filterPrompt != nil { return .filterPrompt }
        if search != nil { return .search }
        if showHelp { return .help }
        if reader != nil { return .reader }
        return .browse
    }

    public var layout: Layout { Layout(width: width, height: height) }

    /// Rows in a pane (actors pane counts the expanded relations).
    public func rowCount(_ pane: Pane) -> Int {
        switch pane {
        case .articles: return view.articleRows.count
        case .actors: return view.actors.count + expandedRelationGroups.count
        case .timeline: return view.events.count
        }
    }

    /// Recomputes the relations shown under the actor at the cursor.
    mutating func refreshExpansion() {
        if actors.actor < view.actors.count {
            expandedRelationGroups = view.relationGroups(of: view.actors[actors.actor], index: index)
        } else {
            expandedRelationGroups = []
        }
        if let r = actors.relation, r >= expandedRelationGroups.count {
            actors.relation = expandedRelationGroups.isEmpty ? nil : expandedRelationGroups.count - 1
        }
    }
}
