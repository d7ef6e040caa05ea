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
    /// The text of a knowledge file, or "" when there is no such file. Embedded as a string literal: nothing to decode.
    static func text(_ name: String) -> String {
        EmbeddedResources.knowledge.first { $0.name == name }?.text ?? ""
    }

    /// The bytes of an embedded model file, or nil when there is no such file.
    static func data(_ name: String) -> Data? {
        EmbeddedResources.models.first { $0.name == name }.flatMap { Data(base64Encoded: $0.base64) }
    }

    /// The data rows of a tab-separated knowledge file: comment (`#`) and blank lines dropped, fields trimmed of spaces.
    /// Read as UTF-8 bytes: the name lists have tens of thousands of rows, and start-up waits for them.
    static func rows(_ name: String) -> [[String]] {
        func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var slice = bytes
            while let first = slice.first, first == 0x20 || first == 0x09 || first == 0x0D { slice.removeFirst() }
            while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D { slice.removeLast() }
            return slice
        }
        let bytes = Array(text(name).utf8)
        var rows: [[String]] = []
        for line in bytes.split(separator: 0x0A) {
            let content = trimmed(line)
            if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
            var row: [String] = []
            for field in line.split(separator: 0x09, omittingEmptySubsequences: false) {
                let field = field.last == 0x0D ? field.dropLast() : field
                var start = field.startIndex, end = field.endIndex
                while start < end, field[start] == 0x20 { start += 1 }
                while end > start, field[end - 1] == 0x20 { end -= 1 }
                row.append(String(decoding: field[start..<end], as: UTF8.self))
            }
            rows.append(row)
        }
        return rows
    }
}
