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
        var text = text(name)
        // In place: copying the text into an array and splitting it into arrays of slices cost more than the rows.
        return text.withUTF8 { bytes in
            var rows: [[String]] = []
            forEachField(of: bytes) { range, index in
                if index == 0 { rows.append([]) }
                rows[rows.count - 1].append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            return rows
        }
    }

    /// The byte range of each field of the data rows of a tab-separated file's UTF-8, in order, with its index in its
    /// row (0 opens a row), as `rows` reads them.
    @inline(__always)
    static func forEachField(of bytes: UnsafeBufferPointer<UInt8>, _ body: (_ range: Range<Int>, _ index: Int) -> Void) {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var contentStart = lineStart
            while contentStart < lineEnd && isBlank(bytes[contentStart]) { contentStart += 1 }
            if contentStart == lineEnd || bytes[contentStart] == UInt8(ascii: "#") { continue }
            // Fields split at each tab (empty ones kept), a carriage return dropped from the end, spaces trimmed.
            var fieldStart = lineStart
            var index = 0
            while fieldStart <= lineEnd {
                var fieldEnd = fieldStart
                while fieldEnd < lineEnd && bytes[fieldEnd] != 0x09 { fieldEnd += 1 }
                var start = fieldStart, end = fieldEnd
                if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                while start < end, bytes[start] == 0x20 { start += 1 }
                while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                body(start..<end, index)
                index += 1
                fieldStart = fieldEnd + 1
            }
        }
    }
}
