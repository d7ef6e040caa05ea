import Foundation

/// The bundled sample articles, the default corpus when no path is given.
/// They are compiled into the binary, so they are there wherever it is installed.
public enum Seeds {
    /// The samples as documents named `seeds/FILE`.
    public static var documents: [(path: String, data: Data)] {
        EmbeddedResources.seeds.map { ("seeds/" + $0.name, Data(base64Encoded: $0.base64) ?? Data()) }
    }
}

/// The knowledge files (gazetteers, title words…), compiled into the binary.
enum Knowledge {
    /// The text of a knowledge file, or "" when there is no such file.
    static func text(_ name: String) -> String {
        guard let entry = EmbeddedResources.knowledge.first(where: { $0.name == name }),
              let data = Data(base64Encoded: entry.base64) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The bytes of an embedded model file, or nil when there is no such file.
    static func data(_ name: String) -> Data? {
        EmbeddedResources.models.first { $0.name == name }.flatMap { Data(base64Encoded: $0.base64) }
    }

    /// The data rows of a tab-separated knowledge file: comment (`#`) and blank lines dropped.
    static func rows(_ name: String) -> [[String]] {
        text(name).split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
    }
}
