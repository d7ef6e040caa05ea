import Foundation

/// The file formats `storyline export` and the browser's export dialog can write.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, csv, markdown

    /// The usual file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .json: return "json"
        case .csv: return "csv"
        case .markdown: return "md"
        }
    }

    /// The format a file name's extension suggests (`.json`, `.csv`, `.md`, `.markdown`), or nil.
    public init?(fileName: String) {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "json": self = .json
        case "csv": self = .csv
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }
}

/// The table a CSV export holds: CSV has no nesting, so one call writes one table.
public enum CSVTable: String, CaseIterable, Sendable {
    case events, actors, relations, articles
}

/// What to export and how.
public struct ExportOptions: Sendable {
    public var format: ExportFormat
    /// Only used by the CSV format.
    public var table: CSVTable = .events
    /// Prefix CSV cells that a spreadsheet would run as a formula with `'` (OWASP CSV injection advice).
    public var neutraliseFormulas: Bool = true

    public init(format: ExportFormat = .json, table: CSVTable = .events, neutraliseFormulas: Bool = true) {
        self.format = format
        self.table = table
        self.neutraliseFormulas = neutraliseFormulas
    }
}

/// Renders a corpus in one of the export formats; the browser and the CLI share it, so they write the same bytes.
public enum CorpusExporter {
    /// The whole export as text, ending with a newline. Deterministic: the same corpus gives the same text.
    public static func render(_ corpus: Corpus, options: ExportOptions) -> String {
        switch options.format {
        case .json: return JSONExport.render(corpus)
        case .csv: return CSVExport.render(corpus, table: options.table, neutraliseFormulas: options.neutraliseFormulas)
        case .markdown: return MarkdownExport.render(corpus)
        }
    }

    /// `render`'s text as UTF-8, which JSON writes without making the String first.
    public static func data(_ corpus: Corpus, options: ExportOptions) -> Data {
        switch options.format {
        case .json: return JSONWriter.data(JSONExport.document(corpus))
        case .csv, .markdown: return Data(render(corpus, options: options).utf8)
        }
    }
}
