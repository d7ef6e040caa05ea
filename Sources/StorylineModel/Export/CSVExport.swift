import Foundation

/// One table of the corpus as RFC 4180 CSV: header row, CRLF line ends, arrays joined with "; ".
enum CSVExport {
    static func render(_ corpus: Corpus, table: CSVTable, neutraliseFormulas: Bool) -> String {
        let rows = [header(table)] + body(corpus, table)
        var out = ""
        for row in rows {
            out += row.map { field($0, neutraliseFormulas: neutraliseFormulas) }.joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    /// Column names are the JSON keys of the same records.
    static func header(_ table: CSVTable) -> [String] {
        switch table {
        case .events: return ["date", "expression", "summary", "actors", "article", "sentence", "sources"]
        case .actors: return ["id", "name", "kind", "aliases", "role", "mentions", "articles"]
        case .relations: return ["subject", "predicate", "object", "symmetric", "article", "sentence"]
        case .articles: return ["id", "path", "title", "date", "anchor", "anchorSource", "story"]
        }
    }

    static func body(_ corpus: Corpus, _ table: CSVTable) -> [[String]] {
        switch table {
        case .events:
            return corpus.events.map { e in
                [e.date, e.expression, e.summary, list(e.actors), e.article, e.evidence,
                 list(e.sources.map { "\($0.article):\($0.sentence)" })]
            }
        case .actors:
            return corpus.actors.map { a in
                [a.id, a.name, a.kind.rawValue, list(a.aliases), a.role ?? "", String(a.mentions), list(a.articles)]
            }
        case .relations:
            return corpus.relations.map { r in
                [r.subject, r.predicate, r.object, r.symmetric ? "true" : "false", r.article, r.evidence]
            }
        case .articles:
            return corpus.articles.map { a in
                [a.id, a.path, a.title, a.date?.iso ?? "", a.anchor?.iso ?? "", a.anchorSource?.rawValue ?? "", a.story ?? ""]
            }
        }
    }

    static func list(_ values: [String]) -> String { values.joined(separator: "; ") }

    /// Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func field(_ value: String, neutraliseFormulas: Bool) -> String {
        var value = value
        if neutraliseFormulas, let first = value.unicodeScalars.first, formulaStarts.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
